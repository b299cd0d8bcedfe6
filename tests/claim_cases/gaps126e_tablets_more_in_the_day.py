"""Missed class (holdout123 cq02, holdout126 ct05, holdout124 cr08): the day's tablets told one more at a time, the first in
the sentence before, the later ones by "another", "a second" or "a third" and a part of one: "For a lot of people the 10 mg
tablet ends up doing the job. ... don't be surprised if your doctor adds half of another 10 mg tablet at bedtime" (15 mg of
amlodipine), "Ambien 10 mg at eleven. If I'm still staring at the ceiling at two, I snap a second 10 in half" (15 mg of
zolpidem, the tablet called by its number), "one 20 mg tablet with breakfast ... and a second one with me at 12:15. A few ...
also take a third 20 mg tablet after school at 3:30, and their doctor has added half of another 20 mg tablet before homework
club" (70 mg of immediate-release methylphenidate: the nth tablet and the tablets more after it). A feeling denied ("don't be
surprised if", "don't worry if", "it's not unusual") does not refuse the dose.

Still silent: the same within the maximum, the halves of one tablet, another day's half, a dose said not to be taken, "a
second 10 minutes", ten more tablets bought."""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' wordings
    (
        "amlodipine",
        "For a lot of people the 10 mg tablet ends up doing the job. If your numbers are still creeping up on it, don't be "
        "surprised if your doctor adds half of another 10 mg tablet at bedtime.",
        ABOVE_MAX,
        "error",
    ),
    (
        "zolpidem",
        "**@nightowl_kev** said his system has finally cracked it: \"Ambien 10 mg at eleven. If I'm still staring at the ceiling "
        "at two, I snap a second 10 in half and take that as well. Then I'm out till the alarm.\"",
        ABOVE_MAX,
        "error",
    ),
    (
        "methylphenidate",
        "- **Short-acting tablets (Ritalin and generics)** wear off after about four hours.\n\nMost of our students on "
        "short-acting tablets take one 20 mg tablet with breakfast at home and a second one with me at 12:15. A few of the older "
        "students also take a third 20 mg tablet after school at 3:30, and their doctor has added half of another 20 mg tablet "
        "before homework club.",
        ABOVE_MAX,
        "error",
    ),
    # other voices: a part of another with no strength, a quarter of a second, a feeling denied, an extra one by its number
    ("amlodipine", "Most people do fine on one 10 mg tablet. Some add half of another at bedtime.", ABOVE_MAX, "error"),
    (
        "amlodipine",
        "My mum takes her 10 mg amlodipine with breakfast. Lately her GP has her taking a quarter of a second 10 mg tablet at night.",
        ABOVE_MAX,
        "error",
    ),
    ("amlodipine", "The usual tablet is 10 mg. Don't worry if your doctor adds a second 10 mg tablet at night.", ABOVE_MAX, "error"),
    (
        "amlodipine",
        "Most people end up on the 10 mg tablet. It's not unusual for the doctor to add half of another 10 mg tablet in the evening.",
        ABOVE_MAX,
        "error",
    ),
    ("zolpidem", "He takes a 10 mg Ambien at lights out, and on bad nights an extra 10 around 3 am.", ABOVE_MAX, "error"),
    (
        "zolpidem",
        "She swallows one 10 mg tablet at eleven. When she wakes at three, she cuts another 10 in half and takes that.",
        ABOVE_MAX,
        "error",
    ),
    # the nth tablet and more after it
    (
        "methylphenidate",
        "Ritalin (immediate-release) comes as 20 mg tablets. Jack takes one at breakfast and one at lunch. He also takes a third "
        "20 mg tablet at 4 pm and another at 7 pm for homework.",
        ABOVE_MAX,
        "error",
    ),
    (
        "methylphenidate",
        "Ritalin comes as 20 mg tablets. He takes one with breakfast and a second at lunch. His doctor has added a third at four "
        "o'clock, plus half of another before football.",
        ABOVE_MAX,
        "error",
    ),
]

#: (drug, body, rule): a near miss the writer must not be bothered with.
SHOULD_NOT = [
    # within the maximum
    (
        "amlodipine",
        "For a lot of people the 5 mg tablet ends up doing the job. Don't be surprised if your doctor adds half of another 5 mg "
        "tablet at bedtime.",
        ABOVE_MAX,
    ),
    (
        "zolpidem",
        "Ambien 5 mg at eleven. If I'm still staring at the ceiling at two, I snap a second 5 in half and take that as well.",
        ABOVE_MAX,
    ),
    (
        "methylphenidate",
        "Ritalin (immediate-release) comes as 20 mg tablets: one with breakfast, a second at lunch, and a third 20 mg tablet "
        "after school at 3:30.",
        ABOVE_MAX,
    ),
    (
        "methylphenidate",
        "Ritalin (immediate-release): one 10 mg tablet with breakfast, a second at lunch, a third after school, and half of "
        "another before homework club.",
        ABOVE_MAX,
    ),
    # the halves of one tablet; a later day's half
    ("amlodipine", "Some people take half of a 10 mg tablet in the morning and half of another at night.", ABOVE_MAX),
    ("amlodipine", "One 10 mg tablet at bedtime; half of another the next night if your readings are still high.", ABOVE_MAX),
    # said not to be taken
    ("amlodipine", "For most people the 10 mg tablet is enough. Don't add half of another 10 mg tablet at bedtime.", ABOVE_MAX),
    ("zolpidem", "She takes 5 mg at bedtime. Never snap a second 10 in half at 3 am.", ABOVE_MAX),
    # no tablet: minutes, tablets bought
    ("zolpidem", "Ambien 10 mg at eleven. If I'm still awake a second 10 minutes after that, I get up and read.", ABOVE_MAX),
    ("amlodipine", "Amlodipine comes as 10 mg tablets. He picked up another 10 tablets at the pharmacy on Friday.", ABOVE_MAX),
]
