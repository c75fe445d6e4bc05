"""The services every front end shares: the store plus what the analysis adds."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources

from bot.config import Settings
from bot.ingest import IngestReport, ingest_items
from bot.ingest.files import Record
from bot.news.text import Snippet, snippet, stems
from storage import Article, SearchPage, Storage
from storage.query import parse_query

# Bump when bot.news.text changes how words become search terms: the stored
# index is then rebuilt on the next open.
INDEX_VERSION = "text-1"
DEMO_RESOURCE = "articles.jsonl"


@dataclass(frozen=True)
class Found:
    """A search result as the commands show it."""

    article: Article
    snippet: Snippet


@dataclass(frozen=True)
class SearchResult:
    found: list[Found]
    has_more: bool
    mode: str


class Newsroom:
    """What the commands ask for, in the words of the domain."""

    def __init__(self, storage: Storage, settings: Settings) -> None:
        self.storage = storage
        self.settings = settings

    @classmethod
    async def open(cls, settings: Settings) -> Newsroom:
        storage = await Storage.open(settings.db_path, stems, index_version=INDEX_VERSION)
        return cls(storage, settings)

    async def close(self) -> None:
        await self.storage.close()

    async def search(self, text: str, limit: int = 5, offset: int = 0) -> SearchResult:
        page: SearchPage = await self.storage.search(text, limit=limit, offset=offset)
        query_stems = parse_query(text, stems).stems
        found = [Found(h.article, snippet(h.article.text, query_stems)) for h in page.hits]
        return SearchResult(found, page.has_more, page.mode)

    async def latest(self, limit: int = 5, offset: int = 0) -> list[Article]:
        return await self.storage.latest(limit, offset)

    async def article(self, article_id: int) -> Article | None:
        return await self.storage.article(article_id)

    async def load_demo_if_empty(self) -> IngestReport | None:
        """Fill a new, empty database with the demo set (once)."""
        if await self.storage.get_flag("demo_loaded") or await self.storage.count():
            return None
        report = await ingest_items(self.storage, demo_records())
        await self.storage.set_flag("demo_loaded", datetime.now(UTC).isoformat())
        return report


def demo_records() -> list[Record]:
    """The demo articles shipped inside the package (written for this project)."""
    text = resources.files("bot.demo").joinpath(DEMO_RESOURCE).read_text(encoding="utf-8")
    return [
        Record(f"demo:{n}", json.loads(line), len(line))
        for n, line in enumerate(text.splitlines(), start=1)
        if line.strip()
    ]
