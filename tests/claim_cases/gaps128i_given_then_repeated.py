"""Missed class (twenty-seventh stop, helper i): tablets of a strength named in the sentence before, counted "of them" or
"of these" after a verb of giving, with how often the dose is repeated after the count or after "the same again". "The
tablets ... are the regular 325 mg strength. On a bad arthritis day, nurses may give three of them every four hours"
(eval/holdout144 dl03: 5,850 mg of aspirin a day) and "Regular Strength tablets are the smaller 325 mg ones. ... the
night team may give three of these, and the same again every four hours" (eval/holdout150 dr04: 5,850 mg of
acetaminophen) were not read as counts: only a verb of taking opened "of them", and "the same again" stood between the
count and its schedule.

Still silent: the same wordings within the label maximum, "of them" with no verb of taking or giving, and "as many
again" with no schedule after it."""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"

_ASPIRIN = "The tablets kept in the homely remedies cupboard are the regular 325 mg strength. "
_TYLENOL = (
    "Acetaminophen comes as Extra Strength caplets of 500 mg and Regular Strength tablets of 325 mg.\n\n"
    "Regular Strength tablets are the smaller 325 mg ones. "
)

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own sentences
    (
        "aspirin",
        _ASPIRIN + "On a bad arthritis day, nurses may give three of them every four hours, as long as the resident has eaten.",
        ABOVE_MAX,
        "error",
    ),
    (
        "acetaminophen",
        _TYLENOL + "When a resident wakes in the night, the night team may give three of these, and the same again every four hours "
        "through the day and night while the ache lasts.",
        ABOVE_MAX,
        "error",
    ),
    # other voices: a parent, a carer's diary, a repeat said "as many again"
    ("acetaminophen", "The bottle is the 500 mg caplets. I gave him three of them every four hours all weekend.", ABOVE_MAX, "error"),
    ("ibuprofen", "Dad's tablets are 400 mg. The carers gave him two of those, then as many again every four hours.", ABOVE_MAX, "error"),
    (
        "acetaminophen",
        "Our ward stocks the 500 mg tablets. We give them two of these, and the same again every three hours.",
        ABOVE_MAX,
        "error",
    ),
]

#: (drug, body, rule): must stay silent.
SHOULD_NOT = [
    # within the maximum
    ("acetaminophen", _TYLENOL + "The night team may give two of these, and the same again every six hours if needed.", ABOVE_MAX),
    ("aspirin", _ASPIRIN + "Nurses may give one of them every four hours while the ache lasts.", ABOVE_MAX),
    # no verb of taking or giving before "of them"
    ("acetaminophen", "The bottle is the 500 mg caplets. Three of them every four hours were on the old chart in error.", ABOVE_MAX),
    # "as many again" with no schedule after it
    ("acetaminophen", "The bottle is the 500 mg caplets. I gave him two of them, then as many again the next day.", ABOVE_MAX),
]
