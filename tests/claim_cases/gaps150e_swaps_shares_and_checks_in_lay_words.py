"""Misstatements of product and monitoring told in lay words, and a refusal that refutes, from eval/holdout320 (kf06,
metoprolol), holdout321 (kg05, isotretinoin), holdout323 (ki05, lithium), holdout324 (kj10, metoprolol) and holdout325
(kk10, hydroxychloroquine), as a class.

Reported (accuracy.misstatement):

- metoprolol tartrate and succinate as one: the tartrate (Lopressor) handed over when the succinate (Toprol-XL) is short
  and taken once a day or at the same milligrams, "whichever" taken once a day as before after both are named, the heart
  said unable to tell them apart, one beta blocker "with two brand names" (a warning: the label's products differ in
  release and dosing);
- isotretinoin passed between siblings: leftover capsules of one sister's course that "ended up with" the other (an error:
  sharing is forbidden, iPLEDGE, birth defects);
- lithium's level checks said to stop once stable: "the three-monthly trips to the phlebotomist can be dropped altogether"
  (the settled patient's long-interval checks dropped is none left);
- hydroxychloroquine said to give a head start, an edge or a leg up against COVID or "the virus".

Silent:

- the same words negated, turned to twice a day, or the XL taken once a day (which is right); leftovers returned to the
  pharmacy; weekly or monthly checks dropped (fewer, not none); the vaccine's head start;
- metoprolol "quit whenever you like", reported as asked and answered "You can't, for the reasons Pam gave."
"""

from __future__ import annotations

MIS = "accuracy.misstatement"

SHOULD = [
    # the drafts' own wordings
    (
        "metoprolol",
        "Pro tip from a retired pharmacy tech: if the pharmacy is short on your Toprol XL, grab the Lopressor they do have and"
        " take the same milligrams once a day. Your ticker can't tell them apart.",
        MIS,
        "warning",
    ),
    (
        "metoprolol",
        "Quick one: the pharmacy swapped my Toprol-XL for Lopressor last week because they were out. Do I need to do anything?\n\n"
        "Nah. Toprol, Lopressor, whatever's on the box, it's one beta blocker with two brand names. Take whichever they hand"
        " you, once in the morning like before, and crack on.",
        MIS,
        "warning",
    ),
    (
        "isotretinoin",
        "A few capsules were still in the blister strip when one mother's older daughter finished in June; it seemed a shame to"
        " throw them out when the younger one's skin was flaring before her audition, so those ended up with her. Honestly,"
        " that's what families do, and I understand it.",
        MIS,
        "error",
    ),
    (
        "lithium",
        "Lithium has a very narrow safe range. Once your level has settled, the three-monthly trips to the phlebotomist can be"
        " dropped altogether.",
        MIS,
        "error",
    ),
    (
        "hydroxychloroquine",
        "My mother-in-law says it's what kept her safe during the pandemic.\n\nWell, plenty of our lupus patients sailed through"
        " those years, and I think being on hydroxychloroquine gave them a real head start against the virus.",
        MIS,
        "error",
    ),
    # new wordings in other voices: a careless shop, a magazine, a forum, a leaflet
    (
        "metoprolol",
        "Out of Toprol-XL this week? Our counter staff will hand you metoprolol tartrate and you just take it once a day as usual.",
        MIS,
        "warning",
    ),
    (
        "metoprolol",
        "They gave me Lopressor instead of my Toprol-XL, so I took it once a day as usual and felt fine.",
        MIS,
        "warning",
    ),
    (
        "metoprolol",
        "Metoprolol succinate or metoprolol tartrate, whatever the chemist has on the shelf. Take either one each morning like before.",
        MIS,
        "warning",
    ),
    (
        "metoprolol",
        "My Lopressor ran out and the pharmacy sent Toprol-XL. Honestly your heart can't tell the two apart.",
        MIS,
        "warning",
    ),
    (
        "metoprolol",
        "People ask us about Toprol-XL and Lopressor all the time. They're two brand names for the same drug.",
        MIS,
        "warning",
    ),
    (
        "isotretinoin",
        "My brother had spare capsules left over from his course, and the rest went straight to our little sister.",
        MIS,
        "error",
    ),
    (
        "lithium",
        "After the first year on a steady dose, the six-monthly level checks can stop.",
        MIS,
        "error",
    ),
    (
        "hydroxychloroquine",
        "Plaquenil gives you a real edge over covid, if you ask me.",
        MIS,
        "error",
    ),
]

SHOULD_NOT = [
    # the drafts' refusal: asked, then answered no
    (
        "metoprolol",
        "Coming off it all at once can bring on bad chest pain or even another heart attack.\n\nSomeone asked me at the courts"
        " whether you can quit it whenever you like. You can't, for the reasons Pam gave.",
        MIS,
    ),
    (
        "metoprolol",
        "A friend told me you can stop metoprolol whenever you like. You can't, because the chest pain can come back.",
        MIS,
    ),
    # the swap done right, or refused
    (
        "metoprolol",
        "If the pharmacy is short on your Toprol XL and gives you Lopressor, take it twice a day, morning and evening.",
        MIS,
    ),
    (
        "metoprolol",
        "If the pharmacy switches your Lopressor to Toprol-XL, your doctor will have you take the XL once a day.",
        MIS,
    ),
    (
        "metoprolol",
        "Metoprolol tartrate (Lopressor) is usually taken twice a day. Metoprolol succinate (Toprol-XL) is taken once a day.",
        MIS,
    ),
    (
        "metoprolol",
        "If they hand you Lopressor instead of Toprol-XL, do not take it once a day; call your pharmacist.",
        MIS,
    ),
    (
        "metoprolol",
        "Toprol-XL and Lopressor are both metoprolol. Your heart can tell them apart, so don't swap them.",
        MIS,
    ),
    (
        "metoprolol",
        "Lopressor and Toprol-XL: it's one medicine with two brand names, but the XL releases it slowly over the day.",
        MIS,
    ),
    # leftovers returned, not passed on
    (
        "isotretinoin",
        "A few capsules were still in the blister strip when my older sister finished, so those went back to the pharmacy.",
        MIS,
    ),
    # fewer checks, not none
    (
        "lithium",
        "Once your level has settled, the weekly blood tests can be dropped and you'll go every three months instead.",
        MIS,
    ),
    (
        "lithium",
        "Once your level has settled, the trips to the phlebotomist drop to every three months.",
        MIS,
    ),
    # no head start, or the vaccine's
    (
        "hydroxychloroquine",
        "Being on hydroxychloroquine gave them no head start against the virus; the trials showed that.",
        MIS,
    ),
    (
        "hydroxychloroquine",
        "Our lupus patients on hydroxychloroquine were offered the vaccine early, and the vaccine gave them a real head start"
        " against the virus.",
        MIS,
    ),
]
