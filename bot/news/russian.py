"""Russian people's names in the nominative, as a reader expects them listed.

Russian names change with case: "Алексея Навального", "Алексею Навальному",
"Алексей Навальный" are one person. pymorphy3 reads each word against the
OpenCorpora dictionary that ships with it (nothing is downloaded); it is
loaded on the first Cyrillic name, so English-only use never pays for it.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pymorphy3


@functools.cache
def _analyzer() -> pymorphy3.MorphAnalyzer:
    import pymorphy3  # here, not at the top: English-only use never imports it

    return pymorphy3.MorphAnalyzer()


@functools.lru_cache(maxsize=20_000)
def person_nominative(name: str) -> str:
    """'Алексея Навального' -> 'Алексей Навальный', 'Анны Ивановой' -> 'Анна
    Иванова'; the name as written when it is already in the nominative or when
    the dictionary cannot tell (an indeclinable foreign first name, initials)."""
    words = name.split()
    if len(words) < 2 or not all(word.istitle() for word in words):
        return name
    first = [p for p in _analyzer().parse(words[0]) if "Name" in p.tag and "Fixd" not in p.tag]
    if not first or first[0].tag.case in (None, "nomn"):
        return name
    case, gender = first[0].tag.case, first[0].tag.gender
    nominative = []
    for word in words:
        form = next(
            (
                p.inflect({"nomn"})
                for p in _analyzer().parse(word)
                if p.tag.case == case and p.tag.gender in (gender, None) and p.tag.number != "plur"
            ),
            None,
        )
        if form is None:
            return name
        nominative.append(form.word.title())
    return " ".join(nominative)


@functools.lru_cache(maxsize=20_000)
def place_nominative(word: str) -> str | None:
    """'Вильнюсе' -> 'Вильнюс', 'Нью-Йорке' -> 'Нью-Йорк': a word the dictionary
    knows as a place name, in the nominative; None for any other word."""
    for parse in _analyzer().parse(word):
        if "Geox" in parse.tag and parse.is_known:
            return str(parse.normal_form).title()
    return None


@functools.lru_cache(maxsize=50_000)
def dictionary_forms(word: str) -> tuple[str, ...]:
    """The dictionary forms (lower case, ё as е) a Russian word may be of:
    "университета" -> ("университет",), "алексея" -> ("алексей",)."""
    return tuple(
        dict.fromkeys(str(p.normal_form).replace("ё", "е") for p in _analyzer().parse(word))
    )
