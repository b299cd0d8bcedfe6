"""Anxiety told by its signs in the body, then a dose pointed back at it, from eval/holdout192 (fh06, gabapentin) and
eval/holdout197 (fm09, diphenhydramine), as a class.

Class: the trouble told by the hands and the heart in one breath (hands wrung, palms soaked or sweaty, beside a heart pounding,
thumping, hammering or racing), or someone wound up tight, then a dose given or taken "to settle that", "to calm that down" or
"to dial all of that down" in the next sentence. Gabapentin, diphenhydramine, propranolol, quetiapine and trazodone are not
approved for anxiety; told in lay words, a warning. Silent: one sign alone, shaking hands (a side effect's), a use disclosed, a
friend's hedge, and a drug approved for anxiety (alprazolam, hydroxyzine).
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wording (fh06, fm09)
    (
        "gabapentin",
        "**19 April.** Rough month. Since the funeral Dad has been wound up tight from morning to night: pacing the kitchen,"
        " wringing his hands, asking me over and over whether the doors are locked, his heart thumping when I hold his wrist."
        " Dr. Ames added an extra 300 mg capsule at lunchtime to settle that, and it has. He sits through the news again.",
        OFF_LABEL,
        "warning",
    ),
    (
        "diphenhydramine",
        "I'm a white-knuckle flyer. The second the engines roar my heart pounds, my palms are soaked and I'm sure every bump is"
        " the end. So I take one 25 mg Benadryl at the gate to dial all of that down, and by cruising altitude I'm watching"
        " rom-coms.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings, other voices
    (
        "propranolol",
        "Ever since the layoffs my wife has been so tightly wound, her palms sweaty and her heart racing by breakfast. Her GP put"
        " her on 10 mg of propranolol to settle that.",
        OFF_LABEL,
        "warning",
    ),
    (
        "quetiapine",
        "Mum spends the afternoons wringing her hands, her heart hammering whenever the phone rings. The doctor started her on"
        " 25 mg of quetiapine at night to calm that down.",
        OFF_LABEL,
        "warning",
    ),
    (
        "trazodone",
        "My palms get drenched and my pulse races the minute I sit in the dentist's chair. My dentist suggested 50 mg of"
        " trazodone the night before to dial it all down.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # one sign alone: no trouble told
    (
        "diphenhydramine",
        "The second the engines roar my heart pounds. So I take one 25 mg Benadryl at the gate to dial all of that down.",
        OFF_LABEL,
    ),
    # shaking hands and a racing heart: a side effect's signs, not anxiety's
    (
        "albuterol",
        "On the old inhaler my hands would shake and my heart raced. My doctor lowered the dose to calm that down.",
        OFF_LABEL,
    ),
    # disclosed as off-label
    (
        "diphenhydramine",
        "The second the engines roar my heart pounds, my palms are soaked and I'm sure every bump is the end. So I take one"
        " 25 mg Benadryl at the gate to dial all of that down. Using Benadryl this way is off-label, so talk to your doctor first.",
        OFF_LABEL,
    ),
    # a friend's hedge, never taken
    (
        "diphenhydramine",
        "On flights my heart pounds and my palms are soaked. A friend said Benadryl might dial all of that down, but I have never"
        " tried it.",
        OFF_LABEL,
    ),
    # the same signs, a drug approved for anxiety
    (
        "alprazolam",
        "The second the engines roar my heart pounds, my palms are soaked and I'm sure every bump is the end. So I take one"
        " 0.25 mg Xanax at the gate to dial all of that down.",
        OFF_LABEL,
    ),
    (
        "hydroxyzine",
        "Since the funeral Dad has been wound up tight, wringing his hands, his heart thumping. The doctor added hydroxyzine"
        " to settle that.",
        OFF_LABEL,
    ),
    # wound up somewhere: no trouble told
    (
        "gabapentin",
        "Dad wound up in the garden shed most afternoons. Dr. Ames added an extra 300 mg capsule at lunchtime to settle that.",
        OFF_LABEL,
    ),
]
