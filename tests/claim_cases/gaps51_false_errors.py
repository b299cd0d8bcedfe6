"""False-error classes from eval/holdout51-52, each with the cases that must still be caught.

- A use the label approves only with its cause (lorazepam's "insomnia due to anxiety or transient
  situational stress"), the sleep trouble named first and its cause told after it in a clause or by a
  stressful spell: "trouble sleeping when worry or a stressful situation is keeping you up" (holdout52
  c03), "sleeplessness whenever a stressful week ...", "insomnia because stress has you wired". Sleep
  trouble from another cause (a new baby, jet lag) is still an off-label use.
- A bare symptom in a title or heading over a section (a title: the whole article) that names an
  approved use it is a symptom of: "Meloxicam For Pain" over an article about the writer's
  osteoarthritis (holdout52 c05). Broader than the label, so a warning for a pharmacist's look, not
  an error; a symptom with its kind ("Back Pain"), a heading over a section naming no approved use,
  and the same words in a sentence of the body are still errors.

Also looked at (no change): a use told inside a known misstatement (hydroxychloroquine or ivermectin
"got him through covid", holdout51 d07) is already a warning beside the misstatement's error, once the
misstatement's wording catches it; and "We stock 100-count bottles of 200 mg tablets at the front
desk" over a checkout discount code (holdout51 d09) is a product listing by the rule's design
("Grab the 90-count bottle"), a finding the annotation lacks."""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # sleep trouble from another cause than anxiety or stress
    ("lorazepam", "Doctors also prescribe it for trouble sleeping when a new baby keeps you up.", OFF_LABEL, "error"),
    # a title over the approved use: broader than the label, a warning
    ("meloxicam", "# Meloxicam For Pain\n\nI have osteoarthritis in both knees and meloxicam is my daily pill.", OFF_LABEL, "warning"),
    (
        "hydroxychloroquine",
        "## Plaquenil for aches and pains\n\nMy rheumatologist put me on it for rheumatoid arthritis two years ago.",
        OFF_LABEL,
        "warning",
    ),
    # a symptom with its kind in the title: not the approved use's
    ("meloxicam", "# Meloxicam For Back Pain\n\nI have osteoarthritis in both knees and meloxicam is my daily pill.", OFF_LABEL, "error"),
    # a heading over a section that names no approved use
    ("meloxicam", "## Meloxicam for pain\n\nRunners swear by it for sore legs.", OFF_LABEL, "error"),
    # the same words in a sentence of the body
    ("meloxicam", "Meloxicam is great for pain. I have osteoarthritis in both knees.", OFF_LABEL, "error"),
]

#: (drug, body, rule): a near miss the writer must not be bothered with.
SHOULD_NOT = [
    ("lorazepam", "It is also prescribed for sleeplessness when worry keeps you awake at night.", OFF_LABEL),
    ("lorazepam", "Your doctor may suggest a single bedtime dose for insomnia because stress has you wired.", OFF_LABEL),
    ("lorazepam", "A bedtime dose is sometimes given for insomnia whenever a stressful week keeps you from sleeping.", OFF_LABEL),
    ("lorazepam", "Some doctors prescribe it for difficulty sleeping during an anxious patch, one tablet at bedtime.", OFF_LABEL),
]
