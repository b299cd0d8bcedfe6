"""Front-matter rule types.

`front-matter` checks one front-matter key: ``require: present`` (a non-empty value,
e.g. ``reviewed_by``), ``recent-date`` (a date not older than
``metadata.max_review_age_months`` and not in the future, e.g. ``last_reviewed``) or
``list-or-footnotes`` (a non-empty list, or footnotes in the body, e.g. ``references``).
Findings sit at the key's line when the key is present, else at the title.

`front-matter-syntax` reports a plain value holding ": " (``title: Aspirin: what to
know``), which YAML cannot read and the front matter's reader takes as its text.

`builtin` is for rules whose findings the engine itself produces (such as
``metadata.ignore-reason`` from pipeline/suppress.py): the YAML entry gives them an
id, severity and texts so `pipeline rules` and `pipeline explain` list them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Literal

from pipeline.clock import months_before, today
from pipeline.document.article import Article, FrontMatterKey
from pipeline.findings import Finding
from pipeline.knowledge.options import NoOptions
from pipeline.knowledge.rules import Rule, rule_type
from pipeline.run.context import CheckContext


@dataclass(frozen=True)
class FrontMatterRule:
    #: The front-matter key to check.
    key: str
    require: Literal["present", "recent-date", "list-or-footnotes"] = "present"


def _empty(value: Any) -> bool:
    return value is None or (isinstance(value, (str, list, dict)) and not (value.strip() if isinstance(value, str) else value))


def _problem(article: Article, rule: Rule[FrontMatterRule], ctx: CheckContext) -> str | None:
    key = rule.options.key
    require = rule.options.require
    value = article.meta.get(key)
    missing = rule.format_message(f"{rule.description.rstrip('.')}: no `{key}` in the front matter", key=key)
    if require == "list-or-footnotes":
        if not _empty(value) or article.prose.footnotes:
            return None
        return missing
    if _empty(value):
        return missing
    if require == "recent-date":
        try:
            date = dt.date.fromisoformat(str(value))
        except ValueError:
            return f"`{key}` is not a date (YYYY-MM-DD): {value}"
        now = today()
        if date > now:
            return f"`{key}` {date.isoformat()} is in the future (today is {now.isoformat()})"
        limit = ctx.config.get("metadata.max_review_age_months")
        if date < months_before(now, limit):
            return f"`{key}` {date.isoformat()} is more than {limit} months ago (today is {now.isoformat()}); review the article again"
    return None


def _suggestion(article: Article, rule: Rule[FrontMatterRule], ctx: CheckContext) -> str | None:
    """A suggestion written for this article: today's date for a review date, the
    labels of the drugs it is about for references; else the rule's own."""
    key = rule.options.key
    if rule.options.require == "recent-date":
        return f"After a pharmacist or doctor has reviewed it: {key}: {today().isoformat()}"
    if rule.options.require == "list-or-footnotes":
        from pipeline.concepts.drugs import analyse
        from pipeline.knowledge.facts import get_facts

        facts = get_facts(ctx)
        labels = [next(iter(facts.drugs[g].sources.values())) for g in analyse(article, ctx).primary if g in facts.drugs]
        if labels:
            items = "".join(f'\n  - "{label}"' for label in labels)
            return f"{key}:{items}"
    return None


@rule_type("front-matter", FrontMatterRule, placeholders=("key",))
def check_front_matter(article: Article, rule: Rule[FrontMatterRule], ctx: CheckContext) -> Iterator[Finding]:
    message = _problem(article, rule, ctx)
    if message:
        yield rule.finding(article, FrontMatterKey(rule.options.key), message, suggestion=_suggestion(article, rule, ctx))


@rule_type("front-matter-syntax", NoOptions, placeholders=("key",))
def check_front_matter_syntax(article: Article, rule: Rule[NoOptions], ctx: CheckContext) -> Iterator[Finding]:
    """Each plain value holding ": " that the front matter's reader took as its text
    (:attr:`pipeline.document.frontmatter.FrontMatter.unquoted`): the site's own tools refuse it."""
    for key, value in article.front_matter.unquoted.items():
        message = rule.format_message(f'`{key}` holds ": " without quotes, which is not valid YAML', key=key)
        quoted = value.replace("\\", "\\\\").replace('"', '\\"')
        yield rule.finding(article, FrontMatterKey(key), message, suggestion=f'{key}: "{quoted}"')


@rule_type("builtin", NoOptions)
def check_builtin(article: Article, rule: Rule[NoOptions], ctx: CheckContext) -> Iterator[Finding]:
    """No-op: the engine produces these findings itself."""
    return iter(())
