"""Another reader's wait while one user floods the bot.

    python -m benchmarks.bench_flood [--requests 300] [--size 20000]

Starts `newsroom-bot run` against the stand-in Bot API server (as
bench_bot does) on a store of --size articles, once with the per-reader limit
(the defaults, READER_BURST=12 and READER_PER_MINUTE=30) and once without it
(READER_BURST=0). One user sends --requests searches at once; a second user
then asks /help, and the time to its answer is measured, then /search. The
bot answers updates one at a time, so without the limit the second reader
waits behind the whole flood.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from benchmarks.bench_bot import build
from benchmarks.bench_search import make_queries
from benchmarks.corpus import source_articles
from tests import fake_telegram as tg
from tests.harness import run_bot

FLOODER, READER = 4001, 4002


async def reader_wait(fake: tg.FakeTelegram, text: str) -> float:
    start_index = len(fake.calls)
    start = time.perf_counter()
    await fake.push(tg.message(text, READER))
    await fake.wait_for(
        "sendMessage", lambda c: c.params["chat_id"] == READER, after=start_index, within=600
    )
    return (time.perf_counter() - start) * 1000


async def measure(db: Path, queries: list[str], limit: bool) -> dict[str, float]:
    fake = tg.FakeTelegram()
    await fake.start()
    env = {"NEWSROOM_DEMO": "0", "LOG_LEVEL": "WARNING"}
    if not limit:
        env["READER_BURST"] = "0"
    process = await run_bot(fake, db, **env)
    try:
        await fake.wait_for("setMyCommands", within=600)
        await reader_wait(fake, "/help")  # warm
        start_index = len(fake.calls)
        for n, words in enumerate(queries):
            await fake.push(tg.message(f"/search {words}", FLOODER, message_id=n + 1))
        result = {
            "help_ms": await reader_wait(fake, "/help"),
            "search_ms": await reader_wait(fake, f"/search {queries[0]}"),
        }
        await asyncio.sleep(1.0)
        result["flood_answered"] = len(fake.sent(FLOODER, after=start_index))
    finally:
        await fake.release_polls()
        process.terminate()
        await process.wait()
        await fake.stop()
    return result


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--size", type=int, default=20_000)
    args = parser.parse_args(argv)
    name, _ = source_articles()
    print(f"corpus: {name}", file=sys.stderr)
    with tempfile.TemporaryDirectory() as temp:
        corpus = asyncio.run(build(Path(temp), args.size))
        queries = make_queries(corpus, args.requests)
        rows = {
            limit: asyncio.run(measure(Path(temp) / "bot.db", queries, limit))
            for limit in (True, False)
        }
    print(f"{args.size:,} articles; one user sends {args.requests} searches at once, then")
    print("another user asks /help and then /search (ms to each answer)\n")
    print("| per-reader limit | /help | /search | messages sent to the flooder |")
    print("|---|---|---|---|")
    for limit, r in rows.items():
        label = "12 at once, 30/min" if limit else "none"
        print(
            f"| {label} | {r['help_ms']:.0f} | {r['search_ms']:.0f} "
            f"| {r['flood_answered']:.0f} of {args.requests} |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
