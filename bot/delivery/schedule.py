"""When an update may go out: digests at a local hour, quiet hours, in any time zone.

Pure functions of a UTC instant and a chat's settings, so daylight-saving
changes are tested with a clock the test controls. A local time that does not
exist on a given day (skipped by a spring-forward change) is read with the
offset from before the change, i.e. an hour later on the new clock (02:30
becomes 03:30); one that happens twice (autumn) means its first time.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

_CLOCK = re.compile(r"^([01]?\d|2[0-3])[:.h]([0-5]\d)$")


def parse_clock(text: str) -> time | None:
    """'08:00', '8:00', '8.30', '20h15' -> a time; anything else -> None."""
    match = _CLOCK.match(text.strip())
    return time(int(match.group(1)), int(match.group(2))) if match else None


def parse_zone(name: str) -> ZoneInfo | None:
    """An IANA time zone by name, matched without regard to case ('europe/berlin')."""
    name = name.strip()
    if not name or len(name) > 64 or ".." in name or name.startswith("/"):
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        lowered = {z.lower(): z for z in available_timezones()}
        return ZoneInfo(lowered[name.lower()]) if name.lower() in lowered else None


def next_local(now: datetime, at: time, zone: ZoneInfo) -> datetime:
    """The first instant after `now` (UTC) at which the clock in `zone` shows `at`."""
    local_now = now.astimezone(zone)
    day = local_now.date()
    for offset in range(3):
        candidate = _instant(datetime.combine(day + timedelta(days=offset), at), zone)
        if candidate > now:
            return candidate
    raise AssertionError("unreachable: a local time recurs every day")


def _instant(local: datetime, zone: ZoneInfo) -> datetime:
    """A wall-clock time in `zone` as a UTC instant (fold=0: see the module docstring)."""
    return local.replace(tzinfo=zone, fold=0).astimezone(UTC)


def quiet_until(now: datetime, start: time, end: time, zone: ZoneInfo) -> datetime | None:
    """When quiet hours [start, end) that contain `now` end (UTC), or None if not quiet.
    Quiet hours may wrap midnight (22:00-07:00)."""
    if start == end:
        return None
    clock = now.astimezone(zone).time().replace(tzinfo=None)
    inside = start <= clock < end if start < end else clock >= start or clock < end
    return next_local(now, end, zone) if inside else None


def due_at(
    now: datetime,
    zone: ZoneInfo,
    digest: time | None = None,
    quiet: tuple[time, time] | None = None,
) -> datetime:
    """When an update that arrives at `now` goes out: the next digest, the end of
    quiet hours, or now."""
    if digest is not None:
        return next_local(now, digest, zone)
    if quiet is not None:
        return quiet_until(now, quiet[0], quiet[1], zone) or now
    return now


def iso(moment: datetime) -> str:
    """The storage form of an instant: UTC, to the second, sortable as text."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
