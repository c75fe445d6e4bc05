"""Subscriptions for a channel (or group), managed from a private chat by its
admin; and, inside a group, who may change what it follows (GroupAdmins).

`/subscribe @channel Navalny` in a private chat: the bot checks with Telegram
that the channel exists, that the user is one of its admins, and that the bot
itself may post there, and then acts for the channel instead of the private
chat. Telegram types stay here; the commands only see another chat id.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable

from telegram import Bot, ChatMemberAdministrator, ChatMemberOwner
from telegram.constants import ChatType
from telegram.error import BadRequest, Forbidden, TelegramError

log = logging.getLogger(__name__)

# Commands that act on a chat's topics or schedule, so may name another chat.
FOR_ANOTHER_CHAT = {"subscribe", "subscriptions", "unsubscribe", "digest", "quiet", "briefing"}
# How long Telegram's word on who is a group's admin is kept.
ADMINS_KEPT_SECONDS = 300.0
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


class GroupAdmins:
    """Whether a user is one of a group's admins, asked of Telegram and kept
    a few minutes: a group's readers send many requests, and a member made an
    admin is one within minutes. When Telegram cannot say, the answer is no:
    the refusal says who may, and asking again later works."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._known: dict[tuple[int, int], tuple[bool, float]] = {}

    async def is_admin(self, bot: Bot, chat_id: int, user_id: int) -> bool:
        now = self._clock()
        known = self._known.get((chat_id, user_id))
        if known is not None and known[1] > now:
            return known[0]
        try:
            member = await bot.get_chat_member(chat_id, user_id)
        except TelegramError as error:
            log.warning("could not ask whether a user is an admin of chat %d: %s", chat_id, error)
            return False
        admin = isinstance(member, ChatMemberAdministrator | ChatMemberOwner)
        if len(self._known) > 10_000:  # many groups: start again rather than grow
            self._known.clear()
        self._known[(chat_id, user_id)] = (admin, now + ADMINS_KEPT_SECONDS)
        return admin
