"""Drug facts against a drug label in openFDA's `drug/label` JSON format.

`pipeline facts verify DRUG --label FILE` reads a label the team downloaded
(the endpoint's response, ``{"results": [ {...} ]}``, or one result object) and
reports, per fact that cites that label (``source.ref``, default ``label``):

- each approved use: found in ``indications_and_usage``;
- each maximum dose: its number found in ``dosage_and_administration``;
- each required safety warning: its topic in ``boxed_warning`` or the warnings
  sections (``warnings_and_cautions``, ``warnings``, ``precautions``);
- each required interaction: its class named in ``drug_interactions``,
  ``contraindications`` or the warnings;
- each topic of the label's boxed warning that no boxed warning (or required
  interaction) of the facts covers.

A topic "is found" when one of the fact's patterns matches the section text, or
when every significant word of the fact's name appears there; a boxed topic is
covered when it shares a significant word with a boxed fact. The check is a
tripwire for drift, not a reading of the label: a pharmacist reviews what it reports.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.errors import InputError
from pipeline.knowledge.facts import DrugFacts, Source

#: Sections of an openFDA label record the verifier reads (each a list of strings).
WARNING_SECTIONS = ("boxed_warning", "warnings_and_cautions", "warnings", "precautions")
INTERACTION_SECTIONS = ("drug_interactions", "contraindications", *WARNING_SECTIONS)
MAX_LABEL_BYTES = 20 * 1024 * 1024
_WORD = re.compile(r"[a-z][a-z0-9-]{3,}")
_STOP = frozenset(
    """warning warnings risk risks with from including include serious life-threatening threatening severe patients
    other using when that this have been more than into also after before during adults children increased only
    boxed medicines medicine drugs drug products product take taking stop stopping""".split()
)
_BOXED_TOPIC = re.compile(r"\b[A-Z][A-Z0-9'’/-]+(?:[ ,;:-]+(?:[A-Z][A-Z0-9'’/-]+|and|or|of|in|with|to|for|the))*\b")


@dataclass
class Label:
    set_id: str
    effective_time: str
    generic_names: list[str]
    brand_names: list[str]
    sections: dict[str, str]

    def text(self, *names: str) -> str:
        return " ".join(self.sections.get(n, "") for n in names)


@dataclass
class Verification:
    label: Label
    checked: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def read_label(path: Path) -> Label:
    """The first result of an openFDA label file; anything else is an InputError."""
    try:
        if path.stat().st_size > MAX_LABEL_BYTES:
            raise InputError("label file is larger than 20 MB", path=str(path))
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError("no such label file", path=str(path)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read the label: {exc}", path=str(path)) from None
    except json.JSONDecodeError as exc:
        raise InputError(f"not JSON (line {exc.lineno}): {exc.msg}", path=str(path)) from None
    record = data["results"][0] if isinstance(data, dict) and isinstance(data.get("results"), list) and data["results"] else data
    if not isinstance(record, dict) or "indications_and_usage" not in record:
        raise InputError("not an openFDA drug label record (no results[0].indications_and_usage)", path=str(path))
    sections: dict[str, str] = {}
    for key, value in record.items():
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            sections[key] = " ".join(value)
        elif isinstance(value, str):
            sections[key] = value
    openfda = record.get("openfda")
    if not isinstance(openfda, dict):
        openfda = {}
    return Label(
        str(record.get("set_id", "?")),
        str(record.get("effective_time", "?")),
        [str(n) for n in openfda.get("generic_name", [])],
        [str(n) for n in openfda.get("brand_name", [])],
        sections,
    )


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if w not in _STOP}


def _found(patterns: list[re.Pattern[str]], name: str, text: str) -> bool:
    if any(p.search(text) for p in patterns):
        return True
    wanted = _words(name)
    return bool(wanted) and wanted <= _words(text)


def _number_forms(value: float, unit: str) -> re.Pattern[str]:
    number = f"{value:,.0f}" if value == int(value) else f"{value:g}"
    plain = number.replace(",", "")
    return re.compile(rf"(?<![\d.,])(?:{re.escape(number)}|{re.escape(plain)})\s*(?:{unit}|milligrams?|micrograms?)\b", re.IGNORECASE)


def _cites(source: Source, ref: str) -> bool:
    return source.ref == ref


def _applies(products: tuple[str, ...], label: Label) -> bool:
    brands = {b.lower() for b in label.brand_names}
    return not products or any(p.lower() in brands for p in products)


def verify(drug: DrugFacts, label: Label, ref: str = "label") -> Verification:
    """Every fact of ``drug`` that cites ``ref`` against ``label``."""
    result = Verification(label)
    indications = label.text("indications_and_usage")
    dosage = label.text("dosage_and_administration")
    warnings = label.text(*WARNING_SECTIONS)
    interactions = label.text(*INTERACTION_SECTIONS)
    for use in drug.approved_uses:
        if _cites(use.source, ref) and _applies(use.products, label):
            result.checked += 1
            if not _found(use.patterns, use.name, indications):
                result.problems.append(f"approved use not found in indications_and_usage: {use.name} (facts: {use.source.section})")
    for dose in drug.dosing:
        if _cites(dose.source, ref) and _applies(dose.products, label):
            result.checked += 1
            if not _number_forms(dose.max_daily, dose.unit).search(dosage):
                form = f" ({dose.form})" if dose.form else ""
                result.problems.append(
                    f"maximum {dose.max_daily:g} {dose.unit} a day{form} not found in dosage_and_administration "
                    f"(facts: {dose.source.section})"
                )
    for warning in drug.safety_warnings:
        if _cites(warning.source, ref) and warning.importance == "required":
            result.checked += 1
            if not _found(warning.patterns, warning.name, warnings):
                result.problems.append(f"required warning not found in the boxed warning or warnings: {warning.name} (facts: {warning.id})")
    for interaction in drug.interactions:
        if _cites(interaction.source, ref) and interaction.importance == "required":
            result.checked += 1
            if not _found(interaction.patterns, interaction.name, interactions):
                result.problems.append(
                    f"required interaction not named in drug_interactions, contraindications or warnings: {interaction.name} "
                    f"(facts: {interaction.id})"
                )
    result.problems.extend(_uncovered_boxed_topics(drug, label))
    return result


def boxed_topics(text: str) -> list[str]:
    """The topics of a boxed warning: its upper-case headings ("WARNING: FETAL
    TOXICITY and INTESTINAL ANGIOEDEMA" -> FETAL TOXICITY, INTESTINAL ANGIOEDEMA)."""
    topics: list[str] = []
    for match in _BOXED_TOPIC.finditer(text):
        heading = re.sub(r"^WARNINGS?\s*:?\s*", "", match.group().strip(" ,;:-"))
        for part in re.split(r"\s*(?:,|;|\band\b|\bor\b)\s*", heading):
            part = part.strip(" ,;:-")
            if len(part) >= 6 and _words(part) and part.upper() == part and part not in topics:
                topics.append(part)
    return topics


def _uncovered_boxed_topics(drug: DrugFacts, label: Label) -> list[str]:
    covering = [(w.name + " " + " ".join(w.texts), w.patterns) for w in drug.safety_warnings if w.boxed] + [
        (i.name, i.patterns) for i in drug.interactions if i.importance == "required" and "boxed" in i.importance_reason.lower()
    ]
    problems = []
    for topic in boxed_topics(label.text("boxed_warning")):
        words = _words(topic)
        if not any(words & _words(name) or any(p.search(topic) for p in patterns) for name, patterns in covering):
            problems.append(f"boxed warning topic not covered by any boxed warning in the facts: {topic}")
    return problems


def describe(label: Label) -> dict[str, Any]:
    return {"set_id": label.set_id, "effective_time": label.effective_time, "brand_names": label.brand_names}
