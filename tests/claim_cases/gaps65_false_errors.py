"""False errors from eval/holdout65-67 in the claim checks.

- A claim word as what others promised, in the past tense: "Half of it terrified me and the other half promised
  a miracle" (holdout65 ak04), "the ads claimed it was a miracle". The writer's own "It is a miracle" is a claim.
- A use set at once on another product by the next sentence: "You may have seen naltrexone mentioned for weight
  loss. That is Contrave, a separate prescription product ..." (holdout67 am08), "That's a different pill". A
  next sentence that is not about a product ("That is a different story") leaves the use standing.
- A quoted claim of no addiction answered by a speaker before a colon ("The specialist shakes her head: \"That
  simply isn't true.\"", holdout67 am12) is quoted to be refuted, not an unsupported claim.
"""

from __future__ import annotations

ABSOLUTE = "unsupported-claim.absolute"
DEPENDENCY = "unsupported-claim.dependency"
OFF_LABEL = "off-label.undisclosed"

_NALTREXONE = "Naltrexone is used for alcohol dependence and opioid dependence. "
_OXY = "Oxycodone is a strong opioid painkiller. "

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("escitalopram", "Honestly, escitalopram is a miracle for anxiety.", ABSOLUTE, "error"),
    (
        "naltrexone",
        _NALTREXONE + "Some doctors give naltrexone for weight loss. That is a different story, and it works well.",
        OFF_LABEL,
        "error",
    ),
    ("naltrexone", _NALTREXONE + "Some doctors give naltrexone for weight loss. It works well.", OFF_LABEL, "error"),
    (
        "oxycodone",
        _OXY + "\"People told me it's not addictive if you're really in pain,\" he says. I think they were right.",
        DEPENDENCY,
        "error",
    ),
]

#: (drug, body, rule): wording that must stay silent.
SHOULD_NOT = [
    (
        "escitalopram",
        '"I\'d read everything online," he says. "Half of it terrified me and the other half promised a miracle."',
        ABSOLUTE,
    ),
    ("escitalopram", "The adverts claimed it was a miracle, but the truth is more modest.", ABSOLUTE),
    (
        "naltrexone",
        _NALTREXONE + "You may have seen naltrexone mentioned for weight loss. That is Contrave, a separate prescription product "
        "that combines naltrexone with bupropion and has its own label.",
        OFF_LABEL,
    ),
    (
        "naltrexone",
        _NALTREXONE + "You may have heard of naltrexone for weight loss. That's a different pill, a combination with bupropion.",
        OFF_LABEL,
    ),
    (
        "oxycodone",
        _OXY + "\"People told me it's not addictive if you're really in pain,\" he says. The specialist shakes her head: "
        '"That simply isn\'t true. Pain does not protect anyone from addiction."',
        DEPENDENCY,
    ),
]
