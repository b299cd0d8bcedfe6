"""Doses above the label maximum whose day is told by counting units over a sentence, from eval/holdout168 (ej03, aspirin;
ej06, ciprofloxacin) and eval/holdout169 (ek04, amoxicillin), as a class.

Class: the day's amount is never written; the writer names the strength once and counts the doses out over the sentence:
one at each part of the day, a part told by its middle ("one mid-afternoon", "one in the middle of the afternoon",
"one midafternoon"); or tablets called by their strength at one meal and then more of them on a schedule ("three of the
regular 325s with breakfast, and then another three every four hours": the tablets at breakfast are no total for the
day, and "another three" are more of the 325s). Silent: the same counts at or under the maximum, another strength, the
count forbidden, a ceiling for the day said beside the schedule, and amoxicillin's H. pylori total for that use.
"""

from __future__ import annotations

ABOVE = "dosage.above-max"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (ej06)
    (
        "ciprofloxacin",
        "The pharmacist counted out the 750 mg tablets and told me one with breakfast, one in the middle of the afternoon and"
        " one before bed, for three days.",
        ABOVE,
        "error",
    ),
    # new wordings: a part of the day told by its middle
    ("ciprofloxacin", "He took one 750 mg tablet with breakfast, one midafternoon and one before bed.", ABOVE, "error"),
    ("ciprofloxacin", "Take a 750 mg tablet in the morning, one in the middle of the afternoon and one at night.", ABOVE, "error"),
    # the draft's own wording (ek04): the infection named, the H. pylori regimens' total is not its maximum
    (
        "amoxicillin",
        "My doctor decided it was a bacterial sinus infection. Her plan was the big 875 mg tablets, and she said to take one with"
        ' breakfast, one mid-afternoon and one at bedtime so it would "stay in my system."',
        ABOVE,
        "warning",
    ),
    ("amoxicillin", "For his ear infection: one 875 mg tablet at breakfast, one mid-morning and one after dinner.", ABOVE, "warning"),
    # the draft's own wording (ej03)
    (
        "aspirin",
        "The box says 1 or 2 of the 325 mg tablets every 4 hours. When my knees really flare, I go bigger: three of the regular"
        " 325s with breakfast, and then another three every four hours, right round the clock, for a couple of days.",
        ABOVE,
        "error",
    ),
    # new wordings: more of the tablets called by their strength, on a schedule
    ("aspirin", "I take two of the 325s with breakfast and then another two every three hours.", ABOVE, "warning"),
    ("acetaminophen", "She has two of the 500s at breakfast and then a further two every four hours.", ABOVE, "error"),
    ("ibuprofen", "Dad swallows three of his 200s with lunch, then three more every four hours, day and night.", ABOVE, "error"),
]

#: (drug, body, rule): near misses that must stay silent.
SHOULD_NOT = [
    # at the maximum, or another strength
    ("ciprofloxacin", "He took one 750 mg tablet with breakfast and one before bed.", ABOVE),
    ("ciprofloxacin", "He took one 500 mg tablet with breakfast, one midafternoon and one before bed.", ABOVE),
    ("amoxicillin", "For his ear infection: one 500 mg tablet at breakfast, one mid-afternoon and one at bedtime.", ABOVE),
    # forbidden
    ("ciprofloxacin", "Never take one 750 mg tablet with breakfast, one mid-afternoon and one at bedtime.", ABOVE),
    # more of them, within the maximum, or a ceiling for the day beside the schedule
    ("aspirin", "The box says 325 mg tablets. I take one of the 325s with breakfast, and then another one every six hours.", ABOVE),
    (
        "aspirin",
        "The box says 325 mg tablets. Take two of the 325s with breakfast, then another two every four hours, but never more than"
        " 12 tablets in 24 hours.",
        ABOVE,
    ),
    ("acetaminophen", "She has two of the 500s at breakfast and then another two every eight hours.", ABOVE),
    # the H. pylori regimen's own total
    ("amoxicillin", "For H. pylori, one 1,000 mg tablet with breakfast, one mid-afternoon and one at bedtime, with lansoprazole.", ABOVE),
]
