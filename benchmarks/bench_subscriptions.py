"""Subscription matching and delivery speed.

    python -m benchmarks.bench_subscriptions [--subscriptions 100000] [--new 1000]

1. Matching: one new article against --subscriptions topics (the inverted
   topic index of bot/news/topics.py), p50/p95 over 500 articles.
2. Ingest: --new articles stored and percolated into the outbox with the
   subscriptions in place (the real path: ingest_items, story grouping,
   percolation), against the naive way in the same run: one full-text query
   per subscription over the newly stored articles.
3. Drain: queued updates sent through the real python-telegram-bot Bot to the
   stand-in Bot API server of tests/fake_telegram.py, rate limiter off.

Topics are 1-3 words of real articles (10% quoted phrases, 5% with a -word),
so they match about as often as readers' topics would.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import re
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from benchmarks.corpus import generate, source_articles
from bot.config import Settings
from bot.delivery.outbox import Outbox
from bot.ingest import ingest_items
from bot.ingest.files import Record
from bot.news.text import STOP_WORDS, stems, words
from bot.news.topics import ArticleTerms, TopicIndex, parse_topic
from bot.newsroom import Newsroom
from bot.telegram.app import TelegramBot
from bot.telegram.sender import TelegramSender
from storage.query import parse_query
from tests import fake_telegram as tg

# Names: runs of capitalised words ("Geoff Hoon", "Bank of England" is two).
_NAME = re.compile(r"\b[A-Z][a-z]{2,}(?: [A-Z][a-z]{2,})*")
_NOT_NAMES = frozenset(
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday The This That But And".split()
)
NAIVE_QUERY = "SELECT rowid FROM article_search WHERE article_search MATCH ? AND rowid >= ?"
CHATS = 20_000
SMALL_BATCH = 20  # what one feed poll typically brings
BASE_ARTICLES = 5_000


def make_topics(corpus: list[dict[str, object]], count: int, seed: int = 17) -> list[str]:
    """Topics as readers type them: mostly names (runs of capitalised words
    in an article: "Gordon Brown", "Labour"), else two or three of its
    title's words; one in ten a quoted phrase, one in twenty with a -word."""
    rng = random.Random(seed)
    topics: list[str] = []
    while len(topics) < count:
        article = rng.choice(corpus)
        title = [w for w in words(str(article["title"])) if _content(w)]
        names = _names(str(article["text"])[:1500])
        roll = rng.random()
        if roll < 0.10 and len(title) >= 2:
            start = rng.randrange(len(title) - 1)
            topic = f'"{title[start]} {title[start + 1]}"'
        elif roll < 0.70 and names:
            topic = rng.choice(names)
        elif len(title) >= 3:
            topic = " ".join(rng.sample(title, rng.choice((2, 3))))
        else:
            continue
        if rng.random() < 0.05 and title:
            topic += " -" + rng.choice(title)
        topics.append(topic)
    return topics


def _names(text: str) -> list[str]:
    """Capitalised runs that do not merely start a sentence."""
    found = []
    for match in _NAME.finditer(text):
        before = text[max(0, match.start() - 2) : match.start()]
        if match.start() == 0 or before.endswith(("\n", ". ", "? ", "! ", '"')):
            continue
        if match.group(0).split()[0] not in _NOT_NAMES:
            found.append(match.group(0))
    return list(dict.fromkeys(found))


def _content(word: str) -> bool:
    return word.isalpha() and len(word) > 3 and word.lower() not in STOP_WORDS


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]


def measure_matching(topics: list[str], articles: list[dict[str, object]]) -> dict[str, Any]:
    start = time.perf_counter()
    index = TopicIndex()
    for n, text in enumerate(topics):
        topic = parse_topic(text)
        if topic is not None:
            index.add(n, topic)
    build_s = time.perf_counter() - start
    times, matched = [], []
    for article in articles:
        start = time.perf_counter()
        found = index.matching(ArticleTerms.of(str(article["title"]), str(article["text"])))
        times.append((time.perf_counter() - start) * 1000)
        matched.append(len(found))
    p50, p95 = percentiles(times)
    return {
        "topics": len(index),
        "build_s": build_s,
        "p50_ms": p50,
        "p95_ms": p95,
        "matches_mean": statistics.mean(matched),
    }


async def build_store(folder: Path, corpus: list[dict[str, object]], topics: list[str]) -> None:
    room = await Newsroom.open(Settings(db_path=str(folder / "subs.db")))
    try:
        records = [Record(f"base:{n}", row, 0) for n, row in enumerate(corpus[:BASE_ARTICLES])]
        await ingest_items(room.storage, records, after_batch=room.refresh_stories)
        await room.after_ingest()
        rng = random.Random(5)
        now = room.subscriptions.now()
        for n, text in enumerate(topics):
            topic = parse_topic(text)
            if topic is not None:
                await room.storage.add_subscription(
                    rng.randrange(1, CHATS + 1), text, topic.key, now, limit=10**6
                )
            if n % 10_000 == 0:
                print(f"  {n:,} subscriptions", file=sys.stderr)
    finally:
        await room.close()


async def measure_ingest(folder: Path, new: list[dict[str, object]]) -> dict[str, Any]:
    """Store and group new articles, then queue their updates, our way (the
    topic index) and the naive way (a query per subscription), both ending
    in the same kind of outbox rows: first a feed poll's worth (20 articles),
    then the whole batch."""
    result: dict[str, Any] = {}
    for name, batch in (("small", new[:SMALL_BATCH]), ("large", new[SMALL_BATCH:])):
        room = await Newsroom.open(Settings(db_path=str(folder / "subs.db")))
        try:
            # Load the story and topic indexes first: a running bot keeps both.
            await room.after_ingest()
            records = [Record(f"new:{n}", row, 0) for n, row in enumerate(batch)]
            first_new = await room.storage.latest_article_id() + 1
            folded_before = (await room.storage.delivery_counts()).get("folded", 0)
            start = time.perf_counter()
            report = await ingest_items(room.storage, records, after_batch=room.refresh_stories)
            await room.refresh_stories()
            store_s = time.perf_counter() - start
            start = time.perf_counter()
            queued = await room.subscriptions.percolate()
            ours_s = time.perf_counter() - start
            folded = (await room.storage.delivery_counts()).get("folded", 0) - folded_before
        finally:
            await room.close()
        naive_s, naive_rows = naive_percolation(folder / "subs.db", first_new, name)
        result[name] = {
            "added": report.added,
            "store_s": store_s,
            "ours_s": ours_s,
            "queued": queued,
            "folded": folded,
            "naive_s": naive_s,
            "naive_rows": naive_rows,
        }
    return result


def naive_percolation(db: Path, first_new: int, name: str) -> tuple[float, int]:
    """The baseline: every subscription as its own full-text query (all of its
    words, as search reads them) over the newly stored articles, each hit
    written as an outbox row into a table shaped and indexed like ours."""
    with sqlite3.connect(db) as conn:
        outbox = f"naive_{name}"
        conn.execute(f"CREATE TABLE {outbox} AS SELECT * FROM deliveries WHERE 0")
        conn.execute(f"CREATE UNIQUE INDEX {outbox}_unique ON {outbox} (chat_id, article_id)")
        conn.execute(f"CREATE INDEX {outbox}_due ON {outbox} (status, due_at)")
        conn.execute(f"CREATE INDEX {outbox}_article ON {outbox} (article_id)")
        subs = conn.execute("SELECT chat_id, topic FROM subscriptions").fetchall()
        now = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
        start = time.perf_counter()
        rows = []
        for chat_id, topic in subs:
            parsed = parse_query(topic, stems)
            if parsed.groups:
                hits = conn.execute(NAIVE_QUERY, (parsed.match("all"), first_new)).fetchall()
                topics = json.dumps([topic])
                rows += [(chat_id, hit[0], topics, "pending", 0, now, now) for hit in hits]
        conn.executemany(
            f"INSERT OR IGNORE INTO {outbox}"
            " (chat_id, article_id, topics, status, attempts, due_at, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        conn.commit()
        return time.perf_counter() - start, len(rows)


async def measure_drain(folder: Path, messages: int) -> dict[str, Any]:
    fake = tg.FakeTelegram()
    await fake.start()
    settings = Settings(
        db_path=str(folder / "drain.db"),
        telegram_token=fake.token,
        telegram_api_url=fake.api_url,
        load_demo=True,
    )
    bot = TelegramBot(settings, rate_limit=False)
    app = bot.build()
    await app.initialize()
    try:
        room = await Newsroom.open(settings)
        bot._newsroom = room
        await room.load_demo_if_empty()
        now = room.subscriptions.now()
        # One update per chat, so the outbox's per-chat pacing (one a second)
        # does not enter into a throughput figure.
        for chat in range(1, messages + 1):
            await room.storage.add_subscription(chat, "anything", f"k{chat}", now)
        rows = [(chat, 1 + chat % 30, ["anything"], now) for chat in range(1, messages + 1)]
        await room.storage.add_deliveries(rows, 0, now)
        outbox = Outbox(
            room, TelegramSender(lambda chat_id, reply: bot._send_to(app.bot, chat_id, reply))
        )
        start = time.perf_counter()
        report = await outbox.drain()
        elapsed = time.perf_counter() - start
        await room.close()
    finally:
        await app.shutdown()
        await fake.stop()
    return {"sent": report.sent, "seconds": elapsed, "per_s": report.sent / elapsed}


def table(result: dict[str, Any]) -> str:
    m, d = result["matching"], result["drain"]
    rows = [
        (f"topic index for {m['topics']:,} subscriptions", f"built in {m['build_s']:.2f} s"),
        (
            "match one new article against them: p50 / p95",
            f"{m['p50_ms']:.2f} / {m['p95_ms']:.2f} ms ({m['matches_mean']:.1f} matches each)",
        ),
    ]
    for i in (result["ingest"]["small"], result["ingest"]["large"]):
        ours, naive = i["store_s"] + i["ours_s"], i["store_s"] + i["naive_s"]
        rows += [
            (f"{i['added']:,} new articles: store and group", f"{i['store_s']:.2f} s"),
            (
                "... queue updates with the topic index (ours)",
                f"{i['ours_s']:.2f} s, {i['queued']:,} updates ({i['folded']:,} copies folded);"
                f" ingest {i['added'] / ours:,.0f}/s",
            ),
            (
                "... queue with one FTS query per subscription (naive)",
                f"{i['naive_s']:.2f} s, {i['naive_rows']:,} rows; "
                f"ingest {i['added'] / naive:,.0f}/s",
            ),
            (
                "... naive / ours: queueing, whole ingest",
                f"{i['naive_s'] / i['ours_s']:.1f}x, {naive / ours:.1f}x",
            ),
        ]
    rows.append(
        (
            "outbox drain to the fake Bot API, rate limiter off",
            f"{d['sent']:,} messages in {d['seconds']:.2f} s = {d['per_s']:,.0f}/s",
        )
    )
    lines = [f"corpus: {result['corpus']}", "| measure | figure |", "|---|---|"]
    return "\n".join(lines + [f"| {a} | {b} |" for a, b in rows])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--subscriptions", type=int, default=100_000)
    parser.add_argument("--new", type=int, default=1_000)
    parser.add_argument("--messages", type=int, default=2_000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    name, _ = source_articles()
    corpus = list(generate(BASE_ARTICLES + SMALL_BATCH + args.new + 500, seed=23))
    topics = make_topics(corpus, args.subscriptions)
    result: dict[str, Any] = {"corpus": name}
    result["matching"] = measure_matching(topics, corpus[-500:])
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        asyncio.run(build_store(folder, corpus, topics))
        new = corpus[BASE_ARTICLES : BASE_ARTICLES + SMALL_BATCH + args.new]
        result["ingest"] = asyncio.run(measure_ingest(folder, new))
        result["drain"] = asyncio.run(measure_drain(folder, args.messages))
    print(json.dumps(result) if args.json else table(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
