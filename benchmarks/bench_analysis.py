"""Speed of summary + key facts per article, against sumy's LexRank on the same articles.

    python -m benchmarks.bench_analysis [--limit 300]

Uses the CNN dev stories (about 640 words each) from ../shared; skips without it.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from typing import Any

from benchmarks.eval_summary import SHARED, load, sumy_method
from bot.news.analysis import analyze
from bot.news.facts import key_facts
from bot.news.summarize import summarize


def timings(rows: list[dict[str, Any]], fn: Callable[[dict[str, Any]], object]) -> list[float]:
    out = []
    for row in rows:
        start = time.perf_counter()
        fn(row)
        out.append((time.perf_counter() - start) * 1000)
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--limit", type=int, default=300)
    args = parser.parse_args(argv)
    if not SHARED.is_dir():
        print(f"skipped: {SHARED} not found (the dev sets live in ../shared)")
        return 0
    rows = load("cnn", args.limit)
    words = statistics.mean(len(r["text"].split()) for r in rows)
    lexrank = sumy_method("lexrank")
    runs: dict[str, Callable[[dict[str, Any]], object]] = {
        "summary (3 sentences)": lambda r: summarize(r["text"], r.get("title"), 3),
        "key facts": lambda r: key_facts(r["text"]),
        "summary + facts + names": lambda r: analyze(r["text"], r.get("title")),
        "sumy LexRank (3 sentences)": lambda r: lexrank(r, 3),
    }
    print(f"{len(rows)} CNN dev articles, {words:.0f} words on average\n")
    print("| what | median ms | p95 ms |")
    print("|---|---|---|")
    medians = {}
    for name, fn in runs.items():
        fn(rows[0])  # warm up imports and caches
        times = sorted(timings(rows, fn))
        medians[name] = statistics.median(times)
        print(f"| {name} | {medians[name]:.2f} | {times[int(len(times) * 0.95)]:.2f} |")
    ratio = medians["sumy LexRank (3 sentences)"] / medians["summary + facts + names"]
    print(f"\nsumy LexRank / newsroom summary + facts: {ratio:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
