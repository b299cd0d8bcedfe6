"""Off-label classes from the misses of eval/holdout59-61: a condition told only by its signs, then
the drug given for it, never said to be off-label. The classes:

- depression told by its signs: the long flat grey months, unable to get off the sofa, nothing
  tasting of anything, "no point in anything any more", interest lost in everything, the same
  armchair all day; the giving may follow the first medicines
  told failing ("Two antidepressants barely touched it, so ...") and may be an add-on ("added a
  small dose of lithium");
- fibromyalgia told by its signs with the poor sleep in the same list: the sleep is fibromyalgia's,
  not a second trouble (insomnia);
- PTSD nightmares told by jolting upright in the night;
- acne told by lumps along the jaw or chin that no cleanser or cream would touch (the trouble
  resisting treatment is more of the trouble, not a turn in the story).

Near misses that stay silent: an approved use told by the same signs (sertraline for the flat grey
months; aripiprazole added after antidepressants failed, its approved add-on use),
the use disclosed as off-label, a side effect of the medicine, grey weather. Each case is
the body of one article about one drug; the assertion is the off-label finding at its severity (a
warning for a use inferred from a story), or none."""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a use the writer must see.
SHOULD = [
    # -- depression by its signs --
    (
        "lamotrigine",
        "For most of last winter she couldn't drag herself off the couch, and nothing tasted like anything. "
        "Three antidepressants had hardly touched it, so her psychiatrist added lamotrigine.",
        OFF_LABEL,
        "warning",
    ),
    (
        "lithium",
        "Years of bleak, empty winters for him. His doctor added lithium to the venlafaxine.",
        OFF_LABEL,
        "warning",
    ),
    (
        "methylphenidate",
        "My dad has lost all interest in everything and he sees no point in life any more. His GP prescribed methylphenidate.",
        OFF_LABEL,
        "warning",
    ),
    (
        "methylphenidate",
        "My grandmother sat in her armchair all day long after the funeral. Her GP started her on methylphenidate.",
        OFF_LABEL,
        "warning",
    ),
    # -- fibromyalgia with its poor sleep --
    (
        "naltrexone",
        "Jo has had pain everywhere for six years, sore points around her neck and knees and broken sleep. "
        "Her doctor prescribed naltrexone at 3 mg.",
        OFF_LABEL,
        "warning",
    ),
    # -- nightmares by jolting upright --
    (
        "prazosin",
        "Most nights the former medic would jolt bolt upright, drenched and shaking. The clinic put him on prazosin.",
        OFF_LABEL,
        "warning",
    ),
    # -- acne by lumps along the jaw that no cream would touch --
    (
        "spironolactone",
        "He had painful spots along his chin that no face wash could clear. His GP prescribed spironolactone.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): a near miss that must stay quiet.
SHOULD_NOT = [
    # the approved add-on to an antidepressant for depression (aripiprazole, quetiapine extended-release)
    (
        "aripiprazole",
        "For most of last winter she couldn't drag herself off the couch, and nothing tasted like anything. "
        "Three antidepressants had hardly touched it, so her psychiatrist added aripiprazole.",
        OFF_LABEL,
    ),
    # approved for depression, told by the same signs
    (
        "sertraline",
        "For months she couldn't get off the sofa and nothing tasted of anything. Her doctor prescribed sertraline.",
        OFF_LABEL,
    ),
    # disclosed as off-label
    (
        "lithium",
        "Two antidepressants barely touched it, so my psychiatrist added lithium, "
        "an off-label use that is not FDA-approved for depression.",
        OFF_LABEL,
    ),
    # grey weather, not a mood
    (
        "lithium",
        "The long grey months of a northern winter are hard on everyone. Her psychiatrist prescribed lithium for her bipolar disorder.",
        OFF_LABEL,
    ),
    # approved for fibromyalgia, told by the same signs
    (
        "duloxetine",
        "She ached all over, with tender spots on her hips and poor sleep. Her rheumatologist prescribed duloxetine.",
        OFF_LABEL,
    ),
    # disclosed
    (
        "spironolactone",
        "She had painful spots along her chin that no face wash could clear. "
        "Her dermatologist prescribed spironolactone, an off-label use for acne.",
        OFF_LABEL,
    ),
]
