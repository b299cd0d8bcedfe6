"""Acetaminophen told to take swelling down by a story or an aside, from eval/holdout211 (ga12), eval/holdout212 (gb08) and
eval/holdout213 (gc10), as a class.

Class: what the drug does put as calming the inflammation ("what it does is calm the inflammation down inside the joint
itself"); the drug or its caplets taken and, later in the same sentence, the swelling or puffiness gone down ("Two Extra
Strength caplets with your sandwich, and by quitting time that puffiness will have gone right down"); or a swelling told
first, the drug taken and the size back ("her knuckles puff up like little dumplings, two Tylenol, and by suppertime her
fingers are slim enough for her wedding ring again"). Acetaminophen is a pain reliever and fever reducer, not an
anti-inflammatory: `not-anti-inflammatory`, a warning. Near misses: ice or a raised limb between, the swelling told apart
from the drug, an NSAID's story, "but" the rings still won't go on, the pain or a fever gone down.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "not-anti-inflammatory"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wordings (gc10, ga12, gb08)
    (
        "acetaminophen",
        "Someone asked about her puffy, hot knuckles. Walt said Tylenol suits a flare like that nicely, because what it does"
        " is calm the inflammation down inside the joint itself.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "acetaminophen",
        "Banged your knee on a scaffold tube and it's puffed up like a grapefruit by lunch? Two Extra Strength caplets with"
        " your sandwich, and by quitting time that puffiness will have gone right down.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "acetaminophen",
        "My Auntie Grace swears by it. When her arthritis flares and her knuckles puff up like little dumplings, two Tylenol,"
        " and by suppertime her fingers are slim enough for her wedding ring again.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    # new wordings, other voices
    (
        "acetaminophen",
        "What paracetamol does is take the swelling down, so it's ideal for a sprained ankle.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "acetaminophen",
        "I took two paracetamol after I twisted my ankle, and by the evening the swelling had completely gone down.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "acetaminophen",
        "When my feet swell up on long flights, a couple of Tylenol and by the time we land my shoes fit again.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "acetaminophen",
        "Her ankle had swollen up badly, so she took two paracetamol tablets, and the swelling around the joint was gone by teatime.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # something else takes the swelling down
    ("acetaminophen", "Two Tylenol for the ache, and keep the knee raised so the swelling goes down.", MISSTATEMENT, ITEM),
    # the swelling told apart from the drug
    ("acetaminophen", "Take two Tylenol tablets for the pain. The swelling will go down in a few days.", MISSTATEMENT, ITEM),
    ("acetaminophen", "Take two Tylenol tablets; if the swelling hasn't gone down by morning, see a doctor.", MISSTATEMENT, ITEM),
    # an NSAID's story
    (
        "acetaminophen",
        "Acetaminophen helps the pain. Two Advil tablets with lunch and by quitting time the swelling had gone right down.",
        MISSTATEMENT,
        ITEM,
    ),
    # the ache eased, the size not back
    (
        "acetaminophen",
        "When her knuckles swell up, two Tylenol take the edge off the ache, but her rings still won't go on.",
        MISSTATEMENT,
        ITEM,
    ),
    # what it does is the pain; the swelling denied; a fever gone down
    ("acetaminophen", "All Tylenol does is ease the pain; it won't calm the swelling.", MISSTATEMENT, ITEM),
    ("acetaminophen", "Two Tylenol caplets with lunch, and by quitting time the swelling had not gone down at all.", MISSTATEMENT, ITEM),
    ("acetaminophen", "Two Tylenol at lunch, and by the evening her fever had gone right down.", MISSTATEMENT, ITEM),
]
