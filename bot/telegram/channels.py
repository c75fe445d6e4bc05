"""Subscriptions for a channel (or group), managed from a private chat by its admin.

`/subscribe @channel Navalny` in a private chat: the bot checks with Telegram
that the channel exists, that the user is one of its admins, and that the bot
itself may post there, and then acts for the channel instead of the private
chat. Telegram types stay here; the commands only see another chat id.
"""

from __future__ import annotations

import re

from telegram import Bot, ChatMemberAdministrator, ChatMemberOwner
from telegram.constants import ChatType
from telegram.error import BadRequest, Forbidden

# Commands that act on a chat's topics or schedule, so may name another chat.
FOR_ANOTHER_CHAT = {"subscribe", "subscriptions", "unsubscribe", "digest", "quiet", "briefing"}
_TARGET = re.compile(r"^(@[A-Za-z][A-Za-z0-9_]{3,31}|-100\d{5,15})(?:\s+|$)")


class NotAllowed(Exception):
    """Why the user may not manage that chat; `key` is the catalogue entry."""

    def __init__(self, key: str, chat: str) -> None:
        super().__init__(key)
        self.key = key
        self.chat = chat


def split_target(args: str) -> tuple[str | None, str]:
    """'@news Navalny' -> ('@news', 'Navalny'); no leading chat -> (None, args)."""
    match = _TARGET.match(args.strip())
    if not match:
        return None, args
    return match.group(1), args.strip()[match.end() :]


async def managed_chat(bot: Bot, user_id: int, target: str) -> tuple[int, str]:
    """The id and name of the channel or group `target` names, if `user_id` is one of
    its admins and the bot may post there; NotAllowed otherwise."""
    chat_ref: int | str = int(target) if target.lstrip("-").isdecimal() else target
    try:
        chat = await bot.get_chat(chat_ref)
        member = await bot.get_chat_member(chat.id, user_id)
        me = await bot.get_chat_member(chat.id, bot.id)
    except (BadRequest, Forbidden) as error:
        raise NotAllowed("channel.not_found", target) from error
    name = f"@{chat.username}" if chat.username else (chat.title or target)
    if chat.type not in (ChatType.CHANNEL, ChatType.GROUP, ChatType.SUPERGROUP):
        raise NotAllowed("channel.not_found", target)
    if not isinstance(member, ChatMemberAdministrator | ChatMemberOwner):
        raise NotAllowed("channel.not_admin", name)
    can_post = isinstance(me, ChatMemberAdministrator) and (
        chat.type != ChatType.CHANNEL or bool(me.can_post_messages)
    )
    if not can_post and chat.type == ChatType.CHANNEL:
        raise NotAllowed("channel.bot_cannot_post", name)
    return chat.id, name
