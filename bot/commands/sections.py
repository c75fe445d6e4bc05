"""/sections: the categories the stored articles are filed under, each a
button to its newest, as /sources lists where they come from."""

from __future__ import annotations

from bot.commands.cards import newest_of_list
from bot.commands.reply import Reply, Request, italic
from bot.newsroom import Newsroom
from bot.texts import text

MAX_SECTIONS = 20


async def sections_command(newsroom: Newsroom, request: Request) -> Reply:
    lang = request.language
    sections = await newsroom.categories()
    if not sections:
        return Reply().add(text("sections.none", lang))
    names = [
        (name, text("sections.line", lang, articles=f"{articles:,}"))
        for name, articles in sections[:MAX_SECTIONS]
    ]
    left = len(sections) - MAX_SECTIONS
    more = text("sections.more", lang, count=left) if left > 0 else ""
    reply = newest_of_list(text("sections.title", lang), names, more)
    return reply.add(italic(text("sections.follow", lang)))
