"""Off-label uses as classes (gaps of 1 December): a use told as the reason the drug was taken or
given, in a clause whose subject is the condition ("put him on a low dose because things in the
bedroom were over far too quickly", "started venlafaxine since the hot flushes were unbearable");
a use told as a habit of giving it to a group in the passive ("women with PCOS are often put on
metformin", "teens with acne get put on it"). Near misses: a reason that is an approved use; a side
effect the drug was stopped for; a reason that is no condition; "since" and "as" telling a time
("on atenolol since the heart attack", "since her stroke") or a side effect ("as the nausea can be bad"); a dose set for a group
("started on a lower dose"); the group put on another medicine. And a dose doubled in the sentence
after it ("Take 20 mg once a day. If it isn't working after a week, just double it", "you can take
two at once") over the label's maximum; not a doubling forbidden ("never double the dose", "don't
double it"), a starting dose raised, or one doubled up to the maximum. Each case is the body of one
article about one drug; the assertion is the off-label finding at its severity, or none."""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"
ABOVE_MAX = "dosage.above-max"

#: (drug, body, rule, severity): a use the writer must see.
SHOULD = [
    # -- a use told as the reason, the condition the subject of the clause --
    (
        "paroxetine",
        "Her doctor put him on a small dose because things were, let's say, over far too quickly in bed.",
        OFF_LABEL,
        "warning",
    ),
    ("gabapentin", "My doctor prescribed gabapentin because the hot flashes were waking me every night.", OFF_LABEL, "error"),
    ("venlafaxine", "She started venlafaxine since the hot flushes were unbearable.", OFF_LABEL, "error"),
    ("amitriptyline", "He was started on amitriptyline as his migraines were getting worse.", OFF_LABEL, "error"),
    ("trazodone", "Her GP put her on trazodone because her insomnia was out of control.", OFF_LABEL, "error"),
    ("quetiapine", "The care home gives Dad quetiapine 25 mg because his dementia makes him wander at night.", OFF_LABEL, "error"),
    ("metformin", "I take metformin cos my PCOS was wrecking my cycle.", OFF_LABEL, "error"),
    # -- a use told as a habit in the passive --
    ("metformin", "Women with PCOS are often put on metformin.", OFF_LABEL, "warning"),
    ("metformin", "Girls with polycystic ovaries often get put on metformin these days.", OFF_LABEL, "warning"),
    ("spironolactone", "Teenagers with acne get put on it all the time.", OFF_LABEL, "warning"),
    ("propranolol", "Musicians with stage fright are routinely put on propranolol.", OFF_LABEL, "warning"),
    ("quetiapine", "Lots of care-home residents with dementia get put on quetiapine to keep them calm.", OFF_LABEL, "warning"),
    # -- a dose doubled in the sentence after it, over the label's maximum --
    ("escitalopram", "Take 20 mg once a day. If it isn't working after a week, just double it.", ABOVE_MAX, "error"),
    ("escitalopram", "Take one 20 mg tablet in the morning. On a rough day you can take two at once.", ABOVE_MAX, "error"),
    ("zolpidem", "The usual dose is 10 mg at bedtime. If that doesn't knock you out, double it.", ABOVE_MAX, "error"),
    ("cetirizine", "Take one 10 mg tablet a day. If your hay fever is bad, you can take two at once.", ABOVE_MAX, "error"),
    ("escitalopram", "Take 20 mg once a day; if it isn't working after a week, just double it.", ABOVE_MAX, "error"),
]

#: (drug, body, rule): a near miss that must stay quiet.
SHOULD_NOT = [
    # -- the reason is an approved use, a side effect, or no condition --
    ("sertraline", "My doctor put me on sertraline because my depression was getting worse.", OFF_LABEL),
    ("sertraline", "I stopped taking it because the nausea was awful.", OFF_LABEL),
    ("sertraline", "She started sertraline because the pharmacy was out of the other one.", OFF_LABEL),
    # -- "since" and "as" telling a time --
    ("atenolol", "He has been on atenolol since the heart attack in 2019.", OFF_LABEL),
    ("sertraline", "She has taken sertraline since her stroke in March.", OFF_LABEL),
    ("venlafaxine", "Take venlafaxine with food, as the nausea can be bad at first.", OFF_LABEL),
    # -- a dose for a group, a warning, another medicine --
    ("metformin", "People with kidney disease are started on a lower dose of metformin.", OFF_LABEL),
    ("metformin", "Women with PCOS should not be put on metformin without tests.", OFF_LABEL),
    ("spironolactone", "Women with PCOS are often put on metformin first.", OFF_LABEL),
    # -- a doubling forbidden, a starting dose raised, or doubled within the maximum --
    ("escitalopram", "Take 20 mg once a day. Never double the dose.", ABOVE_MAX),
    ("escitalopram", "Take 20 mg once a day. Do not take two to make up for a missed one.", ABOVE_MAX),
    ("escitalopram", "Take 20 mg once a day. If you miss a dose, don't double it.", ABOVE_MAX),
    ("escitalopram", "Start with 10 mg once a day. After a week, double it.", ABOVE_MAX),
    ("escitalopram", "Take 10 mg once a day. If it isn't working after a week, just double it.", ABOVE_MAX),
    ("sertraline", "Take 100 mg once a day. If it isn't working, your doctor can double it.", ABOVE_MAX),
]
