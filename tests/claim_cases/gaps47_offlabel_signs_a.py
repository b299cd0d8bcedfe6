"""Off-label classes from the misses of eval/holdout47-50: a condition told only by its signs (or as a
story), then the drug given for it, never said to be off-label. The classes:

- alcohol misuse told by the amount grown and the cravings ("the after-work beers had crept up to a
  dozen cans", "one glass had grown to two bottles a night", "the shakes were there most mornings",
  "woke up already planning the first drink"), and the drinking named as someone's ("this time for the
  drinking");
- ADHD told by its everyday signs, among them drifting or zoning off halfway through meetings (that is
  not sleep: "drifting off" in a meeting or a lesson no longer reads as insomnia);
- sleeplessness told as lying awake ("I stopped sleeping", "wide awake at three with the guest list
  going round and round in my head"), the drug given after a first try told in between ("Her GP
  suggested cutting out coffee first. When that wasn't enough, she was given ..."), the giving in the
  passive ("she was given", "he got prescribed");
- hives told as itchy welts ("came up in raised, itchy welts") and the welts settling once it is taken.

Near misses that stay silent: an approved use told by its signs (varenicline for smoking, famotidine for
heartburn, trazodone for low mood), the use disclosed as off-label, a side effect told before the giving,
the reader's own drinking in a caution, sleeping pills stopped, a sentence turning the story ("But it
passed."), welts that are the drug's own side effect. Each case is the body of one article about one drug;
the assertion is the off-label finding at its severity (a warning for a use inferred from a story), or none."""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a use the writer must see.
SHOULD = [
    # -- alcohol misuse told by amounts grown and cravings --
    (
        "quetiapine",
        "Over lockdown the after-work beers had crept up to a dozen cans a night. Last winter her GP started her on quetiapine.",
        OFF_LABEL,
        "warning",
    ),
    (
        "gabapentin",
        "By fifty he was getting through two bottles of red every evening, and the shakes were there most mornings. "
        "His doctor put him on gabapentin, 300 mg three times a day.",
        OFF_LABEL,
        "warning",
    ),
    (
        "topiramate",
        "She would wake up already planning the first drink of the day. In March her psychiatrist started her on topiramate.",
        OFF_LABEL,
        "warning",
    ),
    (
        "varenicline",
        "Years after he quit smoking, his doctor prescribed varenicline again, this time for his drinking.",
        OFF_LABEL,
        "warning",
    ),
    # -- ADHD by its signs, drifting off in meetings --
    (
        "bupropion",
        "All through school she zoned out halfway through lessons and left her homework half-finished. "
        "Two years ago her doctor started her on bupropion.",
        OFF_LABEL,
        "warning",
    ),
    (
        "sertraline",
        "Tom kept drifting off in meetings and misplacing his wallet. Last spring his GP put him on sertraline.",
        OFF_LABEL,
        "warning",
    ),
    # -- sleeplessness told as lying awake, after a first try, given in the passive --
    (
        "trazodone",
        "After the move I stopped sleeping. I'd be wide awake at 4 a.m. with the removal bills going round in my head. "
        "My GP recommended cutting out coffee first. When that didn't work, I was given trazodone, 50 mg at night.",
        OFF_LABEL,
        "warning",
    ),
    (
        "mirtazapine",
        "The week before the exams he was awake until three most nights. Once the herbal tea had failed, he was prescribed mirtazapine.",
        OFF_LABEL,
        "warning",
    ),
    # -- hives told as welts --
    (
        "famotidine",
        "After the shellfish she came up in raised, itchy welts across both arms. "
        "Her doctor gave her famotidine twice a day alongside an antihistamine.",
        OFF_LABEL,
        "warning",
    ),
    (
        "famotidine",
        "His neck broke out in angry welts after the new washing powder. The pharmacist suggested famotidine with a cetirizine.",
        OFF_LABEL,
        "warning",
    ),
    (
        "famotidine",
        "Take a Pepcid morning and night for a few days and the wheals settle right down.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): a near miss the writer must not be bothered with.
SHOULD_NOT = [
    # approved uses told by their signs
    (
        "varenicline",
        "The cravings for a cigarette were waiting for him every morning. Last spring his GP put him on varenicline.",
        OFF_LABEL,
    ),
    (
        "trazodone",
        "For months she felt flat and empty, and nothing interested her. Her doctor suggested talking therapy first. "
        "When that wasn't enough, she was given trazodone.",
        OFF_LABEL,
    ),
    # the reader's own drinking, a caution
    (
        "baclofen",
        "Alcohol adds to the drowsiness, so keep your drinking light while you take baclofen.",
        OFF_LABEL,
    ),
    # sleeping pills stopped, then an approved use
    (
        "trazodone",
        "She stopped sleeping pills years ago. Last spring her doctor started her on trazodone for her depression.",
        OFF_LABEL,
    ),
    # the use disclosed
    (
        "baclofen",
        "His nightly wine had crept up to two bottles a night. His doctor started him on baclofen, which is an off-label use for alcohol.",
        OFF_LABEL,
    ),
    # the story turned before the drug
    (
        "trazodone",
        "During the audit I was wide awake at three most nights. But it passed once the audit was over. "
        "Last year my GP started me on trazodone for depression.",
        OFF_LABEL,
    ),
    # welts as the drug's own side effect
    (
        "famotidine",
        "Famotidine gave her itchy welts, so her doctor switched her to another heartburn tablet.",
        OFF_LABEL,
    ),
    # drifting off to sleep at night is not ADHD, and an approved use of a sleep drug
    (
        "zolpidem",
        "For weeks he lay awake until three. His doctor prescribed zolpidem, and now he drifts off in minutes.",
        OFF_LABEL,
    ),
    # a dose tapered is not a story of the trouble
    (
        "baclofen",
        "The drinking water at the clinic is filtered. Her doctor started her on baclofen for the spasms of her MS.",
        OFF_LABEL,
    ),
]
