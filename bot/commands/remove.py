"""/remove: an editor takes an article out for good (admins only), after
confirming with a button: there is no undoing it from the bot."""

from __future__ import annotations

import logging

from bot.commands.reply import Button, Reply, Request
from bot.news.text import shorten
from bot.newsroom import Newsroom
from bot.texts import text

log = logging.getLogger(__name__)


async def remove_command(newsroom: Newsroom, request: Request) -> Reply:
    """Ask first: which article, and what removing it means."""
    parsed = _parsed(newsroom, request)
    if isinstance(parsed, Reply):
        return parsed
    article_id, reason = parsed
    lang = request.language
    article = await newsroom.article(article_id)
    if article is None:
        return Reply().add(text("article.unknown", lang, id=article_id))
    reply = Reply().add(
        text("remove.confirm", lang, id=article_id, title=shorten(article.title, 80))
    )
    command = f"remove_now {article_id} {reason or ''}".strip()
    reply.buttons = [[Button(text("button.remove_for_good", lang), command)]]
    return reply


async def remove_now_command(newsroom: Newsroom, request: Request) -> Reply:
    """What the confirming button sends."""
    parsed = _parsed(newsroom, request)
    if isinstance(parsed, Reply):
        return parsed
    article_id, reason = parsed
    lang = request.language
    removed = await newsroom.remove_article(article_id, reason)
    if removed is None:
        return Reply().add(text("article.unknown", lang, id=article_id))
    # Who removed what stays in the log (the store keeps what and why).
    log.warning("editor %d removed article %d: %s", request.user_id, article_id, reason or "-")
    return Reply().add(text("remove.done", lang, id=removed.id, title=shorten(removed.title, 80)))


def _parsed(newsroom: Newsroom, request: Request) -> tuple[int, str | None] | Reply:
    """(article id, reason), or the reply that refuses or explains."""
    lang = request.language
    if not newsroom.is_admin(request.user_id):
        return Reply().add(text("remove.only_admins", lang))
    parts = request.args.split(maxsplit=1)
    if not parts or not parts[0].isdecimal() or len(parts[0]) > 12:
        return Reply().add(text("remove.usage", lang))
    return int(parts[0]), (parts[1] if len(parts) > 1 else None)
