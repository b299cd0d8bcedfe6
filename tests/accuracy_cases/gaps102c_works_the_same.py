"""An interacting drink or medicine declared harmless by saying it leaves the drug working as it does (eval/holdout99
bs08: "A glass of wine or a couple of beers with friends won't change how the tablets work, so you don't need to adjust
your social life while you quit"), or by keeping it on unchanged beside the drug (eval/holdout101 bu08: "If you already
take omeprazole or esomeprazole for heartburn, there is no need to change anything: carry on with the same capsule as
before alongside your new tablet"), as a class of the interaction declared harmless (the context lexicon's `harmless`,
and the drug's own misstatement for clopidogrel's PPIs, said of the article's only drug "alongside your new tablet").

Not with a harm told after it ("won't change how it works, but it can make you drowsier"), not negated, not for a
medicine the drug has no interaction with, not advice to change it ("your doctor may switch you to pantoprazole").
"""

from __future__ import annotations

RULE = "accuracy.misstatement"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "varenicline",
        "Good news here. A glass of wine or a couple of beers with friends won't change how the tablets work, so you don't "
        "need to adjust your social life while you quit.",
        RULE,
        "fine-with-alcohol",
        "warning",
    ),
    ("varenicline", "A pint with your mates doesn't affect the way Chantix works.", RULE, "fine-with-alcohol", "warning"),
    (
        "alprazolam",
        "Alprazolam treats anxiety. A glass of wine won't alter how these tablets work.",
        RULE,
        "alcohol-cns-depressants",
        "error",
    ),
    (
        "clopidogrel",
        "Many people on clopidogrel also take something for their stomach. If you already take omeprazole or esomeprazole "
        "for heartburn, there is no need to change anything: carry on with the same capsule as before alongside your new tablet.",
        RULE,
        "ppi-fine",
        "warning",
    ),
    ("clopidogrel", "If you take Nexium, just keep taking it as usual alongside your Plavix.", RULE, "ppi-fine", "warning"),
    (
        "warfarin",
        "Warfarin thins the blood. If you take ibuprofen, there's no need to change anything: carry on with it alongside your tablets.",
        RULE,
        "bleeding-risk-drugs",
        "error",
    ),
]

#: (drug, body, rule, item): near misses that must stay silent.
SHOULD_NOT = [
    (
        "varenicline",
        "A glass of wine won't change how the tablets work, but it can hit you harder, so drink less at first.",
        RULE,
        "fine-with-alcohol",
    ),
    ("varenicline", "Food won't change how the tablets work, so take them after a meal.", RULE, "fine-with-alcohol"),
    (
        "clopidogrel",
        "If you take omeprazole for heartburn, your doctor may switch you to pantoprazole alongside your new tablet.",
        RULE,
        "ppi-fine",
    ),
    (
        "clopidogrel",
        "If you take paracetamol for aches, there is no need to change anything: carry on with the same tablets alongside clopidogrel.",
        RULE,
        "ppi-fine",
    ),
    (
        "clopidogrel",
        "If you take omeprazole, it is not true that there is no need to change anything. Ask about pantoprazole.",
        RULE,
        "ppi-fine",
    ),
    ("amoxicillin", "Amoxicillin treats ear infections. A glass of wine won't change how the tablets work.", RULE, "alcohol"),
]
