"""Misspelt search words, respelt as the stored articles spell them.

    python -m benchmarks.eval_spelling [--typos 400] [--seed 7] [--articles N]

The BBC and CNN dev articles (or the first N of them: a young store) go
into a store, as ingest leaves them. Typos: words of the BBC headlines (what
readers look for: names, places, subjects) of five letters or more that at
least 3 stored articles hold, each changed by one random edit (a letter
dropped, two swapped, one replaced or one added) into a word no article
holds; asked alone, and after another word of the same headline. Words
cut short: headline words of seven letters or more typed without their
last 2 to 4 letters ("Naval" for "Navalny"), when no article holds what is
left. Rare
words: the same for words only 1 or 2 stored articles hold, asked alone,
the typo after the first letter. Unknown words: words of the writers' and
Wikinews articles that no stored article holds (mostly names the store does
not know): any respelling of them is a wrong guess, shown to the reader as
"Nothing has X. Results for Y". Rows: respelt as meant, respelt as another
word, left as typed; and the time Newsroom.respelt takes. Skips without
../shared.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import statistics
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from benchmarks.eval_summary import SHARED
from bot.config import Settings
from bot.ingest import ingest_items
from bot.ingest.files import Record
from bot.news.spelling import LATIN
from bot.news.text import stem, stems
from bot.newsroom import Newsroom

STORED = ("dev/bbc_news_summary.jsonl", "dev/cnndm_val_cnn.jsonl")
UNSTORED = ("dev/writers_cnndm_xsum.jsonl", "corpus/wikinews_gum.jsonl")


def read(names: Sequence[str]) -> list[dict[str, Any]]:
    rows = []
    for name in names:
        with (SHARED / name).open(encoding="utf-8") as handle:
            rows += [json.loads(line) for line in handle]
    return rows


def typo(word: str, rng: random.Random, at: int) -> str:
    """The word with one random edit at `at`."""
    kind = rng.choice(("drop", "swap", "replace", "add"))
    if kind == "drop":
        return word[:at] + word[at + 1 :]
    if kind == "swap" and at < len(word) - 1:
        return word[:at] + word[at + 1] + word[at] + word[at + 2 :]
    if kind == "add":
        return word[:at] + rng.choice(LATIN) + word[at:]
    return word[:at] + rng.choice(LATIN.replace(word[at], "")) + word[at + 1 :]


def headline_words(rows: list[dict[str, Any]]) -> list[tuple[str, list[str]]]:
    """(word, the headline's other words) for the headlines' words of five letters or more."""
    found = []
    for row in rows:
        words = [w for w in str(row.get("title") or "").split() if w.isalpha() and w.isascii()]
        found += [(w, [o for o in words if o != w and stems(o)]) for w in words if len(w) >= 5]
    return found


async def held(room: Newsroom, words: list[str]) -> dict[str, int]:
    return await room.storage.term_articles([stem(w.lower()) for w in words])


async def cases(
    room: Newsroom, rows: list[dict[str, Any]], count: int, rng: random.Random
) -> list[tuple[str, str, str, bool]]:
    """(query, the word misspelt, as meant, whether the first letter is) for
    `count` typos, at any letter alike."""
    candidates = headline_words(rows)
    rng.shuffle(candidates)
    counts = await held(room, [w for w, _ in candidates[: count * 4]])
    chosen: list[tuple[str, str, str, bool]] = []
    for word, others in candidates[: count * 4]:
        if counts.get(stem(word.lower()), 0) < 3 or not stems(word):
            continue
        at = rng.randrange(len(word))
        wrong = typo(word, rng, at)
        if (await held(room, [wrong])) or not stems(wrong):
            continue  # a word after all, or a stop word
        chosen.append((wrong, wrong, word, at == 0))
        if others:
            chosen.append((f"{rng.choice(others)} {wrong}", wrong, word, at == 0))
        if len(chosen) >= count:
            break
    return chosen


async def rare_cases(
    room: Newsroom, rows: list[dict[str, Any]], count: int, rng: random.Random
) -> list[tuple[str, str]]:
    """(the word misspelt, as meant) for words only 1 or 2 stored articles hold."""
    candidates = [w for w, _ in headline_words(rows) if stems(w)]
    rng.shuffle(candidates)
    counts = await held(room, candidates)
    chosen: list[tuple[str, str]] = []
    for word in candidates:
        if counts.get(stem(word.lower()), 0) in (1, 2):
            wrong = typo(word, rng, rng.randrange(1, len(word)))
            if stems(wrong) and not await held(room, [wrong]):
                chosen.append((wrong, word))
        if len(chosen) >= count:
            break
    return chosen


async def cut_cases(
    room: Newsroom, rows: list[dict[str, Any]], count: int, rng: random.Random
) -> list[tuple[str, str]]:
    """(the word cut short, as meant) for words of seven letters or more that
    at least 3 stored articles hold, typed without their last 2 to 4 letters
    ("Navalny": "Naval"), when no article holds what is left."""
    candidates = [w for w, _ in headline_words(rows) if len(w) >= 7 and stems(w)]
    rng.shuffle(candidates)
    counts = await held(room, candidates[: count * 10])
    chosen: list[tuple[str, str]] = []
    for word in candidates[: count * 10]:
        if counts.get(stem(word.lower()), 0) < 3:
            continue
        cut = word[: len(word) - rng.randint(2, min(4, len(word) - 5))]
        if stems(cut) and not await held(room, [cut]):
            chosen.append((cut, word))
        if len(chosen) >= count:
            break
    return chosen


async def unknown_words(room: Newsroom, count: int, rng: random.Random) -> list[str]:
    words = sorted(
        {
            w
            for row in read(UNSTORED)
            for w in str(row["text"]).split()
            if len(w) >= 5 and w.isalpha() and w.isascii() and stems(w)
        }
    )
    rng.shuffle(words)
    counts = await held(room, words[: count * 20])
    return [w for w in words[: count * 20] if stem(w.lower()) not in counts][:count]


async def evaluate(count: int, seed: int, articles: int | None) -> dict[str, Any]:
    rng = random.Random(seed)
    stored = read(STORED)[:articles]
    with tempfile.TemporaryDirectory() as folder:
        room = await Newsroom.open(Settings(db_path=str(Path(folder) / "eval.db")))
        try:
            records = [Record("dev", row, n) for n, row in enumerate(stored)]
            await ingest_items(room.storage, records)
            typos = await cases(room, stored, count, rng)
            rare = await rare_cases(room, stored, count, rng)
            unknown = await unknown_words(room, count, rng)
            cut = await cut_cases(room, stored, count, rng)
            times: list[float] = []
            outcomes = {
                first: {"n": 0, "meant": 0, "other": 0, "as typed": 0} for first in (False, True)
            }
            for query, wrong, meant, first in typos:
                start = time.perf_counter()
                spelt = await room.respelt(query)
                times.append(time.perf_counter() - start)
                outcomes[first][_outcome(spelt, wrong, meant)] += 1
                outcomes[first]["n"] += 1
            rare_fixed = 0
            for wrong, meant in rare:
                spelt = await room.respelt(wrong)
                rare_fixed += _outcome(spelt, wrong, meant) == "meant"
            completed = {"meant": 0, "other": 0, "as typed": 0}
            for short, meant in cut:
                spelt = await room.respelt(short)
                completed[_outcome(spelt, short, meant)] += 1
            guessed = 0
            for word in unknown:
                start = time.perf_counter()
                guessed += await room.respelt(word) is not None
                times.append(time.perf_counter() - start)
        finally:
            await room.close()
    ordered = sorted(times)
    return {
        "articles": len(stored),
        "typos": len(typos),
        "outcomes": outcomes,
        "rare": len(rare),
        "rare_fixed": rare_fixed,
        "cut": len(cut),
        "completed": completed,
        "unknown": len(unknown),
        "unknown_respelt": guessed,
        "p50_ms": statistics.median(ordered) * 1000,
        "p95_ms": ordered[int(len(ordered) * 0.95)] * 1000,
    }


def _outcome(spelt: str | None, wrong: str, meant: str) -> str:
    if spelt is None:
        return "as typed"
    fixed = [w for w in spelt.split() if w.lower() != wrong.lower()]
    return "meant" if any(stem(w.lower()) == stem(meant.lower()) for w in fixed) else "other"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Misspelt search words respelt.")
    parser.add_argument("--typos", type=int, default=400)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--articles", type=int, help="store only the first N dev articles")
    args = parser.parse_args(argv)
    if not SHARED.is_dir():
        print(f"skipped: {SHARED} not found (the dev sets live in ../shared)")
        return 0
    r = asyncio.run(evaluate(args.typos, args.seed, args.articles))
    print(f"{r['articles']:,} dev articles stored (BBC, CNN); {r['typos']} misspelt queries\n")
    print("| queries | respelt as meant | as another word | left as typed |")
    print("|---|---|---|---|")
    for first, label in (
        (False, "typo after the first letter"),
        (True, "typo in the first letter"),
    ):
        o = r["outcomes"][first]
        n = max(1, o["n"])
        print(
            f"| {label} ({o['n']}) | {o['meant']} ({o['meant'] / n:.1%}) "
            f"| {o['other']} ({o['other'] / n:.1%}) | {o['as typed']} ({o['as typed'] / n:.1%}) |"
        )
    n, f = max(1, r["rare"]), r["rare_fixed"]
    print(f"| words 1 or 2 articles hold ({r['rare']}) | {f} ({f / n:.1%}) | - | - |")
    c, n = r["completed"], max(1, r["cut"])
    print(
        f"| words cut short ({r['cut']}) | {c['meant']} ({c['meant'] / n:.1%}) "
        f"| {c['other']} ({c['other'] / n:.1%}) | {c['as typed']} ({c['as typed'] / n:.1%}) |"
    )
    u, g = r["unknown"], r["unknown_respelt"]
    print(f"| real words no article holds ({u}) | - | {g} ({g / u:.1%}) | {u - g} |")
    print(f"\nNewsroom.respelt: p50 {r['p50_ms']:.1f} ms, p95 {r['p95_ms']:.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
