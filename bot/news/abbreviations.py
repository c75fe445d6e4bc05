"""Abbreviations and the names they stand for, found by one another.

A reader types "EU", the report writes "the European Union" (and the next
one "the EU"); "ЦБ" and "Центробанк", "ООН" and "Организация Объединённых
Наций". Searched as typed, "is the EU supporting the congress?" found no
article with every word, and the answer's sentence ("support from the
European Union") held too little of it. So an article's terms are read with
each form of a name (its abbreviation, its other names) beside the form it
writes: the search index, the topics a chat follows and the sentences that
answer all hold them, and a query or a topic stays as typed.

Only abbreviations that are no word (not "US", "WHO", "PM": "us", "who",
"3 pm") and that stand for one name or role in news ("CEO": "chief
executive", "гендиректор": "генеральный директор").
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.news.text import stems

# Each line: an abbreviation, then the names it stands for. Each form is read
# with every other beside it: "Евросоюз" finds "Европейский союз" too.
_NAMES = (
    ("EU", "European Union"),
    ("UN", "United Nations"),
    ("UK", "United Kingdom"),
    ("NATO", "North Atlantic Treaty Organization", "North Atlantic Treaty Organisation"),
    ("IMF", "International Monetary Fund"),
    ("ECB", "European Central Bank"),
    ("ECHR", "European Court of Human Rights"),
    ("ICC", "International Criminal Court"),
    ("USA", "United States"),  # "of America" is read on as written
    ("FBI", "Federal Bureau of Investigation"),
    ("NGO", "non-governmental organisation", "non-governmental organization"),
    ("CEO", "chief executive"),
    ("MEP", "member of the European Parliament"),
    ("MP", "member of parliament"),
    ("GDP", "gross domestic product"),
    ("ЕС", "Евросоюз", "Европейский союз"),
    ("ООН", "Организация Объединённых Наций"),
    ("ЕСПЧ", "Европейский суд по правам человека"),
    ("МУС", "Международный уголовный суд"),
    ("МВФ", "Международный валютный фонд"),
    ("ЕЦБ", "Европейский центральный банк"),  # before ЦБ's "центральный банк"
    ("ЦБ", "Центробанк", "Центральный банк"),
    ("ФСБ", "Федеральная служба безопасности"),
    ("РФ", "Российская Федерация"),
    ("США", "Соединённые Штаты"),
    ("МИД", "Министерство иностранных дел"),
    ("МВД", "Министерство внутренних дел"),
    ("ВСУ", "Вооружённые силы Украины"),
    ("Госдума", "Государственная дума"),
    ("гендиректор", "генеральный директор"),
    ("ВВП", "валовой внутренний продукт"),
)


def _read() -> dict[tuple[str, ...], tuple[str, ...]]:
    """Each form's stems -> the stems of the other forms of its line."""
    others: dict[tuple[str, ...], tuple[str, ...]] = {}
    for line in _NAMES:
        forms = [tuple(stems(form)) for form in line]
        for form in forms:
            others[form] = tuple(t for other in forms if other != form for t in other)
    return others


_OTHERS = _read()
_LONGEST = max(len(form) for form in _OTHERS)
# The terms a form may start at: most texts have none.
_OPENERS = frozenset(form[0] for form in _OTHERS)


def with_abbreviations(terms: Sequence[str]) -> list[str]:
    """The terms with, after each abbreviation or name, its other forms:
    ["eu"] -> ["eu", "european", "union"]."""
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
    """How many terms from `at` an abbreviation or a name takes (the longest
    that does), and its other forms; (0, ()) for none."""
    for size in range(_LONGEST, 0, -1):
        form = tuple(terms[at : at + size])
        if len(form) == size and form in _OTHERS:
            return size, _OTHERS[form]
    return 0, ()


def indexed_terms(text: str) -> list[str]:
    """What a text is indexed as for search: its stems, and the names and
    abbreviations they stand for."""
    return with_abbreviations(stems(text))
