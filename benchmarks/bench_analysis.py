"""Speed of summary + key facts per article, against sumy's LexRank on the same articles.

    python -m benchmarks.bench_analysis [--limit 300]

Uses the CNN dev stories (about 640 words each) from ../shared; skips without it.
The timed articles are new to the process (caches warmed on WARM_UP others), and
the methods take turns on each article, so the ratio is fair on a noisy machine.
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

WARM_UP = 100


def interleaved(
    rows: list[dict[str, Any]], runs: dict[str, Callable[[dict[str, Any]], object]]
) -> dict[str, list[float]]:
    """Milliseconds per article for each method, the methods taking turns on each
    article: a slow spell of this noisy machine then hits all of them alike."""
    times: dict[str, list[float]] = {name: [] for name in runs}
    for row in rows:
        for name, fn in runs.items():
            start = time.perf_counter()
            fn(row)
            times[name].append((time.perf_counter() - start) * 1000)
    return times


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--limit", type=int, default=300)
    args = parser.parse_args(argv)
    if not SHARED.is_dir():
        print(f"skipped: {SHARED} not found (the dev sets live in ../shared)")
        return 0
    # Articles seen before the timed ones, as a running bot has seen earlier news:
    # imports loaded, common words' stems cached; the timed articles are new to it.
    warm, rows = (lambda all_rows: (all_rows[:WARM_UP], all_rows[WARM_UP:]))(
        load("cnn", args.limit + WARM_UP)
    )
    words = statistics.mean(len(r["text"].split()) for r in rows)
    lexrank = sumy_method("lexrank")
    runs: dict[str, Callable[[dict[str, Any]], object]] = {
        "summary + facts + names": lambda r: analyze(r["text"], r.get("title")),
        "sumy LexRank (3 sentences)": lambda r: lexrank(r, 3),
        "summary (3 sentences)": lambda r: summarize(r["text"], r.get("title"), 3),
        "key facts": lambda r: key_facts(r["text"]),
    }
    interleaved(warm, runs)
    times = interleaved(rows, runs)
    print(f"{len(rows)} CNN dev articles, {words:.0f} words on average\n")
    print("| what | median ms | p95 ms |")
    print("|---|---|---|")
    for name, values in times.items():
        ordered = sorted(values)
        p95 = ordered[int(len(ordered) * 0.95)]
        print(f"| {name} | {statistics.median(ordered):.2f} | {p95:.2f} |")
    ours, theirs = times["summary + facts + names"], times["sumy LexRank (3 sentences)"]
    ratio = statistics.median(theirs) / statistics.median(ours)
    per_article = statistics.median(t / o for t, o in zip(theirs, ours, strict=True))
    print(f"\nsumy LexRank / newsroom summary + facts + names: {ratio:.1f}x (medians),")
    print(f"{per_article:.1f}x (median of the per-article ratios)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
