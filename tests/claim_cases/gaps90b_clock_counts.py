"""Missed class: tablets counted at clock times, with no amount beside the counts ("What actually got me through that
first week: one at 6 am, one at 10, one at 2 pm, one at 6, one at 10 pm and one when the alarm went off at 2 am, plus an
extra one on physio days", holdout89 bi02: seven Norco 10/325 tablets, 70 mg of hydrocodone a day, above 60 mg). A count
was read at a named part of the day only ("two at breakfast, two at lunch"), not at "at 6 am" or "at 10"; the extra
tablet "on physio days" (days of a kind, the same day's) was read as another day's.

Still silent: counts within the maximum, a list with no "am", "pm" or part of the day ("one at 10, one at 12": sizes or
ages as likely), a list said not to be taken, and an extra one on other days."""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"
NORCO = "I was sent home with Norco 10/325 after my knee surgery. "

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (bi02): a count joined to a strength named earlier, so a warning
    (
        "hydrocodone-acetaminophen",
        NORCO + "What actually got me through that first week: one at 6 am, one at 10, one at 2 pm, one at 6, one at 10 pm"
        " and one when the alarm went off at 2 am, plus an extra one on physio days when I got home wrecked.",
        ABOVE_MAX,
        "warning",
    ),
    ("hydrocodone-acetaminophen", NORCO + "My routine: two at 7 am, two at 1 pm, two at 7 pm and one at 11 pm.", ABOVE_MAX, "warning"),
    (
        "hydrocodone-acetaminophen",
        NORCO + "The nurse wrote my schedule: two at 8 am, two at 2 pm, two at 8 pm and one at 2 a.m.",
        ABOVE_MAX,
        "warning",
    ),
    (
        "ibuprofen",
        "Ibuprofen 400 mg tablets are what I keep at home. On bad days I take three at 8 am, three at noon, three at 4 pm and three at 9.",
        ABOVE_MAX,
        "error",
    ),
    (
        "hydrocodone-acetaminophen",
        NORCO + "Honestly, I took one at 6 am, one at 10, one at 2 pm, one at 6 pm, one at 10 pm and one at 2 am, plus an extra one"
        " on bad days.",
        ABOVE_MAX,
        "warning",
    ),
]

#: (drug, body, rule): a near miss the writer must not be bothered with.
SHOULD_NOT = [
    ("hydrocodone-acetaminophen", NORCO + "My routine: one at 8 am, one at 2 pm and one at 8 pm.", ABOVE_MAX),
    (
        "hydrocodone-acetaminophen",
        NORCO + "The nurse wrote my schedule: one at 8 am, one at 2 pm, one at 8 pm and one at 2 a.m.",
        ABOVE_MAX,
    ),
    ("hydrocodone-acetaminophen", NORCO + "The kids' shoe sizes went one at 10, one at 12 and one at 13.", ABOVE_MAX),
    (
        "hydrocodone-acetaminophen",
        NORCO + "Never take one at 6 am, one at 10, one at 2 pm, one at 6 pm, one at 10 pm and one at 2 am.",
        ABOVE_MAX,
    ),
    ("hydrocodone-acetaminophen", NORCO + "I took one at 6 am, one at noon and one at 6 pm, plus an extra one on other days.", ABOVE_MAX),
    (
        "ibuprofen",
        "Ibuprofen 400 mg tablets are what I keep at home. I take one at 8 am, one at 2 pm and one at 8 pm, and another one the"
        " next day if needed.",
        ABOVE_MAX,
    ),
]
