"""Off-label uses told only by their signs, from eval/holdout96 (bp02, bp09) and eval/holdout98 (br01), as classes.

- Nightmares told by the waking with the event playing again: "he kept waking at three in the morning soaked through,
  heart hammering, the same roadside explosion playing again behind his eyes" ("she'd jolt awake with the crash replaying
  in her head", "the ambush looping in his mind until he woke shaking"), then the drug given. Not a day's worries on
  waking, not a flashback by day, not the drug's own dizziness, not another medicine given, not a disclosed use.
- A prescription after a medicine already tried: "I'd tried melatonin, a white-noise machine, everything" does not own
  the giving that follows ("Her family doctor wrote her a prescription for 25 mg to take half an hour before bed"): the
  article's drug does, for the sleeplessness told before. Not the drug's drowsiness, not "it" after a medicine simply
  tried and said to help, not the approved use.
- A yeast infection told by its signs: the discharge thick and white, lumpy or like cottage cheese ("Thick, white,
  cottage-cheese discharge after a course of antibiotics? One of these and she says it's gone in two days"), then a
  dose of the drug said to make it go. Not BV's thin grey discharge (metronidazole's approved use), not an antifungal
  (approved), not a side effect that passed, not white discharge alone.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wording (br01, bp09, bp02)
    (
        "prazosin",
        "Marcus drove supply trucks for two tours. Back home, he kept waking at three in the morning soaked through, heart"
        " hammering, the same roadside explosion playing again behind his eyes. His wife moved to the spare room. Last spring"
        " his doctor at the veterans' clinic started him on prazosin at bedtime, and within a month the replays had gone quiet.",
        OFF_LABEL,
        "warning",
    ),
    (
        "quetiapine",
        "Which is how Lena, a 41-year-old project manager in Ohio, came to it. For two years she had lain awake until 3 or 4"
        ' in the morning, her mind running through spreadsheets. "I\'d tried melatonin, a white-noise machine, everything,"'
        " she says. Her family doctor wrote her a prescription for 25 mg to take half an hour before bed. \"Now I'm out"
        " within twenty minutes and I don't wake up until the alarm.\"",
        OFF_LABEL,
        "warning",
    ),
    (
        "metronidazole",
        "Real talk: my cousin swears by it for the other kind of itchy down-there problem too. Thick, white, cottage-cheese"
        " discharge after a course of antibiotics? One of these and she says it's gone in two days.",
        OFF_LABEL,
        "warning",
    ),
    # nightmares: the waking with the event playing again, in new words
    (
        "prazosin",
        "After the crash on the motorway, Dana would jolt awake most nights with the crash replaying in her head. Her GP"
        " started her on prazosin at night.",
        OFF_LABEL,
        "warning",
    ),
    (
        "prazosin",
        "For months the ambush kept looping in his mind until he woke shaking. So his psychiatrist put him on prazosin.",
        OFF_LABEL,
        "warning",
    ),
    (
        "prazosin",
        "She still wakes up gasping, the fire at the warehouse playing over and over behind her eyes. Her doctor prescribed"
        " prazosin last winter.",
        OFF_LABEL,
        "warning",
    ),
    # a prescription after a medicine already tried
    (
        "trazodone",
        "Tom had lain awake until four most nights since the divorce. He'd already tried diphenhydramine and a meditation"
        " app. His GP wrote him a script for 50 mg to take at bedtime.",
        OFF_LABEL,
        "warning",
    ),
    (
        "mirtazapine",
        "For a year she lay awake till dawn. She had tried zolpidem for a month, then gave up on it. Her doctor wrote her a"
        " prescription for 7.5 mg at night.",
        OFF_LABEL,
        "warning",
    ),
    (
        "quetiapine",
        "Night after night he was wide awake at 3 a.m. After trying melatonin and chamomile tea, nothing changed. Eventually"
        " his doctor wrote him a prescription for a small dose at bedtime.",
        OFF_LABEL,
        "warning",
    ),
    # a yeast infection told by its signs
    (
        "metronidazole",
        "Got a lumpy, whitish discharge and some itching down there? Two of these and it's gone by the weekend.",
        OFF_LABEL,
        "warning",
    ),
    (
        "metronidazole",
        "My friend had a thick white discharge that itched like mad. A single tablet and it cleared up overnight.",
        OFF_LABEL,
        "warning",
    ),
    (
        "metronidazole",
        "Itching with a discharge that looks like cottage cheese? One Flagyl and it's gone in a day or two.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): nothing to report.
SHOULD_NOT = [
    # nightmares: not a day's worries on waking, not a flashback by day, not the drug's own effect, not another medicine,
    # not a disclosed use
    (
        "prazosin",
        "He kept waking at six with the whole workday playing in his head. His doctor started him on prazosin for his blood pressure.",
        OFF_LABEL,
    ),
    (
        "prazosin",
        "In the supermarket the explosion would play again behind his eyes. His doctor started him on prazosin to lower his"
        " blood pressure.",
        OFF_LABEL,
    ),
    (
        "prazosin",
        "He kept waking at three in the morning, the same roadside explosion playing again behind his eyes. His psychiatrist"
        " started him on sertraline.",
        OFF_LABEL,
    ),
    (
        "prazosin",
        "He kept waking at three in the morning, the same roadside explosion playing again behind his eyes. His doctor"
        " started him on prazosin, an off-label use for PTSD nightmares.",
        OFF_LABEL,
    ),
    (
        "prazosin",
        "Prazosin can make you dizzy when you stand up, especially after the first dose. Take it at bedtime.",
        OFF_LABEL,
    ),
    # a medicine tried and said to help is the one "it" stands for; the drug's drowsiness; the approved use
    (
        "quetiapine",
        "Quetiapine is famously sedating. Many people feel drowsy for the first weeks, and doctors often suggest taking it"
        " in the evening for that reason.",
        OFF_LABEL,
    ),
    (
        "quetiapine",
        "She had heard voices for years and had tried risperidone first. Her psychiatrist wrote her a prescription for"
        " quetiapine for her schizophrenia.",
        OFF_LABEL,
    ),
    (
        "quetiapine",
        "For two years she had lain awake until 3 or 4 in the morning. She'd tried melatonin. Her doctor wrote her a"
        " prescription for it, and it helped.",
        OFF_LABEL,
    ),
    # a yeast infection's signs: not BV's thin grey discharge, not an antifungal, not white discharge alone, not a side
    # effect that passed
    (
        "metronidazole",
        "Thin, grey discharge with a fishy smell after sex? One of these and it's gone in a few days.",
        OFF_LABEL,
    ),
    (
        "fluconazole",
        "Thick, white, cottage-cheese discharge after a course of antibiotics? One of these and it's gone in two days.",
        OFF_LABEL,
    ),
    (
        "metronidazole",
        "A little white discharge is normal. One of these and the bloating was gone in two days.",
        OFF_LABEL,
    ),
    (
        "metronidazole",
        "Thick, white, cottage-cheese discharge after a course of antibiotics? That needs an antifungal, not metronidazole.",
        OFF_LABEL,
    ),
]
