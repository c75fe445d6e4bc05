"""Related-article latency, story-index memory and load time, and ingest with grouping.

    python -m benchmarks.bench_related [--size 100000] [--new 5000] [--queries 300]

Builds a store of --size articles (the corpus of benchmarks/corpus.py, dates
spread over 2010-2025) plus the demo set's Russian reports (so that the store
is bilingual and every related() also looks across languages), groups them
into stories, then in a fresh process: loads the story index (time, memory;
the memory the index holds is traced in a process of its own), times
related() for random articles and for the Russian ones (whose look across
languages runs over the keys of all the English articles), times search()
for names from titles with and without its look across languages,
and ingests --new further articles twice into copies of the store, once
without and once with story grouping, reporting both rates.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from benchmarks.corpus import generate
from bot.config import Settings
from bot.ingest import ingest_items, ingest_paths
from bot.news.crosslingual import names_and_numbers
from bot.newsroom import SEARCH_ACROSS, Newsroom, demo_records


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as handle:
        for line in handle:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


async def build(folder: Path, size: int, new: int) -> dict[str, Any]:
    rows = list(generate(size + new))
    with (folder / "base.jsonl").open("w", encoding="utf-8") as handle:
        handle.writelines(json.dumps(r) + "\n" for r in rows[:size])
    with (folder / "new.jsonl").open("w", encoding="utf-8") as handle:
        handle.writelines(json.dumps(r) + "\n" for r in rows[size:])
    room = await Newsroom.open(Settings(db_path=str(folder / "base.db")))
    try:
        await ingest_paths(room.storage, [folder / "base.jsonl"], progress=False)
        russian = [r for r in demo_records() if r.fields.get("language") == "ru"]
        report = await ingest_items(room.storage, russian)
        (folder / "russian.json").write_text(json.dumps(report.article_ids))
        await room.storage.optimize()
        start = time.perf_counter()
        grouped = await room.refresh_stories()
        group_s = time.perf_counter() - start
    finally:
        await room.close()
    return {"grouped": grouped, "group_per_s": grouped / group_s}


async def measure(folder: Path, queries: int) -> dict[str, Any]:
    before = rss_mb()
    room = await Newsroom.open(Settings(db_path=str(folder / "base.db")))
    try:
        start = time.perf_counter()
        await room.refresh_stories()
        load_s = time.perf_counter() - start
        index_mb = rss_mb() - before
        count = await room.storage.count()
        ids = random.Random(5).sample(range(1, count + 1), min(queries, count))
        times = await _related_times(room, ids)
        russian = json.loads((folder / "russian.json").read_text())
        russian_times = await _related_times(room, russian * 25)
        english_words = await _title_names(room, ids)
        russian_words = await _title_names(room, russian) + RUSSIAN_QUERIES
        search_en = await _search_times(room, english_words)
        search_ru = await _search_times(room, russian_words * 10)
    finally:
        await room.close()
    return {
        "articles": count,
        "load_s": load_s,
        "index_mb": index_mb,
        "related_p50": statistics.median(times),
        "related_p95": times[int(len(times) * 0.95)],
        "russian": len(russian),
        "russian_p50": statistics.median(russian_times),
        "russian_p95": russian_times[int(len(russian_times) * 0.95)],
        "search_en": search_en,
        "search_ru": search_ru,
    }


# What a reader might look for in Russian in a mostly English store: the names
# of the demo's Russian reports' titles, and common ones.
RUSSIAN_QUERIES = ["Россия", "Москва", "Брюссель", "Навальный", "Путин", "Украина"]


async def _title_names(room: Newsroom, ids: list[int]) -> list[str]:
    """A name from each article's title (a capitalised word after the first):
    the kind of word a reader searches for."""
    found = []
    for article in await room.storage.articles(ids):
        names = [w for w in names_and_numbers(article.title)[1:] if w[0].isalpha()]
        if names:
            found.append(names[0])
    return found


async def _search_times(room: Newsroom, queries: list[str]) -> dict[str, float]:
    """search() of each query with and without the look across languages
    (taking turns, each first every other query, so that neither always finds
    SQLite's cache warmed by the other), in ms; and how many queries found
    reports across."""
    plain: list[float] = []
    across: list[float] = []
    hits = 0
    for turn, query in enumerate(queries):
        for look in (0, SEARCH_ACROSS) if turn % 2 else (SEARCH_ACROSS, 0):
            start = time.perf_counter()
            result = await room.search(query, across=look)
            (across if look else plain).append((time.perf_counter() - start) * 1000)
            hits += bool(result.across)
    plain.sort()
    across.sort()
    return {
        "queries": len(queries),
        "with_across": hits,
        "plain_p50": statistics.median(plain),
        "plain_p95": plain[int(len(plain) * 0.95)],
        "across_p50": statistics.median(across),
        "across_p95": across[int(len(across) * 0.95)],
    }


async def _related_times(room: Newsroom, ids: list[int]) -> list[float]:
    """related() for each id in turn, in ms, sorted."""
    times = []
    for article_id in ids:
        start = time.perf_counter()
        await room.related(article_id)
        times.append((time.perf_counter() - start) * 1000)
    return sorted(times)


async def index_memory(folder: Path) -> dict[str, Any]:
    """What the loaded story index holds on the Python heap (tracemalloc, in a
    process of its own: tracing slows the load). The RSS growth measured
    while timing the load also counts SQLite's page cache."""
    room = await Newsroom.open(Settings(db_path=str(folder / "base.db")))
    try:
        tracemalloc.start()
        before = tracemalloc.get_traced_memory()[0]
        await room.refresh_stories()
        held = tracemalloc.get_traced_memory()[0] - before
        tracemalloc.stop()
    finally:
        await room.close()
    return {"heap_mb": held / 2**20}


async def ingest_new(folder: Path, grouping: bool) -> float:
    db = folder / f"copy-{grouping}.db"
    shutil.copy(folder / "base.db", db)
    room = await Newsroom.open(Settings(db_path=str(db)))
    try:
        if grouping:
            await room.refresh_stories()  # the running bot has its index loaded already
        start = time.perf_counter()
        report = await ingest_paths(
            room.storage,
            [folder / "new.jsonl"],
            progress=False,  # jobs as the CLI would choose them for this input
            after_batch=room.refresh_stories if grouping else None,
        )
        return report.added / (time.perf_counter() - start)
    finally:
        await room.close()


def child(step: str, folder: Path, args: argparse.Namespace) -> dict[str, Any]:
    if step == "build":
        return asyncio.run(build(folder, args.size, args.new))
    if step == "measure":
        return asyncio.run(measure(folder, args.queries))
    if step == "index-memory":
        return asyncio.run(index_memory(folder))
    return {"per_s": asyncio.run(ingest_new(folder, grouping=step == "ingest-grouped"))}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--new", type=int, default=5_000)
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--step", help=argparse.SUPPRESS)
    parser.add_argument("--folder", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.step:
        print(json.dumps(child(args.step, args.folder, args)))
        return 0
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(dir="/tmp") as tmp:
        for step in ("build", "measure", "index-memory", "ingest-plain", "ingest-grouped"):
            out = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "benchmarks.bench_related",
                    "--step",
                    step,
                    "--folder",
                    tmp,
                    "--size",
                    str(args.size),
                    "--new",
                    str(args.new),
                    "--queries",
                    str(args.queries),
                ],
                capture_output=True,
                text=True,
                check=True,
            )
            results[step] = json.loads(out.stdout.splitlines()[-1])
    m = results["measure"]
    plain, grouped = results["ingest-plain"]["per_s"], results["ingest-grouped"]["per_s"]
    print(f"store: {m['articles']:,} articles\n")
    print("| what | figure |")
    print("|---|---|")
    rate = results["build"]["group_per_s"]
    print(f"| grouping the whole store as it arrives | {rate:,.0f} articles/s |")
    print(f"| story index load at start-up | {m['load_s']:.1f} s |")
    heap = results["index-memory"]["heap_mb"]
    print(f"| story index memory (Python heap, tracemalloc) | {heap:.0f} MB |")
    growth = m["index_mb"]
    print(f"| process growth while loading it (RSS, with SQLite's cache) | {growth:.0f} MB |")
    print(f"| related() p50 / p95 | {m['related_p50']:.2f} / {m['related_p95']:.2f} ms |")
    print(
        f"| related() of the {m['russian']} Russian articles, p50 / p95 | "
        f"{m['russian_p50']:.2f} / {m['russian_p95']:.2f} ms |"
    )
    for label, key in (("English", "search_en"), ("Russian", "search_ru")):
        t = m[key]
        print(
            f"| search() of {t['queries']} {label} names, p50 / p95: without / with the look "
            f"across languages ({t['with_across']} found reports across) | "
            f"{t['plain_p50']:.2f} / {t['plain_p95']:.2f} ms; "
            f"{t['across_p50']:.2f} / {t['across_p95']:.2f} ms |"
        )
    print(f"| ingest {args.new:,} new articles, plain | {plain:,.0f} articles/s |")
    print(
        f"| ingest {args.new:,} new articles, with grouping | {grouped:,.0f} articles/s "
        f"({grouped / plain:.2f} of plain) |"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
