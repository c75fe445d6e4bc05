"""/sources: where the stored articles come from, each a button to its newest."""

from __future__ import annotations

from bot.commands.cards import newest_of_list
from bot.commands.reply import Reply, Request, Span
from bot.newsroom import Newsroom
from bot.texts import text

MAX_SOURCES = 20


async def sources_command(newsroom: Newsroom, request: Request) -> Reply:
    lang = request.language
    sources = await newsroom.sources()
    if not sources:
        return Reply().add(text("sources.none", lang))
    names = [
        (s.name, text("sources.line", lang, articles=f"{s.articles:,}", newest=s.newest[:10]))
        for s in sources[:MAX_SOURCES]
    ]
    left = len(sources) - MAX_SOURCES
    more = text("sources.more", lang, count=left) if left > 0 else ""
    reply = newest_of_list(text("sources.title", lang), names, more)
    # How much there is in all ("how many articles do you have?" is answered here).
    total = text("sources.total", lang, articles=f"{await newsroom.storage.count():,}")
    reply.blocks.insert(1, (Span(total),))
    return reply
