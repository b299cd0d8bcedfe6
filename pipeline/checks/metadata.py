"""Front-matter rule types.

`front-matter` checks one front-matter key: ``require: present`` (a non-empty value,
e.g. ``reviewed_by``), ``recent-date`` (a date not older than
``metadata.max_review_age_months`` and not in the future, e.g. ``last_reviewed``) or
``list-or-footnotes`` (a non-empty list, or footnotes in the body, e.g. ``references``).
Findings sit at the key's line when the key is present, else at the title.

`builtin` is for rules whose findings the engine itself produces (such as
``metadata.ignore-reason`` from pipeline/suppress.py): the YAML entry gives them an
id, severity and texts so `pipeline rules` and `pipeline explain` list them.
"""

from __future__ import annotations

import datetime as dt
import os
from typing import Any, Iterator

from pipeline.document.article import Article
from pipeline.checks.patterns import validate_message, validate_unknown_options
from pipeline.run.context import CheckContext
from pipeline.errors import ConfigError
from pipeline.findings import Finding
from pipeline.knowledge.rules import Rule, rule_type

REQUIREMENTS = ("present", "recent-date", "list-or-footnotes")


def today() -> dt.date:
    """The check date in UTC; SOURCE_DATE_EPOCH fixes it (as for reproducible builds)."""
    raw = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not raw:
        return dt.datetime.now(dt.timezone.utc).date()
    try:
        return dt.datetime.fromtimestamp(int(raw), dt.timezone.utc).date()
    except (ValueError, OverflowError, OSError):
        raise ConfigError(f"SOURCE_DATE_EPOCH must be a whole number of seconds, not {raw!r}", path="environment") from None


def months_before(date: dt.date, months: int) -> dt.date:
    """The same day ``months`` calendar months earlier (clamped to the month's last day)."""
    index = date.year * 12 + date.month - 1 - months
    year, month = divmod(index, 12)
    for day in range(date.day, 0, -1):
        try:
            return dt.date(year, month + 1, day)
        except ValueError:
            continue
    raise AssertionError("unreachable: every month has a day 1")


def _validate(rule: Rule) -> None:
    validate_unknown_options(rule, {"key", "require"})
    if not isinstance(rule.options.get("key"), str) or not rule.options["key"]:
        raise ValueError("option 'key' (the front-matter key to check) is required")
    if rule.options.get("require", "present") not in REQUIREMENTS:
        raise ValueError(f"option 'require' must be one of {', '.join(REQUIREMENTS)}")
    validate_message(rule, {"key"})


def _empty(value: Any) -> bool:
    return value is None or (isinstance(value, (str, list, dict)) and not (value.strip() if isinstance(value, str) else value))


def _problem(article: Article, rule: Rule, ctx: CheckContext) -> str | None:
    key = rule.options["key"]
    require = rule.options.get("require", "present")
    value = article.meta.get(key)
    missing = rule.message.format(key=key) if rule.message else f"{rule.description.rstrip('.')}: no `{key}` in the front matter"
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


@rule_type("front-matter", _validate)
def check_front_matter(article: Article, rule: Rule, ctx: CheckContext) -> Iterator[Finding]:
    message = _problem(article, rule, ctx)
    if message:
        yield article.finding_for_article(
            key=rule.options["key"], severity=rule.severity, check=rule.family, rule=rule.id, message=message, suggestion=rule.suggestion
        )


def _validate_builtin(rule: Rule) -> None:
    validate_unknown_options(rule, set())


@rule_type("builtin", _validate_builtin)
def check_builtin(article: Article, rule: Rule, ctx: CheckContext) -> Iterator[Finding]:
    """No-op: the engine produces these findings itself."""
    return iter(())
