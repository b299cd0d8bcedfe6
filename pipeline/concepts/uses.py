"""Uses an article gives a drug: drug + use verb + condition in one sentence.

Conditions come from checks/conditions.yml. A condition counts as a use when a
use verb ("for", "to treat", "to help with", "used in managing", "relief of" ...)
comes right before it, with at most a few filler words between ("for *chronic*
pain", "to treat *conditions such as* muscle spasms"), or when it continues a list
that started that way ("for muscle spasms, stiffness, and pain"). Headings work
the same way ("Baclofen for Anxiety").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.errors import ConfigError
from pipeline.yamlload import load_yaml_file, validate

if TYPE_CHECKING:
    from pipeline.run.context import CheckContext

CONDITIONS_FILE = "conditions.yml"

_USE_VERB = re.compile(
    r"\b(?:for|to (?:treat|help(?: with)?|manage|relieve|ease|reduce|control|prevent|calm|fight)"
    r"|help(?:s|ed)? (?:with|treat|relieve|ease|manage|reduce|control|calm)"
    r"|(?:managing|treating|relieving|reducing|easing|controlling|preventing)"
    r"|treats?|manages?|relieves?|eases?"
    r"|(?:relief|treatment|management|prevention|therapy) (?:of|for)"
    r"|effective (?:against|in)|used in)$",
    re.IGNORECASE,
)
_FILLER = (
    r"(?:the|an?|your|their|its|his|her|some|certain|many|other|chronic|acute|severe|mild|moderate|occasional|persistent"
    r"|physical|mental|related|associated|such as|like|including|symptoms? of|signs? of|people with|patients with|those with"
    r"|individuals with|anyone with|adults with|(?:conditions?|disorders?|problems?|issues) (?:like|such as|including)|[a-z]+-[a-z-]+)"
)
#: "for" after these words is not a use ("a lower potential for addiction", "at risk for seizures").
_NOT_USE_FOR = re.compile(
    r"\b(?:potential|risks?|chances?|likelihood|history|tendency|screen(?:ed|ing)?|test(?:ed|ing|s)?|watch|monitor(?:ed|ing)?|"
    r"look(?:ing)? out|cause|reasons?|warning|responsible|known|searching|search|check(?:ed)?|vaccines?|vaccinated)\s+for$",
    re.IGNORECASE,
)
_GAP = re.compile(rf"^\s+(?:{_FILLER}\s+){{0,3}}$", re.IGNORECASE)
_LIST_GAP = re.compile(r"^\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or|and/or)\s+)(?:" + _FILLER + r"\s+){0,2}$", re.IGNORECASE)


@dataclass(frozen=True)
class Condition:
    name: str
    patterns: tuple[re.Pattern[str], ...]


@dataclass(frozen=True)
class Use:
    """A condition the text says a drug is for; offsets are into the text searched."""

    condition: str
    verb_start: int
    start: int
    end: int


@dataclass
class Vocabulary:
    conditions: list[Condition]
    source: str

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """Non-overlapping condition matches (start, end, name), the longest winning."""
        found = [(m.start(), m.end(), c.name) for c in self.conditions for p in c.patterns for m in p.finditer(text)]
        found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
        kept: list[tuple[int, int, str]] = []
        for item in found:
            if kept and item[0] < kept[-1][1]:
                continue
            kept.append(item)
        return kept

    def uses(self, text: str) -> list[Use]:
        out: list[Use] = []
        previous: Use | None = None
        for start, end, name in self.find(text):
            use = None
            if previous and _LIST_GAP.match(text[previous.end:start]):
                use = Use(name, previous.verb_start, start, end)
            else:
                verb_start = _verb_before(text[:start])
                if verb_start is not None:
                    use = Use(name, verb_start, start, end)
            if use:
                out.append(use)
            previous = use
        return out

    def mentions(self, name: str, text: str) -> bool:
        return any(p.search(text) for c in self.conditions if c.name == name for p in c.patterns)


def _verb_before(head: str) -> int | None:
    """Start of the use verb that ``head`` (the text before a condition) ends with,
    allowing a few filler words between; None if there is none."""
    words = list(re.finditer(r"\S+", head[-120:]))
    offset = max(0, len(head) - 120)
    for k in range(1, min(len(words), 5) + 1):
        cut = offset + words[-k].end()
        if not _GAP.match(head[cut:]):
            continue
        verb = _USE_VERB.search(head[:cut])
        if verb and not _NOT_USE_FOR.search(head[:cut]):
            return verb.start()
    return None


def load_vocabulary(checks_dir: Path) -> Vocabulary:
    path = checks_dir / CONDITIONS_FILE
    if not path.is_file():
        raise ConfigError("condition vocabulary not found (the off-label check needs it)", path=str(path))
    doc = load_yaml_file(path)
    validate(doc, "conditions.schema.json", str(path))
    conditions = []
    for i, raw in enumerate(doc.data["conditions"]):
        patterns = []
        for j, text in enumerate(raw["patterns"]):
            try:
                patterns.append(re.compile(rf"\b(?:{text})\b", re.IGNORECASE))
            except re.error as exc:
                raise ConfigError(f"bad regular expression {text!r}: {exc}", path=str(path), line=doc.line_of(("conditions", i, "patterns", j))) from None
        conditions.append(Condition(raw["name"], tuple(patterns)))
    return Vocabulary(conditions, doc.data["source"])


def get_vocabulary(ctx: "CheckContext") -> Vocabulary:
    return ctx.resource("conditions", lambda: load_vocabulary(ctx.config.checks_dir))
