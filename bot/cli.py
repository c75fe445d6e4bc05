"""The newsroom-bot command: run the bot, chat in the console, manage articles."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import sqlite3
import sys
import time
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from dataclasses import asdict
from datetime import timedelta
from pathlib import Path

from bot import console
from bot.commands.links import TooLong, article_payload, deep_link, follow_payload, topic_payload
from bot.config import Settings, load_settings
from bot.ingest import ingest_items, ingest_paths
from bot.ingest.feeds import FeedError
from bot.ingest.web import fetch_pages, is_web_address
from bot.news.analysis import analyze
from bot.newsroom import SEARCH_ACROSS, Found, Newsroom
from storage import Article
from storage import db as storage_db

log = logging.getLogger("newsroom_bot")
OPTIMIZE_MIN_ADDED = 1000


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    settings = load_settings()
    if args.db:
        settings = Settings(**{**asdict(settings), "db_path": args.db})
    _configure_logging(settings.log_level)
    command = args.command or "run"
    try:
        if command == "run":
            return _run(settings)
        if command == "chat":
            return console.chat(settings)
        if command == "analyze":
            return _analyze(args)
        return asyncio.run(_ASYNC_COMMANDS[command](settings, args))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # e.g. `newsroom-bot analyze big.jsonl | head`
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsroom-bot",
        description="A news bot over stored articles: Telegram, or a console chat without a token.",
    )
    parser.add_argument("--db", help="database file (default: $NEWSROOM_DB or ./newsroom.db)")
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("run", help="Telegram if TELEGRAM_BOT_TOKEN is set, else the console chat")
    sub.add_parser("chat", help="the console chat (loads the demo set into a new database)")
    ingest = sub.add_parser(
        "ingest", help="load articles from .jsonl/.json/.txt/.md files, folders or web pages"
    )
    ingest.add_argument("paths", nargs="+", help="files, folders, or https:// page addresses")
    ingest.add_argument("--json", action="store_true", help="print the report as JSON")
    ingest.add_argument("--no-progress", action="store_true", help="never show a progress bar")
    ingest.add_argument(
        "--jobs",
        type=int,
        help="worker processes preparing articles (default: 2 for inputs over 4 MB, else 1)",
    )
    analyze = sub.add_parser(
        "analyze", help="summary, key facts and names of articles in a file (no database)"
    )
    analyze.add_argument("file", help="JSONL with title/text per line, plain text, or - for stdin")
    analyze.add_argument("--sentences", type=int, default=3, help="summary length (1-10)")
    analyze.add_argument("--json", action="store_true", help="one JSON object per article")
    stats = sub.add_parser("stats", help="what the database holds")
    stats.add_argument("--json", action="store_true")
    stats.add_argument(
        "--days",
        type=int,
        default=7,
        help="list readers' searches that found nothing in these days",
    )
    search = sub.add_parser("search", help="search the stored articles")
    search.add_argument("query")
    search.add_argument("--limit", type=int, default=10)
    search.add_argument("--json", action="store_true")
    search.add_argument(
        "--across",
        action="store_true",
        help="also list up to 3 reports in other languages, as the bot does (loads the"
        " story index first: seconds in a store of 100,000 articles)",
    )
    related = sub.add_parser("related", help="articles on the same story, then the same subject")
    related.add_argument("id", help="article id or external id")
    related.add_argument("--limit", type=int, default=8)
    related.add_argument("--json", action="store_true")
    stories = sub.add_parser("stories", help="every story with its articles")
    stories.add_argument("--json", action="store_true")
    top = sub.add_parser("top", help="the stories most reported lately (as /top)")
    top.add_argument("--days", type=int, default=1, help="the span, to the newest article")
    top.add_argument("--limit", type=int, default=10)
    top.add_argument("--json", action="store_true")
    feeds = sub.add_parser("feeds", help="the RSS/Atom feeds the bot polls")
    feed_actions = feeds.add_subparsers(dest="action", required=True)
    add = feed_actions.add_parser("add", help="add a feed (read once now)")
    add.add_argument("url")
    add.add_argument("--interval", type=int, default=15, help="minutes between reads")
    listing = feed_actions.add_parser("list", help="every feed and how its last read went")
    listing.add_argument("--json", action="store_true")
    remove = feed_actions.add_parser("remove", help="stop polling a feed")
    remove.add_argument("id", type=int)
    feed_actions.add_parser("poll", help="read every feed that is due now (e.g. from cron)")
    removal = sub.add_parser(
        "remove", help="take an article out for good (a retraction): not stored again"
    )
    removal.add_argument("id", help="article id or external id")
    removal.add_argument("--reason", help="why, kept with the record of the removal")
    removal.add_argument(
        "--undo",
        action="store_true",
        help="take the removal of article ID back: it may be ingested again (under a new id)",
    )
    backup = sub.add_parser(
        "backup", help="a consistent copy of the database, safe while the bot runs"
    )
    backup.add_argument("dest", help="the copy's file name (must not exist yet)")
    show = sub.add_parser("show", help="one article by id or by its external id")
    show.add_argument("id")
    show.add_argument("--json", action="store_true")
    link = sub.add_parser(
        "link", help="a t.me link that opens an article in the bot, or follows its story or a topic"
    )
    link.add_argument("--bot", required=True, help="the bot's username (without @)")
    what = link.add_mutually_exclusive_group(required=True)
    what.add_argument("--article", metavar="ID", help="open the article (id or external id)")
    what.add_argument("--follow", metavar="ID", help="follow the article's story")
    what.add_argument("--topic", metavar="WORDS", help="follow a topic, as /subscribe WORDS")
    return parser


def _configure_logging(level: str) -> None:
    logging.basicConfig(
        level=getattr(logging, level, logging.WARNING),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    # httpx logs every request URL at INFO, and Telegram URLs contain the token.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    # A drain still running when its next turn comes is skipped on purpose;
    # APScheduler would say so at WARNING every second.
    logging.getLogger("apscheduler").setLevel(logging.ERROR)
    # PTB logs its start-up giving up (a wrong token, no network) with a long
    # traceback; telegram.app.run says what to check in one line instead.
    logging.getLogger("telegram.ext").addFilter(_not_startup_failure)


def _not_startup_failure(record: logging.LogRecord) -> bool:
    said = record.getMessage()
    return not ("(Bootstrap" in said and ("Aborting" in said or "Invalid token" in said))


def _run(settings: Settings) -> int:
    if not settings.has_token:
        return console.chat(settings)
    from bot.telegram import app  # PTB is only imported when it is needed

    try:
        return app.run(settings)
    except ValueError as error:  # a setting that cannot work, e.g. a webhook without a secret
        print(f"newsroom-bot: {error}", file=sys.stderr)
        return 2
    except app.StartFailed as error:  # a wrong token, no way to reach Telegram
        print(f"newsroom-bot: {error}", file=sys.stderr)
        return 1


async def _ingest(settings: Settings, args: argparse.Namespace) -> int:
    async with _opened(settings) as newsroom:
        queued = 0

        async def after_batch() -> None:
            # Group stories and queue followers' updates as batches land, so a
            # long ingest does not hold back the news until its end.
            nonlocal queued
            queued += await newsroom.after_ingest()

        pages = [a for a in args.paths if is_web_address(a)]
        report = await ingest_paths(
            newsroom.storage,
            [Path(a) for a in args.paths if not is_web_address(a)],
            progress=False if args.no_progress else None,
            jobs=max(1, args.jobs) if args.jobs else None,
            after_batch=after_batch,
        )
        if pages:
            fetched = await fetch_pages(pages)
            report.merge(await ingest_items(newsroom.storage, fetched, after_batch=after_batch))
        if (
            report.added >= OPTIMIZE_MIN_ADDED
            and report.added * 4 >= await newsroom.storage.count()
        ):
            # A bulk load: merge the index into one segment for faster searches.
            # (Small ingests leave it to FTS5's incremental merging.)
            await newsroom.storage.optimize()
        queued += await newsroom.after_ingest()
        await newsroom.storage.checkpoint()
    if args.json:
        payload = {
            "added": report.added,
            "updated": report.updated,
            "duplicates": report.duplicates,
            "withheld": report.withheld,
            "rejected": [{"where": w, "reason": r} for w, r in report.rejected],
            "warnings": [{"where": w, "message": m} for w, m in report.warnings],
            "updates_queued": queued,
        }
        print(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        print("\n".join(report.lines()))
        if report.added:
            print(f"grouped {report.added} new articles into stories")
        if queued:
            print(f"queued {queued} updates for followers of their topics")
    nothing_worked = not (report.stored or report.duplicates or report.withheld) and report.rejected
    return 1 if nothing_worked else 0


def _analyze(args: argparse.Namespace) -> int:
    """Analysis of each input article, in input order; needs no database."""
    count = max(1, min(args.sentences, 10))
    try:
        raw = sys.stdin.read() if args.file == "-" else Path(args.file).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        print(f"cannot read {args.file}: {err}", file=sys.stderr)
        return 1
    for number, item in enumerate(_analysis_inputs(raw), start=1):
        if isinstance(item, str):
            print(f"line {number}: {item}", file=sys.stderr)
            if args.json:
                print(json.dumps({"id": None, "error": item}))
            continue
        external_id, title, text = item
        result = analyze(text, title, count)
        if args.json:
            print(json.dumps({"id": external_id, **result.as_json()}, ensure_ascii=False))
            continue
        print(f"# {title or external_id or f'article {number}'}")
        print("Summary:\n" + "\n".join(f"  {s.text}" for s in result.summary))
        print("Key facts:")
        for fact in result.facts:
            print(f"  - {fact.text}  [{', '.join(fact.kinds)}]")
        names = result.entities
        for label, values in (
            ("People", names.people),
            ("Organisations", names.organizations),
            ("Places", names.places),
        ):
            if values:
                print(f"{label}: {', '.join(values)}")
        print()
    return 0


def _analysis_inputs(raw: str) -> list[tuple[str | None, str | None, str] | str]:
    """JSONL records (id, title, text) or one plain-text article; a bad line is a string."""
    first = next((line for line in raw.splitlines() if line.strip()), "")
    if not first.lstrip().startswith("{"):
        return [(None, None, raw)] if raw.strip() else ["empty input"]
    items: list[tuple[str | None, str | None, str] | str] = []
    for line in raw.splitlines():
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            items.append(f"invalid JSON: {err.msg}")
            continue
        text = record.get("text") if isinstance(record, dict) else None
        if not isinstance(text, str) or not text.strip():
            items.append("no text")
            continue
        record_id = record.get("id")
        title = record.get("title")
        items.append(
            (
                None if record_id is None else str(record_id),
                title if isinstance(title, str) else None,
                text,
            )
        )
    return items


async def _stats(settings: Settings, args: argparse.Namespace) -> int:
    async with _opened(settings) as newsroom:
        stats = await newsroom.storage.stats()
        unanswered = await newsroom.unanswered_searches(args.days)
    if args.json:
        asked = [{"words": words, "times": times} for words, times in unanswered]
        row = {"database": settings.db_path, **asdict(stats), "unanswered_searches": asked}
        print(json.dumps(row, ensure_ascii=False))
        return 0
    size = f"schema {stats.schema_version}, {stats.file_bytes:,} bytes"
    print(f"database: {settings.db_path} ({size})")
    print(f"articles: {stats.articles}")
    if stats.articles:
        print(f"published: {stats.oldest} .. {stats.newest}")
        print("languages: " + ", ".join(f"{k} {v}" for k, v in stats.by_language.items()))
        top = list(stats.by_source.items())[:10]
        print("sources: " + ", ".join(f"{k} {v}" for k, v in top))
        if stats.by_category:
            top = list(stats.by_category.items())[:10]
            print("categories: " + ", ".join(f"{k} {v}" for k, v in top))
    if stats.removed:
        print(f"removed by editors: {stats.removed} (kept out of later ingests)")
    if stats.topics:
        print(f"topics followed: {stats.topics} in {stats.following_chats} chats")
    if stats.briefed_chats:
        print(f"daily briefings: {stats.briefed_chats} chats")
    if stats.deliveries:
        states = ", ".join(f"{k} {v}" for k, v in sorted(stats.deliveries.items()))
        print(f"updates (finished ones kept 30 days): {states}")
    if unanswered:
        print(f"searched for in the last {args.days} days, no article having all the words:")
        for words, times in unanswered:
            print(f"  {times:>5}  {words}")
    return 0


async def _search(settings: Settings, args: argparse.Namespace) -> int:
    async with _opened(settings) as newsroom:
        limit = max(1, min(args.limit, 100))
        result = await newsroom.search(
            args.query, limit, across=SEARCH_ACROSS if args.across else 0
        )
    if args.json:
        for found, across in [(f, False) for f in result.found] + [
            (f, True) for f in result.across
        ]:
            row = {**_summary_json(found.article), "snippet": found.snippet.text}
            respelt = result.respelt or None
            print(json.dumps({**row, "across": across, "respelt": respelt}, ensure_ascii=False))
        return 0
    if not result.found and not result.across:
        print("no matches")
        return 0
    if result.respelt:
        print(f"(no article has every word as typed; results for “{result.respelt}”)")
    if result.mode == "any":
        print("(no article has every word; showing articles with some of them)")
    for found in result.found:
        _print_found(found)
    if result.across:
        print("in other languages (the same stories, or the same names):")
    for found in result.across:
        _print_found(found, f"[{found.article.language or '?'}] ")
    return 0


def _print_found(found: Found, mark: str = "") -> None:
    a = found.article
    print(f"{a.id:>6}  {a.published_at[:10]}  {mark}{a.title}")
    print(f"        {found.snippet.text}")


async def _show(settings: Settings, args: argparse.Namespace) -> int:
    async with _opened(settings) as newsroom:
        articles = await _find(newsroom, args.id)
    if not articles:
        return _not_found(args.id)
    for article in articles:
        if args.json:
            print(json.dumps(_full_json(article), ensure_ascii=False))
            continue
        print(article.title)
        for label, value in (
            ("id", article.id),
            ("external id", article.external_id),
            ("url", article.url),
            ("source", article.source),
            ("author", article.author),
            ("published", article.published_at),
            ("language", article.language),
            ("category", article.category),
            ("tags", ", ".join(article.tags) or None),
        ):
            if value is not None:
                print(f"  {label}: {value}")
        print()
        print(article.text)
    return 0


async def _related(settings: Settings, args: argparse.Namespace) -> int:
    async with _opened(settings) as newsroom:
        found = await _find(newsroom, args.id)
        items = await newsroom.related(found[0].id, max(1, min(args.limit, 50))) if found else []
    if not found:
        return _not_found(args.id)
    for item in items:
        if args.json:
            payload = {
                **_summary_json(item.article),
                "language": item.article.language,
                "score": round(item.score, 4),
                "same_story": item.same_story,
                "sources": [_summary_json(a) for a in item.sources],
            }
            print(json.dumps(payload, ensure_ascii=False))
            continue
        where = "same story" if item.same_story else "same subject"
        extra = f" (+{len(item.sources)} more sources)" if item.sources else ""
        a = item.article
        if a.language != found[0].language:
            extra += f" [{a.language}]"
        print(f"{a.id:>6}  {item.score:.2f}  {where:<12}  {a.published_at[:10]}  {a.title}{extra}")
    if not items and not args.json:
        print("no related articles")
    return 0


async def _stories(settings: Settings, args: argparse.Namespace) -> int:
    async with _opened(settings) as newsroom:
        stories = await newsroom.stories()
    for story, articles in stories:
        if args.json:
            members = [
                {"id": a.id, "external_id": a.external_id, "url": a.url, "title": a.title}
                for a in articles
            ]
            print(json.dumps({"story": story, "articles": members}, ensure_ascii=False))
        elif len(articles) > 1:
            print(f"story {story} ({len(articles)} articles)")
            for a in articles:
                print(f"  {a.id:>6}  {a.published_at[:10]}  {a.title}")
    if not args.json:
        singles = sum(1 for _, articles in stories if len(articles) == 1)
        print(f"{len(stories)} stories; {singles} of them a single article")
    return 0


async def _top(settings: Settings, args: argparse.Namespace) -> int:
    days, limit = max(1, args.days), max(1, min(args.limit, 100))
    async with _opened(settings) as newsroom:
        stories, newest = await newsroom.most_reported(days, limit)
    for story in stories:
        counts = {"reports": story.reports, "sources": story.sources, "languages": story.languages}
        if args.json:
            print(json.dumps({**_summary_json(story.article), **counts}, ensure_ascii=False))
        else:
            a = story.article
            print(f"{a.id:>6}  {story.reports:>3} reports  {story.sources:>3} sources  {a.title}")
    if not args.json:
        span = "1 day" if days == 1 else f"{days} days"
        print(f"{len(stories)} stories of two reports or more in {span} to {newest or '-'}")
    return 0


@asynccontextmanager
async def _opened(settings: Settings) -> AsyncIterator[Newsroom]:
    newsroom = await Newsroom.open(settings)
    try:
        yield newsroom
    finally:
        await newsroom.close()


async def _link(settings: Settings, args: argparse.Namespace) -> int:
    """Links for a newsroom's site to put beside its articles and tags."""
    bot_name = args.bot.removeprefix("@")
    if args.topic is not None:
        try:
            payload = topic_payload(args.topic)
        except TooLong as error:
            print(error, file=sys.stderr)
            return 1
        print(deep_link(bot_name, payload))
        return 0
    key = args.article or args.follow
    async with _opened(settings) as newsroom:
        articles = await _find(newsroom, key)
    if not articles:
        return _not_found(key)
    make = article_payload if args.article else follow_payload
    print(deep_link(bot_name, make(articles[0].id)))
    return 0


def _not_found(key: str) -> int:
    print(f"no article with id {key!r}", file=sys.stderr)
    return 1


async def _find(newsroom: Newsroom, key: str) -> list[Article]:
    if key.isdecimal():
        found = await newsroom.article(int(key))
        if found:
            return [found]
    return await newsroom.storage.articles_by_external_id(key)


def _summary_json(a: Article) -> dict[str, object]:
    return {
        "id": a.id,
        "external_id": a.external_id,
        "url": a.url,
        "title": a.title,
        "source": a.source,
        "published_at": a.published_at,
        "language": a.language,
    }


def _full_json(a: Article) -> dict[str, object]:
    return {**asdict(a), "tags": list(a.tags)}


async def _feeds(settings: Settings, args: argparse.Namespace) -> int:
    async with _opened(settings) as newsroom:
        if args.action == "add":
            try:
                feed, result = await newsroom.feeds.add(
                    args.url, timedelta(minutes=max(1, args.interval))
                )
            except FeedError as error:
                print(f"cannot add {args.url}: {error}", file=sys.stderr)
                return 1
            added = result.report.added if result else 0
            state = f"added {added} new articles" if result else "already there"
            print(f"feed {feed.id}: {feed.title or feed.url} ({state})")
        elif args.action == "list":
            for feed in await newsroom.storage.feeds():
                if args.json:
                    print(json.dumps(asdict(feed), ensure_ascii=False))
                    continue
                state = feed.last_error or feed.last_status or "not read yet"
                print(
                    f"{feed.id:>4}  every {feed.interval_seconds // 60} min  {feed.url}  [{state}]"
                )
        elif args.action == "remove":
            if not await newsroom.storage.remove_feed(args.id):
                print(f"no feed {args.id}", file=sys.stderr)
                return 1
            print(f"removed feed {args.id}")
        else:
            for result in await newsroom.feeds.poll_due():
                added = result.report.added
                print(f"{result.url}: {result.error or result.status} ({added} new articles)")
    return 0


async def _remove(settings: Settings, args: argparse.Namespace) -> int:
    if args.undo:
        return await _restore(settings, args.id)
    async with _opened(settings) as newsroom:
        found = await _find(newsroom, args.id)
        if len(found) > 1:
            ids = ", ".join(str(a.id) for a in found)
            print(f"{args.id!r} names {len(found)} articles ({ids}): give an id", file=sys.stderr)
            return 1
        removed = await newsroom.remove_article(found[0].id, args.reason) if found else None
    if removed is None:
        return _not_found(args.id)
    print(
        f"removed {removed.id} “{removed.title}”: out of search, related articles and waiting"
        " updates; not stored again from its link or its text"
    )
    return 0


async def _restore(settings: Settings, key: str) -> int:
    async with _opened(settings) as newsroom:
        restored = None
        if key.isdecimal():
            restored = await newsroom.storage.restore_removed(
                int(key), newsroom.subscriptions.now()
            )
    if restored is None:
        print(f"article {key!r} is not among the removed ones", file=sys.stderr)
        return 1
    print(
        f"article {restored.id} “{restored.title}” may be stored again: ingest it anew (its text"
        " was not kept); it will have a new id"
    )
    return 0


async def _backup(settings: Settings, args: argparse.Namespace) -> int:
    start = time.perf_counter()
    try:
        articles, size = await storage_db.backup(settings.db_path, args.dest)
    except (OSError, RuntimeError, sqlite3.Error) as err:
        print(f"backup failed: {err}", file=sys.stderr)
        return 1
    print(
        f"copied {settings.db_path} to {args.dest}: {articles:,} articles, {size:,} bytes,"
        f" checked, in {time.perf_counter() - start:.1f} s"
    )
    return 0


_ASYNC_COMMANDS = {
    "backup": _backup,
    "remove": _remove,
    "feeds": _feeds,
    "ingest": _ingest,
    "stats": _stats,
    "search": _search,
    "show": _show,
    "link": _link,
    "related": _related,
    "stories": _stories,
    "top": _top,
}
