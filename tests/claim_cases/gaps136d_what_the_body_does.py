"""The body's own cells or chemicals doing what a condition names, from eval/holdout214 (gd13, clopidogrel), as a class.

Class: a relative clause on the body's own cells, proteins or chemicals ("platelets, the tiny cells that help blood clot",
"a protein in your blood that helps it clot", "serotonin, a chemical in the brain that helps you sleep", "a hormone made by
your body that helps you sleep") tells what the body does, not a use of the drug the sentence is about. Still reported: the
drug described as a tablet or medicine that does it, the drug itself doing it, and the drug copying the body's chemical
for the use.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drug described as the tablet that does it
    ("trazodone", "Trazodone is a small tablet that helps you sleep.", OFF_LABEL, "error"),
    # the drug itself doing it
    ("clopidogrel", "Clopidogrel is a medicine that helps treat blood clots in the legs.", OFF_LABEL, "error"),
    # the drug copying the chemical, for the use
    ("mirtazapine", "Mirtazapine boosts the chemicals in your brain, and doctors give it to help you sleep.", OFF_LABEL, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the draft's own wording (gd13)
    (
        "clopidogrel",
        "Clopidogrel stops platelets, the tiny cells that help blood clot, from sticking together. This lowers the chance of a"
        " clot blocking a blood vessel.",
        OFF_LABEL,
    ),
    # new wordings, other voices
    ("warfarin", "Warfarin blocks vitamin K, which your liver uses to make the proteins in your blood that help it clot.", OFF_LABEL),
    ("trazodone", "Trazodone works on serotonin, a chemical in the brain that helps regulate mood and sleep.", OFF_LABEL),
    ("aspirin", "Low-dose aspirin makes the platelets, the little blood cells that help your blood clot, less sticky.", OFF_LABEL),
]
