"""/sources: where the stored articles come from, each a button to its newest."""

from __future__ import annotations

from bot.commands.reply import Button, Reply, Request, bold, italic
from bot.news.text import shorten
from bot.newsroom import Newsroom
from bot.texts import text

MAX_SOURCES = 20


async def sources_command(newsroom: Newsroom, request: Request) -> Reply:
    lang = request.language
    sources = await newsroom.sources()
    if not sources:
        return Reply().add(text("sources.none", lang))
    reply = Reply().add(bold(text("sources.title", lang)))
    for number, source in enumerate(sources[:MAX_SOURCES], start=1):
        line = text(
            "sources.line", lang, articles=f"{source.articles:,}", newest=source.newest[:10]
        )
        reply.add(f"{number}. ", bold(shorten(source.name, 80)), "\n" + line)
    if len(sources) > MAX_SOURCES:
        reply.add(italic(text("sources.more", lang, count=len(sources) - MAX_SOURCES)))
    buttons = [
        # Quoted, so that a name like "RU Today" or "Channel 4" is not read as a language or count.
        Button(str(n), f'latest 5 "{s.name}"')
        for n, s in enumerate(sources[:MAX_SOURCES], start=1)
    ]
    reply.buttons = [buttons[i : i + 5] for i in range(0, len(buttons), 5)]
    return reply
