"""/latest [n] [en|ru]: the newest stored articles, of one language if asked."""

from __future__ import annotations

from bot.commands.cards import article_line, open_buttons, sources_of
from bot.commands.reply import Reply, Request, bold, italic
from bot.newsroom import Newsroom
from bot.texts import LANGUAGES, text

DEFAULT_LATEST = 5
MAX_LATEST = 20


async def latest_command(newsroom: Newsroom, request: Request) -> Reply:
    lang = request.language
    wanted = _wanted(request.args)
    if wanted is None:
        return Reply().add(text("latest.bad_count", lang, max=MAX_LATEST))
    count, language = wanted
    reports = await newsroom.latest_reports(count, language=language)
    if not reports:
        return Reply().add(text("latest.empty" if language is None else "latest.none_in", lang))
    title = "latest.title" if language is None else f"latest.title.{language}"
    reply = Reply().add(bold(text(title, lang)))
    for number, (article, copies) in enumerate(reports, start=1):
        reply.blocks.append(article_line(article, lang, number))
        if copies:
            reply.add(italic(text("search.copies", lang, sources=sources_of(copies))))
    reply.buttons = open_buttons([article for article, _ in reports])
    return reply


def _wanted(args: str) -> tuple[int, str | None] | None:
    """(how many, which language or None) from "", "10", "ru", "10 ru" or
    "ru 10"; None when that is not what was asked."""
    count: int | None = None
    language: str | None = None
    for word in args.lower().split():
        if count is None and word.isdecimal() and 1 <= int(word) <= MAX_LATEST:
            count = int(word)
        elif language is None and word in LANGUAGES:
            language = word
        else:
            return None
    return count or DEFAULT_LATEST, language
