"""A cure denied, the claim word the last of a list under a denial or told to no one ("I don't think of it as a crutch or a
cure", eval/holdout134 db07; "Nobody should be told it's a cure", eval/holdout134 db08), is no absolute claim. Near misses: a
list with no denial, a denial whose clause ends before the claim ("It's not cheap or quick, but it is a cure"), a denial on
something else, "told" with no denial."""

from __future__ import annotations

ABSOLUTE = "unsupported-claim.absolute"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("naltrexone", "It's a tool or a cure, depending on how you use it.", ABSOLUTE, "error"),
    ("naltrexone", "It's not cheap or quick, but it is a cure.", ABSOLUTE, "error"),
    ("naltrexone", "It isn't expensive, and it's a cure for most people.", ABSOLUTE, "error"),
    ("naltrexone", "I was told it's a cure, and it was.", ABSOLUTE, "error"),
    ("naltrexone", "It won't cure everything, but it's a cure for drinking.", ABSOLUTE, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "clonazepam",
        "Hana is now down to half her old dose. \"I don't think of it as a crutch or a cure. It's a tool, and you have to respect it.\"",
        ABSOLUTE,
    ),
    ("naltrexone", "No. It works best with counselling or a group. Nobody should be told it's a cure.", ABSOLUTE),
    ("naltrexone", "It isn't a magic pill or a cure.", ABSOLUTE),
    ("naltrexone", "Let's be clear: this is not a shortcut, a willpower pill or a cure.", ABSOLUTE),
    ("naltrexone", "It's neither a crutch nor a cure.", ABSOLUTE),
    ("naltrexone", "Patients shouldn't be promised it's a cure.", ABSOLUTE),
    ("naltrexone", "No one should be sold it as a cure.", ABSOLUTE),
]
