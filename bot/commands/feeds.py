"""/feeds, /feed_add, /feed_remove: the feeds the bot polls (admins only)."""

from __future__ import annotations

from datetime import timedelta

from bot.commands.editors import refusal
from bot.commands.reply import Button, Reply, Request, Span, bold, italic
from bot.ingest.feeds import ALERT_AFTER_FAILURES, DEFAULT_INTERVAL, FeedError, PollResult
from bot.news.text import shorten
from bot.newsroom import Newsroom
from bot.texts import text
from storage import Feed


async def feeds_command(newsroom: Newsroom, request: Request) -> Reply:
    if refused := refusal(newsroom, request, "admin.only"):
        return refused
    lang = request.language
    feeds = await newsroom.storage.feeds()
    if not feeds:
        return Reply().add(text("feeds.none", lang))
    reply = Reply().add(bold(text("feeds.title", lang, count=len(feeds))))
    for feed in feeds:
        reply.blocks.append(_feed_line(feed, lang))
    reply.buttons = [
        [
            Button(text("button.remove", lang, number=f.id), f"feed_remove {f.id}")
            for f in feeds[i : i + 4]
        ]
        for i in range(0, len(feeds), 4)
    ]
    return reply


def _feed_line(feed: Feed, lang: str) -> tuple[Span, ...]:
    name = feed.title or feed.url
    state = feed.last_error or feed.last_status or text("feeds.not_polled", lang)
    minutes = feed.interval_seconds // 60
    return (
        Span(f"{feed.id}. "),
        Span(shorten(name, 80), "bold", feed.url),
        Span("\n" + text("feeds.state", lang, minutes=minutes, state=state), "italic"),
    )


async def feed_add_command(newsroom: Newsroom, request: Request) -> Reply:
    if refused := refusal(newsroom, request, "admin.only"):
        return refused
    lang = request.language
    parts = request.args.split()
    if not 1 <= len(parts) <= 2 or (len(parts) == 2 and not _minutes(parts[1])):
        return Reply().add(text("feed_add.usage", lang))
    interval = timedelta(minutes=_minutes(parts[1])) if len(parts) == 2 else DEFAULT_INTERVAL
    try:
        feed, result = await newsroom.feeds.add(parts[0], interval, request.user_id)
    except FeedError as error:
        return Reply().add(text("feed_add.failed", lang, reason=str(error)))
    if result is None:
        return Reply().add(text("feed_add.exists", lang, id=feed.id))
    added = result.report.added if result.error is None else 0
    return (
        Reply()
        .add(text("feed_add.done", lang, id=feed.id, title=feed.title or feed.url, added=added))
        .add(italic(text("feed_add.interval", lang, minutes=feed.interval_seconds // 60)))
    )


def _minutes(value: str) -> int:
    return int(value) if value.isdecimal() and 1 <= int(value) <= 1440 else 0


async def feed_remove_command(newsroom: Newsroom, request: Request) -> Reply:
    if refused := refusal(newsroom, request, "admin.only"):
        return refused
    lang = request.language
    arg = request.args.strip().lstrip("#")
    if not arg.isdecimal():
        return Reply().add(text("feed_remove.usage", lang))
    removed = await newsroom.storage.remove_feed(int(arg))
    key = "feed_remove.done" if removed else "feed_remove.unknown"
    return Reply().add(text(key, lang, id=int(arg)))


def feed_alert(result: PollResult, lang: str) -> Reply:
    """What the editors are told when a feed starts failing, or works again."""
    name = shorten(result.title or result.url, 80)
    if result.alert == "failing":
        said = text(
            "feed_alert.failing",
            lang,
            id=result.feed_id,
            title=name,
            count=ALERT_AFTER_FAILURES,
            reason=result.error or "",
        )
    else:
        said = text(
            "feed_alert.recovered", lang, id=result.feed_id, title=name, added=result.report.added
        )
    return Reply().add(said)
