"""Warnings given in their own words that read as missing, from eval/holdout233 (gw13), holdout235 (gy12) and holdout238
(hb11), all clean drafts, as a class.

Class: the warning is there, told past a short reply ("Asked if I had ever taken an MAOI, like phenelzine. I haven't. She
said those and amitriptyline must never be taken together"), under a carer's instruction to report ("Report to your
supervisor the same day if the client:" over a list naming the medicines), or as an item of a list its verb runs on to
("Together they can cause deep sleepiness, slowed or stopped breathing, coma and death"). Still reported: a mention followed
by a reply and no warning, a list past a contrast ("can cause drowsiness, but not coma"), a call that is no report ("Call
your mother when you get home").
"""

from __future__ import annotations

INTERACTION = "interactions.missing"
WARNING = "safety-warnings.missing"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "amitriptyline",
        "She asked if I had ever taken an MAOI. I haven't. My sister takes one for her mood and swears by it.",
        INTERACTION,
        "maois",
        "error",
    ),
    (
        "warfarin",
        "Call your mother when you get home if the client:\n\n- takes aspirin, ibuprofen (Advil) or naproxen (Aleve)",
        INTERACTION,
        "bleeding-risk-drugs",
        "error",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "amitriptyline",
        "Pharmacist went through a list with me. Asked if I had ever taken an MAOI, like phenelzine or selegiline. I haven't. She"
        " said those and amitriptyline must never be taken together or within two weeks of each other, because the mix can cause a"
        " dangerous reaction with a very high fever and seizures.",
        INTERACTION,
        "maois",
    ),
    (
        "amitriptyline",
        "Have you ever been on an MAOI such as phenelzine? Not me. Those and amitriptyline must never be taken within two weeks of"
        " each other: the mix can cause a dangerous fever.",
        INTERACTION,
        "maois",
    ),
    (
        "warfarin",
        "**Report to your supervisor the same day if the client:**\n\n"
        "- starts, stops or changes any medicine, especially an antibiotic or antifungal, such as ciprofloxacin, Bactrim,"
        " metronidazole or fluconazole\n"
        "- takes aspirin, ibuprofen (Advil), naproxen (Aleve) or another blood thinner such as clopidogrel",
        INTERACTION,
        "bleeding-risk-drugs",
    ),
    (
        "warfarin",
        "Let the care coordinator know the same day if he:\n\n- starts an antibiotic such as ciprofloxacin or metronidazole",
        INTERACTION,
        "antibiotics-antifungals",
    ),
    (
        "clonazepam",
        "- No opioid painkillers or codeine cough syrup unless the doctor prescribing them knows I take clonazepam. Together they"
        " can cause deep sleepiness, slowed or stopped breathing, coma and death.",
        WARNING,
        "opioid-combination",
    ),
    (
        "clonazepam",
        "Mixing clonazepam with opioid painkillers can lead to extreme drowsiness, breathing that slows or stops, coma and death.",
        WARNING,
        "opioid-combination",
    ),
]
