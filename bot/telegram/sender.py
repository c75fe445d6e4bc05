"""Telegram's delivery failures, told in the outbox's terms (bot.delivery.outbox)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import timedelta

from telegram.error import BadRequest, ChatMigrated, Forbidden, RetryAfter

from bot.commands.reply import Reply
from bot.delivery.outbox import ChatGone, ChatMoved, Rejected, RetryLater

# BadRequest descriptions that mean the chat itself is gone, not this message.
_GONE = ("chat not found", "bot was kicked", "user is deactivated", "have no rights to send")


class TelegramSender:
    """Sends a Reply to a chat; raises the outbox's exceptions on failure."""

    def __init__(self, send: Callable[[int, Reply], Awaitable[object]]) -> None:
        self._send = send

    async def send(self, chat_id: int, reply: Reply) -> None:
        try:
            await self._send(chat_id, reply)
        except RetryAfter as error:
            wait = error.retry_after
            raise RetryLater(
                wait.total_seconds() if isinstance(wait, timedelta) else wait
            ) from error
        except ChatMigrated as error:
            raise ChatMoved(error.new_chat_id) from error
        except Forbidden as error:
            raise ChatGone(error.message) from error
        except BadRequest as error:
            if any(marker in error.message.lower() for marker in _GONE):
                raise ChatGone(error.message) from error
            raise Rejected(error.message) from error
