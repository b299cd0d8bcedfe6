"""Off-label classes from the misses of eval/holdout62-64: a condition told only by its signs or in
lay words, then the drug (or a dose of it standing for it) given, taken or credited for it, never
said to be off-label. The classes:

- alcohol use disorder told by the count past a couple ("a fourth and fifth beer every evening",
  "her third glass of wine", "a second bottle"), by a life built round the drink ("his evenings
  revolved around a bottle of red"), by the drink on the mind before it is poured ("already thinking
  about the first glass by four"), by the bottle empty by a set hour ("by ten the bottle was empty");
  and the outcome: the pull, grip or craving of the drink gone after it ("the pull of that first
  glass, he says, simply faded");
- sleep told by the nights it is kept for, described before "when" ("handy on long-haul flights and
  jet-lagged nights, when they just want to drop off"), the dose standing for the drug;
- sleep told by its outcome timed after a dose ("a quarter of a tablet and I'm asleep inside half an
  hour", "out like a light in under twenty minutes").

Near misses that stay silent: the approved use told by the same signs (naltrexone for the drinking,
zolpidem for sleep), the use disclosed as off-label, a hedged outcome ("it can have you asleep
within half an hour"), a second glass of wine, a third bottle of tablets, a day revolving around
the baby's bottle or the pub quiz, the bottle empty after ten days, skipping it on late nights.
Each case is the body of one article about one drug; the assertion is the off-label finding at its
severity (a warning for a use inferred from a story or told in lay words), or none."""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a use the writer must see.
SHOULD = [
    # -- alcohol use disorder by the count, the life round it, the mind on it, the bottle emptied --
    (
        "gabapentin",
        "By the end of most evenings Ruth was pouring her third glass of white. Her GP started her on gabapentin.",
        OFF_LABEL,
        "warning",
    ),
    (
        "topiramate",
        "Most evenings he would open a second bottle of wine after dinner. His doctor prescribed topiramate.",
        OFF_LABEL,
        "warning",
    ),
    (
        "baclofen",
        "For a decade his weekends were centred around the pub. His GP prescribed him baclofen.",
        OFF_LABEL,
        "warning",
    ),
    (
        "gabapentin",
        "By lunchtime she was already dreaming of the next drink. Her doctor prescribed gabapentin.",
        OFF_LABEL,
        "warning",
    ),
    (
        "topiramate",
        "Most nights the bottle of gin was finished before midnight. His GP put him on topiramate.",
        OFF_LABEL,
        "warning",
    ),
    (
        "baclofen",
        "Since starting baclofen, the grip of the evening bottle has just loosened.",
        OFF_LABEL,
        "warning",
    ),
    # -- sleep by the nights it is kept for --
    (
        "lorazepam",
        "Lorazepam is what I keep in my wash bag for hotel stays and red-eye nights, when I need to drift off fast.",
        OFF_LABEL,
        "warning",
    ),
    (
        "quetiapine",
        "Some of our readers keep a small 25 mg tablet for noisy, restless nights when they just can't fall asleep.",
        OFF_LABEL,
        "warning",
    ),
    # -- sleep by the outcome timed after a dose --
    (
        "clonazepam",
        "When the neighbours' party is still thumping at 2am, half a tablet and I'm asleep in under twenty minutes.",
        OFF_LABEL,
        "warning",
    ),
    (
        "alprazolam",
        "Whenever I'm wide awake at four, half a tablet and I'm out like a light within fifteen minutes.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): the near miss stays silent.
SHOULD_NOT = [
    # approved for the same use
    ("naltrexone", "For years his evenings revolved around a bottle of red. His doctor put him on naltrexone.", OFF_LABEL),
    ("naltrexone", "By ten the bottle was usually empty. Her GP started her on naltrexone.", OFF_LABEL),
    (
        "zolpidem",
        "Members tell us how handy a 5 mg tablet is on long-haul flights and jet-lagged nights, when they just want to drop off.",
        OFF_LABEL,
    ),
    ("zolpidem", "On nights when I'm still staring at the ceiling at 3am, half a tablet and I'm asleep inside half an hour.", OFF_LABEL),
    # disclosed as off-label
    (
        "baclofen",
        "Off-label, and outside its approved uses, a private doctor prescribed baclofen for his drinking; "
        "the pull of that first glass faded.",
        OFF_LABEL,
    ),
    # hedged outcome, a side effect
    ("clonazepam", "Be careful: it can have you asleep within half an hour, so never drive after a dose.", OFF_LABEL),
    # not the drinking
    (
        "gabapentin",
        "She has a second glass of wine with dinner now and then. Her GP started her on gabapentin for her shingles pain.",
        OFF_LABEL,
    ),
    ("gabapentin", "She was already on her third bottle of tablets that year when her GP switched her.", OFF_LABEL),
    (
        "baclofen",
        "Her days revolved around the baby's bottle and the Thursday pub quiz, and the spasms in her legs were worse at night.",
        OFF_LABEL,
    ),
    ("baclofen", "The bottle was empty by 10 days into the course, so she asked for a repeat.", OFF_LABEL),
    # stopping it on those nights
    ("clonazepam", "Skip it on late, wired nights when you have been drinking, even if you can't fall asleep.", OFF_LABEL),
]
