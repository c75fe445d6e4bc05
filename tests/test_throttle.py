from __future__ import annotations

import pytest

from bot.config import load_settings
from bot.telegram import throttle
from bot.telegram.throttle import Throttle


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_burst_then_one_notice_then_silence_until_it_refills() -> None:
    clock = Clock()
    gate = Throttle(burst=3, per_minute=30, clock=clock)  # one every 2 s
    assert [gate.admit(1) for _ in range(6)] == ["answer"] * 3 + ["tell", "drop", "drop"]
    assert gate.admit(2) == "answer"  # another reader has a share of their own
    assert gate.wait_seconds(1) == 2
    clock.now += 1.0
    assert gate.admit(1) == "drop" and gate.wait_seconds(1) == 1
    clock.now += 1.0
    assert gate.admit(1) == "answer"
    assert gate.admit(1) == "tell"  # told again: an answer came in between
    clock.now += 3600
    assert [gate.admit(1) for _ in range(4)] == ["answer"] * 3 + ["tell"]  # refilled to the burst


def test_no_limit_when_either_number_is_zero() -> None:
    for burst, per_minute in ((0, 30), (12, 0)):
        gate = Throttle(burst, per_minute, clock=Clock())
        assert {gate.admit(1) for _ in range(100)} == {"answer"}
        assert gate.wait_seconds(1) == 0


def test_the_least_recent_users_are_forgotten(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(throttle, "USERS", 3)
    gate = Throttle(burst=1, per_minute=1, clock=Clock())
    for user in (1, 2, 3, 4):
        assert gate.admit(user) == "answer"
    assert len(gate._buckets) == 3
    assert gate.admit(1) == "answer"  # forgotten, so a full bucket again
    assert gate.admit(4) == "tell"


def test_settings_read_the_limits(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("READER_BURST", "5")
    monkeypatch.setenv("READER_PER_MINUTE", "0")
    settings = load_settings(None)
    assert (settings.reader_burst, settings.reader_per_minute) == (5, 0)
    monkeypatch.setenv("READER_PER_MINUTE", "lots")
    with pytest.raises(ValueError, match="READER_PER_MINUTE must be a whole number"):
        load_settings(None)
