"""Lay misstatements told in a story or a tip, from the blind held-out sets 311, 313 and 314 (fix brief 48, helper d):

- metronidazole said to clear a yeast infection told by its signs, the drug called someone's go-to for a list of itches
  that takes the other kind in: "flagyl is my go-to for any down-there itch, including the thick white itchy kind you get
  after a round of antibiotics" (holdout311 jw06; a warning: the infection is inferred from its signs);
- a sedating antihistamine given to small children so they snooze through a drive: "give the little ones a dose of
  children's Benadryl before a long leg so they snooze through it" (holdout311 jw10);
- a migraine preventer taken when the aura starts, the when-clause after a short scene-setting lead-in: "On tour, when he
  sees those flickering lights at the edge of his vision, he swallows an extra tablet" (holdout313 jy03), and a controller
  taken at the onset of an attack with the dose itself the subject: "if your chest starts to clamp around mile 20, chewing
  one then will settle it" (holdout314 jz03);
- stopping a benzodiazepine told as harmless: the warning waved away as others' fuss ("ignore anyone who tells you coming
  off is a big deal") and the rest of the packet binned with no harm after it (a warning: the stop is told by its deed)
  (holdout313 jy06);
- drinking on varenicline declared harmless, the tablets and the drink named as a pair that gets on fine, the drink as
  counted cans, in a sentence that first says someone has been on the tablets: "Big Tam has been on them five weeks and
  says the tablets and a few cans get on fine together" (holdout314 jz07).

Must stay silent: the same words negated or set against the misstatement, the other infection's signs, a dose for a
child's hives, the warning kept ("ignore anyone who says stopping is easy"), harm told after the stop, the inhaler,
cans of cola.
"""

from __future__ import annotations

M = "accuracy.misstatement"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # metronidazole: a yeast infection by its signs, in a list the drug is someone's go-to for
    (
        "metronidazole",
        "Honestly flagyl is my go-to for any down-there itch, including the thick white itchy kind you get after a round of"
        " antibiotics. Two days and it's gone every time.",
        M,
        "treats-yeast-infections",
        "warning",
    ),
    (
        "metronidazole",
        "Metronidazole is our go-to for most vaginal infections, especially the thick, white, itchy kind.",
        M,
        "treats-yeast-infections",
        "warning",
    ),
    # diphenhydramine: given to small children so they snooze
    (
        "diphenhydramine",
        "Lots of families give the little ones a dose of children's Benadryl before a long leg so they snooze through it;"
        " it's gentle enough even for a two-year-old.",
        M,
        "safe-for-young-children-sleep",
        "error",
    ),
    (
        "diphenhydramine",
        "We always gave our toddler a spoonful of the allergy syrup at the ferry terminal so she'd kip the whole crossing.",
        M,
        "safe-for-young-children-sleep",
        "error",
    ),
    # propranolol: the aura, after a short lead-in, then a tablet taken
    (
        "propranolol",
        "Our drummer, Theo, takes 80 mg of the long-acting capsule once a day to cut down his migraines. On tour, when he sees"
        " those flickering lights at the edge of his vision, he swallows an extra tablet to head the headache off.",
        M,
        "taken-for-a-migraine-attack",
        "warning",
    ),
    (
        "propranolol",
        "At work, if the zigzag lines show up, she takes one of her 10 mg tablets straight away.",
        M,
        "taken-for-a-migraine-attack",
        "warning",
    ),
    (
        "propranolol",
        "When the flickering lights start, swallowing an extra tablet usually heads the migraine off.",
        M,
        "taken-for-a-migraine-attack",
        "warning",
    ),
    # montelukast: the dose itself the subject, at the onset
    (
        "montelukast",
        "Keep a tablet in your race belt, too: if your chest starts to clamp around mile 20, chewing one then will settle it"
        " before the finish.",
        M,
        "stops-asthma-attacks",
        "error",
    ),
    (
        "montelukast",
        "If the wheezing starts at practice, taking one of her tablets straight away should calm it.",
        M,
        "stops-asthma-attacks",
        "error",
    ),
    # diazepam: the warning waved away; the packet binned with no harm
    (
        "diazepam",
        "I was on it for two years in Dubai for my nerves, then just binned the rest of the packet the week we moved back and"
        " felt totally normal, so ignore anyone who tells you coming off is a big deal.",
        M,
        "safe-to-stop",
        "error",
    ),
    ("diazepam", "Don't listen to people who say quitting it is dangerous.", M, "safe-to-stop", "error"),
    ("diazepam", "Pay no attention to whoever warns you that stopping is a nightmare.", M, "safe-to-stop", "error"),
    ("diazepam", "After a year on Valium she chucked what was left of her pills and never looked back.", M, "safe-to-stop", "warning"),
    # varenicline: the tablets and the drink as a pair said to get on fine
    (
        "varenicline",
        "Big Tam has been on them five weeks and says the tablets and a few cans get on fine together. Crack on.",
        M,
        "fine-with-alcohol",
        "warning",
    ),
    ("varenicline", "My uncle swears the tablets and a couple of tins after work go fine together.", M, "fine-with-alcohol", "warning"),
    ("varenicline", "Six cans on a Saturday are fine on these tablets, honestly.", M, "fine-with-alcohol", "warning"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    ("metronidazole", "Flagyl is my go-to for BV and trich, but not for the thick white itchy kind.", M, "treats-yeast-infections"),
    (
        "metronidazole",
        "Flagyl is my go-to for any down-there smell, including the thin grey fishy kind.",
        M,
        "treats-yeast-infections",
    ),
    (
        "diphenhydramine",
        "Never give the little ones a dose of Benadryl so they snooze through a drive.",
        M,
        "safe-for-young-children-sleep",
    ),
    (
        "diphenhydramine",
        "We gave our ten-year-old a dose for his hives, and he was comfortable enough to read in the car.",
        M,
        "safe-for-young-children-sleep",
    ),
    ("propranolol", "No, when the flickering lights start, he does not take an extra tablet.", M, "taken-for-a-migraine-attack"),
    (
        "propranolol",
        "On tour, he takes his tablet every morning as usual, flickering lights or not, and his migraines are rarer.",
        M,
        "taken-for-a-migraine-attack",
    ),
    (
        "montelukast",
        "If your chest starts to clamp, chewing one then won't settle it; use your blue inhaler.",
        M,
        "stops-asthma-attacks",
    ),
    (
        "montelukast",
        "Mid-race, if your chest starts to clamp, use your reliever inhaler and keep taking the tablet every evening.",
        M,
        "stops-asthma-attacks",
    ),
    ("diazepam", "Ignore anyone who says stopping is easy: it should be done slowly with your doctor.", M, "safe-to-stop"),
    ("diazepam", "She threw the rest of her tablets away and felt awful for weeks.", M, "safe-to-stop"),
    ("diazepam", "I binned the rest of the packet after my GP tapered me off, and felt fine.", M, "safe-to-stop"),
    ("varenicline", "A few cans of Coke with the tablets are fine.", M, "fine-with-alcohol"),
    ("varenicline", "The tablets and a few cans don't get on together, so go easy.", M, "fine-with-alcohol"),
]
