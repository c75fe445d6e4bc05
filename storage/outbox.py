"""Chats, their topic subscriptions and the delivery outbox (mixed into Storage).

Times are passed in by the caller as UTC ISO strings ("2026-01-01T08:00:00Z",
which sort as they compare), so the delivery code's clock, not SQLite's,
decides what is due; tests drive it with a clock of their own.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import aiosqlite

from storage.base import StoreBase
from storage.models import Chat, Delivery, SubscribeOutcome, Subscription

_CHAT_COLUMNS = (
    "chat_id, language, active, time_zone, digest_at, quiet_from, quiet_to,"
    " briefing_at, briefing_due, updates_language"
)
_SUBSCRIPTION_COLUMNS = "id, chat_id, topic, topic_key, story_id, after_article, created_at"
_SCHEDULE_FIELDS = {
    "time_zone",
    "digest_at",
    "quiet_from",
    "quiet_to",
    "briefing_at",
    "briefing_due",
}
SUBSCRIPTIONS_VERSION = "subscriptions_version"
PERCOLATED_UPTO = "percolated_upto"


class OutboxStore(StoreBase):
    """The SQL behind /subscribe, percolation and delivery."""

    # ---- chats ------------------------------------------------------------

    async def _ensure_chat(self, chat_id: int, now: str) -> None:
        await self._db.execute(
            "INSERT INTO chats (chat_id, created_at, updated_at) VALUES (?, ?, ?)"
            " ON CONFLICT (chat_id) DO NOTHING",
            (chat_id, now, now),
        )

    async def chat(self, chat_id: int) -> Chat | None:
        sql = f"SELECT {_CHAT_COLUMNS} FROM chats WHERE chat_id = ?"
        async with self._db.execute(sql, (chat_id,)) as cur:
            row = await cur.fetchone()
        return _chat(row) if row else None

    async def chats(self, ids: Sequence[int] | set[int]) -> list[Chat]:
        found: list[Chat] = []
        unique = sorted(ids)
        for start in range(0, len(unique), 500):
            chunk = unique[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            sql = f"SELECT {_CHAT_COLUMNS} FROM chats WHERE chat_id IN ({marks})"
            async with self._db.execute(sql, chunk) as cur:
                found += [_chat(row) for row in await cur.fetchall()]
        return found

    async def set_schedule(self, chat_id: int, now: str, **fields: str | None) -> None:
        """Change some of time_zone, digest_at, quiet_from, quiet_to, briefing_at
        and briefing_due."""
        unknown = set(fields) - _SCHEDULE_FIELDS
        if unknown:
            raise ValueError(f"not a schedule field: {sorted(unknown)}")
        assignments = ", ".join(f"{name} = :{name}" for name in sorted(fields))
        async with self._transaction():
            await self._ensure_chat(chat_id, now)
            await self._db.execute(
                f"UPDATE chats SET {assignments}, updated_at = :now WHERE chat_id = :chat_id",
                {**fields, "now": now, "chat_id": chat_id},
            )
            await self._bump_subscriptions()  # percolators re-read chat settings

    async def set_updates_language(self, chat_id: int, language: str | None, now: str) -> None:
        """Remember the language of whoever set up the chat's updates."""
        async with self._transaction():
            await self._ensure_chat(chat_id, now)
            await self._db.execute(
                "UPDATE chats SET updates_language = ? WHERE chat_id = ?", (language, chat_id)
            )

    async def due_briefings(
        self,
        now: str,
        limit: int = 50,
        *,
        only_chat: int | None = None,
        except_chat: int | None = None,
    ) -> list[Chat]:
        """The active chats whose daily briefing is due, the longest waiting first."""
        sql = (
            f"SELECT {_CHAT_COLUMNS} FROM chats"
            " WHERE briefing_due <= :now AND active = 1"
            " AND (:only IS NULL OR chat_id = :only) AND (:except IS NULL OR chat_id != :except)"
            " ORDER BY briefing_due LIMIT :limit"
        )
        params = {"now": now, "only": only_chat, "except": except_chat, "limit": limit}
        async with self._db.execute(sql, params) as cur:
            return [_chat(row) for row in await cur.fetchall()]

    async def move_briefing(self, chat_id: int, was: str, due: str) -> bool:
        """Set when a chat's next briefing goes out, if it still was `was`: of
        two senders that read the same due briefing, one sends it."""
        async with self._transaction():
            cur = await self._db.execute(
                "UPDATE chats SET briefing_due = ? WHERE chat_id = ? AND briefing_due = ?",
                (due, chat_id, was),
            )
            return cur.rowcount == 1

    async def set_chat_active(self, chat_id: int, active: bool, now: str) -> int:
        """Mark a chat (in)active; going inactive drops its pending deliveries.
        Returns how many were dropped."""
        async with self._transaction():
            await self._db.execute(
                "UPDATE chats SET active = ?, updated_at = ? WHERE chat_id = ?",
                (int(active), now, chat_id),
            )
            await self._bump_subscriptions()
            if active:
                return 0
            cur = await self._db.execute(
                "UPDATE deliveries SET status = 'dropped', last_error = 'chat inactive',"
                " lease_until = NULL WHERE chat_id = ? AND status = 'pending'",
                (chat_id,),
            )
            return cur.rowcount

    async def migrate_chat(self, old_id: int, new_id: int, now: str) -> None:
        """A group became a supergroup with a new id: its topics and outbox follow."""
        async with self._transaction():
            await self._bump_subscriptions()
            if await self.chat(new_id) is None:
                await self._db.execute(
                    "UPDATE chats SET chat_id = ?, updated_at = ? WHERE chat_id = ?",
                    (new_id, now, old_id),
                )  # ON UPDATE CASCADE carries subscriptions and deliveries along
                return
            for table in ("subscriptions", "deliveries"):
                await self._db.execute(
                    f"UPDATE OR IGNORE {table} SET chat_id = ? WHERE chat_id = ?", (new_id, old_id)
                )
            await self._db.execute("DELETE FROM chats WHERE chat_id = ?", (old_id,))

    # ---- subscriptions ----------------------------------------------------

    async def add_subscription(
        self,
        chat_id: int,
        topic: str,
        topic_key: str,
        now: str,
        *,
        story_id: int | None = None,
        limit: int = 50,
    ) -> tuple[SubscribeOutcome, Subscription | None]:
        """Subscribe a chat to a topic from the next article on; refused past `limit`."""
        async with self._transaction():
            await self._ensure_chat(chat_id, now)
            existing = await self._subscriptions(
                "WHERE chat_id = ? AND topic_key = ?", (chat_id, topic_key)
            )
            if existing:
                return "exists", existing[0]
            if (
                await self._scalar(
                    "SELECT count(*) FROM subscriptions WHERE chat_id = ?", (chat_id,)
                )
                >= limit
            ):
                return "full", None
            after = await self._scalar("SELECT coalesce(max(id), 0) FROM articles", ())
            cur = await self._db.execute(
                "INSERT INTO subscriptions"
                " (chat_id, topic, topic_key, story_id, after_article, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (chat_id, topic, topic_key, story_id, after, now),
            )
            await self._bump_subscriptions()
            added = Subscription(
                int(cur.lastrowid or 0), chat_id, topic, topic_key, story_id, after, now
            )
        return "added", added

    async def subscriptions(self, chat_id: int) -> list[Subscription]:
        return await self._subscriptions("WHERE chat_id = ? ORDER BY id", (chat_id,))

    async def active_subscriptions(self) -> list[Subscription]:
        """Every subscription of every chat still reachable (for percolation)."""
        return await self._subscriptions(
            "WHERE chat_id IN (SELECT chat_id FROM chats WHERE active = 1) ORDER BY id", ()
        )

    async def remove_subscriptions(self, chat_id: int, ids: Sequence[int] | None = None) -> int:
        """Remove some (or, with ids None, all) of a chat's subscriptions."""
        async with self._transaction():
            if ids is None:
                cur = await self._db.execute(
                    "DELETE FROM subscriptions WHERE chat_id = ?", (chat_id,)
                )
            else:
                marks = ", ".join("?" * len(ids))
                cur = await self._db.execute(
                    f"DELETE FROM subscriptions WHERE chat_id = ? AND id IN ({marks})",
                    (chat_id, *ids),
                )
            if cur.rowcount:
                await self._bump_subscriptions()
            return cur.rowcount

    async def rekey_subscriptions(self, keys: Sequence[tuple[int, str]]) -> None:
        """Store subscriptions' topic keys as the analysis now makes them (after
        it changed how words stem): a chat then finds its own topic again by
        the words it typed. A key another of the chat's subscriptions holds
        already is left as it was."""
        async with self._transaction():
            await self._db.executemany(
                "UPDATE OR IGNORE subscriptions SET topic_key = ? WHERE id = ?",
                [(key, sub_id) for sub_id, key in keys],
            )

    async def subscriptions_version(self) -> str:
        """Changes whenever any subscription is added or removed, by any process."""
        return await self._meta(SUBSCRIPTIONS_VERSION) or "0"

    async def _bump_subscriptions(self) -> None:
        version = int(await self.subscriptions_version()) + 1
        await self._set_meta(SUBSCRIPTIONS_VERSION, str(version))

    # ---- percolation --------------------------------------------------------

    async def percolated_upto(self) -> int:
        """The highest article id already matched against the subscriptions."""
        return int(await self._meta(PERCOLATED_UPTO) or 0)

    async def latest_article_id(self) -> int:
        return await self._scalar("SELECT coalesce(max(id), 0) FROM articles", ())

    async def articles_mark(self) -> tuple[int, int, int]:
        """(the newest article's id, how many were removed, how many times one's
        source, date or sections changed): it changes whenever an article is
        added, removed or so changed (by this process or another, such as
        `newsroom-bot remove`), for caches of counts (migration 0018)."""
        # One query: it is read before every plain search (sections' names).
        async with self._db.execute(
            "SELECT (SELECT coalesce(max(id), 0) FROM articles),"
            " (SELECT count(*) FROM removed_articles),"
            " (SELECT coalesce(CAST(value AS INTEGER), 0) FROM meta"
            "  WHERE key = 'articles_changed')"
        ) as cur:
            row = await cur.fetchone()
        assert row is not None
        return int(row[0]), int(row[1]), int(row[2] or 0)

    async def unpercolated(
        self, limit: int = 500
    ) -> list[tuple[int, str, str, int | None, str | None, tuple[str, ...]]]:
        """(id, title, text, story_id, source, sections: its category and tags,
        as migration 0017 keeps them) of the next articles to match, oldest first."""
        upto = await self.percolated_upto()
        async with self._db.execute(
            "SELECT id, title, text, story_id, source,"
            " (SELECT json_group_array(section) FROM article_sections AS s"
            "  WHERE s.article_id = articles.id)"
            " FROM articles WHERE id > ? ORDER BY id LIMIT ?",
            (upto, limit),
        ) as cur:
            return [
                (r[0], r[1], r[2], r[3], r[4], tuple(json.loads(r[5])))
                for r in await cur.fetchall()
            ]

    async def add_deliveries(
        self,
        rows: Sequence[tuple[int, int, Sequence[str], str]],
        upto: int,
        now: str,
        folded: Sequence[tuple[int, int, Sequence[str], int]] = (),
    ) -> int:
        """Queue (chat, article, topics, due_at) rows, and record that articles up
        to `upto` are matched, in one transaction. A (chat, article) already
        queued is left alone. Returns how many were new. (The caller leaves out
        inactive chats; a chat switched off meanwhile has its rows dropped by
        the sender.) `folded` (chat, article, topics, copy_of) rows are kept as
        finished: updates not sent, as the chat has the article they copy."""
        encoded: dict[tuple[str, ...], str] = {}  # most rows share a few topic lists

        def topics_json(topics: Sequence[str]) -> str:
            key = tuple(topics)
            if key not in encoded:
                encoded[key] = json.dumps(list(key), ensure_ascii=False)
            return encoded[key]

        async with self._transaction():
            before = self._db.total_changes
            await self._db.executemany(
                "INSERT INTO deliveries (chat_id, article_id, topics, due_at, created_at)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT (chat_id, article_id) DO NOTHING",
                [
                    (chat, article, topics_json(topics), due, now)
                    for chat, article, topics, due in rows
                ],
            )
            added = self._db.total_changes - before
            await self._db.executemany(
                "INSERT INTO deliveries"
                " (chat_id, article_id, topics, status, copy_of, due_at, created_at)"
                " VALUES (?, ?, ?, 'folded', ?, ?, ?) ON CONFLICT (chat_id, article_id) DO NOTHING",
                [
                    (chat, article, topics_json(topics), copy_of, now, now)
                    for chat, article, topics, copy_of in folded
                ],
            )
            if upto > await self.percolated_upto():
                await self._set_meta(PERCOLATED_UPTO, str(upto))
        return added

    async def chats_given(self, article_ids: Sequence[int]) -> dict[int, int]:
        """The chats that were sent, are waiting for, or folded one of these
        articles, each with one of them (the first by id)."""
        if not article_ids:
            return {}
        marks = ", ".join("?" * len(article_ids))
        async with self._db.execute(
            "SELECT chat_id, min(article_id) FROM deliveries"
            f" WHERE article_id IN ({marks}) AND status IN ('pending', 'sent', 'folded')"
            " GROUP BY chat_id",
            list(article_ids),
        ) as cur:
            return {int(r[0]): int(r[1]) for r in await cur.fetchall()}

    # ---- delivery -------------------------------------------------------------

    async def claim_due_deliveries(
        self,
        now: str,
        lease_until: str,
        limit: int = 50,
        *,
        only_chat: int | None = None,
        except_chat: int | None = None,
    ) -> list[Delivery]:
        """Take up to `limit` due rows for sending until `lease_until`; a sender
        that dies leaves them to be claimed again once the lease has passed.
        `only_chat` / `except_chat` split the outbox between front ends (the
        console chat has a chat id of its own that Telegram never uses)."""
        async with (
            self._transaction(),
            self._db.execute(
                "UPDATE deliveries SET lease_until = :lease, attempts = attempts + 1"
                " WHERE id IN (SELECT id FROM deliveries"
                "   WHERE status = 'pending' AND due_at <= :now"
                "   AND (lease_until IS NULL OR lease_until <= :now)"
                "   AND (:only IS NULL OR chat_id = :only)"
                "   AND (:except IS NULL OR chat_id != :except)"
                "   ORDER BY due_at, id LIMIT :limit)"
                " RETURNING id, chat_id, article_id, topics, attempts, due_at",
                {
                    "lease": lease_until,
                    "now": now,
                    "only": only_chat,
                    "except": except_chat,
                    "limit": limit,
                },
            ) as cur,
        ):
            rows = await cur.fetchall()
        return sorted((_delivery(r) for r in rows), key=lambda d: (d.due_at, d.id))

    async def mark_sent(self, ids: Sequence[int], now: str) -> None:
        await self._update_deliveries(ids, "status = 'sent', sent_at = ?", (now,))

    async def retry_later(self, ids: Sequence[int], due_at: str, error: str) -> None:
        await self._update_deliveries(
            ids, "due_at = ?, last_error = ?", (due_at, error[:500]), pending_only=True
        )

    async def defer_deliveries(self, ids: Sequence[int], due_at: str) -> None:
        """Put claimed rows back for later without counting the claim as an attempt
        (pacing, not failure)."""
        await self._update_deliveries(
            ids, "due_at = ?, attempts = max(attempts - 1, 0)", (due_at,), pending_only=True
        )

    async def mark_failed(self, ids: Sequence[int], error: str) -> None:
        await self._update_deliveries(ids, "status = 'failed', last_error = ?", (error[:500],))

    async def _update_deliveries(
        self,
        ids: Sequence[int],
        assignments: str,
        params: Sequence[object],
        *,
        pending_only: bool = False,
    ) -> None:
        """Set `assignments` on these rows and release their lease, in one transaction."""
        marks = ", ".join("?" * len(ids))
        pending = " AND status = 'pending'" if pending_only else ""
        async with self._transaction():
            await self._db.execute(
                f"UPDATE deliveries SET {assignments}, lease_until = NULL"
                f" WHERE id IN ({marks}){pending}",
                (*params, *ids),
            )

    async def reschedule_pending(self, chat_id: int, due_at: str) -> None:
        """Move a chat's waiting deliveries to a new time (its schedule changed)."""
        async with self._transaction():
            await self._db.execute(
                "UPDATE deliveries SET due_at = ? WHERE chat_id = ? AND status = 'pending'",
                (due_at, chat_id),
            )

    async def release_leases(self) -> int:
        """Free every claimed row: called when the (only) sender starts, since
        whatever held them before is gone."""
        async with self._transaction():
            cur = await self._db.execute(
                "UPDATE deliveries SET lease_until = NULL"
                " WHERE status = 'pending' AND lease_until IS NOT NULL"
            )
            return cur.rowcount

    async def forget_finished_deliveries(self, before: str, batch: int = 5000) -> int:
        """Delete the rows of updates sent, failed or dropped that were queued
        before `before`, for articles already matched (so that no percolator
        queues them again). Without this the outbox keeps a row for every
        update it ever sent. In batches, each its own transaction: a first
        clean-up of millions of rows never holds the write lock for long.
        Returns how many rows went."""
        upto = await self.percolated_upto()
        forgotten = 0
        while True:
            async with self._transaction():
                cur = await self._db.execute(
                    "DELETE FROM deliveries WHERE id IN ("
                    " SELECT id FROM deliveries"
                    " WHERE status IN ('sent', 'failed', 'dropped', 'folded')"
                    " AND created_at < ? AND article_id <= ? LIMIT ?)",
                    (before, upto, batch),
                )
            forgotten += cur.rowcount
            if cur.rowcount < batch:
                return forgotten

    async def delivery_counts(self) -> dict[str, int]:
        async with self._db.execute(
            "SELECT status, count(*) FROM deliveries GROUP BY status"
        ) as cur:
            return {str(r[0]): int(r[1]) for r in await cur.fetchall()}

    async def deliveries_of(self, chat_id: int) -> list[Delivery]:
        """A chat's deliveries in any state, oldest first (for stats and tests)."""
        async with self._db.execute(
            "SELECT id, chat_id, article_id, topics, attempts, due_at, status, last_error,"
            " copy_of FROM deliveries WHERE chat_id = ? ORDER BY id",
            (chat_id,),
        ) as cur:
            return [_delivery(row) for row in await cur.fetchall()]

    # ---- helpers ----------------------------------------------------------------

    async def _subscriptions(self, where: str, params: Sequence[Any]) -> list[Subscription]:
        sql = f"SELECT {_SUBSCRIPTION_COLUMNS} FROM subscriptions {where}"
        async with self._db.execute(sql, params) as cur:
            return [Subscription(*row) for row in await cur.fetchall()]


def _chat(row: aiosqlite.Row) -> Chat:
    return Chat(row[0], row[1], bool(row[2]), *row[3:])


def _delivery(row: aiosqlite.Row) -> Delivery:
    topics = tuple(json.loads(row[3]))
    return Delivery(row[0], row[1], row[2], topics, *row[4:])
