"""A bare "for pain" after the article named the drug's approved pain points back at that use (eval/holdout115 ci11).

- "Stopping suddenly can bring on seizures, even in people who take it for pain." after gabapentin's nerve pain after
  shingles was named; "Most of our members take it for pain." after "postherpetic neuralgia"; pregabalin "If you take it
  for pain" after fibromyalgia and diabetic nerve pain.

Still reported (a new pain, or no approved pain named before): "for back pain", "for pain in their knees", "for any pain",
gabapentin "for pain" in an article naming only its seizures, meloxicam "for pain" after osteoarthritis (an approved use
that is no pain), and "for pain" before the approved pain is named.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

_GABAPENTIN = "Gabapentin is approved for the burning nerve pain that can linger for months after a bout of shingles, and for seizures.\n\n"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("gabapentin", _GABAPENTIN + "Many people also take it for back pain.", OFF_LABEL, "error"),
    ("gabapentin", _GABAPENTIN + "Some take it for pain in their knees.", OFF_LABEL, "error"),
    ("gabapentin", _GABAPENTIN + "My aunt takes it for any pain she has.", OFF_LABEL, "error"),
    ("gabapentin", "Gabapentin treats partial seizures.\n\nSome people take it for pain.", OFF_LABEL, "error"),
    ("meloxicam", "Meloxicam treats osteoarthritis and rheumatoid arthritis.\n\nMany people take it for pain.", OFF_LABEL, "error"),
    ("gabapentin", "Some people take gabapentin for pain.\n\nGabapentin is approved for postherpetic neuralgia.", OFF_LABEL, "error"),
]

#: (drug, body, rule): no finding of ``rule``.
SHOULD_NOT = [
    # the draft's own wording
    (
        "gabapentin",
        "Gabapentin, also sold as Neurontin, is approved for two things. The first is the\n"
        "burning, stabbing nerve pain that can linger for months after a bout of shingles.\n"
        "The second is seizures: it is added to other seizure medicines for partial\nseizures.\n\n"
        "## Can you just stop it?\n\n"
        "No. Stopping suddenly can bring on seizures, even in people who take it for pain.\n"
        "Your doctor will lower the dose over at least a week.",
        OFF_LABEL,
    ),
    ("gabapentin", "Gabapentin treats postherpetic neuralgia and partial seizures.\n\nMost of our members take it for pain.", OFF_LABEL),
    (
        "pregabalin",
        "Pregabalin is approved for fibromyalgia and for nerve pain from diabetes.\n\nIf you take it for pain, do not stop it suddenly.",
        OFF_LABEL,
    ),
    (
        "gabapentin",
        _GABAPENTIN + "People who take it for pain usually need 1,800 mg a day, split into three doses.",
        OFF_LABEL,
    ),
]
