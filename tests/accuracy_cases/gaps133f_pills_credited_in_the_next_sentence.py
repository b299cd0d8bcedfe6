"""A success story told over two sentences: the virus (maybe only "that virus" or "the virus") and the outcome in one, the
tablets credited in the next with getting someone through "it" or kept "on guard" the whole time: "When that virus swept
through our senior building in the first winter, half my floor ended up in the hospital and I was back at bingo by
Saturday. My rheumatologist won't say so, but I know my little white pills are the reason I sailed through it" (eval/
holdout188 fd07) and "she went three years without so much as a sniffle from the coronavirus while colleagues fell ill
around her. "My little white pills were on guard the whole time," she says, and she may well be right" (eval/holdout190
ff05); both hydroxychloroquine `covid-cure`. The check now reads a sentence crediting tablets with "it" or as a guard with
the sentence before it; the success-story kind has two wordings that run from the one into the other; hydroxychloroquine's
story words take "that virus". Near misses: the pills said not to be the reason, the vaccine credited, a lupus flare got
through, malaria kept off."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wordings (fd07, ff05)
    (
        "hydroxychloroquine",
        "**DOLORES (caller):** Hi, Marcus! I've taken Plaquenil for my lupus for nine\nyears. When that virus swept through our"
        " senior building in the first winter,\nhalf my floor ended up in the hospital and I was back at bingo by Saturday. My\n"
        "rheumatologist won't say so, but I know my little white pills are the reason\nI sailed through it.\n\n**HOST:** Well,"
        " Dolores, plenty of listeners have told us the same kind of story,\nand it's good to hear you came out the other side"
        " so well.",
        MISSTATEMENT,
        "covid-cure",
        "error",
    ),
    (
        "hydroxychloroquine",
        "Then came 2020. Ruth was still taking her tablets every day when the pandemic emptied the library, and she went three"
        ' years without so much as a sniffle from the coronavirus while colleagues fell ill around her. "My little white pills'
        ' were on guard the whole time," she says, and she may well be right.',
        MISSTATEMENT,
        "covid-cure",
        "error",
    ),
    # new wordings
    (
        "hydroxychloroquine",
        "Covid went round the whole care home last spring and half the residents were poorly. Mum's sure her Plaquenil tablets"
        " are the reason she got through it.",
        MISSTATEMENT,
        "covid-cure",
        "error",
    ),
    (
        "hydroxychloroquine",
        "The coronavirus hit our office twice and I never caught it. I honestly think my little white pills stood guard the whole time.",
        MISSTATEMENT,
        "covid-cure",
        "error",
    ),
    (
        "hydroxychloroquine",
        "When the virus came through our street, my husband was in bed for a fortnight while I was out gardening by Friday."
        " Those tablets are why I breezed through it, I tell everyone.",
        MISSTATEMENT,
        "covid-cure",
        "error",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # the pills said not to be the reason
    (
        "hydroxychloroquine",
        "When the virus swept through our building I was in bed for a week. The pills were not the reason I got through it;"
        " rest and fluids were.",
        MISSTATEMENT,
        "covid-cure",
    ),
    # the vaccine credited
    (
        "hydroxychloroquine",
        "When COVID swept through our building I was back at bingo by Saturday. I know the vaccine is the reason I sailed through it.",
        MISSTATEMENT,
        "covid-cure",
    ),
    # a lupus flare got through (what it treats)
    (
        "hydroxychloroquine",
        "Lupus flares used to floor me every winter. I know my little white pills are the reason I sailed through this one.",
        MISSTATEMENT,
        "covid-cure",
    ),
    # malaria kept off
    (
        "hydroxychloroquine",
        "Malaria was everywhere on that trip. My little white pills were on guard the whole time.",
        MISSTATEMENT,
        "covid-cure",
    ),
]
