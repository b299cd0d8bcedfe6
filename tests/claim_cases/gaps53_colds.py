"""False-error class: an over-the-counter pain reliever taken "for colds". The Drug Facts of
acetaminophen, ibuprofen, naproxen and aspirin list the aches of the common cold among their uses (and
fever), and every eval annotator marked such uses as approved; "I use it for colds" had been an
undisclosed off-label error.

Still reported: a cough, which no pain reliever's label lists."""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("ibuprofen", "My husband takes ibuprofen for his cough at night.", OFF_LABEL, "error"),
    ("acetaminophen", "She gives her son Tylenol to calm his cough.", OFF_LABEL, "error"),
]

#: (drug, body, rule): a near miss the writer must not be bothered with.
SHOULD_NOT = [
    ("acetaminophen", "I mostly use it for colds and the odd headache.", OFF_LABEL),
    ("ibuprofen", "Ibuprofen is what I reach for when a head cold flattens me.", OFF_LABEL),
    ("naproxen", "Aleve gets me through a bad cold without the aches.", OFF_LABEL),
    ("aspirin", "Grandad still takes aspirin for colds, as his mother did.", OFF_LABEL),
]
