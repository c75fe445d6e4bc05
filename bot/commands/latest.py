"""/latest [n]: the newest stored articles."""

from __future__ import annotations

from bot.commands.cards import article_line, open_buttons
from bot.commands.reply import Reply, Request, bold
from bot.newsroom import Newsroom
from bot.texts import text

DEFAULT_LATEST = 5
MAX_LATEST = 20


async def latest_command(newsroom: Newsroom, request: Request) -> Reply:
    lang = request.language
    arg = request.args.strip()
    count = DEFAULT_LATEST
    if arg:
        if not arg.isdecimal() or not 1 <= int(arg) <= MAX_LATEST:
            return Reply().add(text("latest.bad_count", lang, max=MAX_LATEST))
        count = int(arg)
    articles = await newsroom.latest(count)
    if not articles:
        return Reply().add(text("latest.empty", lang))
    reply = Reply().add(bold(text("latest.title", lang)))
    for number, article in enumerate(articles, start=1):
        reply.blocks.append(article_line(article, lang, number))
    reply.buttons = open_buttons(articles)
    return reply
