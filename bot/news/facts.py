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
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from bot.news.entities import Entities, find_entities
from bot.news.sentences import Sentence, split_sentences
from bot.news.text import has_russian_letters, stems

MAX_FACTS = 8
MAX_FACT_CHARS = 240
# Two clauses of a sentence chosen both are one fact up to this long.
MAX_JOINED_CHARS = 2 * MAX_FACT_CHARS
MAX_CHARS = 60_000
MAX_SENTENCES = 200

# _DATE and _FIGURE are matched against lower-cased text.
_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
    "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
    "|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
)
_DATE = re.compile(
    rf"\b(?:(?:{_MONTHS})\.?\s+\d{{1,2}}\b|\d{{1,2}}\s+(?:{_MONTHS})\b|(?:in|since|by|until|from)"
    rf"\s+(?:(?:{_MONTHS})\s+)?(?:19|20)\d\d\b|(?:19|20)\d\d(?:-м)?\s*(?:год(?:а|у|ом)?\b|г\.)"
    r"|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)\b"
    r"|\b(?:понедельник|вторник|сред[уа]|четверг|пятниц[уа]|суббот[уа]|воскресенье)\b)"
)
# What is counted: a number that looks like a year ("1961 человек", "2000
# people") is a count before one of these words. ("In 2000 people voted"
# is a date: "in 2000" is one, and dates win.)
_COUNTED = (
    r"people|residents|troops|soldiers|votes|jobs|cases|homes|deaths|workers|employees"
    r"|students|children|refugees|protesters|migrants|tonnes|tons|miles|kilomet\w+"
    r"|человек|людей|жител\w+|участник\w+|солдат\w*|военн\w+|голос\w+|рабоч\w+|дет\w+"
    r"|случа\w+|дом\w*|беженц\w+|задержан\w+|погибш\w+|тонн\w*|километр\w*|рубл\w+|доллар\w+"
)
# A figure: money, a percentage, "3.5bn", "1,200", a count, or a number that
# is not a year or a time of day. Each branch starts after the first
# character, which is matched by the leading class (so the regex engine skips
# to digits in C); (?<!\w\w) after that character is \b before it.
_FIGURE = re.compile(
    r"[$£€₽\d](?:(?<=[$£€₽])\s?\d"
    rf"|(?<=\d)(?<!\w\w)\d{{3}}\s+(?:{_COUNTED})\b"
    r"|(?<=\d)[\d,.]*\s?(?:%|percent|per cent|процент)"
    r"|(?<=\d)(?<!\w\w)[\d,.]*\s?(?:bn|m|k|million|billion|trillion|thousand|hundred|тыс|млн|млрд)\b"
    r"|(?<=\d)(?<!\w\w)\d{0,2}(?:,\d{3})+\b"
    r"|(?<=\d)(?<!\w\w)(?!(?<=1)9\d\d\b)(?!(?<=2)0\d\d\b)\d*(?:[.,]\d+)?\b"
    r"(?!\s*(?:am|pm|a\.m|p\.m)))"
)
# Every date but a day's name has a number in it, and so has every figure:
# both are looked for only in the few words around each number.
_NUMBER = re.compile(r"\d(?:[\d,.]*\d)?")
# The same for ASCII text, run on a copy where each digit is "0", "," and "."
# stay and everything else is a space: a pattern that opens with a literal is
# searched for in C several times faster than a class like \d.
_DIGITS_MARKED = bytes(
    ord("0") if chr(b) in "0123456789" else b if chr(b) in ",." else ord(" ") for b in range(256)
)
_MARKED_NUMBER = re.compile(rb"0(?:[0,.]*0)?")
# Without a number, a date can only be a day's name (as _DATE writes them).
# The English ones all end in "day": one search for that finds them all.
_DAY_NAMES = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday yesterday today".split()
)
# Words a number after them counts or dates, never names: "on Monday 12 people".
_DATE_WORDS = _DAY_NAMES | frozenset(_MONTHS.split("|"))
_DAY_NAMES_RU = (
    "понедельник",
    "вторник",
    "среду",
    "среда",
    "четверг",
    "пятницу",
    "пятница",
    "субботу",
    "суббота",
    "воскресенье",
)
# Quoted words: an opening mark, words (not a space or a stop first, not a
# space last, so the stretch between a closing and the next opening straight
# quote is not one), a closing mark.
_QUOTE = re.compile(r"[\"“«](?=[^\s\"”»,.;:!?)\]])([^\"”»]{20,})(?<=\S)[\"”»]")
_STOPS_INSIDE = re.compile(r"[,.!?;…]|:(?!\s+[A-ZА-ЯЁ])")
_QUOTE_MARKS = ('"', "“", "«")
# Who said it, right after the closing mark: '," the mayor of the city told'.
_SAID_AFTER = re.compile(
    r"[\s,]*(?:[\w'’.-]+\s+){0,5}?(?:said|says|told|tells|added|asked|wrote|tweeted)\b",
    re.IGNORECASE,
)
_SAID_REACH = 60
# Attribution words. These and the day names are found with str.find (a regex
# alternation tries every position of the text and is several times slower).
_ATTRIBUTION_WORDS = (
    "according to",
    "said",
    "says",
    "told",
    "added",
    "announced",
    "warned",
    "claimed",
    "reported",
)
# Words someone wrote or stressed are theirs too, for "what did X say?"; key
# facts do without them (eval_facts: recall 77.3 -> 77.1% on CNN with them).
_ATTRIBUTION_WORDS_TOO = (
    "urged",
    "wrote",
    "writes",
    "tweeted",
    "stated",
    "noted",
    "explained",
    "insisted",
    "argued",
)
_ATTRIBUTION_WORDS_RU = (
    "стало известно",
    "сообщил",
    "заявил",
    "сказал",
    "рассказал",
    "отметил",
    "добавил",
    "подчеркнул",
    "пояснил",
    "написал",
    "предупредил",
    "призвал",
    "объявил",
    "сообщает",
    "сообщают",
    "заявляет",
    "заявляют",
    "говорит",
    "говорят",
    "пишет",
    "пишут",
    "отмечают",
    "утверждает",
    "утверждают",
    "передает",
    "передаёт",
    "по словам",
    "по его словам",
    "по ее словам",
    "по её словам",
    "по их словам",
    "по данным",
)
_ATTRIBUTION_ENDINGS_RU = "аи"  # сообщила, сообщили (past tense)
_CLAUSE_BREAK = re.compile(
    r"(?:;\s+|\s+[—–]\s+|,\s+(?=(?:which|while|but|whereas|although|and)\b))"
)

# A sentence that only says who told the one before ("Об этом сообщила
# пресс-служба суда.", "This was reported by Reuters."): no fact of its own
# (with none before it, what there is).
_SOURCE_ONLY = re.compile(
    r"(?:об\s+этом|о\s+том)\s+(?:также\s+|ранее\s+)?(?:сообщ|заяв|рассказ|написа|пиш|говор"
    r"|переда|информир|уведом)\w*\s+[^,;:\d]{1,60}[.!]?"
    r"|(?:this|that|the\s+news)\s+was\s+(?:first\s+)?(?:reported|announced|confirmed)"
    r"\s+by\s+[^,;:\d]{1,60}[.!]?",
    re.IGNORECASE,
)
KIND_WEIGHTS = {"figure": 1.5, "date": 1.2, "quote": 1.2, "attribution": 1.0}
NAME_WEIGHT = 0.8  # per distinct name in the passage, up to three


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
    spans: list[tuple[int, int]] = []
    owners: list[int] = []  # the sentence each span is from
    for index, sentence in enumerate(sentences[:MAX_SENTENCES]):
        if sentence.is_prose and not (index and _SOURCE_ONLY.fullmatch(sentence.text)):
            for span in _passage_spans(text, sentence):
                spans.append(span)
                owners.append(index)
    names = _names_by_span(text, spans, entities)
    numbered_names: set[int] = set()
    found = _kinds_by_span(text, spans, numbered_names)
    scored: list[tuple[float, int, tuple[str, ...]]] = []  # passages with a kind
    for i in sorted(names.keys() | found.keys() | numbered_names):
        name_kinds, name_count = names.get(i, ((), 0))
        kinds = found.get(i, ()) + name_kinds
        weight = sum(KIND_WEIGHTS.get(k, 0.0) for k in kinds) + NAME_WEIGHT * min(3, name_count)
        if i in numbered_names and "figure" not in kinds:
            weight += KIND_WEIGHTS["figure"]  # weighed as before, though not marked a figure
        if weight:
            scored.append((weight + 1.0 / (1 + owners[i] * 0.3), i, kinds))
    scored.sort(key=lambda item: -item[0])
    chosen: list[Fact] = []
    seen: list[set[str]] = []
    clauses: dict[int, int] = {}  # a sentence cut in clauses: its fact's place in chosen
    for _, i, kinds in scored:
        (start, end), sentence = spans[i], sentences[owners[i]]
        whole = len(sentence.text) <= MAX_FACT_CHARS  # then the passage is the sentence
        if not whole and text[start].islower() and i and owners[i - 1] == owners[i]:
            more = found.get(i - 1, ()) + names.get(i - 1, ((), 0))[0]
            start, kinds = _with_clause_before(spans[i - 1], start, end, kinds, more)
        terms = set(sentence.terms if whole else stems(text[start:end]))
        if any(_overlap(terms, other) > 0.6 for other in seen):
            continue
        at = clauses.get(owners[i])
        if at is not None and _joined_chars(chosen[at], start, end) <= MAX_JOINED_CHARS:
            chosen[at] = _joined(text, chosen[at], Fact(text[start:end], kinds, start, end))
            seen[at] |= terms
            continue
        if not whole:
            clauses[owners[i]] = len(chosen)
        chosen.append(Fact(text[start:end], kinds, start, end))
        seen.append(terms)
        if len(chosen) == limit:
            break
    return sorted(chosen, key=lambda f: f.start)


def _with_clause_before(
    before: tuple[int, int], start: int, end: int, kinds: tuple[str, ...], more: tuple[str, ...]
) -> tuple[int, tuple[str, ...]]:
    """Where a clause opening with "which", "but", "while" ... starts as a
    fact, and its kinds (with `more`, the clause before's): at the clause
    before it, which it goes on from, when the two are no longer than
    MAX_JOINED_CHARS ('..., which are sort of converging on the same
    finding," said Elizabeth Englander' alone says nothing of what does)."""
    if end - before[0] > MAX_JOINED_CHARS:
        return start, kinds
    return before[0], _all_kinds(kinds, more)


def _joined_chars(fact: Fact, start: int, end: int) -> int:
    return max(fact.end, end) - min(fact.start, start)


_KIND_ORDER = ("figure", "date", "quote", "attribution", "person", "organization", "place")


def _all_kinds(one: tuple[str, ...], other: tuple[str, ...]) -> tuple[str, ...]:
    """The kinds of two passages made one, in the order a fact lists them."""
    return tuple(k for k in _KIND_ORDER if k in one or k in other)


def _joined(text: str, one: Fact, other: Fact) -> Fact:
    """Two clauses of one sentence, both facts, as one: the passage from the
    first to the last ("... was scheduled to air Sunday, but due to the
    interest the BBC aired it Wednesday"), not a fact that opens with "but"."""
    start, end = min(one.start, other.start), max(one.end, other.end)
    return Fact(text[start:end], _all_kinds(one.kinds, other.kinds), start, end)


def _kinds_by_span(
    text: str, spans: list[tuple[int, int]], numbered_names: set[int] | None = None
) -> dict[int, tuple[str, ...]]:
    """The kinds the patterns find in the spans (sorted, not overlapping), by
    span number; spans with none are left out. The spans with a number that
    is part of a name ("Flight 9525": no figure, but what the story is
    about) are added to `numbered_names`.

    Each pattern runs only where it can match, and each find is then given to
    the span it falls in: work per number, quote mark, day name or attribution
    word rather than per passage. Figures and dates are looked for in the few
    words around each number, on lower-cased text (case-insensitive matching
    is several times slower).
    """
    low = _lowered(text)
    starts = [start for start, _ in spans]

    def owner(at: int, end: int) -> int:
        i = bisect.bisect_right(starts, at) - 1
        return i if i >= 0 and end <= spans[i][1] else -1

    numbers: dict[int, list[tuple[int, int]]] = {}
    for span in _number_spans(low):
        numbers.setdefault(owner(*span), []).append(span)
    russian = not low.isascii()
    day_names: dict[int, list[tuple[int, int]]] = {}
    for at, end in _day_names(low, text) + (_whole_words(low, _DAY_NAMES_RU) if russian else []):
        day_names.setdefault(owner(at, end), []).append((at, end))
    quoted = {owner(at, at) for at in _finds(text, _QUOTE_MARKS)}
    attributions = [s for s in _whole_words(low, _ATTRIBUTION_WORDS) if not _passive(low, *s)]
    if russian:
        attributions += _whole_words(low, _ATTRIBUTION_WORDS_RU, _ATTRIBUTION_ENDINGS_RU)
    attributed = {owner(*span) for span in attributions}
    found: dict[int, tuple[str, ...]] = {}
    for i in sorted((numbers.keys() | day_names.keys() | quoted | attributed) - {-1}):
        a, b = spans[i]
        near = numbers.get(i, [])
        days = day_names.get(i, [])
        dates = _dates_near(low, a, b, near, days) if near or days else []
        kinds: list[str] = []
        names = {at: end for at, end in near if _designation(text, a, at, end)}
        if names and numbered_names is not None:
            numbered_names.add(i)
        if near and any(True for _ in _figures(low, a, b, near, dates, names)):
            kinds.append("figure")
        if dates:
            kinds.append("date")
        if i in quoted and _has_quote(text, a, b):
            kinds.append("quote")
        if i in attributed:
            kinds.append("attribution")
        if kinds:
            found[i] = tuple(kinds)
    return found


def attributions(passage: str) -> list[tuple[int, int]]:
    """Where a passage says whose words it gives ("according to", "said",
    "wrote", "сообщил"), found as key_facts finds them: with quoted words,
    what answers "what did X say?" (news.answers)."""
    low = _lowered(passage)
    words = _ATTRIBUTION_WORDS + _ATTRIBUTION_WORDS_TOO
    found = [span for span in _whole_words(low, words) if not _passive(low, *span)]
    if not low.isascii():
        found += _whole_words(low, _ATTRIBUTION_WORDS_RU, _ATTRIBUTION_ENDINGS_RU)
    return found


def _has_quote(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] quotes someone's words (the first quotation
    usually does: no generator for the rest unless it does not)."""
    first = _QUOTE.search(text, start, end)
    if first is None or _said(text, first, start, end):
        return first is not None
    return any(_said(text, m, start, end) for m in _QUOTE.finditer(text, first.end(), end))


def _said(text: str, quote: re.Match[str], start: int, end: int) -> bool:
    """Whether quoted words are someone's words rather than a title or a name
    in quotes ("To Kill a Mockingbird", «Конгресс антивоенных инициатив»).
    Words opening in lower case are quoted words ("a smokescreen"); stops
    inside make a statement. English titles are in title case; Russian ones
    are not, so there speech shows by its layout (a comma or dash after the
    closing mark, a colon before the opening one) within the passage."""
    # A comma or a full stop before the closing mark is the sentence's, as
    # American usage puts it ('"X-Men Origins: Wolverine," but'), and a
    # title's subtitle follows a colon.
    quoted = quote.group(1).rstrip(",.")
    if not quoted[:1].isupper() or _STOPS_INSIDE.search(quoted):
        return True
    if _SAID_AFTER.match(text, quote.end(), min(end, quote.end() + _SAID_REACH)):
        return True  # '"Make America Great Again," he said'
    if has_russian_letters(quoted):
        after = text[quote.end() : min(end, quote.end() + 4)].lstrip()
        return after[:1] in (",", "—", "–") or text[start : quote.start()].rstrip().endswith(":")
    long_words = [w for w in quoted.split() if len(w) > 3 and w[0].isalpha()]
    return not all(w[0].isupper() for w in long_words)


def _number_spans(low: str) -> list[tuple[int, int]]:
    """Where the numbers are ("3", "1,200", "3.5")."""
    if low.isascii():
        marked = low.encode("ascii").translate(_DIGITS_MARKED)
        return [m.span() for m in _MARKED_NUMBER.finditer(marked)]
    return [m.span() for m in _NUMBER.finditer(low)]


def _finds(text: str, needles: tuple[str, ...]) -> list[int]:
    """Where each of the needles stands in the text."""
    places = []
    for needle in needles:
        at = text.find(needle)
        while at >= 0:
            places.append(at)
            at = text.find(needle, at + 1)
    return places


def _lowered(text: str) -> str:
    """text.lower(), keeping every character's place (a few letters, like "İ",
    lower-case to two characters; those stay as they are)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _passive(low: str, start: int, end: int) -> bool:
    """Whether "reported" or "told" is passive and names no one: "were reported
    missing", "residents were told to leave" (but "was told by police")."""
    if low[start:end] not in ("reported", "told"):
        return False
    before = low[max(0, start - 7) : start].split()
    return bool(before) and before[-1] in _BE and not low.startswith(" by ", end)


_BE = frozenset("is are was were be been being".split())


def _whole_words(low: str, words: tuple[str, ...], endings: str = "") -> list[tuple[int, int]]:
    """Where the words stand as whole words (one of `endings` may follow one)."""
    found: list[tuple[int, int]] = []
    for word in words:
        at = low.find(word)
        while at >= 0:
            end = at + len(word)
            if end < len(low) and low[end] in endings:
                end += 1
            if (at == 0 or not low[at - 1].isalnum()) and (
                end == len(low) or not low[end].isalnum()
            ):
                found.append((at, end))
            at = low.find(word, end)
    return found


def _day_names(low: str, text: str) -> list[tuple[int, int]]:
    """Where English day names stand as whole words ("today" included, but not
    "Today" inside a sentence: "told USA Today", "on the Today programme")."""
    found: list[tuple[int, int]] = []
    at = low.find("day")
    while at >= 0:
        start, end = at, at + 3
        while start > 0 and low[start - 1].isalpha():
            start -= 1
        if (
            low[start:end] in _DAY_NAMES
            and (start == 0 or not low[start - 1].isalnum())
            and (end == len(low) or not low[end].isalnum())
            and not (text[start] == "T" and low[start:end] == "today" and _inside(text, start))
        ):
            found.append((start, end))
        at = low.find("day", end)
    return found


def _inside(text: str, at: int) -> bool:
    """Whether text[at] stands inside a sentence: a word before it, not a
    sentence's end, an opening quote or bracket."""
    before = text[:at].rstrip()
    return bool(before) and before[-1] not in ".!?:;\"'“‘«(—–-\n"


def _dates_near(
    low: str,
    start: int,
    end: int,
    numbers: list[tuple[int, int]],
    day_names: list[tuple[int, int]],
) -> list[tuple[int, int]]:
    """The day names, and date spans around the numbers: "since September 2019"
    reaches back two words, "3 марта" one word ahead; a word more is spare.
    Of overlapping spans the first (the longest of those starting together)
    is kept, as one pass of the pattern over the passage keeps it: in "12
    March 12" the second 12 is no part of a date ("March 12")."""
    found = set(day_names)
    for at, after in numbers:
        window = _words_back(low, at, start, 3), _words_on(low, after, end, 2)
        # English day names alone are _day_names' to find (or leave: "USA Today").
        found.update(m.span() for m in _DATE.finditer(low, *window) if m.group() not in _DAY_NAMES)
    dates: list[tuple[int, int]] = []
    for span in sorted(found, key=lambda s: (s[0], -s[1])):
        if not dates or span[0] >= dates[-1][1]:
            dates.append(span)
    return dates


def _figures(
    low: str,
    start: int,
    end: int,
    numbers: list[tuple[int, int]],
    dates: list[tuple[int, int]],
    names: dict[int, int],
) -> Iterator[tuple[int, int]]:
    """Where the figures stand ("$5", "3.5 per cent", "1,200"): numbers outside
    a date and not part of a name (`names`: where those numbers start -> end),
    each the pattern's match reaching to the end of its number ("$1" of
    "$1.13bn" as "$1.13"). Lazy: key_facts only asks whether there is one."""
    for at, after in numbers:
        window = _words_back(low, at, start, 1), _words_on(low, after, end, 2)
        for m in _FIGURE.finditer(low, *window):
            if m.start() >= after:
                break  # the next number's: its own window sees what follows it
            if m.start() in names and m.end() == names[m.start()]:
                continue  # a bare number in a name: "Flight 9525" (not "Some 40%")
            if not any(a <= m.start() < b for a, b in dates):
                yield m.start(), max(m.end(), after)


def figures_and_dates(passage: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Where a passage's figures and dates stand, found as key_facts finds
    them: what answers a reader's "how many" or "when" (news.answers)."""
    low = _lowered(passage)
    numbers = _number_spans(low)
    days = _day_names(low, passage)
    if not low.isascii():
        days += _whole_words(low, _DAY_NAMES_RU)
    if not numbers and not days:
        return [], []
    dates = _dates_near(low, 0, len(low), numbers, days)
    names = {at: end for at, end in numbers if _designation(passage, 0, at, end)}
    figures = list(_figures(low, 0, len(low), numbers, dates, names))
    return figures, dates


_CLOSING_MARKS = ".,;:!?)\"'»”’"


# What joins a number to a code's letters: "F-15", "Su-27", "Covid-19", "P5+1".
_CODE_BEFORE = re.compile(r"(?:\b[A-ZА-ЯЁ][A-Za-zА-Яа-яЁё]{0,5}-|[A-Za-z]\d+\+)$")


def _designation(text: str, start: int, at: int, end: int) -> bool:
    """Whether the number at text[at:end] is part of a name, not a count:
    a whole number right after a capitalised word inside the passage, and
    not before a plural ("Flight 9525", "Channel 4", "Windows 10"; not
    "give Congress 60 days"); or one joined to a capital letter, a code's
    ("P5+1", "G7", "MH370", "F-15", "COVID-19")."""
    if not text[at:end].isdigit():
        return False
    if at > start and (text[at - 1].isupper() or _CODE_BEFORE.search(text, max(start, at - 8), at)):
        return True
    if at - start < 3 or text[at - 1] != " ":
        return False
    word = text[max(start, at - 24) : at - 1].rpartition(" ")[2]
    opens = at - 1 - len(word) <= start  # "Some 300 activists" opens the sentence
    following = text[end : end + 24].split(None, 1)
    after = following[0].rstrip(_CLOSING_MARKS) if following else ""
    counted = after.isalpha() and after.endswith("s")  # "60 days." as "60 days"
    return (
        not counted  # "give Congress 60 days"
        and word[:1].isupper()
        and word.isalpha()
        and not opens
        and word.lower() not in _DATE_WORDS  # "on Monday 12 people", "March 3"
    )


def _words_back(text: str, at: int, floor: int, count: int) -> int:
    """The start of the word `count` words before the one at `at` (not before `floor`)."""
    for _ in range(count + 1):
        space = text.rfind(" ", floor, at)
        if space < 0:
            return floor
        at = space
    return at + 1


def _words_on(text: str, after: int, ceiling: int, count: int) -> int:
    """The end of the word `count` words after the one ending near `after`."""
    for _ in range(count + 1):
        space = text.find(" ", after, ceiling)
        if space < 0:
            return ceiling
        after = space + 1
    return after - 1


def _names_by_span(
    text: str, spans: list[tuple[int, int]], entities: Entities
) -> dict[int, tuple[tuple[str, ...], int]]:
    """For the spans (sorted, not overlapping) with names in them, by span
    number: the kinds of those names, and how many distinct names; a name in
    brackets ("(FBK)" after its full name) is not another one.

    Each name is looked for once in the whole text, not once per span.
    """
    starts = [start for start, _ in spans]
    kinds_in: defaultdict[int, set[str]] = defaultdict(set)
    names_in: defaultdict[int, set[int]] = defaultdict(set)  # found outside brackets
    listed = [
        (kind, name)
        for kind, names in (
            ("person", entities.people),
            ("organization", entities.organizations),
            ("place", entities.places),
            ("", entities.others),
        )
        for name in names
        if name
    ]
    # Each name as the text writes it ("Алексея Навального" for the listed
    # "Алексей Навальный"), numbered as the one name it is.
    entries = [(number, kind, name) for number, (kind, name) in enumerate(listed)]
    if entities.written:
        entries += [
            (number, kind, form)
            for number, (kind, name) in enumerate(listed)
            for form in entities.written.get(name, ())
        ]
    for number, kind, name in entries:
        at = text.find(name)
        while at >= 0:
            i = bisect.bisect_right(starts, at) - 1
            start, end = spans[i] if i >= 0 else (0, -1)
            after = at + len(name)
            if after <= end:
                if kind:
                    kinds_in[i].add(kind)
                if not (start < at and after < end and text[at - 1] == "(" and text[after] == ")"):
                    names_in[i].add(number)
            at = text.find(name, at + 1)
    order = ("person", "organization", "place")
    return {
        i: (tuple(k for k in order if k in kinds_in[i]), len(names_in[i]))
        for i in kinds_in.keys() | names_in.keys()
    }


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
