"""Off-label uses told by their signs, not their names (eval/holdout99 bs06, eval/holdout101 bu13, eval/holdout102 bv03).

- Migraine told by the throbbing on one side of the head, without the word "headache": "a pounding on one side of my
  head", "the left side of her head would pound", "a hammering down the right side of my head".
- Scabies told by the mites and what they do in the skin: "tiny mites that dig under the skin", "itch mites that burrow
  into the skin", "tiny bugs that tunnel under the skin".
- Sickness a dose is to spare someone, told as the time spent sick: "so she would not spend the drive home retching into a
  paper bag", "so he won't spend the whole afternoon vomiting".

A use told only in such lay words is a warning. Kept silent: the signs as the drug's side effect or as advice, a knock on the
head, dust mites, worms that go through the skin, a use disclosed as off-label, a purpose that is no sickness ("spend the
drive home worrying"), and the approved use (ondansetron for the sickness of chemotherapy, in
gaps102a_lay_approved_use).
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

_AMITRIPTYLINE = "Amitriptyline treats depression. "
_IVERMECTIN = "Ivermectin treats threadworm infections. "
_LORAZEPAM = "Lorazepam treats anxiety. "

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wording
    (
        "amitriptyline",
        "For years I had these attacks two or three times a month. First the wiggly zigzag lights in the corner of my eye, "
        "then a pounding on one side of my head, and I'd throw up and have to lie in a dark room for a whole day. My "
        "neurologist started me on 10 mg of amitriptyline every night and nudged it to 25 mg.",
        OFF_LABEL,
        "warning",
    ),
    (
        "ivermectin",
        "Ivermectin kills some parasites. At this clinic we use the tablets for:\n\n"
        "- **Threadworm (strongyloides).** This worm lives in the gut. It is approved for this use.\n"
        "- **Tiny mites that dig under the skin.** They cause an itch that is worst at night, a rash of small bumps and lines "
        "between the fingers, around the wrists and waist, and they pass easily to everyone you live with. We give one dose "
        "and a second dose one to two weeks later, and we treat the whole household at the same time.",
        OFF_LABEL,
        "warning",
    ),
    (
        "lorazepam",
        _LORAZEPAM + "Before each infusion of her breast-cancer treatment, her oncologist had her let a small lorazepam tablet "
        "melt under her tongue so she would not spend the drive home retching into a paper bag.",
        OFF_LABEL,
        "warning",
    ),
    # other signs, drugs and voices
    (
        "amitriptyline",
        _AMITRIPTYLINE + "Twice a month the left side of her head would pound for hours and she could not keep water down. "
        "Her GP put her on 10 mg of amitriptyline at night.",
        OFF_LABEL,
        "warning",
    ),
    (
        "venlafaxine",
        "Venlafaxine treats depression. My attacks start with shimmering zigzag lines, then a hammering down the right side of "
        "my head. My doctor started me on venlafaxine.",
        OFF_LABEL,
        "warning",
    ),
    (
        "lisinopril",
        "Lisinopril treats high blood pressure. Some doctors prescribe lisinopril for a throbbing pain on one side of the head "
        "that keeps coming back.",
        OFF_LABEL,
        "warning",
    ),
    (
        "ivermectin",
        _IVERMECTIN + "Doctors give ivermectin tablets for itch mites that burrow into the skin of the hands.",
        OFF_LABEL,
        "warning",
    ),
    (
        "ivermectin",
        _IVERMECTIN + "The rash came from tiny bugs that tunnel under the skin. Our GP gave all of us ivermectin.",
        OFF_LABEL,
        "warning",
    ),
    ("ivermectin", _IVERMECTIN + "Doctors also give ivermectin for mites which lay their eggs under the skin.", OFF_LABEL, "warning"),
    (
        "lorazepam",
        _LORAZEPAM + "Her oncologist gave her lorazepam before each chemo so she did not spend the evening throwing up.",
        OFF_LABEL,
        "warning",
    ),
    (
        "lorazepam",
        _LORAZEPAM + "He takes a lorazepam tablet on infusion days so he won't spend the whole afternoon vomiting.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("amitriptyline", _AMITRIPTYLINE + "Amitriptyline can cause a pounding on one side of the head in some people.", OFF_LABEL),
    (
        "amitriptyline",
        _AMITRIPTYLINE + "If you get a pounding on one side of your head, call your doctor; do not take more amitriptyline.",
        OFF_LABEL,
    ),
    (
        "amitriptyline",
        _AMITRIPTYLINE + "He fell off his bike and the left side of his head throbbed for days. His doctor started him on "
        "amitriptyline for low mood.",
        OFF_LABEL,
    ),
    (
        "amitriptyline",
        _AMITRIPTYLINE + "Some doctors prescribe amitriptyline off-label for a pounding on one side of the head that keeps "
        "coming back; the FDA has not approved it for migraine.",
        OFF_LABEL,
    ),
    (
        "ivermectin",
        _IVERMECTIN + "House dust mites that burrow into the skin are a myth; ivermectin is not used for allergies to dust.",
        OFF_LABEL,
    ),
    ("ivermectin", _IVERMECTIN + "Threadworm larvae burrow through the skin of bare feet, and ivermectin clears them.", OFF_LABEL),
    (
        "ivermectin",
        _IVERMECTIN + "Scabies mites burrow under the skin. Ivermectin for scabies is off-label: no US ivermectin product is "
        "approved for it.",
        OFF_LABEL,
    ),
    (
        "lorazepam",
        _LORAZEPAM + "She took a lorazepam tablet before each infusion so she would not spend the drive home worrying.",
        OFF_LABEL,
    ),
    (
        "lorazepam",
        _LORAZEPAM + "Lorazepam left her spending the afternoon retching into a bowl, so her doctor stopped it.",
        OFF_LABEL,
    ),
]
