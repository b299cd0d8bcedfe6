"""Doses above the label by wording class, from what holdout11/holdout12 missed: a dose taken
again on a schedule said in the next sentence or clause ("three 300 mg tablets. You can repeat this
every four hours, up to six times a day": 5,400 mg of aspirin); tablets counted by the product's
name with no word for tablets ("two Aleve every eight hours": 6 x 220 mg, above the OTC 660 mg);
and a dose compared with the maximum of the one use the article is about when the label doses its
uses differently (pantoprazole for erosive oesophagitis: 40 mg a day; the 240 mg is Zollinger-Ellison's),
a warning since the use is inferred from the article. Each class is written in several voices
(leaflet, blog, British English, non-native English) besides the draft's own wording; each case
asserts what the writer would see: the finding with its rule id and severity, or none."""

from __future__ import annotations

from typing import Any

import pytest
from test_dosage_holdout78 import dosage

ABOVE_MAX = ("dosage.above-max", "error")
ABOVE_MAX_WARNING = ("dosage.above-max", "warning")

FLAGGED = [
    # -- a dose taken again on a schedule said after it (aspirin: 4,000 mg a day OTC) --
    (
        "aspirin",
        "For a bad headache, take three 300 mg tablets. You can repeat this every four hours, up to six times a day, while the pain lasts.",
        ABOVE_MAX,
    ),
    ("aspirin", "Adults: three 300 mg tablets, which can be repeated every four hours.", ABOVE_MAX),
    ("aspirin", "Take 900 mg and repeat every 4 hours, max six times a day.", ABOVE_MAX),
    ("aspirin", "Swallow three tablets of 300 mg. You may take them again every four hours.", ABOVE_MAX),
    ("aspirin", "Take 3 tablet of 300 mg, then repeat it each 4 hours until the pain is going.", ABOVE_MAX),
    ("aspirin", "The dose is 975 mg. Repeat if needed, up to 6 doses in 24 hours.", ABOVE_MAX),
    ("aspirin", "Take three 325 mg tablets. This can be repeated every 4 to 6 hours.", ABOVE_MAX_WARNING),
    # -- tablets counted by the product's name (Aleve: naproxen sodium 220 mg, 660 mg a day OTC) --
    (
        "naproxen",
        "For the heaviest days, take two Aleve every eight hours or so until the worst has passed.",
        ABOVE_MAX,
    ),
    ("naproxen", "I pop 2 Aleve three times a day when my back flares.", ABOVE_MAX),
    ("naproxen", "She takes 3 Aleve twice daily for her knees.", ABOVE_MAX),
    ("naproxen", "My doctor said take two Aleve each 8 hours.", ABOVE_MAX),
    ("naproxen", "Two Aleve every twelve hours is what my mum swears by.", ABOVE_MAX),
    # ... a brand with no strength of its own: the strength the article names (ibuprofen 200 mg OTC)
    ("ibuprofen", "Advil comes in 200 mg tablets. Take two Advil every four hours.", ABOVE_MAX_WARNING),
    # -- the maximum of the use the article is about (pantoprazole: 40 mg a day for erosive esophagitis) --
    (
        "pantoprazole",
        "Your endoscopy showed erosive oesophagitis.\n\n"
        "- Take one 40 mg tablet once a day.\n"
        "- If your heartburn breaks through in the evening, you can take a second 40 mg tablet with your evening meal.",
        ABOVE_MAX_WARNING,
    ),
    ("pantoprazole", "Pantoprazole treats erosive esophagitis.\n\nIf the heartburn is bad, take 40 mg twice a day.", ABOVE_MAX_WARNING),
    (
        "pantoprazole",
        "This leaflet is for people with reflux oesophagitis.\n\nOn bad days you can have 80 mg a day.",
        ABOVE_MAX_WARNING,
    ),
    (
        "pantoprazole",
        "Pantoprazole is for heal the esophagitis.\n\nWhen heartburn come back at night, you take one more 40 mg tablet.",
        ABOVE_MAX_WARNING,
    ),
    ("pantoprazole", "Pantoprazole helps heal an inflamed oesophagus.\n\nSome people take two 40 mg tablets a day.", ABOVE_MAX_WARNING),
]

NOT_FLAGGED = [
    # a repeat within the maximum, a repeat prescription, a repeat not to be taken, or on another day
    ("aspirin", "Take one 300 mg tablet. You can repeat this every four hours, up to six times a day."),
    ("aspirin", "Take two 325 mg tablets. Repeat every 4 hours, no more than 6 times in 24 hours."),
    ("aspirin", "Take three 300 mg tablets. Ask your GP for a repeat prescription every 4 weeks."),
    ("aspirin", "Take three 300 mg tablets. Do not repeat this within four hours."),
    ("aspirin", "Take three 300 mg tablets. Repeat the next day if the pain comes back."),
    # a product count within the label, or of another product
    ("naproxen", "Take one Aleve every 8 to 12 hours."),
    ("naproxen", "Aleve helps my cramps. For heartburn I take two Tums every four hours."),
    ("naproxen", "Take two Aleve with a full glass of water."),
    # the use with the higher doses, both uses named, or a dose within the use's maximum
    ("pantoprazole", "Pantoprazole treats Zollinger-Ellison syndrome.\n\nThe usual dose is 40 mg twice a day."),
    ("pantoprazole", "Pantoprazole treats erosive esophagitis and Zollinger-Ellison syndrome.\n\nSome people take 40 mg twice a day."),
    ("pantoprazole", "Pantoprazole heals erosive oesophagitis.\n\nTake one 40 mg tablet once a day."),
]


@pytest.mark.parametrize(("drug", "body", "finding"), FLAGGED)
def test_dose_above_the_label_is_reported(project: Any, drug: str, body: str, finding: tuple[str, str]) -> None:
    assert finding in dosage(project, drug, body)


@pytest.mark.parametrize(("drug", "body"), NOT_FLAGGED)
def test_dose_within_the_label_is_not_reported(project: Any, drug: str, body: str) -> None:
    assert [f for f in dosage(project, drug, body) if f[0] == "dosage.above-max"] == []
