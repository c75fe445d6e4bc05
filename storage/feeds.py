"""The feeds the bot polls and the items it has taken from them (mixed into Storage)."""

from __future__ import annotations

from collections.abc import Sequence

from storage.base import StoreBase
from storage.models import Feed

_FEED_COLUMNS = (
    "id, url, title, interval_seconds, etag, last_modified, next_poll_at,"
    " last_polled_at, last_status, last_error, failures"
)


class FeedStore(StoreBase):
    """The SQL behind /feeds and the feed reader."""

    async def add_feed(
        self, url: str, interval_seconds: int, now: str, added_by: int | None = None
    ) -> tuple[Feed, bool]:
        """The feed at `url`, and whether it was new (an existing one is kept as it is)."""
        async with self._transaction():
            cur = await self._db.execute(
                "INSERT INTO feeds (url, interval_seconds, next_poll_at, added_by, created_at)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT (url) DO NOTHING",
                (url, interval_seconds, now, added_by, now),
            )
            added = cur.rowcount > 0
        feeds = await self._feeds("WHERE url = ?", (url,))
        return feeds[0], added

    async def feeds(self) -> list[Feed]:
        return await self._feeds("ORDER BY id", ())

    async def feed(self, feed_id: int) -> Feed | None:
        found = await self._feeds("WHERE id = ?", (feed_id,))
        return found[0] if found else None

    async def due_feeds(self, now: str) -> list[Feed]:
        return await self._feeds("WHERE next_poll_at <= ? ORDER BY next_poll_at, id", (now,))

    async def remove_feed(self, feed_id: int) -> bool:
        async with self._transaction():
            cur = await self._db.execute("DELETE FROM feeds WHERE id = ?", (feed_id,))
            return cur.rowcount > 0

    async def record_poll(
        self,
        feed_id: int,
        *,
        now: str,
        next_poll_at: str,
        status: str,
        error: str | None = None,
        title: str | None = None,
        etag: str | None = None,
        last_modified: str | None = None,
    ) -> None:
        """What a poll found; validators and title are only replaced when given,
        and failures count up on an error and back to zero on success."""
        async with self._transaction():
            await self._db.execute(
                "UPDATE feeds SET last_polled_at = ?, next_poll_at = ?, last_status = ?,"
                " last_error = ?, failures = CASE WHEN ? IS NULL THEN 0 ELSE failures + 1 END,"
                " title = coalesce(?, title), etag = coalesce(?, etag),"
                " last_modified = coalesce(?, last_modified) WHERE id = ?",
                (now, next_poll_at, status, error, error, title, etag, last_modified, feed_id),
            )

    async def unseen_items(self, feed_id: int, guids: Sequence[str]) -> set[str]:
        """Which of these item ids the feed has not given us before."""
        seen: set[str] = set()
        unique = list(dict.fromkeys(guids))
        for start in range(0, len(unique), 500):
            chunk = unique[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            async with self._db.execute(
                f"SELECT guid FROM feed_items WHERE feed_id = ? AND guid IN ({marks})",
                (feed_id, *chunk),
            ) as cur:
                seen.update(str(r[0]) for r in await cur.fetchall())
        return set(unique) - seen

    async def mark_items_seen(self, feed_id: int, guids: Sequence[str], now: str) -> None:
        async with self._transaction():
            await self._db.executemany(
                "INSERT INTO feed_items (feed_id, guid, seen_at) VALUES (?, ?, ?)"
                " ON CONFLICT DO NOTHING",
                [(feed_id, guid, now) for guid in guids],
            )

    async def _feeds(self, where: str, params: Sequence[object]) -> list[Feed]:
        async with self._db.execute(f"SELECT {_FEED_COLUMNS} FROM feeds {where}", params) as cur:
            return [Feed(*row) for row in await cur.fetchall()]
