"""A risk or an interaction waved off in lay words, and warnings given in lay words read as missing, at the blind scoring of
holdout319-322, as classes.

Must be reported (accuracy.misstatement):

- An interaction declared harmless as neither medicine weakening the other, or the one not blunting the drug ("Nexium and
  your Plavix can be taken at the same time of day, and neither one blunts the other": holdout319 ke02, clopidogrel
  ppi-fine). Not "each can weaken the other", not pantoprazole.
- A drink during the course told as a story with no harm, the course's day counted and the sign denied ("Honestly the booze
  thing is overblown. Day 4 of 7, two gin and tonics at my sister's birthday, not so much as a flushed cheek.": holdout319
  ke08, metronidazole fine-with-alcohol). Not a bad outcome, not after the course.
- An NSAID told as nothing for the heart to fear ("For a fit person ... a daily Mobic is nothing for your heart to fear":
  holdout322 kh08, meloxicam no-heart-risk). Not "nothing to fear from its stomach effects".
- Stopping pregabalin for days told as a story with no consequence, or a gap told as no matter ("when she ran out over
  Easter she simply did without it for the week and felt no different", "missing a stretch is no great matter": holdout321
  kg10, safe-to-stop). Not one missed dose, which the label allows.

Must stay silent (safety-warnings.missing, false errors):

- Oxycodone's accidental ingestion told as a tablet "swallowed by a small child" that "can kill", a "lockable tin"
  (holdout322 kh03).
- Metronidazole's boxed warning told as its other half in lay words ("The boxed warning is really saying don't take it when
  you don't need it": holdout319 ke08), "should only be used when it's really needed".
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
WARNING = "safety-warnings.missing"

_PLAVIX = "Clopidogrel (Plavix) keeps platelets from clumping after a stent. "
_FLAGYL = "Metronidazole is an antibiotic for bacterial vaginosis. "
_MOBIC = "Meloxicam (Mobic) eases arthritis pain. "
_LYRICA = "Pregabalin (Lyrica) treats nerve pain. "

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wordings
    (
        "clopidogrel",
        _PLAVIX + "And the heartburn question: Nexium and your Plavix can be taken at the same time of day, and neither one blunts"
        " the other.",
        MISSTATEMENT,
        "ppi-fine",
        "warning",
    ),
    (
        "metronidazole",
        _FLAGYL + "Honestly the booze thing is overblown. Day 4 of 7, two gin and tonics at my sister's birthday, not so much as a"
        " flushed cheek.",
        MISSTATEMENT,
        "fine-with-alcohol",
        "error",
    ),
    (
        "meloxicam",
        _MOBIC + "The leaflet is written for everyone. For a fit person who walks to the studio and has never had a heart problem,"
        " a daily Mobic is nothing for your heart to fear.",
        MISSTATEMENT,
        "no-heart-risk",
        "error",
    ),
    (
        "pregabalin",
        _LYRICA + "Joan said that when she ran out over Easter she simply did without it for the week and felt no different, so"
        " there is no need to fuss if the pharmacy is slow with a refill.",
        MISSTATEMENT,
        "safe-to-stop",
        "warning",
    ),
    ("pregabalin", _LYRICA + "Members agreed: missing a stretch is no great matter.", MISSTATEMENT, "safe-to-stop", "warning"),
    # new wordings, other voices
    (
        "clopidogrel",
        _PLAVIX + "Omeprazole and clopidogrel don't cancel each other out, so take both with breakfast.",
        MISSTATEMENT,
        "ppi-fine",
        "warning",
    ),
    ("clopidogrel", _PLAVIX + "Esomeprazole won't water down your Plavix, whatever the forums say.", MISSTATEMENT, "ppi-fine", "warning"),
    (
        "metronidazole",
        _FLAGYL + "On day three of five I had a glass of prosecco at the wedding, never so much as a red face.",
        MISSTATEMENT,
        "fine-with-alcohol",
        "error",
    ),
    (
        "metronidazole",
        _FLAGYL + "Halfway through my course I sank two pints at the pub, not even a queasy moment.",
        MISSTATEMENT,
        "fine-with-alcohol",
        "error",
    ),
    ("meloxicam", _MOBIC + "Honestly, meloxicam is nothing a healthy heart needs to fear.", MISSTATEMENT, "no-heart-risk", "error"),
    ("meloxicam", _MOBIC + "For a young athlete, Mobic holds no fears for the heart.", MISSTATEMENT, "no-heart-risk", "error"),
    (
        "pregabalin",
        _LYRICA + "If you go away and forget them, going without for a week or so is nothing to worry about.",
        MISSTATEMENT,
        "safe-to-stop",
        "warning",
    ),
    ("pregabalin", _LYRICA + "A gap of a few days here and there is no big deal.", MISSTATEMENT, "safe-to-stop", "warning"),
    (
        "pregabalin",
        _LYRICA + "When I was away last spring I went without them for ten days and noticed no difference at all.",
        MISSTATEMENT,
        "safe-to-stop",
        "warning",
    ),
    # the warnings truly missing
    ("oxycodone", "Oxycodone is a strong painkiller. Keep taking it as your surgeon told you.", WARNING, "accidental-ingestion", "error"),
    ("metronidazole", _FLAGYL + "Only take it with food if it upsets your stomach.", WARNING, "carcinogenicity", "error"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # the drafts' own warnings, in lay words (kh03, ke08)
    (
        "oxycodone",
        "Bethan's biggest worry was the grandchildren, who visit on Sundays. A single tablet swallowed by a small child can kill.",
        WARNING,
        "accidental-ingestion",
    ),
    (
        "oxycodone",
        '"We bought a little lockable tin," she says. "Tablets went in, key went on my keyring."',
        WARNING,
        "accidental-ingestion",
    ),
    (
        "metronidazole",
        _FLAGYL + "The rat thing sounds scary but it's about huge doses in animals over their whole lives. The boxed warning is"
        " really saying don't take it when you don't need it, and a proven BV or trich infection is exactly what it's for.",
        WARNING,
        "carcinogenicity",
    ),
    ("metronidazole", _FLAGYL + "Like any antibiotic, it should only be used when it's really needed.", WARNING, "carcinogenicity"),
    ("oxycodone", "One tablet taken by a curious toddler can be fatal.", WARNING, "accidental-ingestion"),
    # an interaction told, not waved off
    ("clopidogrel", _PLAVIX + "Omeprazole and Plavix can weaken each other's effect, so ask about pantoprazole.", MISSTATEMENT, "ppi-fine"),
    (
        "clopidogrel",
        _PLAVIX + "Pantoprazole and Plavix can be taken at the same time of day, and neither one blunts the other.",
        MISSTATEMENT,
        "ppi-fine",
    ),
    # a drink after the course, or with a bad outcome
    (
        "metronidazole",
        _FLAGYL + "Day 7 of 7, then three days later two gin and tonics at my sister's birthday, not so much as a flushed cheek.",
        MISSTATEMENT,
        "fine-with-alcohol",
    ),
    (
        "metronidazole",
        _FLAGYL + "Day 4 of 7, two gin and tonics at my sister's birthday, and I was sick all night.",
        MISSTATEMENT,
        "fine-with-alcohol",
    ),
    # the heart named for another thing; the stomach risk
    ("meloxicam", _MOBIC + "Your heart has a lot to fear from meloxicam, so ask your doctor first.", MISSTATEMENT, "no-heart-risk"),
    ("meloxicam", _MOBIC + "Taken with food, it is nothing for your stomach to fear.", MISSTATEMENT, "no-heart-risk"),
    # one dose missed, as the label allows; a gap of another medicine
    (
        "pregabalin",
        _LYRICA + "Missing a dose is nothing to worry about; take the next one at the usual time.",
        MISSTATEMENT,
        "safe-to-stop",
    ),
    (
        "pregabalin",
        _LYRICA + "When she ran out over Easter she did without it for the week and felt dizzy and sick, so don't let it run out.",
        MISSTATEMENT,
        "safe-to-stop",
    ),
]
