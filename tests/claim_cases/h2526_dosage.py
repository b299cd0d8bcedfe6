"""Doses above the label maximum (holdout25/holdout26), as classes, in wordings no evaluation set had.

- Tablet counts split over the parts of a day, with no verb before the list ("I double up, two in the
  morning and one at night"), times a strength named in an earlier sentence: the day's tablets add up.
  Near misses: one tablet in the morning (at the OTC maximum), a count said not to be taken.
- A count of tablets at one part of the day ("two capsules at bedtime", "three tablets each morning"),
  times the only product sold at the strength named earlier (BRISDELLE 7.5 mg): at least that many
  that day; a warning when only the strength tells the product. Near miss: one capsule at bedtime.
- A second tablet the same night of a once-nightly drug ("it's fine to take a second one so you get
  back to sleep"), the strength named in the same sentence. Near misses: "do not take a second one",
  another night's tablet.
- A per-dose amount times an interval ("two 50 mg capsules every four hours") after a sentence that
  states the label's own range with its daily ceiling: the ceiling caps its own sentence's dose, not
  the next one's. Near misses: the label's wording itself, a dose at the ceiling, a dose said not to be taken,
  a ceiling in tablets beside the dose ("no more than 8 a day", "Do not take more than 8 tablets in 24
  hours"), which is checked itself ("up to 12 tablets a day" of 500 mg is reported).
- A restricted top dose started in a new patient ("starting out ... go straight to two of the 40 mg
  tablets each evening" of simvastatin): above the label's usual start. Near miss: the usual start.
- Tablets counted with no amount of a combination strength an earlier sentence names ("Norco 10/325
  ... She takes two tablets every four hours"): each component's day is the tablets times its amount;
  a warning (the strength is inferred). Near misses: within the label, a ceiling in tablets beside it.
- Doses said not to be taken ("Never take fourteen 2.5 mg tablets", "Do not take 100 mg every three
  hours"): not a dose the writer gives, so no finding.

Each case is the body of one article about one drug; the assertion is what its writer would see:
the finding of that rule with its severity, or none."""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"
START = "dosage.start-above-label"

#: A combination product, its strengths written hydrocodone/acetaminophen.
_COMBO = "hydrocodone-acetaminophen"
#: An OTC heartburn leaflet's strength sentence.
_OTC = "The OTC tablets are 20 mg, for frequent heartburn. "
#: A hot-flush leaflet naming the strength only.
_HOT_FLUSH = "For hot flushes the dose is one 7.5 mg capsule, taken once a day at bedtime. "
#: The label's range with its daily ceiling, in one sentence.
_TRAMADOL = "The usual dose is 50 mg to 100 mg every four to six hours as needed, with a ceiling of 400 mg a day. "

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # -- counts split over the parts of a day --
    ("omeprazole", _OTC + "On the bad weeks I double up, two in the morning and one at night.", ABOVE_MAX, "warning"),
    ("omeprazole", _OTC + "My routine for a month now: one at breakfast, one at lunch and one at bedtime.", ABOVE_MAX, "warning"),
    ("omeprazole", _OTC + "Honestly the box dose is weak - two in the morning, two at night and I'm fine.", ABOVE_MAX, "warning"),
    ("omeprazole", _OTC + "When it flares I take one in the morning and one at night.", ABOVE_MAX, "warning"),
    ("omeprazole", _OTC + "Our reader's routine (2 at breakfast and 1 at dinner) has worked for months.", ABOVE_MAX, "warning"),
    # -- a count at one part of the day, the strength named earlier --
    ("paroxetine", _HOT_FLUSH + 'Linda added: "My GP said on a bad night I can take two capsules at bedtime."', ABOVE_MAX, "warning"),
    ("paroxetine", _HOT_FLUSH + "Some women find two capsules at night work better.", ABOVE_MAX, "warning"),
    ("paroxetine", _HOT_FLUSH + "In a heatwave, I simply take three capsules each evening.", ABOVE_MAX, "warning"),
    ("paroxetine", "Brisdelle comes as a 7.5 mg capsule. Many members take two capsules at bedtime.", ABOVE_MAX, "error"),
    ("omeprazole", _OTC + "A trucker I know takes three tablets every morning with his coffee.", ABOVE_MAX, "warning"),
    # -- a second tablet the same night --
    (
        "zolpidem",
        "If you wake at 2am and one 10 mg tablet hasn't kept you under, it's fine to take a second one so you get back to sleep.",
        ABOVE_MAX,
        "error",
    ),
    ("zolpidem", "When the 10 mg tablet wears off at 3am, just take another one so you can drift off again.", ABOVE_MAX, "error"),
    ("zolpidem", "She takes one 10 mg tablet at bedtime and a second one at 2am when she wakes.", ABOVE_MAX, "error"),
    ("zolpidem", "My sister swears by one 10 mg tablet, then another tablet later if she is still awake.", ABOVE_MAX, "error"),
    ("zolpidem", "One 10 mg tablet at 11pm; an extra tablet at 3am if sleep doesn't come.", ABOVE_MAX, "error"),
    # -- per dose times an interval, after the label's ceiling --
    ("tramadol", _TRAMADOL + "One member takes two 50 mg capsules every four hours right through her shift.", ABOVE_MAX, "error"),
    ("tramadol", _TRAMADOL + "My cousin takes 100 mg every three hours on a bad shift.", ABOVE_MAX, "error"),
    (
        "acetaminophen",
        "Adults can take 1,000 mg every 6 hours, up to 4,000 mg a day. I used to take 1,000 mg every four hours when my back went.",
        ABOVE_MAX,
        "error",
    ),
    (
        "ibuprofen",
        "OTC ibuprofen is 200 mg to 400 mg every 4 to 6 hours, no more than 1,200 mg a day. Our reader took 800 mg every four hours.",
        ABOVE_MAX,
        "error",
    ),
    ("tramadol", _TRAMADOL + "Night-shift nurses told us they take 100 mg every four hours, round the clock.", ABOVE_MAX, "error"),
    ("acetaminophen", "Take two 500 mg tablets every 4 hours, up to 12 tablets a day.", ABOVE_MAX, "error"),
    ("acetaminophen", "Take two 500 mg tablets every 6 hours. You can take up to 12 tablets in 24 hours.", ABOVE_MAX, "error"),
    # -- tablets of a combination strength named earlier --
    (_COMBO, "Her surgeon prescribed Norco 10/325 after the operation. She takes two tablets every four hours.", ABOVE_MAX, "warning"),
    (_COMBO, "The 10/325 tablets are strong. He takes two tablets every four hours round the clock.", ABOVE_MAX, "warning"),
    (_COMBO, "He was sent home with hydrocodone/APAP 10/325. By day three he was taking 2 tablets every 4 hours.", ABOVE_MAX, "warning"),
    (_COMBO, "Mum's pills are the 10/325 ones. On bad days she takes two every four hours.", ABOVE_MAX, "warning"),
    (_COMBO, "Norco 10/325 was the strength. The nurse said one or two tablets every three hours was fine.", ABOVE_MAX, "warning"),
    # -- a restricted top dose started in a new patient --
    (
        "simvastatin",
        "Most people take 20 mg or 40 mg. For a man starting out, I'd expect his GP to go straight to two of the 40 mg tablets"
        " each evening.",
        START,
        "warning",
    ),
    ("simvastatin", "Someone just starting out might be put on 80 mg each evening to get the numbers down fast.", START, "warning"),
    ("simvastatin", "If you are new to the tablets, your GP may jump straight to 80 mg every night.", START, "warning"),
]

#: (drug, body, rule): a near miss that must stay quiet.
SHOULD_NOT = [
    ("omeprazole", _OTC + "Take one in the morning before breakfast, for 14 days.", ABOVE_MAX),
    ("omeprazole", _OTC + "Never take two in the morning and one at night.", ABOVE_MAX),
    ("paroxetine", _HOT_FLUSH + "Linda takes one capsule at bedtime.", ABOVE_MAX),
    ("paroxetine", _HOT_FLUSH + "Do not take two capsules at bedtime, even on a bad night.", ABOVE_MAX),
    ("zolpidem", "If one 10 mg tablet hasn't kept you under, do not take a second one: get up and try again the next night.", ABOVE_MAX),
    ("zolpidem", "She takes one 10 mg tablet at bedtime, and another one the next night.", ABOVE_MAX),
    ("zolpidem", "Women take one 5 mg tablet; never take a second one in the same night.", ABOVE_MAX),
    ("tramadol", "Most people need 50 to 100 mg every 4 to 6 hours. Don't go over 400 mg in 24 hours.", ABOVE_MAX),
    ("tramadol", _TRAMADOL + "She takes two 50 mg capsules every six hours.", ABOVE_MAX),
    ("tramadol", _TRAMADOL + "Do not take two 50 mg capsules every four hours round the clock.", ABOVE_MAX),
    ("tramadol", "Never take 100 mg every three hours.", ABOVE_MAX),
    ("acetaminophen", "Take two 500 mg tablets every 4 to 6 hours. Do not take more than 4,000 mg in 24 hours.", ABOVE_MAX),
    ("acetaminophen", "Up to two 500 mg tablets every 4 to 6 hours, no more than 8 tablets a day.", ABOVE_MAX),
    ("acetaminophen", "Up to two 500 mg tablets every 4 to 6 hours, no more than 8 a day.", ABOVE_MAX),
    (
        "acetaminophen",
        "Take up to two 500 mg tablets every 4 to 6 hours. Do not take more than 8 tablets in 24 hours.",
        ABOVE_MAX,
    ),
    ("ibuprofen", "Take one or two 200 mg tablets every 4 to 6 hours, but no more than 6 in 24 hours.", ABOVE_MAX),
    ("methotrexate", "For rheumatoid arthritis, never take fourteen 2.5 mg tablets in one week.", ABOVE_MAX),
    (_COMBO, "My dentist gave me 5/325 tablets. I take one tablet every 6 hours as needed.", ABOVE_MAX),
    (_COMBO, "My dentist gave me 10/325 tablets. Never take two tablets every four hours.", ABOVE_MAX),
    (_COMBO, "Norco 10/325 is what I was given. Take one tablet every 4 to 6 hours, up to 6 tablets a day.", ABOVE_MAX),
    ("simvastatin", "For a man starting out, his GP will usually start with 20 mg each evening.", START),
    ("simvastatin", "He has been on two of the 40 mg tablets each evening for years without trouble.", START),
]
