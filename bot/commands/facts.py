"""/facts: the figures, dates, names and quotes an article rests on."""

from __future__ import annotations

from bot.commands.cards import card_buttons, card_heading
from bot.commands.reply import Reply, Request, Span, bold, italic
from bot.commands.target import find_target
from bot.news.entities import Entities
from bot.newsroom import Newsroom
from bot.texts import text

# Kinds worth marking on a fact; names are listed separately below the facts.
MARKED_KINDS = ("figure", "date", "quote", "attribution")


async def facts_command(newsroom: Newsroom, request: Request) -> Reply:
    lang = request.language
    target = await find_target(newsroom, request, "facts.usage")
    if isinstance(target, Reply):
        return target
    article = target.article
    analysis = newsroom.analysis(article)
    reply = Reply(blocks=[target.note] if target.note else [])
    reply.blocks.append(card_heading(article, lang))
    reply.buttons = card_buttons(article, lang, current="facts")
    if not analysis.facts:
        return reply.add(italic(text("facts.none", lang)))
    reply.add(bold(text("facts.title", lang)))
    for fact in analysis.facts:
        kinds = [text(f"kind.{k}", lang) for k in fact.kinds if k in MARKED_KINDS]
        marks = (Span(" (" + ", ".join(kinds) + ")", "italic"),) if kinds else ()
        reply.add("• " + fact.text, *marks)
    for line in _names(analysis.entities, lang):
        reply.blocks.append(line)
    return reply


def _names(entities: Entities, lang: str) -> list[tuple[Span, ...]]:
    """People, organisations and places, one line each (empty ones left out)."""
    groups = (
        ("facts.people", entities.people),
        ("facts.organizations", entities.organizations),
        ("facts.places", entities.places),
    )
    return [
        (bold(text(key, lang) + ": "), Span(", ".join(names[:12])))
        for key, names in groups
        if names
    ]
