"""/stats: what the bot holds and whether the news is flowing (admins only):
the editors' view of `newsroom-bot stats`, without a shell on the server."""

from __future__ import annotations

from datetime import timedelta

from bot.commands.editors import refusal
from bot.commands.reply import Reply, Request, bold
from bot.delivery.schedule import iso
from bot.news.text import shorten
from bot.newsroom import Newsroom
from bot.texts import text

RECENT = timedelta(hours=24)
UNANSWERED_DAYS = 7  # the searches that found nothing listed: those of the last week


async def stats_command(newsroom: Newsroom, request: Request) -> Reply:
    lang = request.language
    if refused := refusal(newsroom, request, "stats.only_admins"):
        return refused
    storage = newsroom.storage
    stats = await storage.stats()
    languages = ", ".join(f"{k} {v:,}" for k, v in stats.by_language.items())
    reply = Reply().add(bold(text("stats.title", lang)))
    none = text("stats.none", lang)
    reply.add(
        text("stats.articles", lang, count=f"{stats.articles:,}", languages=languages or none)
    )
    recent = await storage.added_since(iso(newsroom.subscriptions.clock() - RECENT))
    if stats.newest:
        reply.add(text("stats.recent", lang, count=f"{recent:,}", newest=stats.newest[:10]))
    else:
        reply.add(text("stats.recent_none", lang, count=f"{recent:,}"))
    feeds = await storage.feeds()
    failing = [f for f in feeds if f.failures]
    reply.add(text("stats.feeds", lang, count=len(feeds), failing=len(failing)))
    for feed in failing:
        name = shorten(feed.title or feed.url, 60)
        reply.add(f"• {feed.id}. {name}: {shorten(feed.last_error or '', 120)}")
    reply.add(
        text(
            "stats.topics",
            lang,
            topics=stats.topics,
            chats=stats.following_chats,
            briefed=stats.briefed_chats,
        )
    )
    states = ", ".join(
        f"{text('stats.state.' + k, lang)} {v:,}" for k, v in sorted(stats.deliveries.items())
    )
    reply.add(text("stats.updates", lang, states=states or none))
    if stats.removed:
        reply.add(text("stats.removed", lang, count=stats.removed))
    if unanswered := await newsroom.unanswered_searches(UNANSWERED_DAYS):
        reply.add(bold(text("stats.unanswered", lang, days=UNANSWERED_DAYS)))
        for words, times in unanswered:
            reply.add(text("stats.unanswered.line", lang, words=shorten(words, 60), times=times))
    return reply
