"""The article store: every query the bot runs, by a domain name."""

from __future__ import annotations

import json
import logging
import sqlite3
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import aiosqlite

from storage import db as dbmod
from storage import ranking
from storage.asked import AskedStore
from storage.feeds import FeedStore
from storage.models import (
    AddOutcome,
    Article,
    NewArticle,
    Outcome,
    RemovedArticle,
    SearchHit,
    SearchPage,
    SectionCount,
    SourceCount,
    Stats,
    StoryCount,
    StoryRow,
)
from storage.outbox import OutboxStore
from storage.query import ParsedQuery, Terms, parse_query

log = logging.getLogger(__name__)

# Matches in the title count this many times more than matches in the body.
TITLE_WEIGHT = 4.0
# Stored published_at values from (included) and to (not): news of a span of days.
Between = tuple[str, str]
_ALWAYS: Between = ("", "\uffff")
_CHUNK = 500  # parameters per IN (...) lookup
# Any-word search: plain BM25 over all words while that means ranking at most
# CHEAP_ROWS rows; beyond it, words in more than COMMON_SHARE of the articles
# only re-rank the best CANDIDATES of the rows that have a rarer word.
CHEAP_ROWS = 6_000
COMMON_SHARE = 0.05
CANDIDATES = 100
# At most about this many rows are ranked by BM25 for an any-word query past
# CHEAP_ROWS: rarer words first; the next ones, and common words, re-rank.
RANKED_ROWS = 6_000
# New postings gather in memory and go out as one new index segment when this
# much is pending (FTS5's default is 1 MB). A batch of 2,000 articles has
# several MB: one segment rather than four or five, and the merges after it
# rewrite each posting list fewer times (a fifth less CPU writing a bulk
# ingest, measured). Costs up to this much memory during a large transaction.
SEARCH_BUFFER_BYTES = 8 * 1024 * 1024
# Newest articles having some words: a query matching fewer than this many
# rows has them all sorted by date; a more common one walks the newest
# articles (at most NEWEST_WALK of them) and keeps those that match.
NEWEST_CANDIDATES = 2_000
# How much of an article's text is read for the forms a search term stands for.
TEXT_HOLDING_CHARS = 3_000
NEWEST_WALK = 20_000
# Common words' article counts are estimated from this many of the newest rows.
SAMPLE_ROWS = 20_000
# How long a word's article count is trusted before it is counted again.
HIT_CACHE_SECONDS = 300.0

_ARTICLE_COLUMNS = (
    "id, external_id, url, title, text, source, author, published_at, language,"
    " category, tags, content_hash, ingested_at, updated_at, story_id"
)


def utc_now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class Storage(OutboxStore, FeedStore, AskedStore):
    """Async access to one SQLite database of articles.

    `terms` turns text into search terms (stems); it is injected so that the
    index and the queries use one analysis, and storage never imports bot/.
    `index_version` names that analysis: when it changes, the index is rebuilt.
    `index_terms` (by default `terms`) is what an article's text is indexed
    as: its terms, and others a query's term is to find it by (the name an
    abbreviation stands for); a query is read by `terms` alone.
    """

    def __init__(
        self, conn: aiosqlite.Connection, path: str, terms: Terms, index_terms: Terms | None = None
    ) -> None:
        super().__init__(conn)
        self.path = path
        self._terms = terms
        self._index_terms = index_terms or terms
        # MATCH string -> (rows counted, whether the count is exact, when counted)
        self._hit_cache: dict[str, tuple[int, bool, float]] = {}

    @classmethod
    async def open(
        cls,
        path: str | Path,
        terms: Terms,
        index_version: str = "1",
        index_terms: Terms | None = None,
    ) -> Storage:
        conn = await dbmod.connect(path)
        store = cls(conn, str(path), terms, index_terms)
        if await store._meta("index_version") != index_version:
            await store.reindex()
            await store._set_meta("index_version", index_version)
        await store._size_search_buffer()
        return store

    async def _size_search_buffer(self) -> None:
        """FTS5's pending-postings limit: a setting kept in the index, set once."""
        sql = "SELECT v FROM article_search_config WHERE k = 'hashsize'"
        if await self._scalar(sql, ()) == SEARCH_BUFFER_BYTES:
            return
        try:
            async with self._transaction():
                await self._db.execute(
                    "INSERT INTO article_search (article_search, rank) VALUES ('hashsize', ?)",
                    (SEARCH_BUFFER_BYTES,),
                )
        except sqlite3.OperationalError as err:  # an SQLite whose FTS5 predates the setting
            log.info("search index keeps its default write buffer (%s)", err)

    async def close(self) -> None:
        await self._db.close()

    async def __aenter__(self) -> Storage:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    # ---- meta -----------------------------------------------------------

    async def get_flag(self, key: str) -> str | None:
        """A setting kept in the database (e.g. when the demo set was loaded)."""
        return await self._meta(f"flag:{key}")

    async def set_flag(self, key: str, value: str) -> None:
        await self._set_meta(f"flag:{key}", value)

    # ---- chats ----------------------------------------------------------

    async def set_chat_language(self, chat_id: int, language: str | None) -> None:
        now = utc_now()
        async with self._transaction():
            await self._db.execute(
                "INSERT INTO chats (chat_id, language, created_at, updated_at)"
                " VALUES (?, ?, ?, ?)"
                " ON CONFLICT (chat_id) DO UPDATE"
                " SET language = excluded.language, updated_at = excluded.updated_at",
                (chat_id, language, now, now),
            )

    # ---- long button commands -------------------------------------------

    async def button_key(self, command: str) -> int:
        """A short number standing for `command` (the same number every time)."""
        async with self._transaction():
            await self._db.execute(
                "INSERT INTO button_commands (command, created_at) VALUES (?, ?)"
                " ON CONFLICT (command) DO NOTHING",
                (command, utc_now()),
            )
            key = await self._scalar("SELECT id FROM button_commands WHERE command = ?", (command,))
        return key

    async def button_command(self, key: int) -> str | None:
        async with self._db.execute(
            "SELECT command FROM button_commands WHERE id = ?", (key,)
        ) as cur:
            row = await cur.fetchone()
        return str(row[0]) if row else None

    # ---- writing --------------------------------------------------------

    def _index_row(self, article_id: int, title: str, text: str) -> tuple[int, str, str]:
        return (article_id, " ".join(self._index_terms(title)), " ".join(self._index_terms(text)))

    def _index_row_of(self, article_id: int, a: NewArticle) -> tuple[int, str, str]:
        if a.search_terms is not None:
            return (article_id, *a.search_terms)
        return self._index_row(article_id, a.title, a.text)

    async def add_articles(self, articles: Sequence[NewArticle]) -> list[AddOutcome]:
        """Store a batch in one transaction, skipping duplicates.

        An article whose canonical URL is stored already updates that row when
        its text changed; one whose text hash is stored already is a duplicate.
        Outcomes come back in input order.
        """
        if not articles:
            return []
        now = utc_now()
        async with self._transaction():
            by_url = await self._lookup("url", [u for a in articles for u in a.urls])
            by_hash = await self._lookup("content_hash", [a.content_hash for a in articles])
            withheld = await self._removed_of(articles)
            next_id = await self._next_id()
            outcomes: list[AddOutcome] = []
            # Keyed by article id, so a later record in the batch for the same
            # URL replaces an earlier one rather than writing the row twice.
            inserts: dict[int, tuple[Any, ...]] = {}
            updates: dict[int, tuple[Any, ...]] = {}
            index_rows: dict[int, tuple[int, str, str]] = {}
            outcome: Outcome
            for a in articles:
                if a.content_hash in withheld or any(u in withheld for u in a.urls):
                    outcomes.append(AddOutcome("withheld", 0))
                    continue
                known = next((by_url[u] for u in a.urls if u in by_url), None)
                same_text = by_hash.get(a.content_hash)
                if same_text is not None:
                    outcomes.append(AddOutcome("duplicate", same_text[0]))
                    continue
                if known is not None:
                    article_id, outcome = known[0], "updated"
                    by_hash.pop(known[1], None)
                else:
                    article_id, outcome = next_id, "added"
                    next_id += 1
                if article_id in inserts or outcome == "added":
                    inserts[article_id] = (article_id, *_values(a), now)
                else:
                    updates[article_id] = (*_update_values(a), now, article_id)
                index_rows[article_id] = self._index_row_of(article_id, a)
                by_hash[a.content_hash] = (article_id, a.content_hash)
                if a.url:
                    by_url[a.url] = (article_id, a.content_hash)
                outcomes.append(AddOutcome(outcome, article_id))
            await self._write(
                list(inserts.values()), list(updates.values()), list(index_rows.values())
            )
        return outcomes

    async def _write(
        self,
        inserts: list[tuple[Any, ...]],
        updates: list[tuple[Any, ...]],
        index_rows: list[tuple[int, str, str]],
    ) -> None:
        # Updates run first: an updated row may give up a hash an insert takes.
        if updates:
            # What the new version does not say (a page read after its feed
            # item has no source, date or section) stays as stored.
            await self._db.executemany(
                "UPDATE articles SET external_id = coalesce(?, external_id), url = ?,"
                " title = ?, text = ?, source = coalesce(?, source),"
                " author = coalesce(?, author), published_at = coalesce(?, published_at),"
                " language = ?, category = coalesce(?, category), tags = coalesce(?, tags),"
                " content_hash = ?, signature = ?, updated_at = ? WHERE id = ?",
                updates,
            )
            await self._db.executemany(
                "DELETE FROM article_search WHERE rowid = ?", [(u[-1],) for u in updates]
            )
        if inserts:
            await self._db.executemany(
                "INSERT INTO articles (id, external_id, url, title, text, source, author,"
                " published_at, language, category, tags, content_hash, signature,"
                " ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                inserts,
            )
        if index_rows:
            await self._db.executemany(
                "INSERT INTO article_search (rowid, title, body) VALUES (?, ?, ?)", index_rows
            )

    async def _lookup(self, column: str, values: list[str]) -> dict[str, tuple[int, str]]:
        """Rows whose `column` is one of `values`: value -> (id, content_hash)."""
        assert column in ("url", "content_hash")
        found: dict[str, tuple[int, str]] = {}
        unique = list(dict.fromkeys(values))
        for start in range(0, len(unique), _CHUNK):
            chunk = unique[start : start + _CHUNK]
            marks = ", ".join("?" * len(chunk))
            sql = f"SELECT {column}, id, content_hash FROM articles WHERE {column} IN ({marks})"
            async with self._db.execute(sql, chunk) as cur:
                async for row in cur:
                    found[row[0]] = (int(row[1]), str(row[2]))
        return found

    async def _next_id(self) -> int:
        """One above any id an article has had, removed ones included."""
        return 1 + await self._scalar(
            "SELECT max((SELECT coalesce(max(id), 0) FROM articles),"
            " (SELECT coalesce(max(id), 0) FROM removed_articles))",
            (),
        )

    async def _removed_of(self, articles: Sequence[NewArticle]) -> set[str]:
        """The URLs and text hashes of `articles` that belong to removed articles."""
        urls = [u for a in articles for u in a.urls]
        keys = list(dict.fromkeys([a.content_hash for a in articles] + urls))
        found: set[str] = set()
        for start in range(0, len(keys), _CHUNK):
            chunk = keys[start : start + _CHUNK]
            marks = ", ".join("?" * len(chunk))
            sql = (
                f"SELECT content_hash, url FROM removed_articles WHERE restored_at IS NULL"
                f" AND (content_hash IN ({marks}) OR url IN ({marks}))"
            )
            async with self._db.execute(sql, chunk + chunk) as cur:
                async for row in cur:
                    found.update(row)
        return found & set(keys)

    async def delete_article(self, article_id: int) -> bool:
        """Delete an article's row and search entry, nothing more: a row gone
        by other hands, as tests need it. Editors remove with remove_article."""
        async with self._transaction():
            return await self._delete_rows(article_id)

    async def _delete_rows(self, article_id: int) -> bool:
        cur = await self._db.execute("DELETE FROM articles WHERE id = ?", (article_id,))
        await self._db.execute("DELETE FROM article_search WHERE rowid = ?", (article_id,))
        return cur.rowcount > 0

    async def remove_article(
        self, article_id: int, reason: str | None, now: str
    ) -> RemovedArticle | None:
        """Remove an article for good (an editor's retraction): from the store,
        the search index and the updates waiting to be sent, remembering its
        URL and text hash so that it is not stored again. None if no such article."""
        async with self._transaction():
            async with self._db.execute(
                "SELECT title, url, content_hash FROM articles WHERE id = ?", (article_id,)
            ) as cur:
                row = await cur.fetchone()
            if row is None:
                return None
            title, url, content_hash = str(row[0]), row[1], str(row[2])
            await self._db.execute(
                "INSERT INTO removed_articles (id, url, content_hash, title, reason, removed_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (article_id, url, content_hash, title, reason, now),
            )
            await self._delete_rows(article_id)
            await self._db.execute(
                "UPDATE deliveries SET status = 'dropped', last_error = 'article removed',"
                " lease_until = NULL WHERE article_id = ? AND status = 'pending'",
                (article_id,),
            )
        return RemovedArticle(article_id, title, url, reason, now)

    async def removed_article(self, article_id: int) -> RemovedArticle | None:
        """The article an editor removed under this id (restored or not: a
        restored one comes back under a new id), or None."""
        return await self._removed(article_id, standing_only=False)

    async def restore_removed(self, article_id: int, now: str) -> RemovedArticle | None:
        """Take back the removal of an article: its link and text may be stored
        again (the text itself was not kept), under a new id. None if it was not
        removed, or is restored already."""
        async with self._transaction():
            removed = await self._removed(article_id, standing_only=True)
            if removed is None:
                return None
            await self._db.execute(
                "UPDATE removed_articles SET restored_at = ? WHERE id = ?", (now, article_id)
            )
        return removed

    async def _removed(self, article_id: int, standing_only: bool) -> RemovedArticle | None:
        sql = "SELECT title, url, reason, removed_at FROM removed_articles WHERE id = ?"
        if standing_only:
            sql += " AND restored_at IS NULL"
        async with self._db.execute(sql, (article_id,)) as cur:
            row = await cur.fetchone()
        if row is None:
            return None
        return RemovedArticle(article_id, str(row[0]), row[1], row[2], str(row[3]))

    async def reindex(self, batch: int = 1000) -> int:
        """Rebuild the search index from the stored articles."""
        count = 0
        async with self._transaction():
            await self._db.execute("DELETE FROM article_search")
            last = 0
            while True:
                async with self._db.execute(
                    "SELECT id, title, text FROM articles WHERE id > ? ORDER BY id LIMIT ?",
                    (last, batch),
                ) as cur:
                    rows = list(await cur.fetchall())
                if not rows:
                    break
                await self._db.executemany(
                    "INSERT INTO article_search (rowid, title, body) VALUES (?, ?, ?)",
                    [self._index_row(r[0], r[1], r[2]) for r in rows],
                )
                last, count = rows[-1][0], count + len(rows)
        if count:
            log.info("search index rebuilt for %d articles", count)
        return count

    async def checkpoint(self) -> None:
        """Copy the WAL back into the database file and truncate it (after bulk writes)."""
        await self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    async def optimize(self) -> None:
        """Merge the search index into one segment: faster queries after bulk loads."""
        await self._db.execute("INSERT INTO article_search (article_search) VALUES ('optimize')")

    # ---- reading --------------------------------------------------------

    async def article(self, article_id: int) -> Article | None:
        rows = await self._articles("WHERE id = ?", (article_id,))
        return rows[0] if rows else None

    async def articles(self, ids: Sequence[int]) -> list[Article]:
        """The articles with these ids, in the order given (missing ones left out)."""
        found: dict[int, Article] = {}
        unique = list(dict.fromkeys(ids))
        for start in range(0, len(unique), _CHUNK):
            chunk = unique[start : start + _CHUNK]
            marks = ", ".join("?" * len(chunk))
            for a in await self._articles(f"WHERE id IN ({marks})", chunk):
                found[a.id] = a
        return [found[i] for i in ids if i in found]

    async def article_by_url(self, canonical_url: str) -> Article | None:
        rows = await self._articles("WHERE url = ?", (canonical_url,))
        return rows[0] if rows else None

    async def articles_by_external_id(self, external_id: str) -> list[Article]:
        return await self._articles("WHERE external_id = ? ORDER BY id", (external_id,))

    async def latest(
        self,
        limit: int = 5,
        offset: int = 0,
        language: str | None = None,
        between: Between | None = None,
    ) -> list[Article]:
        """The newest articles, of one language if given, published `between`
        two stored dates (the first included) if given."""
        since, before = between or _ALWAYS
        dated = "published_at >= ? AND published_at < ?"
        if language is None:
            return await self._articles(
                f"WHERE {dated} ORDER BY published_at DESC, id DESC LIMIT ? OFFSET ?",
                (since, before, limit, offset),
            )
        return await self._articles(
            f"WHERE language = ? AND {dated} ORDER BY published_at DESC, id DESC LIMIT ? OFFSET ?",
            (language, since, before, limit, offset),
        )

    async def newest_from(
        self,
        source: str,
        limit: int = 5,
        language: str | None = None,
        between: Between | None = None,
    ) -> list[Article]:
        """The newest articles of one source (its name as stored), of one
        language if given. The index of dates that /top reads (migration
        0013) holds source and language: the walk back through the dates
        reads no article row until the ids are known."""
        sql = (
            "SELECT id FROM articles INDEXED BY articles_by_published_story"
            " WHERE source = ? AND (? IS NULL OR language = ?)"
            " AND published_at >= ? AND published_at < ?"
            " ORDER BY published_at DESC, id DESC LIMIT ?"
        )
        params = (source, language, language, *(between or _ALWAYS), limit)
        async with self._db.execute(sql, params) as cur:
            ids = [int(row[0]) for row in await cur.fetchall()]
        return await self.articles(ids)

    async def newest_in(
        self,
        sections: Sequence[str],
        limit: int = 5,
        language: str | None = None,
        between: Between | None = None,
    ) -> list[Article]:
        """The newest articles filed under any of these sections (a category
        or tag, as stored; migration 0017), of one language if given. Each
        section's newest are read back through its index, then merged: one
        query over several would sort every row they have (100-230 ms for
        two sections of 20,000 articles each)."""
        sql = (
            "SELECT s.published_at, s.article_id FROM article_sections AS s"
            " JOIN articles AS a ON a.id = s.article_id"
            " WHERE s.section = ? AND (? IS NULL OR a.language = ?)"
            " AND s.published_at >= ? AND s.published_at < ?"
            " ORDER BY s.published_at DESC, s.article_id DESC LIMIT ?"
        )
        newest: set[tuple[str, int]] = set()
        for section in sections:
            params = (section, language, language, *(between or _ALWAYS), limit)
            async with self._db.execute(sql, params) as cur:
                newest.update((str(date), int(id_)) for date, id_ in await cur.fetchall())
        ids = list(dict.fromkeys(id_ for _, id_ in sorted(newest, reverse=True)))
        return await self.articles(ids[:limit])

    async def sections(self, after_id: int = 0) -> list[SectionCount]:
        """Every category and tag stored (in no order: Newsroom sorts the names
        it keys together), with how many articles have it; of
        the articles after `after_id` only, if given (those that arrived
        since a count: adding theirs is all a new count needs)."""
        sql = (
            "SELECT section, count(*), max(is_category) FROM article_sections"
            " WHERE article_id > ? GROUP BY section"
        )
        async with self._db.execute(sql, (after_id,)) as cur:
            return [SectionCount(str(s), int(n), bool(c)) for s, n, c in await cur.fetchall()]

    async def sections_of_articles(self, after_id: int = 0, at_least: int = 1) -> list[list[str]]:
        """The sections (categories and tags, as stored) of each article after
        `after_id` that has at least `at_least` of them."""
        sql = (
            "SELECT json_group_array(section) FROM article_sections"
            " WHERE article_id > ? GROUP BY article_id HAVING count(*) >= ?"
        )
        async with self._db.execute(sql, (after_id, at_least)) as cur:
            return [json.loads(names) for (names,) in await cur.fetchall()]

    async def sources(self, limit: int = -1) -> list[SourceCount]:
        """The sources stored, those with the most articles first (all of them
        when `limit` is -1), counted from the index of dates (migration 0013)."""
        sql = (
            "SELECT source, count(*) AS articles, max(published_at)"
            " FROM articles INDEXED BY articles_by_published_story"
            " WHERE source IS NOT NULL GROUP BY source ORDER BY articles DESC, source LIMIT ?"
        )
        async with self._db.execute(sql, (limit,)) as cur:
            return [SourceCount(str(s), int(n), str(d)) for s, n, d in await cur.fetchall()]

    async def term_articles(self, terms: Sequence[str]) -> dict[str, int]:
        """How many articles hold each of these search terms (stems), for those
        held at all. Each count reads the term's postings: meant for a few
        hundred mostly unknown terms, not for common ones by the thousand."""
        sql = (
            "SELECT term, doc FROM article_search_vocab"
            " WHERE term IN (SELECT value FROM json_each(?))"
        )
        async with self._db.execute(sql, (json.dumps(sorted(set(terms))),)) as cur:
            return {str(r[0]): int(r[1]) for r in await cur.fetchall()}

    async def terms_beginning(self, prefix: str, limit: int) -> dict[str, int]:
        """The search terms (stems) longer than `prefix` that begin with it,
        the first `limit` of them in order, with how many articles hold each:
        what a word cut short may be ("hack": "hacker")."""
        sql = (
            "SELECT term, doc FROM article_search_vocab WHERE term > ? AND term < ?"
            " ORDER BY term LIMIT ?"
        )
        async with self._db.execute(sql, (prefix, prefix + "\uffff", limit)) as cur:
            return {str(r[0]): int(r[1]) for r in await cur.fetchall()}

    async def count_matching(self, text: str, cap: int) -> int:
        """How many articles have every word of `text`, counted up to `cap`."""
        query = parse_query(text, self._terms)
        if not query.groups:
            return 0
        sql = (
            "SELECT count(*) FROM (SELECT rowid FROM article_search"
            " WHERE article_search MATCH ? LIMIT ?)"
        )
        return await self._scalar(sql, (query.match("all"), cap))

    async def text_holding(self, term: str, articles: int = 10) -> str:
        """The titles and openings (TEXT_HOLDING_CHARS) of a few articles that
        hold a search term ("" when none does): where the words the term
        stands for can be read."""
        if not term.isalnum():
            return ""
        sql = (
            "SELECT title || char(10) || substr(text, 1, ?) FROM articles WHERE id IN"
            " (SELECT rowid FROM article_search WHERE article_search MATCH ? LIMIT ?)"
        )
        async with self._db.execute(sql, (TEXT_HOLDING_CHARS, f'"{term}"', articles)) as cur:
            return "\n".join(str(r[0]) for r in await cur.fetchall())

    async def newest_matching(
        self,
        text: str,
        limit: int = 5,
        language: str | None = None,
        between: Between | None = None,
    ) -> list[Article]:
        """The newest articles having every word (or "phrase") of `text`.

        Dates, not ids, order them: a backfilled archive's ids say nothing of
        its dates. A query matching under NEWEST_CANDIDATES rows sorts all of
        them. A common one walks the articles newest first and keeps those
        that match (the newest matches by id need no look-up): the first few
        hundred articles usually hold enough. Past NEWEST_WALK articles the
        answer is completed from the newest matches by id.
        """
        query = parse_query(text, self._terms)
        if not query.groups:
            return []
        match = query.match("all")
        if between is not None:
            return await self._newest_matching_between(match, limit, language, between)
        sql = (
            "SELECT rowid FROM article_search WHERE article_search MATCH ?"
            " ORDER BY rowid DESC LIMIT ?"
        )
        async with self._db.execute(sql, (match, NEWEST_CANDIDATES)) as cur:
            newest_ids = [int(r[0]) for r in await cur.fetchall()]
        if len(newest_ids) < NEWEST_CANDIDATES:
            return await self._newest_of(newest_ids, limit, language)
        walked = await self._walk_newest(match, set(newest_ids), limit, language)
        if len(walked) < limit:
            walked += newest_ids
        return await self._newest_of(walked, limit, language)

    async def _newest_matching_between(
        self, match: str, limit: int, language: str | None, between: Between
    ) -> list[Article]:
        """The newest matching articles published in a span ("Kestrel in
        April"). Under NEWEST_CANDIDATES matches, their dates are sorted, as
        newest_matching does; more, and the span's articles are walked newest
        first through the index of dates, asking the search index which of
        them match (a month of a large store is a few thousand); a span of
        more than NEWEST_WALK is completed by looking the matches up once,
        which for a common word reads them all (40 ms at 100,000 articles)."""
        sql = "SELECT rowid FROM article_search WHERE article_search MATCH ? LIMIT ?"
        async with self._db.execute(sql, (match, NEWEST_CANDIDATES)) as cur:
            candidates = [int(r[0]) for r in await cur.fetchall()]
        if len(candidates) < NEWEST_CANDIDATES:
            return await self._newest_of(candidates, limit, language, between)
        sql = (
            "SELECT id FROM articles WHERE published_at >= ? AND published_at < ?"
            " AND (? IS NULL OR language = ?)"
            " ORDER BY published_at DESC, id DESC LIMIT ? OFFSET ?"
        )
        found: list[int] = []
        offset, step = 0, 200
        while len(found) < limit and offset < NEWEST_WALK:
            size = min(step, NEWEST_WALK - offset)
            async with self._db.execute(sql, (*between, language, language, size, offset)) as cur:
                ids = [int(r[0]) for r in await cur.fetchall()]
            matching = await self._matching_among(match, ids)
            found += [i for i in ids if i in matching]
            if len(ids) < size:  # the whole span walked
                return await self.articles(found[:limit])
            offset, step = offset + size, min(step * 2, 5_000)
        if len(found) >= limit:
            return await self.articles(found[:limit])
        sql = (
            "SELECT id FROM articles WHERE published_at >= ? AND published_at < ?"
            " AND (? IS NULL OR language = ?)"
            " AND id IN (SELECT rowid FROM article_search WHERE article_search MATCH ?)"
            " ORDER BY published_at DESC, id DESC LIMIT ?"
        )
        params = (*between, language, language, match, limit)
        async with self._db.execute(sql, params) as cur:
            return await self.articles([int(r[0]) for r in await cur.fetchall()])

    async def _newest_of(
        self, ids: list[int], limit: int, language: str | None, between: Between | None = None
    ) -> list[Article]:
        """The newest `limit` of these articles (of one language, published
        in a span, if given). Only ids and dates are sorted: sorting whole
        rows would read every candidate's text."""
        where = "WHERE id IN (SELECT value FROM json_each(?))"
        params: list[Any] = [json.dumps(ids)]
        if language is not None:
            where += " AND language = ?"
            params.append(language)
        if between is not None:
            where += " AND published_at >= ? AND published_at < ?"
            params.extend(between)
        sql = f"SELECT id FROM articles {where} ORDER BY published_at DESC, id DESC LIMIT ?"
        async with self._db.execute(sql, (*params, limit)) as cur:
            newest = [int(r[0]) for r in await cur.fetchall()]
        return await self.articles(newest)

    async def _walk_newest(
        self, match: str, known: set[int], limit: int, language: str | None
    ) -> list[int]:
        """Ids of the newest articles that `match`, walking at most
        NEWEST_WALK of them in growing steps. `known`: ids known to match;
        the index is asked only about older ones."""
        filter_sql, params = ("WHERE language = ?", [language]) if language else ("", [])
        lowest_known = min(known)
        found: list[int] = []
        offset, step = 0, 200
        while len(found) < limit and offset < NEWEST_WALK:
            sql = (
                f"SELECT id FROM articles {filter_sql}"
                " ORDER BY published_at DESC, id DESC LIMIT ? OFFSET ?"
            )
            size = min(step, NEWEST_WALK - offset)
            async with self._db.execute(sql, (*params, size, offset)) as cur:
                ids = [int(r[0]) for r in await cur.fetchall()]
            if not ids:
                break
            older = [i for i in ids if i < lowest_known]
            matching = known | await self._matching_among(match, older)
            found += [i for i in ids if i in matching]
            offset, step = offset + size, min(step * 2, 5_000)
        return found[:limit]

    async def _matching_among(self, match: str, ids: list[int]) -> set[int]:
        if not ids:
            return set()
        sql = (
            "SELECT rowid FROM article_search WHERE article_search MATCH ?"
            " AND rowid IN (SELECT value FROM json_each(?))"
        )
        async with self._db.execute(sql, (match, json.dumps(ids))) as cur:
            return {int(r[0]) for r in await cur.fetchall()}

    async def count(self) -> int:
        async with self._db.execute("SELECT count(*) FROM articles") as cur:
            row = await cur.fetchone()
        return int(row[0]) if row else 0

    async def added_since(self, moment: str) -> int:
        """How many articles were stored (first ingested) at `moment` or later."""
        return await self._scalar("SELECT count(*) FROM articles WHERE ingested_at >= ?", (moment,))

    async def _articles(self, where: str, params: Sequence[Any]) -> list[Article]:
        sql = f"SELECT {_ARTICLE_COLUMNS} FROM articles {where}"
        async with self._db.execute(sql, params) as cur:
            return [_article(row) for row in await cur.fetchall()]

    async def search(
        self, text: str, limit: int = 10, offset: int = 0, mode: str = "auto"
    ) -> SearchPage:
        """Ranked articles for what a user typed (BM25, title weighted).

        mode 'all' needs every word (or "phrase"); 'any' needs one; 'auto'
        tries 'all' and falls back to 'any' when nothing has every word.
        """
        query = parse_query(text, self._terms)
        if not query.groups:
            return SearchPage([], False, "none")
        modes = ["all", "any"] if mode == "auto" else [mode]
        if len(query.groups) == 1:
            modes = modes[:1]
        for m in modes:
            if m == "all":
                ranked = (await self._ranked_every(query, offset + limit + 1))[offset:]
            else:
                ranked = (await self._ranked_any(query, offset + limit + 1))[offset:]
            if ranked:
                break
        if not ranked:
            return SearchPage([], False, "none")
        found = {a.id: a for a in await self.articles([i for i, _ in ranked[:limit]])}
        hits = [SearchHit(found[i], s) for i, s in ranked[:limit] if i in found]
        return SearchPage(hits, len(ranked) > limit, "all" if m == "all" else "any")

    async def _ranked(
        self, match: str, limit: int, offset: int = 0, after: int = 0
    ) -> list[tuple[int, float]]:
        """(rowid, score), best first, among rows after `after`. FTS5's bm25()
        is negative; scores here are not."""
        sql = (
            "SELECT rowid, bm25(article_search, ?, 1.0) AS score FROM article_search"
            " WHERE article_search MATCH ? AND rowid > ?"
            " ORDER BY score, rowid DESC LIMIT ? OFFSET ?"  # ties: the later stored, every time
        )
        params = (TITLE_WEIGHT, match, after, limit, offset)
        async with self._db.execute(sql, params) as cur:
            return [(int(r[0]), -float(r[1])) for r in await cur.fetchall()]

    async def _ranked_every(self, query: ParsedQuery, need: int) -> list[tuple[int, float]]:
        """The best rows having every group (word or phrase).

        BM25 costs FTS5 a few microseconds a row it scores, and a query of
        common words only ("US", "UK", "new") has them all in a large part of
        the store: 30-60 ms at 100,000 articles. So the rows are counted first
        (up to RANKED_ROWS, which walks them without scoring), and when there
        are more, they are ranked as the any-word plan ranks common words
        (_ranked_all_common): over the newest rows that hold about RANKED_ROWS.
        """
        match = query.match("all")
        if await self._matching(match, RANKED_ROWS + 1) <= RANKED_ROWS:
            return await self._ranked(match, need)
        totals = await self._index_totals()
        estimates = {g: await self._estimated_hits(g, totals.rows) for g in query.groups}
        return await self._ranked_all_common(query, query.groups, need, totals, estimates)

    async def _ranked_any(self, query: ParsedQuery, need: int) -> list[tuple[int, float]]:
        """The best rows having any of the groups (words or phrases).

        While that is cheap (few matching rows) this is plain BM25 over the OR
        of all groups. Otherwise, as in Lucene's common-terms query, common
        groups (in more than COMMON_SHARE of the rows) stop deciding which rows
        match: rows must have one of the rarer groups, and the common ones only
        add their BM25 part to the best CANDIDATES of those rows. A query of
        common groups only must have all of them (failing that, the rarest).
        No row holds a word the query leaves out.
        """
        groups = query.groups
        totals = await self._index_totals()
        cap = int(max(CHEAP_ROWS, totals.rows * COMMON_SHARE)) + 1
        hits = {g: await self._hits(g, cap) for g in groups}
        present = sorted((g for g in groups if hits[g]), key=lambda g: hits[g])
        if sum(hits[g] for g in present) <= CHEAP_ROWS:
            return await self._ranked(query.without(_any_of(present)), need) if present else []
        rare = [g for g in present if hits[g] <= totals.rows * COMMON_SHARE]
        while len(rare) > 1 and sum(hits[g] for g in rare) > RANKED_ROWS:
            rare.pop()  # the most frequent of them only re-ranks, like a common one
        common = [g for g in present if g not in rare]
        estimates = {g: await self._estimated_hits(g, totals.rows) for g in common}
        if not rare:
            ranked = await self._ranked_all_common(query, common, need, totals, estimates)
            if ranked:
                return ranked
            rare, common = common[:1], common[1:]
        candidates = await self._ranked(query.without(_any_of(rare)), max(need, CANDIDATES))
        idfs = {g: ranking.idf(totals.rows, estimates[g]) for g in common}
        return (await self._add_scores(candidates, common, idfs, totals))[:need]

    async def _ranked_all_common(
        self,
        query: ParsedQuery,
        groups: Sequence[tuple[str, ...]],
        need: int,
        totals: ranking.IndexTotals,
        estimates: dict[tuple[str, ...], int],
    ) -> list[tuple[int, float]]:
        """Rows with every one of `groups`, all common words, best first.

        When the rows having them all are many (estimated from each group's
        share of the newest rows), BM25 ranks only the newest rows expected to
        hold about RANKED_ROWS of them: a query of common words says little,
        and recent news is the better answer to it. The whole store is ranked
        when that window has fewer than `need`. `estimates`: each group's
        _estimated_hits().
        """
        match = query.without(" AND ".join(_any_of([g]) for g in groups))
        share = 1.0
        for g in groups:
            share *= estimates[g] / max(1, totals.rows)
        if share * totals.rows > RANKED_ROWS:
            newest = await self._newest_indexed()
            ranked = await self._ranked(match, need, after=newest - int(RANKED_ROWS / share))
            if len(ranked) >= need:
                return ranked
        return await self._ranked(match, need)

    async def _add_scores(
        self,
        candidates: list[tuple[int, float]],
        groups: Sequence[tuple[str, ...]],
        idfs: dict[tuple[str, ...], float],
        totals: ranking.IndexTotals,
    ) -> list[tuple[int, float]]:
        """The candidates' scores plus what `groups` add to each, best first."""
        if not candidates or not groups:
            return candidates
        marks = ", ".join("?" * len(candidates))
        sql = f"SELECT rowid, title, body FROM article_search WHERE rowid IN ({marks})"
        async with self._db.execute(sql, [i for i, _ in candidates]) as cur:
            rows = {int(r[0]): (_spaced(r[1]), _spaced(r[2])) for r in await cur.fetchall()}
        needles = {g: " " + "  ".join(g) + " " for g in groups}
        scored = []
        for rowid, score in candidates:
            (title, title_len), (body, body_len) = rows.get(rowid, (("", 0), ("", 0)))
            for g in groups:
                weighted = TITLE_WEIGHT * title.count(needles[g]) + body.count(needles[g])
                length = title_len + body_len
                score += ranking.contribution(idfs[g], weighted, length, totals.avg_length)
            scored.append((rowid, score))
        scored.sort(key=lambda pair: -pair[1])
        return scored

    async def _index_totals(self) -> ranking.IndexTotals:
        """FTS5's own row count and token totals (its 'averages' record)."""
        sql = "SELECT block FROM article_search_data WHERE id = 1"
        async with self._db.execute(sql) as cur:
            row = await cur.fetchone()
        return ranking.parse_totals(bytes(row[0])) if row else ranking.IndexTotals(0, 0.0)

    async def _hits(self, group: tuple[str, ...], cap: int) -> int:
        """How many rows contain `group`, counting no further than `cap`."""
        return await self._matching(_any_of([group]), cap)

    async def _matching(self, match: str, cap: int) -> int:
        """How many rows MATCH `match`, counting no further than `cap`.

        Cached for a while: counts change slowly, and a reader pages through
        results or asks again. A count that reached its cap is a lower bound,
        reused only for questions with no higher cap.
        """
        now = time.monotonic()
        cached = self._hit_cache.get(match)
        if cached and now - cached[2] < HIT_CACHE_SECONDS:
            count, exact, _ = cached
            if exact or cap <= count:
                return min(count, cap)
        sql = (
            "SELECT count(*) FROM (SELECT 1 FROM article_search"
            " WHERE article_search MATCH ? LIMIT ?)"
        )
        count = await self._scalar(sql, (match, cap))
        if len(self._hit_cache) >= 100_000:
            self._hit_cache.clear()
        self._hit_cache[match] = (count, count < cap, now)
        return count

    async def _newest_indexed(self) -> int:
        """The highest rowid in the search index (0 when it is empty)."""
        return await self._scalar("SELECT coalesce(max(rowid), 0) FROM article_search", ())

    async def _estimated_hits(self, group: tuple[str, ...], rows: int) -> int:
        """Rows containing a common `group`, estimated from the newest SAMPLE_ROWS.

        Counting every row of a word in half the store costs milliseconds;
        its idf (all the count is for) barely moves with a sampled estimate.
        """
        cached = self._hit_cache.get(_any_of([group]))
        if cached and cached[1]:
            return cached[0]
        newest = await self._newest_indexed()
        sql = "SELECT count(*) FROM article_search WHERE article_search MATCH ? AND rowid > ?"
        sampled = await self._scalar(sql, (_any_of([group]), newest - SAMPLE_ROWS))
        window = min(SAMPLE_ROWS, newest)
        return round(sampled * rows / window) if window else 0

    # ---- stories --------------------------------------------------------

    async def story_rows(self, after_id: int = 0, batch: int = 5000) -> list[StoryRow]:
        """Articles after `after_id` in id order, with what story grouping needs.

        Title and text are only read for rows whose signature is missing or
        from before signatures had a language and keys (one '|' where there are three).
        """
        sql = (
            "SELECT id, signature, story_id,"
            " CASE WHEN signature IS NULL OR signature NOT LIKE '%|%|%' THEN title ELSE '' END,"
            " CASE WHEN signature IS NULL OR signature NOT LIKE '%|%|%' THEN text ELSE '' END,"
            " published_at, language FROM articles WHERE id > ? ORDER BY id LIMIT ?"
        )
        async with self._db.execute(sql, (after_id, batch)) as cur:
            return [StoryRow(*row) for row in await cur.fetchall()]

    async def set_stories(self, assignments: Sequence[tuple[int, int, str | None]]) -> None:
        """Record (article id, story id, signature) for articles just grouped."""
        if not assignments:
            return
        async with self._transaction():
            await self._db.executemany(
                "UPDATE articles SET story_id = ?, signature = coalesce(?, signature) WHERE id = ?",
                [(story, sig, article) for article, story, sig in assignments],
            )

    async def most_reported(
        self,
        since: str,
        limit: int,
        language: str | None = None,
        sections: Sequence[str] = (),
        before: str | None = None,
    ) -> list[StoryCount]:
        """The stories with most reports published at `since` or later (and
        before `before`, if given: a period of the past): most
        sources first, then most reports, then the newest; stories of at least
        two reports only. Each is named by its newest report in `language`
        when it has one, else by its newest. The span is read by date from an
        index that holds all the query needs (left to itself SQLite walks
        every grouped article by story): about 2.5 µs an article in the span.
        With `sections`, only the stories of which a report in the span is
        filed under one of them (migration 0017)."""
        marks = ", ".join("?" * len(sections))
        in_sections = (
            f"""AND story_id IN (
                SELECT a.story_id
                FROM article_sections AS s JOIN articles AS a ON a.id = s.article_id
                WHERE s.section IN ({marks}) AND s.published_at >= ? AND s.published_at < ?)"""
            if sections
            else ""
        )
        sql = f"""
            SELECT story_id, count(*), count(DISTINCT coalesce(source, '#' || id)),
                   count(DISTINCT language),
                   coalesce(
                       max(CASE WHEN language = ? THEN published_at || printf('%012d', id) END),
                       max(published_at || printf('%012d', id))
                   ),
                   max(published_at) AS newest
            FROM articles INDEXED BY articles_by_published_story
            WHERE published_at >= ? AND published_at < ? AND story_id IS NOT NULL {in_sections}
            GROUP BY story_id
            HAVING count(*) >= 2
            ORDER BY 3 DESC, 2 DESC, newest DESC, story_id DESC
            LIMIT ?
        """
        span = (since, before or _ALWAYS[1])
        params = (language, *span, *sections, *(span if sections else ()), limit)
        async with self._db.execute(sql, params) as cur:
            rows = await cur.fetchall()
        return [
            StoryCount(int(r[0]), int(r[1]), int(r[2]), int(r[3]), int(r[4][-12:])) for r in rows
        ]

    async def newest_published(self) -> str | None:
        """The latest publication time stored (None for an empty store)."""
        async with self._db.execute("SELECT max(published_at) FROM articles") as cur:
            row = await cur.fetchone()
        return str(row[0]) if row and row[0] else None

    async def stories(self) -> list[tuple[int, list[Article]]]:
        """Every story with its articles (oldest first); unassigned articles alone."""
        groups: dict[int, list[Article]] = {}
        for article in await self._articles(
            "ORDER BY coalesce(story_id, id), published_at, id", ()
        ):
            groups.setdefault(article.story_id or article.id, []).append(article)
        return list(groups.items())

    async def stats(self) -> Stats:
        total = await self.count()
        by_language = await self._counts("language")
        by_source = await self._counts("coalesce(source, '(none)')")
        by_category = await self._counts("section", "article_sections WHERE is_category = 1")
        async with self._db.execute(
            "SELECT min(published_at), max(published_at) FROM articles"
        ) as cur:
            row = await cur.fetchone()
        size = 0
        if self.path != ":memory:":
            size = sum(
                p.stat().st_size for p in (Path(self.path), Path(self.path + "-wal")) if p.exists()
            )
        return Stats(
            articles=total,
            by_language=by_language,
            by_source=by_source,
            by_category=by_category,
            oldest=row[0] if row else None,
            newest=row[1] if row else None,
            schema_version=await dbmod.schema_version(self._db),
            file_bytes=size,
            removed=await self._scalar(
                "SELECT count(*) FROM removed_articles WHERE restored_at IS NULL", ()
            ),
            topics=await self._scalar("SELECT count(*) FROM subscriptions", ()),
            following_chats=await self._scalar(
                "SELECT count(DISTINCT chat_id) FROM subscriptions", ()
            ),
            briefed_chats=await self._scalar(
                "SELECT count(*) FROM chats WHERE briefing_at IS NOT NULL AND active = 1", ()
            ),
            deliveries=await self.delivery_counts(),
        )

    async def _counts(self, expr: str, rows: str = "articles") -> dict[str, int]:
        sql = f"SELECT {expr} AS k, count(*) FROM {rows} GROUP BY k ORDER BY count(*) DESC"
        async with self._db.execute(sql) as cur:
            return {str(r[0]): int(r[1]) for r in await cur.fetchall()}


def _spaced(terms: str) -> tuple[str, int]:
    """Indexed terms with doubled spaces and padding, so str.count finds whole
    terms and phrases (" a " twice in " a  a "), and how many terms there are."""
    if not terms:
        return "", 0
    return " " + terms.replace(" ", "  ") + " ", terms.count(" ") + 1


def _any_of(groups: Sequence[tuple[str, ...]]) -> str:
    return " OR ".join('"' + " ".join(g) + '"' for g in groups)


def _values(a: NewArticle) -> tuple[Any, ...]:
    return (
        a.external_id,
        a.url,
        a.title,
        a.text,
        a.source,
        a.author,
        a.published_at,
        a.language,
        a.category,
        json.dumps(list(a.tags), ensure_ascii=False),
        a.content_hash,
        a.signature,
    )


def _update_values(a: NewArticle) -> tuple[Any, ...]:
    """_values for an update: None where the new version says nothing (no
    date of its own, no tags), which keeps what is stored."""
    values = list(_values(a))
    if not a.dated:
        values[6] = None
    if not a.tags:
        values[9] = None
    return tuple(values)


def _article(row: aiosqlite.Row) -> Article:
    return Article(
        id=row["id"],
        external_id=row["external_id"],
        url=row["url"],
        title=row["title"],
        text=row["text"],
        source=row["source"],
        author=row["author"],
        published_at=row["published_at"],
        language=row["language"],
        category=row["category"],
        tags=tuple(json.loads(row["tags"] or "[]")),
        content_hash=row["content_hash"],
        ingested_at=row["ingested_at"],
        updated_at=row["updated_at"],
        story_id=row["story_id"],
    )
