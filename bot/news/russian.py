"""Russian names in the nominative, as a reader expects them listed.

Russian names change with case: "Алексея Навального", "Алексею Навальному",
"Алексей Навальный" are one person. Organisations' names capitalise only
their first word ("Европейский союз", "Фонд борьбы с коррупцией"): where such
a name ends is a matter of grammar, read here too. pymorphy3 reads each word
against the OpenCorpora dictionary that ships with it (nothing is
downloaded); it is loaded on the first Cyrillic name, so English-only use
never pays for it.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pymorphy3


@functools.cache
def _analyzer() -> pymorphy3.MorphAnalyzer:
    import pymorphy3  # here, not at the top: English-only use never imports it

    return pymorphy3.MorphAnalyzer()


def noun_lemma(word: str) -> str:
    """The dictionary form of a lower-cased word whose likeliest reading is a
    noun, names included: "алексея" -> "алексей", "киеве" -> "киев", "дня" ->
    "день"; any other word as it is. Snowball stems a noun's forms apart
    ("алексей" "алекс", "алексея" "алексе"; "киев" "ки", "киеве" "киев";
    "день" "ден", "дня" "дня"), so a reader who typed a word as it is, in the
    nominative, missed the articles that decline it; stemmed from this form,
    they meet (benchmarks/eval_russian_names.py)."""
    reading = _analyzer().parse(word)[0]
    if reading.tag.POS != "NOUN":
        return word
    return str(reading.normal_form).replace("ё", "е")


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


@functools.lru_cache(maxsize=2_000)
def fixed_man_name(word: str) -> bool:
    """Whether the word is a man's first name that never declines ("Джо",
    "Кофи", "Педро"): his surname's ending alone tells the case of his name."""
    names = [p for p in _analyzer().parse(word) if "Name" in p.tag]
    return bool(names) and all("Fixd" in p.tag and p.tag.gender == "masc" for p in names)


@functools.lru_cache(maxsize=20_000)
def place_nominative(word: str) -> str | None:
    """'Вильнюсе' -> 'Вильнюс', 'Нью-Йорке' -> 'Нью-Йорк': a word the dictionary
    knows as a place name, in the nominative; None for any other word."""
    for parse in _analyzer().parse(word):
        # A noun: the dictionary tags adjectives of places as places too
        # ("Украинская сторона" would list a place "Украинский").
        if "Geox" in parse.tag and parse.tag.POS == "NOUN" and parse.is_known:
            return str(parse.normal_form).title()
    return None


@functools.lru_cache(maxsize=50_000)
def participle_verb(word: str) -> str | None:
    """The verb a lower-cased participle is of ("запрещено", "запрещённый" ->
    "запретить"), None for other words: Snowball stems them apart
    ("запрещ", "запрет"), so a question's "запретили" missed a report's
    "запрещено"."""
    reading = _analyzer().parse(word)[0]
    if reading.tag.POS not in ("PRTS", "PRTF"):
        return None
    return str(reading.normal_form)


@functools.lru_cache(maxsize=20_000)
def verb_form(word: str) -> bool:
    """Whether a lower-cased word's likeliest reading is a form of a verb
    (participles and gerunds too): "выступал", "повлияло", "стоит"; not
    "билет", "конгрессе"."""
    return _analyzer().parse(word)[0].tag.POS in ("VERB", "INFN", "PRTF", "PRTS", "GRND")


@functools.lru_cache(maxsize=50_000)
def dictionary_forms(word: str) -> tuple[str, ...]:
    """The dictionary forms (lower case, ё as е) a Russian word may be of:
    "университета" -> ("университет",), "алексея" -> ("алексей",)."""
    return tuple(
        dict.fromkeys(str(p.normal_form).replace("ё", "е") for p in _analyzer().parse(word))
    )


@functools.lru_cache(maxsize=20_000)
def first_name(word: str) -> bool:
    """Whether the dictionary knows a lower-cased word as a first name, in any
    case ("эльвиры"); the word list in the gazetteer has only common ones."""
    return any("Name" in p.tag for p in _analyzer().parse(word))


# Adjectives and participles used as adjectives ("Соединённые Штаты").
_ADJECTIVES = ("ADJF", "PRTF")
# Tags of words that are names, or may be part of one.
_NAME_TAGS = frozenset("Name Surn Patr Geox Orgn Trad Abbr Init".split())


@functools.lru_cache(maxsize=20_000)
def common_word(word: str) -> bool:
    """Whether a lower-cased word is an ordinary word the dictionary knows
    ("жители", "решение", "вчера"), not a name, nor an adjective (which may
    start one: "Европейский союз", "Российская Федерация")."""
    parses = _analyzer().parse(word)
    return all(
        p.is_known and p.tag.POS not in _ADJECTIVES and _NAME_TAGS.isdisjoint(p.tag.grammemes)
        for p in parses
    )


@functools.lru_cache(maxsize=20_000)
def known_word(word: str) -> bool:
    """Whether the dictionary knows a reading of a lower-cased word: a word,
    not a typo of one ("правда", not "правдп")."""
    return any(p.is_known for p in _analyzer().parse(word))


@functools.lru_cache(maxsize=20_000)
def name_like(word: str) -> bool:
    """Whether every reading of a lower-cased word is a name or unknown to the
    dictionary: a name typed in lower case, as chat does ("велории",
    "окафора"), or a typo; not "отставка", "российских"."""
    return all(
        not p.is_known or not _NAME_TAGS.isdisjoint(p.tag.grammemes)
        for p in _analyzer().parse(word)
    )


def name_form(word: str) -> str:
    """The dictionary form of a lower-cased Russian name: "навального" ->
    "навальный", "киеве" -> "киев", "беларуси" -> "беларусь". A reading as a
    name is preferred, then as a noun ("соррел", not the verb "сорреть"), then
    as an adjective; the word itself when the dictionary has none of those.
    A name it does not know, ending in "-ом", is a man's name in the
    instrumental ("с Окафором", "Холтом"), whose guesses read it otherwise
    ("окафорома", "холтом")."""
    if word.endswith("ом") and len(word) > _SHORTEST_INSTRUMENTAL and not known_word(word):
        return word[:-2]
    parses = _analyzer().parse(word)
    for fits in (_is_name, _is_noun, _is_adjective):
        form = next((p.normal_form for p in parses if fits(p.tag)), None)
        if form is not None:
            return str(form).replace("ё", "е")
    return word


# The fewest letters of a name in "-ом" read as a name's instrumental ("Холтом").
_SHORTEST_INSTRUMENTAL = 4


def _is_name(tag: pymorphy3.tagset.OpencorporaTag) -> bool:
    return not _NAME_TAGS.isdisjoint(tag.grammemes)


def _is_noun(tag: pymorphy3.tagset.OpencorporaTag) -> bool:
    return bool(tag.POS == "NOUN")


def _is_adjective(tag: pymorphy3.tagset.OpencorporaTag) -> bool:
    return bool(tag.POS in _ADJECTIVES)


# Prepositions inside organisations' names: "Фонд борьбы с коррупцией",
# "Комитет по правам человека", "Служба по контракту".
_PREPOSITIONS = frozenset("с со по за при для о об против".split())


@functools.lru_cache(maxsize=50_000)
def _grammar(word: str) -> frozenset[tuple[str, str]]:
    """The (part of speech, case) pairs a word may be: ("NOUN", "gent"), ..."""
    return frozenset((str(p.tag.POS), str(p.tag.case)) for p in _analyzer().parse(word))


def _may_be(word: str, parts: tuple[str, ...], case: str | None = None) -> bool:
    """Whether a word may be one of these parts of speech (in this case)."""
    return any(part in parts and case in (None, c) for part, c in _grammar(word))


def organization_tail(last: str, following: list[str], is_head: Callable[[str], bool]) -> int:
    """How many of the lower-case words after a capitalised one (`last`,
    lower-cased) belong to the organisation name it is part of: an
    organisation word after its adjective ("Европейский" "союз"), then the words
    that hang on it: genitives ("Министерство" "иностранных дел"), or a
    preposition and its noun ("Фонд" "борьбы" "с коррупцией"). 0 if none do."""
    taken = 0
    if not is_head(last):
        if not following or not is_head(following[0]) or not _may_be(last, _ADJECTIVES):
            return 0
        taken = 1
    while taken < len(following):
        word = following[taken]
        if word not in _PREPOSITIONS:
            # (Short words are no genitives: "и", "с" are read as letters too.)
            if len(word) > 2 and _may_be(word, ("NOUN", *_ADJECTIVES), "gent"):
                taken += 1
                continue
            break
        noun = taken + 1
        while noun < len(following) and _may_be(following[noun], _ADJECTIVES):
            noun += 1
        if noun == len(following) or not _may_be(following[noun], ("NOUN",)):
            break
        taken = noun + 1
    return taken


@functools.lru_cache(maxsize=20_000)
def phrase_nominative(name: str, head: int) -> str:
    """A name made of a noun phrase, in the nominative: 'Фонда борьбы с
    коррупцией', head 0 -> 'Фонд борьбы с коррупцией'; 'Российской Федерации',
    head 1 -> 'Российская Федерация'. The head noun and the adjectives before
    it are put in the nominative, the words after it stay as written (they do
    not change with the name's case); the name as written when the dictionary
    cannot tell."""
    words = name.split()
    nouns = [p for p in _analyzer().parse(words[head]) if p.tag.POS == "NOUN"]
    if not nouns or nouns[0].tag.case in (None, "nomn"):
        return name
    tag = nouns[0].tag
    wanted = {"nomn", tag.number} if tag.number else {"nomn"}
    agreeing = wanted | ({tag.gender} if tag.number == "sing" and tag.gender else set())
    listed = []
    for index, word in enumerate(words[: head + 1]):
        parts = ("NOUN",) if index == head else _ADJECTIVES
        form = next(
            (
                p.inflect(wanted if index == head else agreeing)
                for p in _analyzer().parse(word)
                if p.tag.POS in parts and p.tag.case == tag.case and p.tag.number == tag.number
            ),
            None,
        )
        if form is None:
            return name
        listed.append(form.word.capitalize() if word[:1].isupper() else form.word)
    return " ".join(listed + words[head + 1 :])
