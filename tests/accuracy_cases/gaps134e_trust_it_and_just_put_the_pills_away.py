"""Leave to put the pills away given after another verb, from eval/holdout195 (fk05, carvedilol), as a class.

Class: "you can" or "it's fine to" do something else first, then "just" or "simply" put, stick or tuck the pills away or
aside ("when the Lord tells you your heart is healed, you can trust it and just put those pills away"): a sudden stop
endorsed. Every drug whose facts carry a taper warning has the `safe-to-stop` kind (COREG PI 5.1: cessation of therapy,
taper over 1 to 2 weeks), at that warning's tier. Near misses: the bottle stored out of reach, a denial, a taper and the
doctor told after it.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "safe-to-stop"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (fk05)
    (
        "carvedilol",
        "Brother Ray Thompson, 74, asked us to share his good news. After his cardiology checkup in October, Ray decided he had"
        " taken his last Coreg and left the bottle in the medicine cabinet the very next morning. Six weeks later he says his"
        " legs have stopped feeling heavy on the walk to church, his energy is back, and his heart has never felt steadier. Ray"
        " says when the Lord tells you your heart is healed, you can trust it and just put those pills away. Praise God for his"
        " good health!",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    # new wordings, other voices, other drugs
    (
        "metoprolol",
        "Once the palpitations settle, you can thank your cardiologist and simply stick the tablets aside.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    (
        "carvedilol",
        "When your blood pressure is back to normal, it's fine to celebrate and then just put the Coreg away.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    (
        "clonazepam",
        "Honestly, you can trust your gut and just put those pills away once the panic is gone.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # stored, not stopped
    (
        "carvedilol",
        "You can take the evening dose with supper and just put the bottle away out of reach of the grandchildren.",
        MISSTATEMENT,
        ITEM,
    ),
    # denied
    (
        "carvedilol",
        "You can't trust how you feel and just put those pills away; the doctor lowers carvedilol over one to two weeks.",
        MISSTATEMENT,
        ITEM,
    ),
    # the doctor and a taper told after it
    (
        "carvedilol",
        "You can ask your doctor and just put the pills away once she has tapered you off over two weeks.",
        MISSTATEMENT,
        ITEM,
    ),
]
