"""Doses stated in prose: "5 mg three times a day", "up to 120 mg a day",
"20 mg/day", "1 g", "500 mcg", "5 mg or 10 mg", "5 to 10 mg every 6 hours".

Each dose is read into mg per dose (low and high for ranges and alternatives)
and, when the text gives one, a frequency; "a day"/"daily"/"/day" after the
amount make it a daily total. Weight-based amounts (mg/kg) and concentrations
(mg/mL) are not doses and are skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
_UNIT = r"mg|mcg|µg|μg|g|milligrams?|micrograms?|grams?"
_AMOUNT = re.compile(
    rf"(?<![\w.])(?:(?P<low>{_NUM})\s*(?P<low_unit>{_UNIT})?\s*(?:-|–|to|or)\s*)?(?P<high>{_NUM})(?:\s*|-)(?P<unit>{_UNIT})\b(?!\s*/\s*(?:kg|m2|ml|l)\b)",
    re.IGNORECASE,
)
_WORD_NUMBERS = {"once": 1, "one": 1, "twice": 2, "two": 2, "thrice": 3, "three": 3, "four": 4, "five": 5, "six": 6}
_LEAD = r"^\s*,?\s*(?:(?:taken|given|by mouth|orally|(?:as a )?(?:tablet|capsule|dose)s?|of\s+(?:the\s+)?[a-z][\w-]*)\s*,?\s*)*"
_DAY = r"(?:a|per|each|every)\s+day|daily|/\s*day|/\s*d\b|in\s+24\s+hours|a\s+24-hour\s+period"
_TIMES = re.compile(rf"{_LEAD}(?P<n>\d+|once|twice|thrice|one|two|three|four|five|six)(?:\s+times?)?\s*(?:{_DAY})", re.IGNORECASE)
_EVERY = re.compile(rf"{_LEAD}every\s+(?P<h>\d+)(?:\s*(?:-|to)\s*(?P<h2>\d+))?\s+hours?", re.IGNORECASE)
_DAILY = re.compile(rf"{_LEAD}(?:{_DAY})", re.IGNORECASE)
_PER_DOSE_AFTER = re.compile(r"^\s*(?:(?:per|each|a|one|single)\s+dose|at\s+(?:a|one)\s+time|at\s+once)\b", re.IGNORECASE)
_PER_DOSE_BEFORE = re.compile(r"\b(?:(?:a|one|single|each|per)\s+dose\s+of|at\s+(?:a|one)\s+time)\s*$", re.IGNORECASE)
_START = re.compile(
    r"\b(?:start(?:s|ing|ed)?\s+(?:at|with|on|by taking)|starting\s+(?:dose|dosage|amount)|initial(?:ly)?(?:\s+(?:dose|dosage))?|"
    r"begin(?:s|ning)?\s+(?:at|with)|first\s+dose|to\s+start)\b[^.;]{0,60}$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Dose:
    start: int
    end: int
    #: mg per dose (or per day when ``daily``); low == high unless a range or alternatives.
    low_mg: float
    high_mg: float
    #: Doses per day, if stated.
    per_day: float | None
    #: The amount is itself a total per day ("120 mg a day", "20 mg/day").
    daily: bool
    #: Said to be a starting dose ("starts at", "initial dose").
    starting: bool
    #: Explicitly one dose ("per dose", "at a time", "a single dose of").
    per_dose: bool = False

    def daily_mg(self, which: str = "high") -> float | None:
        """Total per day, or None if the text does not say how often."""
        amount = self.high_mg if which == "high" else self.low_mg
        if self.daily:
            return amount
        return amount * self.per_day if self.per_day else None

    @property
    def single(self) -> bool:
        return not self.daily


def _to_mg(value: str, unit: str) -> float:
    number = float(value.replace(",", ""))
    unit = unit.lower()
    if unit in ("mcg", "µg", "μg") or unit.startswith("microgram"):
        return number / 1000
    if unit == "g" or unit.startswith("gram"):
        return number * 1000
    return number


def find_doses(text: str) -> list[Dose]:
    doses = []
    for m in _AMOUNT.finditer(text):
        high = _to_mg(m.group("high"), m.group("unit"))
        low = _to_mg(m.group("low"), m.group("low_unit") or m.group("unit")) if m.group("low") else high
        low, high = min(low, high), max(low, high)
        rest = text[m.end() : m.end() + 60]
        per_day: float | None = None
        daily = False
        end = m.end()
        if t := _TIMES.match(rest):
            n = t.group("n").lower()
            per_day = float(_WORD_NUMBERS.get(n) or int(n))
            end += t.end()
        elif e := _EVERY.match(rest):
            hours = int(e.group("h"))
            per_day = 24 / hours if hours else None
            end += e.end()
        elif d := _DAILY.match(rest):
            daily = True
            end += d.end()
        before = text[max(0, m.start() - 80) : m.start()]
        starting = bool(_START.search(before))
        per_dose = bool(_PER_DOSE_AFTER.match(text[m.end() :]) or _PER_DOSE_BEFORE.search(before))
        doses.append(Dose(m.start(), end, low, high, per_day, daily, starting, per_dose))
    return doses
