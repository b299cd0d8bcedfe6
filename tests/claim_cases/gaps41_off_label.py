"""Off-label classes from the misses of eval/holdout41 and holdout42. A use stated as what the drug's
label limits, not as a use: "Its safety and effectiveness for obesity have not been established" (the
label's limitation of use, in the wordings "efficacy ... has not been shown", "hasn't been shown",
"benefit ... is unproven") discloses that the use is not approved, so it is no undisclosed off-label use.
And a condition told in a long clause of when it comes, then the doctor giving the drug in the next
sentence ("the nausea that started on the evening before each infusion, long before a single drop of the
chemo had gone into her arm. So her oncologist prescribed lorazepam"): the trouble's clause may run on
for up to 22 words. Near misses: the trouble turned ("but it was gone before ..."), the use denied ("not
a weight-loss medicine and must not be used to lose weight"), and the limitation said of a use the drug
is approved for. Each case is the body of one article about one drug; the assertion is the off-label
finding at its severity (a warning for a use inferred from a story), or none."""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a use the writer must see.
SHOULD = [
    # -- a trouble told with a long clause of when it comes, then the drug given in the next sentence --
    (
        "lorazepam",
        "Her main complaint was the nausea that started on the evening before each infusion, long before a single "
        "drop of the chemo had gone into her arm. So her oncologist prescribed lorazepam.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): a near miss the writer must not be bothered with.
SHOULD_NOT = [
    # the label's limitation of use: a disclosure, not a use
    (
        "lisdexamfetamine",
        "It is not a diet pill, and it should never be taken to slim down. Its safety and efficacy for weight loss "
        "have not been established.",
        OFF_LABEL,
    ),
    ("lisdexamfetamine", "Its effectiveness in treating obesity hasn't been shown.", OFF_LABEL),
    (
        "lisdexamfetamine",
        "The safety and efficacy of lisdexamfetamine for the treatment of obesity have not been established.",
        OFF_LABEL,
    ),
    # the use denied
    ("lisdexamfetamine", "It is not a weight-loss medicine and must not be used to lose weight.", OFF_LABEL),
    # the limitation said of an approved use
    ("phentermine", "Its benefit for weight loss beyond twelve weeks has not been established.", OFF_LABEL),
    # the trouble turned before the drug is given
    (
        "lorazepam",
        "Her main complaint was the nausea that started on the evening before each infusion, but it was gone before a "
        "single drop of the chemo had gone into her arm. So her oncologist prescribed lorazepam.",
        OFF_LABEL,
    ),
]
