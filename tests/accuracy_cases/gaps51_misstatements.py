"""Misstatement classes from the holdout51-52 scoring, each told in other words and voices.

A recovery from COVID-19 credited to a drug that does not help it (hydroxychloroquine, ivermectin), told as a
story: "it's what pulled her through covid", "he credits HCQ with beating covid", "she bounced back from covid in
three days thanks to it", or as a comparison with those who did not take it ("his mates who didn't take it were
laid up for a fortnight"). Near misses: the belief told as refuted, a lupus story, a denial.

A raised dose of levothyroxine credited with taking weight off, as a story: "his upped dose shifted the last
stone", "doubling her dose melted off ten pounds", "since they raised my dose the weight has just fallen off".
Near misses: weight loss as a sign the dose is too high, a dose raised after a blood test.

Lithium's blood tests said to end by no longer going for them: "you can stop going back for the bloods", "she
quit turning up for the level checks", "fine to skip the blood tests once you're settled". Near misses: fewer
visits ("every three months"), the tests told as needed.

An antibacterial's course, told by what it was for, credited with clearing a yeast infection too ("the tablets
she got for BV cleared up her thrush as well"), or said handy for thrush. Near misses: the antifungal's course
doing it, a denial.

Each case asserts what an editor sees: the finding (item, severity) or its absence."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

#: (drug in front matter, draft body, rule, item, severity): reported.
SHOULD: list[tuple[str, str, str, str, str]] = [
    (
        "hydroxychloroquine",
        "My neighbour is convinced it's what pulled her through covid last winter.",
        MISSTATEMENT,
        "covid-cure",
        "error",
    ),
    ("hydroxychloroquine", "Our pastor credits HCQ with beating covid in under a week.", MISSTATEMENT, "covid-cure", "error"),
    ("hydroxychloroquine", "She says she bounced back from COVID in three days thanks to Plaquenil.", MISSTATEMENT, "covid-cure", "error"),
    (
        "hydroxychloroquine",
        "When covid went round the office, the colleagues who didn't take it were laid up for a fortnight.",
        MISSTATEMENT,
        "covid-cure",
        "error",
    ),
    ("ivermectin", "My cousin swears the tablets are what got him through covid.", MISSTATEMENT, "covid-treatment", "error"),
    ("levothyroxine", "My friend says her upped dose shifted the last stone before her wedding.", MISSTATEMENT, "weight-loss", "error"),
    ("levothyroxine", "Doubling her Synthroid dose melted off ten pounds in a month.", MISSTATEMENT, "weight-loss", "error"),
    ("levothyroxine", "Since they raised my dose, the weight has just fallen off.", MISSTATEMENT, "weight-loss", "error"),
    ("lithium", "Once your level is steady you can stop going back for the bloods.", MISSTATEMENT, "no-blood-tests-needed", "error"),
    ("lithium", "After the first year she quit turning up for her blood tests.", MISSTATEMENT, "no-blood-tests-needed", "error"),
    ("lithium", "It's fine to skip the level checks once you're settled on a dose.", MISSTATEMENT, "no-blood-tests-needed", "error"),
    ("metronidazole", "The tablets she got for BV cleared up her thrush as well.", MISSTATEMENT, "treats-yeast-infections", "warning"),
    (
        "metronidazole",
        "My course for bacterial vaginosis even sorted out a stubborn yeast infection.",
        MISSTATEMENT,
        "treats-yeast-infections",
        "warning",
    ),
    ("metronidazole", "Flagyl is handy for thrush too.", MISSTATEMENT, "treats-yeast-infections", "warning"),
]

#: (drug, body, rule, item): not reported.
SHOULD_NOT: list[tuple[str, str, str, str]] = [
    (
        "hydroxychloroquine",
        "Some people believed it got them through covid, but the trials found it did not help.",
        MISSTATEMENT,
        "covid-cure",
    ),
    ("hydroxychloroquine", "My aunt says it's what got her through her worst lupus flare.", MISSTATEMENT, "covid-cure"),
    ("hydroxychloroquine", "Hydroxychloroquine did not get anyone through covid faster in the trials.", MISSTATEMENT, "covid-cure"),
    ("levothyroxine", "Losing weight without trying can be a sign that your dose is too high.", MISSTATEMENT, "weight-loss"),
    ("levothyroxine", "Her dose was raised after a blood test showed a high TSH.", MISSTATEMENT, "weight-loss"),
    ("levothyroxine", "A higher dose will not melt off the pounds and can harm your heart.", MISSTATEMENT, "weight-loss"),
    (
        "lithium",
        "Once you're stable you can stop going in for the blood tests every week and go every three months.",
        MISSTATEMENT,
        "no-blood-tests-needed",
    ),
    ("lithium", "Keep going in for your blood tests, even when you feel well.", MISSTATEMENT, "no-blood-tests-needed"),
    ("metronidazole", "Her course of fluconazole for thrush cleared it up in a day.", MISSTATEMENT, "treats-yeast-infections"),
    (
        "metronidazole",
        "The tablets she got for BV did not clear up her thrush, which needed an antifungal.",
        MISSTATEMENT,
        "treats-yeast-infections",
    ),
]
