"""/add <link>: an editor stores the article of a web page now (admins only),
rather than waiting for a feed to bring it or opening a shell to ingest it."""

from __future__ import annotations

import logging

from bot.commands.editors import refusal
from bot.commands.reply import Reply, Request, Span
from bot.commands.summary import article_summary
from bot.commands.target import Target, is_link
from bot.newsroom import Newsroom
from bot.texts import text

log = logging.getLogger(__name__)


async def add_command(newsroom: Newsroom, request: Request) -> Reply:
    lang = request.language
    if refused := refusal(newsroom, request, "add.only_admins"):
        return refused
    link = request.args.strip()
    if not is_link(link):
        return Reply().add(text("add.usage", lang))
    if link.lower().startswith("www."):
        link = "https://" + link
    added = await newsroom.add_page(link)
    if added.outcome == "rejected":
        return Reply().add(text("add.failed", lang, reason=added.reason))
    if added.outcome == "withheld" or added.article is None:
        return Reply().add(text("add.withheld", lang))
    article = added.article
    log.info("editor %d added %s as article %d", request.user_id, added.outcome, article.id)
    reply = article_summary(newsroom, Target(article), lang)
    said = text(f"add.{added.outcome}", lang, id=article.id)
    if added.queued:
        said += " " + text("add.queued", lang, count=added.queued)
    reply.blocks.insert(0, (Span(said, "italic"),))
    return reply
