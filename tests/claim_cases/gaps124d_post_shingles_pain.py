"""The nerve pain shingles leaves (postherpetic neuralgia) told in lay words, round 2 of eval/holdout119-122.

Class: the pain told first as what shingles left ("I take gabapentin for the nerve pain shingles left behind", "the burning
her shingles had left her with"), or the skin that burned on after shingles ("After shingles, the skin burned for months.
Gabapentin eased that pain.", "Since his shingles, his ribs have stung for months"), then relieved ("eased that pain",
"helped with the pain"): gabapentin's and pregabalin's approved use, not "pain" or "shingles". Still reported: gabapentin
"for shingles" (the rash itself), "for back pain" after shingles, the outbreak's own pain ("With shingles, the skin burns"),
and that lay pain for a drug not approved for it (meloxicam).
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("gabapentin", "I take gabapentin for shingles.", OFF_LABEL, "error"),
    ("gabapentin", "After shingles, I started gabapentin for back pain.", OFF_LABEL, "error"),
    ("gabapentin", "With shingles, the skin burns. Gabapentin eased that pain.", OFF_LABEL, "error"),
    ("meloxicam", "I take meloxicam for the nerve pain shingles left behind.", OFF_LABEL, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the drafts' own wording
    ("gabapentin", "I take gabapentin for the nerve pain shingles left behind.", OFF_LABEL),
    ("gabapentin", "After shingles, the skin burned for months. Gabapentin eased that pain.", OFF_LABEL),
    # new wordings
    ("gabapentin", "Her doctor prescribed gabapentin for the burning her shingles had left her with.", OFF_LABEL),
    ("pregabalin", "Since his shingles, his ribs have stung for months. Pregabalin calmed that pain.", OFF_LABEL),
    ("gabapentin", "Following a bout of shingles, her side still ached, and gabapentin helped with the pain.", OFF_LABEL),
    ("pregabalin", "We prescribe pregabalin for the stabbing pain that the shingles left him with.", OFF_LABEL),
    ("gabapentin", "After shingles, the skin burned for months, and gabapentin eased the pain.", OFF_LABEL),
]
