"""Off-label uses told by their signs or by a remedy named in a conditional, and a trouble met while on the drug (forty-sixth
stop, blind sets holdout295, holdout297, holdout302).

Reported (warnings: the link to the condition is the tool's inference):

- a fronted situation whose main clause names the drug as the remedy: "If you get those deep, sore bumps along your jawline
  and chin every month before your period, the ones no cleanser touches, spironolactone is the pill dermatologists reach for"
  (holdout295 jg04), "If you get acne, spironolactone might help", "..., ask your GP about ...";
- Raynaud's told by its colours, with where it comes after the first and what the fingers do before the last: "his fingers
  would go dead white after a swim, then blue, then throb a painful red as they warmed up. \"My GP put me on amlodipine for
  it\"" (holdout297 ji03);
- a trouble named again by the last word of its name: "my night sweats and the hot flushes ... My sister now takes a small
  dose of it every night just to keep the flushes down" (holdout297 ji07).

Silent: the same with the remedy another medicine, a noun phrase or a pronoun, a wrong or poor choice, a trouble caused by a
medicine ("If lisinopril gives you a cough, ..."), an approved use; the echo of a side effect or of a word that is no
trouble ("she flushes the toilet"); and a trouble met while the person is on the drug, whose main clause gives something else
or another medicine: "For a headache while you are on meloxicam, ask the pharmacist which painkiller suits you rather than
reaching for another anti-inflammatory" (holdout302 jn01, a false error).
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # holdout295 jg04
    (
        "spironolactone",
        "If you get those deep, sore bumps along your jawline and chin every month before your period, the ones no cleanser "
        "touches, spironolactone is the pill dermatologists reach for, and lots of our readers swear by it.",
        OFF_LABEL,
        "warning",
    ),
    ("spironolactone", "If you get acne, spironolactone might help.", OFF_LABEL, "warning"),
    ("spironolactone", "If you suffer from adult acne, ask your doctor about spironolactone.", OFF_LABEL, "warning"),
    ("spironolactone", "When the monthly chin breakouts start, honestly, spironolactone is your best bet.", OFF_LABEL, "warning"),
    ("amlodipine", "If your fingers go white, then blue, in the cold, amlodipine may be worth asking about.", OFF_LABEL, "warning"),
    ("gabapentin", "If you get hot flushes at night, gabapentin could be the answer.", OFF_LABEL, "warning"),
    # holdout297 ji03
    (
        "amlodipine",
        "Martin, 64, came to amlodipine by a different road. Every winter his fingers would go dead white after a swim, then "
        'blue, then throb a painful red as they warmed up. "My GP put me on amlodipine for it two winters ago, and now they '
        'stay pink even in eight-degree water," he says.',
        OFF_LABEL,
        "warning",
    ),
    (
        "amlodipine",
        "Her toes turn white in the snow, then purple, then burn a fierce red when she gets indoors. Her doctor started her on "
        "amlodipine for it.",
        OFF_LABEL,
        "warning",
    ),
    (
        "amlodipine",
        "my fingers go chalk white on the school run, then blue, then sting bright red once I'm back in the car. GP gave me "
        "amlodipine for it",
        OFF_LABEL,
        "warning",
    ),
    # holdout297 ji07
    (
        "clonidine",
        "\"I'm 56 and was put on clonidine for my blood pressure last year. What I didn't expect was the bonus: my night sweats "
        "and the hot flushes that had me peeling off my cardigan in every meeting have all but gone. My sister now takes a small "
        "dose of it every night just to keep the flushes down, and she says it's been a lifesaver.\" — Linda, Ohio",
        OFF_LABEL,
        "warning",
    ),
    ("clonidine", "Her night sweats were awful. Her doctor gave her clonidine to stop the sweats.", OFF_LABEL, "warning"),
    ("venlafaxine", "The hot flashes hit her at work. Now she takes venlafaxine to calm the flashes.", OFF_LABEL, "warning"),
]

#: (drug, body, rule): must stay silent.
SHOULD_NOT = [
    # holdout302 jn01
    (
        "meloxicam",
        "For a headache while you are on meloxicam, ask the pharmacist which painkiller suits you rather than reaching for "
        "another anti-inflammatory.",
        OFF_LABEL,
    ),
    ("meloxicam", "For a headache while you're taking meloxicam, paracetamol is usually the safer choice.", OFF_LABEL),
    ("ibuprofen", "For toothache whilst on ibuprofen, don't double up; ask the pharmacist for something else.", OFF_LABEL),
    ("spironolactone", "If you have acne, spironolactone is the wrong medicine.", OFF_LABEL),
    ("spironolactone", "If you get acne, it is worth seeing a doctor.", OFF_LABEL),
    ("spironolactone", "If you get acne, benzoyl peroxide is the answer.", OFF_LABEL),
    ("spironolactone", "If you get acne, ask your doctor about it.", OFF_LABEL),
    ("spironolactone", "If you have heart failure, spironolactone is often the medicine added.", OFF_LABEL),
    ("losartan", "If lisinopril gives you a cough, losartan is usually the answer.", OFF_LABEL),
    ("spironolactone", "Spironolactone is not approved for acne. If you get acne, spironolactone might help.", OFF_LABEL),
    ("clonidine", "Clonidine can cause hot flushes in a few people. Taking it at night can keep the flushes down.", OFF_LABEL),
    ("clonidine", "Her hot flushes were awful. She flushes the toilet twice before bed and takes clonidine.", OFF_LABEL),
    ("amlodipine", "Her fingers were cold in the shop. Amlodipine keeps her blood pressure down.", OFF_LABEL),
]
