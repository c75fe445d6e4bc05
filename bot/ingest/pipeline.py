"""Records -> prepared articles -> storage, in batches, with a report.

Each batch is written in one transaction, so a crash mid-ingest loses at most
the batch in flight and never leaves half of it in the database.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import sys
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from tqdm import tqdm

from bot.ingest.files import Item, Rejected, find_files, read_file
from bot.ingest.records import Prepared, RecordError, prepare
from storage import NewArticle, Storage

# Records go to the workers in chunks of CHUNK_SIZE and are written in
# transactions of BATCH_SIZE: each transaction rewrites the pages it touches
# (index pages, FTS5 structure) into the WAL, so fewer, larger ones write less.
CHUNK_SIZE = 500
BATCH_SIZE = 2000
# Show a progress bar only for ingests big enough to make one wait.
PROGRESS_MIN_BYTES = 2 * 1024 * 1024
# Inputs this large (about 1,500 articles) are prepared in worker processes;
# starting them costs about a second.
PARALLEL_MIN_BYTES = 4 * 1024 * 1024
WORKERS = 2


@dataclass
class IngestReport:
    added: int = 0
    updated: int = 0
    duplicates: int = 0
    withheld: int = 0  # removed by an editor before (storage.remove_article)
    rejected: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    article_ids: list[int] = field(default_factory=list)
    duplicate_of: list[int] = field(default_factory=list)  # the stored articles they repeat

    @property
    def stored(self) -> int:
        return self.added + self.updated

    def merge(self, other: IngestReport) -> None:
        """Add another ingest's results to this one (files, then web pages)."""
        self.added += other.added
        self.updated += other.updated
        self.duplicates += other.duplicates
        self.withheld += other.withheld
        self.rejected += other.rejected
        self.warnings += other.warnings
        self.article_ids += other.article_ids
        self.duplicate_of += other.duplicate_of

    def lines(self, limit: int = 20) -> list[str]:
        """The report as a person reads it: totals, then each problem with its place."""
        out = [
            f"added {self.added}, updated {self.updated}, "
            f"duplicates skipped {self.duplicates}, rejected {len(self.rejected)}"
        ]
        if self.withheld:
            out[0] += f", skipped as removed by an editor {self.withheld}"
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
    jobs: int | None = None,
    after_batch: AfterBatch | None = None,
) -> IngestReport:
    """Ingest every supported file under `paths` and report what happened.

    Large inputs are prepared (cleaned, hashed, stemmed) in `jobs` worker
    processes while the database writes the previous batch; jobs=1 keeps
    everything in this process, None decides by the input's size.
    `after_batch` runs after each stored batch (story grouping, say), while
    the workers go on preparing the next ones.
    """
    files = list(find_files(list(paths)))
    total = sum(_size(f) for f in files if isinstance(f, Path))
    if progress is None:
        progress = sys.stderr.isatty() and total >= PROGRESS_MIN_BYTES
    if jobs is None:
        jobs = min(WORKERS, os.cpu_count() or 1) if total >= PARALLEL_MIN_BYTES else 1
    bar = tqdm(total=total, unit="B", unit_scale=True, disable=not progress, file=sys.stderr)
    try:
        return await ingest_items(
            storage, _items(files, bar), now=now, jobs=jobs, after_batch=after_batch
        )
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
    storage: Storage,
    items: Iterable[Item],
    *,
    now: datetime | None = None,
    jobs: int = 1,
    after_batch: AfterBatch | None = None,
) -> IngestReport:
    """Ingest already-read records (from files, the demo set or a feed)."""
    report = IngestReport()
    moment = now or datetime.now(UTC)
    chunks = _chunks(items)
    if jobs > 1:
        prepared = _prepare_in_workers(chunks, moment, jobs)
    else:
        prepared = _prepare_here(chunks, moment)
    async with storage.bulk_load():
        await _store_all(storage, prepared, report, after_batch)
    return report


async def _store_all(
    storage: Storage,
    prepared: AsyncIterator[Prepared_],
    report: IngestReport,
    after_batch: AfterBatch | None,
) -> None:
    """Prepared records into the store in batches of BATCH_SIZE, reported."""
    batch: list[NewArticle] = []
    async for results in prepared:
        for origin, result in results:
            if isinstance(result, str):
                report.rejected.append((origin, result))
                continue
            batch.append(result.article)
            report.warnings += [(origin, w) for w in result.warnings]
        if len(batch) >= BATCH_SIZE:
            await _flush(storage, batch, report)
            if after_batch is not None:
                await after_batch()
    if batch:
        await _flush(storage, batch, report)
        if after_batch is not None:
            await after_batch()


AfterBatch = Callable[[], Awaitable[object]]
# (origin, the record's fields, or the reason it was already rejected while reading)
Chunk = list[tuple[str, dict[str, object] | str]]
Prepared_ = list[tuple[str, Prepared | str]]


def _chunks(items: Iterable[Item]) -> Iterator[Chunk]:
    """Items in lists of CHUNK_SIZE, rejected ones kept in place (the report keeps input order)."""
    chunk: Chunk = []
    for item in items:
        if isinstance(item, Rejected):
            chunk.append((item.origin, item.reason))
        else:
            chunk.append((item.origin, item.fields))
        if len(chunk) >= CHUNK_SIZE:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def prepare_chunk(chunk: Chunk, now: datetime) -> Prepared_:
    """Prepare each record, or give the reason it cannot be stored (runs in workers too)."""
    results: Prepared_ = []
    for origin, fields in chunk:
        if isinstance(fields, str):
            results.append((origin, fields))
            continue
        try:
            results.append((origin, prepare(fields, now)))
        except RecordError as err:
            results.append((origin, str(err)))
    return results


async def _prepare_here(chunks: Iterator[Chunk], now: datetime) -> AsyncIterator[Prepared_]:
    for chunk in chunks:
        yield prepare_chunk(chunk, now)


async def _prepare_in_workers(
    chunks: Iterator[Chunk], now: datetime, workers: int
) -> AsyncIterator[Prepared_]:
    """prepare_chunk in worker processes, results in input order, a bounded number
    in flight: enough to keep the workers busy while a whole batch is written."""
    loop = asyncio.get_running_loop()
    context = multiprocessing.get_context("spawn")  # no fork: the database thread is running
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        pending: deque[asyncio.Future[Prepared_]] = deque()
        for chunk in chunks:
            pending.append(loop.run_in_executor(pool, prepare_chunk, chunk, now))
            if len(pending) > workers + BATCH_SIZE // CHUNK_SIZE:
                yield await pending.popleft()
        while pending:
            yield await pending.popleft()


async def _flush(storage: Storage, batch: list[NewArticle], report: IngestReport) -> None:
    if not batch:
        return
    for outcome in await storage.add_articles(batch):
        if outcome.outcome == "duplicate":
            report.duplicates += 1
            report.duplicate_of.append(outcome.article_id)
            continue
        if outcome.outcome == "withheld":
            report.withheld += 1
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
