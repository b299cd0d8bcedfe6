"""Hiccups told only by their signs, then the drug given (eval/holdout75 au04), as a class.

- The diaphragm's jerk or a "hic" in quotes ('that diaphragm "hic" every few seconds for nine days', "his diaphragm kept
  spasming", "hic, hic, hic all night"), and the forms of the word the list lacked ("hiccuping", "a hiccup that would not
  stop"). A warning when told in signs, an error when named.
- A giving after a sentence telling only what the trouble kept the person from ("He couldn't eat or sleep properly.") is
  for the trouble told before it, not for sleep; a lone "She couldn't sleep." is still the sleep.
- Not hiccups: the diaphragm in breathing exercises, a hiccup in plans, a "hic" that stopped before anything was given.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

_BACLOFEN = "Baclofen relaxes stiff muscles in multiple sclerosis and spinal cord injury. "

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "baclofen",
        _BACLOFEN + 'My father-in-law (no MS) had that diaphragm "hic" every few seconds for nine days after his hernia '
        "operation. He couldn't eat or sleep properly. The surgeon gave him 5 mg of baclofen three times a day and by the "
        "Thursday it had stopped. Amazing stuff.",
        OFF_LABEL,
        "warning",
    ),
    (
        "baclofen",
        _BACLOFEN + "After her stroke Mum's diaphragm kept spasming, day and night, for a fortnight. The ward doctor started "
        "her on baclofen.",
        OFF_LABEL,
        "warning",
    ),
    (
        "baclofen",
        _BACLOFEN + 'Since the chemo it was "hic", "hic", "hic" every few seconds. She could not eat, talk or rest. Her '
        "oncologist prescribed baclofen.",
        OFF_LABEL,
        "warning",
    ),
    ("baclofen", _BACLOFEN + "Some neurologists use baclofen for hiccuping that goes on for days.", OFF_LABEL, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "baclofen",
        _BACLOFEN + "Breathe in slowly, letting your diaphragm drop. Her neurologist started her on baclofen for the stiffness "
        "in her legs from MS.",
        OFF_LABEL,
    ),
    (
        "baclofen",
        _BACLOFEN + "There was a hiccup with the pharmacy order, so the refill came late. The neurologist gave him baclofen for "
        "his MS spasticity.",
        OFF_LABEL,
    ),
    (
        "baclofen",
        _BACLOFEN + 'He had that diaphragm "hic" for an hour after the fizzy drink. But it passed. His neurologist gave him '
        "baclofen for his spasticity.",
        OFF_LABEL,
    ),
    (
        "baclofen",
        _BACLOFEN + "His legs went stiff and jerky after the MS relapse. He couldn't walk or sleep properly. The neurologist "
        "gave him baclofen.",
        OFF_LABEL,
    ),
]
