"""Who may run the editors' commands (ADMIN_IDS), and what others are told:
their Telegram id too, which is what an operator needs to make them one."""

from __future__ import annotations

from bot.commands.reply import Reply, Request, italic
from bot.newsroom import Newsroom
from bot.texts import text


def refusal(newsroom: Newsroom, request: Request, key: str) -> Reply | None:
    """None for an editor; else the refusal `key` says, with the user's id."""
    if newsroom.is_admin(request.user_id):
        return None
    reply = Reply().add(text(key, request.language))
    if request.user_id:  # the console chat has none
        reply.add(italic(text("admin.your_id", request.language, id=request.user_id)))
    return reply
