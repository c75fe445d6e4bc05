"""/remove: an editor takes an article out for good (admins only), after
confirming with a button: there is no undoing it from the bot."""

from __future__ import annotations

import logging

from bot.commands.editors import refusal
from bot.commands.reply import Button, Reply, Request
from bot.commands.target import unknown_article
from bot.news.text import shorten
from bot.newsroom import Newsroom
from bot.texts import text

log = logging.getLogger(__name__)


async def remove_command(newsroom: Newsroom, request: Request) -> Reply:
    """Ask first: which article, and what removing it means."""
    return await _remove(newsroom, request, confirmed=False)


async def remove_now_command(newsroom: Newsroom, request: Request) -> Reply:
    """What the confirming button sends."""
    return await _remove(newsroom, request, confirmed=True)


async def _remove(newsroom: Newsroom, request: Request, confirmed: bool) -> Reply:
    lang = request.language
    if refused := refusal(newsroom, request, "remove.only_admins"):
        return refused
    parts = request.args.split(maxsplit=1)
    if not parts or not parts[0].isdecimal() or len(parts[0]) > 12:
        return Reply().add(text("remove.usage", lang))
    article_id, reason = int(parts[0]), (parts[1] if len(parts) > 1 else None)
    article = await newsroom.article(article_id)
    if article is None:
        return await unknown_article(newsroom, article_id, lang)
    title = shorten(article.title, 80)
    if not confirmed:
        reply = Reply().add(text("remove.confirm", lang, id=article_id, title=title))
        command = f"remove_now {article_id} {reason or ''}".strip()
        reply.buttons = [[Button(text("button.remove_for_good", lang), command)]]
        return reply
    if await newsroom.remove_article(article_id, reason) is None:  # removed meanwhile
        return await unknown_article(newsroom, article_id, lang)
    # Who removed what stays in the log (the store keeps what and why).
    log.warning("editor %d removed article %d: %s", request.user_id, article_id, reason or "-")
    return Reply().add(text("remove.done", lang, id=article_id, title=title))
