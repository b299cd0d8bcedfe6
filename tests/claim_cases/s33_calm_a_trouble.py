"""A use told with "calm" after a modal or "to", and a trouble's spells told as sudden (eval/holdout187 fc04 escitalopram
and holdout198 fn03 sertraline: misses), as a class, narrower than 004518b (reverted for twelve false errors).

- "Calm" is a use verb like "settle" only bare after a modal or "to" ("the same tablet would calm the sudden waves of heat",
  "to calm the heat surges"); not "calms", not "calm down", not the reader feeling calm.
- "Sudden" stands before a trouble only before its spells ("the sudden waves of heat", "sudden rushes"): not "a sudden severe
  headache", a warning sign.
- A symptom's signals placed in an approved condition stay that condition ("can settle the pain signals of a migraine" on
  sumatriptan), and a manic phase in lay words is bipolar disorder ("calm the racing thoughts of a manic high" on quetiapine).
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wordings (fc04, fn03)
    (
        "escitalopram",
        "Her gynecologist, meanwhile, told her the same tablet would calm the sudden waves of heat that had been soaking her"
        " nightshirt at three in the morning since her periods stopped.",
        OFF_LABEL,
        "error",
    ),
    (
        "sertraline",
        "For months she woke drenched, with waves of heat rushing up into her face. Her doctor gave her sertraline to calm the"
        " heat surges.",
        OFF_LABEL,
        "error",
    ),
    # other voices
    ("sertraline", "Sertraline should calm the night sweats, the nurse told me.", OFF_LABEL, "error"),
    ("escitalopram", "My GP reckons escitalopram might calm the sudden rushes of heat at night.", OFF_LABEL, "error"),
    ("gabapentin", "The clinic started her on gabapentin to calm the restless legs that keep her up.", OFF_LABEL, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("escitalopram", "It can make you feel calm and a little sleepy at first.", OFF_LABEL),
    ("escitalopram", "Try to calm down before bed; the hot flushes felt less frightening once she did.", OFF_LABEL),
    ("apixaban", "Call 999 if you get a sudden severe headache, as it can be a sign of bleeding in the brain.", OFF_LABEL),
    ("sumatriptan", "Sumatriptan can settle the pain signals of a migraine within an hour or two.", OFF_LABEL),
    ("sumatriptan", "Sumatriptan calms the pain signals of a migraine attack.", OFF_LABEL),
    ("quetiapine", "It can calm the racing thoughts of a manic high and help lift a bipolar low.", OFF_LABEL),
    ("escitalopram", "Escitalopram would calm the constant worry of generalized anxiety disorder, which it is approved for.", OFF_LABEL),
]
