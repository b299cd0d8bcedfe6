"""Misstatement classes from the holdout68-71 scoring, each told in other words and voices.

Lisdexamfetamine praised as the best of the slimming pills ("Vyvanse was hands down my favourite slimming aid",
"Elvanse is my holy-grail weight-loss drug"). Near misses: "not a diet pill", "the best ADHD medicine I've tried".

Quetiapine called approved for insomnia told only by its signs ("if you toss and turn every night, it is also
licensed for that"), or approved as a sleep aid / to help you sleep. Near misses: "it's not approved for that",
the signs followed by an approved use ("it's approved for schizophrenia").

Valacyclovir said to have put the virus out of the body, without "for good" ("it flushed the herpes out of her body",
"the virus is now completely out of my system"). Near misses: a denial ("no tablet can clear the virus out of your
body"), the virus said to stay in the body.

Bupropion put in the SSRI family by kinship or mechanism ("a member of the same serotonin-boosting class as Prozac",
"basically a gentler serotonin booster", "works by raising serotonin", "Lexapro's little brother"). Near misses:
"unlike the serotonin-boosting SSRIs", "Wellbutrin does not boost serotonin".

Sumatriptan taken every day to keep attacks away, told of someone ("he pops an Imitrex each morning so the migraines
never start", "I take sumatriptan daily to keep attacks at bay"). Near misses: daily use warned against ("taking
sumatriptan every day can cause rebound headaches"), taken when the attack starts.

Each case asserts what an editor sees: the finding (item, severity) or its absence."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

#: (drug in front matter, draft body, rule, item, severity): reported.
SHOULD: list[tuple[str, str, str, str, str]] = [
    ("lisdexamfetamine", "Vyvanse was hands down my favourite slimming aid that summer.", MISSTATEMENT, "weight-loss-pill", "error"),
    ("lisdexamfetamine", "For me, Elvanse is the most effective weight-loss drug out there.", MISSTATEMENT, "weight-loss-pill", "error"),
    (
        "quetiapine",
        "If you toss and turn every night, a low dose may be offered, and it is also licensed for that.",
        MISSTATEMENT,
        "insomnia-approved",
        "warning",
    ),
    ("quetiapine", "Seroquel is approved to help you get to sleep when nothing else works.", MISSTATEMENT, "insomnia-approved", "warning"),
    ("valacyclovir", "Within a month it flushed the herpes out of her body.", MISSTATEMENT, "not-a-cure", "warning"),
    ("valacyclovir", "After the course, the virus is now completely out of my system.", MISSTATEMENT, "not-a-cure", "warning"),
    ("bupropion", "Wellbutrin is a member of the same serotonin-boosting class as Prozac.", MISSTATEMENT, "not-an-ssri", "warning"),
    ("bupropion", "Bupropion is basically a gentler serotonin booster.", MISSTATEMENT, "not-an-ssri", "warning"),
    ("bupropion", "Wellbutrin works by raising serotonin in the brain.", MISSTATEMENT, "not-an-ssri", "warning"),
    ("bupropion", "I like to call Wellbutrin Lexapro's little brother, without the sleepiness.", MISSTATEMENT, "not-an-ssri", "warning"),
    (
        "sumatriptan",
        "My brother pops an Imitrex each morning so the migraines never start.",
        MISSTATEMENT,
        "not-for-prevention",
        "warning",
    ),
    ("sumatriptan", "I take sumatriptan daily to keep the attacks at bay.", MISSTATEMENT, "not-for-prevention", "warning"),
]

#: (drug in front matter, draft body, rule, item): not reported.
SHOULD_NOT: list[tuple[str, str, str, str]] = [
    ("lisdexamfetamine", "Vyvanse is not a diet pill, whatever you read online.", MISSTATEMENT, "weight-loss-pill"),
    ("lisdexamfetamine", "Honestly, lisdex is the best ADHD medicine I've tried.", MISSTATEMENT, "weight-loss-pill"),
    ("quetiapine", "Some people who lie awake at night are given it, but it's not approved for that.", MISSTATEMENT, "insomnia-approved"),
    ("quetiapine", "If you lie awake at night, tell your doctor; it is approved for schizophrenia.", MISSTATEMENT, "insomnia-approved"),
    ("valacyclovir", "No tablet can clear the virus out of your body.", MISSTATEMENT, "not-a-cure"),
    ("valacyclovir", "The virus stays in your nerves even when you feel well.", MISSTATEMENT, "not-a-cure"),
    ("bupropion", "Unlike the serotonin-boosting SSRIs, bupropion works on dopamine and noradrenaline.", MISSTATEMENT, "not-an-ssri"),
    ("bupropion", "Wellbutrin does not boost serotonin.", MISSTATEMENT, "not-an-ssri"),
    ("sumatriptan", "Taking sumatriptan every day can cause rebound headaches.", MISSTATEMENT, "not-for-prevention"),
    ("sumatriptan", "Take one sumatriptan as soon as the migraine starts.", MISSTATEMENT, "not-for-prevention"),
]
