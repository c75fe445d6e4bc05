"""Key facts: short passages of the article, each copied verbatim from it.

A fact is a sentence, or a clause of a long one cut at a clause boundary,
chosen for what readers look for in news: figures, dates, named people,
organisations and places, attributions ("according to X", "X said") and
quoted statements. Each carries its kinds so the bot can mark them; no two
facts say the same thing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.news.entities import Entities, find_entities
from bot.news.sentences import Sentence, is_heading, split_sentences
from bot.news.text import stems

MAX_FACTS = 8
MAX_FACT_CHARS = 240
MAX_CHARS = 60_000
MAX_SENTENCES = 200

_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
    "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
    "|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
)
_DATE = re.compile(
    rf"\b(?:(?:{_MONTHS})\.?\s+\d{{1,2}}\b|\d{{1,2}}\s+(?:{_MONTHS})\b|(?:in|since|by|until|from)"
    rf"\s+(?:(?:{_MONTHS})\s+)?(?:19|20)\d\d\b|(?:19|20)\d\d\s*(?:года|г\.)"
    r"|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)\b"
    r"|\b(?:понедельник|вторник|сред[уа]|четверг|пятниц[уа]|суббот[уа]|воскресенье)\b)",
    re.IGNORECASE,
)
_FIGURE = re.compile(
    r"(?:[$£€₽]\s?\d|\d[\d,.]*\s?(?:%|percent|per cent|процент)|\b\d[\d,.]*\s?"
    r"(?:bn|m|k|million|billion|trillion|thousand|hundred|тыс|млн|млрд)\b|\b\d{1,3}(?:,\d{3})+\b"
    r"|\b(?!(?:19|20)\d\d\b)\d+(?:[.,]\d+)?\b(?!\s*(?:am|pm|a\.m|p\.m)))",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
# Substrings without which the date and attribution patterns cannot match.
_DATE_HINTS = (
    "day",
    "jan",
    "feb",
    "mar",
    "apr",
    "may",
    "jun",
    "jul",
    "aug",
    "sep",
    "oct",
    "nov",
    "dec",
    "январ",
    "феврал",
    "март",
    "апрел",
    "мая",
    "июн",
    "июл",
    "август",
    "сентябр",
    "октябр",
    "ноябр",
    "декабр",
    "понедельник",
    "вторник",
    "сред",
    "четверг",
    "пятниц",
    "суббот",
    "воскресен",
)
_ATTRIBUTION_HINTS = (
    "accord",
    "said",
    "says",
    "told",
    "added",
    "announced",
    "warned",
    "claimed",
    "reported",
    "известно",
    "сообщил",
    "заявил",
    "сказал",
    "по словам",
    "по данным",
)
_QUOTE = re.compile(r"[\"“«]([^\"”»]{20,})[\"”»]")
_ATTRIBUTION = re.compile(
    r"\b(?:according to|said|says|told|added|announced|warned|claimed|reported|стало известно"
    r"|сообщил[аи]?|заявил[аи]?|сказал[аи]?|по словам|по данным)\b",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(
    r"(?:;\s+|\s+[—–]\s+|,\s+(?=(?:which|while|but|whereas|although|and)\b))"
)

KIND_WEIGHTS = {"figure": 1.5, "date": 1.2, "quote": 1.2, "attribution": 1.0}
NAME_WEIGHT = 0.5  # per distinct name in the passage, up to three


@dataclass(frozen=True)
class Fact:
    """A verbatim passage: text == article_text[start:end]."""

    text: str
    kinds: tuple[str, ...]
    start: int
    end: int


def key_facts(
    text: str,
    limit: int = MAX_FACTS,
    entities: Entities | None = None,
    sentences: list[Sentence] | None = None,
) -> list[Fact]:
    """Up to `limit` facts, in article order."""
    text = text[:MAX_CHARS]
    if sentences is None:
        sentences = split_sentences(text)
    entities = entities or find_entities(text, sentences)
    scored: list[tuple[float, Fact]] = []
    for index, sentence in enumerate(sentences[:MAX_SENTENCES]):
        if is_heading(sentence) or len(sentence.text.split()) < 4:
            continue
        for fact in _passages(text, sentence, entities):
            weight = sum(KIND_WEIGHTS.get(k, 0.0) for k in fact.kinds)
            weight += NAME_WEIGHT * min(3, _names_in(fact.text, entities))
            if weight:
                scored.append((weight + 1.0 / (1 + index * 0.3), fact))
    scored.sort(key=lambda pair: -pair[0])
    chosen: list[Fact] = []
    seen: list[set[str]] = []
    for _, fact in scored:
        terms = set(stems(fact.text))
        if any(_overlap(terms, other) > 0.6 for other in seen):
            continue
        chosen.append(fact)
        seen.append(terms)
        if len(chosen) == limit:
            break
    return sorted(chosen, key=lambda f: f.start)


def fact_kinds(passage: str, entities: Entities) -> tuple[str, ...]:
    """What a passage holds. Cheap substring tests run before the full patterns."""
    kinds = []
    low = passage.lower()
    has_digit = _DIGIT.search(passage) is not None
    maybe_date = has_digit or any(word in low for word in _DATE_HINTS)
    dates = [m.span() for m in _DATE.finditer(passage)] if maybe_date else []
    if has_digit and any(
        not any(a <= m.start() < b for a, b in dates) for m in _FIGURE.finditer(passage)
    ):
        kinds.append("figure")
    if dates:
        kinds.append("date")
    if ('"' in passage or "“" in passage or "«" in passage) and _QUOTE.search(passage):
        kinds.append("quote")
    if any(word in low for word in _ATTRIBUTION_HINTS) and _ATTRIBUTION.search(passage):
        kinds.append("attribution")
    for kind, names in (
        ("person", entities.people),
        ("organization", entities.organizations),
        ("place", entities.places),
    ):
        if any(name in passage for name in names):
            kinds.append(kind)
    return tuple(kinds)


def _names_in(passage: str, entities: Entities) -> int:
    """Distinct names in the passage; "(FBK)" after its full name is not another one."""
    names = (*entities.people, *entities.organizations, *entities.places)
    return sum(1 for name in names if name in passage and f"({name})" not in passage)


def _passages(text: str, sentence: Sentence, entities: Entities) -> list[Fact]:
    """The sentence, or its clauses when it is too long to be one fact."""
    if len(sentence.text) <= MAX_FACT_CHARS:
        return [_fact(text, sentence.start, sentence.end, entities)]
    facts = []
    start = sentence.start
    for m in _CLAUSE_BREAK.finditer(text, sentence.start, sentence.end):
        facts.append(_fact(text, start, m.start(), entities))
        start = m.end()
    facts.append(_fact(text, start, sentence.end, entities))
    return [f for f in facts if len(f.text.split()) >= 4 and len(f.text) <= MAX_FACT_CHARS * 2]


def _fact(text: str, start: int, end: int, entities: Entities) -> Fact:
    while start < end and text[start] in " ,;—–":
        start += 1
    while end > start and text[end - 1] in " ,;—–":
        end -= 1
    passage = text[start:end]
    return Fact(passage, fact_kinds(passage, entities), start, end)


def _overlap(a: set[str], b: set[str]) -> float:
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0
