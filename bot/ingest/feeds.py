"""RSS and Atom feeds: fetched with conditional GET, parsed by feedparser, ingested.

feedparser is the field's standard reader: it copes with RSS 0.9x-2.0, RSS
1.0 and Atom, with broken encodings and most malformed XML. A feed is fetched
with httpx (If-None-Match / If-Modified-Since, so an unchanged feed costs a
304), each item becomes an ingest record (deduplicated by its guid within the
feed and by canonical URL across everything), and a feed that fails is tried
again later and later, without holding up the others.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urljoin

import feedparser  # type: ignore[import-untyped]
import httpx

from bot.delivery.schedule import iso
from bot.ingest.files import Record
from bot.ingest.full_text import with_full_text
from bot.ingest.html import html_to_text
from bot.ingest.http_errors import described
from bot.ingest.pipeline import IngestReport, ingest_items
from bot.news.urls import canonical_url
from storage import Feed, Storage

log = logging.getLogger(__name__)

DEFAULT_INTERVAL = timedelta(minutes=15)
MIN_INTERVAL = timedelta(minutes=1)
# Failures in a row before the editors hear of it: one is often a hiccup, and
# with the backoff the third comes 6 intervals after the first (1h30 at 15 min).
ALERT_AFTER_FAILURES = 3
MAX_BACKOFF = timedelta(hours=24)
MAX_FEED_BYTES = 10 * 1024 * 1024
TIMEOUT_SECONDS = 20.0
CONCURRENT_POLLS = 4
USER_AGENT = "newsroom-bot/0.1 (+https://github.com/newsroom-bot)"

Clock = Callable[[], datetime]


class FeedError(Exception):
    """Why a feed could not be read, in words an editor understands."""


@dataclass
class PollResult:
    feed_id: int
    url: str
    status: str  # "new", "not modified", "error"
    report: IngestReport = field(default_factory=IngestReport)
    error: str | None = None
    # For the editors: "failing" when this poll made ALERT_AFTER_FAILURES in a
    # row, "recovered" when a feed they were told of is read again.
    alert: str | None = None
    title: str | None = None


@dataclass(frozen=True)
class Fetched:
    status: int
    body: bytes
    etag: str | None
    last_modified: str | None


async def fetch(
    client: httpx.AsyncClient, url: str, etag: str | None, modified: str | None
) -> Fetched:
    """GET the feed, conditionally; at most MAX_FEED_BYTES of it."""
    headers = {
        "User-Agent": USER_AGENT,
        "Accept": "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5",
    }
    if etag:
        headers["If-None-Match"] = etag
    if modified:
        headers["If-Modified-Since"] = modified
    try:
        async with client.stream("GET", url, headers=headers, follow_redirects=True) as response:
            if response.status_code == 304:
                return Fetched(304, b"", etag, modified)
            if response.status_code != 200:
                raise FeedError(f"the server answered HTTP {response.status_code}")
            body = bytearray()
            async for chunk in response.aiter_bytes():
                body += chunk
                if len(body) > MAX_FEED_BYTES:
                    raise FeedError(f"the feed is larger than {MAX_FEED_BYTES // 2**20} MB")
            return Fetched(
                200,
                bytes(body),
                response.headers.get("ETag"),
                response.headers.get("Last-Modified"),
            )
    except (httpx.HTTPError, httpx.InvalidURL) as error:
        raise FeedError(described(error)) from error


def advertised_feed(body: bytes, base: str) -> str | None:
    """The RSS or Atom feed a web page names as its own (`<link rel="alternate"
    type="application/rss+xml" href="...">`, as news sites do for feed
    readers), resolved against the page's address; None when it names none."""
    finder = _FeedLink()
    finder.feed(body[:MAX_HEAD_BYTES].decode("utf-8", errors="replace"))
    return urljoin(base, finder.href) if finder.href else None


_HTML = re.compile(rb"<(?:!doctype\s+html|html)[\s>]", re.IGNORECASE)
_NO_FEED_NAMED = "that is a web page that names no RSS or Atom feed (/add stores its article)"
# A page's head is in its first bytes; a feed's link is in the head.
MAX_HEAD_BYTES = 256 * 1024


class _FeedLink(HTMLParser):
    """The first feed link of a page's head."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.href: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag != "link" or self.href is not None:
            return
        named = {key: (value or "").strip() for key, value in attrs}
        rel = named.get("rel", "").lower().split()
        kind = named.get("type", "").lower()
        if "alternate" in rel and kind in _FEED_TYPES and named.get("href"):
            self.href = named["href"]


_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml")


def parse_feed(body: bytes) -> tuple[str | None, list[tuple[str, dict[str, object]]]]:
    """The feed's title and its items as (guid, ingest record) pairs."""
    parsed = feedparser.parse(body)
    entries = parsed.get("entries") or []
    usable = [e for e in entries if e.get("link") or e.get("summary") or e.get("content")]
    # feedparser recovers what it can from broken XML; a broken feed with
    # nothing usable recovered, or a page that is no feed at all, is refused.
    if (parsed.get("bozo") and not usable) or (not entries and not parsed.get("version")):
        reason = parsed.get("bozo_exception") or "no items"
        raise FeedError(f"not a readable RSS or Atom feed ({reason})")
    title = str(parsed.get("feed", {}).get("title") or "") or None
    items = []
    for entry in entries:
        record = _record(entry, title)
        guid = str(entry.get("id") or entry.get("link") or entry.get("title") or "")
        if guid:
            items.append((guid[:500], record))
    return title, items


def _record(entry: Any, feed_title: str | None) -> dict[str, object]:
    content = entry.get("content") or []
    body = max((c.get("value", "") for c in content), key=len, default="") or entry.get(
        "summary", ""
    )
    link = entry.get("link")
    # A feed lists an item's categories; news sites and WordPress put its
    # section first ("Sport", then "Calder Rovers"): that is its category.
    tags = [t.get("term") for t in entry.get("tags") or [] if t.get("term")]
    return {
        "title": html_to_text(str(entry.get("title") or "")),
        "text": html_to_text(str(body)),
        "url": link if isinstance(link, str) else None,
        "published": entry.get("published") or entry.get("updated"),
        "author": _author(entry),
        "source": feed_title,
        "id": entry.get("id"),
        "category": tags[0] if tags else None,
        "tags": tags,
    }


def _author(entry: Any) -> str | None:
    """The author's name: RSS writes "jdoe@example.com (John Doe)" or a bare
    address, an address no reader needs to see on a card."""
    name = (entry.get("author_detail") or {}).get("name") or entry.get("author")
    return name if isinstance(name, str) and not _EMAIL.fullmatch(name.strip()) else None


_EMAIL = re.compile(r"\S+@\S+\.\w+")


class Feeds:
    """Adding feeds and polling the due ones into the store."""

    def __init__(
        self,
        storage: Storage,
        after_ingest: Callable[[], Awaitable[object]],
        clock: Clock,
        client_factory: Callable[[], httpx.AsyncClient] | None = None,
        read_pages: bool = False,
    ) -> None:
        """`read_pages`: read the page of an item that is only a teaser (full_text)."""
        self.storage = storage
        self.read_pages = read_pages
        self.after_ingest = after_ingest
        self.clock = clock
        self.client_factory = client_factory or (lambda: httpx.AsyncClient(timeout=TIMEOUT_SECONDS))

    async def add(
        self, url: str, interval: timedelta = DEFAULT_INTERVAL, added_by: int | None = None
    ) -> tuple[Feed, PollResult | None]:
        """Add a feed (after reading it once: a URL that is no feed is refused
        with FeedError) and take in its current items."""
        canonical = canonical_url(url)
        if canonical is None:
            raise FeedError("that is not an http(s) link")
        async with self.client_factory() as client:
            fetched = await fetch(client, canonical, None, None)
            try:
                parse_feed(fetched.body)  # refuses what is not a feed
            except FeedError as refusal:
                # A site's page, as editors often give: the feed it names in its head.
                named = advertised_feed(fetched.body, canonical)
                if named is None and _HTML.search(fetched.body[:4096]):
                    raise FeedError(_NO_FEED_NAMED) from None
                if named is None or (canonical := canonical_url(named)) is None:
                    raise refusal from None
                fetched = await fetch(client, canonical, None, None)
                parse_feed(fetched.body)
            interval = max(interval, MIN_INTERVAL)
            feed, new = await self.storage.add_feed(
                canonical, int(interval.total_seconds()), iso(self.clock()), added_by
            )
            if not new:
                return feed, None
            result = await self._take(feed, fetched, client)
        return await self.storage.feed(feed.id) or feed, result

    async def poll_due(self) -> list[PollResult]:
        """Poll every feed that is due, a few at a time; one feed's failure is its own."""
        due = await self.storage.due_feeds(iso(self.clock()))
        if not due:
            return []
        limit = asyncio.Semaphore(CONCURRENT_POLLS)
        async with self.client_factory() as client:

            async def one(feed: Feed) -> PollResult:
                async with limit:
                    return await self.poll(feed, client)

            return await asyncio.gather(*(one(f) for f in due))

    async def poll(self, feed: Feed, client: httpx.AsyncClient) -> PollResult:
        result = await self._poll(feed, client)
        if result.status == "error":
            failing = feed.failures + 1 == ALERT_AFTER_FAILURES
            return replace(result, alert="failing" if failing else None, title=feed.title)
        recovered = feed.failures >= ALERT_AFTER_FAILURES
        return replace(result, alert="recovered" if recovered else None, title=feed.title)

    async def _poll(self, feed: Feed, client: httpx.AsyncClient) -> PollResult:
        try:
            fetched = await fetch(client, feed.url, feed.etag, feed.last_modified)
            if fetched.status == 304:
                await self._record(feed, "not modified")
                return PollResult(feed.id, feed.url, "not modified")
            return await self._take(feed, fetched, client)
        except FeedError as error:
            return await self._failed(feed, str(error))
        except Exception as error:  # a bug or an odd feed must not stop the other feeds
            log.exception("polling feed %s failed", feed.url)
            return await self._failed(feed, f"unexpected error: {type(error).__name__}")

    async def _take(self, feed: Feed, fetched: Fetched, client: httpx.AsyncClient) -> PollResult:
        """Ingest the items not seen before, and remember them."""
        try:
            title, items = parse_feed(fetched.body)
        except FeedError as error:
            return await self._failed(feed, str(error))
        fresh = await self.storage.unseen_items(feed.id, [guid for guid, _ in items])
        records = [
            Record(f"{feed.url}#{guid}", record, 0) for guid, record in items if guid in fresh
        ]
        if self.read_pages:
            records = await with_full_text(client, records)
        report = await ingest_items(self.storage, records) if records else IngestReport()
        now = iso(self.clock())
        await self.storage.mark_items_seen(
            feed.id, [guid for guid, _ in items if guid in fresh], now
        )
        await self._record(
            feed,
            f"{report.added} new",
            title=title,
            etag=fetched.etag,
            modified=fetched.last_modified,
        )
        if report.added:
            await self.after_ingest()
        return PollResult(feed.id, feed.url, "new", report)

    async def _record(
        self,
        feed: Feed,
        status: str,
        *,
        title: str | None = None,
        etag: str | None = None,
        modified: str | None = None,
    ) -> None:
        now = self.clock()
        await self.storage.record_poll(
            feed.id,
            now=iso(now),
            next_poll_at=iso(now + timedelta(seconds=feed.interval_seconds)),
            status=status,
            title=title,
            etag=etag,
            last_modified=modified,
        )

    async def _failed(self, feed: Feed, error: str) -> PollResult:
        now = self.clock()
        backoff = min(
            timedelta(seconds=feed.interval_seconds) * 2 ** min(feed.failures + 1, 10), MAX_BACKOFF
        )
        log.warning("feed %s: %s (next try in %s)", feed.url, error, backoff)
        await self.storage.record_poll(
            feed.id, now=iso(now), next_poll_at=iso(now + backoff), status="error", error=error
        )
        return PollResult(feed.id, feed.url, "error", error=error)
