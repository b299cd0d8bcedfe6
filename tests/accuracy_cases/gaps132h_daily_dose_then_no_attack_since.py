"""A triptan for attacks told as a preventive by its outcome: a dose every day, then no attack since or in weeks, or the
attacks stopped: "Now I swallow a 50 mg sumatriptan with my coffee every single morning and, touch wood, I haven't had a
real one since March" (eval/holdout182 ex07; the prevention kind has a new wording: a dose taken every day, morning or night,
then no attack, migraine or "one" had since, in or for a time, or the attacks said to have stopped). Near misses: a dose when
an attack starts, attacks despite daily doses, another drug taken daily, a warning against daily use."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (ex07)
    (
        "sumatriptan",
        "**[2:15]** Now here's my hack, and I get so many comments about this. I used to wait for the attack. Now I swallow a 50"
        " mg sumatriptan with my coffee every single morning and, touch wood, I haven't had a real one since March. Game changer.",
        MISSTATEMENT,
        "not-for-prevention",
        "warning",
    ),
    # new wordings
    (
        "sumatriptan",
        "She takes one every night and hasn't had a migraine in six weeks.",
        MISSTATEMENT,
        "not-for-prevention",
        "warning",
    ),
    (
        "sumatriptan",
        "I pop an Imitrex daily and the migraines have stopped altogether.",
        MISSTATEMENT,
        "not-for-prevention",
        "warning",
    ),
    (
        "sumatriptan",
        "My brother takes a tablet every morning now, and he has not had a single attack since the spring.",
        MISSTATEMENT,
        "not-for-prevention",
        "warning",
    ),
]

#: (drug, body, rule, item): a finding that must not be reported.
SHOULD_NOT = [
    # a dose when the attack starts
    (
        "sumatriptan",
        "I take one when the attack starts, and I haven't had a bad one since.",
        MISSTATEMENT,
        "not-for-prevention",
    ),
    # attacks anyway
    (
        "sumatriptan",
        "I took it every day for a week and still had three attacks.",
        MISSTATEMENT,
        "not-for-prevention",
    ),
    # another drug is the daily one
    (
        "sumatriptan",
        "I take topiramate every morning and haven't had a migraine since March; sumatriptan is only for the odd breakthrough attack.",
        MISSTATEMENT,
        "not-for-prevention",
    ),
    # a warning against it
    (
        "sumatriptan",
        "Never take sumatriptan every day: I did, and I haven't had a good week since.",
        MISSTATEMENT,
        "not-for-prevention",
    ),
]
