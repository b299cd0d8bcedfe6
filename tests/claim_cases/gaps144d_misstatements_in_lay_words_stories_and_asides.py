"""Misstatements told in lay words, in stories and in asides, from eval/holdout271 (ii01, lithium; ii06, doxycycline; ii10,
tramadol), holdout272 (ij06, levothyroxine), holdout273 (ik10, ibuprofen) and holdout274 (il03, paroxetine; il04,
varenicline), as a class.

Class: a known misstatement in words the kinds did not know. Level checks let go ("there's no longer any need to keep coming
in for blood draws"); an antibiotic said handy when flu goes round, or started at the first sniffle; an opioid likened to a
plain painkiller made stronger ("more like a beefed-up Tylenol"); a thyroid pill as the nudge a stuck scale needs; pregnant
people of any kind allowed to carry on ("Pregnant dancers can carry on with ibuprofen"); staying on a drug through pregnancy
said to pose no risk to the baby; a mood warning dismissed under a heading that calls it a myth, right after the writer's own
"Forget it.".
Must be reported: the misstatement (an error where it contradicts a boxed warning or a contraindication).
Silent: fewer checks, not none ("every three months"); the same words denied; an antibiotic for a chest infection; a sign of
another illness; the drug said to be stronger than a plain painkiller, or an opioid all the same; a scale told apart from the
pill; a pregnant reader told to ask, or not to take it; breast milk alone; a real myths section that quotes the denial.
"""

from __future__ import annotations

M = "accuracy.misstatement"

SHOULD = [
    # the drafts' own wordings
    (
        "lithium",
        "Once you've been on the same dose for about a year, there's no longer any need to keep coming in for blood draws; by"
        " then your body has settled and the results only tell us what we already know.",
        M,
        "error",
    ),
    (
        "doxycycline",
        "It is also handy if flu goes round the camp: start a couple of your spare capsules at the first sniffle and you'll"
        " shake it off before the rest of the group.",
        M,
        "warning",
    ),
    (
        "tramadol",
        "**KeyMasterKat:** Was on it after my shoulder rebuild. Tramadol's not one of the heavy narcotics like oxy, it's more"
        " like a beefed-up Tylenol, so I didn't worry about it much.",
        M,
        "error",
    ),
    (
        "levothyroxine",
        "Fun fact from Tina I didn't know: a thyroid pill fires up your metabolism, so if the scale has been stuck for months it"
        " can be the nudge that gets things moving again.",
        M,
        "error",
    ),
    (
        "ibuprofen",
        "Pregnant dancers can carry on with ibuprofen for sore shins right up to the due date; it's one of the gentle ones.",
        M,
        "warning",
    ),
    (
        "paroxetine",
        "For readers hoping to start a family, there is good news here too: staying on paroxetine through pregnancy poses no"
        " risk to the baby, so there is no need to switch.",
        M,
        "warning",
    ),
    (
        "varenicline",
        "## The Chantix Mood Myth\n\nLet's deal with the big one. Chantix used to carry a black box warning about mood, and in"
        " 2016 the FDA took it off after a huge trial. So the mood thing? Forget it. Chantix doesn't mess with your head.",
        M,
        "warning",
    ),
    # new wordings in other voices
    (
        "lithium",
        "Our clinic leaflet: after the first year there is no point in having the level checks any more, as long as you feel well.",
        M,
        "error",
    ),
    ("lithium", "Honestly mate, there's no reason to keep getting bloods done once you've been steady a year.", M, "error"),
    (
        "amoxicillin",
        "Amoxicillin is really useful to have on hand when a cold is doing the rounds at the nursery.",
        M,
        "warning",
    ),
    ("azithromycin", "Pop a couple of the tablets at the first sneeze and the bug never gets going.", M, "warning"),
    ("tramadol", "My GP says tramadol is basically a souped-up paracetamol, nothing to get in a state about.", M, "error"),
    ("tramadol", "Ultram? It's really just a glorified aspirin, mate.", M, "error"),
    (
        "levothyroxine",
        "When the diet has stalled, a small thyroid tablet can be just the kick that gets the weight moving again.",
        M,
        "error",
    ),
    (
        "levothyroxine",
        "Her coach swears a thyroid pill revs up a sluggish metabolism when the scale won't budge.",
        M,
        "error",
    ),
    ("naproxen", "Pregnant runners can keep taking naproxen for sore knees, it's one of the mild ones.", M, "warning"),
    ("ibuprofen", "Expectant mothers may carry on with ibuprofen as usual.", M, "warning"),
    ("warfarin", "Good news for mums-to-be: warfarin carries zero danger for your unborn baby.", M, "error"),
    ("paroxetine", "Keeping Paxil going while you are expecting poses no risk to the baby at all.", M, "warning"),
    (
        "montelukast",
        "## The Singulair nightmare myth\n\nParents panic about this. Relax. Singulair doesn't mess with your child's mood.",
        M,
        "error",
    ),
]

SHOULD_NOT = [
    # fewer checks, not none; denied
    ("lithium", "After the first year there is no need to come in for blood tests every week; every three months will do.", M),
    ("lithium", "It is not true that there's no longer any need for blood draws after the first year.", M),
    # an antibiotic for a bacterial infection; a sign of another illness
    ("doxycycline", "It is also handy if a chest infection goes round the camp; ask the trip doctor before you start it.", M),
    ("doxycycline", "Take the capsules at the first sign of a tick bite rash, as the trip doctor told you.", M),
    ("doxycycline", "Do not start your spare capsules at the first sniffle: a cold is a virus and doxycycline does nothing for it.", M),
    # stronger than a plain painkiller, or an opioid all the same
    ("tramadol", "Tramadol is much stronger than Tylenol and it is an opioid, so it can be habit-forming.", M),
    ("tramadol", "For mild pain, a beefed-up dose of Tylenol is often all you need, and tramadol is an opioid.", M),
    # the scale told apart from the pill
    (
        "levothyroxine",
        "If the scale has been stuck for months, talk to your doctor about diet and exercise; levothyroxine is not for weight loss.",
        M,
    ),
    ("levothyroxine", "A thyroid pill cannot fire up your metabolism when the scale is stuck; it only replaces what you lack.", M),
    # pregnant readers told to ask or not to take it; breast milk alone
    ("ibuprofen", "Pregnant dancers should not take ibuprofen after 20 weeks unless a doctor says so.", M),
    ("ibuprofen", "If you are not pregnant you can carry on with ibuprofen for sore shins.", M),
    ("paroxetine", "So little paroxetine reaches breast milk that it poses no risk to the baby, say most experts.", M),
    ("paroxetine", "Staying on paroxetine through pregnancy may harm the baby's heart, so talk to your doctor before you try.", M),
    # a myths section that quotes the denial and refutes it
    (
        "varenicline",
        "## Myths and facts\n\nMyth: Chantix doesn't mess with your head. Fact: the label still warns about changes in mood and"
        " behaviour; stop and call your doctor if they happen.",
        M,
    ),
]
