"""When an update may go out: digests at a local hour, quiet hours, in any time zone.

Pure functions of a UTC instant and a chat's settings, so daylight-saving
changes are tested with a clock the test controls. A local time that does not
exist on a given day (skipped by a spring-forward change) is read with the
offset from before the change, i.e. an hour later on the new clock (02:30
becomes 03:30); one that happens twice (autumn) means its first time.
"""

from __future__ import annotations

import functools
import re
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

_CLOCK = re.compile(r"^([01]?\d|2[0-3])(?:[:.h]([0-5]\d)|(h))?\s*(?:([ap])\.?m\.?)?$", re.I)


def parse_clock(text: str) -> time | None:
    """'08:00', '8:00', '8.30', '20h15', '20h', '8am', '10:30 pm', and an hour
    alone that only the 24-hour clock has ('18', '08', '0') -> a time;
    anything else -> None ('8' alone: the morning or the evening?)."""
    match = _CLOCK.match(text.strip())
    if match is None:
        return None
    hour, minutes, half = int(match.group(1)), int(match.group(2) or 0), match.group(4)
    if half is None:
        said = match.group(2) or match.group(3) or hour > 12 or match.group(1).startswith("0")
        return time(hour, minutes) if said else None
    if not 1 <= hour <= 12 or match.group(3):
        return None  # "13pm", "8h pm"
    return time(hour % 12 + (12 if half.lower() == "p" else 0), minutes)


def half_of_day_unsaid(text: str) -> int | None:
    """The hour of a bare '1' to '12' (morning or evening?), else None."""
    text = text.strip()
    return int(text) if text.isdecimal() and 1 <= int(text) <= 12 and text[0] != "0" else None


def parse_zone(name: str) -> ZoneInfo | None:
    """An IANA time zone by name, matched without regard to case ('europe/berlin'),
    or by its city as a reader writes it ('Berlin', 'new york', 'Москва')."""
    name = " ".join(name.split())
    if not name or len(name) > 64 or ".." in name or name.startswith("/"):
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        key = name.lower()
        found = _zone_names().get(key) or _zone_names().get(key.replace("_", " "))
        return ZoneInfo(found) if found else None


# Cities readers of the Russian interface write in Russian, by their zone.
_RUSSIAN_CITIES = {
    "москва": "Europe/Moscow",
    "санкт-петербург": "Europe/Moscow",
    "петербург": "Europe/Moscow",
    "калининград": "Europe/Kaliningrad",
    "самара": "Europe/Samara",
    "екатеринбург": "Asia/Yekaterinburg",
    "новосибирск": "Asia/Novosibirsk",
    "владивосток": "Asia/Vladivostok",
    "киев": "Europe/Kyiv",
    "минск": "Europe/Minsk",
    "рига": "Europe/Riga",
    "вильнюс": "Europe/Vilnius",
    "таллин": "Europe/Tallinn",
    "тбилиси": "Asia/Tbilisi",
    "ереван": "Asia/Yerevan",
    "баку": "Asia/Baku",
    "алматы": "Asia/Almaty",
    "ташкент": "Asia/Tashkent",
    "бишкек": "Asia/Bishkek",
    "стамбул": "Europe/Istanbul",
    "берлин": "Europe/Berlin",
    "брюссель": "Europe/Brussels",
    "прага": "Europe/Prague",
    "варшава": "Europe/Warsaw",
    "белград": "Europe/Belgrade",
    "париж": "Europe/Paris",
    "лондон": "Europe/London",
    "нью-йорк": "America/New_York",
}
_REGIONS = (
    "Africa",
    "America",
    "Antarctica",
    "Asia",
    "Atlantic",
    "Australia",
    "Europe",
    "Indian",
    "Pacific",
)


@functools.cache
def _zone_names() -> dict[str, str]:
    """Lower-cased names a zone is found by: its own, and its city's with spaces
    ('america/new_york', 'new york'; the shortest zone of a city wins:
    'indianapolis' is America/Indianapolis, not America/Indiana/Indianapolis)."""
    zones = sorted(available_timezones(), key=lambda z: (len(z), z))
    names: dict[str, str] = {}
    for zone in zones:
        names.setdefault(zone.lower(), zone)
        region, _, rest = zone.partition("/")
        if region in _REGIONS and rest:
            names.setdefault(rest.rpartition("/")[2].replace("_", " ").lower(), zone)
    known = set(zones)
    for city, zone in _RUSSIAN_CITIES.items():
        if zone in known:  # (an older tz database may lack a newer name: Europe/Kyiv)
            names.setdefault(city, zone)
    return names


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
