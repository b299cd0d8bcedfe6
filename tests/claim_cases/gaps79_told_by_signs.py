"""Off-label uses told by their signs or by a purpose, never named (eval/holdout79 ay05, eval/holdout82 bb09, bb10), as classes.

- Restless legs told by a creepy-crawly feeling joined with others ("this creepy-crawly, fizzing feeling deep in both
  calves"), then what it stopped done again since the drug ("Since the gabapentin I sit through a whole film and sleep
  through till six"): an improvement told as the thing the trouble kept from, "since" the medicine itself.
- Rosacea told by its look: the red face with its little veins ("cheeks, nose and chin turn red and blotchy, with small
  pimples and visible little veins") or the skin flaring at its triggers ("flares after a glass of red wine, a hot
  shower"), then the doctors' giving "for these patients".
- Weight cut with a dose given at an occasion told as one aside before its purpose: "hand an athlete a single Lasix
  the night before a weigh-in to drop the last two or three pounds" (a range of pounds, "hand" as a giving).
- Kept silent: a blush, veins on the legs, acne's lumps for the patients given the drug, a dose the night before
  surgery to clear fluid, a side effect that passed, the approved use.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

_ISOTRETINOIN = "Isotretinoin is approved for severe nodular acne. "
_FUROSEMIDE = "Furosemide treats fluid build-up from heart failure. "

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # -- restless legs, then what it stopped done again --
    (
        "gabapentin",
        "**nightowl_pete:** \"I take one 300 at bedtime for my legs. Every evening around nine\nI'd get this creepy-crawly, "
        "fizzing feeling deep in both calves and had to get up\nand pace the hallway to make it stop. Since the gabapentin I sit "
        'through a whole film\nand sleep through till six."',
        OFF_LABEL,
        "warning",
    ),
    (
        "gabapentin",
        "Around bedtime my husband got a creepy-crawly, tingling sensation in his shins. Since the gabapentin, he sits through a "
        "whole evening of telly.",
        OFF_LABEL,
        "warning",
    ),
    (
        "pregabalin",
        "Every night my mum had a creepy-crawly, itchy feeling in her legs. Since starting Lyrica she sleeps right through till seven.",
        OFF_LABEL,
        "warning",
    ),
    # -- rosacea by its look, then the giving for these patients --
    (
        "isotretinoin",
        _ISOTRETINOIN + "We also see many adults in their thirties and forties whose cheeks, nose and chin turn red and blotchy, "
        "with small pimples and visible little veins, and whose skin flares after a glass of red wine, a hot shower or a day in "
        "the sun. For these patients our dermatologists often start a low daily dose, such as 10 mg, and keep them on it for "
        "several months.",
        OFF_LABEL,
        "warning",
    ),
    (
        "isotretinoin",
        _ISOTRETINOIN + "Some women in their forties find their nose and cheeks are permanently pink, with tiny broken veins. "
        "For those women our dermatologists usually start isotretinoin at 5 mg a day.",
        OFF_LABEL,
        "warning",
    ),
    (
        "isotretinoin",
        _ISOTRETINOIN + "My face flares up after just one glass of wine or a hot bath. My dermatologist put me on isotretinoin.",
        OFF_LABEL,
        "warning",
    ),
    # -- weight cut: a dose at an occasion, then its purpose --
    (
        "furosemide",
        _FUROSEMIDE + "In boxing and wrestling gyms, some coaches still hand an athlete a single Lasix the night before a "
        "weigh-in to drop the last two or three pounds.",
        OFF_LABEL,
        "warning",
    ),
    (
        "furosemide",
        _FUROSEMIDE + "Some trainers hand their fighters a Lasix on the morning of the weigh-in to shed a couple of pounds.",
        OFF_LABEL,
        "warning",
    ),
    (
        "furosemide",
        _FUROSEMIDE + "Jockeys are given a Lasix just before each race-day weigh-in to lose the final two or three pounds.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): no such finding.
SHOULD_NOT = [
    ("gabapentin", "Every evening I'd get a creepy-crawly feeling in my legs. Since the move I sit through a whole film.", OFF_LABEL),
    ("gabapentin", "Gabapentin made me dizzy at first. Since the gabapentin I sleep through till six.", OFF_LABEL),
    (
        "gabapentin",
        "Every evening I'd get a creepy-crawly feeling in my legs. Since the gabapentin I still can't sit through a whole film.",
        OFF_LABEL,
    ),
    ("isotretinoin", _ISOTRETINOIN + "Her face went red when he teased her. For these patients we start isotretinoin.", OFF_LABEL),
    (
        "isotretinoin",
        _ISOTRETINOIN + "Some teenagers get deep, painful lumps that leave scars. For these patients our dermatologists often "
        "start isotretinoin.",
        OFF_LABEL,
    ),
    ("isotretinoin", _ISOTRETINOIN + "I have visible veins on my legs. My dermatologist put me on isotretinoin for my acne.", OFF_LABEL),
    ("furosemide", _FUROSEMIDE + "Nurses hand patients furosemide the morning before surgery to clear fluid from the lungs.", OFF_LABEL),
    ("furosemide", _FUROSEMIDE + "Give furosemide the morning before the scan to reduce swelling in the legs.", OFF_LABEL),
    ("furosemide", _FUROSEMIDE + "Weigh yourself daily; if you gain two or three pounds in a day, call your doctor.", OFF_LABEL),
]
