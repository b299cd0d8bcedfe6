"""Superiority told as the others not coming near it (eval/holdout112 cf05): a group of other medicines, named by its class,
said not to come close or anywhere near ("the non-stimulants don't come close to it"), or left behind ("leaves the other ADHD
medicines behind"); not a dose or a limit not reached, nor a comparison cited in its paragraph."""

from __future__ import annotations

COMPARATIVE = "unsupported-claim.comparative"

_ADHD = "Amphetamine mixed salts treat ADHD. "
_SERTRALINE = "Sertraline treats depression. "

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "amphetamine-mixed-salts",
        'An adult ADHD specialist we interviewed put it bluntly: "When a patient really has\nADHD, the non-stimulants'
        " don't come close to it. I start with Adderall nearly every\ntime.\"",
        COMPARATIVE,
        "error",
    ),
    ("sertraline", _SERTRALINE + "Honestly, the older antidepressants just can't hold a candle to it.", COMPARATIVE, "error"),
    ("amphetamine-mixed-salts", _ADHD + "Other treatments don't come anywhere near it for focus.", COMPARATIVE, "error"),
    ("sertraline", _SERTRALINE + "In my clinic it leaves the other antidepressants far behind.", COMPARATIVE, "error"),
    ("amphetamine-mixed-salts", _ADHD + "The stimulant-free options simply do not come close.", COMPARATIVE, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("amphetamine-mixed-salts", _ADHD + "A 20 mg dose does not come close to the maximum dose.", COMPARATIVE),
    ("sertraline", _SERTRALINE + "Most tablets don't come close to the daily limit.", COMPARATIVE),
    (
        "amphetamine-mixed-salts",
        _ADHD + "In one trial the non-stimulants didn't come close to it.[^1]\n\n[^1]: Faraone SV. J Clin Psychiatry. 2010.",
        COMPARATIVE,
    ),
    ("sertraline", _SERTRALINE + "If you left the other tablets behind at the hotel, ring your pharmacist.", COMPARATIVE),
    ("amphetamine-mixed-salts", _ADHD + "Nothing else touches the skin while the patch is on.", COMPARATIVE),
]
