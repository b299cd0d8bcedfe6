"""Daily totals above the label maximum of a combination product whose strength is written with each component's name
(eval/holdout102 bv10), as a class.

- The strength said as amounts of named components, in either order or with the salt: "10 mg hydrocodone with 325 mg
  acetaminophen", "hydrocodone bitartrate 7.5 mg and acetaminophen 325 mg", "325 mg of paracetamol plus 10 mg of
  hydrocodone"; tablets counted at the parts of the day after it ("2 tablets in the morning, 2 tablets at midday,
  2 tablets in the evening and 2 tablets before sleeping": 8 tablets, 80 mg of hydrocodone) are of it. A warning: the
  count and the strength are joined by reading.
- Kept silent: a day at the maximum (6 tablets of 10/325), a ceiling ("up to 6 tablets a day"), another combination's
  amounts ("5 mg oxycodone and 325 mg acetaminophen"), a warning not to take so many.
"""

from __future__ import annotations

ABOVE = "dosage.above-max"

_DRUG = "hydrocodone-acetaminophen"
_LEAD = "Hydrocodone-acetaminophen treats acute pain. "

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording
    (
        _DRUG,
        _LEAD + "Your tablets are 10 mg hydrocodone with 325 mg acetaminophen. Please take them like this: 2 tablets in the morning, "
        "2 tablets at midday, 2 tablets in the evening and 2 tablets before sleeping.",
        ABOVE,
        "warning",
    ),
    # new wordings
    (
        _DRUG,
        _LEAD + "Each tablet holds hydrocodone bitartrate 10 mg and acetaminophen 325 mg. My dad takes two at breakfast, "
        "two at lunch, two at dinner and two at bedtime.",
        ABOVE,
        "warning",
    ),
    (
        _DRUG,
        _LEAD + "The pills have 325 mg of paracetamol plus 10 mg of hydrocodone. Take 2 tablets every 4 hours.",
        ABOVE,
        "warning",
    ),
    (_DRUG, _LEAD + "Take two tablets of 7.5 mg hydrocodone and 325 mg acetaminophen four times a day.", ABOVE, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # at the maximum: 6 tablets of 10 mg, 60 mg of hydrocodone
    (
        _DRUG,
        _LEAD + "Your tablets are 10 mg hydrocodone with 325 mg acetaminophen. Take 1 tablet in the morning, 2 tablets at midday, "
        "1 tablet in the evening and 2 tablets before sleeping.",
        ABOVE,
    ),
    # a ceiling
    (_DRUG, _LEAD + "Your tablets are 10 mg hydrocodone with 325 mg acetaminophen. Take up to 6 tablets a day.", ABOVE),
    # another combination's amounts
    (
        _DRUG,
        _LEAD + "Percocet has 5 mg oxycodone and 325 mg acetaminophen. People take 2 tablets in the morning, 2 at midday, "
        "2 in the evening and 2 at bedtime.",
        ABOVE,
    ),
    # a warning not to take so many
    (
        _DRUG,
        _LEAD + "Your tablets are 10 mg hydrocodone with 325 mg acetaminophen. Never take 2 tablets in the morning, 2 tablets "
        "at midday, 2 tablets in the evening and 2 tablets before sleeping.",
        ABOVE,
    ),
    # the lower strength: 8 tablets of 5 mg is 40 mg, the label's maximum for it
    (
        _DRUG,
        _LEAD + "Your tablets are 5 mg hydrocodone with 325 mg acetaminophen. Take 2 tablets in the morning, 2 at midday, "
        "2 in the evening and 2 before sleeping.",
        ABOVE,
    ),
]
