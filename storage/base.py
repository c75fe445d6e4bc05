"""What every part of the store shares: the connection, transactions, small helpers."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager

import aiosqlite

BULK_CACHE_KIB = 64 * 1024


class StoreBase:
    """One aiosqlite connection; the article, outbox and feed stores build on it."""

    def __init__(self, conn: aiosqlite.Connection) -> None:
        self._db = conn
        self._write_lock = asyncio.Lock()
        self._bulk_loads = 0  # bulk_load() scopes open now
        self._usual_cache = -2000

    @asynccontextmanager
    async def _transaction(self) -> AsyncIterator[None]:
        """One write transaction: all of it lands, or none of it. Tasks sharing
        this connection (feeds polled side by side) take turns."""
        async with self._write_lock:
            await self._db.execute("BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                await self._db.rollback()
                raise
            await self._db.commit()

    @asynccontextmanager
    async def bulk_load(self) -> AsyncIterator[None]:
        """A larger page cache (BULK_CACHE_KIB) while many batches are written:
        with SQLite's 2 MB default, every batch re-reads the unique indexes'
        pages and the search index's from the OS. The usual size comes back
        when the last of any overlapping bulk loads ends (feeds are ingested
        side by side), so a long-running bot does not keep the memory."""
        if not self._bulk_loads:
            async with self._db.execute("PRAGMA cache_size") as cur:
                row = await cur.fetchone()
            self._usual_cache = int(row[0]) if row else -2000
            await self._db.execute(f"PRAGMA cache_size = {-BULK_CACHE_KIB}")
        self._bulk_loads += 1
        try:
            yield
        finally:
            self._bulk_loads -= 1
            if not self._bulk_loads:
                await self._db.execute(f"PRAGMA cache_size = {self._usual_cache}")

    async def _meta(self, key: str) -> str | None:
        async with self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)) as cur:
            row = await cur.fetchone()
        return str(row[0]) if row else None

    async def _set_meta(self, key: str, value: str) -> None:
        await self._db.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    async def _scalar(self, sql: str, params: Sequence[object]) -> int:
        async with self._db.execute(sql, params) as cur:
            row = await cur.fetchone()
        return int(row[0]) if row and row[0] is not None else 0
