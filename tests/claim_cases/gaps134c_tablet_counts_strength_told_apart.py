"""Tablets counted with their strength told apart from the count, over a whole day, as a class, from eval/holdout194 (fj04
aspirin, fj08 tizanidine), holdout195 (fk02 tizanidine), holdout196 (fl05 diphenhydramine, fl12 tramadol), holdout197 (fm03
methylphenidate) and holdout198 (fn06 phentermine, fn10 baclofen).

Class: a count of tablets whose strength is said once, in the sentence before ("The bottle says 50 mg on every tablet. ...
I took two every four hours", "the softgels ... are the 50 mg ones. On a really bad night I take two of them") or earlier
in its own sentence ("He is on the 4 mg tablets, and ... it has been three of them at a time, every six hours"), or after
it ("a second whole tablet of the 37.5"), spread over the day: a first dose taken at once and then the same again every few
hours day and night ("two of the regular 325s right away and then another two every three hours, day and night"), the
same count again at each part of the day and a last count at bedtime ("..., again at teatime and a last three at
bedtime"), a nth tablet and then part of one ("a third 20 mg tablet ..., and half of a 20 mg tablet at six"), or a
second tablet on top of the day's one; and a dose the patient was sent home with ("sent him home with baclofen: two of
the 10 mg tablets, five times a day": the drug dosed, not one taken alongside). The day's amount above the label maximum
is reported. Silent: the same wording at or below the maximum, a count said not to be taken, a strength that keeps the
day within the label, a ceiling in tablets said beside it.
"""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wordings
    (
        "aspirin",
        "The regular tablets are 325 mg. I take two of the regular 325s right away and then another two every three hours, day"
        " and night, until it settles, usually two or three days.",
        ABOVE_MAX,
        "error",
    ),
    (
        "tizanidine",
        "These days I take three of the 4 mg tablets with breakfast, again at lunch, again at teatime and a last three at"
        " bedtime, and that keeps the stiffness down.",
        ABOVE_MAX,
        "error",
    ),
    (
        "tizanidine",
        "He is on the 4 mg tablets, and since last week it has been three of them at a time, every six hours, round the clock,"
        " alarm on my phone for the night one.",
        ABOVE_MAX,
        "error",
    ),
    (
        "diphenhydramine",
        'Harold said the softgels in his cupboard are the 50 mg ones. "On a really bad night I take two of them with my cocoa,'
        ' and I sleep like a log."',
        ABOVE_MAX,
        "warning",
    ),
    (
        "tramadol",
        "My surgeon's team sent me home with tramadol for the pain. The bottle says 50 mg on every tablet. That first week I"
        " took two every four hours, set an alarm through the night and everything.",
        ABOVE_MAX,
        "error",
    ),
    (
        "methylphenidate",
        "A 20 mg tablet before the bus, the school nurse gives him another 20 at lunch, a third 20 mg tablet when he gets home"
        " at 3:30, and half of a 20 mg tablet at six for homework.",
        ABOVE_MAX,
        "warning",
    ),
    (
        "phentermine",
        "The standard dose is one 37.5 mg tablet a day. My tip: a lot of us take a second whole tablet of the 37.5 after lunch.",
        ABOVE_MAX,
        "error",
    ),
    (
        "baclofen",
        "The urgent care doctor sent him home with baclofen: two of the 10 mg tablets, five times a day.",
        ABOVE_MAX,
        "error",
    ),
    # new wordings, other voices
    (
        "aspirin",
        "Each tablet is 325 mg. My dad swallows two straight away, then another two every three hours around the clock.",
        ABOVE_MAX,
        "error",
    ),
    ("aspirin", "The caplets are 325 mg. Take two at once and then another two every three hours, day and night.", ABOVE_MAX, "error"),
    (
        "tizanidine",
        "She takes three of the 4 mg tablets in the morning, again at noon, again with dinner and a final three before bed.",
        ABOVE_MAX,
        "error",
    ),
    (
        "tizanidine",
        "Mum is on the 4 mg tablets; for months it's been three of them at a time, every six hours, day and night.",
        ABOVE_MAX,
        "error",
    ),
    (
        "diphenhydramine",
        "Grandad's sleep aid says 50 mg on every softgel. On a bad night he takes two of them and he drifts off within the hour.",
        ABOVE_MAX,
        "warning",
    ),
    ("diphenhydramine", "My softgels are 50 mg each. Some nights I take two of them so I can fall asleep.", ABOVE_MAX, "warning"),
    (
        "tramadol",
        "The label says 50 mg in each tablet. For the first few days she took two every four hours.",
        ABOVE_MAX,
        "error",
    ),
    (
        "methylphenidate",
        "She has one 20 mg tablet at breakfast, another at lunch, a third after school and then half a tablet at 6 pm.",
        ABOVE_MAX,
        "warning",
    ),
    (
        "methylphenidate",
        "He takes a 20 mg tablet at breakfast, another at noon, the third at 4 pm, plus half of a 20 mg tablet before homework.",
        ABOVE_MAX,
        "warning",
    ),
    (
        "phentermine",
        "I'm on the 37.5 mg tablets and I take another tablet of the 37.5 mg at lunchtime when the hunger hits.",
        ABOVE_MAX,
        "error",
    ),
    ("baclofen", "She was discharged with baclofen, 25 mg four times a day.", ABOVE_MAX, "error"),
    (
        "baclofen",
        "The ward sent my dad home with baclofen and told him to take 30 mg three times a day.",
        ABOVE_MAX,
        "error",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # a ceiling in tablets said beside the schedule governs (12 tablets, 3,900 mg)
    (
        "aspirin",
        "The regular tablets are 325 mg. I take two right away and then another two every four hours, no more than 12 tablets in 24 hours.",
        ABOVE_MAX,
    ),
    # the first dose at once, then one tablet as needed: no whole-day schedule above the maximum
    ("aspirin", "The tablets are 325 mg. Take two at once, then one every four hours as needed.", ABOVE_MAX),
    # at the maximum: 36 mg a day
    ("tizanidine", "He takes three of the 4 mg tablets with breakfast, again at lunch and a last three at bedtime.", ABOVE_MAX),
    ("tizanidine", "He is on the 4 mg tablets, and since last week it has been two of them at a time, every eight hours.", ABOVE_MAX),
    # within the maximum: 32 mg
    (
        "tizanidine",
        "She takes two of the 4 mg tablets in the morning, again at lunch, again at dinner and a final two at bedtime.",
        ABOVE_MAX,
    ),
    # a strength that keeps the night's dose at the sleep-aid maximum
    (
        "diphenhydramine",
        'Harold said the softgels in his cupboard are the 25 mg ones. "On a really bad night I take two of them with my cocoa,'
        ' and I sleep like a log."',
        ABOVE_MAX,
    ),
    ("diphenhydramine", "The softgels are 50 mg. On a really bad night I take one of them and I sleep like a log.", ABOVE_MAX),
    # one tablet every four hours: 300 mg; a count said not to be taken
    ("tramadol", "The bottle says 50 mg on every tablet. I took one every four hours.", ABOVE_MAX),
    ("tramadol", "The bottle says 50 mg on every tablet. Never take two every four hours.", ABOVE_MAX),
    # the part of a tablet said not to be taken; a strength that keeps the day at 35 mg
    (
        "methylphenidate",
        "A 20 mg tablet before the bus, another 20 at lunch, a third 20 mg tablet at 3:30, and never half of a 20 mg tablet at six.",
        ABOVE_MAX,
    ),
    (
        "methylphenidate",
        "A 10 mg tablet before the bus, another at lunch, a third when he gets home, and half of a 10 mg tablet at six.",
        ABOVE_MAX,
    ),
    # the second tablet said not to be taken; a second Lomaira tablet is within its 24 mg
    (
        "phentermine",
        "The standard dose is one 37.5 mg tablet a day. Never take a second whole tablet of the 37.5 after lunch.",
        ABOVE_MAX,
    ),
    (
        "phentermine",
        "Lomaira is an 8 mg tablet taken up to three times a day. Some take a second tablet of the 8 mg after lunch.",
        ABOVE_MAX,
    ),
    # sent home with the dose at the maximum: 80 mg
    ("baclofen", "The doctor sent him home with baclofen: two of the 10 mg tablets, four times a day.", ABOVE_MAX),
]
