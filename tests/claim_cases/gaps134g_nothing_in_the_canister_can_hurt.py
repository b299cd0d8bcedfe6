"""Nothing in what holds it can hurt you, from eval/holdout197 (fm06, albuterol), as a class.

Class: nothing in the canister, bottle, vial, tube, packet, pump or device said to be able to hurt or harm the reader ("there is
nothing in that canister that can hurt you", "nothing in this little bottle could harm her"), beside the tablets, the inhaler
and the rest already named: an absolute safety claim, uncited, an error. Silent: with a condition after, another verb, a
negation, and a canister that can still do harm.
"""

from __future__ import annotations

ABSOLUTE = "unsupported-claim.absolute"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (fm06)
    (
        "albuterol",
        "Honestly, used the way we showed you at the counter, there is nothing in that canister that can hurt you. Carry it"
        " everywhere: gym bag, glovebox, backpack.",
        ABSOLUTE,
        "error",
    ),
    # new wordings, other voices
    ("ibuprofen", "Relax, there's nothing in this little bottle that could ever harm her.", ABSOLUTE, "error"),
    ("fluticasone", "There's nothing in that pump that's going to hurt you, so spray away.", ABSOLUTE, "error"),
    ("hydrocortisone", "Nothing in this tube can do your baby any harm.", ABSOLUTE, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # a condition after
    ("albuterol", "There's nothing in the canister that can hurt you if you stick to the puffs on the label.", ABSOLUTE),
    # another verb
    ("albuterol", "There is nothing in that canister that can help a cough from a cold.", ABSOLUTE),
    # negated
    ("albuterol", "Don't believe anyone who says there's nothing in that canister that can hurt you.", ABSOLUTE),
]
