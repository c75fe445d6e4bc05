"""/remove: an editor takes an article out for good (admins only)."""

from __future__ import annotations

from bot.commands.reply import Reply, Request
from bot.news.text import shorten
from bot.newsroom import Newsroom
from bot.texts import text


async def remove_command(newsroom: Newsroom, request: Request) -> Reply:
    lang = request.language
    if not newsroom.is_admin(request.user_id):
        return Reply().add(text("remove.only_admins", lang))
    parts = request.args.split(maxsplit=1)
    if not parts or not parts[0].isdecimal() or len(parts[0]) > 12:
        return Reply().add(text("remove.usage", lang))
    reason = parts[1] if len(parts) > 1 else None
    removed = await newsroom.remove_article(int(parts[0]), reason)
    if removed is None:
        return Reply().add(text("article.unknown", lang, id=parts[0]))
    return Reply().add(text("remove.done", lang, id=removed.id, title=shorten(removed.title, 80)))
