"""Off-label classes from the misses of eval/holdout43, holdout44 and holdout46: a condition told only
by its signs, then the doctor giving the drug. Four shapes of it:

- the signs told over two or three sentences of a story, the giving in a later sentence of the same
  paragraph, or opening the next paragraph ("... lose his keys most mornings. At work he couldn't sit
  through a meeting. Last spring his GP put him on bupropion"; "... back in the cab with the road
  exploding.\\n\\nHis doctor at the veterans' clinic started him on prazosin");
- the giving opened by when it came or by where the prescriber works ("Last spring his GP ...", "Two
  weeks later, the doctor at the walk-in clinic ..."), or a service's offer ("Our clinicians can
  prescribe ondansetron ...") after the signs asked as a question;
- signs newly in the vocabulary: ADHD as wandering off mid-sentence or not sitting through a meeting,
  trauma nightmares as waking back in the cab or the trench, a stomach bug as "the bug that's going
  around", sciatica as a hot wire running from the buttock down the thigh;
- the trouble told with "for no reason I could name" (not a turn of the story, unlike "but").

Near misses that stay silent: an approved use told by its signs (bupropion for low mood, ondansetron
before chemo, pregabalin for burning feet), the story turned before the drug ("But by the Monday it
had passed."), a use disclosed ("That is off-label"), a limb that "had gone to sleep" (not insomnia),
a side effect told before the giving, and a doctor who only may prescribe. Each case is the body of
one article about one drug; the assertion is the off-label finding at its severity (a warning for a
use inferred from a story), or none."""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a use the writer must see.
SHOULD = [
    # -- ADHD by its signs, told over several sentences, then the giving with a time lead --
    (
        "bupropion",
        "My son has always been like this. He wanders off halfway through a conversation and leaves his homework "
        "half finished. His teachers say he can't sit through a single lesson. Two months ago, the doctor at the "
        "family practice started him on bupropion.",
        OFF_LABEL,
        "warning",
    ),
    (
        "amitriptyline",
        "Ever since school she has lost her phone twice a week. She wandered off mid-sentence at dinner. "
        "In March her psychiatrist put her on amitriptyline, and now she finishes what she starts.",
        OFF_LABEL,
        "warning",
    ),
    # -- trauma nightmares by the waking, the giving in the next paragraph --
    (
        "prazosin",
        "For years after the tour she kept waking at four, shaking, back in the convoy on that road. Her husband "
        "moved to the sofa.\n\nHer doctor at the VA clinic prescribed prazosin at bedtime.",
        OFF_LABEL,
        "warning",
    ),
    (
        "clonidine",
        "He would jolt up at night, sweating, back in the trench with the shells coming in.\n\n"
        "Eventually his GP put him on clonidine, and the nights went quiet.",
        OFF_LABEL,
        "warning",
    ),
    # -- a stomach bug by its signs, then a service's offer --
    (
        "ondansetron",
        "Caught the tummy bug doing the rounds at school? Been throwing up since teatime? "
        "Our doctors can prescribe ondansetron wafers so you can keep fluids down.",
        OFF_LABEL,
        "warning",
    ),
    (
        "famotidine",
        "Half the office went down with the nasty bug going around last week. Our pharmacists can supply famotidine tablets the same day.",
        OFF_LABEL,
        "warning",
    ),
    # -- sciatica by a hot wire down the leg --
    (
        "prednisone",
        "Lifting the sofa did it: a red-hot wire shot from his lower back down into his calf. A week later "
        "his doctor gave him a short course of prednisone.",
        OFF_LABEL,
        "warning",
    ),
    # -- generalized worry told with "for no reason" --
    (
        "gabapentin",
        "Every evening her chest went tight and she felt on edge, for no reason at all. Her GP started her on gabapentin.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): a near miss the writer must not be bothered with.
SHOULD_NOT = [
    # approved uses told by their signs
    (
        "bupropion",
        "For months he felt flat and empty, and nothing he used to love interested him. He stopped seeing friends. "
        "Last spring his GP put him on bupropion.",
        OFF_LABEL,
    ),
    (
        "ondansetron",
        "The chemo left her retching for days. She could not face a meal. Last winter her oncologist started her on ondansetron.",
        OFF_LABEL,
    ),
    # the story turned before the drug
    (
        "ondansetron",
        "The whole family caught the bug that's going around. But by the Monday it had passed. "
        "In March her oncologist prescribed ondansetron before each chemo session.",
        OFF_LABEL,
    ),
    # the use disclosed
    (
        "pregabalin",
        "She felt on edge all the time, for no reason she could name. Her doctor started her on pregabalin. "
        "Using it for anxiety is off-label in the US.",
        OFF_LABEL,
    ),
    # a limb gone to sleep is not insomnia
    (
        "prednisone",
        "Her hand tingled like it had gone to sleep. Her doctor gave her a short course of prednisone.",
        OFF_LABEL,
    ),
    # a side effect told before the giving, then the doctor switching the drug
    (
        "bupropion",
        "The old tablets made him lose his keys and wander off mid-sentence. Last spring his GP switched him to "
        "bupropion for his depression.",
        OFF_LABEL,
    ),
    # a doctor who only may prescribe is no use told
    (
        "ondansetron",
        "Caught the bug that's going around? Rest and drink little and often. Your doctor may prescribe something if it lasts.",
        OFF_LABEL,
    ),
    # a virus going around is not named a stomach bug
    ("famotidine", "Half the office went down with the virus going around. Our pharmacists can supply famotidine.", OFF_LABEL),
    # signs in a paragraph two paragraphs back
    (
        "prazosin",
        "He kept waking at three, back in the cab.\n\nHe tried everything, from yoga to cutting out coffee.\n\n"
        "His doctor started him on prazosin for his blood pressure.",
        OFF_LABEL,
    ),
]
