"""Off-label uses told by their signs or by a story, never named (eval/holdout101-102), as classes.

- The pull toward a drink, and the time kept off it: "to quiet the pull toward a drink after work", "the evening urge to
  pour a glass", "he's been dry for four months" (alcohol use disorder; not a glass of water, dry skin or dry nights).
- Low mood told by its signs before a giving: "no energy, no interest in anything, struggling to get out of bed. Her
  psychiatrist added Vyvanse on top" (not interest lost in one thing: "no interest in lessons").
- The signs a colon opens are the named trouble's, and a first medicine that helped only partly opens the giving: "Her
  trouble is worry: racing what-ifs at 2 a.m., ... a mind she cannot switch off. Her sertraline took the edge off but not
  enough, and last spring her doctor added 2 mg of aripiprazole" (anxiety, not sleeplessness; silent where the trouble
  is an approved use: depression for aripiprazole as an add-on, worry for buspirone).
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

_BACLOFEN = "Baclofen treats spasticity from multiple sclerosis. "
_GABAPENTIN = "Gabapentin treats partial seizures and nerve pain after shingles. "
_NALTREXONE = "Naltrexone treats alcohol and opioid dependence. "
_VYVANSE = "Vyvanse is approved for ADHD and for binge-eating disorder. "
_METHYLPHENIDATE = "Methylphenidate treats ADHD. "
_ARIPIPRAZOLE = "Aripiprazole treats schizophrenia and, as an add-on, depression. "
_QUETIAPINE = "Quetiapine treats schizophrenia and bipolar disorder. "
_BUSPIRONE = "Buspirone treats anxiety. "

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording
    (
        "baclofen",
        _BACLOFEN + "His doctor gave it to him to quiet the pull toward a drink after work, and he says the evening urge "
        "to pour a glass has mostly gone. He's been dry for four months.",
        OFF_LABEL,
        "warning",
    ),
    ("baclofen", _BACLOFEN + "My brother was put on baclofen to ease the pull towards the bottle in the evenings.", OFF_LABEL, "warning"),
    (
        "gabapentin",
        _GABAPENTIN + "Her doctor prescribed gabapentin to curb the urge to pour herself another glass at night.",
        OFF_LABEL,
        "warning",
    ),
    ("baclofen", _BACLOFEN + "Some clinics now prescribe baclofen for the itch to reach for a beer after a shift.", OFF_LABEL, "warning"),
    (
        "lisdexamfetamine",
        _VYVANSE + "Her low mood had hung on for most of a year despite the sertraline she takes every morning: no energy, "
        "no interest in anything, struggling to get out of bed. Her psychiatrist added Vyvanse on top to lift her.",
        OFF_LABEL,
        "warning",
    ),
    (
        "lisdexamfetamine",
        _VYVANSE + "Since the divorce he had no energy and no motivation, and little interest in anything. His psychiatrist "
        "added Vyvanse to his escitalopram.",
        OFF_LABEL,
        "warning",
    ),
    (
        "methylphenidate",
        _METHYLPHENIDATE + "By March she had zero interest in life and barely left the house. Her doctor started her on methylphenidate.",
        OFF_LABEL,
        "warning",
    ),
    (
        "aripiprazole",
        _ARIPIPRAZOLE + "Lena has never been depressed. Her trouble is worry: racing what-ifs at 2 a.m., a knot in her "
        "stomach before every shift, and a mind she cannot switch off. Her sertraline took the edge off but not enough, "
        "and last spring her doctor added 2 mg of aripiprazole each morning.",
        OFF_LABEL,
        "warning",
    ),
    (
        "aripiprazole",
        _ARIPIPRAZOLE + "His problem was constant worry: what-ifs all day and a mind he could not switch off. The "
        "citalopram helped a little, but not enough, so his psychiatrist added aripiprazole.",
        OFF_LABEL,
        "warning",
    ),
    (
        "quetiapine",
        _QUETIAPINE + "Her trouble was nerves: on edge all day and unable to settle at night. Escitalopram did something "
        "but not enough, and her GP added a low dose of quetiapine.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the approved use
    ("naltrexone", _NALTREXONE + "His doctor gave him naltrexone to quiet the pull toward a drink after work.", OFF_LABEL),
    (
        "aripiprazole",
        _ARIPIPRAZOLE + "Her low mood had hung on for a year: no energy, no interest in anything. Her sertraline took the "
        "edge off but not enough, and her psychiatrist added aripiprazole.",
        OFF_LABEL,
    ),
    (
        "buspirone",
        _BUSPIRONE + "Her trouble is worry: racing what-ifs at 2 a.m. and a mind she cannot switch off. Her sertraline "
        "took the edge off but not enough, and her doctor added buspirone.",
        OFF_LABEL,
    ),
    (
        "aripiprazole",
        _ARIPIPRAZOLE + "His trouble is schizophrenia: voices at night and a mind he cannot switch off. The risperidone "
        "helped, but not enough, so his psychiatrist added aripiprazole.",
        OFF_LABEL,
    ),
    (
        "lisdexamfetamine",
        _VYVANSE + "At school he had no interest in lessons, could not sit still and lost his homework. His doctor started him on Vyvanse.",
        OFF_LABEL,
    ),
    # not drink: water, dry skin, dry nights, a side effect
    ("baclofen", _BACLOFEN + "If you feel the urge to pour a glass of water every hour, tell your doctor.", OFF_LABEL),
    ("baclofen", _BACLOFEN + "Her skin has been dry for four months since she started baclofen.", OFF_LABEL),
    ("baclofen", _BACLOFEN + "Avoid alcohol: even one drink can add to the drowsiness baclofen causes.", OFF_LABEL),
    (
        "lisdexamfetamine",
        _VYVANSE + "Some people feel flat as a dose wears off, with no energy and no interest in anything until the next "
        "morning; tell your doctor if that happens.",
        OFF_LABEL,
    ),
]
