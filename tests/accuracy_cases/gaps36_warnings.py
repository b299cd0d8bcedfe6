"""Required warnings and interactions the blind sets holdout35/36 credited to drafts that only talk
around them, as classes:

- A procedural mention is not the warning: isotretinoin's boxed embryo-fetal warning is given by the
  danger to the baby or by what keeps a pregnancy from happening (must not get pregnant, two forms of
  birth control, pregnancy tests), not by the program's name or "pregnant" in a sentence about
  paperwork ("If you can get pregnant, iPLEDGE has a few extra steps for you").
- A warning's words said of something else: prazosin's first-dose fainting is not given by its
  lowering of blood pressure (what it is for) nor by a drink's effect ("Alcohol can make you dizzy");
  a drink that adds to the drug's own effect ("Alcohol adds to the dizziness") still says it.
- A class word that is another item's medicine: "antidepressants" as the MAOIs' description ("MAOIs,
  the old-school antidepressants", "antidepressants called MAOIs") or as the medicine the drug is
  replaced by ("patients on tamoxifen need a different antidepressant", "may switch you to another
  antidepressant") is not the serotonergic-drugs interaction; a list that names both ("with MAOIs or
  with other antidepressants") and a co-prescription ("if you're prescribed another antidepressant")
  still warn of it.

Each case is a draft in other words than the held-out sets', and asserts what an editor sees:
the finding (item, severity) or its absence."""

from __future__ import annotations

INTERACTION = "interactions.missing"
WARNING = "safety-warnings.missing"
EMBRYO = "embryo-fetal-toxicity"
SYNCOPE = "first-dose-syncope"
SEROTONIN = "serotonergic-drugs"

#: (drug in front matter, draft body, rule, item, severity): reported.
SHOULD: list[tuple[str, str, str, str, str]] = [
    (
        "isotretinoin",
        "Everyone registers with iPLEDGE and checks in every month. If you can get pregnant, there are a few extra forms "
        "to fill in. Dry lips are the main side effect.",
        WARNING,
        EMBRYO,
        "error",
    ),
    (
        "isotretinoin",
        "Getting a prescription means signing up for the iPLEDGE program and picking up each refill within seven days.",
        WARNING,
        EMBRYO,
        "error",
    ),
    (
        "isotretinoin",
        "Anyone who could become pregnant has some extra paperwork at each visit. Isotretinoin treats severe nodular acne.",
        WARNING,
        EMBRYO,
        "error",
    ),
    (
        "isotretinoin",
        "Your dermatologist will go through the pregnancy rules with you at the first visit. Use a thick lip balm.",
        WARNING,
        EMBRYO,
        "error",
    ),
    (
        "prazosin",
        "Prazosin lowers your blood pressure by relaxing your blood vessels. Your doctor starts you on 1 mg and raises it slowly.",
        WARNING,
        SYNCOPE,
        "error",
    ),
    (
        "prazosin",
        "Prazosin treats high blood pressure. Alcohol can make you dizzy and light-headed, so keep drinks moderate.",
        WARNING,
        SYNCOPE,
        "error",
    ),
    (
        "prazosin",
        "Prazosin treats high blood pressure. Drinking wine can leave you feeling faint, so go easy.",
        WARNING,
        SYNCOPE,
        "error",
    ),
    (
        "paroxetine",
        "Never take paroxetine with MAOIs, the old-school antidepressants such as phenelzine. Tell your doctor about everything you take.",
        INTERACTION,
        SEROTONIN,
        "error",
    ),
    (
        "paroxetine",
        "Women on tamoxifen need a different antidepressant, because paroxetine can stop tamoxifen working. "
        "Your GP will want the full list of what you take, painkillers and all.",
        INTERACTION,
        SEROTONIN,
        "error",
    ),
    ("sertraline", "Do not take sertraline with an MAOI (an older type of antidepressant).", INTERACTION, SEROTONIN, "error"),
    (
        "fluoxetine",
        "If fluoxetine doesn't suit you, your doctor may switch you to another antidepressant. Never combine it with MAOIs.",
        INTERACTION,
        SEROTONIN,
        "error",
    ),
    ("paroxetine", "Antidepressants called MAOIs must never be taken with paroxetine.", INTERACTION, SEROTONIN, "error"),
]

#: (drug in front matter, draft body, rule, item): not reported.
SHOULD_NOT: list[tuple[str, str, str, str]] = [
    ("isotretinoin", "You must not get pregnant while taking isotretinoin or for a month after you stop.", WARNING, EMBRYO),
    (
        "isotretinoin",
        "If you can get pregnant, you'll need two forms of birth control and a pregnancy test every month.",
        WARNING,
        EMBRYO,
    ),
    ("isotretinoin", "Women who are pregnant must not take it.", WARNING, EMBRYO),
    ("isotretinoin", "The iPLEDGE rules are there so that no one becomes pregnant during a course.", WARNING, EMBRYO),
    ("isotretinoin", "Even one capsule can seriously hurt an unborn baby.", WARNING, EMBRYO),
    ("prazosin", "The first dose can make you faint, so take it at bedtime.", WARNING, SYNCOPE),
    ("prazosin", "Prazosin can make your blood pressure drop when you stand up, so get up slowly.", WARNING, SYNCOPE),
    ("prazosin", "Some people feel dizzy or light-headed after the first dose or a bigger dose.", WARNING, SYNCOPE),
    ("prazosin", "Alcohol adds to the dizziness, so go easy on drinks while you are on prazosin.", WARNING, SYNCOPE),
    ("paroxetine", "Never combine paroxetine with other antidepressants, triptans or tramadol.", INTERACTION, SEROTONIN),
    ("paroxetine", "Do not take it with MAOIs or with other antidepressants.", INTERACTION, SEROTONIN),
    ("sertraline", "Avoid other antidepressants, including MAOIs, while you are on sertraline.", INTERACTION, SEROTONIN),
    ("fluoxetine", "Tell your doctor if you're prescribed another antidepressant while on fluoxetine.", INTERACTION, SEROTONIN),
    ("paroxetine", "Never take paroxetine together with a different antidepressant.", INTERACTION, SEROTONIN),
]
