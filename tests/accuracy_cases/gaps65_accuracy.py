"""Misstatement classes from the holdout65-67 scoring, each told in other words and voices.

An antibacterial asked for or taken whenever a viral illness starts ("Now I ask for it whenever I feel a virus
coming on", holdout65 ak02), or a viral illness told and then a course given and the teller well again in the same
sentence ("had a stinking cold, so I got a pack of doxycycline and within two days I felt fine"). Near misses: an
infection told between ("her cold turned into a chest infection; ... she was fine"), no better, a denial.

Dependence denied with the apostrophe dropped, as careless sites write it, and with "any kind of" before the word
("it just doesnt create any kind of dependence in a kid", holdout67 am02; "wont cause any sort of addiction"). Near
misses: the denial refuted in the next sentence, "it can create a kind of dependence".

A slow-release tablet told as crushed or chewed, then said to make no difference, in the same sentence or the next
as someone's verdict ("She crushed the tablet ... into yoghurt. She said it's exactly the same medicine either way",
holdout67 am12; "chews her morning tablet up and swears it works just as well"). Near misses: "it is not the same
medicine", a crushed tablet told with its harm ("the same dose, but all at once"). In an article naming both the
slow-release and the short-acting tablets, the story counts in a paragraph about the slow-release one only.

A warning's bare word taken from a sentence about something else (safety-warnings.missing): "sugar" in the blood sugar
the drug brings down or that is checked ("so your blood sugar comes down", "Check your blood sugar", holdout65 ak11)
is not the low-blood-sugar warning; weight loss told as a sign of too high a dose ("shakiness, sweating and weight loss
nobody planned for are signs the dose is too high", holdout66 al06; "unexplained weight loss") is not the warning that
levothyroxine is not for weight loss. Near misses that warn: "keep some sugar with you", "if your sugar drops too
low", "glucose tablets"; "it should never be used for weight loss".

Each case asserts what an editor sees: the finding (item, severity) or its absence."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
VIRUSES = "antibiotics-for-viruses"
DEPENDENCE = "not-addictive"
CRUSH = "crush-er-tablets"
WARNING = "safety-warnings.missing"
_GLIPIZIDE = "Glipizide helps your pancreas release insulin, so your blood sugar comes down. "
_LEVO = "Levothyroxine replaces the hormone your thyroid no longer makes. "

_OXY = "Maria has used OxyContin for cancer pain for a year. "
_BOTH = "Doctors use short-acting Roxicodone for breakthrough pain and OxyContin twice a day.\n\n"

#: (drug in front matter, draft body, rule, item, severity): reported.
SHOULD: list[tuple[str, str, str, str, str]] = [
    # -- asked for or taken whenever a virus starts; a course and well again --
    ("doxycycline", '"These days I ask for doxycycline whenever I feel a cold coming on."', MISSTATEMENT, VIRUSES, "warning"),
    ("doxycycline", "I pop a course of doxy at the first sign of a cold.", MISSTATEMENT, VIRUSES, "warning"),
    ("doxycycline", "Mark takes doxycycline every time he comes down with the flu.", MISSTATEMENT, VIRUSES, "warning"),
    (
        "doxycycline",
        "Had a stinking cold in March, so I got a pack of doxycycline and within two days I felt fine.",
        MISSTATEMENT,
        VIRUSES,
        "warning",
    ),
    # -- dependence denied, apostrophe dropped --
    ("methylphenidate", "Used as prescribed, Ritalin wont cause any sort of addiction in children.", MISSTATEMENT, DEPENDENCE, "error"),
    ("methylphenidate", "It doesnt lead to any form of dependence if you stick to the dose.", MISSTATEMENT, DEPENDENCE, "error"),
    # -- crushed, then no difference --
    ("oxycodone", _OXY + "My neighbour chews her morning tablet up and swears it works just as well.", MISSTATEMENT, CRUSH, "error"),
    ("oxycodone", _OXY + "Her husband crushed the tablets into jam. He told her it makes no difference.", MISSTATEMENT, CRUSH, "error"),
    (
        "oxycodone",
        _BOTH + "Ken has taken OxyContin since his surgery. He crushed his tablet into jam. He said it's the same medicine.",
        MISSTATEMENT,
        CRUSH,
        "error",
    ),
    # -- a warning's bare word said of something else --
    ("glipizide", _GLIPIZIDE + "Check your blood sugar at home and note the readings.", WARNING, "hypoglycemia", "error"),
    (
        "levothyroxine",
        _LEVO + "Palpitations and unexplained weight loss can mean the dose is too high.",
        WARNING,
        "not-for-weight-loss",
        "error",
    ),
    (
        "levothyroxine",
        _LEVO + "A racing heart and weight loss you did not plan for are signs of too much hormone.",
        WARNING,
        "not-for-weight-loss",
        "error",
    ),
    ("oxycodone", _OXY + "Some days she grinds the tablet up in a spoon. It's exactly the same medicine.", MISSTATEMENT, CRUSH, "error"),
]

#: (drug in front matter, draft body, rule, item): not reported.
SHOULD_NOT: list[tuple[str, str, str, str]] = [
    (
        "oxycodone",
        _BOTH + "Ken takes Roxicodone when the pain flares. He crushed his tablet into jam. He said it's the same medicine.",
        MISSTATEMENT,
        CRUSH,
    ),
    ("glipizide", _GLIPIZIDE + "Keep some sugar or sweets with you in case.", WARNING, "hypoglycemia"),
    ("glipizide", _GLIPIZIDE + "If your sugar drops too low, eat something sweet.", WARNING, "hypoglycemia"),
    ("glipizide", _GLIPIZIDE + "Always carry glucose tablets.", WARNING, "hypoglycemia"),
    ("levothyroxine", _LEVO + "It should never be used for weight loss.", WARNING, "not-for-weight-loss"),
    (
        "doxycycline",
        "Her cold turned into a chest infection; the GP gave her a course of doxycycline and she was fine in a week.",
        MISSTATEMENT,
        VIRUSES,
    ),
    ("doxycycline", "He had the flu, then an ear infection. A course of doxycycline and he was better.", MISSTATEMENT, VIRUSES),
    ("doxycycline", "Never ask for doxycycline whenever you feel a virus coming on: it does not work on viruses.", MISSTATEMENT, VIRUSES),
    ("methylphenidate", "It can create a kind of dependence, so it is a controlled drug.", MISSTATEMENT, DEPENDENCE),
    (
        "methylphenidate",
        "Some say it doesnt cause any kind of dependence. That is not true: it can be habit-forming.",
        MISSTATEMENT,
        DEPENDENCE,
    ),
    (
        "oxycodone",
        _OXY + "She crushed the tablet into yoghurt. Her nurse said it is not the same medicine at all and it could kill her.",
        MISSTATEMENT,
        CRUSH,
    ),
    (
        "oxycodone",
        _OXY + "Her friend crushed the tablet once. It was the same dose, but all at once, and she stopped breathing.",
        MISSTATEMENT,
        CRUSH,
    ),
]
