"""Key facts: short passages of the article, each copied verbatim from it.

A fact is a sentence, or a clause of a long one cut at a clause boundary,
chosen for what readers look for in news: figures, dates, named people,
organisations and places, attributions ("according to X", "X said") and
quoted statements. Each carries its kinds so the bot can mark them; no two
facts say the same thing.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from bot.news.entities import Entities, find_entities
from bot.news.sentences import Sentence, is_heading, split_sentences
from bot.news.text import stems

MAX_FACTS = 8
MAX_FACT_CHARS = 240
MAX_CHARS = 60_000
MAX_SENTENCES = 200

# _DATE, _FIGURE and _ATTRIBUTION are matched against lower-cased text.
_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
    "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
    "|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
)
_DATE = re.compile(
    rf"\b(?:(?:{_MONTHS})\.?\s+\d{{1,2}}\b|\d{{1,2}}\s+(?:{_MONTHS})\b|(?:in|since|by|until|from)"
    rf"\s+(?:(?:{_MONTHS})\s+)?(?:19|20)\d\d\b|(?:19|20)\d\d\s*(?:года|г\.)"
    r"|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)\b"
    r"|\b(?:понедельник|вторник|сред[уа]|четверг|пятниц[уа]|суббот[уа]|воскресенье)\b)"
)
# A figure: money, a percentage, "3.5bn", "1,200", or a number that is not a
# year or a time of day. Each branch starts after the first character, which
# is matched by the leading class (so the regex engine skips to digits in C);
# (?<!\w\w) after that character is \b before it.
_FIGURE = re.compile(
    r"[$£€₽\d](?:(?<=[$£€₽])\s?\d"
    r"|(?<=\d)[\d,.]*\s?(?:%|percent|per cent|процент)"
    r"|(?<=\d)(?<!\w\w)[\d,.]*\s?(?:bn|m|k|million|billion|trillion|thousand|hundred|тыс|млн|млрд)\b"
    r"|(?<=\d)(?<!\w\w)\d{0,2}(?:,\d{3})+\b"
    r"|(?<=\d)(?<!\w\w)(?!(?<=1)9\d\d\b)(?!(?<=2)0\d\d\b)\d*(?:[.,]\d+)?\b"
    r"(?!\s*(?:am|pm|a\.m|p\.m)))"
)
_DIGIT = re.compile(r"\d")
# Without a digit, a date can only be a day's name: each has one of these in it.
_RUSSIAN_DAYS = ("понедельник", "вторник", "сред", "четверг", "пятниц", "суббот", "воскресен")
_QUOTE = re.compile(r"[\"“«]([^\"”»]{20,})[\"”»]")
_ATTRIBUTION = re.compile(
    r"\b(?:according to|said|says|told|added|announced|warned|claimed|reported|стало известно"
    r"|сообщил[аи]?|заявил[аи]?|сказал[аи]?|по словам|по данным)\b"
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
    spans: list[tuple[int, int, int]] = []  # start, end, sentence index
    for index, sentence in enumerate(sentences[:MAX_SENTENCES]):
        if not is_heading(sentence) and len(sentence.text.split()) >= 4:
            spans += ((start, end, index) for start, end in _passage_spans(text, sentence))
    names = _names_by_span(text, [(start, end) for start, end, _ in spans], entities)
    scored: list[tuple[float, Fact]] = []
    for (start, end, index), (name_kinds, name_count) in zip(spans, names, strict=True):
        passage = text[start:end]
        kinds = _pattern_kinds(passage) + name_kinds
        weight = sum(KIND_WEIGHTS.get(k, 0.0) for k in kinds) + NAME_WEIGHT * min(3, name_count)
        if weight:
            scored.append((weight + 1.0 / (1 + index * 0.3), Fact(passage, kinds, start, end)))
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


def _pattern_kinds(passage: str) -> tuple[str, ...]:
    """The kinds the patterns find. They run on lower-cased text (case-insensitive
    matching is several times slower), the costly ones only where a digit or a
    day's name says they may match."""
    kinds: list[str] = []
    low = passage.lower()
    has_digit = _DIGIT.search(passage) is not None
    maybe_date = has_digit or _may_name_a_day(low)
    dates = [m.span() for m in _DATE.finditer(low)] if maybe_date else []
    if has_digit and any(
        not any(a <= m.start() < b for a, b in dates) for m in _FIGURE.finditer(low)
    ):
        kinds.append("figure")
    if dates:
        kinds.append("date")
    if ('"' in passage or "“" in passage or "«" in passage) and _QUOTE.search(passage):
        kinds.append("quote")
    if _ATTRIBUTION.search(low):
        kinds.append("attribution")
    return tuple(kinds)


def _may_name_a_day(low: str) -> bool:
    return "day" in low or (not low.isascii() and any(day in low for day in _RUSSIAN_DAYS))


def _names_by_span(
    text: str, spans: list[tuple[int, int]], entities: Entities
) -> list[tuple[tuple[str, ...], int]]:
    """For each span (sorted, not overlapping): the kinds of names inside it, and
    how many distinct names; "(FBK)" after its full name is not another one.

    Each name is looked for once in the whole text, not once per span.
    """
    starts = [start for start, _ in spans]
    found: list[set[str]] = [set() for _ in spans]
    counted: list[set[int]] = [set() for _ in spans]
    bracketed: list[set[int]] = [set() for _ in spans]
    entries = [
        (kind, name)
        for kind, names in (
            ("person", entities.people),
            ("organization", entities.organizations),
            ("place", entities.places),
        )
        for name in names
        if name
    ]
    for number, (kind, name) in enumerate(entries):
        at = text.find(name)
        while at >= 0:
            i = bisect.bisect_right(starts, at) - 1
            start, end = spans[i] if i >= 0 else (0, -1)
            after = at + len(name)
            if after <= end:
                found[i].add(kind)
                counted[i].add(number)
                if start < at and after < end and text[at - 1] == "(" and text[after] == ")":
                    bracketed[i].add(number)
            at = text.find(name, at + 1)
    order = ("person", "organization", "place")
    return [
        (tuple(k for k in order if k in kinds), len(numbers - brackets))
        for kinds, numbers, brackets in zip(found, counted, bracketed, strict=True)
    ]


def _passage_spans(text: str, sentence: Sentence) -> list[tuple[int, int]]:
    """The sentence, or its clauses when it is too long to be one fact."""
    if len(sentence.text) <= MAX_FACT_CHARS:
        return [_trimmed(text, sentence.start, sentence.end)]
    spans = []
    start = sentence.start
    for m in _CLAUSE_BREAK.finditer(text, sentence.start, sentence.end):
        spans.append(_trimmed(text, start, m.start()))
        start = m.end()
    spans.append(_trimmed(text, start, sentence.end))
    return [(a, b) for a, b in spans if len(text[a:b].split()) >= 4 and b - a <= MAX_FACT_CHARS * 2]


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " ,;—–":
        start += 1
    while end > start and text[end - 1] in " ,;—–":
        end -= 1
    return start, end


def _overlap(a: set[str], b: set[str]) -> float:
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0
