"""A reported claim answered by the reply after it, from eval/holdout216 (gf08, clonazepam) and holdout221 (gk10, venlafaxine),
as a class.

Class: a claim passed on from someone ("My cousin says benzos aren't habit-forming if you're prescribed them") is refuted when
the reply that opens the next sentence or paragraph calls that person wrong ("Your cousin is wrong, sorry.", "Sorry, but your
friend is mistaken", "He's dead wrong", "Honestly, she's misinformed"): the claim is quoted to be answered, not made. A reply
that only says nobody disagreed ("Nobody disagreed.", "Not one of us disagreed", "No one disagreed") agrees with it: the claim
stands, as it did before "disagreed" was read as a refutation whoever did the disagreeing. Still reported: the person called
not wrong, right, or wrong about something else ("wrong to worry"), and a claim that somebody did disagree with stays answered.
"""

from __future__ import annotations

DEPENDENCY = "unsupported-claim.dependency"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (gk10): endorsed by the minutes
    (
        "venlafaxine",
        'Several members then talked about whether Effexor is addictive. Jo summed up where the group landed: "Unlike the benzos'
        " some of us used to be on, you can't get hooked on Effexor; the zaps are just your brain adjusting.\" Nobody disagreed.",
        DEPENDENCY,
        "warning",
    ),
    # new wordings, other voices: agreed with by silence
    (
        "venlafaxine",
        "At the end Sam said it: venlafaxine isn't habit-forming, just hard to stop. Not one of us disagreed.",
        DEPENDENCY,
        "warning",
    ),
    (
        "tramadol",
        "Our facilitator told the room you can't get hooked on tramadol if it's for real pain. No one disagreed.",
        DEPENDENCY,
        "error",
    ),
    # near misses of the refutation: the person not called wrong, or wrong about something else
    (
        "clonazepam",
        "My cousin says benzos aren't habit-forming if you're prescribed them.\n\nYour cousin isn't wrong about much, but there's a"
        " boxed warning for addiction.",
        DEPENDENCY,
        "error",
    ),
    (
        "clonazepam",
        "My cousin says benzos aren't habit-forming if you're prescribed them.\n\nYour cousin is wrong to worry about the dose, though.",
        DEPENDENCY,
        "error",
    ),
    ("clonazepam", "My cousin says clonazepam isn't habit-forming.\n\nYour cousin is right.", DEPENDENCY, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the draft's own wording (gf08)
    (
        "clonazepam",
        "**Q: Is it addictive? My cousin says benzos aren't habit-forming if you're prescribed them.**\n\nYour cousin is wrong,"
        " sorry. There's a boxed warning on the label for abuse, misuse and addiction, and your body gets physically dependent on it"
        " even at a normal prescribed dose.",
        DEPENDENCY,
    ),
    # new wordings, other voices
    (
        "lorazepam",
        "Dad keeps saying lorazepam isn't habit-forming. He's dead wrong: the label warns of dependence and withdrawal.",
        DEPENDENCY,
    ),
    (
        "diazepam",
        "My mum says Valium can't get you hooked.\n\nHonestly, she's misinformed. The label warns of abuse, misuse and addiction.",
        DEPENDENCY,
    ),
    ("venlafaxine", "Jo said you can't get hooked on Effexor. Two members disagreed.", DEPENDENCY),
]
