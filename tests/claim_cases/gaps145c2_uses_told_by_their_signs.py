"""Off-label uses told by their signs, and a disclosure told as "not something it's approved for", from eval/holdout281
(is06), eval/holdout284 (iv08) and eval/holdout285 (iw04, iw09), as classes (misses and a false error there):

- A strain told by the injury, a weight or a fall on the body, then the back or neck locking up: "a big warmblood leaned
  his whole weight on me halfway through a hind shoe, and my lower back locked up so hard I couldn't stand straight"
  (iv08) is musculoskeletal pain (lay words: a warning on meloxicam, approved for arthritis only), not muscle spasms.
  Still silent: a back locking up as a side effect, or an approved arthritis use.
- Travellers' diarrhoea told by its signs: dashes to the bathroom with a fever (cramps maybe), the local water abroad, its
  nicknames ("Delhi belly", "Montezuma's revenge"), then a dose told with no drug named, its strength in the thousands
  ("one 1,000 mg dose usually sorts you out", iw04): gastroenteritis, a warning on azithromycin. Still silent: the dashes
  as a side effect, a disclosed use.
- Rosacea told by its flush, ruddy and bumpy across the cheeks or nose, on a person who takes a low dose of the drug:
  "Marisol's mother, who ... has had a ruddy, bumpy flush across her cheeks and nose since her forties, takes a low dose
  of isotretinoin every day" (iw09): a warning. Still silent: a warm flush of the drug as a side effect.
- A disclosure told as "not something (anything, one of the things) it's approved for": "My neighbor swears it helps her
  hot flashes, but her doctor told her that isn't something it's approved for" (is06) discloses the use. Still
  reported: the approval claimed ("it's something it's approved for").

Left (see the report of helper c2): "thinning edges" is hair loss now, but the giving of "a little thyroid pill" (the drug
by its kind) is not tied to levothyroxine (holdout283 iu09 line 42); weight gain told among an underactive thyroid's signs
before the giving is still read as a weight-loss use (iu09 line 26).
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wordings
    (
        "meloxicam",
        '**Jim Tollefson:** "Last March a big warmblood leaned his whole weight on me halfway through a hind shoe, and my lower'
        " back locked up so hard I couldn't stand straight for a week. My doctor put me on meloxicam, one 15 mg tablet a day, and"
        ' by the following Monday I was back under horses."',
        OFF_LABEL,
        "warning",
    ),
    (
        "azithromycin",
        "## Azithromycin For Travel\n\nGoing to Mexico, India or Thailand? This is why I pack it. If the local water gets you and"
        " you're sprinting to the bathroom every twenty minutes with cramps and a fever, one 1,000 mg dose usually sorts you out"
        " by the next morning.",
        OFF_LABEL,
        "warning",
    ),
    (
        "isotretinoin",
        "Marisol's mother, who is sixty-two and has had a ruddy, bumpy flush across her cheeks and nose since her forties, takes"
        " a low dose of isotretinoin every day, and she says her face hasn't been this calm in twenty years.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings, other voices
    (
        "meloxicam",
        "I slipped on the ice outside the barn and my back seized up, so my GP gave me meloxicam for a fortnight.",
        OFF_LABEL,
        "warning",
    ),
    (
        "meloxicam",
        "My GP put me on meloxicam because my neck locked up after a heifer pinned me against the gate.",
        OFF_LABEL,
        "warning",
    ),
    ("azithromycin", "If you come down with Delhi belly, a single 500 mg tablet usually sorts it out.", OFF_LABEL, "warning"),
    (
        "azithromycin",
        "Our forum's favourite travel trick: azithromycin for Montezuma's revenge, one dose and you're back on the beach.",
        OFF_LABEL,
        "warning",
    ),
    (
        "azithromycin",
        "Most backpackers pack azithromycin for running to the loo all night with a high temperature.",
        OFF_LABEL,
        "warning",
    ),
    (
        "isotretinoin",
        "My uncle, whose nose and cheeks have a blotchy, pimply redness across his cheeks, takes a tiny dose of isotretinoin.",
        OFF_LABEL,
        "warning",
    ),
    (
        "isotretinoin",
        "Some dermatologists give low-dose isotretinoin for a ruddy flush across the nose and cheeks that won't settle.",
        OFF_LABEL,
        "warning",
    ),
    # the approval claimed, not denied
    ("gabapentin", "Gabapentin is great for hot flashes; my doctor says it's something it's approved for.", OFF_LABEL, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the draft's disclosure, and new ones
    (
        "gabapentin",
        "My grandson takes it alongside his other seizure medicine for his epilepsy, and his seizures have been much better"
        " controlled since the fall. It made him dozy and a bit clumsy the first month. My neighbor swears it helps her hot"
        " flashes, but her doctor told her that isn't something it's approved for, so take that one with a grain of salt.",
        OFF_LABEL,
    ),
    (
        "gabapentin",
        "My neighbour swears it helps her hot flashes. Hot flashes aren't anything gabapentin is licensed for, mind.",
        OFF_LABEL,
    ),
    (
        "gabapentin",
        "A friend uses it for hot flushes, though that's not one of the things it's officially indicated for.",
        OFF_LABEL,
    ),
    # approved uses, in lay words or by name
    (
        "meloxicam",
        "Forty years of nailing on gave Doc the wear-and-tear arthritis in both knees, and meloxicam 7.5 mg keeps him shoeing.",
        OFF_LABEL,
    ),
    (
        "isotretinoin",
        "Isotretinoin is for severe acne: the deep, painful lumps along the jaw and cheeks that leave scars.",
        OFF_LABEL,
    ),
    # a side effect, not a use
    ("niacin", "Niacin can cause a warm, red flush across your face and neck about twenty minutes after a dose.", OFF_LABEL),
    (
        "azithromycin",
        "Azithromycin can upset your stomach: call your doctor if you are running to the bathroom with watery diarrhea.",
        OFF_LABEL,
    ),
    # disclosed
    (
        "azithromycin",
        "Some travel clinics give one 1,000 mg dose for Delhi belly; that is an off-label use, so ask a travel nurse first.",
        OFF_LABEL,
    ),
    # the local water said to be safe, nothing given for it
    ("azithromycin", "The local water was fine where we stayed, and azithromycin cleared my sinus infection.", OFF_LABEL),
]
