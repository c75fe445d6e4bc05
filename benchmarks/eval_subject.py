"""/related's "same subject" entries, judged by the BBC dev set's categories.

    python -m benchmarks.eval_subject [--json out.json]

The 2,225 BBC dev articles (business, entertainment, politics, sport, tech)
are ingested into a real database and Newsroom.related lists up to 8
entries for each, as /related does. An entry is right when its article has
the asking article's category: a coarse judge (a tech firm's results are
business too), but an entry from another category is nearly always about
something else ("Jobs growth still slow in the US" listing a biography of
Steve Jobs). Reported: how many articles list anything, the share of right
entries, and that share by similarity band (what the floor RELATED_MIN
keeps or cuts). The reference, in the same run: TF-IDF cosine over title
and text, its top entries for each article, as many as the bot listed, and
its top 8. Skips without ../shared.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import tempfile
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from benchmarks.eval_related import tfidf_similarities
from benchmarks.eval_summary import SHARED
from bot.config import Settings
from bot.ingest.files import Record
from bot.ingest.pipeline import ingest_items
from bot.newsroom import RELATED_MIN, Newsroom

BANDS = (RELATED_MIN, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 1.01)
LIMIT = 8


def load() -> list[dict[str, Any]]:
    with (SHARED / "dev/bbc_news_summary.jsonl").open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


async def listed(rows: list[dict[str, Any]]) -> dict[int, list[tuple[int, float, bool]]]:
    """Row number -> its /related entries as (row number, similarity, same story).
    The set's 133 exact copies of another row are stored once (as ingest does)."""
    with tempfile.TemporaryDirectory() as folder:
        room = await Newsroom.open(Settings(db_path=str(Path(folder) / "eval.db")))
        try:
            records = [Record(f"bbc:{n}", row, 0) for n, row in enumerate(rows)]
            report = await ingest_items(room.storage, records, after_batch=room.refresh_stories)
            row_of = {str(row["id"]): n for n, row in enumerate(rows)}
            entries = {}
            for article in await room.storage.articles(report.article_ids):
                items = await room.related(article.id, limit=LIMIT)
                entries[row_of[str(article.external_id)]] = [
                    (row_of[str(i.article.external_id)], i.score, i.same_story) for i in items
                ]
        finally:
            await room.close()
    return entries


def judged(rows: list[dict[str, Any]], entries: dict[int, list[int]]) -> dict[str, float]:
    right = [rows[j]["category"] == rows[i]["category"] for i, js in entries.items() for j in js]
    return {
        "articles listing": sum(1 for js in entries.values() if js),
        "entries": len(right),
        "right": statistics.mean(right) if right else 0.0,
    }


def by_band(
    rows: list[dict[str, Any]], entries: dict[int, list[tuple[int, float, bool]]]
) -> list[dict[str, Any]]:
    found: dict[int, list[bool]] = defaultdict(list)
    for i, items in entries.items():
        for j, score, same_story in items:
            if not same_story:
                band = next(b for b in range(len(BANDS) - 1) if score < BANDS[b + 1])
                found[band].append(rows[j]["category"] == rows[i]["category"])
    return [
        {"from": BANDS[b], "to": BANDS[b + 1], "entries": len(v), "right": statistics.mean(v)}
        for b, v in sorted(found.items())
    ]


def evaluate() -> dict[str, Any]:
    rows = load()
    entries = asyncio.run(listed(rows))
    sims = tfidf_similarities(rows, range(len(rows)))
    ranked = {i: sorted(s, key=lambda j: -s[j]) for i, s in sims.items()}
    ours = {i: [j for j, _, _ in items] for i, items in entries.items()}
    subject = {i: [j for j, _, same in items if not same] for i, items in entries.items()}
    return {
        "articles": len(rows),
        "newsroom": judged(rows, ours),
        "newsroom, same subject only": judged(rows, subject),
        "tf-idf, as many": judged(rows, {i: ranked[i][: len(js)] for i, js in ours.items()}),
        "tf-idf, top 8": judged(rows, {i: ranked[i][:LIMIT] for i in ours}),
        "bands": by_band(rows, entries),
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="/related's same-subject entries by category.")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    if not SHARED.is_dir():
        print(f"skipped: {SHARED} not found (the dev sets live in ../shared)")
        return 0
    result = evaluate()
    print(f"{result['articles']:,} BBC dev articles; an entry is right in the asker's category\n")
    print("| method | articles listing | entries | right |")
    print("|---|---|---|---|")
    for name in ("newsroom", "newsroom, same subject only", "tf-idf, as many", "tf-idf, top 8"):
        r = result[name]
        print(f"| {name} | {r['articles listing']:,} | {r['entries']:,} | {r['right']:.3f} |")
    print("\n| same-subject similarity | entries | right |")
    print("|---|---|---|")
    for b in result["bands"]:
        print(f"| {b['from']:.2f}-{b['to']:.2f} | {b['entries']:,} | {b['right']:.3f} |")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
