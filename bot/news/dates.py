"""Publication dates as written in feeds and files, to one UTC form."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from email.utils import parsedate_to_datetime

STORED_FORMAT = "%Y-%m-%dT%H:%M:%SZ"
_DATE_ONLY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# How far ahead of the clock a date may be before we call it a mistake:
# time zones and slightly early embargoed stories are fine, 2052 is not.
FUTURE_TOLERANCE = timedelta(days=1)


def format_utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime(STORED_FORMAT)


def parse_date(value: str) -> datetime | None:
    """ISO 8601 or RFC 2822 to an aware UTC datetime; None if neither.

    A date without a time is taken as midnight UTC; a time without a zone as UTC.
    """
    value = value.strip()
    if not value:
        return None
    moment: datetime | None = None
    try:
        if _DATE_ONLY.match(value):
            d = date.fromisoformat(value)
            moment = datetime(d.year, d.month, d.day)
        else:
            moment = datetime.fromisoformat(value.replace("z", "Z"))
    except ValueError:
        try:
            moment = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def check_published(value: object, now: datetime) -> tuple[str, str | None]:
    """The stored form of a published date and a warning, if any.

    A missing, unparseable or future date becomes the ingestion time, with a
    warning saying so (the article itself is still worth keeping).
    """
    if value is None or value == "":
        return format_utc(now), None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        try:
            moment: datetime | None = datetime.fromtimestamp(value, UTC)
        except (OverflowError, OSError, ValueError):
            moment = None
    else:
        moment = parse_date(str(value))
    shown = str(value)[:40]
    if moment is None:
        return format_utc(now), f"unparseable date {shown!r}, used the ingestion time"
    if moment > now + FUTURE_TOLERANCE:
        return format_utc(now), f"date {shown!r} is in the future, used the ingestion time"
    return format_utc(moment), None
