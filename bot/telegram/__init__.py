"""The Telegram front end (python-telegram-bot)."""

import os

# Opt in to PTB's coming behaviour now: durations such as RetryAfter.retry_after
# as timedelta (it warns on every flood-control error otherwise).
os.environ.setdefault("PTB_TIMEDELTA", "1")
