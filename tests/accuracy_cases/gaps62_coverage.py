"""Interactions and warnings from the holdout62-64 scoring, as classes: a sentence that names the item's
words but is not its warning.

The drug's own class said as a whole, not another medicine taken with it: "the main side effect of any
anticoagulant is bleeding" (holdout63 ai09), "the risk with any anticoagulant", "like any anticoagulant",
"as with other anticoagulants" do not warn of other blood thinners (interactions.missing, reported). Near
misses that still warn: "do not take it with any other anticoagulant", "other blood thinners add to the
bleeding risk".

The drug, as "it" or "this medicine", said not to be of a class that interacts: "It's not an opioid"
(holdout64 aj12), "and it isn't a sedative", "this medicine is not a benzodiazepine" do not warn of
sedatives, opioids or alcohol (interactions.missing, reported). Near misses: "don't mix it with opioids",
"avoid sleeping pills while on it".

Stopping or withdrawal said of a drink or another substance, not of the drug: "when a person suddenly stops
heavy drinking (acute alcohol withdrawal)" (holdout64 aj13), "people coming off alcohol", "withdrawal from
alcohol" (its approved use) do not give the taper warning (safety-warnings.missing, reported). Near misses
that give it: "don't stop diazepam suddenly", "your doctor will lower the dose slowly", "stopping suddenly
can cause withdrawal seizures" (even when the article also treats alcohol withdrawal).

Each case asserts what an editor sees: the finding (item, severity) or its absence."""

from __future__ import annotations

INTERACTION = "interactions.missing"
WARNING = "safety-warnings.missing"
BLEEDING = "bleeding-risk-drugs"
SEDATIVES = "alcohol-cns-depressants"
TAPER = "dependence-withdrawal"

_APIXABAN = "Apixaban lowers the risk of stroke in atrial fibrillation. "
_CYCLO = "Cyclobenzaprine eases muscle spasm after a back strain. "
_DIAZEPAM = "Diazepam treats anxiety and is used "

#: (drug in front matter, draft body, rule, item, severity): reported.
SHOULD: list[tuple[str, str, str, str, str]] = [
    # -- the drug's own class as a whole --
    ("apixaban", _APIXABAN + "The biggest risk with any anticoagulant is a bleed.", INTERACTION, BLEEDING, "error"),
    ("apixaban", _APIXABAN + "Like any anticoagulant, it can cause serious bleeding.", INTERACTION, BLEEDING, "error"),
    ("apixaban", _APIXABAN + "As with other anticoagulants, bleeding is the side effect to watch for.", INTERACTION, BLEEDING, "error"),
    # -- the drug said not to be of a class --
    (
        "cyclobenzaprine",
        _CYCLO + "People ask, and it isn't a sedative. Don't drive if sleepy.",
        INTERACTION,
        SEDATIVES,
        "error",
    ),
    ("cyclobenzaprine", _CYCLO + "Good to know: this medicine is not a benzodiazepine. Take it at night.", INTERACTION, SEDATIVES, "error"),
    # -- stopping or withdrawal of a substance --
    ("diazepam", _DIAZEPAM + "for people coming off alcohol, to calm the shakes. It can cause drowsiness.", WARNING, TAPER, "error"),
    ("diazepam", _DIAZEPAM + "during withdrawal from alcohol in hospital. It can cause drowsiness.", WARNING, TAPER, "error"),
    ("diazepam", _DIAZEPAM + "when someone quits heavy drinking all at once. It can cause drowsiness.", WARNING, TAPER, "error"),
]

#: (drug in front matter, draft body, rule, item): not reported.
SHOULD_NOT: list[tuple[str, str, str, str]] = [
    ("apixaban", _APIXABAN + "Do not take it with any other anticoagulant unless your doctor says so.", INTERACTION, BLEEDING),
    ("apixaban", _APIXABAN + "Other blood thinners, aspirin and ibuprofen add to the bleeding risk; ask first.", INTERACTION, BLEEDING),
    ("cyclobenzaprine", _CYCLO + "It's not an opioid, but don't mix it with opioids or alcohol.", INTERACTION, SEDATIVES),
    ("cyclobenzaprine", _CYCLO + "Avoid sleeping pills and alcohol while on it, as the drowsiness adds up.", INTERACTION, SEDATIVES),
    ("diazepam", _DIAZEPAM + "for alcohol withdrawal. Don't stop diazepam suddenly; the dose is lowered slowly.", WARNING, TAPER),
    ("diazepam", _DIAZEPAM + "for alcohol withdrawal. Stopping it suddenly can cause withdrawal seizures.", WARNING, TAPER),
    ("diazepam", _DIAZEPAM + "for muscle spasm. If you want to stop, your doctor will reduce the dose gradually.", WARNING, TAPER),
]
