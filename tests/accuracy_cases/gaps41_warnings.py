"""Safety warnings from the holdout41 scoring, as classes.

A warning's lay words said of the effect another medicine has on the drug: "omeprazole (Prilosec) and
esomeprazole (Nexium), which can make Plavix work less well", "fluconazole may stop it working so well"
give an interaction, not the boxed warning about people whose genes make clopidogrel work less well
(safety-warnings.missing reported). Near misses that give the warning: genes as the cause ("some people's
genes make Plavix work less well"), the wording with no other medicine before it, and another medicine
named in an earlier clause with a clause break between.

Each case asserts what an editor sees: the finding (item, severity) or its absence."""

from __future__ import annotations

WARNING = "safety-warnings.missing"
CYP = "cyp2c19-poor-metabolizers"

#: (drug in front matter, draft body, rule, item, severity): reported.
SHOULD: list[tuple[str, str, str, str, str]] = [
    (
        "clopidogrel",
        "Tell your doctor if you take the stomach pill omeprazole, which can make clopidogrel work less well.",
        WARNING,
        CYP,
        "error",
    ),
    (
        "clopidogrel",
        "Heartburn tablets like esomeprazole (Nexium) can make it work less well, so ask about another one.",
        WARNING,
        CYP,
        "error",
    ),
]

#: (drug in front matter, draft body, rule, item): not reported.
SHOULD_NOT: list[tuple[str, str, str, str]] = [
    ("clopidogrel", "Some people's genes make Plavix work less well; a blood test can check this.", WARNING, CYP),
    ("clopidogrel", "Avoid omeprazole. Separately, in some people clopidogrel works less well because of their genes.", WARNING, CYP),
    ("clopidogrel", "Clopidogrel works less well in people whose bodies can't activate it.", WARNING, CYP),
]
