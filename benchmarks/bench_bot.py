"""Bot latency, update in to reply out, through the real Application and the fake Bot API.

    python -m benchmarks.bench_bot [--size 100000] [--queries 200] [--keep DIR]

Builds a store of --size articles (benchmarks/corpus.py; grouped into stories
as ingest would leave it), starts `newsroom-bot run` as a subprocess pointed
at the stand-in Bot API server of tests/fake_telegram.py (in this process),
and times, for each command, from the moment an update is handed to the
server to the moment the bot's sendMessage reaches it: long-poll delivery,
PTB's decoding, the command, rendering and the HTTP call back. /help does no
database work, so its times are the transport floor the others are compared
with. The bot's resident memory is read from /proc after the run.

Requests are paced at 20 a second, under the 30 a second AIORateLimiter
allows, so the limiter never adds waiting of its own.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from benchmarks.bench_search import make_queries
from benchmarks.corpus import generate, source_articles
from bot.config import Settings
from bot.ingest import ingest_paths
from bot.newsroom import Newsroom
from tests import fake_telegram as tg
from tests.harness import run_bot

PACE_SECONDS = 0.05
CHAT = 5150


async def build(folder: Path, size: int) -> list[dict[str, object]]:
    """The store (reused when `folder` already has it) and the corpus behind it."""
    corpus = list(generate(size))
    db = folder / "bot.db"
    if db.exists():
        return corpus
    source = folder / "corpus.jsonl"
    with source.open("w", encoding="utf-8") as handle:
        handle.writelines(json.dumps(row) + "\n" for row in corpus)
    room = await Newsroom.open(Settings(db_path=str(db)))
    try:
        await ingest_paths(room.storage, [source], progress=False)
        await room.storage.optimize()
        await room.refresh_stories()
    finally:
        await room.close()
    source.unlink()
    return corpus


async def start_bot(fake: tg.FakeTelegram, db: Path) -> asyncio.subprocess.Process:
    """`newsroom-bot run` as the tests start it, once it has loaded its indexes."""
    # One user sends every request: no per-reader limit (bot/telegram/throttle.py).
    process = await run_bot(fake, db, NEWSROOM_DEMO="0", LOG_LEVEL="WARNING", READER_BURST="0")
    await fake.wait_for("setMyCommands", within=600)  # post_init done: index loaded
    return process


async def round_trip(fake: tg.FakeTelegram, text: str) -> float:
    """Milliseconds from handing the update over to receiving the reply."""
    start_index = len(fake.calls)
    start = time.perf_counter()
    await fake.push(tg.message(text, CHAT))
    await fake.wait_for("sendMessage", after=start_index, within=60)
    elapsed = (time.perf_counter() - start) * 1000
    await asyncio.sleep(PACE_SECONDS)
    return elapsed


def memory_mb(pid: int) -> tuple[float, float]:
    """(resident now, peak resident) of a process, in MB."""
    values = {}
    with open(f"/proc/{pid}/status", encoding="ascii") as handle:
        for line in handle:
            key, _, rest = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                values[key] = int(rest.split()[0]) / 1024
    return values.get("VmRSS", 0.0), values.get("VmHWM", 0.0)


async def measure(folder: Path, corpus: list[dict[str, object]], count: int) -> dict[str, Any]:
    fake = tg.FakeTelegram()
    await fake.start()
    process = await start_bot(fake, folder / "bot.db")
    try:
        rng = random.Random(3)
        ids = [rng.randint(1, len(corpus)) for _ in range(count)]
        words = make_queries(corpus, count)
        for _ in range(20):  # warm-up: connections, caches
            await round_trip(fake, "/help")
        commands = {
            "/help": ["/help"] * count,
            "/search": [f"/search {w}" for w in words],
            # a later page (what More results sends): folds the results from the first on
            "/search, page 5": [f"/search #5 {w}" for w in words],
            "/summary": [f"/summary {i}" for i in ids],
            "/related": [f"/related {i}" for i in ids],
            "/latest": [f"/latest {(5, 10, 20)[n % 3]}" for n in range(count)],
            "/top": [f"/top {('day', 'week', 'month', 'year')[n % 4]}" for n in range(count)],
            "/sources": ["/sources"] * count,
            # one word drawn from an article (often a common one), or two or three
            "/latest <words>": [
                f"/latest {w.split()[0] if n % 2 else w}" for n, w in enumerate(words)
            ],
            # plain words: the search, and the sentence of its first results that answers
            "a question": [
                f"{('how many', 'when was', 'where was', 'who is')[n % 4]} {w}?"
                for n, w in enumerate(words)
            ],
        }
        times: dict[str, list[float]] = {name: [] for name in commands}
        for n in range(count):  # interleaved, so drift hits every command alike
            for name, texts in commands.items():
                times[name].append(await round_trip(fake, texts[n]))
        rss, peak = memory_mb(process.pid)
    finally:
        await fake.release_polls()
        process.terminate()
        await process.wait()
        await fake.stop()
    return {"times": times, "rss_mb": rss, "peak_rss_mb": peak}


def table(result: dict[str, Any], size: int) -> str:
    floor = statistics.median(result["times"]["/help"])
    lines = [
        f"{size:,} articles; update in -> reply out through the real Application (ms)",
        "| command | p50 | p95 | max | p95 / (/help p50) |",
        "|---|---|---|---|---|",
    ]
    for name, samples in result["times"].items():
        ordered = sorted(samples)
        p50 = statistics.median(ordered)
        p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
        lines.append(f"| {name} | {p50:.1f} | {p95:.1f} | {ordered[-1]:.1f} | {p95 / floor:.1f}x |")
    lines.append(
        f"bot process: {result['rss_mb']:.0f} MB resident, {result['peak_rss_mb']:.0f} MB at peak"
    )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--keep", type=Path, help="build the store here and reuse it next time")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    name, _ = source_articles()
    print(f"corpus: {name}", file=sys.stderr)
    with tempfile.TemporaryDirectory() as temp:
        folder = args.keep or Path(temp)
        folder.mkdir(parents=True, exist_ok=True)
        corpus = asyncio.run(build(folder, args.size))
        result = asyncio.run(measure(folder, corpus, args.queries))
    print(json.dumps(result) if args.json else table(result, args.size))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
