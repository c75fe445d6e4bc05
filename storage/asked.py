"""What readers searched for and found nothing on (mixed into Storage)."""

from __future__ import annotations

from storage.base import StoreBase


class AskedStore(StoreBase):
    """The SQL behind the editors' list of unanswered searches."""

    async def note_unanswered(self, day: str, words: str) -> None:
        """Count one search of `words` on `day` (YYYY-MM-DD) that found nothing."""
        async with self._transaction():
            await self._db.execute(
                "INSERT INTO unanswered_searches (day, words, times) VALUES (?, ?, 1)"
                " ON CONFLICT (day, words) DO UPDATE SET times = times + 1",
                (day, words),
            )

    async def unanswered_since(self, day: str, limit: int) -> list[tuple[str, int]]:
        """(words, times) searched since `day` and answered by nothing, most asked first."""
        sql = (
            "SELECT words, sum(times) AS asked FROM unanswered_searches WHERE day >= ?"
            " GROUP BY words ORDER BY asked DESC, words LIMIT ?"
        )
        async with self._db.execute(sql, (day, limit)) as cur:
            return [(str(words), int(asked)) for words, asked in await cur.fetchall()]

    async def forget_unanswered(self, before_day: str) -> int:
        """Delete the counts of days before `before_day`; how many rows went."""
        async with self._transaction():
            cur = await self._db.execute(
                "DELETE FROM unanswered_searches WHERE day < ?", (before_day,)
            )
        return cur.rowcount
