"""Plain dataclasses that cross the storage boundary (no SQLite types leak out)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal


@dataclass(frozen=True)
class NewArticle:
    """An article ready to store: already normalised and hashed by the caller."""

    title: str
    text: str
    published_at: str
    language: str
    content_hash: str
    url: str | None = None
    external_id: str | None = None
    source: str | None = None
    author: str | None = None
    category: str | None = None
    tags: tuple[str, ...] = ()
    # The title's and the text's search terms, space-separated, when the caller
    # has them already (made with the same `terms` function the Storage was
    # opened with); saves tokenising every text twice on bulk ingests.
    search_terms: tuple[str, str] | None = field(default=None, repr=False, compare=False)
    # The analysis' compact summary of the article for story grouping (opaque here).
    signature: str | None = field(default=None, repr=False, compare=False)
    # Other ways of writing `url` that lead to the same page (http or https,
    # with or without "www."): an article stored at one of them is this one.
    same_page_urls: tuple[str, ...] = field(default=(), repr=False, compare=False)
    # Whether published_at is the record's own date, not the time it was read
    # (none given, or one that could not be used): an update keeps the stored one.
    dated: bool = True

    @property
    def urls(self) -> tuple[str, ...]:
        """Its URL as given, then as it may be stored (none without a URL)."""
        return (self.url, *self.same_page_urls) if self.url else ()


@dataclass(frozen=True)
class Article:
    id: int
    title: str
    text: str
    published_at: str
    language: str
    content_hash: str
    ingested_at: str
    url: str | None = None
    external_id: str | None = None
    source: str | None = None
    author: str | None = None
    category: str | None = None
    tags: tuple[str, ...] = ()
    updated_at: str | None = None
    story_id: int | None = None


# "withheld": an editor removed this article (its URL or its text) before.
Outcome = Literal["added", "updated", "duplicate", "withheld"]


@dataclass(frozen=True)
class AddOutcome:
    """What happened to one NewArticle: its row id and whether it was new."""

    outcome: Outcome
    article_id: int


@dataclass(frozen=True)
class RemovedArticle:
    """An article an editor removed, as remembered so that it stays removed."""

    id: int
    title: str
    url: str | None
    reason: str | None
    removed_at: str


@dataclass(frozen=True)
class SearchHit:
    article: Article
    score: float


@dataclass(frozen=True)
class SearchPage:
    """One page of results. `mode` says whether all words had to match."""

    hits: list[SearchHit]
    has_more: bool
    mode: Literal["all", "any", "none"]


@dataclass(frozen=True)
class SectionCount:
    """A section's stored articles (Storage.sections): a category or tag as stored."""

    name: str
    articles: int
    is_category: bool  # some article has it as its category, not only as a tag


@dataclass(frozen=True)
class SourceCount:
    """A source's stored articles (Storage.sources)."""

    name: str
    articles: int
    newest: str  # published_at of its newest article


@dataclass(frozen=True)
class StoryCount:
    """A story's reports published in a span of time (Storage.most_reported)."""

    story_id: int
    reports: int
    sources: int  # distinct sources (an article without one counts as its own)
    languages: int
    newest_id: int


@dataclass(frozen=True)
class StoryRow:
    """What the story index needs of an article."""

    id: int
    signature: str | None
    story_id: int | None
    title: str
    text: str
    published_at: str
    language: str


@dataclass(frozen=True)
class Stats:
    articles: int
    by_language: dict[str, int] = field(default_factory=dict)
    by_source: dict[str, int] = field(default_factory=dict)
    by_category: dict[str, int] = field(default_factory=dict)  # as stored (migration 0017)
    oldest: str | None = None
    newest: str | None = None
    schema_version: int = 0
    file_bytes: int = 0
    removed: int = 0  # articles editors removed (removed_articles)
    topics: int = 0  # subscriptions, in `following_chats` chats
    following_chats: int = 0
    briefed_chats: int = 0  # active chats with a daily briefing
    deliveries: dict[str, int] = field(default_factory=dict)  # outbox rows by status


@dataclass(frozen=True)
class Chat:
    """A chat's delivery settings (times are 'HH:MM' in its time zone)."""

    chat_id: int
    language: str | None = None
    active: bool = True
    time_zone: str = "UTC"
    digest_at: str | None = None
    quiet_from: str | None = None
    quiet_to: str | None = None
    briefing_at: str | None = None  # the daily briefing's local time
    briefing_due: str | None = None  # when the next briefing goes out (UTC, stored form)
    updates_language: str | None = None  # that of whoever last set up its updates

    @property
    def writes_in(self) -> str:
        """The language of its updates: the one it chose, else that of whoever
        set them up."""
        return self.language or self.updates_language or "en"


# The topic_key of a subscription to a source: "source:" and its name as stored
# (that of a story is "story:<id>"; a topic's, its stems: never a colon).
SOURCE_KEY = "source:"
# That of a subscription to a section: "section:" and its key (news.sections.section_key).
SECTION_KEY = "section:"


@dataclass(frozen=True)
class Subscription:
    id: int
    chat_id: int
    topic: str
    topic_key: str
    story_id: int | None
    after_article: int
    created_at: str

    @property
    def source(self) -> str | None:
        """The source this follows (every article it runs), as stored, if any."""
        return self._key_after(SOURCE_KEY)

    @property
    def section(self) -> str | None:
        """The key of the section this follows (every article filed under it), if any."""
        return self._key_after(SECTION_KEY)

    def _key_after(self, prefix: str) -> str | None:
        return self.topic_key.removeprefix(prefix) if self.topic_key.startswith(prefix) else None


SubscribeOutcome = Literal["added", "exists", "full"]


@dataclass(frozen=True)
class Delivery:
    """One outbox row: an article to send to a chat, and why (its topics)."""

    id: int
    chat_id: int
    article_id: int
    topics: tuple[str, ...]
    attempts: int
    due_at: str
    status: str = "pending"
    last_error: str | None = None
    copy_of: int | None = None  # folded: the article the chat has, that this one copies


@dataclass(frozen=True)
class Feed:
    id: int
    url: str
    title: str | None
    interval_seconds: int
    etag: str | None
    last_modified: str | None
    next_poll_at: str
    last_polled_at: str | None
    last_status: str | None
    last_error: str | None
    failures: int
