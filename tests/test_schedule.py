"""Digest and quiet-hours timing with a controlled clock, across daylight-saving changes."""

from __future__ import annotations

from datetime import UTC, datetime, time
from zoneinfo import ZoneInfo

import pytest

from bot.delivery.schedule import due_at, iso, next_local, parse_clock, parse_zone, quiet_until

BERLIN = ZoneInfo("Europe/Berlin")


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("08:00", time(8)),
        ("8:05", time(8, 5)),
        ("20h15", time(20, 15)),
        ("7.30", time(7, 30)),
        ("20h", time(20)),
        ("8am", time(8)),
        ("8 PM", time(20)),
        ("10:30pm", time(22, 30)),
        ("12am", time(0)),
        ("12 p.m.", time(12)),
        ("18", time(18)),  # only the 24-hour clock has these
        ("08", time(8)),
        ("0", time(0)),
    ],
)
def test_clock_times(text: str, expected: time) -> None:
    assert parse_clock(text) == expected


@pytest.mark.parametrize(
    "text", ["24:00", "8", "08:60", "eight", "", "08:00:00", "-1:00", "13pm", "0am", "8h pm"]
)
def test_bad_clock_times(text: str) -> None:
    assert parse_clock(text) is None


def test_zones_by_name() -> None:
    assert parse_zone("europe/berlin") == BERLIN
    assert parse_zone("Berlin") == parse_zone(" berlin ") == parse_zone("Берлин") == BERLIN
    assert parse_zone("New York") == parse_zone("new_york") == ZoneInfo("America/New_York")
    assert parse_zone("Indianapolis") == ZoneInfo("America/Indianapolis")  # not Indiana/...
    assert parse_zone("Mars/Olympus") is None
    assert parse_zone("../../etc/passwd") is None
    assert parse_zone("") is None


def test_digest_at_eight_in_berlin_winter_and_summer() -> None:
    winter = next_local(utc("2026-01-10 06:00"), time(8), BERLIN)
    assert winter == utc("2026-01-10 07:00")  # CET, UTC+1
    summer = next_local(utc("2026-07-10 06:30"), time(8), BERLIN)
    assert summer == utc("2026-07-11 06:00")  # 08:00 CEST had passed (06:00 UTC)


def test_digest_across_the_spring_change() -> None:
    # Europe/Berlin moves from UTC+1 to UTC+2 at 01:00 UTC on 2026-03-29.
    saturday = next_local(utc("2026-03-28 07:30"), time(8), BERLIN)
    assert saturday == utc("2026-03-29 06:00")  # Sunday 08:00 is already summer time
    assert next_local(utc("2026-03-28 06:59"), time(8), BERLIN) == utc("2026-03-28 07:00")
    # 02:30 does not exist that night: it is read as 03:30 summer time.
    assert next_local(utc("2026-03-28 23:00"), time(2, 30), BERLIN) == utc("2026-03-29 01:30")


def test_digest_across_the_autumn_change() -> None:
    # Back from UTC+2 to UTC+1 at 01:00 UTC on 2026-10-25; 02:30 happens twice.
    assert next_local(utc("2026-10-24 23:00"), time(2, 30), BERLIN) == utc("2026-10-25 00:30")
    assert next_local(utc("2026-10-24 07:00"), time(8), BERLIN) == utc("2026-10-25 07:00")
    # A day of 25 hours: the next day's digest is 25 hours after the last.
    first = next_local(utc("2026-10-24 05:00"), time(8), BERLIN)
    second = next_local(first, time(8), BERLIN)
    assert (second - first).total_seconds() == 25 * 3600


def test_quiet_hours_wrap_midnight() -> None:
    quiet = (time(22), time(7))
    assert quiet_until(utc("2026-01-10 22:30"), *quiet, BERLIN) == utc("2026-01-11 06:00")
    assert quiet_until(utc("2026-01-10 12:00"), *quiet, BERLIN) is None
    assert quiet_until(utc("2026-01-10 05:59"), *quiet, BERLIN) == utc("2026-01-10 06:00")
    assert quiet_until(utc("2026-01-10 06:00"), *quiet, BERLIN) is None  # 07:00 local


def test_quiet_hours_through_the_spring_night_are_an_hour_shorter() -> None:
    end = quiet_until(utc("2026-03-28 22:00"), time(22), time(7), BERLIN)
    assert end == utc("2026-03-29 05:00")  # 07:00 CEST


def test_due_at_picks_digest_then_quiet_then_now() -> None:
    now = utc("2026-01-10 22:30")
    assert due_at(now, BERLIN) == now
    assert due_at(now, BERLIN, quiet=(time(22), time(7))) == utc("2026-01-11 06:00")
    assert due_at(now, BERLIN, digest=time(8), quiet=(time(22), time(7))) == utc("2026-01-11 07:00")
    assert iso(utc("2026-01-11 07:00")) == "2026-01-11T07:00:00Z"
