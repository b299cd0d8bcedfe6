"""A dose counted in the units the article names with a release form elsewhere (eval/holdout105 by09), as a class:
"three 75 mg capsules" in an article about "the extended-release capsules" is held to the capsules' maximum (a warning:
the form is inferred, and within the immediate-release tablets' 375 mg).

- "three 75 mg capsules with breakfast and a 37.5 mg capsule before bed" (262.5 mg of Effexor XR, above 225 mg); "two
  150 mg capsules every morning"; "a 150 mg capsule twice a day" after "Effexor XR capsules"; tramadol "two 200 mg
  capsules a day" after "The extended-release capsules" (above their 300 mg).
- Silent: the total at the maximum ("three 75 mg capsules every morning"), a warning not to ("Never take ..."), "up
  to 225 mg a day", another drug's capsules (pregabalin), tablets in an article about the immediate-release tablets
  (375 mg).
"""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"

_VENLAFAXINE = (
    "Venlafaxine treats depression. Besides depression, the extended-release capsules are approved for panic disorder."
    "\n\n## Finding the dose\n\n"
)

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "venlafaxine",
        _VENLAFAXINE + "By her second winter she was taking three 75 mg capsules with breakfast and a 37.5 mg capsule "
        "before bed, and she says that was the dose that finally lifted the fog.",
        ABOVE_MAX,
        "warning",
    ),
    ("venlafaxine", _VENLAFAXINE + "Her psychiatrist had her on two 150 mg capsules every morning.", ABOVE_MAX, "warning"),
    (
        "venlafaxine",
        "Venlafaxine treats depression. Effexor XR capsules are taken once a day.\n\n## Dose\n\n"
        "She now takes a 150 mg capsule twice a day.",
        ABOVE_MAX,
        "warning",
    ),
    (
        "tramadol",
        "Tramadol treats pain. The extended-release capsules are taken once a day.\n\n## Dose\n\n"
        "Some people take two 200 mg capsules a day.",
        ABOVE_MAX,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("venlafaxine", _VENLAFAXINE + "Her psychiatrist had her on three 75 mg capsules every morning.", ABOVE_MAX),
    (
        "venlafaxine",
        _VENLAFAXINE + "Never take three 75 mg capsules with breakfast and a 37.5 mg capsule before bed without your doctor.",
        ABOVE_MAX,
    ),
    ("venlafaxine", _VENLAFAXINE + "The doctor said her dose could go up to 225 mg a day, three 75 mg capsules.", ABOVE_MAX),
    ("venlafaxine", _VENLAFAXINE + "Her husband takes two 150 mg capsules of pregabalin a day.", ABOVE_MAX),
    (
        "venlafaxine",
        "Venlafaxine treats depression. The immediate-release tablets are taken two or three times a day.\n\n## Dose\n\n"
        "In hospital, some take a 100 mg tablet three times a day.",
        ABOVE_MAX,
    ),
]
