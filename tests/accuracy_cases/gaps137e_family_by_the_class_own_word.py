"""A medicine put in another class's family by that class's own word, or made a relative of its medicines in lay words,
from eval/holdout216 (gf09), holdout221 (gk12), holdout217 (gg08) and holdout219 (gi02), as a class (`wrong-class`).

Class: the drug (or "it") said to be in "the same <class> family", the family named by the wrong class's own word with no
medicine after it ("a hormone in the same muscle-building family that got half the baseball sluggers of the nineties in
trouble", "the same benzo family", "the same tricyclic group", "the same potassium-sparing kind"); made a relative of what
the doping lifters inject, told at length ("a milder cousin of what the big guys on the bench at my gym inject to get huge",
with a bare "Spoiler: they did not." after a hope the sentence ends on: the hope answered, not the statement); made a
relative of a medicine of the class with what the person learned set off after the name ("Fluoxetine, she later learned,
is a close relative of the amitriptyline ..."); or, as a fragment, "the same kind of drug as Xanax or Ativan" after a
speaker's name in a chat. Prednisone is a glucocorticoid (label DESCRIPTION), fluoxetine an SSRI (12.1), buspirone an
azapirone (CLINICAL PHARMACOLOGY), furosemide a loop diuretic: warnings. Near misses: denied, "but not in the same ...",
a real correction after the statement, "no relative of", the right class, another drug's.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ANABOLIC = "anabolic-steroid"
SNRI = "not-an-snri"
BENZO = "not-a-benzodiazepine"
DIURETIC = "wrong-diuretic-class"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wording (gf09, gk12, gg08, gi02)
    (
        "prednisone",
        "**WALT:** Denise, prednisone is a steroid, a hormone in the same muscle-building family that got half the baseball"
        " sluggers of the nineties in trouble, just a lot less of it. So maybe hold off on arm-wrestling your husband.",
        MISSTATEMENT,
        ANABOLIC,
        "warning",
    ),
    (
        "prednisone",
        "That was the reaction from half the club. Honestly, I thought the same thing. Pred's basically a milder cousin of what"
        " the big guys on the bench at my gym inject to get huge, so I half hoped my quads would come out of the week stronger."
        " Spoiler: they did not.",
        MISSTATEMENT,
        ANABOLIC,
        "warning",
    ),
    (
        "fluoxetine",
        "Fluoxetine, she later learned, is a close relative of the amitriptyline her own mother was given in the 1970s, the same"
        " family of mood medicines, simply in a newer bottle.",
        MISSTATEMENT,
        SNRI,
        "warning",
    ),
    (
        "buspirone",
        "**Priya:** Ugh ok. Is it like Xanax then?\n\n**Joel:** Pretty much the same kind of drug as Xanax or Ativan, just a gentler"
        " dose of it, that's how my psychiatrist's nurse put it to me anyway.",
        MISSTATEMENT,
        BENZO,
        "warning",
    ),
    # new wordings, other voices
    ("buspirone", "Buspirone sits in the same benzo family, it just works more slowly.", MISSTATEMENT, BENZO, "warning"),
    ("fluoxetine", "Prozac is part of the same tricyclic group my grandmother took.", MISSTATEMENT, SNRI, "warning"),
    ("furosemide", "Lasix is from the same potassium-sparing kind of water pill as your old one.", MISSTATEMENT, DIURETIC, "warning"),
    ("prednisone", "It's a steroid, sure, a hormone of the same anabolic family, only at a tiny dose.", MISSTATEMENT, ANABOLIC, "warning"),
    (
        "prednisone",
        "Prednisone is a gentler version of what the blokes down at the boxing club by the station inject to bulk up.",
        MISSTATEMENT,
        ANABOLIC,
        "warning",
    ),
    (
        "fluoxetine",
        "Prozac, I was told, is basically a newer cousin of Elavil.",
        MISSTATEMENT,
        SNRI,
        "warning",
    ),
    ("buspirone", "We talked about buspirone. Same kind of drug as Valium, really.", MISSTATEMENT, BENZO, "warning"),
    (
        "prednisone",
        "Pred is a milder cousin of what bodybuilders inject to get huge, so I hoped for bigger arms. Sadly, they didn't.",
        MISSTATEMENT,
        ANABOLIC,
        "warning",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # denied
    ("prednisone", "Prednisone is not in the same muscle-building family as the steroids athletes get banned for.", MISSTATEMENT, ANABOLIC),
    ("buspirone", "Buspirone isn't in the same benzo family at all.", MISSTATEMENT, BENZO),
    # "but not": the right thing granted, the wrong one denied
    ("prednisone", "Prednisone is a steroid, but not in the same muscle-building family.", MISSTATEMENT, ANABOLIC),
    # a real correction after it
    (
        "prednisone",
        "People say pred is a milder cousin of what the big guys at the gym inject to get huge. That is not true.",
        MISSTATEMENT,
        ANABOLIC,
    ),
    # no relative
    ("fluoxetine", "Fluoxetine, she later learned, is no relative of the amitriptyline her mother took.", MISSTATEMENT, SNRI),
    # the right class: the same SSRI family
    ("fluoxetine", "Fluoxetine is in the same SSRI family as sertraline.", MISSTATEMENT, SNRI),
    # the words beside no family word
    ("prednisone", "Prednisone can slow a muscle-building programme, so ease back at the gym.", MISSTATEMENT, ANABOLIC),
    # another drug's: the likeness is alprazolam's own class
    ("buspirone", "Buspirone works differently. Lorazepam is the same kind of drug as Xanax.", MISSTATEMENT, BENZO),
]
