"""An SSRI put with the SNRIs in other words, the `not-an-snri` misstatement (wrong-class): placed on the same shelf or team
as Effexor and Cymbalta ("He said Lexapro sits on the same shelf as Effexor and Cymbalta, the ones that keep both serotonin
and noradrenaline hanging around longer", eval/holdout161 ec01: the kind's same-group wording, now also "on" a shelf, team,
club or tribe), given noradrenaline with serotonin told first ("as well as serotonin, it props up noradrenaline",
eval/holdout164 ef06), or put among the medicines told by the SNRIs' action ("it belongs to the newer generation of
antidepressants that keep two chemical messengers circulating for longer, serotonin and norepinephrine", eval/holdout165
eg08). Near misses: the tablets kept on a shelf, the placing denied, the drug gentler than or different from the drugs
that act on both, another drug's action, noradrenaline left alone."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "not-an-snri"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "escitalopram",
        "Honestly, my brother-in-law explained it better over a pint than she did. He said Lexapro sits on the same shelf as "
        "Effexor and Cymbalta, the ones that keep both serotonin and noradrenaline hanging around longer between your nerve "
        "cells. That made sense to me, so I stopped worrying about what kind of pill it was.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "citalopram",
        'Citalopram (brand name Celexa) is prescribed for depression in adults. It belongs to the newer "two-pronged" '
        "antidepressants: as well as serotonin, it props up noradrenaline, the body's get-up-and-go chemical, which is why a "
        "lot of people feel more energetic on it.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "citalopram",
        "Citalopram is one of the most widely prescribed antidepressants in the country. Like its relatives, it belongs to the "
        "newer generation of antidepressants that keep two chemical messengers circulating for longer, serotonin and "
        "norepinephrine, which is why, a psychiatrist told us, people often notice their energy coming back.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    ("sertraline", "My pharmacist put it simply: Zoloft is on the same team as Cymbalta and Effexor.", MISSTATEMENT, ITEM, "warning"),
    (
        "paroxetine",
        "Besides serotonin, Paxil also bumps up your noradrenaline, so you get a bit more drive.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "fluoxetine",
        "Prozac is one of those newer antidepressants which boost the brain's serotonin and noradrenaline together.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "escitalopram",
        "On top of serotonin, it tops up norepinephrine, which is why you may feel more alert.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    ("citalopram", "Celexa sits with the drugs that keep serotonin and noradrenaline around for longer.", MISSTATEMENT, ITEM, "warning"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    ("escitalopram", "Keep your Lexapro on the same shelf as your Effexor, out of reach of children.", MISSTATEMENT, ITEM),
    ("escitalopram", "Lexapro does not sit on the same shelf as Effexor and Cymbalta; it is an SSRI.", MISSTATEMENT, ITEM),
    ("citalopram", "Citalopram is gentler than the antidepressants that keep serotonin and noradrenaline circulating.", MISSTATEMENT, ITEM),
    (
        "citalopram",
        "Citalopram is not one of the drugs that raise serotonin and norepinephrine; it works on serotonin alone.",
        MISSTATEMENT,
        ITEM,
    ),
    ("citalopram", "As well as serotonin, Effexor props up noradrenaline, which citalopram does not.", MISSTATEMENT, ITEM),
    (
        "citalopram",
        "Unlike Effexor, which keeps both serotonin and noradrenaline circulating, citalopram acts on serotonin only.",
        MISSTATEMENT,
        ITEM,
    ),
    ("fluoxetine", "As well as lifting serotonin, it leaves noradrenaline alone.", MISSTATEMENT, ITEM),
    ("sertraline", "Zoloft is different from the medicines that boost serotonin and noradrenaline, such as Effexor.", MISSTATEMENT, ITEM),
]
