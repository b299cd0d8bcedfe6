"""Off-label uses told by the trouble's signs from eval/holdout117-118 (three misses), as classes.

- Anxiety told by its signs in the body on an everyday occasion, given a drug not approved for it: "the panicky feeling before
  work got so bad I was being sick in the car park", "shaking with nerves every morning", "couldn't walk into a supermarket
  without her heart pounding" (not a side effect, "nervous about starting it", nor a drug approved for anxiety).
- A stomach bug or food poisoning told by where it was caught and what was eaten, given an antiemetic: "caught something on
  holiday or from a takeaway and have been throwing up", "after a dodgy kebab", "something she ate" (not the approved sickness
  of chemotherapy or an operation, nor "do not use it for a stomach bug").
- A stimulant given to lift the mood: "to lift her spirits" after a bereavement told by its signs, "to boost their mood",
  "to perk him up"; a geriatrician is a prescriber ("Her geriatrician put her on Ritalin") (not the drug's own effect on
  mood, mood changes as a side effect, an antidepressant, or a visit that "lifts her spirits").
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

_GABAPENTIN = "Gabapentin treats nerve pain after shingles and some seizures. "
_ONDANSETRON = "Ondansetron prevents sickness from chemotherapy, radiotherapy and surgery. "
_METHYLPHENIDATE = "Methylphenidate treats ADHD and narcolepsy. "

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "gabapentin",
        _GABAPENTIN + "Funny thing. I started on it when the panicky feeling before work got so bad I was being sick in the car park "
        "every morning. Two weeks on gabapentin and I could walk into the office without shaking.",
        OFF_LABEL,
        "warning",
    ),
    (
        "gabapentin",
        _GABAPENTIN + "My GP put me on gabapentin because I was shaking with nerves every morning before my shift.",
        OFF_LABEL,
        "warning",
    ),
    (
        "gabapentin",
        _GABAPENTIN + "She couldn't walk into a supermarket without her heart pounding, so her doctor started her on gabapentin.",
        OFF_LABEL,
        "warning",
    ),
    ("gabapentin", _GABAPENTIN + "He takes gabapentin for the knot in his stomach before work.", OFF_LABEL, "warning"),
    ("pregabalin", "Pregabalin treats nerve pain. I take pregabalin for the panicky spells I get on the bus.", OFF_LABEL, "warning"),
    (
        "ondansetron",
        _ONDANSETRON + "We also see many people who caught something on holiday or from a takeaway and have been throwing up since the "
        "night before, unable to keep down even small sips of water. For these patients our clinicians can prescribe ondansetron "
        "to settle the vomiting so they can start drinking again and avoid a trip to hospital.",
        OFF_LABEL,
        "warning",
    ),
    (
        "ondansetron",
        _ONDANSETRON + "After a dodgy kebab on Friday night he was sick until dawn, so the walk-in centre gave him ondansetron wafers.",
        OFF_LABEL,
        "warning",
    ),
    (
        "ondansetron",
        _ONDANSETRON + "Our clinic prescribes ondansetron for kids who have picked up something at a birthday buffet and can't keep "
        "anything down.",
        OFF_LABEL,
        "warning",
    ),
    (
        "ondansetron",
        _ONDANSETRON + "It must have been something she ate at the wedding: she was vomiting all night. The urgent care doctor gave her "
        "ondansetron.",
        OFF_LABEL,
        "warning",
    ),
    (
        "methylphenidate",
        _METHYLPHENIDATE + "The third organiser belongs to Chidi's mother, Grace, 79. After her husband died last winter she stopped "
        "cooking, stayed in bed until the afternoon and told her family there was no point in anything any more. Her geriatrician "
        "suggested a small morning dose of Ritalin, 5 mg at breakfast and 5 mg at lunch, to lift her spirits and get her eating again.",
        OFF_LABEL,
        "warning",
    ),
    (
        "methylphenidate",
        _METHYLPHENIDATE + "Some doctors give older people a little methylphenidate to boost their mood after a loss.",
        OFF_LABEL,
        "warning",
    ),
    (
        "methylphenidate",
        _METHYLPHENIDATE + "Since his wife died he has sat in the same chair all day long. His GP prescribed Ritalin to perk him up.",
        OFF_LABEL,
        "warning",
    ),
    (
        "methylphenidate",
        _METHYLPHENIDATE + "My psychiatrist added a low dose of Concerta to raise my spirits when the antidepressant alone wasn't enough.",
        OFF_LABEL,
        "warning",
    ),
    (
        "methylphenidate",
        _METHYLPHENIDATE + "After her husband died she told her family there was no point in anything any more. Her geriatrician put her "
        "on Ritalin, 5 mg at breakfast.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("gabapentin", _GABAPENTIN + "Some people feel panicky or restless when they first start gabapentin; tell your doctor.", OFF_LABEL),
    ("gabapentin", _GABAPENTIN + "I was nervous about starting it, but the dizziness soon settled.", OFF_LABEL),
    (
        "buspirone",
        "Buspirone treats anxiety. My GP put me on buspirone because I was shaking with nerves every morning before work.",
        OFF_LABEL,
    ),
    (
        "escitalopram",
        "Escitalopram treats depression and generalized anxiety disorder. She takes escitalopram for the panicky feeling before work.",
        OFF_LABEL,
    ),
    ("gabapentin", _GABAPENTIN + "Gabapentin can make you feel sick with worry if you read too much about it online.", OFF_LABEL),
    (
        "gabapentin",
        _GABAPENTIN + "I took gabapentin for my shingles pain; I still couldn't walk into a room without people asking about the rash.",
        OFF_LABEL,
    ),
    (
        "gabapentin",
        _GABAPENTIN + "Do not take gabapentin for the panicky feeling before work; talk to your doctor about anxiety treatments.",
        OFF_LABEL,
    ),
    ("ondansetron", _ONDANSETRON + "Ondansetron is given before chemotherapy so that you are not sick after the infusion.", OFF_LABEL),
    (
        "ondansetron",
        _ONDANSETRON + "Do not use ondansetron for a stomach bug you caught on holiday; drink fluids and see a doctor if you cannot keep "
        "water down.",
        OFF_LABEL,
    ),
    (
        "ondansetron",
        _ONDANSETRON + "Vomiting can be a side effect of other medicines; ondansetron is given to prevent nausea after an operation.",
        OFF_LABEL,
    ),
    (
        "ondansetron",
        _ONDANSETRON
        + "He caught something on holiday, a chest infection, and was given antibiotics; his ondansetron was for chemotherapy.",
        OFF_LABEL,
    ),
    (
        "ondansetron",
        _ONDANSETRON + "Avoid undercooked chicken while you are on chemotherapy. Ondansetron prevents the sickness from the chemotherapy "
        "itself.",
        OFF_LABEL,
    ),
    ("ondansetron", _ONDANSETRON + "Do not take ondansetron for a dodgy kebab; drink fluids instead.", OFF_LABEL),
    (
        "methylphenidate",
        _METHYLPHENIDATE + "Methylphenidate can lift your mood for a few hours, and some people feel low as it wears off.",
        OFF_LABEL,
    ),
    (
        "methylphenidate",
        _METHYLPHENIDATE + "Mood changes, including feeling low or irritable, are side effects; tell your doctor.",
        OFF_LABEL,
    ),
    ("sertraline", "Sertraline treats depression. Her GP prescribed sertraline to lift her spirits after her husband died.", OFF_LABEL),
    (
        "methylphenidate",
        _METHYLPHENIDATE + "Daniel has ADHD and was often low and frustrated at school. His paediatrician prescribed methylphenidate, "
        "and he can now finish a page.",
        OFF_LABEL,
    ),
    (
        "methylphenidate",
        _METHYLPHENIDATE + "Her mother takes methylphenidate for narcolepsy; a visit from the grandchildren always lifts her spirits.",
        OFF_LABEL,
    ),
    (
        "methylphenidate",
        _METHYLPHENIDATE + "He takes his Ritalin at school before his dad arrives to pick him up.",
        OFF_LABEL,
    ),
]
