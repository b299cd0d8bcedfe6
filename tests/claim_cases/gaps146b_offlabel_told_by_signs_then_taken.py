"""Off-label uses told by their signs, not their names, then the medicine taken or given in the same sentence, from eval/holdout289
(ja07 naltrexone), holdout291 (jc05 lamotrigine) and holdout292 (jd07 paroxetine, jd09 sumatriptan), with the last stop's spot
check (escitalopram for panic, ivermectin for scabies), as a class.

Class: a trouble told only by its signs, and the medicine taken for it without a word that the use is off-label:
- trigeminal neuralgia as electric-shock jabs along the jaw, or jolts set off in a clause after them ("every time he shaved",
  "whenever a cold wind caught his face"), after "on it ... for the";
- fibromyalgia as "that aching-all-over thing" (hyphenated) with sore spots, then the sufferer "now takes a tiny 4.5 mg dose";
- premature ejaculation as "men who finish far sooner than they'd like", the drug glossed by an aside between the giving and the
  men ("paroxetine, the antidepressant sold as Paxil, to men who ...");
- a tension-type headache as the tight band round the forehead told with the migraine signs it lacks ("no throbbing, no
  sickness"), then "and I take one of my 50s";
- panic as the heart or the chest pounding with the certainty of dying, then "so her GP started escitalopram" (the dying is the
  trouble's sign, not a risk told);
- scabies as burrow lines or tracks between the fingers with the scratching, then "so the clinic wrote for ivermectin tablets".
Told in lay words, each is a warning.

Silent: the same signs for a medicine approved for them (sumatriptan for a one-sided throbbing
headache with sickness, ivermectin for river blindness); the tablets taken told as another medicine ("I take paracetamol"); the
trouble told as the drug's own side effect; static shocks at a car door; the use disclosed as off-label.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wordings
    (
        "lamotrigine",
        "Lamotrigine is an epilepsy medicine. Arthur, who you'll know from the Thursday triples, has been on it since last autumn for"
        " the electric-shock jabs along his jaw that came every time he shaved or a cold wind caught his face, and he says he can"
        " finally enjoy an evening game again.",
        OFF_LABEL,
        "warning",
    ),
    (
        "naltrexone",
        "**REGGIE:** My sister's been dealing with that aching-all-over thing for years, sore spots across her shoulders and hips, and"
        " now she takes a tiny 4.5 mg dose of naltrexone at night. She says it's given her mornings back.",
        OFF_LABEL,
        "warning",
    ),
    (
        "paroxetine",
        "Your cousin isn't pulling your leg. Doctors often prescribe a small daily dose of paroxetine, the antidepressant sold as"
        " Paxil, to men who finish far sooner than they'd like, and for a lot of them it buys real time.",
        OFF_LABEL,
        "warning",
    ),
    (
        "sumatriptan",
        "I use mine a bit differently. By 4 pm after eight hours of calls I get that tight band round my forehead, no throbbing, no"
        " sickness, just the headset squeeze, and I take one of my 50s with a coffee. Gone before the last break.",
        OFF_LABEL,
        "warning",
    ),
    (
        "escitalopram",
        "For two years her chest would pound in the supermarket queue and she was convinced she was about to die, so her GP started"
        " escitalopram.",
        OFF_LABEL,
        "warning",
    ),
    (
        "escitalopram",
        "Out of nowhere her heart would hammer and she felt sure she was dying, so her GP started escitalopram.",
        OFF_LABEL,
        "warning",
    ),
    (
        "ivermectin",
        "The kids had burrow lines between their fingers, so the clinic wrote for ivermectin tablets for everyone.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings of the class, in other voices
    (
        "lamotrigine",
        "Her neurologist put her on lamotrigine for the stabbing zaps in her cheek that came whenever she brushed her teeth.",
        OFF_LABEL,
        "warning",
    ),
    (
        "lamotrigine",
        "been on lamotrigine two years now for the electric shocks down the side of my face every time the wind hits it, and honestly"
        " it's changed my life",
        OFF_LABEL,
        "warning",
    ),
    (
        "naltrexone",
        "My mum has ached all over for years, with tender spots on her neck and hips, and now she takes a 4.5 mg dose of naltrexone"
        " every night.",
        OFF_LABEL,
        "warning",
    ),
    (
        "paroxetine",
        "Some GPs prescribe paroxetine, an older antidepressant, to men who come too quickly, usually as a small dose every day.",
        OFF_LABEL,
        "warning",
    ),
    (
        "sumatriptan",
        "After a day at the laptop I get a tight band across my forehead, no throbbing or sickness, and I take one of my 50 mg tablets.",
        OFF_LABEL,
        "warning",
    ),
    (
        "sumatriptan",
        "Most afternoons she gets a dull band of pressure round her head and she pops half a 50 mg tablet of sumatriptan.",
        OFF_LABEL,
        "warning",
    ),
    (
        "escitalopram",
        "Out of the blue my chest would start pounding and I was sure I was going to die, so my doctor put me on escitalopram.",
        OFF_LABEL,
        "warning",
    ),
    (
        "ivermectin",
        "The twins had tiny burrow tracks between their fingers, so our GP wrote for ivermectin for the whole family.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): must stay silent.
SHOULD_NOT = [
    # the same signs for a medicine approved for them
    (
        "paroxetine",
        "Doctors sometimes prescribe paroxetine, the antidepressant sold as Paxil, to men who finish far sooner than they'd like;"
        " this is an off-label use, which means it is not what the medicine is licensed for.",
        OFF_LABEL,
    ),
    (
        "sumatriptan",
        "By 4 pm I get a throbbing headache down one side and feel sick, and I take one of my 50s with a coffee.",
        OFF_LABEL,
    ),
    (
        "ivermectin",
        "The kids had itchy skin and lumps from river blindness, so the clinic wrote for ivermectin tablets for everyone.",
        OFF_LABEL,
    ),
    # another medicine taken, or the trouble the drug's own side effect
    (
        "sumatriptan",
        "By 4 pm I get that tight band round my forehead, and I take paracetamol with a coffee.",
        OFF_LABEL,
    ),
    (
        "sumatriptan",
        "Sumatriptan gave me a tight band round my forehead, so I take half a tablet now.",
        OFF_LABEL,
    ),
    # static shocks, not the face's jolts
    (
        "lamotrigine",
        "I get static shocks whenever I touch the car door, and I have been on lamotrigine for my epilepsy for years.",
        OFF_LABEL,
    ),
    # the dose told with no trouble
    (
        "naltrexone",
        "My sister has been sober for years, and now she takes a 50 mg tablet of naltrexone every morning.",
        OFF_LABEL,
    ),
]
