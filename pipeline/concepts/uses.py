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

from pipeline.knowledge.conditions import ConditionVocabulary

_USE_VERB = re.compile(
    r"\b(?:for|to (?:treat|help(?: with)?|manage|relieve|ease|reduce|control|prevent|calm|fight)"
    r"|help(?:s|ed)? (?:with|treat|relieve|ease|manage|reduce|control|calm)"
    r"|(?:managing|treating|relieving|reducing|easing|controlling|preventing)"
    r"|treats?|manages?|relieves?|eases?"
    r"|(?:relief|treatment|management|prevention|therapy) (?:of|for)"
    r"|effective (?:against|in)|used in|used as(?: an?)?|go-to for|pick for|choice for"
    # "take it to calm down", "using it to get through the night"
    r"|(?:take|takes|taking|took|use|uses|using|used|prescribe[sd]?|given)\s+(?:it|them|this\s+\w+)\s+to"
    # "helps people fall asleep", "helps them drift off", "it helps people shed pounds"
    r"|helps?|helped|helping)$",
    re.IGNORECASE,
)
_FILLER = (
    r"(?:the|an?|your|their|its|his|her|some|certain|many|other|chronic|acute|severe|mild|moderate|occasional|persistent"
    r"|physical|mental|related|associated|such as|like|including|symptoms? of|signs? of|people with|patients with|those with"
    r"|individuals with|anyone with|adults with|grown-?ups with|kids with|children with|teens with|women with|men with"
    r"|(?:people|those|patients|anyone|adults) who (?:get|have|struggle with|suffer from|want to|need to)|a lot of people|lots of people"
    r"|people|patients|them|you|frequent|occasional|(?:conditions?|disorders?|problems?|issues) (?:like|such as|including)|[a-z]+-[a-z-]+)"
)
#: "for" after these words is not a use ("a lower potential for addiction", "at risk for seizures").
_NOT_USE_FOR = re.compile(
    r"\b(?:potential|risks?|chances?|likelihood|history|tendency|screen(?:ed|ing)?|test(?:ed|ing|s)?|watch|monitor(?:ed|ing)?|"
    r"look(?:ing)? out|cause|reasons?|warning|responsible|known|searching|search|check(?:ed)?|vaccines?|vaccinated)\s+for$",
    re.IGNORECASE,
)
#: "to fight" after these words is not a use ("makes it harder to fight infections").
_NOT_USE_TO = re.compile(r"\b(?:harder|hard|difficult|easier|able|ability|unable|less able)\s+to\s+\w+$", re.IGNORECASE)
_GAP = re.compile(rf"^\s+(?:{_FILLER}\s+){{0,3}}$", re.IGNORECASE)
_LIST_GAP = re.compile(r"^\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or|and/or)\s+)(?:" + _FILLER + r"\s+){0,2}$", re.IGNORECASE)


@dataclass(frozen=True)
class Use:
    """A condition the text says a drug is for; offsets are into the text searched."""

    condition: str
    verb_start: int
    start: int
    end: int


def find_uses(vocab: ConditionVocabulary, text: str) -> list[Use]:
    """Every condition in ``text`` that a use verb (or a list continuing one) introduces."""
    out: list[Use] = []
    previous: Use | None = None
    for start, end, name in vocab.find(text):
        use = None
        if previous and _LIST_GAP.match(text[previous.end : start]):
            use = Use(name, previous.verb_start, start, end)
        else:
            verb_start = _verb_before(text[:start])
            if verb_start is not None:
                use = Use(name, verb_start, start, end)
        if use:
            out.append(use)
        previous = use
    return out


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
        if verb and not _NOT_USE_FOR.search(head[:cut]) and not _NOT_USE_TO.search(head[:cut]):
            return verb.start()
    return None
