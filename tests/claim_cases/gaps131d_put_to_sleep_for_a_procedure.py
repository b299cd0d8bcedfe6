"""Being put to sleep for an operation, from eval/holdout172 (en03, semaglutide), as a class.

Class: "put (someone) to sleep", the idiom of an anaesthetic ("Tell the surgeon and anesthetist that you use it before any
operation or procedure where you will be put to sleep", "before they put you to sleep for the surgery", "the drip that puts
patients to sleep"): "put" is no taking there and "to" no purpose (was an error of insomnia for semaglutide). Still reported: a
doctor putting the person on a drug to sleep, a dose taken to get to sleep (a warning) or to sleep through a trouble.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # put on a drug to sleep
    ("trazodone", "My doctor put me on trazodone to sleep better.", OFF_LABEL, "error"),
    # taken to get to sleep (lay words)
    ("semaglutide", "She takes her semaglutide at night to get to sleep.", OFF_LABEL, "warning"),
    # taken to sleep through a trouble
    ("semaglutide", "She takes her semaglutide at night to sleep through the hunger pangs.", OFF_LABEL, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the draft's own wording (en03)
    (
        "semaglutide",
        "Tell the surgeon and anesthetist that you use it before any operation or procedure where you will be put to sleep: food"
        " stays in the stomach longer and could get into your lungs.",
        OFF_LABEL,
    ),
    # new wordings, other voices
    ("tirzepatide", "Let the anaesthetist know you take Mounjaro before they put you to sleep for the surgery.", OFF_LABEL),
    (
        "semaglutide",
        "Mention Wegovy at the pre-op check, since the drip that puts patients to sleep can make you sick if your stomach is full.",
        OFF_LABEL,
    ),
    ("semaglutide", "Stop Ozempic a week before your colonoscopy if they plan to put you to sleep for it.", OFF_LABEL),
]
