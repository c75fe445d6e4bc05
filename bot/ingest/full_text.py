"""The whole text of feed items that carry only a teaser, read from their page.

Many feeds give a sentence or two per item and the story on the site; a
summary or the key facts of a teaser are the teaser. So a new item with a
short text and a link has its page read (as /add reads one, by trafilatura)
and, when that page plainly holds the story, its text takes the teaser's
place; the feed's title, date, source and sections stay, as the feed knows
them best. A page that fails, is a cookie or login wall, or is about
something else leaves the teaser as it was: an item is never lost for it.
"""

from __future__ import annotations

import asyncio
import logging

import httpx

from bot.ingest.files import Record
from bot.ingest.web import fetch_page
from bot.news.text import holds_half_of, words

log = logging.getLogger(__name__)

# An item with fewer words than this is a teaser: a full report runs longer.
TEASER_WORDS = 120
# Pages read per poll of a feed, newest items first (a new feed's backlog
# must not hold up /feed_add for minutes); the rest keep their teasers.
MAX_PAGES = 20
CONCURRENT_PAGES = 4
# All of a poll's pages are read within this; those still loading keep their
# teasers (a slow site must not hold a feed's new items, or /feed_add, long).
PAGES_SECONDS = 30.0


async def with_full_text(client: httpx.AsyncClient, records: list[Record]) -> list[Record]:
    """The records, a teaser's replaced by its page's text where that holds the story."""
    teasers = [n for n, record in enumerate(records) if _is_teaser(record)][:MAX_PAGES]
    if not teasers:
        return records
    limit = asyncio.Semaphore(CONCURRENT_PAGES)

    async def read(n: int) -> tuple[int, Record | None]:
        async with limit:
            try:
                return n, await _page_of(client, records[n])
            except Exception:  # an odd page must not cost the feed its items
                log.exception("reading the page of %s failed", records[n].fields["url"])
                return n, None

    tasks = [asyncio.create_task(read(n)) for n in teasers]
    done, pending = await asyncio.wait(tasks, timeout=PAGES_SECONDS)
    for task in pending:
        task.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    read_in = dict(task.result() for task in done)
    return [read_in.get(n) or record for n, record in enumerate(records)]


def _is_teaser(record: Record) -> bool:
    link, text = record.fields.get("url"), record.fields.get("text")
    return isinstance(link, str) and isinstance(text, str) and len(words(text)) < TEASER_WORDS


async def _page_of(client: httpx.AsyncClient, item: Record) -> Record | None:
    """The item with its page's text, or None when the page will not do."""
    page = await fetch_page(client, str(item.fields["url"]))
    if not isinstance(page, Record):
        return None
    text = str(page.fields.get("text") or "")
    teaser = str(item.fields.get("text") or "")
    # A consent notice or a paywall has not half of the title's words.
    title = str(item.fields.get("title") or "")
    if len(words(text)) <= len(words(teaser)) or not holds_half_of(title, text):
        return None
    fields = {**item.fields, "text": text}
    fields["author"] = item.fields.get("author") or page.fields.get("author")
    return Record(item.origin, fields, item.size + page.size)
