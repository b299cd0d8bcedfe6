"""Tender spots from an injury are not fibromyalgia, as a class.

- Tender spots told with the injury they came from are the injury's (a musculoskeletal pain): "After the car crash, pressing
  on certain spots along her neck and shoulders made her wince", "sore spots across her shoulders and hips since the
  accident"; so cyclobenzaprine (approved for it) is silent, and tizanidine (approved only for spasticity) is asked about the
  injury, not fibromyalgia.
- With no injury told, widespread pain or tender points are still fibromyalgia's.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

_SPOTS = "Pressing on certain places along her neck, her shoulder blades and the tops of her hips made her wince. "

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("amitriptyline", _SPOTS + "Her GP started her on amitriptyline.", OFF_LABEL, "warning"),
    (
        "cyclobenzaprine",
        "She ached all over, with tender spots across her shoulders and hips, and a fog in her head. "
        "Her doctor prescribed cyclobenzaprine.",
        OFF_LABEL,
        "warning",
    ),
    (
        "gabapentin",
        "Gabapentin treats nerve pain after shingles. For years she has ached all over, with tender spots on her neck, hips and "
        "knees, so her doctor prescribed gabapentin.",
        OFF_LABEL,
        "warning",
    ),
    (
        "tizanidine",
        "Since the tackle, touching certain spots along his neck and upper back made him flinch. The club doctor gave him tizanidine.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "cyclobenzaprine",
        "After the car crash, pressing on certain spots along her neck and shoulders made her wince. "
        "Her doctor prescribed cyclobenzaprine.",
        OFF_LABEL,
    ),
    (
        "cyclobenzaprine",
        "She had sore spots across her shoulders and hips since the accident in March. Her doctor prescribed cyclobenzaprine.",
        OFF_LABEL,
    ),
    (
        "cyclobenzaprine",
        "Since the tackle, touching certain spots along his neck and upper back made him flinch. The club doctor gave him cyclobenzaprine.",
        OFF_LABEL,
    ),
    ("duloxetine", _SPOTS + "Her GP started her on duloxetine.", OFF_LABEL),
]
