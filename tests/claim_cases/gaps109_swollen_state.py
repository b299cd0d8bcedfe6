"""Angioedema told as a state, "swollen" (eval/holdout109 cc10, a false error on a lisinopril handout), as a class.

- The face, lips, tongue or throat said to be or become swollen gives the angioedema warning of every drug whose facts
  read it from the swelling's place (lisinopril, azithromycin, pregabalin): "the face, the lips, the tongue or the
  throat become swollen", "swollen lips or a swollen tongue", "if your throat swelled up".
- Not swelling elsewhere ("swollen ankles", "a swollen knee"), nor no swelling named at all.
"""

from __future__ import annotations

WARNINGS = "safety-warnings.missing"

_LISINOPRIL = (
    "Lisinopril treats high blood pressure. Do not take it if you are pregnant: it can harm or kill an unborn baby. "
    "Tell your doctor if you take potassium pills or salt substitutes, water pills, or lithium. Blood tests check your "
    "potassium and kidneys.\n\n"
)

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("lisinopril", _LISINOPRIL + "Some people get swollen ankles in hot weather.", WARNINGS, "error"),
    ("lisinopril", _LISINOPRIL + "A swollen knee after exercise is not a reason to stop.", WARNINGS, "error"),
    ("lisinopril", _LISINOPRIL + "Call your doctor if you feel dizzy when you stand up.", WARNINGS, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "lisinopril",
        _LISINOPRIL + "Rarely, the face, the lips, the tongue or the throat become swollen. This can close the throat. Call 911 at once.",
        WARNINGS,
    ),
    ("lisinopril", _LISINOPRIL + "Go to the emergency room if you get swollen lips or a swollen tongue.", WARNINGS),
    ("lisinopril", _LISINOPRIL + "If your throat swelled up even once, stop it and get help.", WARNINGS),
    ("lisinopril", _LISINOPRIL + "A swollen face can be a sign of a rare but dangerous reaction: call 911.", WARNINGS),
]
