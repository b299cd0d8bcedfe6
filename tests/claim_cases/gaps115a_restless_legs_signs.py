"""Restless legs syndrome told by its signs and given a drug not approved for it (eval/holdout112 cf12).

- The urge to move the legs told with its feel: "the creeping, crawling urge to move your legs that comes on in the
  evening" (a clinic's list of uses), "an unpleasant, itchy urge to move the legs", "the crawling, tingling urge to move
  your legs" settled by a bedtime dose.
- The feeling in the legs at night: "the restless, crawling feeling in the legs at night", "a creeping, tingling sensation
  in her calves every evening".

A use told only in such lay words is a warning. Kept silent: leg cramps or restlessness as a side effect, an urge to keep
moving with no legs (akathisia), a disclosed off-label use, and ropinirole or pramipexole named as the medicine for it.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

_CLONAZEPAM = "Clonazepam treats seizures and panic disorder.\n\n"
_GABAPENTIN = "Gabapentin treats partial seizures and nerve pain after shingles.\n\n"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording
    (
        "clonazepam",
        "In this clinic we prescribe clonazepam for:\n\n"
        "- some kinds of epilepsy, including absence seizures\n"
        "- panic disorder, sudden attacks of intense fear with a racing heart\n"
        "- the creeping, crawling urge to move your legs that comes on in the evening and\n"
        "  keeps you walking the bedroom floor; a small dose at bedtime settles it",
        OFF_LABEL,
        "warning",
    ),
    # other words and drugs
    (
        "clonazepam",
        _CLONAZEPAM + "We also use clonazepam for an unpleasant, itchy urge to move the legs that comes on when you lie down.",
        OFF_LABEL,
        "warning",
    ),
    ("clonazepam", _CLONAZEPAM + "Clonazepam helps with the restless, crawling feeling in the legs at night.", OFF_LABEL, "warning"),
    ("clonazepam", _CLONAZEPAM + "A small dose at bedtime settles the crawling, tingling urge to move your legs.", OFF_LABEL, "warning"),
    (
        "gabapentin",
        _GABAPENTIN + "Her doctor put her on gabapentin for the creeping, tingling sensation in her calves every evening.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): no finding of ``rule``.
SHOULD_NOT = [
    ("clonazepam", _CLONAZEPAM + "Clonazepam can cause leg cramps, restlessness and unsteadiness.", OFF_LABEL),
    (
        "clonazepam",
        _CLONAZEPAM + "Some people feel restless or have an urge to keep moving while taking clonazepam; tell your doctor.",
        OFF_LABEL,
    ),
    (
        "clonazepam",
        _CLONAZEPAM + "Clonazepam is sometimes used off-label for the creeping, crawling urge to move your legs at night.",
        OFF_LABEL,
    ),
    (
        "clonazepam",
        _CLONAZEPAM + "For the creeping, crawling urge to move your legs at night, your doctor may prescribe ropinirole or pramipexole.",
        OFF_LABEL,
    ),
]
