"""Misstatements by wording class (blind misses of holdout25/26).

- Stopping at will: nothing to taper ("at this dose there's nothing to wean off"), the tablets
  left out of the pill box or dosette, a taper's absence told as a boon ("no weaning, no
  drama"), the body said not to notice a pause. Near misses: the same words forbidden or
  refuted, a capsule left out of the fridge, the label's own advice (a taper by the doctor).
- Long-term use of a short-term drug: no need to come off it, a supply reordered or refilled
  month after month. Near misses: coming off it after a few weeks, no need to stop it before a
  check-up, the claim refuted or forbidden.
- A contraindicated combination declared fine, by a street name: poppers or "a quick sniff" with
  Viagra; then the interaction is not warned of by the heading over that list item. Near
  misses: forbidden, what some guys think corrected, poppers under a warning heading warned of.
- A food interaction declared harmless: grapefruit (or a drink) "makes no real difference".
  Near misses: it does make a difference, the belief refuted, the time of day that makes none.
- Wrong class by likening: an opioid antagonist a "milder cousin of methadone", a "gentler
  version of buprenorphine". Near misses: an opioid antagonist or blocker, an opioid addiction
  treatment, a safer alternative to methadone, the likeness denied.
- Older gaps: INR tests "much like warfarin" on a direct anticoagulant, the lithium level said to
  look after itself, minoxidil's hair kept "for good". Near misses: unlike warfarin, a comparison
  of bleeding only, the belief denied, the hair kept only while it is used.
- Dependence waved away: "you won't find yourself hooked", "doesn't cause the dependence problems
  of the older sleeping pills". Near misses: people who do find themselves hooked.

Each case is a draft in other words than the held-out sets', and asserts what an editor sees:
the finding (item, severity) or its absence."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
INTERACTION = "interactions.missing"
STOP = "safe-to-stop"
LONG_TERM = "not-for-long-term-use"
NITRATES = "safe-with-nitrates"
NITRATE_INTERACTION = "nitrates-riociguat"
GRAPEFRUIT = "grapefruit"
NOT_AN_OPIOID = "not-an-opioid"
WRONG_CLASS = "wrong-class"
ADDICTIVE = "not-addictive"
INR = "inr-monitoring"
LITHIUM_LEVELS = "no-blood-tests-needed"
CURE = "cures-baldness"

#: (drug in front matter, draft body, rule, item, severity): reported.
SHOULD: list[tuple[str, str, str, str, str]] = [
    # stopping at will
    (
        "paroxetine",
        "At such a low dose there's really nothing to taper, so ask yourself whether you need it at all.",
        MISSTATEMENT,
        STOP,
        "warning",
    ),
    (
        "venlafaxine",
        "Once you feel better, there is nothing to wean off: you have been on the smallest capsule.",
        MISSTATEMENT,
        STOP,
        "warning",
    ),
    (
        "propranolol",
        "On quiet weeks you can simply leave it out of your pill box and start again before the next big talk.",
        MISSTATEMENT,
        STOP,
        "error",
    ),
    ("sertraline", "Feeling fine? You can just leave the tablets out of your dosette once summer comes.", MISSTATEMENT, STOP, "warning"),
    ("propranolol", "I skip it on holiday weeks. No weaning, no drama.", MISSTATEMENT, STOP, "error"),
    ("clonidine", "Missed a week of it when we moved house — no tapering, no withdrawal, nothing.", MISSTATEMENT, STOP, "error"),
    ("metoprolol", "If you drop it for a fortnight, your body won't even notice.", MISSTATEMENT, STOP, "error"),
    # long-term use of a short-term drug
    ("phentermine", "There's no need to come off it once the scales start moving.", MISSTATEMENT, LONG_TERM, "warning"),
    ("phentermine", "Honestly, you never have to stop taking Adipex if it suits you.", MISSTATEMENT, LONG_TERM, "warning"),
    ("phentermine", "Plenty of readers refill it month after month without a break.", MISSTATEMENT, LONG_TERM, "warning"),
    ("phentermine", "Our customers reorder their supply year after year to keep the pounds off.", MISSTATEMENT, LONG_TERM, "warning"),
    ("phentermine", "Most people stay on phentermine month in, month out.", MISSTATEMENT, LONG_TERM, "warning"),
    # a contraindicated combination declared fine, by a street name
    ("sildenafil", "A quick sniff of poppers with Viagra is fine if you're healthy.", MISSTATEMENT, NITRATES, "error"),
    ("sildenafil", "Poppers with sildenafil are usually no big deal.", MISSTATEMENT, NITRATES, "error"),
    ("sildenafil", "Honestly, a little whiff now and then on Viagra is harmless.", MISSTATEMENT, NITRATES, "error"),
    ("sildenafil", "Amyl with your blue pills is totally fine, lads.", MISSTATEMENT, NITRATES, "error"),
    (
        "sildenafil",
        "## Mixing things\n\nWhat we know:\n\n- **Poppers.** Everyone asks, but honestly a quick sniff with Viagra is fine.",
        INTERACTION,
        NITRATE_INTERACTION,
        "error",
    ),
    # a food interaction declared harmless
    (
        "simvastatin",
        "A glass of grapefruit juice with breakfast makes no real difference to simvastatin taken at night.",
        MISSTATEMENT,
        GRAPEFRUIT,
        "warning",
    ),
    ("simvastatin", "Grapefruit with your simvastatin makes little difference, so carry on.", MISSTATEMENT, GRAPEFRUIT, "warning"),
    ("atorvastatin", "Half a grapefruit alongside atorvastatin makes no practical difference.", MISSTATEMENT, GRAPEFRUIT, "warning"),
    # wrong class by likening
    ("naltrexone", "Naltrexone is basically a milder cousin of methadone.", MISSTATEMENT, NOT_AN_OPIOID, "warning"),
    ("naltrexone", "Think of it this way: naltrexone is a gentler version of buprenorphine.", MISSTATEMENT, NOT_AN_OPIOID, "warning"),
    ("naltrexone", "Revia is really just a weak relative of morphine.", MISSTATEMENT, NOT_AN_OPIOID, "warning"),
    ("naltrexone", "Naltrexone is in the same family as methadone and Subutex.", MISSTATEMENT, NOT_AN_OPIOID, "warning"),
    ("losartan", "Losartan is a kind of cousin of lisinopril, one of the pril drugs.", MISSTATEMENT, WRONG_CLASS, "warning"),
    # older gaps
    ("apixaban", "Much like warfarin, you'll need regular blood tests to check your clotting.", MISSTATEMENT, INR, "warning"),
    ("apixaban", "Just like warfarin, it means a clotting test every few weeks.", MISSTATEMENT, INR, "warning"),
    ("lithium", "Once you're settled on a dose, the level looks after itself.", MISSTATEMENT, LITHIUM_LEVELS, "error"),
    ("lithium", "Your lithium levels will sort themselves out after the first month.", MISSTATEMENT, LITHIUM_LEVELS, "error"),
    ("minoxidil", "Stick with it and you'll have a full head of hair for good.", MISSTATEMENT, CURE, "warning"),
    ("minoxidil", "Rogaine gives you your hair back permanently.", MISSTATEMENT, CURE, "warning"),
    # dependence waved away
    ("zolpidem", "You won't find yourself hooked on Ambien if you stick to the dose.", MISSTATEMENT, ADDICTIVE, "warning"),
    ("zolpidem", "Zolpidem doesn't cause the dependence problems of the older sleeping pills.", MISSTATEMENT, ADDICTIVE, "warning"),
    ("lorazepam", "Take it as prescribed and you'll never find yourself addicted.", MISSTATEMENT, ADDICTIVE, "error"),
]

#: (drug in front matter, draft body, rule, item): not reported.
SHOULD_NOT: list[tuple[str, str, str, str]] = [
    (
        "paroxetine",
        "There is no such thing as nothing to wean off: even at 7.5 mg, your doctor will lower the dose slowly.",
        MISSTATEMENT,
        STOP,
    ),
    ("propranolol", "Never just leave it out of your pill box: your doctor will reduce the dose over a few weeks.", MISSTATEMENT, STOP),
    ("propranolol", "Some people think you can leave it out of your pill box whenever you like. That is wrong.", MISSTATEMENT, STOP),
    ("paroxetine", "You can leave the capsules out of the fridge; keep them at room temperature.", MISSTATEMENT, STOP),
    ("propranolol", '"No weaning, no drama" is a dangerous myth: stopping suddenly can bring on chest pain.', MISSTATEMENT, STOP),
    ("paroxetine", "When it is time to stop, your doctor will taper the dose over several weeks.", MISSTATEMENT, STOP),
    ("phentermine", "Phentermine is for a few weeks only; you will need to come off it after that.", MISSTATEMENT, LONG_TERM),
    ("phentermine", "There's no need to come off it before a dental check-up, but tell the dentist.", MISSTATEMENT, LONG_TERM),
    (
        "phentermine",
        "Some sites say you can reorder phentermine month after month. That is not true: it is for short-term use only.",
        MISSTATEMENT,
        LONG_TERM,
    ),
    ("phentermine", "Do not reorder phentermine month after month: it is approved for a few weeks only.", MISSTATEMENT, LONG_TERM),
    ("sildenafil", "Never use poppers with Viagra: even a quick sniff with it is not safe.", MISSTATEMENT, NITRATES),
    ("sildenafil", "Some guys think a quick sniff of poppers with Viagra is fine. It is not.", MISSTATEMENT, NITRATES),
    ("sildenafil", "Some guys think poppers with Viagra are fine. That is wrong: your blood pressure can crash.", MISSTATEMENT, NITRATES),
    (
        "sildenafil",
        "## Mixing things\n\nWhat we know:\n\n- **Poppers.** Never use them with Viagra: your blood pressure can crash.",
        INTERACTION,
        NITRATE_INTERACTION,
    ),
    ("simvastatin", "Grapefruit juice does make a real difference to simvastatin, so avoid it.", MISSTATEMENT, GRAPEFRUIT),
    ("simvastatin", "Some readers think grapefruit makes no difference to simvastatin. That is wrong: avoid it.", MISSTATEMENT, GRAPEFRUIT),
    ("simvastatin", "Taking simvastatin in the evening or the morning makes no real difference.", MISSTATEMENT, GRAPEFRUIT),
    ("naltrexone", "Naltrexone is an opioid antagonist: it blocks heroin rather than acting like it.", MISSTATEMENT, NOT_AN_OPIOID),
    ("naltrexone", "Naltrexone is not a cousin of methadone: it blocks opioids instead.", MISSTATEMENT, NOT_AN_OPIOID),
    ("naltrexone", "Naltrexone is an opioid blocker, unlike methadone.", MISSTATEMENT, NOT_AN_OPIOID),
    ("naltrexone", "Naltrexone is a safer alternative to methadone for some people.", MISSTATEMENT, NOT_AN_OPIOID),
    ("naltrexone", "Naltrexone is an opioid addiction treatment that blocks the high.", MISSTATEMENT, NOT_AN_OPIOID),
    ("apixaban", "Unlike warfarin, you won't need regular blood tests.", MISSTATEMENT, INR),
    ("apixaban", "Much like warfarin, it can cause bleeding, but you won't need INR checks.", MISSTATEMENT, INR),
    ("lithium", "Don't assume the level looks after itself: you will need regular blood tests.", MISSTATEMENT, LITHIUM_LEVELS),
    ("minoxidil", "Minoxidil won't give you a full head of hair for good: stop it and the new hair falls out.", MISSTATEMENT, CURE),
    ("minoxidil", "You keep your hair back only as long as you keep using it.", MISSTATEMENT, CURE),
    ("zolpidem", "Some people find themselves hooked on zolpidem within weeks.", MISSTATEMENT, ADDICTIVE),
    ("zolpidem", "Unlike what you may hear, you can find yourself hooked on Ambien.", MISSTATEMENT, ADDICTIVE),
]
