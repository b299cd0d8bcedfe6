"""Classes my own spot check found missed at the start of the forty-seventh stop (sentences written before any helper started):

- a sedating antihistamine told as what got a young child through a journey, asleep after it ("A teaspoon of Benadryl is
  what got our two-year-old through the long-haul flight; she slept the whole way");
- an antifungal said to clear a water infection (a lay name of a bacterial urinary infection), and silent for the infection
  an antibiotic was given for, the cause of the thrush it clears;
- an approval pointed back at after the use is named with the drug ("Ozempic is the weight-loss jab; that's what it's
  licensed for");
- a preventer kept on hand for when an attack comes on ("Keep a Singulair in your coat pocket for when an attack comes on");
- more reliever use brushed off as what a bad winter "looks like";
- prescription ibuprofen's 400, 600 and 800 mg tablets called by their number ("My tablets are the 800s. I take five a day",
  "My 800s: one every four hours while I'm awake").
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ABOVE_MAX = "dosage.above-max"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "diphenhydramine",
        "A teaspoon of Benadryl is what got our two-year-old through the long-haul flight; she slept the whole way.",
        MISSTATEMENT,
        "error",
    ),
    ("diphenhydramine", "Half a tablet gets our toddler through every long drive, and he naps all the way.", MISSTATEMENT, "error"),
    ("fluconazole", "Fluconazole clears up a water infection just as well as it clears up thrush.", MISSTATEMENT, "warning"),
    ("fluconazole", "Diflucan is great for cystitis too.", MISSTATEMENT, "warning"),
    ("semaglutide", "Ozempic is the weight-loss jab; that's what it's licensed for.", MISSTATEMENT, "warning"),
    ("montelukast", "Keep a Singulair in your coat pocket for when an attack comes on at the park.", MISSTATEMENT, "error"),
    ("montelukast", "She carries a spare chewable in her bag in case her chest gets tight.", MISSTATEMENT, "error"),
    (
        "albuterol",
        "If you're going through an inhaler a week, that's just what a bad winter looks like for most of us.",
        MISSTATEMENT,
        "warning",
    ),
    ("ibuprofen", "My tablets are the 800s. I take five a day when my knee flares.", ABOVE_MAX, "error"),
    ("ibuprofen", "My 800s: one every four hours while I'm awake, and my knee copes.", ABOVE_MAX, "error"),
]

#: (drug, body, rule): must stay silent.
SHOULD_NOT = [
    (
        "diphenhydramine",
        "A teaspoon of Benadryl got our two-year-old through the night with her hives; she slept well.",
        MISSTATEMENT,
    ),
    ("diphenhydramine", "Our toddler got through the flight without a dose; she slept the whole way.", MISSTATEMENT),
    (
        "fluconazole",
        "Some women get thrush after antibiotics for a water infection, and one fluconazole capsule clears it.",
        MISSTATEMENT,
    ),
    (
        "fluconazole",
        "If the burning when you wee is from thrush, one capsule sorts it; a water infection needs an antibiotic instead.",
        MISSTATEMENT,
    ),
    ("semaglutide", "Ozempic is often called the weight-loss jab, but that's not what it's licensed for.", MISSTATEMENT),
    ("montelukast", "Keep your blue inhaler in your pocket for when an attack comes on.", MISSTATEMENT),
    (
        "montelukast",
        "Never keep a Singulair in your pocket for when an attack comes on; that's what the blue inhaler is for.",
        MISSTATEMENT,
    ),
    (
        "albuterol",
        "If you're going through an inhaler a week, that is not what a normal winter looks like: see your nurse.",
        MISSTATEMENT,
    ),
    ("ibuprofen", "My tablets are the 800s. I take three a day with food.", ABOVE_MAX),
    ("ibuprofen", "My 800s: one three times a day with food.", ABOVE_MAX),
    ("ibuprofen", "My tablets are the 400s. I take two with each meal.", ABOVE_MAX),
]
