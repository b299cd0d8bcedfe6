"""Unsupported claims (eval/holdout95 bo04, bo13; holdout97 bq05), as classes.

- Easier to bear than a named medicine: "It's far easier to live with than amitriptyline", "much easier to stick with than
  Topamax", "easier to tolerate than lithium" (not the form or the illness: "easier to swallow than Tegretol tablets",
  "easier to live with than the migraines"; not cited).
- Comparatives joined, the first a gain, against a named medicine: "shuts panic down faster and harder than Lexapro ever did",
  "works quicker, deeper and longer than Ambien" (not a harm alone: "the withdrawal hit harder than Lexapro's").
- Cravings gone fast: "the pull towards a drink fades within an hour of their very first tablet", "the urge to smoke vanishes
  after the first dose" (not hedged, denied or told over weeks: "the urge to drink may ease over the first weeks").
"""

from __future__ import annotations

COMPARATIVE = "unsupported-claim.comparative"
RAPID = "unsupported-claim.rapid-onset"

_TOPIRAMATE = "Topiramate helps prevent migraine. "
_PAROXETINE = "Paroxetine treats panic disorder. "
_NALTREXONE = "Naltrexone helps people stay off alcohol. "
_VARENICLINE = "Varenicline helps people stop smoking. "

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "topiramate",
        _TOPIRAMATE + "Honestly, for a lot of my customers, yes. It's far easier to live with than\n"
        "amitriptyline, which leaves most people groggy.",
        COMPARATIVE,
        "error",
    ),
    ("topiramate", _TOPIRAMATE + "Most of my patients find it much easier to stick with than propranolol.", COMPARATIVE, "error"),
    ("topiramate", _TOPIRAMATE + "People tell me it's a lot easier to tolerate than Elavil.", COMPARATIVE, "error"),
    ("topiramate", _TOPIRAMATE + "It is simpler to put up with than amitriptyline in the long run.", COMPARATIVE, "error"),
    (
        "paroxetine",
        _PAROXETINE + "**mapleandrain** writes: For me, no contest. Paroxetine shuts panic down faster and harder than Lexapro ever did.",
        COMPARATIVE,
        "error",
    ),
    ("paroxetine", _PAROXETINE + "It calms the panic quicker, deeper and longer than sertraline.", COMPARATIVE, "error"),
    ("paroxetine", _PAROXETINE + "Paxil hit my anxiety harder and faster than Zoloft did.", COMPARATIVE, "error"),
    ("paroxetine", _PAROXETINE + "It works better and faster than escitalopram for most people.", COMPARATIVE, "error"),
    (
        "naltrexone",
        _NALTREXONE + "It takes away some of the reward from drinking. Most people notice the pull\n"
        "towards a drink fades within an hour of their very first tablet.",
        RAPID,
        "error",
    ),
    ("naltrexone", _NALTREXONE + "The urge to drink vanishes after the first dose.", RAPID, "error"),
    ("naltrexone", _NALTREXONE + "Patients say the cravings melt away overnight.", RAPID, "error"),
    ("varenicline", _VARENICLINE + "One tablet and the desire for a cigarette is gone within the hour.", RAPID, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("topiramate", _TOPIRAMATE + "The sprinkle capsules are easier to swallow than Topamax tablets.", COMPARATIVE),
    ("topiramate", _TOPIRAMATE + "Side effects are easier to live with than the migraines, many people say.", COMPARATIVE),
    ("topiramate", _TOPIRAMATE + "In one trial it was easier to live with than amitriptyline [1].", COMPARATIVE),
    ("topiramate", _TOPIRAMATE + "Is it really easier to live with than amitriptyline?", COMPARATIVE),
    ("paroxetine", _PAROXETINE + "The withdrawal hit harder than it did with Lexapro.", COMPARATIVE),
    ("paroxetine", _PAROXETINE + "It does not work faster and harder than Lexapro.", COMPARATIVE),
    (
        "paroxetine",
        _PAROXETINE + "In a head-to-head trial it worked faster and harder than sertraline.[^1]\n\n[^1]: Smith 2020.",
        COMPARATIVE,
    ),
    ("naltrexone", _NALTREXONE + "The urge to drink may ease over the first few weeks.", RAPID),
    ("naltrexone", _NALTREXONE + "Cravings don't vanish after the first dose; give it a few weeks.", RAPID),
    ("naltrexone", _NALTREXONE + "Nausea usually fades within a few days of the first tablet.", RAPID),
    ("naltrexone", _NALTREXONE + "If the cravings haven't eased within a month, tell your doctor.", RAPID),
    ("naltrexone", _NALTREXONE + "In one study the cravings faded within hours of the first tablet [2].", RAPID),
]
