"""Classes my own spot check found still missed after the forty-sixth stop's helpers (none of the helpers saw these sentences):

- a trouble the medicine is said to make go: "Zofran makes morning sickness disappear completely" (the use, by the lead
  "makes" before the trouble and its going after it);
- fine for an unborn baby said with an intensifier, an absolute claim ("is totally fine for the baby");
- postherpetic neuralgia told as the skin still burning once the shingles has cleared, then the giving;
- and silent: a blocked nose sent to another product after a semicolon ("Loratadine helps the sneezing and the runny nose;
  if your nose is blocked, ask about Claritin-D", fix helper e's note); a trouble named only as the time another began ("had
  stopped eating ... after the stroke, so the care home doctor put him on mirtazapine" is no use for blood clots); eating
  that makes a trouble go; "totally fine to take with food"; the outbreak's own pain.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"
ABSOLUTE = "unsupported-claim.absolute"
MISSTATEMENT = "accuracy.misstatement"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("ondansetron", "Zofran makes morning sickness disappear completely.", OFF_LABEL, "error"),
    ("clonidine", "A small dose at night made her hot flushes vanish within a fortnight.", OFF_LABEL, "error"),
    ("ondansetron", "Zofran is totally fine for the baby, so take it whenever you feel sick.", ABSOLUTE, "error"),
    ("sertraline", "Honestly, sertraline is perfectly okay in pregnancy.", ABSOLUTE, "error"),
    (
        "amitriptyline",
        "Ever since the shingles cleared, the skin over my ribs burns when my shirt brushes it, so my GP put me on amitriptyline.",
        OFF_LABEL,
        "warning",
    ),
    ("loratadine", "It is my go-to whenever my nose is blocked.", MISSTATEMENT, "warning"),
]

#: (drug, body, rule): must stay silent.
SHOULD_NOT = [
    (
        "mirtazapine",
        "Grandad had stopped eating and dropped two stone after the stroke, so the care home doctor put him on mirtazapine.",
        OFF_LABEL,
    ),
    ("metformin", "Eating a snack makes the shakiness disappear.", OFF_LABEL),
    ("ondansetron", "It is totally fine to take with food.", ABSOLUTE),
    ("ondansetron", "It is not totally fine for the baby, so ask your midwife first.", ABSOLUTE),
    ("amitriptyline", "While the shingles was out, the skin burned, and the GP gave me painkillers.", OFF_LABEL),
    ("sertraline", "Since the stroke he has been low and tearful, so his GP started sertraline.", OFF_LABEL),
    ("loratadine", "Loratadine helps the sneezing and the runny nose; if your nose is blocked, ask about Claritin-D.", MISSTATEMENT),
    ("loratadine", "Loratadine helps the sneezing; if your nose is blocked, ask about a decongestant.", MISSTATEMENT),
]
