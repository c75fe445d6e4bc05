"""Requests in plain words: the topic searched without the frame around it.

    python -m benchmarks.eval_questions [--articles 150] [--seed 7]

The BBC dev articles go into a store. For each of `--articles` of them, a
reader's words: the two words of its headline the fewest stored articles hold
(what a reader would type to find it). Each is asked alone, and inside each
English frame of FRAMES ("tell me about {}", "any news on {}?"), searched as
typed (the bot until 2026-11-30) and as news.questions reads it. Rows: how
often the article is among the first five results, and how often every word
was found (the answer otherwise says "these have some of them").

The other side, frames that are not frames: the 2,548 headlines of the BBC,
BASIL and Wikinews sets read as messages; any that reads as other words than typed (end marks aside)
is listed. Russian has no dev set of headlines here; the tests hold its cases.
Skips without ../shared.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from benchmarks.eval_spelling import read
from benchmarks.eval_summary import SHARED
from bot.config import Settings
from bot.ingest import ingest_items
from bot.ingest.files import Record
from bot.news.questions import read_message
from bot.news.text import stem, stems
from bot.newsroom import Newsroom

STORED = ("dev/bbc_news_summary.jsonl",)
HEADLINES = ("dev/bbc_news_summary.jsonl", "dev/clusters_basil.jsonl", "corpus/wikinews_gum.jsonl")
FRAMES = (
    "tell me about {}",
    "any news on {}?",
    "what's happening with {}?",
    "I want to know about {}",
    "latest on {}",
    "what happened to {}?",
    "could you find articles about {}, please",
    "is there anything new on {}?",
)
TOP = 5


async def topic_words(room: Newsroom, rows: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """(external id, the headline's two rarest words) for headlines that have two."""
    picked = []
    for row in rows:
        words = [w for w in str(row.get("title") or "").split() if w.isalpha() and stems(w)]
        if len(words) < 2:
            continue
        counts = await room.storage.term_articles([stem(w.lower()) for w in words])
        rarest = sorted(words, key=lambda w: counts.get(stem(w.lower()), 0))[:2]
        picked.append((str(row["id"]), " ".join(w for w in words if w in rarest)))
    return picked


async def asked(room: Newsroom, query: str, wanted: str) -> tuple[bool, bool]:
    """(the article among the first TOP, every word found)."""
    result = await room.search(query, limit=TOP)
    found = [f.article.external_id for f in result.found]
    return wanted in found, result.mode == "all"


async def evaluate(count: int, seed: int) -> dict[str, Any]:
    rng = random.Random(seed)
    stored = read(STORED)
    with tempfile.TemporaryDirectory() as folder:
        room = await Newsroom.open(Settings(db_path=str(Path(folder) / "eval.db")))
        try:
            records = [Record("dev", row, n) for n, row in enumerate(stored)]
            await ingest_items(room.storage, records)
            sample = rng.sample(stored, count)
            topics = await topic_words(room, sample)
            rows = {"alone": [0, 0, 0], "as typed": [0, 0, 0], "frame off": [0, 0, 0]}
            for external_id, words in topics:
                _add(rows["alone"], await asked(room, words, external_id))
                for frame in FRAMES:
                    message = frame.format(words)
                    _add(rows["as typed"], await asked(room, message, external_id))
                    read_as = read_message(message).words
                    _add(rows["frame off"], await asked(room, read_as, external_id))
        finally:
            await room.close()
    headlines = [str(row.get("title") or "") for row in read(HEADLINES) if row.get("title")]
    changed = [h for h in headlines if not _read_as_typed(h)]
    return {"articles": len(stored), "topics": len(topics), "rows": rows,
            "headlines": len(headlines), "changed": changed}  # fmt: skip


def _add(row: list[int], outcome: tuple[bool, bool]) -> None:
    row[0] += 1
    row[1] += outcome[0]
    row[2] += outcome[1]


def _read_as_typed(headline: str) -> bool:
    found = read_message(headline)
    return found.kind == "search" and found.words == " ".join(headline.split()).rstrip(" ?!.…")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Requests in plain words, searched.")
    parser.add_argument("--articles", type=int, default=150)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    if not SHARED.is_dir():
        print(f"skipped: {SHARED} not found (the dev sets live in ../shared)")
        return 0
    r = asyncio.run(evaluate(args.articles, args.seed))
    print(f"{r['articles']:,} BBC dev articles stored; {r['topics']} headlines' two rarest words,")
    print(f"alone and in {len(FRAMES)} frames each\n")
    print(f"| asked | searches | the article in the first {TOP} | every word found |")
    print("|---|---|---|---|")
    labels = {
        "alone": "the words alone",
        "as typed": "in a frame, searched as typed",
        "frame off": "in a frame, read by news.questions",
    }
    for key, label in labels.items():
        n, top, every = r["rows"][key]
        print(f"| {label} | {n} | {top / n:.1%} | {every / n:.1%} |")
    changed = r["changed"]
    print(f"\nHeadlines read as other words than typed: {len(changed)} of {r['headlines']:,}")
    for headline in changed[:20]:
        print(f"  {headline!r} -> {read_message(headline)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
