"""Abbreviations and the names they stand for, found by one another.

A reader types "EU", the report writes "the European Union" (and the next
one "the EU"); "ЦБ" and "Центробанк", "ООН" and "Организация Объединённых
Наций". Searched as typed, "is the EU supporting the congress?" found no
article with every word, and the answer's sentence ("support from the
European Union") held too little of it. So an article's terms are read with
each abbreviation's name beside it and each name's abbreviation beside it:
the search index, the topics a chat follows and the sentences that answer
all hold both, and a query or a topic stays as typed.

Only abbreviations that are no word (not "US", "WHO": "us", "who") and that
stand for one name in news.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.news.text import stems

# Each line: the abbreviations, then the names they stand for (the first
# name is what an abbreviation is read as; every name is read as the first
# abbreviation).
_NAMES = (
    ("EU", "European Union"),
    ("UN", "United Nations"),
    ("UK", "United Kingdom"),
    ("NATO", "North Atlantic Treaty Organization", "North Atlantic Treaty Organisation"),
    ("IMF", "International Monetary Fund"),
    ("ECB", "European Central Bank"),
    ("ECHR", "European Court of Human Rights"),
    ("ICC", "International Criminal Court"),
    ("ЕС", "Евросоюз", "Европейский союз"),
    ("ООН", "Организация Объединённых Наций"),
    ("ЕСПЧ", "Европейский суд по правам человека"),
    ("МУС", "Международный уголовный суд"),
    ("МВФ", "Международный валютный фонд"),
    ("ЕЦБ", "Европейский центральный банк"),  # before ЦБ's "центральный банк"
    ("ЦБ", "Центробанк", "Центральный банк"),
    ("ФСБ", "Федеральная служба безопасности"),
)


def _read() -> tuple[dict[str, tuple[str, ...]], dict[tuple[str, ...], str]]:
    """(abbreviation's stem -> its name's stems, name's stems -> abbreviation's stem)."""
    names: dict[str, tuple[str, ...]] = {}
    short: dict[tuple[str, ...], str] = {}
    for abbreviation, *written in _NAMES:
        [term] = stems(abbreviation)
        spelt = [tuple(stems(name)) for name in written]
        names[term] = spelt[0]
        for name in spelt:
            short[name] = term
    return names, short


_NAME_OF, _ABBREVIATION_OF = _read()
_LONGEST = max(len(name) for name in _ABBREVIATION_OF)
# The terms an abbreviation or a name may start at: most texts have none.
_OPENERS = frozenset(_NAME_OF) | {name[0] for name in _ABBREVIATION_OF}


def with_abbreviations(terms: Sequence[str]) -> list[str]:
    """The terms with, after each abbreviation, the stems of its name, and
    after each name, its abbreviation: ["eu"] -> ["eu", "european", "union"]."""
    if _OPENERS.isdisjoint(terms):
        return list(terms)
    found: list[str] = []
    done = 0  # terms[:done] are in found
    for at in [i for i, term in enumerate(terms) if term in _OPENERS]:
        if at < done:
            continue  # inside a name read already
        size, beside = _stands_for(terms, at)
        if beside:
            found.extend(terms[done : at + size])
            found.extend(beside)
            done = at + size
    found.extend(terms[done:])
    return found


def _stands_for(terms: Sequence[str], at: int) -> tuple[int, tuple[str, ...]]:
    """How many terms from `at` an abbreviation or a name takes, and what it
    stands for; (0, ()) for neither."""
    if terms[at] in _NAME_OF:
        return 1, _NAME_OF[terms[at]]
    for size in range(_LONGEST, 0, -1):
        name = tuple(terms[at : at + size])
        if len(name) == size and name in _ABBREVIATION_OF:
            return size, (_ABBREVIATION_OF[name],)
    return 0, ()


def indexed_terms(text: str) -> list[str]:
    """What a text is indexed as for search: its stems, and the names and
    abbreviations they stand for."""
    return with_abbreviations(stems(text))
