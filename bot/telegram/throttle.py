"""Each reader's share of the bot: a token bucket per Telegram user.

The bot answers one update at a time, so one user sending hundreds of
requests (a script, a stuck client, someone holding a key down) would hold
every other reader's answer back. Each user may send `burst` requests at
once and then `per_minute` a minute; past that the first refused request is
told how long to wait and the rest are dropped unanswered until the bucket
refills. Editors are not counted (app.py decides who is).
"""

from __future__ import annotations

import math
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

Verdict = Literal["answer", "tell", "drop"]
# Users remembered; the one heard from least recently is forgotten first
# (and starts again with a full bucket, which is what an idle user has).
USERS = 10_000


@dataclass
class _Bucket:
    tokens: float
    at: float
    told: bool = False


class Throttle:
    def __init__(
        self, burst: int, per_minute: int, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.burst = burst
        self.per_second = per_minute / 60
        self._clock = clock
        self._buckets: OrderedDict[int, _Bucket] = OrderedDict()

    @property
    def enabled(self) -> bool:
        return self.burst > 0 and self.per_second > 0

    def admit(self, user_id: int) -> Verdict:
        """Whether to answer this user's request now; "tell" the first time
        one is refused since the last one answered, "drop" after that."""
        if not self.enabled:
            return "answer"
        bucket = self._refilled(user_id)
        if bucket.tokens >= 1:
            bucket.tokens -= 1
            bucket.told = False
            return "answer"
        if bucket.told:
            return "drop"
        bucket.told = True
        return "tell"

    def wait_seconds(self, user_id: int) -> int:
        """Whole seconds until this user's next request is answered."""
        bucket = self._refilled(user_id)
        if bucket.tokens >= 1 or not self.enabled:
            return 0
        return math.ceil((1 - bucket.tokens) / self.per_second)

    def _refilled(self, user_id: int) -> _Bucket:
        now = self._clock()
        bucket = self._buckets.pop(user_id, None) or _Bucket(float(self.burst), now)
        bucket.tokens = min(self.burst, bucket.tokens + (now - bucket.at) * self.per_second)
        bucket.at = now
        self._buckets[user_id] = bucket
        if len(self._buckets) > USERS:
            self._buckets.popitem(last=False)
        return bucket
