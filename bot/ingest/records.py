"""One input record (a dict from any file format) to a NewArticle, or a reason not to."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from bot.news.abbreviations import with_abbreviations
from bot.news.dates import check_published
from bot.news.related import signature
from bot.news.sentences import title_from_text
from bot.news.text import (
    clean_unicode,
    detect_language,
    shorten,
    stems,
    word_stems,
    words,
)
from bot.news.urls import canonical_url, link_variants
from storage import NewArticle

# An article longer than this is not an article (a book, a dump, a mistake).
MAX_TEXT_CHARS = 1_000_000
MAX_TITLE_CHARS = 300
MAX_FIELD_CHARS = 200
MIN_TEXT_WORDS = 3

_FIELD_NAMES: dict[str, tuple[str, ...]] = {
    "text": ("text", "body", "content", "article", "description"),
    "title": ("title", "headline", "name"),
    "url": ("url", "link", "href"),
    "published": ("published", "published_at", "date", "pubDate", "datetime", "created"),
    "source": ("source", "publisher", "site"),
    "author": ("author", "byline", "authors"),
    "language": ("language", "lang"),
    "category": ("category", "section"),
    "tags": ("tags", "keywords"),
    "id": ("id", "external_id", "guid", "uid"),
}
_LANGUAGE = re.compile(r"^[a-z]{2,3}$")
_BLANK_LINES = re.compile(r"\n\n\n+")
_SPACE_AROUND_NEWLINE = re.compile(r" *\n *")
_UNUSUAL_SPACE = ("  ", "\t", "\f", "\v", "\u00a0")
_INLINE_SPACE = re.compile(r"[ \t\f\v\u00a0]+")


class RecordError(ValueError):
    """The record cannot become an article; the message says why, for the report."""


@dataclass(frozen=True)
class Prepared:
    article: NewArticle
    warnings: tuple[str, ...]


def content_hash(text: str, text_words: list[str] | None = None) -> str:
    """Identity of a text regardless of spacing, case and punctuation."""
    joined = " ".join(words(text) if text_words is None else text_words)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:32]


def clean_text(text: str) -> str:
    """Normalised Unicode, paragraphs separated by one blank line, no stray spaces."""
    text = clean_unicode(text)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if any(s in text for s in _UNUSUAL_SPACE):
        text = _INLINE_SPACE.sub(" ", text)
    if " \n" in text or "\n " in text:
        text = _SPACE_AROUND_NEWLINE.sub("\n", text)
    if "\n\n\n" in text:
        text = _BLANK_LINES.sub("\n\n", text)
    return text.strip()


def prepare(record: Mapping[str, object], now: datetime) -> Prepared:
    """Validate and normalise one record. Raises RecordError with a reason."""
    raw_text = _field(record, "text")
    if not isinstance(raw_text, str) or not raw_text.strip():
        raise RecordError("no text")
    if len(raw_text) > MAX_TEXT_CHARS:
        raise RecordError(
            f"text is {len(raw_text):,} characters; an article may have at most {MAX_TEXT_CHARS:,}"
        )
    text = clean_text(raw_text)
    text_words = words(text)
    if len(text_words) < MIN_TEXT_WORDS:
        raise RecordError("text has fewer than 3 words")
    stems_by_word = word_stems(text_words)
    text_stems = list(filter(None, stems_by_word))
    warnings: list[str] = []
    title = _short(_field(record, "title"), MAX_TITLE_CHARS) or title_from_text(text)
    title_stems = stems(title)
    url = None
    raw_url = _field(record, "url")
    if isinstance(raw_url, str) and raw_url.strip():
        url = canonical_url(raw_url)
        if url is None:
            warnings.append(f"ignored URL {raw_url[:80]!r}: not an http(s) link")
    raw_published = _field(record, "published")
    published, warning = check_published(raw_published, now)
    if warning:
        warnings.append(warning)
    dated = raw_published not in (None, "") and not warning
    language = str(_field(record, "language") or "").strip().lower()[:3]
    if not _LANGUAGE.match(language):
        language = detect_language(text, text_words)
    article = NewArticle(
        title=title,
        text=text,
        published_at=published,
        language=language,
        content_hash=content_hash(text, text_words),
        url=url,
        external_id=_short(_field(record, "id"), MAX_FIELD_CHARS),
        source=_short(_field(record, "source"), MAX_FIELD_CHARS),
        author=_short(_field(record, "author"), MAX_FIELD_CHARS),
        category=_short(_field(record, "category"), MAX_FIELD_CHARS),
        tags=_tags(_field(record, "tags")),
        # Indexed as news.abbreviations.indexed_terms reads text (the store's index_terms).
        search_terms=(
            " ".join(with_abbreviations(title_stems)),
            " ".join(with_abbreviations(text_stems)),
        ),
        same_page_urls=tuple(link_variants(url)[1:]) if url else (),
        dated=dated,
        # A date that was missing or had to be replaced says nothing about the story.
        signature=signature(
            title,
            text,
            published if dated else None,
            stems_by_word,
            title_stems,
            language,
        ).encode(),
    )
    return Prepared(article, tuple(warnings))


def _field(record: Mapping[str, object], name: str) -> object:
    for key in _FIELD_NAMES[name]:
        value = record.get(key)
        if value is not None and value != "":
            return value
    return None


def _short(value: object, limit: int) -> str | None:
    if isinstance(value, str) and _is_tidy(value, limit):
        return value  # what _cleaned() would give back
    return _cleaned(value, limit)


def _cleaned(value: object, limit: int) -> str | None:
    if value is None or isinstance(value, (dict, list, bool)):
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            value = ", ".join(str(v) for v in value)
        else:
            return None
    text = _INLINE_SPACE.sub(" ", clean_unicode(str(value)).replace("\n", " ")).strip()
    return shorten(text, limit) if text else None


def _is_tidy(value: str, limit: int) -> bool:
    """Plain ASCII with single spaces inside, nothing to trim or shorten."""
    return (
        0 < len(value) <= limit
        and value.isascii()
        and value.isprintable()
        and value[0] != " " != value[-1]
        and "  " not in value
    )


def _tags(value: object) -> tuple[str, ...]:
    if isinstance(value, str):
        items: list[object] = list(value.split(","))
    elif isinstance(value, list):
        items = list(value)
    else:
        return ()
    tags = (_short(v, 60) for v in items if isinstance(v, (str, int)))
    return tuple(dict.fromkeys(t for t in tags if t))[:20]
