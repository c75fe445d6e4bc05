"""Opening the database file: pragmas and numbered schema migrations.

Each file in storage/migrations named NNNN_name.sql is applied once, in order,
inside its own transaction; PRAGMA user_version records the last one applied,
so an older database upgrades in place and a crash mid-migration leaves it at
the previous version.
"""

from __future__ import annotations

import logging
import re
from importlib import resources
from pathlib import Path

import aiosqlite

log = logging.getLogger(__name__)

_MIGRATION_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


def migrations() -> list[tuple[int, str, str]]:
    """(version, name, sql) for every migration shipped, in order."""
    found = []
    for entry in resources.files("storage.migrations").iterdir():
        m = _MIGRATION_NAME.match(entry.name)
        if m:
            found.append((int(m.group(1)), entry.name, entry.read_text(encoding="utf-8")))
    found.sort()
    versions = [v for v, _, _ in found]
    if versions != list(range(1, len(found) + 1)):
        raise RuntimeError(f"migrations are not numbered 1..N: {versions}")
    return found


SCHEMA_VERSION = len(migrations())


async def connect(path: str | Path, target: int | None = None) -> aiosqlite.Connection:
    """Open (creating if needed) and migrate the database at `path`.

    `target` stops at an older schema version (tests of upgrades use it).
    """
    if str(path) != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    db = await aiosqlite.connect(path, isolation_level=None)
    try:
        db.row_factory = aiosqlite.Row
        await db.execute("PRAGMA busy_timeout = 10000")
        await db.execute("PRAGMA journal_mode = WAL")
        await db.execute("PRAGMA synchronous = NORMAL")
        # Checkpoint the WAL every 64 MB rather than every 4 MB: bulk ingests
        # spent half their write time copying pages back. See Storage.checkpoint.
        await db.execute("PRAGMA wal_autocheckpoint = 16384")
        await db.execute("PRAGMA foreign_keys = ON")
        await migrate(db, target)
    except BaseException:
        await db.close()
        raise
    return db


async def schema_version(db: aiosqlite.Connection) -> int:
    async with db.execute("PRAGMA user_version") as cur:
        row = await cur.fetchone()
    return int(row[0]) if row else 0


async def migrate(db: aiosqlite.Connection, target: int | None = None) -> None:
    current = await schema_version(db)
    if current > SCHEMA_VERSION:
        raise RuntimeError(
            f"database schema version {current} is newer than this program's "
            f"({SCHEMA_VERSION}); upgrade newsroom-bot"
        )
    for version, name, sql in migrations():
        if version <= current or (target is not None and version > target):
            continue
        log.info("applying migration %s", name)
        script = f"BEGIN IMMEDIATE;\n{sql}\nPRAGMA user_version = {version};\nCOMMIT;"
        try:
            await db.executescript(script)
        except BaseException:
            if db.in_transaction:
                await db.rollback()
            raise


async def backup(source: str | Path, dest: str | Path) -> tuple[int, int]:
    """Copy the database at `source` to the new file `dest`, consistently even
    while the bot writes to it: SQLite's online backup reads one snapshot,
    where a file copy of a database in WAL mode can miss or tear the latest
    writes. The copy is written beside `dest` and renamed into place, so `dest`
    is whole or absent. No migration runs: a copy taken before an upgrade
    stays as it was. Returns how many articles were copied and the copy's
    size in bytes, after checking it with PRAGMA quick_check."""
    source, dest = Path(source), Path(dest)
    if not source.is_file():
        raise FileNotFoundError(f"no database at {source}")
    if dest.exists():
        raise FileExistsError(f"{dest} exists already: choose a new name")
    dest.parent.mkdir(parents=True, exist_ok=True)
    partial = dest.with_name(dest.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        async with aiosqlite.connect(source) as db, aiosqlite.connect(partial) as copy:
            await db.execute("PRAGMA busy_timeout = 10000")
            await db.backup(copy)
            async with copy.execute("PRAGMA quick_check") as cur:
                verdict = [str(row[0]) for row in await cur.fetchall()]
            if verdict != ["ok"]:
                raise RuntimeError(f"the copy failed its check: {'; '.join(verdict[:3])}")
            async with copy.execute("SELECT count(*) FROM articles") as cur:
                row = await cur.fetchone()
        partial.replace(dest)
    finally:
        partial.unlink(missing_ok=True)
    return (int(row[0]) if row else 0), dest.stat().st_size
