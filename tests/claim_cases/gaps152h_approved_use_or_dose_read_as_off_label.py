"""Approved uses and doses read as off-label or above the maximum, from eval/holdout337 (kw06 semaglutide), holdout340 (kz11
aripiprazole) and holdout341 (la05 doxycycline, la10 propranolol), as a class.

Class: a dose told as the product named right after it ("2 mg a week for Ozempic and 2.4 mg a week *for* Wegovy", "2.4 mg a
week in Wegovy") is that product's, not the brand nearer before it; a use set after the warning it is the condition of, in the
same clause ("aripiprazole carries this warning *when it is used for* depression", "has a boxed warning if it is prescribed
for ..."), is a warning, not a claim of use; a rescue medicine named as its pen, shot or injection, or as what the body
reacts to, owns the use after it ("how your body reacts to an adrenaline injection for a severe allergy", "blunt an
adrenaline shot for a bad allergy"); a symptom placed by what it came after ("a bad fever after a bite") points back at
the approved infection a sentence before told with that symptom there ("a fever ... after a bite can be Rocky Mountain
spotted fever").

Still reported: a dose above the product named after it (3 mg a week for Wegovy), after another product ("2.4 mg a week for
Ozempic too") or with a product taken alongside ("with Wegovy leftovers"); a use with no harm told before the when-clause,
or a harm denied; the drug taken in the rescue medicine's place; a symptom placed in what the approved use never told
("a fever after a flu jab", "after surgery"), any fever, and a fever after a bite with no approved infection told before.

Known miss (kw04 tamsulosin, holdout337): urinary symptoms told in lay words before the section that names the enlarged
prostate are still an error; the approved use is named only after them.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"
ABOVE_MAX = "dosage.above-max"

#: The deer-stalkers' paragraph naming Rocky Mountain spotted fever with its fever after a bite (la05).
_TICK_FEVERS = (
    "Doxycycline is a tetracycline antibiotic. Its label covers a long list of bacterial infections, and top of the list for us"
    " are the tick fevers: a fever with a spotty rash a few days to two weeks after a bite can be Rocky Mountain spotted fever,"
    " which needs treatment fast.\n\n"
)

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # a dose above the product named after it, or after another product, or with one taken alongside
    ("semaglutide", "Ozempic goes up to 2 mg a week and 3 mg a week for Wegovy.", ABOVE_MAX, "error"),
    ("semaglutide", "Ozempic goes up to 2 mg a week and 2.4 mg a week for Ozempic too.", ABOVE_MAX, "error"),
    ("semaglutide", "Ozempic goes up to 2 mg a week, and some take 2.4 mg a week with Wegovy leftovers.", ABOVE_MAX, "error"),
    ("semaglutide", "The top dose is 2.4 mg a week for Ozempic.", ABOVE_MAX, "error"),
    # a use with no harm told before the when-clause, or the harm denied, or another use beside a warning
    ("aripiprazole", "Aripiprazole works well when it is used for anxiety.", OFF_LABEL, "error"),
    ("aripiprazole", "Aripiprazole carries no such warning when it is used for anxiety.", OFF_LABEL, "error"),
    ("aripiprazole", "Aripiprazole carries a warning about weight gain, and many doctors use it for anxiety.", OFF_LABEL, "error"),
    ("quetiapine", "Quetiapine helps you sleep when it is taken for insomnia.", OFF_LABEL, "error"),
    # the drug itself for the allergy, or taken in the rescue medicine's place
    ("propranolol", "Propranolol is used for a severe allergy.", OFF_LABEL, "error"),
    (
        "propranolol",
        "Some people take propranolol instead of an adrenaline injection for a severe allergy.",
        OFF_LABEL,
        "error",
    ),
    ("propranolol", "Propranolol is a good choice for hay fever.", OFF_LABEL, "error"),
    # a fever placed where the approved infection was never told, any fever, no infection told before
    ("doxycycline", _TICK_FEVERS + "For a fever after a flu jab, take 100 mg twice a day.", OFF_LABEL, "error"),
    (
        "doxycycline",
        _TICK_FEVERS + "For a fever after surgery, the doctor may put you on 200 mg twice a day.",
        OFF_LABEL,
        "error",
    ),
    ("doxycycline", _TICK_FEVERS + "For any fever, take 100 mg twice a day.", OFF_LABEL, "error"),
    (
        "doxycycline",
        "Doxycycline is a tetracycline antibiotic.\n\nFor a bad fever after a bite, the doctor may put you on 200 mg twice a day.",
        OFF_LABEL,
        "error",
    ),
]

#: (drug, body, rule): wordings that must stay silent for that rule.
SHOULD_NOT = [
    # the drafts' own wordings (kw06, kz11, la10, la05)
    (
        "semaglutide",
        "Once a week, on the same day, under the skin of the tummy, thigh or upper arm. You start on 0.25 mg a week for four"
        " weeks, just to get used to it, and the dose goes up step by step. The top dose is 2 mg a week for Ozempic and 2.4 mg a"
        " week for Wegovy.",
        ABOVE_MAX,
    ),
    (
        "aripiprazole",
        "- **Suicidal thoughts.** Antidepressants raised the risk of suicidal thoughts and actions in children, teenagers and"
        " young adults, and aripiprazole carries this warning when it is used for depression. Families were asked to watch for"
        " new or worse low mood, agitation or talk of self-harm.",
        OFF_LABEL,
    ),
    (
        "propranolol",
        "**Other medicines.** Some heart medicines, such as verapamil, diltiazem and amiodarone, add to its slowing effect."
        " Stopping clonidine while on propranolol needs care, and propranolol can change how your body reacts to an adrenaline"
        " injection for a severe allergy.",
        OFF_LABEL,
    ),
    (
        "doxycycline",
        _TICK_FEVERS + "For a bad fever after a bite, the doctor may put you on 200 mg twice a day to knock it out quickly, and you"
        " keep going for at least three days after the fever breaks.",
        OFF_LABEL,
    ),
    # new wordings: the dose told for the product after it
    ("semaglutide", "Ozempic starts at 0.25 mg. The top dose is 2 mg a week for Ozempic and 2.4 mg a week for Wegovy.", ABOVE_MAX),
    (
        "semaglutide",
        "Ozempic is given once a week. Doses climb to 2 mg weekly on Ozempic or 2.4 mg weekly for Wegovy.",
        ABOVE_MAX,
    ),
    # ... the use set after the warning it is the condition of
    ("aripiprazole", "Aripiprazole carries a warning about suicidal thoughts when it is used for depression.", OFF_LABEL),
    (
        "aripiprazole",
        "Like antidepressants, aripiprazole has a boxed warning if it is prescribed for depression in young adults.",
        OFF_LABEL,
    ),
    (
        "aripiprazole",
        "Suicidal thoughts can rise in young people when they are taking aripiprazole for depression.",
        OFF_LABEL,
    ),
    # ... the rescue medicine by its shot, jab or pen, or what the body reacts to
    ("propranolol", "Propranolol may blunt an adrenaline shot for a bad allergy.", OFF_LABEL),
    ("metoprolol", "Metoprolol can weaken the adrenaline jab for a severe allergy.", OFF_LABEL),
    ("propranolol", "Propranolol is in the drawer beside the epinephrine pen for her allergy.", OFF_LABEL),
    # ... the fever after a bite, pointing back at the tick fever told with it
    ("doxycycline", _TICK_FEVERS + "For a fever after a bite, take 100 mg twice a day.", OFF_LABEL),
]
