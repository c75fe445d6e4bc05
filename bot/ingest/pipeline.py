"""Records -> prepared articles -> storage, in batches, with a report.

Each batch is written in one transaction, so a crash mid-ingest loses at most
the batch in flight and never leaves half of it in the database.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from tqdm import tqdm

from bot.ingest.files import Item, Record, Rejected, find_files, read_file
from bot.ingest.records import RecordError, prepare
from storage import NewArticle, Storage

BATCH_SIZE = 500
# Show a progress bar only for ingests big enough to make one wait.
PROGRESS_MIN_BYTES = 2 * 1024 * 1024


@dataclass
class IngestReport:
    added: int = 0
    updated: int = 0
    duplicates: int = 0
    rejected: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    article_ids: list[int] = field(default_factory=list)

    @property
    def stored(self) -> int:
        return self.added + self.updated

    def lines(self, limit: int = 20) -> list[str]:
        """The report as a person reads it: totals, then each problem with its place."""
        out = [
            f"added {self.added}, updated {self.updated}, "
            f"duplicates skipped {self.duplicates}, rejected {len(self.rejected)}"
        ]
        for title, entries in (("rejected", self.rejected), ("warnings", self.warnings)):
            if entries:
                out.append(f"{title}:")
                out += [f"  {origin}: {reason}" for origin, reason in entries[:limit]]
                if len(entries) > limit:
                    out.append(f"  ... and {len(entries) - limit} more")
        return out


async def ingest_paths(
    storage: Storage,
    paths: Iterable[Path],
    *,
    now: datetime | None = None,
    progress: bool | None = None,
) -> IngestReport:
    """Ingest every supported file under `paths` and report what happened."""
    files = list(find_files(list(paths)))
    total = sum(_size(f) for f in files if isinstance(f, Path))
    if progress is None:
        progress = sys.stderr.isatty() and total >= PROGRESS_MIN_BYTES
    bar = tqdm(total=total, unit="B", unit_scale=True, disable=not progress, file=sys.stderr)
    try:
        return await ingest_items(storage, _items(files, bar), now=now)
    finally:
        bar.close()


def _items(files: list[Path | Rejected], bar: tqdm) -> Iterator[Item]:  # type: ignore[type-arg]
    for entry in files:
        if isinstance(entry, Rejected):
            yield entry
            continue
        for item in read_file(entry):
            bar.update(item.size)
            yield item


async def ingest_items(
    storage: Storage, items: Iterable[Item], *, now: datetime | None = None
) -> IngestReport:
    """Ingest already-read records (from files, the demo set or a feed)."""
    report = IngestReport()
    moment = now or datetime.now(UTC)
    batch: list[NewArticle] = []
    for item in items:
        if isinstance(item, Rejected):
            report.rejected.append((item.origin, item.reason))
            continue
        prepared = _prepare(item, moment, report)
        if prepared is not None:
            batch.append(prepared)
        if len(batch) >= BATCH_SIZE:
            await _flush(storage, batch, report)
    await _flush(storage, batch, report)
    return report


def _prepare(record: Record, now: datetime, report: IngestReport) -> NewArticle | None:
    try:
        prepared = prepare(record.fields, now)
    except RecordError as err:
        report.rejected.append((record.origin, str(err)))
        return None
    report.warnings += [(record.origin, w) for w in prepared.warnings]
    return prepared.article


async def _flush(storage: Storage, batch: list[NewArticle], report: IngestReport) -> None:
    if not batch:
        return
    for outcome in await storage.add_articles(batch):
        if outcome.outcome == "duplicate":
            report.duplicates += 1
            continue
        report.article_ids.append(outcome.article_id)
        if outcome.outcome == "added":
            report.added += 1
        else:
            report.updated += 1
    batch.clear()


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0
