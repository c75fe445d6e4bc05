"""Who may run the editors' commands (ADMIN_IDS), and what others are told:
their Telegram id too, which is what an operator needs to make them one; and
who may change a group's topics and schedule (its admins)."""

from __future__ import annotations

from bot.commands.reply import Reply, Request, italic
from bot.newsroom import Newsroom
from bot.texts import text


def chat_refusal(request: Request) -> Reply | None:
    """None when the user may change what this chat follows and when (anyone
    in a private chat; a group's admins there); else why not. A group's
    topics and schedule are set for everyone in it."""
    if request.manages_chat:
        return None
    return Reply().add(text("group.admins_only", request.language))


def refusal(newsroom: Newsroom, request: Request, key: str) -> Reply | None:
    """None for an editor; else the refusal `key` says, with the user's id."""
    if newsroom.is_admin(request.user_id):
        return None
    reply = Reply().add(text(key, request.language))
    if request.user_id:  # the console chat has none
        reply.add(italic(text("admin.your_id", request.language, id=request.user_id)))
    return reply
