"""A side effect the timing of the dose avoids, told as what taking it early helps with, from eval/holdout186 (fb09,
prednisone), as a class.

Class: the dose taken early, earlier, or as a single morning dose, the subject of what helps with the sleeplessness the drug
itself brings ("Taking it early helps with the sleeplessness", "Having it early helps with the insomnia some people get on
higher doses", "Giving it early helps with the trouble sleeping"): advice that avoids a side effect, not a use (was an error
of insomnia). Still reported: the drug itself said to help with it, a bedtime dose or one early in the evening that helps
with it, and "wake early", the trouble itself, before the drug's use.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drug itself
    ("prednisone", "Prednisone helps with the sleeplessness.", OFF_LABEL, "error"),
    # a bedtime dose, or one early in the evening, helping: the sleep use
    ("prednisone", "Taking it at bedtime helps with the sleeplessness.", OFF_LABEL, "error"),
    ("amitriptyline", "Taking it early in the evening helps with the sleeplessness.", OFF_LABEL, "error"),
    # waking early is the trouble, not the timing of a dose
    (
        "trazodone",
        "For people who wake early and can't get back to sleep, trazodone helps with the insomnia.",
        OFF_LABEL,
        "error",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the draft's own wording (fb09)
    (
        "prednisone",
        "Short courses are often taken as one morning dose with breakfast. Taking it early helps with the sleeplessness, and"
        " food helps with the indigestion some people get.",
        OFF_LABEL,
    ),
    # new wordings, other voices
    ("prednisone", "Having it early helps with the insomnia some people get on higher doses.", OFF_LABEL),
    ("prednisone", "A single morning dose helps with the insomnia that higher doses can bring.", OFF_LABEL),
    (
        "methylphenidate",
        "Giving it early helps with the trouble sleeping that some children have on stimulants.",
        OFF_LABEL,
    ),
]
