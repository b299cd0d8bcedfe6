"""``hidden-characters``: characters that make text read differently from how it
looks. Invisible characters (zero-width space and joiners, the soft hyphen, other
format characters), bidirectional controls (the right-to-left override) and words
that mix Latin letters with look-alike letters of another script (a Cyrillic ``а``
in ``gabаpentin``) have no place in patient text: they hide drug names and doses
from readers, search and checks. The checks read such text normalised (see
:mod:`pipeline.document.normalise`); this rule reports each trick at its character."""

from __future__ import annotations

from collections.abc import Iterator

from pipeline.document.article import Article, Offsets
from pipeline.document.normalise import character_name
from pipeline.findings import Finding
from pipeline.knowledge.options import NoOptions
from pipeline.knowledge.rules import Rule, rule_type
from pipeline.run.context import CheckContext

_WHAT = {"invisible": "Invisible character", "bidi": "Bidirectional control character"}


@rule_type("hidden-characters", NoOptions, placeholders=("character", "word"))
def check_hidden(article: Article, rule: Rule[NoOptions], ctx: CheckContext) -> Iterator[Finding]:
    """One finding per invisible or bidirectional-control character and per mixed-script word in any prose unit."""
    for unit in article.units:
        for trick in unit.tricks:
            if trick.kind == "mixed-script":
                default = (
                    f'The word "{trick.text}" mixes scripts: letters of another alphabet that look Latin (it reads as "{trick.reading}")'
                )
                message = rule.format_message(default, character=trick.text, word=trick.reading)
            else:
                name = character_name(trick.text)
                default = f'{_WHAT[trick.kind]} {name} in "{trick.reading}"'
                message = rule.format_message(default, character=name, word=trick.reading)
            yield rule.finding(article, Offsets(trick.start, trick.end), message)
