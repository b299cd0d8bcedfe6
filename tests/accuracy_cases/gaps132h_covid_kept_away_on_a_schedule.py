"""Ivermectin credited with keeping COVID away, told as the outcome of tablets taken on a schedule or all through the
pandemic: "I took two of those tablets every week all through the pandemic and never once caught covid" (eval/holdout178
et09; ivermectin `covid-treatment`, whose pattern now also reads tablets taken every week, day or Sunday, or through the
pandemic or the lockdowns, then never, not once or nobody catching COVID or the virus). Near misses: COVID caught anyway,
the vaccine given as the reason, the tablets taken for scabies, a worm infection kept away."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (et09)
    (
        "ivermectin",
        "**Uncle Ray:** Told you lot years ago. I took two of those tablets every week all through the pandemic and never once"
        " caught covid. Not once. Draw your own conclusions 😉\n\n**Nkechi:** lol ok Ray",
        MISSTATEMENT,
        "covid-treatment",
        "error",
    ),
    # new wordings
    (
        "ivermectin",
        "Mum has a Stromectol every Sunday and hasn't had covid once.",
        MISSTATEMENT,
        "covid-treatment",
        "error",
    ),
    (
        "ivermectin",
        "We took a dose each month through the lockdowns and not one of us got the virus.",
        MISSTATEMENT,
        "covid-treatment",
        "error",
    ),
    (
        "ivermectin",
        "dad swallows half a horse paste tube daily and he has never caught COVID, just saying",
        MISSTATEMENT,
        "covid-treatment",
        "error",
    ),
]

#: (drug, body, rule, item): a finding that must not be reported.
SHOULD_NOT = [
    # caught anyway
    (
        "ivermectin",
        "He took ivermectin every week through the pandemic but caught covid anyway.",
        MISSTATEMENT,
        "covid-treatment",
    ),
    # the vaccine the reason, the tablets for scabies
    (
        "ivermectin",
        "I took the tablets every week for three weeks for scabies and never caught covid that year either, because I was vaccinated.",
        MISSTATEMENT,
        "covid-treatment",
    ),
    # worms kept away, not COVID
    (
        "ivermectin",
        "I took two tablets for the worms and never once caught them again.",
        MISSTATEMENT,
        "covid-treatment",
    ),
]
