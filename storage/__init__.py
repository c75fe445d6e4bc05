"""The only place with SQL: an async article store over one SQLite file."""

from storage.models import AddOutcome, Article, NewArticle, SearchPage, Stats, StoryRow
from storage.store import Storage

__all__ = ["AddOutcome", "Article", "NewArticle", "SearchPage", "Stats", "Storage", "StoryRow"]
