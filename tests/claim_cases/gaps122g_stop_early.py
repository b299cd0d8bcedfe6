"""Stopping an anticoagulant or antiplatelet early told in lay words (warning kind ``stop-early``), from
eval/holdout121 (co01, a false error on apixaban's boxed premature-discontinuation warning).

- The stopping, missing or gap, then the clot or stroke made more likely: "coming off it early makes a stroke more
  likely", "stopping before your doctor says raises your chance of a stroke", "a gap in your tablets can let a clot
  form"; the clot told first ("you could have a stroke if you skip doses"); the prescriber alone deciding on a pause
  ("only my doctor should decide on a pause"). Also clopidogrel's warning (a heart attack or a clot in the stent).
- Not "take it every day" alone, nor the clot or stroke as the medicine's own use ("it helps stop blood clots, which can
  cause strokes", "it lowers the risk of a stroke when you take it every day"), nor "only your doctor can prescribe it".
"""

from __future__ import annotations

WARNINGS = "safety-warnings.missing"

#: apixaban's other required warnings (bleeding; a spinal or epidural injection), given, so only stopping is at stake.
_APIXABAN = (
    "Apixaban can cause serious bleeding; get help for bleeding that will not stop. Tell the anaesthetist you take it "
    "before a spinal or epidural injection.\n\n"
)
#: clopidogrel's other required warnings (bleeding; a weak effect in people whose genes make them poor CYP2C19 metabolizers), given.
_CLOPIDOGREL = "Clopidogrel makes you bleed and bruise more easily. In some people, because of their genes, it works less well. "

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("apixaban", _APIXABAN + "Take it every day, at the same times, with or without food.", WARNINGS, "error"),
    ("apixaban", _APIXABAN + "Apixaban lowers the risk of a stroke in people with atrial fibrillation.", WARNINGS, "error"),
    ("apixaban", _APIXABAN + "It helps stop blood clots forming, which can cause strokes.", WARNINGS, "error"),
    ("apixaban", _APIXABAN + "It lowers the risk of a stroke when you take it every day.", WARNINGS, "error"),
    ("apixaban", _APIXABAN + "Only your doctor can prescribe it, and only your pharmacist can dispense it.", WARNINGS, "error"),
    ("clopidogrel", _CLOPIDOGREL + "It keeps the stent open by stopping platelets from clumping.", WARNINGS, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the draft's own wording
    (
        "apixaban",
        _APIXABAN + 'Graham was tempted to skip them before a cruise. "My pharmacist said, very firmly, that coming off it early '
        'makes a stroke more likely, and that only my doctor should decide on a pause."',
        WARNINGS,
    ),
    ("apixaban", _APIXABAN + "Stopping before your doctor says so raises your chance of a stroke.", WARNINGS),
    ("apixaban", _APIXABAN + "Even a short gap in your tablets can let a clot form.", WARNINGS),
    ("apixaban", _APIXABAN + "You could have a stroke if you skip doses or run out over a holiday.", WARNINGS),
    ("apixaban", _APIXABAN + "Only your heart doctor can say when it is safe to take a break.", WARNINGS),
    ("apixaban", _APIXABAN + "Going without it for a few days leaves you open to a clot in the legs or lungs.", WARNINGS),
    ("clopidogrel", _CLOPIDOGREL + "Missing a few days after a stent can lead to a clot in the stent and a heart attack.", WARNINGS),
]
