"""Draining the outbox: every queued update delivered once, whatever the chat platform does.

Rows are claimed with a lease, sent, and marked sent one message at a time,
so a sender killed mid-drain loses nothing (its rows come back when the lease
passes or the next sender starts) and repeats at most the message in flight.
The platform's failures arrive as the exceptions below: flood control waits,
a blocked or vanished chat is switched off, a moved chat is followed, a
refused message is recorded, anything else is retried with backoff.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Protocol

from bot.commands.reply import Reply
from bot.delivery.messages import digest_message, update_message
from bot.delivery.schedule import iso
from bot.newsroom import Newsroom
from storage import Chat, Delivery

log = logging.getLogger(__name__)

LEASE = timedelta(minutes=2)
PER_CHAT_GAP = timedelta(seconds=1)
# The console chat's chat id: Telegram never uses 0, so both can share a database.
CONSOLE_CHAT = 0
BATCH = 50
MAX_ATTEMPTS = 8
FIRST_BACKOFF_SECONDS = 30
MAX_BACKOFF_SECONDS = 3600
# Rows of updates sent (or given up) are kept this long, for `newsroom-bot
# stats` and for looking into a reader's complaint, then deleted.
KEEP_FINISHED = timedelta(days=30)


class RetryLater(Exception):
    """Flood control: nothing more may be sent for `seconds`."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"retry after {seconds} s")
        self.seconds = seconds


class ChatGone(Exception):
    """The bot was blocked, removed, or the chat no longer exists."""


class ChatMoved(Exception):
    """The chat has a new id (a group that became a supergroup)."""

    def __init__(self, new_id: int) -> None:
        super().__init__(f"chat moved to {new_id}")
        self.new_id = new_id


class Rejected(Exception):
    """The platform refused this message for good (a bad request)."""


class Sender(Protocol):
    async def send(self, chat_id: int, reply: Reply) -> None: ...


@dataclass
class DrainReport:
    sent: int = 0
    retried: int = 0
    failed: int = 0
    dropped_chats: list[int] = field(default_factory=list)
    flood_wait: float = 0.0


class Outbox:
    """Sends what is due, one chat message at a time."""

    def __init__(
        self,
        newsroom: Newsroom,
        sender: Sender,
        *,
        only_chat: int | None = None,
        except_chat: int | None = None,
        pace: bool = True,
    ) -> None:
        self.newsroom = newsroom
        self.storage = newsroom.storage
        self.sender = sender
        self.clock = newsroom.subscriptions.clock
        self._chats = {"only_chat": only_chat, "except_chat": except_chat}
        self._last_sent: dict[int, datetime] = {}
        self._gap = PER_CHAT_GAP if pace else timedelta(0)

    async def drain(self, limit: int | None = None) -> DrainReport:
        """Send due updates until none are left (or `limit` messages were sent)."""
        report = DrainReport()
        while limit is None or report.sent < limit:
            now = self.clock()
            claimed = await self.storage.claim_due_deliveries(
                iso(now), iso(now + LEASE), BATCH, **self._chats
            )
            if not claimed:
                break
            if not await self._send_claimed(claimed, report):
                break
        return report

    async def forget_finished(self) -> int:
        """Delete the rows of updates finished more than KEEP_FINISHED ago
        (the bot runs this a few times a day). Pending ones stay, however old."""
        before = iso(self.clock() - KEEP_FINISHED)
        return await self.storage.forget_finished_deliveries(before)

    async def _send_claimed(self, claimed: list[Delivery], report: DrainReport) -> bool:
        """Send one claimed batch; False when flood control says to stop for now."""
        by_chat: defaultdict[int, list[Delivery]] = defaultdict(list)
        for row in claimed:
            by_chat[row.chat_id].append(row)
        messages: list[list[Delivery]] = []
        chats: dict[int, Chat] = {}
        now = self.clock()
        for chat_id, rows in by_chat.items():
            chat = chats[chat_id] = await self.newsroom.subscriptions.chat(chat_id)
            if not chat.active:  # switched off after these were queued
                await self.storage.set_chat_active(chat_id, False, iso(now))
                continue
            if chat.digest_at:
                messages.append(rows)
                continue
            if not self._gap:
                messages += [[row] for row in rows]
                continue
            # About one message a second per chat, as Telegram asks: the rest wait.
            last = self._last_sent.get(chat_id)
            ready = last is None or now - last >= self._gap
            waiting = rows[1:] if ready else rows
            if waiting:
                next_turn = (last if not ready and last else now) + self._gap
                await self.storage.defer_deliveries([r.id for r in waiting], iso(next_turn))
            if ready:
                messages.append([rows[0]])
        skipped: set[int] = set()  # chats that went away or moved during this batch
        for number, rows in enumerate(messages):
            if rows[0].chat_id in skipped:
                continue
            try:
                await self._send(rows, chats[rows[0].chat_id])
            except RetryLater as wait:
                later = [r.id for group in messages[number:] for r in group]
                await self.storage.retry_later(
                    later, iso(self.clock() + _seconds(wait.seconds)), str(wait)
                )
                report.flood_wait = wait.seconds
                return False
            except (ChatGone, ChatMoved) as error:
                skipped.add(rows[0].chat_id)
                remaining = [r for group in messages[number:] for r in group]
                await self._chat_changed(
                    [r for r in remaining if r.chat_id == rows[0].chat_id], error, report
                )
            except Exception as error:  # any other failure concerns this message only
                await self._failed(rows, error, report)
            else:
                await self.storage.mark_sent([r.id for r in rows], iso(self.clock()))
                self._last_sent[rows[0].chat_id] = self.clock()
                report.sent += 1
        return True

    async def _send(self, rows: list[Delivery], chat: Chat) -> None:
        lang = chat.writes_in
        articles = {a.id: a for a in await self.storage.articles([r.article_id for r in rows])}
        present = [r for r in rows if r.article_id in articles]
        if not present:
            raise Rejected("the articles were deleted")
        if chat.digest_at:
            items = [(r.topics, articles[r.article_id]) for r in present]
            reply = digest_message(items, self.newsroom, lang)
        else:
            first = present[0]
            reply = update_message(first.topics, articles[first.article_id], self.newsroom, lang)
        await self.sender.send(chat.chat_id, reply)

    async def _chat_changed(
        self, rows: list[Delivery], error: ChatGone | ChatMoved, report: DrainReport
    ) -> None:
        """The chat is gone (its updates are dropped) or moved (they follow it)."""
        chat_id = rows[0].chat_id
        now = iso(self.clock())
        if isinstance(error, ChatGone):
            log.info("chat %s is gone (%s): its updates are dropped", chat_id, error)
            await self.storage.set_chat_active(chat_id, False, now)
            report.dropped_chats.append(chat_id)
            return
        log.info("chat %s moved to %s", chat_id, error.new_id)
        await self.storage.migrate_chat(chat_id, error.new_id, now)
        await self.storage.retry_later([r.id for r in rows], now, str(error))
        report.retried += len(rows)

    async def _failed(self, rows: list[Delivery], error: Exception, report: DrainReport) -> None:
        ids = [r.id for r in rows]
        chat_id = rows[0].chat_id
        now = self.clock()
        if isinstance(error, Rejected) or rows[0].attempts >= MAX_ATTEMPTS:
            log.warning("update for chat %s failed for good: %s", chat_id, error)
            await self.storage.mark_failed(ids, f"{type(error).__name__}: {error}")
            report.failed += 1
        else:
            delay = min(FIRST_BACKOFF_SECONDS * 2 ** (rows[0].attempts - 1), MAX_BACKOFF_SECONDS)
            log.info("update for chat %s will be retried in %d s: %r", chat_id, delay, error)
            await self.storage.retry_later(
                ids, iso(now + _seconds(delay)), f"{type(error).__name__}: {error}"
            )
            report.retried += 1


def _seconds(value: float) -> timedelta:
    return timedelta(seconds=value)
