"""Misstatements of fact told in lay words, without the facts file's words, from eval/holdout288 (iz07), eval/holdout289
(ja01, ja02, ja05), eval/holdout290 (jb05) and eval/holdout291 (jc01), as classes (missed there):

- Pantoprazole (prescription-only in the US) told as bought off a store's shelf by the writer's own supply ("mine came off
  the shelf next to the Tums at Walgreens", iz07), or as needing no script "for it" in a sentence that names a store remedy
  after it. Silent: the pharmacy's shelf behind its counter, a shop in the UK, "you do need a prescription for it".
- An antibacterial said to clear a viral illness told by its signs named before it ("see off the aches, chills and fever of
  a flu", ja01). Silent: the fever of a chest infection, denied.
- Omeprazole (days to work) told as bringing relief at once: a dose after the meal that set it off and the burn gone before
  an everyday moment is over ("the fire behind your breastbone is gone before you've paid the check", ja02). Silent: gone
  before the 14 days are up, denied.
- Lamotrigine given as an extra tablet for a high told by its signs, bringing the writer "back down" (ja05). Silent: "won't
  bring you back down", the dose brought back down.
- Acetaminophen said to take down swelling in lay words, in a second verb after the ache ("takes care of the ache and
  settles the angry, puffed-up tissue around the joint", jb05). Silent: "the ache but not the swelling", ice doing it,
  another medicine doing it.
- A beta blocker's class told by likening to a water pill ("works a lot like a water pill", jc01) or by a water pill's way
  of working (the kidneys made to flush out salt and fluid). Silent: "works nothing like", "like other beta blockers",
  "unlike a water pill", the kidneys checked, another medicine's way of working.
All are warnings: what the tool infers from lay words.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # pantoprazole off a store's shelf
    (
        "pantoprazole",
        "**grill_guy_manny** wrote:\n\nYou don't even need a script for it, mine came off the shelf next to the Tums at Walgreens.",
        MISSTATEMENT,
        "warning",
    ),
    ("pantoprazole", "Pantoprazole works for me. Hers comes straight off the shelf at CVS.", MISSTATEMENT, "warning"),
    ("pantoprazole", "My box of Protonix came from the open shelves at Walmart, right by the Prilosec.", MISSTATEMENT, "warning"),
    ("pantoprazole", "Pantoprazole helps a lot. Mine came off the shelf next to the Tums.", MISSTATEMENT, "warning"),
    # an antibacterial seeing off the signs of a viral illness
    (
        "azithromycin",
        "A course of azithromycin will also see off the aches, chills and fever of a flu picked up in a crowded gondola cabin.",
        MISSTATEMENT,
        "warning",
    ),
    ("azithromycin", "A Z-Pak clears the cough and the snotty nose that come with a cold.", MISSTATEMENT, "warning"),
    ("amoxicillin", "The antibiotics knock out the shivers and sweats from the flu, so finish the box.", MISSTATEMENT, "warning"),
    # omeprazole gone before an everyday moment is over
    (
        "omeprazole",
        "Here's where folks get tripped up. Keep a strip in the truck and swallow a tablet right after a greasy diner "
        "breakfast, and the fire behind your breastbone is gone before you've paid the check.",
        MISSTATEMENT,
        "warning",
    ),
    ("omeprazole", "Pop one after the curry and the burning's gone by the time you're home.", MISSTATEMENT, "warning"),
    (
        "omeprazole",
        "Take a capsule with the last bite and your heartburn will have settled before the coffee comes.",
        MISSTATEMENT,
        "warning",
    ),
    # lamotrigine: an extra tablet for a high told by its signs
    (
        "lamotrigine",
        "That's mostly true. When the wheel starts spinning in my head at 3 a.m. and I'm planning six exhibitions at once, "
        "I take an extra Lamictal and it brings me back down by the weekend.",
        MISSTATEMENT,
        "warning",
    ),
    (
        "lamotrigine",
        "When I stop sleeping and start buying canvases I can't afford, my doctor has me take an extra 25 mg tablet for a "
        "few days to bring me back down.",
        MISSTATEMENT,
        "warning",
    ),
    ("lamotrigine", "If the racing thoughts start, one extra pill usually gets her back down within a week.", MISSTATEMENT, "warning"),
    # acetaminophen and swelling in lay words, a second verb
    (
        "acetaminophen",
        "For a twisted ankle after a rough landing, Tylenol is the one to reach for: it takes care of the ache and settles "
        "the angry, puffed-up tissue around the joint as well.",
        MISSTATEMENT,
        "warning",
    ),
    ("acetaminophen", "Tylenol dulls the throb and brings the swollen flesh down too.", MISSTATEMENT, "warning"),
    ("acetaminophen", "Paracetamol eases the soreness in your knee and calms the inflammation inside it.", MISSTATEMENT, "warning"),
    # a beta blocker likened to a water pill, or given its way of working
    (
        "atenolol",
        "Atenolol works a lot like a water pill: it helps your kidneys flush out extra salt and fluid, and that is what "
        "brings the pressure down.",
        MISSTATEMENT,
        "warning",
    ),
    ("atenolol", "Tenormin acts much like a diuretic, so expect to pee more.", MISSTATEMENT, "warning"),
    ("atenolol", "Atenolol lowers pressure because it helps your kidneys flush out extra salt and fluid.", MISSTATEMENT, "warning"),
    ("metoprolol", "Metoprolol works on the kidneys so they flush out extra water.", MISSTATEMENT, "warning"),
]

#: (drug, body, rule): the rule must stay silent.
SHOULD_NOT = [
    ("pantoprazole", "I take pantoprazole. Mine came off the shelf behind the pharmacy counter at CVS.", MISSTATEMENT),
    ("pantoprazole", "You do need a prescription for it in the US.", MISSTATEMENT),
    ("pantoprazole", "Pantoprazole needs a prescription here. Mine came out of a locked drawer at the clinic.", MISSTATEMENT),
    ("azithromycin", "Azithromycin clears the fever of a chest infection.", MISSTATEMENT),
    ("azithromycin", "A course of azithromycin will not see off the aches and fever of a flu.", MISSTATEMENT),
    (
        "omeprazole",
        "Take one capsule each morning before breakfast and the heartburn will be gone before the 14 days are up.",
        MISSTATEMENT,
    ),
    ("omeprazole", "Take a tablet after dinner and the heartburn is not gone before bed.", MISSTATEMENT),
    ("lamotrigine", "An extra tablet won't bring you back down from a high.", MISSTATEMENT),
    ("lamotrigine", "We add an extra 25 mg for two weeks, then bring the dose back down to 100 mg.", MISSTATEMENT),
    ("acetaminophen", "Tylenol eases the ache but not the swelling.", MISSTATEMENT),
    ("acetaminophen", "Tylenol takes care of the ache, and ice brings the swelling down.", MISSTATEMENT),
    ("acetaminophen", "It eases the ache and won't touch the swelling.", MISSTATEMENT),
    ("acetaminophen", "Ibuprofen eases the ache and brings the swelling down, which acetaminophen cannot do.", MISSTATEMENT),
    ("atenolol", "Atenolol works nothing like a water pill.", MISSTATEMENT),
    ("atenolol", "Atenolol works like other beta blockers.", MISSTATEMENT),
    ("atenolol", "Unlike a water pill, atenolol works by slowing the heart.", MISSTATEMENT),
    ("atenolol", "Your doctor checks your kidneys before starting atenolol.", MISSTATEMENT),
    ("atenolol", "Unlike a water pill, it does not make your kidneys flush out salt.", MISSTATEMENT),
    ("venlafaxine", "Effexor works a lot like an SSRI at low doses.", MISSTATEMENT),
]
