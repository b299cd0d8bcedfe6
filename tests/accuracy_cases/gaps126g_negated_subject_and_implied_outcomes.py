"""Misstatements read where none is made, or missed where only an outcome tells them (eval/holdout123-126), as classes.

1. A subject nobody is forbids what its predicate permits, across the commas of its relative clause: "No one who is
   pregnant, or could become pregnant, may take it." (holdout126 ct09, a false error as safe-in-pregnancy), "Nobody who
   ...", "None of you who ...", "No student who is pregnant — or ... — may", and so for stopping ("Nobody who has taken
   it for months, even at a low dose, can stop it suddenly"). Not "Anyone who ...", nor a negated subject whose
   clause ends before the permission (", so you can ...", "; if you fall pregnant, ...", "— you can ...").
2. A daytime statin dose said to do nothing (night-only): "a pill you swallowed at breakfast has pretty much done
   nothing", "Take it with your morning coffee and honestly you're paying for a tablet that isn't doing its job"
   (holdout123 cq07). Not "does nothing for your HDL", a morning dose said to work as well, "you'll never forget it".
3. Hydroxychloroquine credited with keeping the virus away (covid-cure), the tablets named or pointed back at: "I'd been
   swallowing my two little tablets every morning for eight years," then "That's what kept the bug from ever getting a
   hold on me." (holdout124 cr03). Not malaria's bug, masks credited, lupus flares kept at bay, a denial.
4. A yeast infection told by its signs in a patient's words, then the story going on by the time on metronidazole
   (wrong-germ): "Itchy for days, with thick white stuff like ricotta. Two days into my course of metronidazole it had
   cleared right up." (holdout124 cr09). Not BV's thin grey discharge, another drug's course, "my BV had cleared".
5. A box of pantoprazole taken off a store's shelf (over-the-counter): "I just grabbed a box off the shelf at Target,
   right next to the Pepcid" (holdout125 cs01). Not a box of Pepcid, a shelf at home, the pharmacy's own shelf.
6. Herpes told as over and never troubling the reader again (cure): "the herpes is finished and it will not make
   problems for you anymore in your life" (holdout125 cs13). Not this outbreak over while the virus stays, blisters
   gone "until the next outbreak", a denial.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

_ISOTRETINOIN = "Isotretinoin can cause severe birth defects. Even one dose can harm an unborn baby. "

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # 1. near misses: no negated subject, or its clause ends before the permission
    (
        "isotretinoin",
        _ISOTRETINOIN + "Anyone who is pregnant, or could become pregnant, may take it.",
        MISSTATEMENT,
        "safe-in-pregnancy",
        "error",
    ),
    (
        "isotretinoin",
        "No one who took it in our clinic had any trouble, so you can keep taking it while pregnant.",
        MISSTATEMENT,
        "safe-in-pregnancy",
        "error",
    ),
    (
        "isotretinoin",
        "No one who has used it complained — you can keep taking it while pregnant.",
        MISSTATEMENT,
        "safe-in-pregnancy",
        "error",
    ),
    ("isotretinoin", "Nobody enjoys acne; if you fall pregnant, you can keep taking it.", MISSTATEMENT, "safe-in-pregnancy", "error"),
    ("lorazepam", "Anyone who has taken it for months, even at a low dose, can stop it suddenly.", MISSTATEMENT, "safe-to-stop", "error"),
    # 2. the draft's sentences, then other voices
    (
        "atorvastatin",
        "Night. Your liver does most of its cholesterol-making while you sleep, so a pill you swallowed at breakfast has "
        "pretty much done nothing by the time the factory opens.",
        MISSTATEMENT,
        "must-take-at-night",
        "warning",
    ),
    (
        "atorvastatin",
        "Take it with your morning coffee and honestly you're paying for a tablet that isn't doing its job.",
        MISSTATEMENT,
        "must-take-at-night",
        "warning",
    ),
    (
        "atorvastatin",
        "The tablet you take with your coffee is basically wasted, because your liver makes cholesterol at night.",
        MISSTATEMENT,
        "must-take-at-night",
        "warning",
    ),
    ("atorvastatin", "A morning Lipitor does nothing: the liver works the night shift.", MISSTATEMENT, "must-take-at-night", "warning"),
    (
        "atorvastatin",
        "Have your Lipitor first thing and you're just throwing your money away.",
        MISSTATEMENT,
        "must-take-at-night",
        "warning",
    ),
    ("rosuvastatin", "Taking it when you get up does zilch, my pharmacist says.", MISSTATEMENT, "must-take-at-night", "warning"),
    # 3.
    (
        "hydroxychloroquine",
        "When the virus swept through her school the following winter, half the staff were off for a fortnight; she had a "
        'scratchy throat for a day. "I\'d been swallowing my two little tablets every morning for eight years," she says. '
        '"That\'s what kept the bug from ever getting a hold on me." Her rheumatologist, she adds, just smiled.',
        MISSTATEMENT,
        "covid-cure",
        "error",
    ),
    (
        "hydroxychloroquine",
        "Half my office caught covid that winter, but my Plaquenil kept the virus away.",
        MISSTATEMENT,
        "covid-cure",
        "error",
    ),
    (
        "hydroxychloroquine",
        "Honestly, my daily hydroxychloroquine is what kept me from ever catching covid.",
        MISSTATEMENT,
        "covid-cure",
        "error",
    ),
    (
        "hydroxychloroquine",
        "The tablets are what protected me from getting the virus when everyone else went down.",
        MISSTATEMENT,
        "covid-cure",
        "error",
    ),
    # 4.
    (
        "metronidazole",
        '> "Itchy for days, with thick white stuff like ricotta. Two days into my course of metronidazole it had cleared '
        'right up." *Jess, 27*',
        MISSTATEMENT,
        "treats-yeast-infections",
        "warning",
    ),
    (
        "metronidazole",
        "I had thick white discharge like cottage cheese and a maddening itch. A few days on Flagyl and it was gone.",
        MISSTATEMENT,
        "treats-yeast-infections",
        "warning",
    ),
    (
        "metronidazole",
        "Lumpy white gunk that looked like cottage cheese, itching like mad, and three doses of metronidazole later the "
        "itching had stopped.",
        MISSTATEMENT,
        "treats-yeast-infections",
        "warning",
    ),
    (
        "metronidazole",
        "My friend had a curdy, cottage-cheese discharge after antibiotics. One course of these and it was all cleared up.",
        MISSTATEMENT,
        "treats-yeast-infections",
        "warning",
    ),
    # 5.
    (
        "pantoprazole",
        "Last time I ran out on a Sunday I didn't even bother calling the doctor's office. I just grabbed a box off the "
        "shelf at Target, right next to the Pepcid, and was back in the car in five minutes.",
        MISSTATEMENT,
        "otc-availability",
        "warning",
    ),
    ("pantoprazole", "Ran out on holiday, so I bought a box off the shelf in Walgreens.", MISSTATEMENT, "otc-availability", "warning"),
    (
        "pantoprazole",
        "My husband grabs a couple of boxes off the shelves at Costco every month.",
        MISSTATEMENT,
        "otc-availability",
        "warning",
    ),
    ("pantoprazole", "Snag a box off the shelf, right beside the Prilosec, and you're done.", MISSTATEMENT, "otc-availability", "warning"),
    # 6.
    (
        "valacyclovir",
        "When you take all the tablets until the end, the herpes is finished and it will not make problems for you anymore in your life.",
        MISSTATEMENT,
        "not-a-cure",
        "warning",
    ),
    (
        "valacyclovir",
        "Once the course is done the virus is gone, and it won't ever bother you again.",
        MISSTATEMENT,
        "not-a-cure",
        "warning",
    ),
    (
        "valacyclovir",
        "Finish the pack and your cold sores are history, so you'll never get another one again.",
        MISSTATEMENT,
        "not-a-cure",
        "warning",
    ),
    (
        "valacyclovir",
        "Take every tablet: then the virus is over and it cannot hurt you any more in your life.",
        MISSTATEMENT,
        "not-a-cure",
        "warning",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # 1. the draft's sentence, then other voices
    ("isotretinoin", _ISOTRETINOIN + "No one who is pregnant, or could become pregnant, may take it.", MISSTATEMENT, "safe-in-pregnancy"),
    ("isotretinoin", "Nobody who is expecting, or trying for a baby, can take isotretinoin.", MISSTATEMENT, "safe-in-pregnancy"),
    (
        "isotretinoin",
        "None of you who are pregnant, or who might become pregnant, may take these capsules.",
        MISSTATEMENT,
        "safe-in-pregnancy",
    ),
    ("isotretinoin", "No student who is pregnant — or who could become pregnant — may take it.", MISSTATEMENT, "safe-in-pregnancy"),
    ("methotrexate", "No woman who is pregnant, or planning a pregnancy, can take methotrexate.", MISSTATEMENT, "not-safe-in-pregnancy"),
    ("lorazepam", "Nobody who has taken it for months, even at a low dose, can stop it suddenly.", MISSTATEMENT, "safe-to-stop"),
    ("metoprolol", "No one who has a heart condition, even a mild one, can stop it suddenly.", MISSTATEMENT, "safe-to-stop"),
    # 2.
    ("atorvastatin", "A tablet you take at breakfast does nothing for your HDL.", MISSTATEMENT, "must-take-at-night"),
    (
        "atorvastatin",
        "Take it with your morning coffee if that is easier to remember; it works just as well.",
        MISSTATEMENT,
        "must-take-at-night",
    ),
    ("atorvastatin", "A pill you swallow at breakfast works just as well as one at bedtime.", MISSTATEMENT, "must-take-at-night"),
    ("atorvastatin", "Take it at breakfast and you'll never forget it.", MISSTATEMENT, "must-take-at-night"),
    # 3.
    (
        "hydroxychloroquine",
        "I took my weekly tablets all through the malaria season in Ghana. That's what kept the bug from ever getting a hold on me.",
        MISSTATEMENT,
        "covid-cure",
    ),
    ("hydroxychloroquine", "Masks and distance: that's what kept the virus away.", MISSTATEMENT, "covid-cure"),
    ("hydroxychloroquine", "Hydroxychloroquine keeps my lupus flares at bay.", MISSTATEMENT, "covid-cure"),
    ("hydroxychloroquine", "My tablets did not keep covid away: I caught it twice.", MISSTATEMENT, "covid-cure"),
    # 4.
    (
        "metronidazole",
        "Thin grey discharge with a fishy smell. Two days into my course of metronidazole it had cleared right up.",
        MISSTATEMENT,
        "treats-yeast-infections",
    ),
    (
        "metronidazole",
        "She had thick white discharge like cottage cheese, so her GP gave her fluconazole. Two days into my course of "
        "metronidazole, my BV had cleared.",
        MISSTATEMENT,
        "treats-yeast-infections",
    ),
    (
        "metronidazole",
        "Thick, white discharge like ricotta is thrush and needs an antifungal. A few days of fluconazole and it was gone.",
        MISSTATEMENT,
        "treats-yeast-infections",
    ),
    # 5.
    (
        "pantoprazole",
        "I grabbed a box of Pepcid off the shelf at Target and called my doctor for a pantoprazole refill.",
        MISSTATEMENT,
        "otc-availability",
    ),
    ("pantoprazole", "I grabbed a box off the shelf in the bathroom and took my usual tablet.", MISSTATEMENT, "otc-availability"),
    (
        "pantoprazole",
        "The pharmacist took a box off the shelf behind the pharmacy counter at Walgreens.",
        MISSTATEMENT,
        "otc-availability",
    ),
    # 6.
    (
        "valacyclovir",
        "When you take all the tablets until the end, this outbreak is finished, but the virus stays in your body and can come back.",
        MISSTATEMENT,
        "not-a-cure",
    ),
    ("valacyclovir", "The blisters are gone and won't bother you again until the next outbreak.", MISSTATEMENT, "not-a-cure"),
    ("valacyclovir", "The herpes is not finished: it will make problems for you again in your life.", MISSTATEMENT, "not-a-cure"),
]
