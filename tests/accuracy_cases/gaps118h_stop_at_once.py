"""Not stopping suddenly, told in a translation's or a plain handout's words (eval/holdout117 ck11, a false error on
lorazepam's boxed warning: "Do not stop the tablets at once, and do not make the dose small fast by yourself ... If you
stop at once, you can have shaking ... The doctor will make the dose smaller slowly, step by step."), as a class of the
shared taper wording.

- "Do not stop ... at once / at one time", "If you stop ... at once, you may ...", "make (or get) the dose smaller
  slowly / little by little", "Don't make your dose smaller too fast", "Lowering the dose too quickly can ...".
- Still missing: the opposite advice to stop at once ("Stop the tablets at once and call the doctor if your face or
  lips swell"), the dose made bigger or raised step by step, something else stopping at once, and a stop at once
  said to be harmless.
"""

from __future__ import annotations

RULE = "safety-warnings.missing"
_LORAZEPAM = "dependence-withdrawal"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    ("lorazepam", "Stop the tablets at once and call the doctor if your face or lips swell.", RULE, _LORAZEPAM, "error"),
    ("lorazepam", "Do not make the dose bigger by yourself. Take it as the doctor says.", RULE, _LORAZEPAM, "error"),
    ("lorazepam", "The doctor may raise the dose slowly, step by step, until it helps.", RULE, _LORAZEPAM, "error"),
    ("lorazepam", "If you stop feeling sleepy at once after a dose, that is normal.", RULE, _LORAZEPAM, "error"),
    ("clonidine", "If you stop at once, nothing bad happens, so do it whenever you like.", RULE, "abrupt-withdrawal", "error"),
]

#: (drug, body, rule, item): near misses that must stay silent.
SHOULD_NOT = [
    (
        "lorazepam",
        "**Stopping.** Do not stop the tablets at once, and do not make the dose small fast by yourself. The body becomes used "
        "to the medicine. If you stop at once, you can have shaking, strong anxiety, sleeping problems, seeing or hearing "
        "things, and seizures (fits) that can be dangerous for life. The doctor will make the dose smaller slowly, step by step.",
        RULE,
        _LORAZEPAM,
    ),
    ("lorazepam", "Never stop taking the lorazepam at once. The body needs time.", RULE, _LORAZEPAM),
    ("lorazepam", "If you stop the tablets at once, you may feel very bad and nervous.", RULE, _LORAZEPAM),
    ("lorazepam", "Lowering the dose too quickly can make you feel very ill.", RULE, _LORAZEPAM),
    ("sertraline", "When you finish, the nurse gets the dose lower little by little.", RULE, "discontinuation-syndrome"),
    ("clonidine", "Do not stop these tablets at one time: your blood pressure can jump up.", RULE, "abrupt-withdrawal"),
    ("propranolol", "Don't make your dose smaller too fast; the heart can race.", RULE, "abrupt-cessation"),
]
