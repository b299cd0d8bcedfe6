"""Claim, dose and disclaimer misses of holdout29, as classes, in wordings no evaluation set had.

- Absolute efficacy in idiom, uncited: "the one tool that never lets anybody down", "it hasn't failed a
  single patient yet", "a sure thing", "a dead cert", "it can't fail", "everyone I know who took it quit"
  (unsupported-claim.absolute). Near misses: "no medicine works for everybody", hedged ("many people
  find"), a cited figure, "you haven't let anyone down if you slip", "never let your guard down", denied.
- A recovery told as coming in the first days or week, of a medicine whose label says its benefit takes
  weeks (an SSRI: improvement in 1 to 4 weeks): "most guys feel like their old selves again by the end of
  the first week", "you'll feel human again by the weekend", "within a week I was myself again"
  (unsupported-claim.rapid-onset, a warning: inferred from the drug's facts). Near misses: "it can take
  four to six weeks", a side effect in the first days, the same words of ibuprofen or amoxicillin.
- A count of tablets times a strength named in the same phrase ("four of the 600 mg tablets spread
  through the day", "a pair of 10 mg tablets morning and night") of a drug whose label doses its uses
  differently: gabapentin for nerve pain after shingles (usual maximum 1,800 mg a day) or epilepsy
  (3,600 mg). In an article naming both uses, a day's amount tied to neither and above the lower
  maximum is a warning (which use is meant, a human decides). Near misses: at exactly the maximum,
  one dose with no frequency, the amount tied to the epilepsy use, a count said not to be taken.
- A disclaimer in the writer's own words, the professional the writer is not referred back to as the
  reader's: "I'm not a doctor, just someone who's been there, so please use this to start a conversation
  with yours", "we're carers, not nurses, so talk it through with yours", "I'm no pharmacist, so check
  anything here with yours first" (disclaimer.missing quiet). Near misses, no disclaimer at all: a
  symptom instruction ("see a doctor if the rash spreads"), "Not a doctor, just someone who's been there",
  "I'm not a doctor, but my dose was different from yours".
Each case is the body of one article about one drug; the assertion is what its writer would see:
the finding of that rule with its severity, or none."""

from __future__ import annotations

ABSOLUTE = "unsupported-claim.absolute"
RAPID = "unsupported-claim.rapid-onset"
ABOVE_MAX = "dosage.above-max"
DISCLAIMER = "disclaimer.missing"

#: Gabapentin's two uses named, then a section of its own for the dose (no use beside it).
_BOTH_USES = "Gabapentin treats nerve pain after shingles (postherpetic neuralgia) and, with other medicines, epilepsy.\n\n## Dose\n\n"
_SHINGLES = "Gabapentin treats nerve pain after shingles (postherpetic neuralgia). "

#: (drug, body, rule, severity): a claim the writer must see.
SHOULD = [
    # -- absolute efficacy in idiom --
    ("varenicline", "Yes, every time. It's the one stop-smoking tool that never lets anybody down.", ABSOLUTE, "error"),
    ("sertraline", "Honestly, it has never let a single one of my clients down.", ABSOLUTE, "error"),
    ("varenicline", "Our pharmacist says it hasn't failed a single patient yet.", ABSOLUTE, "error"),
    ("varenicline", "Champix is a sure thing if you actually want to quit.", ABSOLUTE, "error"),
    ("sildenafil", "It's a dead cert: take one an hour before and you're sorted.", ABSOLUTE, "error"),
    ("ibuprofen", "This one won't let you down.", ABSOLUTE, "error"),
    ("varenicline", "Everyone I know who took it quit for good.", ABSOLUTE, "error"),
    ("omeprazole", "Trust me, it can't fail.", ABSOLUTE, "error"),
    # -- a recovery in the first days or week, of a medicine whose benefit takes weeks --
    ("escitalopram", "Most guys feel like their old selves again by the end of the first week.", RAPID, "warning"),
    ("escitalopram", "You'll be back to your old self within days.", RAPID, "warning"),
    ("citalopram", "Honestly, you'll feel human again by the weekend.", RAPID, "warning"),
    ("paroxetine", "Within a week I was myself again.", RAPID, "warning"),
    ("escitalopram", "By day five she felt like herself again.", RAPID, "warning"),
    ("paroxetine", "Within a few days of starting Paxil I felt like my old self.", RAPID, "warning"),
    ("citalopram", "Reader Dave: 'I was back to my usual self after the first week on citalopram.'", RAPID, "warning"),
    # -- tablets counted before their strength, over the day --
    ("gabapentin", _BOTH_USES + "I now take four of the 600 mg tablets spread through the day.", ABOVE_MAX, "warning"),
    ("gabapentin", _BOTH_USES + "Jan takes a pair of 600 mg tablets morning and night.", ABOVE_MAX, "warning"),
    ("gabapentin", _BOTH_USES + "Mum was told to build up to four of the 600 mg tablets across the day.", ABOVE_MAX, "warning"),
    ("gabapentin", _BOTH_USES + "Ask about working up to three 800 mg capsules a day.", ABOVE_MAX, "warning"),
    ("gabapentin", _SHINGLES + "Most of us end up on four of the 600 mg tablets a day.", ABOVE_MAX, "warning"),
    ("gabapentin", _BOTH_USES + "Most of us end up on two 800s three times a day.", ABOVE_MAX, "warning"),
    ("escitalopram", "Some readers take two of the 20 mg tablets every morning.", ABOVE_MAX, "error"),
    ("cetirizine", "In peak season I have a pair of 10 mg tablets morning and night.", ABOVE_MAX, "error"),
    ("ibuprofen", "For a bad back I take three of the 400 mg tablets four times a day.", ABOVE_MAX, "error"),
]

#: (drug, body, rule): a near miss that must stay quiet.
SHOULD_NOT = [
    # -- absolute efficacy: near misses --
    ("varenicline", "No stop-smoking medicine works for everybody.", ABSOLUTE),
    ("varenicline", "Many people find it helps them quit.", ABSOLUTE),
    ("varenicline", "In trials, about 1 in 4 people were still not smoking a year later [1].", ABSOLUTE),
    ("varenicline", "If you slip, you haven't let anyone down.", ABSOLUTE),
    ("varenicline", "Never let your guard down around a pub garden.", ABSOLUTE),
    ("varenicline", "It isn't a sure thing: most people need more than one go.", ABSOLUTE),
    ("varenicline", "Everyone who takes it should be told about mood changes.", ABSOLUTE),
    # -- a recovery in days: near misses --
    ("escitalopram", "It can take four to six weeks to feel like yourself again.", RAPID),
    ("escitalopram", "After six to eight weeks most people feel like their old selves again.", RAPID),
    ("escitalopram", "Don't expect to feel like your old self in the first week.", RAPID),
    ("escitalopram", "If you don't feel like your old self within a few weeks, talk to your GP.", RAPID),
    ("paroxetine", "Side effects such as nausea can start within the first few days.", RAPID),
    ("ibuprofen", "Most people with a sprained ankle are back to their old selves within the first week.", RAPID),
    ("amoxicillin", "Most children are back to their usual selves within a few days.", RAPID),
    ("ibuprofen", "Ibuprofen usually starts working within 20 to 30 minutes.", RAPID),
    ("gabapentin", _BOTH_USES + "I take three of the 600 mg tablets spread through the day.", ABOVE_MAX),
    ("gabapentin", _BOTH_USES + "I take two of the 600 mg tablets.", ABOVE_MAX),
    ("gabapentin", _BOTH_USES + "For seizures, some adults take four of the 600 mg tablets a day.", ABOVE_MAX),
    ("gabapentin", _BOTH_USES + "Don't take four of the 600 mg tablets a day.", ABOVE_MAX),
    ("gabapentin", _BOTH_USES + "Her husband takes four of the 600 mg tablets of his carbamazepine a day.", ABOVE_MAX),
    ("escitalopram", "I take one of the 20 mg tablets every morning.", ABOVE_MAX),
    ("cetirizine", "I have one of the 10 mg tablets at night.", ABOVE_MAX),
]

#: A disclaimer in the writer's own words, each a whole one: (drug, body), quiet for `disclaimer.missing`.
DISCLAIMERS = [
    (
        "gabapentin",
        "Take it with food.\n\nI'm not a doctor, just someone who's been there, so please use this to start a conversation with yours.",
    ),
    (
        "sertraline",
        "Take it in the morning.\n\nI'm not a pharmacist, just a dad who has done the reading, so treat this as a way to open a chat"
        " with yours.",
    ),
    (
        "donepezil",
        "Give it at night.\n\nWe're a couple of carers, not nurses, so please talk it through with yours before you change anything.",
    ),
    ("ibuprofen", "Take it with food.\n\nI'm no pharmacist, so check anything here with yours first."),
    (
        "metformin",
        "Take it with meals.\n\nNot a medic here, only a fellow sufferer: take this list to your own GP before changing anything.",
    ),
    ("omeprazole", "Take it before breakfast.\n\nThis is one person's experience, not advice."),
    ("amlodipine", "Take it at the same time.\n\nPlease read this as one family's story and run any changes past your own GP."),
]

#: No disclaimer at all, however close: (drug, body).
NOT_DISCLAIMERS = [
    ("amoxicillin", "Finish the course.\n\nSee a doctor if the rash spreads."),
    ("gabapentin", "Take it with food.\n\nNot a doctor, just someone who's been there."),
    ("sertraline", "Take it in the morning.\n\nI'm not a doctor, but my dose was different from yours."),
    ("gabapentin", "Take it with food.\n\nTalk to your doctor if the dizziness doesn't settle."),
]

SHOULD += [(drug, body, DISCLAIMER, "error") for drug, body in NOT_DISCLAIMERS]
SHOULD_NOT += [(drug, body, DISCLAIMER) for drug, body in DISCLAIMERS]
