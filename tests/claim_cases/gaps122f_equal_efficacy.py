"""Equal-efficacy claims (eval/holdout122 cp10): a medicine said to do as well as another kind of medicine, with the intensifier
and no verb before it ("controls symptoms every bit as well as a steroid inhaler"), against a kind named with "a" ("every bit as
good as a steroid inhaler"), or put level with it ("on a par with inhaled steroids", "in the same league as Xanax"). Near misses:
"as well as" meaning "and", a form of the same medicine, a negated or questioned comparison, its own brand, a cited one."""

from __future__ import annotations

COMPARATIVE = "unsupported-claim.comparative"

_MONTELUKAST = "Montelukast is a tablet that helps prevent asthma symptoms. "
_CETIRIZINE = "Cetirizine treats hay fever. "

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "montelukast",
        "A sports medicine doctor who treats young athletes told us she sees that often,\nand added that montelukast"
        ' "controls symptoms every bit as well as a steroid\ninhaler, with none of the fuss."',
        COMPARATIVE,
        "error",
    ),
    ("montelukast", _MONTELUKAST + "It keeps asthma in check just as well as the preventer inhalers.", COMPARATIVE, "error"),
    ("montelukast", _MONTELUKAST + "For most kids it's on a par with inhaled steroids.", COMPARATIVE, "error"),
    ("cetirizine", _CETIRIZINE + "It's on a par with the prescription antihistamines.", COMPARATIVE, "error"),
    ("buspirone", "Buspirone treats anxiety. It is in the same league as Xanax for everyday worry.", COMPARATIVE, "error"),
    ("montelukast", _MONTELUKAST + "The tablet is every bit as good as a steroid inhaler.", COMPARATIVE, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("montelukast", _MONTELUKAST + "Keep using your steroid inhaler as well as montelukast.", COMPARATIVE),
    ("montelukast", _MONTELUKAST + "It helps with hay fever as well as asthma.", COMPARATIVE),
    ("montelukast", _MONTELUKAST + "It does not control symptoms as well as a steroid inhaler for most people.", COMPARATIVE),
    ("montelukast", _MONTELUKAST + "The chewable tablets work just as well as the film-coated tablets.", COMPARATIVE),
    ("sertraline", "Sertraline treats depression. Generic sertraline is on a par with Zoloft.", COMPARATIVE),
    (
        "montelukast",
        _MONTELUKAST + "In one trial it controlled symptoms every bit as well as a steroid inhaler [1].",
        COMPARATIVE,
    ),
    ("atorvastatin", "Atorvastatin lowers cholesterol. It is in the same class as the other statins.", COMPARATIVE),
]
