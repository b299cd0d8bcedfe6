"""The one clock: ``SOURCE_DATE_EPOCH`` (seconds since 1970, UTC; the
reproducible-builds.org convention) fixes "now" for checks (review dates) and
builds (check times); without it, the system clock in UTC."""

from __future__ import annotations

import datetime as dt
import os

from pipeline.errors import ConfigError


def source_date_epoch() -> dt.datetime | None:
    """``SOURCE_DATE_EPOCH`` as a UTC time, None when unset; anything but a whole
    number of seconds is a one-line error."""
    raw = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not raw:
        return None
    if not raw.isdigit():
        raise ConfigError(f"SOURCE_DATE_EPOCH must be a whole number of seconds, not {raw!r}", path="environment")
    try:
        return dt.datetime.fromtimestamp(int(raw), dt.UTC)
    except (OverflowError, OSError, ValueError):
        raise ConfigError(f"SOURCE_DATE_EPOCH is out of range: {raw!r}", path="environment") from None


def now() -> dt.datetime:
    return source_date_epoch() or dt.datetime.now(dt.UTC)


def today() -> dt.date:
    """The check date in UTC."""
    return now().date()


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
