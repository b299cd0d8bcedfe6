"""A day's tablets counted by meal or time of day, the strength told apart, and a doubling warned against, from eval/holdout186
(fb01 buspirone, fb03 diazepam), holdout188 (fd05 glipizide), holdout190 (ff12 methylphenidate) and holdout183 (ey09 cetirizine),
as a class.

Class: the strength of the tablets someone is on named with no count ("has me on the 15 mg tablets", "switched him to the 10 mg
tablets", "on the 20s"), then the day's tablets counted by meal or time of day, in its sentence or the next ("and I take two with
breakfast, two in the middle of the afternoon and two more before bed", "Now it's one with breakfast, one at lunch, ...", "two
when i wake up, one more with lunch, and another around 4"), also one more if he wakes in the night ("and another if he wakes in
the small hours"), and more "of them" later the same day ("two of the 10 mg XL tablets with his eggs and one more of them with
supper"): the day's tablets times the strength, held to the label's maximum. The strength is no dose of its own. Silent: the
day within the maximum, a schedule said not to be taken, one more the next morning; and a doubling said to do no good or to be
unsafe ("Doubling up does not make it work better", "doubling the dose won't help", "Taking two at once is a bad idea") is no
dose taken, nor is a ceiling doubled; a doubling allowed ("Doubling it won't hurt", "double it") still is.
"""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wording (fb01, fb03, fd05, ff12)
    (
        "buspirone",
        "My own routine took a while to settle. These days my doctor has me on the 15 mg tablets, and I take two with breakfast, two"
        " in the middle of the afternoon and two more before bed. It took a while to get to that point, so don't jump straight there.",
        ABOVE_MAX,
        "error",
    ),
    (
        "diazepam",
        "**Saturday 11 October.** Bad night. Frank rang the GP out-of-hours and they switched him to the 10 mg tablets. Now it's one"
        " with breakfast, one at lunch, one at teatime and one at bedtime, and another if he wakes in the small hours, which he"
        " usually does.",
        ABOVE_MAX,
        "error",
    ),
    (
        "glipizide",
        "The long-acting Glucotrol XL is taken once a day with breakfast. Brother Anthony, who helps with the parking ministry, tells"
        " us his doctor has him on two of the 10 mg XL tablets with his eggs and one more of them with supper, and his numbers have"
        " never looked better.",
        ABOVE_MAX,
        # (the product is picked from the sentence before, and 30 mg is within the ordinary tablets' 40 mg)
        "warning",
    ),
    (
        "methylphenidate",
        "**theo_b:** finals tip: my doc has me on the 20s. i take two when i wake up, one more with lunch, and another around 4 if"
        " i'm in the library late",
        ABOVE_MAX,
        "error",
    ),
    # new wordings, other voices
    (
        "escitalopram",
        "Mum's GP has her on the 10 mg tablets now; she has one with breakfast, one at lunch and one before bed.",
        ABOVE_MAX,
        "error",
    ),
    ("zolpidem", "He's on the 10 mg tablets: one at bedtime and another if he wakes in the small hours.", ABOVE_MAX, "error"),
    ("escitalopram", "She takes two of the 10 mg tablets with breakfast and one more of them with dinner.", ABOVE_MAX, "error"),
    (
        "meloxicam",
        "The rheumatologist has her on the 7.5s. She takes one with breakfast, one at lunch and another before bed.",
        ABOVE_MAX,
        "error",
    ),
    ("escitalopram", "Doctor has me on the 10 mg tablets, two when I wake up and one more with lunch.", ABOVE_MAX, "error"),
    # a doubling allowed is still taken
    ("escitalopram", "Take 20 mg once a day. Doubling it won't hurt.", ABOVE_MAX, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the draft's own wording (ey09): a doubling said to do no good, after a ceiling
    (
        "cetirizine",
        "- Adults and students 6 and over, under 65: one 10 mg tablet once a day.\n- Don't take more than one 10 mg tablet in 24"
        " hours. Doubling up does not make it work better.\n- A 5 mg dose can be enough if your symptoms are mild.",
        ABOVE_MAX,
    ),
    # a doubling said to do no good or to be unsafe, in other words
    ("loratadine", "Take one 10 mg tablet once a day. Doubling the dose won't clear your hay fever any faster.", ABOVE_MAX),
    ("loratadine", "Take one 10 mg tablet a day. Taking two at once is a bad idea.", ABOVE_MAX),
    ("escitalopram", "The most is 20 mg a day. Doubling up on your 20 mg tablet won't help, so don't.", ABOVE_MAX),
    # the day within the maximum
    (
        "buspirone",
        "These days my doctor has me on the 10 mg tablets, and I take one with breakfast, one in the middle of the afternoon and one"
        " more before bed.",
        ABOVE_MAX,
    ),
    (
        "diazepam",
        "They gave him the 5 mg tablets. Now it's one with breakfast, one at lunch, one at teatime and one at bedtime, and another if"
        " he wakes in the small hours.",
        ABOVE_MAX,
    ),
    # at the maximum
    ("methylphenidate", "My doc has me on the 20s. I take two when I wake up and one more with lunch.", ABOVE_MAX),
    ("meloxicam", "The rheumatologist has her on the 7.5s. She takes one with breakfast and another before bed.", ABOVE_MAX),
    # a schedule said not to be taken
    ("buspirone", "She's on the 15 mg tablets, but she never takes two with breakfast, two mid-afternoon and two at bedtime.", ABOVE_MAX),
    # one more the next morning: another day's
    ("escitalopram", "She takes one of the 10 mg tablets with breakfast and one more of them the next morning.", ABOVE_MAX),
]
