from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bot.news.text import stems
from storage import Storage
from storage import db as dbmod
from tests.conftest import make_article


def test_migrations_are_numbered_in_order() -> None:
    versions = [v for v, _, _ in dbmod.migrations()]
    assert versions == list(range(1, len(versions) + 1)) and len(versions) >= 2


async def test_empty_database_gets_the_whole_schema(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    store = await Storage.open(path, stems)
    await store.close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone() == (dbmod.SCHEMA_VERSION,)
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert {"articles", "article_search", "meta"} <= tables


async def test_older_database_upgrades_in_place(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    conn = await dbmod.connect(path, target=1)
    await conn.execute(
        "INSERT INTO articles (title, text, published_at, language, content_hash, ingested_at)"
        " VALUES ('Old', 'An old article about the congress in Brussels.',"
        " '2024-01-01T00:00:00Z', 'en', 'h1', '2024-01-01T00:00:00Z')"
    )
    await conn.close()
    store = await Storage.open(path, stems)
    try:
        stats = await store.stats()
        assert stats.schema_version == dbmod.SCHEMA_VERSION and stats.articles == 1
        # Migration 7 set the search index to merge eight segments at a time.
        sql = "SELECT v FROM article_search_config WHERE k = 'automerge'"
        assert await store._scalar(sql, ()) == 8
        # The index is built for rows that predate it.
        assert [h.article.title for h in (await store.search("congress")).hits] == ["Old"]
    finally:
        await store.close()


async def test_changed_analysis_rebuilds_the_index(tmp_path: Path) -> None:
    path = tmp_path / "db.db"
    store = await Storage.open(path, lambda text: [], index_version="none")
    await store.add_articles([make_article("Talks about the congress in Brussels.")])
    assert (await store.search("congress")).hits == []
    await store.close()
    store = await Storage.open(path, stems, index_version="stems")
    try:
        assert len((await store.search("congress")).hits) == 1
    finally:
        await store.close()


async def test_newer_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 999")
    with pytest.raises(RuntimeError, match="newer"):
        await Storage.open(path, stems)
