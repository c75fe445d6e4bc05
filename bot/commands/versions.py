"""The same story in another language: "is there a Russian version?",
"переведи" of a card.

The bot translates nothing; what it has is the reports of the same story
other sources wrote in the other language, which /related lists among the
rest. Asked for "a Russian version", the reader gets those only, or is told
plainly that none is stored.
"""

from __future__ import annotations

from dataclasses import replace

from bot.commands.cards import article_line, in_language, open_buttons
from bot.commands.latest import latest_command
from bot.commands.reply import Reply, Request, bold
from bot.commands.target import find_target
from bot.newsroom import Newsroom
from bot.texts import text

# How many of the related articles are looked through for the same story.
LOOKED_AT = 12
SHOWN = 5


async def versions_command(newsroom: Newsroom, request: Request) -> Reply:
    """`request.args` is the language asked for ("ru", "en"), or "" for any
    other than the article's; the article is the card replied to (with no
    card, a language asked for lists the newest in it, as /latest ru)."""
    lang = request.language
    wanted = request.args.strip()
    target = await find_target(newsroom, replace(request, args=""), "versions.usage")
    if isinstance(target, Reply):  # no card: "in Russian?" asks for the news in Russian
        return await latest_command(newsroom, request) if wanted else target
    article = target.article
    other = wanted or ("en" if article.language == "ru" else "ru")
    where = text(in_language(other), lang)
    if other == article.language:
        return Reply().add(text("versions.already", lang, where=where))
    items = await newsroom.related(article.id, LOOKED_AT)
    found = [i.article for i in items if i.same_story and i.article.language == other][:SHOWN]
    if not found:
        return Reply().add(text("versions.none", lang, where=where))
    reply = Reply().add(bold(text("versions.title", lang, where=where)))
    reply.blocks.extend(article_line(a, lang, n) for n, a in enumerate(found, start=1))
    reply.buttons = open_buttons(found)
    return reply
