"""Settings from the environment and an optional .env file.

Secrets (the bot token) live only here and in the process environment; the
repr of Settings hides them so they cannot end up in a log line.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from dotenv import dotenv_values


@dataclass(frozen=True)
class Settings:
    db_path: str = "newsroom.db"
    telegram_token: str | None = field(default=None, repr=False)
    admin_ids: frozenset[int] = frozenset()
    log_level: str = "WARNING"
    load_demo: bool = True
    telegram_api_url: str = "https://api.telegram.org"
    webhook_url: str | None = None
    webhook_secret: str | None = field(default=None, repr=False)
    webhook_listen: str = "0.0.0.0"
    webhook_port: int = 8443
    # Requests a reader may send at once, then a minute (0: no limit); editors
    # are not limited. See bot/telegram/throttle.py.
    reader_burst: int = 12
    reader_per_minute: int = 30
    # Days the words of searches that found nothing are kept for editors (0:
    # none kept). See storage/asked.py.
    unanswered_searches_days: int = 30
    # Read the page of a feed item that is only a teaser, for its whole text
    # (bot/ingest/full_text.py). load_settings turns it on unless FEED_PAGES=0;
    # off here, so that Settings made in code fetch no page unasked.
    feed_pages: bool = False

    @property
    def has_token(self) -> bool:
        return bool(self.telegram_token)


def load_settings(env_file: str | Path | None = ".env") -> Settings:
    """Environment variables win over .env entries; unknown keys are ignored."""
    values: dict[str, str | None] = {}
    if env_file and Path(env_file).is_file():
        values.update(dotenv_values(env_file))
    values.update(os.environ)

    def get(key: str, default: str = "") -> str:
        return (values.get(key) or default).strip()

    return Settings(
        db_path=get("NEWSROOM_DB", "newsroom.db"),
        telegram_token=get("TELEGRAM_BOT_TOKEN") or None,
        admin_ids=_ids(get("ADMIN_IDS")),
        log_level=get("LOG_LEVEL", "WARNING").upper(),
        load_demo=_on(get("NEWSROOM_DEMO", "1")),
        feed_pages=_on(get("FEED_PAGES", "1")),
        telegram_api_url=get("TELEGRAM_API_URL", "https://api.telegram.org").rstrip("/"),
        webhook_url=get("WEBHOOK_URL") or None,
        webhook_secret=get("WEBHOOK_SECRET") or None,
        webhook_listen=get("WEBHOOK_LISTEN", "0.0.0.0"),
        webhook_port=_port(get("WEBHOOK_PORT", "8443")),
        reader_burst=_count("READER_BURST", get("READER_BURST", "12")),
        reader_per_minute=_count("READER_PER_MINUTE", get("READER_PER_MINUTE", "30")),
        unanswered_searches_days=_count(
            "UNANSWERED_SEARCHES_DAYS", get("UNANSWERED_SEARCHES_DAYS", "30")
        ),
    )


def _on(text: str) -> bool:
    return text.lower() not in ("0", "false", "no", "off")


def _port(text: str) -> int:
    if not text.isdecimal() or not 0 < int(text) < 65536:
        raise ValueError(f"WEBHOOK_PORT must be a port number, not {text!r}")
    return int(text)


def _count(key: str, text: str) -> int:
    if not text.isdecimal():
        raise ValueError(f"{key} must be a whole number (0 for none), not {text!r}")
    return int(text)


def _ids(text: str) -> frozenset[int]:
    parts = text.replace(";", ",").replace(" ", ",").split(",")
    return frozenset(int(p) for p in parts if p.strip().lstrip("-").isdigit())
