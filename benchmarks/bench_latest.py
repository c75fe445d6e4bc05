"""/latest <words>: the newest articles having the words, at 100,000 articles;
and /latest <section>: the newest of a category.

    python -m benchmarks.bench_latest [--size 100000] [--queries 200] [--keep DIR]

Times Storage.newest_matching against the plain query a developer would
write first (every match joined to its article and sorted by date, then the
articles read) on the
same store in the same run, and checks that both give the same articles.
Two stores of the same corpus (benchmarks/corpus.py): ingested in random date
order, as a backfilled archive would be (ids say nothing of dates), and in
date order, as feeds leave a store. Queries: 2-3 words drawn from one
article (rare together), and the first of those words alone (often common).
Sections (the corpus's five categories, a fifth of the store each): the
newest of one, of two at once (as "Sport" and "sport" are one section),
and the count of every section that names are matched against.
A period ("Kestrel in April", `news.periods`): the same queries over one
month of the corpus's dates, against the plain join with the dates added.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from benchmarks.bench_search import make_queries, percentiles
from benchmarks.corpus import generate, source_articles
from bot.ingest import ingest_paths
from bot.news.abbreviations import indexed_terms
from bot.news.periods import period_at_end
from bot.news.text import stems
from bot.newsroom import INDEX_VERSION
from storage import Storage
from storage.query import parse_query

LIMIT = 10
NAIVE = (
    "SELECT a.id FROM article_search s JOIN articles a ON a.id = s.rowid"
    " WHERE article_search MATCH ? ORDER BY a.published_at DESC, a.id DESC LIMIT ?"
)
NAIVE_BETWEEN = (
    "SELECT a.id FROM article_search s JOIN articles a ON a.id = s.rowid"
    " WHERE article_search MATCH ? AND a.published_at >= ? AND a.published_at < ?"
    " ORDER BY a.published_at DESC, a.id DESC LIMIT ?"
)


async def build(path: Path, corpus: list[dict[str, Any]]) -> None:
    source = path.with_suffix(".jsonl")
    with source.open("w", encoding="utf-8") as handle:
        handle.writelines(json.dumps(row) + "\n" for row in corpus)
    store = await Storage.open(path, stems, index_version=INDEX_VERSION, index_terms=indexed_terms)
    try:
        await ingest_paths(store, [source], progress=False)
        await store.optimize()
    finally:
        await store.close()
    source.unlink()


async def measure(
    path: Path, queries: list[str], between: tuple[str, str] | None = None
) -> dict[str, Any]:
    store = await Storage.open(path, stems, index_version=INDEX_VERSION, index_terms=indexed_terms)
    db = store._db  # the same connection, so both see the same page cache
    try:
        for q in queries[:20]:  # warm the page cache
            await store.newest_matching(q, LIMIT, between=between)
        ours, naive, differ = [], [], 0
        for q in queries:
            start = time.perf_counter()
            found = [a.id for a in await store.newest_matching(q, LIMIT, between=between)]
            ours.append(time.perf_counter() - start)
            match = parse_query(q, stems).match("all")
            sql, params = NAIVE, [match, LIMIT]
            if between is not None:
                sql, params = NAIVE_BETWEEN, [match, *between, LIMIT]
            start = time.perf_counter()
            async with db.execute(sql, params) as cur:
                expected = [int(r[0]) for r in await cur.fetchall()]
            await store.articles(expected)  # read as ours are
            naive.append(time.perf_counter() - start)
            differ += found != expected
    finally:
        await store.close()
    return {"ours": percentiles(ours), "naive": percentiles(naive), "differ": differ}


async def measure_sections(path: Path, rounds: int = 50) -> dict[str, list[float]]:
    """Times of Storage.sections and newest_in over the store's categories."""
    store = await Storage.open(path, stems, index_version=INDEX_VERSION, index_terms=indexed_terms)
    times: dict[str, list[float]] = {"count every section": [], "one": [], "two at once": []}
    try:
        names = [s.name for s in await store.sections()]
        for _ in range(rounds):
            start = time.perf_counter()
            await store.sections()
            times["count every section"].append(time.perf_counter() - start)
            for name, other in zip(names, names[1:] + names[:1], strict=True):
                start = time.perf_counter()
                await store.newest_in([name], LIMIT)
                times["one"].append(time.perf_counter() - start)
                start = time.perf_counter()
                await store.newest_in([name, other], LIMIT)
                times["two at once"].append(time.perf_counter() - start)
    finally:
        await store.close()
    return times


def sections_table(results: dict[str, dict[str, list[float]]], size: int) -> str:
    lines = [
        f"\n{size:,} articles: /latest <section>, {LIMIT} newest (ms)",
        "| store | what | p50 | p95 |",
        "|---|---|---|---|",
    ]
    for store, times in results.items():
        for what, found in times.items():
            p50, p95 = percentiles(found)
            lines.append(f"| {store} | {what} | {p50:.1f} | {p95:.1f} |")
    return "\n".join(lines)


def table(results: dict[str, dict[str, Any]], size: int, count: int) -> str:
    lines = [
        f"{size:,} articles, {count} queries of each kind, {LIMIT} newest (ms)",
        "| store | queries | ours p50 / p95 | join + sort p50 / p95 | ratio p50 / p95"
        " | lists differ |",
        "|---|---|---|---|---|---|",
    ]
    for name, r in results.items():
        (o50, o95), (n50, n95) = r["ours"], r["naive"]
        store, kind = name.split(":")
        lines.append(
            f"| {store} | {kind} | {o50:.1f} / {o95:.1f} | {n50:.1f} / {n95:.1f} "
            f"| {n50 / o50:.1f}x / {n95 / o95:.1f}x | {r['differ']} |"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--keep", type=Path, help="build the stores here and reuse them")
    args = parser.parse_args(argv)
    name, _ = source_articles()
    print(f"corpus: {name}", file=sys.stderr)
    corpus = list(generate(args.size))
    phrases = make_queries(corpus, args.queries)
    kinds = {"2-3 words": phrases, "1 word": [p.split()[0] for p in phrases]}
    orders = {
        "random dates": corpus,
        "date order": sorted(corpus, key=lambda row: str(row["published"])),
    }
    month = sorted(str(row["published"]) for row in corpus)[len(corpus) // 2][:7]
    dated = period_at_end(month, date.today())
    assert dated is not None
    period = dated[1]
    results: dict[str, dict[str, Any]] = {}
    sections: dict[str, dict[str, list[float]]] = {}
    with tempfile.TemporaryDirectory() as temp:
        folder = args.keep or Path(temp)
        folder.mkdir(parents=True, exist_ok=True)
        for order, rows in orders.items():
            path = folder / f"latest-{order.replace(' ', '-')}-{args.size}.db"
            if not path.exists():
                asyncio.run(build(path, rows))
            for kind, queries in kinds.items():
                results[f"{order}:{kind}"] = asyncio.run(measure(path, queries))
                results[f"{order}:{kind} in {month}"] = asyncio.run(
                    measure(path, queries, period.bounds())
                )
            sections[order] = asyncio.run(measure_sections(path))
    print(table(results, args.size, args.queries))
    print(sections_table(sections, args.size))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
