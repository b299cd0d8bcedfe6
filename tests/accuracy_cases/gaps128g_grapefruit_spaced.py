"""Grapefruit told as safe with simvastatin because it is had hours apart from the tablet, the all-clear after the
spacing (grapefruit's effect lasts well over a day, so spacing does not help): "With a good twelve hours between your
breakfast bowl and your bedtime tablet, the grapefruit has long since been dealt with ..." (eval/holdout146 dn12), "keeps
his grapefruit to the morning, a good twelve hours apart, and he hasn't had a moment's bother in six years" (eval/holdout148
dp08). Near misses: the spacing said not to help, a belief refuted by the next sentence, hours apart from other pills."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "grapefruit-safe"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "simvastatin",
        "**Dear Sunny,** I can hear the dread in your letter, so let me put your mind at rest. That warning is about the fruit and "
        "the tablet being in your gut together. With a good twelve hours between your breakfast bowl and your bedtime tablet, the "
        "grapefruit has long since been dealt with by the time the simvastatin arrives, so carry on and enjoy it.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    (
        "simvastatin",
        "Margaret asked whether she'd have to give up her half grapefruit at breakfast. Bill says not to worry: he takes his "
        "simvastatin at bedtime and keeps his grapefruit to the morning, a good twelve hours apart, and he hasn't had a moment's "
        "bother in six years. Sorted!",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    (
        "simvastatin",
        "My pharmacist reckons that with ten hours between the grapefruit juice and my Zocor, it's out of my system long before "
        "the tablet goes down, so I carry on as before.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    (
        "simvastatin",
        "Keep the grapefruit for breakfast and the simvastatin for bedtime: several hours apart is plenty, and you can enjoy both.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    ("simvastatin", "Twelve hours between your grapefruit and your Zocor and you're fine.", MISSTATEMENT, ITEM, "error"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "simvastatin",
        "Spacing them twelve hours apart won't help: grapefruit's effect on simvastatin lasts well over a day, so avoid it altogether.",
        MISSTATEMENT,
        ITEM,
    ),
    (
        "simvastatin",
        "Some readers believe twelve hours between the grapefruit and the tablet makes it safe. It does not.",
        MISSTATEMENT,
        ITEM,
    ),
    (
        "simvastatin",
        "Take your simvastatin in the evening, about twelve hours apart from your morning pills, and skip the grapefruit entirely.",
        MISSTATEMENT,
        ITEM,
    ),
    (
        "simvastatin",
        "Even with twelve hours between your grapefruit and your tablet, it is not safe: the juice keeps working for more than a day.",
        MISSTATEMENT,
        ITEM,
    ),
    (
        "simvastatin",
        "Twelve hours apart is no protection: grapefruit juice still raises simvastatin levels the next day, and that is not safe.",
        MISSTATEMENT,
        ITEM,
    ),
]
