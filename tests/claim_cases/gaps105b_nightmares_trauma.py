"""Nightmares told by the trauma coming back at night, as a class (eval/holdout104 bx10).

- Waking back in a place of the war, or in the war zone: "woke up most nights soaked in sweat, back in the same alley in
  Fallujah", "would wake at 2 a.m., back on the road outside Kandahar", "kept waking up back in the rubble".
- The event coming back at night: "night after night the ambush came back to him in his sleep", "the crash still comes
  back to her most nights".

Near misses kept silent: nightmares as a side effect, waking back in a house far from any war, a convoy coming back to
base every night, the approved use (high blood pressure), a negation, a use disclosed as off-label.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

_PRAZOSIN = "Prazosin lowers high blood pressure. "

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording
    (
        "prazosin",
        _PRAZOSIN + "Ray, a Marine who served two tours in Iraq, spoke at our October meeting. For eleven years he woke up"
        " most nights soaked in sweat, back in the same alley in Fallujah, and his wife had moved to the spare room because he"
        ' thrashed in his sleep. His VA doctor started him on prazosin at bedtime. "Six weeks in, I slept through to the alarm'
        ' for the first time since 2009," Ray said.',
        OFF_LABEL,
        "warning",
    ),
    # new wordings
    (
        "prazosin",
        _PRAZOSIN + "Night after night the ambush came back to him in his sleep. His doctor started him on prazosin at bedtime.",
        OFF_LABEL,
        "warning",
    ),
    (
        "prazosin",
        _PRAZOSIN + "Most nights she would wake at 2 a.m., back on the road outside Kandahar. Her doctor put her on prazosin.",
        OFF_LABEL,
        "warning",
    ),
    (
        "prazosin",
        _PRAZOSIN + "He kept waking up back in the rubble of the market. A VA psychiatrist added prazosin at night, and it worked.",
        OFF_LABEL,
        "warning",
    ),
    (
        "prazosin",
        _PRAZOSIN + "The crash still comes back to her most nights. Her GP started her on prazosin at bedtime.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("prazosin", _PRAZOSIN + "Prazosin can cause vivid dreams or nightmares in some people.", OFF_LABEL),
    (
        "prazosin",
        _PRAZOSIN + "He woke up back in the same house in Leeds where he grew up. His doctor started him on prazosin for his"
        " blood pressure.",
        OFF_LABEL,
    ),
    (
        "prazosin",
        _PRAZOSIN + "In Iraq his convoy came back to base every night. His doctor started him on prazosin for his blood pressure.",
        OFF_LABEL,
    ),
    ("prazosin", _PRAZOSIN + "Ray served in Iraq. His doctor started him on prazosin for high blood pressure.", OFF_LABEL),
    (
        "prazosin",
        _PRAZOSIN + "For years he woke up back in the same alley in Fallujah. His VA doctor started him on prazosin, an off-label"
        " use for PTSD nightmares that the FDA has not approved.",
        OFF_LABEL,
    ),
]
