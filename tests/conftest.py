from __future__ import annotations

import os
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import settings

from bot.config import Settings
from bot.ingest.records import content_hash
from bot.news.text import stems
from bot.newsroom import INDEX_VERSION, Newsroom
from storage import NewArticle, Storage
from tests.fake_telegram import FakeTelegram

NOW = datetime(2026, 1, 15, 12, 0, tzinfo=UTC)

# In CI (.ci/run sets CI) the property tests try the same examples every run, so
# that a landing does not hang on a new random one; elsewhere each run explores.
settings.register_profile("ci", derandomize=True)
settings.load_profile("ci" if os.environ.get("CI") else "default")

# The bots and CLIs the tests start read settings from the environment: their
# feeds' items link to example.org, which no test may reach (the machine may be
# offline, or may not be), so they read no item's page (FEED_PAGES); the test
# of that reads its pages from a local server.
os.environ["FEED_PAGES"] = "0"


def make_article(text: str, title: str = "A title", **fields: object) -> NewArticle:
    """A NewArticle as ingestion would prepare it (hash of the text)."""
    values: dict[str, object] = {
        "title": title,
        "text": text,
        "published_at": "2026-01-10T09:00:00Z",
        "language": "en",
        "content_hash": content_hash(text),
    }
    values.update(fields)
    return NewArticle(**values)  # type: ignore[arg-type]


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "news.db"


@pytest.fixture
async def storage(db_path: Path) -> AsyncIterator[Storage]:
    store = await Storage.open(db_path, stems, index_version=INDEX_VERSION)
    yield store
    await store.close()


@pytest.fixture
async def newsroom(db_path: Path) -> AsyncIterator[Newsroom]:
    room = await Newsroom.open(Settings(db_path=str(db_path)))
    yield room
    await room.close()


@pytest.fixture
async def demo_newsroom(newsroom: Newsroom) -> Newsroom:
    report = await newsroom.load_demo_if_empty()
    assert report is not None and report.added == 31
    return newsroom


@pytest.fixture
async def fake() -> AsyncIterator[FakeTelegram]:
    server = FakeTelegram()
    await server.start()
    yield server
    await server.stop()


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, start: str = "2026-01-10T12:00:00") -> None:
        self.now = datetime.fromisoformat(start).replace(tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
async def room(tmp_path: Path, clock: Clock) -> AsyncIterator[Newsroom]:
    """The demo newsroom on a clock the test controls, its stories grouped."""
    newsroom = await Newsroom.open(Settings(db_path=str(tmp_path / "room.db")), clock=clock)
    await newsroom.load_demo_if_empty()
    await newsroom.after_ingest()
    yield newsroom
    await newsroom.close()
