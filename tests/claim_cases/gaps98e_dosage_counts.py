"""Tablet counts above the label maximum (eval/holdout95 bo13, holdout98 br08), as classes.

- A dose raised to tablets counted at parts of the day: "your doctor may raise it to two tablets after breakfast and two
  after your evening meal" of 50 mg naltrexone tablets (200 mg a day, above 150 mg), "we'll increase you to three at
  breakfast and two at bedtime", "bumped me up to two in the morning and two at night". The tablets are dosed by the
  label's tablet entries, not by an injection's (naltrexone's monthly 380 mg). Silent at or under the maximum, and when
  forbidden.
- The tablets someone is on, called by their strength and product ("the 10 mg Ambien", "my 10 mg Ambien"), then counted:
  "on the bad nights I just take two of them at bedtime" (20 mg, above 10 mg). Silent for one of them, and for a dose
  ("two 5 mg Ambien").
"""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"

_NALTREXONE = "Naltrexone helps people stay off alcohol. The usual dose is one 50 mg tablet once a day. "
_ZOLPIDEM = "Zolpidem (Ambien) is for short-term insomnia. "

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording
    (
        "naltrexone",
        _NALTREXONE + "If the cravings for alcohol are still strong after a month, your doctor may\n"
        "raise it to two tablets after breakfast and two after your evening meal.",
        ABOVE_MAX,
        "error",
    ),
    ("naltrexone", _NALTREXONE + "If that isn't enough, we'll increase you to three at breakfast and two at bedtime.", ABOVE_MAX, "error"),
    ("naltrexone", _NALTREXONE + "After a month my GP bumped me up to two in the morning and two at night.", ABOVE_MAX, "error"),
    ("naltrexone", _NALTREXONE + "Some clinics go up to two tablets with breakfast, one at lunch and one with dinner.", ABOVE_MAX, "error"),
    (
        "zolpidem",
        _ZOLPIDEM + "My doc has me on the 10 mg Ambien, and on the bad\n"
        "nights I just take two of them at bedtime and I'm out cold by midnight.",
        ABOVE_MAX,
        "error",
    ),
    ("zolpidem", _ZOLPIDEM + "I'm on the 10 mg Ambien and when I can't drop off I take two of those at bedtime.", ABOVE_MAX, "error"),
    ("zolpidem", _ZOLPIDEM + "My 10 mg Ambien stopped working, so now I swallow a couple of them at night.", ABOVE_MAX, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("naltrexone", _NALTREXONE + "Your doctor may raise it to two tablets after breakfast and one after your evening meal.", ABOVE_MAX),
    ("naltrexone", _NALTREXONE + "Never raise it to two tablets after breakfast and two after your evening meal yourself.", ABOVE_MAX),
    ("naltrexone", _NALTREXONE + "For opioid blockade some people go up to two tablets on Monday and two on Wednesday.", ABOVE_MAX),
    ("naltrexone", _NALTREXONE + "Your doctor may lower it to one tablet in the morning.", ABOVE_MAX),
    ("zolpidem", _ZOLPIDEM + "My doc has me on the 10 mg Ambien, and I take one of them at bedtime.", ABOVE_MAX),
    ("zolpidem", _ZOLPIDEM + "My doc has me on the 5 mg Ambien, and on bad nights I take two of them at bedtime.", ABOVE_MAX),
    ("zolpidem", _ZOLPIDEM + "I'm on the 10 mg Ambien. Two of them said it helped them sleep.", ABOVE_MAX),
]
