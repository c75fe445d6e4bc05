"""Which stored section a reader's words name: "sport", "business news",
"новости спорта".

A newsroom files its articles under a category ("sport") and tags
("football", "Veloria"), as its site and feeds do. Readers ask for a section
in their own words: any case, singular or plural ("sports"), with "news" or
"новости" around it, and in either language for the sections most
newsrooms have (a Russian reader's "спорт" is the "sport" an English desk
files under). A name's key is the stems of its words less those; two names
with one key are one section.
"""

from __future__ import annotations

from bot.news.text import stems

# Words around a section's name that are no part of it ("business news").
_NEWS = frozenset(stems("news новости новость новостей раздел section рубрика"))
# Sections most newsrooms have, by their names in English and Russian (and
# the short forms readers type): each read as its group's first.
_SAME_SECTION = (
    "sport sports спорт",
    "business бизнес",
    "economy экономика",
    "technology tech технологии",
    "science наука",
    "politics политика",
    "world мир",
    "culture культура",
    "climate климат",
    "environment экология",
    "health здоровье",
    "opinion мнения",
    "transport транспорт",
    "entertainment развлечения",
    "travel путешествия",
    "education образование",
)


def _read_as() -> dict[str, str]:
    """Each name's stem to its group's first."""
    first: dict[str, str] = {}
    for group in _SAME_SECTION:
        found = [stems(word)[0] for word in group.split()]
        for stem in found:
            first.setdefault(stem, found[0])
    return first


_AS = _read_as()


def section_key(name: str) -> str:
    """The key of a section's name, or of words that may name one: its
    stems, less "news" and its like, each of a common section's names read
    as one ("Sports", "спорт", "новости спорта": "sport"); "" when nothing is left."""
    return " ".join(_AS.get(term, term) for term in stems(name) if term not in _NEWS)
