"""Dosage from eval/holdout118 cl12, as a class: a daily schedule of another named medicine (folic acid, a vitamin)
in a sentence that also names the once-weekly drug only to place the other medicine's doses.

- "Your doctor will probably prescribe folic acid, usually 5 mg once a week on a different day from the
  methotrexate, or 1 mg daily" (no dosage.weekly-taken-daily): "from the methotrexate", "the day after your
  methotrexate", "on top of methotrexate" name it as a landmark, not as the owner of the daily amount.
- Still reported: the weekly drug's own daily amount ("before methotrexate 2.5 mg daily", "take your methotrexate
  2.5 mg every day", "methotrexate is taken as 2.5 mg each morning" after folic acid).
"""

from __future__ import annotations

WEEKLY_DAILY = "dosage.weekly-taken-daily"

_METHOTREXATE = "Methotrexate is taken once a week for rheumatoid arthritis.\n\n"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("methotrexate", _METHOTREXATE + "Take folic acid before methotrexate 2.5 mg daily.", WEEKLY_DAILY, "error"),
    ("methotrexate", _METHOTREXATE + "Besides folic acid, take your methotrexate 2.5 mg every day.", WEEKLY_DAILY, "error"),
    ("methotrexate", _METHOTREXATE + "After folic acid, methotrexate is taken as 2.5 mg each morning.", WEEKLY_DAILY, "error"),
    ("methotrexate", _METHOTREXATE + "Take folic acid with breakfast and methotrexate 7.5 mg every day.", WEEKLY_DAILY, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "methotrexate",
        _METHOTREXATE + "Your doctor will probably prescribe folic acid, usually 5 mg once a week on a different day from the "
        "methotrexate, or 1 mg daily.",
        WEEKLY_DAILY,
    ),
    ("methotrexate", _METHOTREXATE + "Folic acid is often added on top of methotrexate, at 1 mg each morning.", WEEKLY_DAILY),
    ("methotrexate", _METHOTREXATE + "Most also get folic acid: 5 mg the day after your methotrexate, or 1 mg every day.", WEEKLY_DAILY),
    ("methotrexate", _METHOTREXATE + "Some prefer a vitamin, given apart from the methotrexate, at 1 mg daily.", WEEKLY_DAILY),
    ("methotrexate", _METHOTREXATE + "In addition to methotrexate, folic acid 1 mg a day cuts mouth sores.", WEEKLY_DAILY),
]
