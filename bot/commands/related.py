"""/related: other stored articles on the same story, then the same subject."""

from __future__ import annotations

from bot.commands.cards import article_line, card_heading, in_language, open_buttons
from bot.commands.reply import Reply, Request, Span, bold, italic
from bot.commands.target import find_target
from bot.news.text import languages_differ
from bot.newsroom import Newsroom
from bot.texts import text

RELATED_SHOWN = 6


async def related_command(newsroom: Newsroom, request: Request) -> Reply:
    lang = request.language
    target = await find_target(newsroom, request, "related.usage")
    if isinstance(target, Reply):
        return target
    article = target.article
    items = await newsroom.related(article.id, RELATED_SHOWN)
    reply = Reply(blocks=[target.note] if target.note else [])
    reply.add(bold(text("related.title", lang)))
    reply.blocks.append(card_heading(article, lang))
    if not items:
        return reply.add(italic(text("related.none", lang)))
    for number, item in enumerate(items, start=1):
        line = article_line(item.article, lang, number)
        where = text("related.same_story" if item.same_story else "related.same_subject", lang)
        extra = [where]
        if languages_differ(article.language, item.article.language):
            extra.append(text(in_language(item.article.language), lang))
        if item.sources:
            copies = [item.article, *item.sources]
            names = ", ".join(sorted({a.source for a in copies if a.source})[:4])
            count = text("related.sources", lang, count=len(copies))
            extra.append(f"{count}: {names}" if names else count)
        reply.blocks.append((*line, Span("\n" + " · ".join(extra), "italic")))
    reply.buttons = open_buttons([item.article for item in items])
    return reply
