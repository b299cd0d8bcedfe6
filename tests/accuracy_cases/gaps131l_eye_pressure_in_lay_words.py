"""Topiramate's eye warning (acute myopia with secondary angle-closure glaucoma) told in lay words, read as given: "If
your vision suddenly blurs, or one eye becomes painful and red, that is an emergency. Topiramate can cause a rare
build-up of pressure in the eye that can lead to permanent loss of sight" (eval/holdout174 ep06, a false error). Also the
eyesight going blurry, pressure building behind the eye, losing one's sight. Near misses, still missing: tired eyes, red
eyes from hay fever, a "vision" that is a hope."""

from __future__ import annotations

MISSING = "safety-warnings.missing"

_TOPIRAMATE = "Topiramate prevents migraine attacks and treats some kinds of seizures.\n\n"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "topiramate",
        _TOPIRAMATE + "Some people find their eyes feel tired after a long day at the screen.",
        MISSING,
        "eye-problems",
        "error",
    ),
    (
        "topiramate",
        _TOPIRAMATE + "Hay fever gave me red, itchy eyes all spring, but that had nothing to do with it.",
        MISSING,
        "eye-problems",
        "error",
    ),
    ("topiramate", _TOPIRAMATE + "She had a vision of running the marathon again by autumn.", MISSING, "eye-problems", "error"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # the draft's own wording
    (
        "topiramate",
        _TOPIRAMATE + 'The neurologist has a short list of warnings she gives everyone. "If your vision suddenly blurs, or one eye'
        " becomes painful and red, that is an emergency. Topiramate can cause a rare build-up of pressure in the eye that can"
        " lead to permanent loss of sight if it isn't treated within days.\"",
        MISSING,
        "eye-problems",
    ),
    # new wordings, other voices
    ("topiramate", _TOPIRAMATE + "Call your doctor the same day if your eyesight suddenly goes blurry.", MISSING, "eye-problems"),
    (
        "topiramate",
        _TOPIRAMATE + "Rarely, pressure builds up inside the eye. If an eye turns painful, go to the emergency room.",
        MISSING,
        "eye-problems",
    ),
    (
        "topiramate",
        _TOPIRAMATE + "Left untreated, that eye problem can mean losing your sight, so don't wait it out.",
        MISSING,
        "eye-problems",
    ),
]
