"""An absolute safety simile with an everyday harmless thing, and two wordings that are not absolute claims, from
eval/holdout165 (eg13, tamsulosin), eval/holdout159 (ea13, baclofen) and eval/holdout163 (ee03, furosemide), as a class.

Class: a medicine said to be as harmless, safe or gentle as a cup of tea, a glass of water, a mint or a sugar pill is an
absolute safety claim (uncited: an error). Not absolute claims: "zero risk of getting addicted" (or hooked, dependent) is
the dependency rule's claim, not an absolute one too; "cured" said of food ("cured meats", "salt-cured ham") is no cure.
Silent also: the simile negated, and a simile cited in its paragraph.
"""

from __future__ import annotations

ABSOLUTE = "unsupported-claim.absolute"
DEPENDENCY = "unsupported-claim.dependency"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (eg13)
    (
        "tamsulosin",
        "Ron swears it has never given him a moment's bother, and says it's as harmless as a cup of tea. Most of us have been"
        " on it for years without any trouble at all.",
        ABSOLUTE,
        "error",
    ),
    # new wordings
    ("sertraline", "Honestly, sertraline is about as safe as a glass of water once you're used to it.", ABSOLUTE, "error"),
    ("ibuprofen", "My mum treats ibuprofen as if it were sweets, says it's as gentle as a mug of cocoa.", ABSOLUTE, "error"),
    ("zolpidem", "The nurse on the ward told us zolpidem is as harmless as a sugar pill.", ABSOLUTE, "error"),
    ("metformin", "Metformin? It's as mild as a Tic Tac, nothing to think about.", ABSOLUTE, "error"),
    # the dependency claim stays reported (ea13), as dependency
    (
        "baclofen",
        "Coach's honest answer: baclofen isn't the kind of medicine you get hooked on. There's zero risk of getting addicted,"
        " so don't let that put you off.",
        DEPENDENCY,
        "error",
    ),
    # a cure claim is still one
    ("furosemide", "Furosemide cured my swollen ankles for good.", ABSOLUTE, "error"),
    ("tamsulosin", "There's zero risk with tamsulosin, none at all.", ABSOLUTE, "error"),
]

#: (drug, body, rule): no finding of that rule.
SHOULD_NOT = [
    # the draft's own wording (ea13): the dependency claim, not an absolute one too
    (
        "baclofen",
        "Coach's honest answer: baclofen isn't the kind of medicine you get hooked on. There's zero risk of getting addicted,"
        " so don't let that put you off.",
        ABSOLUTE,
    ),
    ("diazepam", "With diazepam there's zero risk of becoming dependent, my uncle says.", ABSOLUTE),
    ("pregabalin", "Pregabalin has zero risk of being habit-forming, the forum says.", ABSOLUTE),
    # the draft's own wording (ee03): food, not a cure
    (
        "furosemide",
        "Families often bring in lovely things to eat. Salty snacks like crisps and cured meats make the body hold on to"
        " water, which works against the tablet. A small treat is fine; a family-size bag of crisps in the bedside cabinet is"
        " not.",
        ABSOLUTE,
    ),
    ("lisinopril", "Go easy on salt-cured ham and bacon while you're on lisinopril.", ABSOLUTE),
    ("amlodipine", "Smoked or cured and smoked fish is very salty, so keep it for the odd treat on amlodipine.", ABSOLUTE),
    # the simile negated, or cited
    ("tamsulosin", "Tamsulosin is not as harmless as a cup of tea: it can make you faint when you stand up.", ABSOLUTE),
    (
        "sertraline",
        "In the trial it was about as safe as a sugar pill for most side effects (Smith et al., 2019).",
        ABSOLUTE,
    ),
    # a cup of tea beside the tablet, not a simile
    ("levothyroxine", "Take levothyroxine with a glass of water, not with a cup of tea.", ABSOLUTE),
]
