"""Readings mended at the thirty-eighth stop, as classes.

A lay strain told with a look-ahead ("my back went, ...", "my lower back gave out when ...") is an approved muscle-spasm use
of cyclobenzaprine: the lay pattern's look-ahead is read in the sentence, not on the words alone (eval/holdout80 az01, a false
warning). An outcome told after a sentence adverb ("Frankly, the capsules settle her nerves", "Thankfully, the tablets ...")
is still the medicine's use: the adverb is not the name of another medicine heading a list item. Silent: the approved use in
lay words, and a real other medicine heading an item ("sucralfate, for stomach ulcers").

How many doses a day, told before the amount of each ("your four daytime doses of two 50 mg tablets, then another two at
bedtime": eval/holdout223 gm01, hydroxyzine, 500 mg a day) makes a day's total. Silent: doses missed, the first doses, and
doses with no day said ("seven doses of 15 mg" of methotrexate over the summer)."""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"
ABOVE_MAX = "dosage.above-max"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("pregabalin", "Frankly, the capsules settle her nerves.", OFF_LABEL, "warning"),
    ("pregabalin", "Thankfully, the tablets calm his nerves too.", OFF_LABEL, "warning"),
    ("gabapentin", "Honestly, it calms her nerves.", OFF_LABEL, "warning"),
    ("pregabalin", "Admittedly, these capsules steady Dad's nerves as well.", OFF_LABEL, "warning"),
    (
        "hydroxyzine",
        "On those days you can take your four daytime doses of two 50 mg tablets as usual, then another two tablets at bedtime.",
        ABOVE_MAX,
        "error",
    ),
    ("hydroxyzine", "Take five doses a day of two 50 mg tablets.", ABOVE_MAX, "error"),
    ("ibuprofen", "She takes three daily doses of 1,000 mg for her knee.", ABOVE_MAX, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("cyclobenzaprine", "The first time my back went, my doctor gave me ten days of it and a sheet of stretches.", OFF_LABEL),
    ("cyclobenzaprine", "When my lower back gave out lifting the couch, my GP gave me a week of it.", OFF_LABEL),
    ("cyclobenzaprine", "Frankly, it is the muscle spasm it eases, with rest and stretches.", OFF_LABEL),
    ("pregabalin", "Sucralfate, for stomach ulcers, is a different medicine. Pregabalin eases nerve pain from shingles.", OFF_LABEL),
    ("hydroxyzine", "Take two 50 mg tablets three times a day. He missed two doses of 100 mg last week.", ABOVE_MAX),
    ("hydroxyzine", "The first four doses of 100 mg were given in hospital, one a day.", ABOVE_MAX),
    ("methotrexate", "Over the summer she took seven doses of 15 mg, one each Monday.", ABOVE_MAX),
]
