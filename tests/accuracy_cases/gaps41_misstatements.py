"""Misstatement classes from the holdout41/42 scoring, each told in other words, drugs and voices.

A reliever inhaler called a steroid with describing words between: "a fast-working steroid puffer", "a
short-acting corticosteroid", "a gentle steroid". Near misses: "a reliever, not a steroid", "a different medicine
from a steroid inhaler", a denial, a belief refuted.

An antibacterial told as what clears a viral illness that was told first in a long clause, whose own denial
("you just can't shake it", "it won't go away") belongs to the illness's clause, not the statement: "a short
course of antibiotics is the thing that shifts it", "a round of amoxicillin is what sorts it out". Near misses: a
cold that turned into an ear infection, the course itself denied.

Baclofen said to be cleared by the liver in lay words: "dealt with by your liver", "Your liver handles baclofen",
"It's your liver that gets rid of it". Near misses: "Only about 15% of baclofen is broken down in the liver", a
denial, the kidneys said to clear it.

An antifungal said to kill any germ alike, the wrong kind named beside the right one: "fungal or bacterial",
"bacteria or yeast". Near misses: "treats yeast infections, not bacteria", "Thrush or BV? See your GP", "does
nothing for bacteria or BV".

COVID named as "the virus" in a cure: "it kills the virus before it takes hold", "HCQ beat the virus". Near
misses: a denial, a past belief refuted by the trials.

The writer's own past belief, a mistake told as one (refuted, not made): "I thought it was fine to stop it
whenever. Two days later I was hallucinating", "We'd assumed you could stop it any time", "I was sure it was
safe to stop baclofen suddenly", "Figured it was okay to quit it cold turkey". Someone else's advice or judgement
stays a misstatement: "My neighbour said it's fine to stop it whenever you like", "My doctor thought it was fine
to stop baclofen whenever I wanted".

Each case asserts what an editor sees: the finding (item, severity) or its absence."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
STEROID = "not-a-steroid"
VIRUSES = "antibiotics-for-viruses"
LIVER = "liver-clearance"
GERM = "treats-bacterial-infections"
COVID = "covid-cure"
STOP = "safe-to-stop"

#: (drug in front matter, draft body, rule, item, severity): reported.
SHOULD: list[tuple[str, str, str, str, str]] = [
    ("albuterol", "Ventolin is a fast-working steroid puffer for tight chests.", MISSTATEMENT, STEROID, "warning"),
    (
        "albuterol",
        "The reliever inhaler is a short-acting corticosteroid, which is why it settles a wheeze so quickly.",
        MISSTATEMENT,
        STEROID,
        "warning",
    ),
    ("albuterol", "Albuterol's a gentle steroid that works in seconds.", MISSTATEMENT, STEROID, "warning"),
    (
        "amoxicillin",
        "If a chest cold hangs around for ten days and nothing else has helped, a short course of antibiotics is the thing that shifts it.",
        MISSTATEMENT,
        VIRUSES,
        "warning",
    ),
    (
        "amoxicillin",
        "Whenever the kids pick up the flu at school and it won't go away, a round of amoxicillin is what sorts it out.",
        MISSTATEMENT,
        VIRUSES,
        "warning",
    ),
    ("baclofen", "The tablets are dealt with by your liver, so kidney trouble doesn't matter.", MISSTATEMENT, LIVER, "warning"),
    ("baclofen", "Your liver handles baclofen, not your kidneys.", MISSTATEMENT, LIVER, "warning"),
    ("baclofen", "It's your liver that gets rid of it, so your kidney function isn't an issue.", MISSTATEMENT, LIVER, "warning"),
    ("fluconazole", "Diflucan sorts out anything going on down there, fungal or bacterial.", MISSTATEMENT, GERM, "warning"),
    ("fluconazole", "One fluconazole clears whatever is causing the itch, bacteria or yeast.", MISSTATEMENT, GERM, "warning"),
    ("hydroxychloroquine", "Start Plaquenil on day one and it kills the virus before it takes hold.", MISSTATEMENT, COVID, "error"),
    ("hydroxychloroquine", "My neighbour swears HCQ beat the virus for her whole family.", MISSTATEMENT, COVID, "error"),
    ("baclofen", "My neighbour said it's fine to stop it whenever you like.", MISSTATEMENT, STOP, "error"),
    ("baclofen", "My doctor thought it was fine to stop baclofen whenever I wanted.", MISSTATEMENT, STOP, "error"),
]

#: (drug in front matter, draft body, rule, item): not reported.
SHOULD_NOT: list[tuple[str, str, str, str]] = [
    ("albuterol", "Your blue inhaler is a reliever, not a steroid: the brown preventer inhaler is a steroid.", MISSTATEMENT, STEROID),
    ("albuterol", "Albuterol is a different medicine from a steroid inhaler like Flovent.", MISSTATEMENT, STEROID),
    ("albuterol", "Your blue inhaler is not a steroid; it is a quick-acting bronchodilator.", MISSTATEMENT, STEROID),
    ("albuterol", "Many people think their blue inhaler is a steroid. It is not.", MISSTATEMENT, STEROID),
    (
        "amoxicillin",
        "When a cold turns into an ear infection and it won't settle, a course of amoxicillin clears it up.",
        MISSTATEMENT,
        VIRUSES,
    ),
    ("amoxicillin", "When the flu drags on, a course of amoxicillin won't clear it up.", MISSTATEMENT, VIRUSES),
    (
        "amoxicillin",
        "If you have a cold and it won't shift, amoxicillin will not help: antibiotics don't work on viruses.",
        MISSTATEMENT,
        VIRUSES,
    ),
    ("baclofen", "Only about 15% of baclofen is broken down in the liver; most leaves through your kidneys.", MISSTATEMENT, LIVER),
    ("baclofen", "Baclofen is not broken down in your liver: your kidneys clear most of it.", MISSTATEMENT, LIVER),
    ("baclofen", "Your liver does very little with baclofen; it is mostly cleared by the kidneys.", MISSTATEMENT, LIVER),
    ("fluconazole", "Fluconazole treats yeast infections, not bacteria; if it's BV you need metronidazole.", MISSTATEMENT, GERM),
    ("fluconazole", "Thrush or BV? See your GP before taking fluconazole.", MISSTATEMENT, GERM),
    ("fluconazole", "It won't clear up an infection, bacterial or fungal, without the right diagnosis.", MISSTATEMENT, GERM),
    ("fluconazole", "Fluconazole clears thrush, but it does nothing for bacteria or BV.", MISSTATEMENT, GERM),
    ("hydroxychloroquine", "Hydroxychloroquine does not stop the virus, and trials found no benefit.", MISSTATEMENT, COVID),
    ("hydroxychloroquine", "Some people believed it stopped the virus in 2020. Trials showed it did not.", MISSTATEMENT, COVID),
    ("baclofen", "I thought it was fine to stop it whenever. Two days later I was hallucinating.", MISSTATEMENT, STOP),
    ("baclofen", "We'd assumed you could stop it any time, and my husband ended up in A&E.", MISSTATEMENT, STOP),
    ("baclofen", "I was sure it was safe to stop baclofen suddenly, until the seizures started.", MISSTATEMENT, STOP),
    ("baclofen", "Figured it was okay to quit it cold turkey. Big mistake.", MISSTATEMENT, STOP),
]
