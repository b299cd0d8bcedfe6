"""Misstatements of how to take a medicine safely, in lay words, questions answered and quotes let stand, from the blind
sets eval/holdout281 (is01, is03), eval/holdout283 (iu06), eval/holdout284 (iv02), eval/holdout285 (iw09) and
eval/holdout286 (ix03, ix10).

Reported (accuracy.misstatement, at the tier of the drug's fact):

- stopping without a taper, told as leaving the tablets out on the first day one feels steady (alprazolam, is01): "you can
  simply leave the tablets out on the first day you feel steady";
- driving on arrival or waking because the tablet has worn off or cleared out by then (zolpidem, is03): "by the time the wheels
  touch down, the tablet has done its work and cleared out, and Leon drives straight to his first meeting";
- kidney damage blamed on metformin after years *on* it, by a pronoun (iu06): "after enough years on metformin it takes a
  toll on the kidneys";
- lithium's level checks retired, shelved or binned, told by their lab slips or forms (iv02): "you can pretty much retire the
  lab slips";
- isotretinoin's leftovers for a relative or friend, also as a reader's question answered "there's no harm in it", on a
  condition or bare (iw09);
- an extra lamotrigine tablet at a high's first signs that settles it before anything gets going, in a subject's own quote
  let stand (ix03);
- leave to stick with phentermine for the long haul (ix10).

Silent: the same words denied or reversed, a taper or the doctor told with them, storage ("leave the tablets out on the
counter"), the tablet's wearing off doubted or driving refused, the kidneys' damage put on diabetes, the tests retired only on
stopping the drug or made less frequent, the question answered no or the harmless verdict given to asking, a relative's own
prescription or the leftovers returned, lamotrigine's maintenance use, sticking with the diet (not the tablets) or with the
prescribed weeks.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wordings
    (
        "alprazolam",
        "**I only took it for a few weeks. Do I have to come off it slowly?** No. After a short spell you can simply leave the "
        "tablets out on the first day you feel steady; cutting down bit by bit is only for people who have been on it for many months.",
        MISSTATEMENT,
        "error",
    ),
    (
        "zolpidem",
        "And it doesn't mean handing the rental-car keys to a colleague when you land: by the time the wheels touch down, the "
        "tablet has done its work and cleared out, and Leon drives straight to his first meeting.",
        MISSTATEMENT,
        "warning",
    ),
    (
        "metformin",
        "**What about the yearly kidney test?** That's the price of the pill: after enough years on metformin it takes a toll on "
        "the kidneys, so Dr. Okafor at the union clinic checks them every year.",
        MISSTATEMENT,
        "warning",
    ),
    (
        "lithium",
        "After the first year or two on a steady dose, you can pretty much retire the lab slips, because by then your level "
        "isn't going anywhere.",
        MISSTATEMENT,
        "error",
    ),
    (
        "isotretinoin",
        "## Reader question\n\n*\"My son finished his course early and there's half a box in the cupboard. Can his younger sister "
        "use them for her breakouts?\"*\n\nIf the capsules are the same strength her dermatologist would have prescribed, there's "
        "no harm in it. Just tell the dermatologist at the next visit so they can keep track.",
        MISSTATEMENT,
        "error",
    ),
    (
        "lamotrigine",
        'Hana has found her own rhythm with it. "If I feel a high coming on, I take an extra tablet for a few days, and it '
        'settles me back down before anything gets going."',
        MISSTATEMENT,
        "warning",
    ),
    (
        "phentermine",
        "**Marisol's story.** Marisol has been on phentermine since our 15-year reunion, five years now, and her doctor just keeps "
        "renewing it, so clearly it's fine to stick with it for the long haul.",
        MISSTATEMENT,
        "warning",
    ),
    # new wordings, other voices: a forum post, a careless blog, a magazine, a shop's leaflet
    (
        "alprazolam",
        "Been on Xanax a month for exam stress. Honestly you can just leave them off the very morning you feel like yourself again.",
        MISSTATEMENT,
        "error",
    ),
    ("alprazolam", "It's fine to stop it on the first day you feel calm.", MISSTATEMENT, "error"),
    ("zolpidem", "Ambien has long worn off by breakfast, so I drive the kids to school as usual.", MISSTATEMENT, "warning"),
    (
        "zolpidem",
        "By the time your alarm goes it's already left your system, so hop behind the wheel and go.",
        MISSTATEMENT,
        "warning",
    ),
    ("metformin", "After decades on metformin it slowly wears the kidneys out, my aunt says.", MISSTATEMENT, "warning"),
    ("lithium", "Once you're settled on lithium you can shelve the blood forms for good.", MISSTATEMENT, "error"),
    ("lithium", "Two years in, you may safely bin the lab forms.", MISSTATEMENT, "error"),
    (
        "isotretinoin",
        "Q: I have a strip of Accutane left. Could my best friend use them?\n\nA: There's no harm in it.",
        MISSTATEMENT,
        "error",
    ),
    ("isotretinoin", "Your sister can have the rest of the box once you're done.", MISSTATEMENT, "error"),
    (
        "lamotrigine",
        "When a high starts brewing, I pop an extra tablet and it calms things before the mania takes hold.",
        MISSTATEMENT,
        "warning",
    ),
    ("phentermine", "Adipex worked for me, and you're free to keep on with the tablets for years.", MISSTATEMENT, "warning"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "alprazolam",
        "Do I have to come off it slowly? Yes. Even after a short spell, cutting down bit by bit over a couple of weeks is safer "
        "than stopping on the first day you feel steady.",
        MISSTATEMENT,
    ),
    (
        "alprazolam",
        "Don't leave the tablets out on the first day you feel steady; your prescriber will lower the dose gradually.",
        MISSTATEMENT,
    ),
    ("alprazolam", "You can leave the tablets out on the counter, away from children.", MISSTATEMENT),
    ("zolpidem", "By the time you wake up it may not have worn off, so don't drive.", MISSTATEMENT),
    (
        "zolpidem",
        "Even if you think it has worn off by breakfast, do not drive the next morning unless you had a full 7 to 8 hours in bed.",
        MISSTATEMENT,
    ),
    (
        "zolpidem",
        "By the time the wheels touch down, the tablet has done its work, and Leon takes a taxi to his first meeting.",
        MISSTATEMENT,
    ),
    (
        "metformin",
        "After years on metformin, high blood sugar had still damaged his kidneys, so the doctor checks them every year.",
        MISSTATEMENT,
    ),
    (
        "metformin",
        "Metformin does not damage the kidneys; after years on metformin it is the diabetes that takes a toll on them.",
        MISSTATEMENT,
    ),
    ("lithium", "You can retire the lab slips only if you stop lithium altogether, and even then ask your doctor.", MISSTATEMENT),
    ("lithium", "After a year you can go from weekly lab slips to blood tests every three months.", MISSTATEMENT),
    (
        "isotretinoin",
        "Can his younger sister use them for her breakouts? No. Isotretinoin must never be shared, and the leftovers go back to "
        "the pharmacy.",
        MISSTATEMENT,
    ),
    ("isotretinoin", "Can my sister use them? There's no harm in asking, but the answer is no.", MISSTATEMENT),
    ("isotretinoin", "Your sister can have her own prescription through iPLEDGE if her dermatologist agrees.", MISSTATEMENT),
    ("isotretinoin", "Your sister can take the leftover capsules back to the pharmacy for you.", MISSTATEMENT),
    (
        "lamotrigine",
        "If I feel a high coming on, I call my psychiatrist before anything gets going; I never take an extra tablet.",
        MISSTATEMENT,
    ),
    ("lamotrigine", "Lamotrigine is taken every day to help keep highs and lows from coming back.", MISSTATEMENT),
    (
        "phentermine",
        "It's fine to stick with the diet and exercise for the long haul; the tablets are for a few weeks only.",
        MISSTATEMENT,
    ),
    ("phentermine", "You can stick with it for the twelve weeks your doctor prescribed.", MISSTATEMENT),
]
