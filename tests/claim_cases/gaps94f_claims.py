"""Uncited claims from eval/holdout93-94 (three misses), as classes.

- The effect itself called instant or immediate (rapid onset): "it's practically instant: two hours after that first
  capsule", "the relief was almost immediate" (not denied, not an "instant-release" form, not an immediate reaction).
- The event a medicine is taken to prevent promised not to happen (absolute): "a second heart attack simply will not
  happen", "you will never have another stroke" (not a lowered risk, a denial or a condition).
- "works ... better than" with an intensifier between (comparative): "works far better than patches or gum", "worked so
  much better than the old tablets" (not "works far better if you take it with food", not cited).
"""

from __future__ import annotations

ABSOLUTE = "unsupported-claim.absolute"
COMPARATIVE = "unsupported-claim.comparative"
RAPID = "unsupported-claim.rapid-onset"

_AMOXICILLIN = "Amoxicillin treats bacterial infections. "
_SIMVASTATIN = "Simvastatin lowers cholesterol. "
_CLOPIDOGREL = "Clopidogrel helps stop blood clots. "
_VARENICLINE = "Varenicline helps people stop smoking. "
_IBUPROFEN = "Ibuprofen eases pain and swelling. "

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wording
    (
        "amoxicillin",
        _AMOXICILLIN + "In my experience it's practically instant: two hours after that first capsule my throat stopped burning.",
        RAPID,
        "error",
    ),
    ("simvastatin", _SIMVASTATIN + '"Take it every evening and a second heart attack simply will not happen."', ABSOLUTE, "error"),
    ("varenicline", _VARENICLINE + "In our experience varenicline works far better than patches or gum.", COMPARATIVE, "error"),
    # new wordings
    ("ibuprofen", _IBUPROFEN + "Honestly, the relief was almost immediate after the first tablet.", RAPID, "error"),
    ("amoxicillin", _AMOXICILLIN + "Once you start the course the difference is near-instant.", RAPID, "error"),
    ("ibuprofen", _IBUPROFEN + "Swallow two with water and the effect is instantaneous.", RAPID, "error"),
    ("clopidogrel", _CLOPIDOGREL + "Stay on it and another stroke just isn't going to happen.", ABSOLUTE, "error"),
    ("simvastatin", _SIMVASTATIN + "Take your tablet every night and you will never have another heart attack.", ABSOLUTE, "error"),
    ("clopidogrel", _CLOPIDOGREL + "With this in your system, a further clot can't happen.", ABSOLUTE, "error"),
    ("varenicline", _VARENICLINE + "Members tell me it worked so much better than the nicotine lozenges.", COMPARATIVE, "error"),
    ("ibuprofen", _IBUPROFEN + "For a sprained ankle it works a lot better than paracetamol.", COMPARATIVE, "error"),
    ("simvastatin", _SIMVASTATIN + "It works miles better than the fish oil capsules people buy.", COMPARATIVE, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("amoxicillin", _AMOXICILLIN + "The effect isn't instant: most people feel better after two or three days.", RAPID),
    ("amoxicillin", _AMOXICILLIN + "Don't expect it to be immediate; keep taking every dose.", RAPID),
    ("ibuprofen", _IBUPROFEN + "Get help if you have an immediate allergic reaction such as a swollen face.", RAPID),
    ("amoxicillin", _AMOXICILLIN + "Relief was almost immediate for my son, as the trial found.[^1]\n\n[^1]: Smith J, 2020.", RAPID),
    ("simvastatin", _SIMVASTATIN + "Taking it every evening makes a second heart attack less likely.", ABSOLUTE),
    ("simvastatin", _SIMVASTATIN + "No pill can promise that a second heart attack will not happen.", ABSOLUTE),
    ("clopidogrel", _CLOPIDOGREL + "It cannot guarantee that another stroke won't happen, so keep your other medicines too.", ABSOLUTE),
    (
        "simvastatin",
        _SIMVASTATIN + "In the trial, a second heart attack did not happen in most patients on it.[^1]\n\n[^1]: 4S Group, Lancet 1994.",
        ABSOLUTE,
    ),
    ("ibuprofen", _IBUPROFEN + "It works far better if you take it with food and plenty of water.", COMPARATIVE),
    ("ibuprofen", _IBUPROFEN + "After a week on it I feel far better than I did last month.", COMPARATIVE),
    (
        "varenicline",
        _VARENICLINE + "In the EAGLES trial, varenicline worked much better than patches.[^1]\n\n[^1]: Anthenelli RM, Lancet 2016.",
        COMPARATIVE,
    ),
]
