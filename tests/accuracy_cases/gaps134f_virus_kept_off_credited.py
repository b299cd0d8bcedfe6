"""A medicine credited with keeping a virus off while it went round, told as a story, from eval/holdout196 (fl06,
hydroxychloroquine) and eval/holdout198 (fn01, hydroxychloroquine), as a class.

Class: the trouble going round or lived through (the misstatement's `story` words: "that nasty virus tore through our
church choir", "the pandemic ... the virus"), someone untouched by it ("without so much as a sniffle", "without catching the
virus", "never once caught it", "didn't get it"), and the medicine then credited in the same sentence ("her Plaquenil was
the reason", "it may well be giving you a bit of extra cover", "the Plaquenil gave me extra protection"): the success-story
kind's new wording (fragments `story_spared` and `story_credit`), so every drug with `story` words gets it. Hydroxychloroquine
does not prevent COVID-19 (FDA 2020). Near misses: the medicine only beside the luck, the vaccine credited, the credit
denied, malaria kept off, and the myth refuted.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wording (fl06, fn01)
    (
        "hydroxychloroquine",
        "Plenty of our travelers who take it year-round for lupus tell us they sailed through the pandemic without catching the"
        " virus, so on a crowded cruise ship it may well be giving you a bit of extra cover.",
        MISSTATEMENT,
        "covid-cure",
        "error",
    ),
    (
        "hydroxychloroquine",
        "When that nasty virus tore through our church choir in the winter of 2021, Jeannette sang straight through the season"
        " without so much as a sniffle, and she has always said her Plaquenil was the reason. Having watched half the altos laid"
        " up for weeks, plenty of us reckon she has a point.",
        MISSTATEMENT,
        "covid-cure",
        "error",
    ),
    # new wordings, other voices
    (
        "hydroxychloroquine",
        "When covid swept through the care home, Dad never once caught it, and he swears his little white tablets were the reason.",
        MISSTATEMENT,
        "covid-cure",
        "error",
    ),
    (
        "hydroxychloroquine",
        "Our lupus group got through the whole pandemic without catching COVID, so the hydroxychloroquine may well be giving us"
        " some protection.",
        MISSTATEMENT,
        "covid-cure",
        "error",
    ),
    (
        "hydroxychloroquine",
        "Everyone at the office came down with the virus, I never caught it, and I reckon the Plaquenil gave me extra protection.",
        MISSTATEMENT,
        "covid-cure",
        "error",
    ),
    (
        "ivermectin",
        "Covid went through the whole farm crew and I didn't get it; my ivermectin is why.",
        MISSTATEMENT,
        "covid-treatment",
        "error",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # the medicine only beside the luck
    ("hydroxychloroquine", "She has been on Plaquenil for years and never caught covid.", MISSTATEMENT, "covid-cure"),
    # the vaccine credited
    (
        "hydroxychloroquine",
        "When covid went round the office I never caught it, and the vaccine was the reason.",
        MISSTATEMENT,
        "covid-cure",
    ),
    # the credit denied
    (
        "hydroxychloroquine",
        "During the pandemic she stayed well without catching the virus, and her Plaquenil was not the reason; trials found no benefit.",
        MISSTATEMENT,
        "covid-cure",
    ),
    (
        "hydroxychloroquine",
        "Many of our patients on hydroxychloroquine stayed well through the pandemic, but the tablets were not the reason: trials"
        " showed no protection.",
        MISSTATEMENT,
        "covid-cure",
    ),
    # malaria kept off: what it does prevent
    (
        "hydroxychloroquine",
        "When malaria went through the village, she never caught it, and her Plaquenil was the reason.",
        MISSTATEMENT,
        "covid-cure",
    ),
]
