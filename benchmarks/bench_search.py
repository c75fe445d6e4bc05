"""Ingest throughput, search latency, size and memory of the article store.

    python -m benchmarks.bench_search [--sizes 10000 100000] [--queries 300] [--json out.json]

Each size runs in a fresh subprocess (so peak memory is that size's own) and
reports, in the same run and over the same corpus and queries:
- newsroom-bot: ingest articles/s (the real pipeline: normalise, hash, stem,
  dedup, FTS5), search p50/p95 with all-words (AND) and any-word (OR) queries,
  database size, peak RSS;
- plain FTS5: raw text in an FTS5 table ranked with bm25(), no stemming (the
  baseline the foundation issue measured);
- bm25s: an in-memory BM25 index (the reference the issue names), OR only.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from benchmarks.corpus import generate, source_articles
from bot.ingest import ingest_paths
from bot.news.abbreviations import indexed_terms
from bot.news.text import STOP_WORDS, stems, words
from bot.newsroom import INDEX_VERSION
from storage import Storage


def make_queries(corpus: list[dict[str, object]], count: int, seed: int = 11) -> list[str]:
    """2-3 content words drawn from one article each (so AND queries can match)."""
    rng = random.Random(seed)
    queries: list[str] = []
    while len(queries) < count:
        article = rng.choice(corpus)
        vocab = [w for w in words(str(article["text"])) if w not in STOP_WORDS and w.isalpha()]
        vocab = [w for w in dict.fromkeys(vocab) if len(w) > 3]
        if len(vocab) >= 3:
            queries.append(" ".join(rng.sample(vocab, rng.choice((2, 3)))))
    return queries


def percentiles(samples: Sequence[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    return statistics.median(ordered) * 1000, p95 * 1000


def timed(fn: Callable[[str], Any], queries: list[str]) -> tuple[float, float]:
    samples = []
    for q in queries:
        start = time.perf_counter()
        fn(q)
        samples.append(time.perf_counter() - start)
    return percentiles(samples)


async def timed_async(fn: Callable[[str], Any], queries: list[str]) -> tuple[float, float]:
    samples = []
    for q in queries:
        start = time.perf_counter()
        await fn(q)
        samples.append(time.perf_counter() - start)
    return percentiles(samples)


async def measure_newsroom(folder: Path, queries: list[str]) -> dict[str, Any]:
    path = folder / "bench.db"
    store = await Storage.open(path, stems, index_version=INDEX_VERSION, index_terms=indexed_terms)
    start = time.perf_counter()
    report = await ingest_paths(store, [folder / "corpus.jsonl"], progress=False)
    ingest_s = time.perf_counter() - start
    start = time.perf_counter()
    await store.optimize()
    optimize_s = time.perf_counter() - start
    for q in queries[:20]:  # warm the page cache
        await store.search(q)
    all_p50, all_p95 = await timed_async(lambda q: store.search(q, mode="all"), queries)
    any_p50, any_p95 = await timed_async(lambda q: store.search(q, mode="any"), queries)
    overlap = []
    exact = sqlite3.connect(path)
    for q in queries:
        ours = {h.article.id for h in (await store.search(q, limit=10, mode="any")).hits}
        match = " OR ".join(f'"{s}"' for s in dict.fromkeys(stems(q)))
        sql = (
            "SELECT rowid FROM article_search WHERE article_search MATCH ?"
            " ORDER BY bm25(article_search, 4.0, 1.0) LIMIT 10"
        )
        best = {r[0] for r in exact.execute(sql, (match,))}
        overlap.append(len(ours & best) / max(1, len(best)))
    exact.close()
    await store.close()
    size = sum(p.stat().st_size for p in folder.glob("bench.db*"))  # noqa: ASYNC240
    return {
        "added": report.added,
        "ingest_per_s": report.added / ingest_s,
        "optimize_s": optimize_s,
        "all_p50": all_p50,
        "all_p95": all_p95,
        "any_p50": any_p50,
        "any_p95": any_p95,
        "any_overlap": statistics.mean(overlap),
        "db_mb": size / 2**20,
    }


def measure_plain_fts(folder: Path, queries: list[str]) -> dict[str, Any]:
    corpus = _read_corpus(folder)
    conn = sqlite3.connect(folder / "plain.db")
    conn.execute("CREATE VIRTUAL TABLE docs USING fts5(title, body)")
    start = time.perf_counter()
    with conn:
        conn.executemany(
            "INSERT INTO docs (title, body) VALUES (?, ?)",
            ((row["title"], row["text"]) for row in corpus),
        )
        conn.execute("INSERT INTO docs (docs) VALUES ('optimize')")
    ingest_s = time.perf_counter() - start

    def run(q: str, joiner: str) -> list[Any]:
        match = joiner.join(f'"{w}"' for w in q.split())
        sql = "SELECT rowid FROM docs WHERE docs MATCH ? ORDER BY bm25(docs, 4.0, 1.0) LIMIT 10"
        return conn.execute(sql, (match,)).fetchall()

    all_p50, all_p95 = timed(lambda q: run(q, " AND "), queries)
    any_p50, any_p95 = timed(lambda q: run(q, " OR "), queries)
    conn.close()
    return {
        "ingest_per_s": len(corpus) / ingest_s,
        "all_p50": all_p50,
        "all_p95": all_p95,
        "any_p50": any_p50,
        "any_p95": any_p95,
        "db_mb": (folder / "plain.db").stat().st_size / 2**20,
    }


def measure_bm25s(folder: Path, queries: list[str]) -> dict[str, Any]:
    try:
        import bm25s
    except ImportError:
        return {}
    corpus = _read_corpus(folder)
    texts = [f"{row['title']}\n{row['text']}" for row in corpus]
    start = time.perf_counter()
    retriever = bm25s.BM25()
    retriever.index(bm25s.tokenize(texts, stopwords="en", show_progress=False), show_progress=False)
    index_s = time.perf_counter() - start

    def run(q: str) -> Any:
        tokens = bm25s.tokenize([q], stopwords="en", show_progress=False)
        return retriever.retrieve(tokens, k=10, show_progress=False)

    any_p50, any_p95 = timed(run, queries)
    return {"ingest_per_s": len(corpus) / index_s, "any_p50": any_p50, "any_p95": any_p95}


def _read_corpus(folder: Path) -> list[dict[str, object]]:
    with (folder / "corpus.jsonl").open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def run_engine(engine: str, folder: Path) -> dict[str, Any]:
    """One engine over the corpus in `folder`, in this (fresh) process."""
    queries = json.loads((folder / "queries.json").read_text())
    if engine == "newsroom":
        result = asyncio.run(measure_newsroom(folder, queries))
    elif engine == "plain_fts5":
        result = measure_plain_fts(folder, queries)
    else:
        result = measure_bm25s(folder, queries)
    if result:
        result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return result


def one_size(n: int, query_count: int) -> dict[str, Any]:
    """Write the corpus and queries once, then run each engine in its own process."""
    result: dict[str, Any] = {"n": n}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        corpus = list(generate(n))
        (folder / "queries.json").write_text(json.dumps(make_queries(corpus, query_count)))
        with (folder / "corpus.jsonl").open("w", encoding="utf-8") as handle:
            handle.writelines(json.dumps(row) + "\n" for row in corpus)
        del corpus
        for engine in ENGINES:
            child = subprocess.run(
                [sys.executable, "-m", "benchmarks.bench_search", "--engine", engine, str(folder)],
                capture_output=True,
                text=True,
                check=True,
            )
            result[engine] = json.loads(child.stdout.splitlines()[-1])
    return result


ENGINES = ("newsroom", "plain_fts5", "bm25s")


def table(results: list[dict[str, Any]]) -> str:
    head = (
        "| articles | engine | ingest/s | AND p50 ms | AND p95 ms | OR p50 ms | OR p95 ms "
        "| DB MB | peak RSS MB |"
    )
    lines = [head, "|" + "---|" * 9]
    for r in results:
        for engine in ("newsroom", "plain_fts5", "bm25s"):
            m = r.get(engine) or {}
            if not m:
                continue

            def cell(key: str, fmt: str = "{:.1f}", m: dict[str, Any] = m) -> str:
                return fmt.format(m[key]) if key in m else "-"

            lines.append(
                f"| {r['n']:,} | {engine} | {cell('ingest_per_s', '{:,.0f}')} "
                f"| {cell('all_p50')} | {cell('all_p95')} | {cell('any_p50')} | {cell('any_p95')} "
                f"| {cell('db_mb')} | {cell('peak_rss_mb', '{:.0f}')} |"
            )
    return "\n".join(lines)


def ratios(results: list[dict[str, Any]]) -> str:
    lines = ["", "Ratios (newsroom time / reference time; below 1 means newsroom is faster):"]
    for r in results:
        ours, plain, ref = r["newsroom"], r["plain_fts5"], r.get("bm25s") or {}
        parts = [
            f"AND p95 vs plain FTS5 {ours['all_p95'] / plain['all_p95']:.2f}",
            f"OR p95 vs plain FTS5 {ours['any_p95'] / plain['any_p95']:.2f}",
        ]
        if ref:
            parts.append(f"OR p95 vs bm25s {ours['any_p95'] / ref['any_p95']:.2f}")
        lines.append(f"- {r['n']:,} articles: " + "; ".join(parts))
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--json", type=Path, help="also write the results here")
    parser.add_argument("--engine", choices=ENGINES, help=argparse.SUPPRESS)  # child mode
    parser.add_argument("folder", nargs="?", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.engine:
        print(json.dumps(run_engine(args.engine, args.folder)))
        return 0
    name, _ = source_articles()
    print(f"corpus: paragraphs recombined from {name}; {args.queries} queries of 2-3 words\n")
    results = [one_size(n, args.queries) for n in args.sizes]
    print(table(results))
    print(ratios(results))
    print(
        "\nAny-word results shared with exact BM25 OR (top 10): "
        + ", ".join(f"{r['n']:,}: {r['newsroom']['any_overlap']:.0%}" for r in results)
    )
    print(
        "Optimize after the bulk load (s): "
        + ", ".join(f"{r['n']:,}: {r['newsroom']['optimize_s']:.1f}" for r in results)
    )
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
