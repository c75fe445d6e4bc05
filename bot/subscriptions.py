"""Following topics: subscribing, and turning new articles into outbox rows.

Percolation runs in whichever process stored the articles (the bot's jobs, or
`newsroom-bot ingest` in an editor's shell) and can run in both at once: it
picks up after the highest article id already matched, and the outbox keeps
one row per (chat, article), so running it twice queues nothing twice.

A chat gets one update per report: an article that nearly copies one the
chat already has or awaits (the same report from another source, as /related
folds into "N sources") is recorded as folded, not sent.
"""

from __future__ import annotations

import asyncio
from collections import defaultdict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from bot.delivery.schedule import due_at, iso, next_local, parse_clock, parse_zone
from bot.news.sections import section_key
from bot.news.text import shorten
from bot.news.topics import ArticleTerms, TopicIndex, matches, parse_topic
from storage import Article, Chat, Storage, Subscription
from storage.models import SECTION_KEY, SOURCE_KEY, SubscribeOutcome

Clock = Callable[[], datetime]
# The earlier articles a new one copies, given its id and text (Newsroom.copies_before).
CopiesOf = Callable[[int, str], Awaitable[list[int]]]
Row = tuple[int, int, list[str], str]  # chat, article, topics, due_at
Folded = tuple[int, int, list[str], int]  # chat, article, topics, the article it copies
MAX_TOPICS = 50
TOPIC_CHARS = (1, 100)
PERCOLATE_BATCH = 500


def utc_clock() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class SubscribeResult:
    outcome: SubscribeOutcome | str  # also "too_long", "too_short", "no_words", "no_story"
    subscription: Subscription | None = None


class Subscriptions:
    """The subscription services the commands and the ingest paths share."""

    def __init__(
        self, storage: Storage, clock: Clock = utc_clock, copies_of: CopiesOf | None = None
    ) -> None:
        self.storage = storage
        self.clock = clock
        self._copies_of = copies_of
        self._version: str | None = None
        self._index = TopicIndex()
        self._by_id: dict[int, Subscription] = {}
        self._by_story: defaultdict[int, list[Subscription]] = defaultdict(list)
        self._by_source: defaultdict[str, list[Subscription]] = defaultdict(list)
        self._by_section: defaultdict[str, list[Subscription]] = defaultdict(list)
        self._chats: dict[int, Chat] = {}
        self._due: dict[int, str] = {}
        # Per batch: article -> its rows to send and its folded rows (the
        # lists themselves, not copied: a batch can hold a million rows).
        self._batch: dict[int, tuple[list[Row], list[Folded]]] = {}
        self._percolating = asyncio.Lock()

    def now(self) -> str:
        return iso(self.clock())

    async def subscribe(self, chat_id: int, text: str) -> SubscribeResult:
        topic_text = " ".join(text.split())
        if len(topic_text) < TOPIC_CHARS[0]:
            return SubscribeResult("too_short")
        if len(topic_text) > TOPIC_CHARS[1]:
            return SubscribeResult("too_long")
        topic = parse_topic(topic_text)
        if topic is None:
            return SubscribeResult("no_words")
        outcome, sub = await self.storage.add_subscription(
            chat_id, topic_text, topic.key, self.now(), limit=MAX_TOPICS
        )
        return SubscribeResult(outcome, sub)

    async def follow_story(self, chat_id: int, article: Article) -> SubscribeResult:
        """Follow the story an article belongs to (the card's Follow story button)."""
        if article.story_id is None:
            return SubscribeResult("no_story")
        outcome, sub = await self.storage.add_subscription(
            chat_id,
            shorten(article.title, TOPIC_CHARS[1]),
            f"story:{article.story_id}",
            self.now(),
            story_id=article.story_id,
            limit=MAX_TOPICS,
        )
        return SubscribeResult(outcome, sub)

    async def follow_source(self, chat_id: int, source: str) -> SubscribeResult:
        """Follow every article a source runs (its name as stored)."""
        outcome, sub = await self.storage.add_subscription(
            chat_id,
            shorten(source, TOPIC_CHARS[1]),
            SOURCE_KEY + source,
            self.now(),
            limit=MAX_TOPICS,
        )
        return SubscribeResult(outcome, sub)

    async def follow_section(self, chat_id: int, name: str) -> SubscribeResult:
        """Follow every article filed under a section (news.sections: "sport"
        follows "Sport" and "спорт" too), shown by its name as stored."""
        outcome, sub = await self.storage.add_subscription(
            chat_id,
            shorten(name, TOPIC_CHARS[1]),
            SECTION_KEY + section_key(name),
            self.now(),
            limit=MAX_TOPICS,
        )
        return SubscribeResult(outcome, sub)

    async def of_chat(self, chat_id: int) -> list[Subscription]:
        return await self.storage.subscriptions(chat_id)

    async def unsubscribe(self, chat_id: int, ids: list[int] | None = None) -> int:
        return await self.storage.remove_subscriptions(chat_id, ids)

    async def bringing(self, chat_id: int, article: Article) -> list[Subscription]:
        """The chat's subscriptions that bring it this article, by the rules
        its updates are sent by: the article's story, source, sections, or
        the topic's words (an /unsubscribe in reply to an update)."""
        terms = ArticleTerms.of(article.title, article.text)
        sections = {section_key(name) for name in (article.category, *article.tags) if name}
        found = []
        for sub in await self.of_chat(chat_id):
            if sub.story_id is not None:
                brings = sub.story_id == article.story_id
            elif sub.source is not None:
                brings = sub.source == article.source
            elif sub.section is not None:
                brings = sub.section in sections
            else:
                topic = parse_topic(sub.topic)
                brings = topic is not None and matches(topic, terms)
            if brings:
                found.append(sub)
        return found

    # ---- delivery settings -------------------------------------------------

    async def reactivate(self, chat_id: int) -> bool:
        """A chat switched off (the bot was blocked there) is back: True if it was off."""
        chat = await self.storage.chat(chat_id)
        if chat is None or chat.active:
            return False
        await self.storage.set_chat_active(chat_id, True, self.now())
        return True

    async def chat(self, chat_id: int) -> Chat:
        return await self.storage.chat(chat_id) or Chat(chat_id)

    async def write_updates_in(self, chat_id: int, language: str) -> None:
        """Updates go out with no user to ask their language: they are written
        in that of whoever set them up last, unless the chat chose one (/lang)."""
        await self.storage.set_updates_language(chat_id, language, self.now())

    async def set_schedule(self, chat_id: int, **fields: str | None) -> Chat:
        """Change when a chat gets its updates; its waiting updates move too,
        and so does its next briefing when its time or time zone changes (a
        briefing due this second stays due when the quiet hours change)."""
        if {"briefing_at", "time_zone"} & fields.keys():
            current = await self.chat(chat_id)
            at = fields.get("briefing_at", current.briefing_at)  # None when turned off
            briefing = self._next_at(at, fields.get("time_zone") or current.time_zone)
            fields = {**fields, "briefing_due": briefing}
        await self.storage.set_schedule(chat_id, self.now(), **fields)
        chat = await self.chat(chat_id)
        await self.storage.reschedule_pending(chat_id, self.due(chat))
        return chat

    def next_briefing(self, chat: Chat) -> str | None:
        """When the chat's next daily briefing goes out, None when it has none."""
        return self._next_at(chat.briefing_at, chat.time_zone)

    def _next_at(self, at: str | None, zone: str) -> str | None:
        clock = parse_clock(at) if at else None
        if clock is None:
            return None
        return iso(next_local(self.clock(), clock, parse_zone(zone) or ZoneInfo("UTC")))

    def due(self, chat: Chat) -> str:
        """When an update for `chat` queued now may go out."""
        zone = parse_zone(chat.time_zone) or ZoneInfo("UTC")
        digest = parse_clock(chat.digest_at) if chat.digest_at else None
        start = parse_clock(chat.quiet_from) if chat.quiet_from else None
        end = parse_clock(chat.quiet_to) if chat.quiet_to else None
        quiet = (start, end) if start and end else None
        return iso(due_at(self.clock(), zone, digest, quiet))

    # ---- percolation ---------------------------------------------------------

    async def percolate(self) -> int:
        """Match every article not matched yet; returns how many updates were queued.
        Stops at an article not yet put in a story (a followed story may want it).
        Runs started at once in one process (the bot's job, a feed's ingest)
        take turns: a batch's state lives on this object."""
        async with self._percolating:
            return await self._percolate()

    async def _percolate(self) -> int:
        await self._reload_if_changed()
        # No subscription wants articles older than itself: skip straight past
        # them (all of them, when nobody follows anything).
        if self._by_id:
            floor = min(sub.after_article for sub in self._by_id.values())
        else:
            floor = await self.storage.latest_article_id()
        if floor > await self.storage.percolated_upto():
            await self.storage.add_deliveries([], floor, self.now())
        if not self._by_id:
            return 0
        queued = 0
        while rows := await self.storage.unpercolated(PERCOLATE_BATCH):
            deliveries: list[Row] = []
            folded: list[Folded] = []
            self._due = {}  # per batch: one due time per chat, not per article
            self._batch = {}
            upto = 0
            for article_id, title, text, story_id, source, sections in rows:
                if story_id is None:
                    break
                followed = (source, sections)
                found = self._deliveries_for(article_id, title, text, story_id, followed)
                sent, copies = await self._fold_copies(article_id, text, found)
                deliveries += sent
                folded += copies
                upto = article_id
            if upto:
                queued += await self.storage.add_deliveries(deliveries, upto, self.now(), folded)
            if upto != rows[-1][0]:
                break
        return queued

    async def _fold_copies(
        self, article_id: int, text: str, rows: list[Row]
    ) -> tuple[list[Row], list[Folded]]:
        """Split an article's rows into those to send and those of chats that
        have (or await) an article it copies."""
        copies = await self._copies_of(article_id, text) if rows and self._copies_of else []
        if not copies:
            self._batch[article_id] = (rows, [])
            return rows, []
        had = await self.storage.chats_given(copies)
        for copy in copies:  # this batch's rows are not stored yet
            copy_sent, copy_folded = self._batch.get(copy, ([], []))
            for row in copy_sent:
                had.setdefault(row[0], copy)
            for chat_id, _, _, original in copy_folded:
                had.setdefault(chat_id, original)
        sent = [row for row in rows if row[0] not in had]
        folded = [
            (chat, article, topics, had[chat]) for chat, article, topics, _ in rows if chat in had
        ]
        self._batch[article_id] = (sent, folded)
        return sent, folded

    def _deliveries_for(
        self,
        article_id: int,
        title: str,
        text: str,
        story_id: int,
        followed: tuple[str | None, tuple[str, ...]],
    ) -> list[Row]:
        """One row per chat that follows the article (its words, story, or
        `followed`: its source and sections), naming every topic it matched.
        (A hot loop: a popular article can go to thousands of chats.)"""
        by_id = self._by_id
        matched = [by_id[i] for i in self._index.matching(ArticleTerms.of(title, text))]
        matched += self._by_story.get(story_id, [])
        source, sections = followed
        if source is not None:
            matched += self._by_source.get(source, [])
        if self._by_section:
            for key in {section_key(name) for name in sections}:
                matched += self._by_section.get(key, [])
        topics: dict[int, list[str]] = {}
        for sub in matched:
            if article_id <= sub.after_article:
                continue
            names = topics.get(sub.chat_id)
            if names is None:
                topics[sub.chat_id] = [sub.topic]
            elif sub.topic not in names:
                names.append(sub.topic)
        dues, due = self._due, self._due_for
        return [
            (chat_id, article_id, names, dues.get(chat_id) or due(chat_id))
            for chat_id, names in topics.items()
        ]

    def _due_for(self, chat_id: int) -> str:
        if chat_id not in self._due:
            self._due[chat_id] = self.due(self._chats.get(chat_id) or Chat(chat_id))
        return self._due[chat_id]

    async def _reload_if_changed(self) -> None:
        version = await self.storage.subscriptions_version()
        if version == self._version:
            return
        subs = await self.storage.active_subscriptions()
        index = TopicIndex()
        by_story: defaultdict[int, list[Subscription]] = defaultdict(list)
        by_source: defaultdict[str, list[Subscription]] = defaultdict(list)
        by_section: defaultdict[str, list[Subscription]] = defaultdict(list)
        rekeyed: list[tuple[int, str]] = []
        for sub in subs:
            if sub.story_id is not None:
                by_story[sub.story_id].append(sub)
            elif sub.source is not None:
                by_source[sub.source].append(sub)
            elif sub.section is not None:
                key = section_key(sub.topic)  # as stems make it now
                by_section[key].append(sub)
                if SECTION_KEY + key != sub.topic_key:
                    rekeyed.append((sub.id, SECTION_KEY + key))
            elif (topic := parse_topic(sub.topic)) is not None:
                index.add(sub.id, topic)
                if topic.key != sub.topic_key:  # stored before the stems changed
                    rekeyed.append((sub.id, topic.key))
        if rekeyed:
            await self.storage.rekey_subscriptions(rekeyed)
        chat_ids = {s.chat_id for s in subs}
        self._chats = {c.chat_id: c for c in await self.storage.chats(chat_ids)}
        self._index, self._by_story, self._by_source = index, by_story, by_source
        self._by_section = by_section
        self._by_id = {s.id: s for s in subs}
        self._version = version
