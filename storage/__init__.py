"""The only place with SQL: an async article store over one SQLite file."""

from storage.models import (
    AddOutcome,
    Article,
    Chat,
    Delivery,
    Feed,
    NewArticle,
    RemovedArticle,
    SearchPage,
    SectionCount,
    SourceCount,
    Stats,
    StoryCount,
    StoryRow,
    Subscription,
)
from storage.store import Storage

__all__ = [
    "AddOutcome",
    "Article",
    "Chat",
    "Delivery",
    "Feed",
    "NewArticle",
    "RemovedArticle",
    "SearchPage",
    "SectionCount",
    "SourceCount",
    "Stats",
    "Storage",
    "StoryCount",
    "StoryRow",
    "Subscription",
]
