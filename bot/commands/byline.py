"""Who wrote an article, for whom, when, and where to read it: "who wrote
this?", "link?" of a card.

Asked in plain words only: the card itself shows the same in one line,
and the reader asking wants it said, not searched for in the article's text
("who wrote this?" found a quoted farmer, "кто автор?" nothing).
"""

from __future__ import annotations

from datetime import date

from bot.commands.cards import author_of, card_buttons, title_span
from bot.commands.latest import date_words
from bot.commands.reply import Reply, Request, Span
from bot.commands.target import find_target
from bot.newsroom import Newsroom
from bot.texts import text


async def byline_command(newsroom: Newsroom, request: Request) -> Reply:
    lang = request.language
    target = await find_target(newsroom, request, "byline.usage")
    if isinstance(target, Reply):
        return target
    article = target.article
    reply = Reply(blocks=[target.note] if target.note else [])
    reply.blocks.append((title_span(article),))
    if author := author_of(article):
        reply.add(text("byline.author", lang, author=author))
    else:
        reply.add(text("byline.no_author", lang))
    if article.source:
        reply.add(text("byline.source", lang, source=article.source))
    published = date_words(date.fromisoformat(article.published_at[:10]), lang)
    reply.add(text("byline.published", lang, day=published))
    if article.url:  # asked "link?" of a card, or where it is from: where to read it
        reply.add(text("byline.link", lang), Span(article.url, url=article.url))
    else:
        reply.add(text("byline.no_link", lang, id=article.id))
    reply.buttons = card_buttons(article, lang)
    return reply
