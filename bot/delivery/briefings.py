"""Sending the daily briefings that are due (see /briefing).

A briefing is not queued as updates are: it is made when it is due, from the
stories most reported by then. Its next time is set before it is sent (by a
compare-and-set, so of two senders one sends it), so a briefing goes out at
most once a day however sending fails; flood control and a moved chat put it
back to be sent again soon.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import timedelta

from bot.commands.reply import Reply
from bot.commands.top import briefing
from bot.delivery.outbox import ChatGone, ChatMoved, RetryLater, Sender
from bot.delivery.schedule import iso
from bot.newsroom import Newsroom
from storage import Chat

log = logging.getLogger(__name__)

BATCH = 50


@dataclass
class BriefingReport:
    sent: int = 0
    skipped: int = 0  # nothing arrived lately: no briefing today
    failed: int = 0
    dropped_chats: list[int] = field(default_factory=list)


class Briefings:
    """Sends the due briefings of the chats one front end serves."""

    def __init__(
        self,
        newsroom: Newsroom,
        sender: Sender,
        *,
        only_chat: int | None = None,
        except_chat: int | None = None,
    ) -> None:
        self.newsroom = newsroom
        self.storage = newsroom.storage
        self.sender = sender
        self._chats = {"only_chat": only_chat, "except_chat": except_chat}

    async def send_due(self) -> BriefingReport:
        """Send the briefings due now, up to BATCH of them (the bot calls this
        every second). Chats due at once share one briefing per language:
        thousands of readers choose 08:00."""
        report = BriefingReport()
        subscriptions = self.newsroom.subscriptions
        made: dict[str, Reply | None] = {}
        for chat in await self.storage.due_briefings(
            iso(subscriptions.clock()), BATCH, **self._chats
        ):
            following = subscriptions.next_briefing(chat)
            if chat.briefing_due is None or following is None:
                continue
            if await self.storage.move_briefing(chat.chat_id, chat.briefing_due, following):
                lang = chat.writes_in
                if lang not in made:
                    made[lang] = await briefing(self.newsroom, lang, subscriptions.clock())
                await self._send(chat, made[lang], report)
        return report

    async def _send(self, chat: Chat, reply: Reply | None, report: BriefingReport) -> None:
        now = self.newsroom.subscriptions.clock()
        if reply is None:
            report.skipped += 1
            return
        try:
            await self.sender.send(chat.chat_id, reply)
        except RetryLater as wait:
            await self._again(chat.chat_id, iso(now + timedelta(seconds=wait.seconds)))
        except ChatMoved as moved:
            await self.storage.migrate_chat(chat.chat_id, moved.new_id, iso(now))
            await self._again(moved.new_id, iso(now))
        except ChatGone:
            log.info("chat %s is gone: no more briefings", chat.chat_id)
            await self.storage.set_chat_active(chat.chat_id, False, iso(now))
            report.dropped_chats.append(chat.chat_id)
        except Exception as error:  # this chat's briefing only: the others still go
            log.warning("briefing for chat %s failed: %r", chat.chat_id, error)
            report.failed += 1
        else:
            report.sent += 1

    async def _again(self, chat_id: int, at: str) -> None:
        """Send this briefing again at `at` (before its next day's time)."""
        chat = await self.newsroom.subscriptions.chat(chat_id)
        if chat.briefing_due is not None:
            await self.storage.move_briefing(chat_id, chat.briefing_due, min(at, chat.briefing_due))
