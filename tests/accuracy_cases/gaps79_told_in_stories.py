"""Misstatement classes from the holdout79/holdout82 misses, each told as a story or a service's
own practice rather than as a plain claim.

A men-only drug said to work for women named earlier in the sentence and then referred to by a
pronoun: "plenty of women with a widening part, and finasteride works for them in just the same
way", "my sisters were thinning too, and Propecia helped them just as much". Near misses: a
question reported ("whether it works for them"), another medicine that works for them, the claim
denied, a hope ("will help them").

COVID-19 said to have been wiped out, flushed out or eliminated by the ivermectin tablets, the
tablets named by their form ("the tablets wiped out the coronavirus ... for patients like her
that is exactly what happened", "the pills flushed out his covid"). Near misses: the worms wiped
out, the claim denied, another drug's tablets, the claim refuted by the trials.

A dose of diphenhydramine told with a young child's long sleep after it, as a parent's tip: "Half a
children's Benadryl before boarding and our three-year-old slept all the way to Lisbon". Near
misses: a dose for hives with sleep after it (a side effect), the child made hyper, sleep told
without it.

Each case is a draft in other words than the held-out sets', and asserts what an editor sees: the
finding (item, severity) or its absence."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

#: (drug in front matter, draft body, rule, item, severity): reported.
SHOULD: list[tuple[str, str, str, str, str]] = [
    # the drug said to work for women named before it
    (
        "finasteride",
        "Our care team sees plenty of women with a widening part, and finasteride works for them in just the same way,"
        " so they get the same daily tablet through our service.",
        MISSTATEMENT,
        "not-for-women",
        "error",
    ),
    (
        "finasteride",
        "My sisters were thinning at the crown too, and Propecia helped them just as much as it helped me.",
        MISSTATEMENT,
        "not-for-women",
        "error",
    ),
    (
        "finasteride",
        "Lots of ladies write in about their partings, and this pill works wonders for them as well.",
        MISSTATEMENT,
        "not-for-women",
        "error",
    ),
    (
        "finasteride",
        "We see many female patients with thinning hair, and the tablet does the job for them too.",
        MISSTATEMENT,
        "not-for-women",
        "error",
    ),
    # COVID-19 wiped out by the tablets
    (
        "ivermectin",
        "Early on, a handful of small studies suggested the tablets wiped out the coronavirus in people who took them in"
        " the first days of symptoms, and for patients like her that is exactly what happened.",
        MISSTATEMENT,
        "covid-treatment",
        "error",
    ),
    ("ivermectin", "My uncle swears the pills flushed out his covid in two days.", MISSTATEMENT, "covid-treatment", "error"),
    (
        "ivermectin",
        "A neighbour said the tablets eliminated the coronavirus from her system within a week, and it did.",
        MISSTATEMENT,
        "covid-treatment",
        "error",
    ),
    # a dose with a young child's long sleep after it
    (
        "diphenhydramine",
        "\"Half a children's Benadryl before boarding and our three-year-old slept all the way to Lisbon. Honestly the best"
        ' thing we ever packed."',
        MISSTATEMENT,
        "safe-for-young-children-sleep",
        "error",
    ),
    (
        "diphenhydramine",
        "A squirt of children's Benadryl after dinner and the toddler slept right through the night.",
        MISSTATEMENT,
        "safe-for-young-children-sleep",
        "error",
    ),
    (
        "diphenhydramine",
        "Diphenhydramine before the red-eye, and our two-year-old was out for the whole flight.",
        MISSTATEMENT,
        "safe-for-young-children-sleep",
        "error",
    ),
    (
        "diphenhydramine",
        "We tried Benadryl on the ferry and then the twins dozed like a log.",
        MISSTATEMENT,
        "safe-for-young-children-sleep",
        "error",
    ),
]

#: (drug in front matter, draft body, rule, item): not reported.
SHOULD_NOT: list[tuple[str, str, str, str]] = [
    ("finasteride", "Women often ask whether finasteride works for them; it is not approved for women.", MISSTATEMENT, "not-for-women"),
    ("finasteride", "Women with thinning hair can use minoxidil foam, which works for them.", MISSTATEMENT, "not-for-women"),
    (
        "finasteride",
        "Many women hope finasteride will help them, but it does not work for them and must not be taken.",
        MISSTATEMENT,
        "not-for-women",
    ),
    ("finasteride", "Women should not take finasteride. Minoxidil works for them instead.", MISSTATEMENT, "not-for-women"),
    ("ivermectin", "The tablets wiped out the worms in a single dose.", MISSTATEMENT, "covid-treatment"),
    ("ivermectin", "There was no sign the tablets eliminated the virus in the large trials.", MISSTATEMENT, "covid-treatment"),
    (
        "ivermectin",
        "Paxlovid tablets cleared the coronavirus faster in trials, while the ivermectin arm showed no benefit.",
        MISSTATEMENT,
        "covid-treatment",
    ),
    (
        "ivermectin",
        "Early studies claimed the tablets wiped out the coronavirus, but larger trials showed they did nothing.",
        MISSTATEMENT,
        "covid-treatment",
    ),
    (
        "diphenhydramine",
        "We gave him children's Benadryl for hives and he slept through the night.",
        MISSTATEMENT,
        "safe-for-young-children-sleep",
    ),
    (
        "diphenhydramine",
        "Children's Benadryl made our son hyper, and the baby slept through the night only when we stopped it.",
        MISSTATEMENT,
        "safe-for-young-children-sleep",
    ),
    (
        "diphenhydramine",
        "Children's Benadryl is not a sleep aid; our daughter slept through the flight without it.",
        MISSTATEMENT,
        "safe-for-young-children-sleep",
    ),
]
