"""Fact kinds found per number and per word must be what the patterns find
when run over each whole passage (the slow, obvious way they once ran)."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from bot.news.facts import (
    _DATE,
    _FIGURE,
    _NUMBER,
    _QUOTE,
    _kinds_by_span,
    _number_spans,
    _said,
    key_facts,
)

_ATTRIBUTION = re.compile(
    r"\b(?:according to|said|says|told|added|announced|warned|claimed|reported|стало известно"
    r"|(?:сообщил|заявил|сказал|рассказал|отметил|добавил|подчеркнул|пояснил|написал"
    r"|предупредил|объявил)[аи]?"
    r"|сообщает|сообщают|заявляет|заявляют|говорит|говорят|пишет|пишут|отмечают"
    r"|утверждает|утверждают|передает|передаёт"
    r"|по (?:его |ее |её |их )?словам|по данным)\b"
)


_DAYS_AND_MONTHS = {
    *"monday tuesday wednesday thursday friday saturday sunday today yesterday".split(),
    *"january february march april may june july august september october november".split(),
    *"december jan feb mar apr jun jul aug sep sept oct nov dec".split(),
    *"января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split(),
}


def name_numbers(passage: str) -> set[str]:
    """The numbers that are part of a name ("Flight 9525"), as "start:end" in
    the lower-cased passage:
    whole numbers right after a capitalised word that is neither the
    passage's first nor a day's or a month's name, and not before a plural;
    and whole numbers joined to a code's letters ("G7", "F-15", "P5+1")."""
    found = set()
    for m in _NUMBER.finditer(passage):
        before, after = passage[: m.start()], passage[m.end() :].split()
        if m.group().isdigit() and re.search(
            r"(?:[A-Z]|\b[A-Z][A-Za-z]{0,5}-|[A-Za-z]\d+\+)$", before
        ):
            at = len(before.lower())
            found.add(f"{at}:{at + len(m.group())}")
            continue
        after = [w.rstrip(".,;:!?)\"'»”’") for w in after[:1]]
        words = before.split()
        if not m.group().isdigit() or not before.endswith(" ") or len(words) < 2:
            continue
        if after and after[0].isalpha() and after[0].endswith("s"):
            continue
        word = words[-1]
        if word[:1].isupper() and word.isalpha() and word.lower() not in _DAYS_AND_MONTHS:
            at = len(before.lower())  # where it stands in the lower-cased passage ("İ" is two)
            found.add(f"{at}:{at + len(m.group())}")
    return found


def passage_kinds(passage: str) -> tuple[str, ...]:
    """The reference: every pattern over the whole lower-cased passage."""
    low = passage.lower()
    dates = [m.span() for m in _DATE.finditer(low)]
    names = name_numbers(passage)
    kinds = []
    figures = [m for m in _FIGURE.finditer(low) if f"{m.start()}:{m.end()}" not in names]
    if any(not any(a <= m.start() < b for a, b in dates) for m in figures):
        kinds.append("figure")
    if dates:
        kinds.append("date")
    if any(_said(passage, m, 0, len(passage)) for m in _QUOTE.finditer(passage)):
        kinds.append("quote")
    if any(not _passive(low, m) for m in _ATTRIBUTION.finditer(low)):
        kinds.append("attribution")
    return tuple(kinds)


def _passive(low: str, said: re.Match[str]) -> bool:
    """ "were reported missing", "were told to leave": no one named as saying it."""
    before = low[: said.start()].split()[-1:]
    return (
        said.group() in ("reported", "told")
        and before[:1] != []
        and before[0] in ("is", "are", "was", "were", "be", "been", "being")
        and not low.startswith(" by ", said.end())
    )


TOKENS = [
    "the",
    "court",
    "said",
    "unsaid",
    "says",
    "according to",
    "reported",
    "told",
    "were",
    "by",
    "Monday",
    "today",
    "holiday",
    "days",
    "March",
    "Sept.",
    "in",
    "since",
    "2019",
    "1999",
    "12",
    "3.5%",
    "$4.2bn",
    "1,200",
    "10",
    "a.m.",
    "pm",
    "per cent",
    "million",
    "30",
    "марта",
    "2022",
    "года",
    "году",
    "годом",
    "2022-м",
    "г.",
    "в",
    "среду",
    "заявила",
    "сообщили",
    "рассказала",
    "говорит",
    "говорят",
    "предупредили",
    "по его словам",
    "тыс",
    "“a quotation of some length here”",
    '"',
    "€5",
    "(",
    ")",
    ",",
    "—",
    "7pm",
    "İstanbul",
    "Flight",
    "people",
    "человек",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(TOKENS), min_size=1, max_size=14), min_size=1, max_size=5))
@example([["since", "March", "2019"], ["12", "марта"], ["$", "5", "per cent"]])
@example([["at", "10", "a.m."], ["in", "2019", "года"], ["“a quotation of some length here”"]])
@example([["12", "March", "12", "the", "7pm"]])  # "March 12" overlaps "12 March": no date
@example([["в", "2022-м", "году"], ["с", "1999", "годом"]])
@example([["in", "2019", "people"], ["2022", "человек"], ["1999", "—", "people"]])
@example([["the", "İstanbul", "10", "says"], ["the"]])  # a plural whichever mark follows
def test_kinds_match_the_patterns_over_whole_passages(passages: list[list[str]]) -> None:
    texts = [" ".join(words) for words in passages]
    text = ". ".join(texts)
    spans, at = [], 0
    for passage in texts:
        spans.append((at, at + len(passage)))
        at += len(passage) + 2
    found = _kinds_by_span(text, spans)
    assert [found.get(i, ()) for i in range(len(spans))] == [passage_kinds(p) for p in texts]


def test_a_number_in_a_name_is_no_figure() -> None:
    assert passage_kinds("The crash of Germanwings Flight 9525 shocked Europe") == ()
    assert passage_kinds("It aired on Channel 4 to 3 million viewers") == ("figure",)
    assert passage_kinds("On Monday 12 people were hurt") == ("figure", "date")
    assert passage_kinds("Some 300 activists met") == ("figure",)
    assert passage_kinds("It is far from over: Some 40% are missing") == ("figure",)
    assert passage_kinds("It would give Congress 60 days to act") == ("figure",)
    text = "The crash of Germanwings Flight 9525 shocked Europe."
    assert "figure" not in key_facts(text)[0].kinds
    # A number joined to a code's letters names a thing too.
    assert passage_kinds("Diplomats of the P5+1 powers met the G7 leaders") == ()
    assert passage_kinds("The pilots ejected from their F-15 and the Su-27 flew off") == ()
    assert passage_kinds("Flight MH370 vanished with 239 people on board") == ("figure",)
    assert passage_kinds("Covid-19 cases rose by 5% in Berlin") == ("figure",)


def test_a_time_of_day_is_no_figure_even_after_another_number() -> None:
    text = "Tickets go on sale Monday, March 9 at 10 a.m. local time at the box office."
    (fact,) = key_facts(text)
    assert fact.kinds == ("date",)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789,. a-", max_size=60))
def test_numbers_in_ascii_text_are_found_as_the_pattern_finds_them(text: str) -> None:
    assert _number_spans(text) == [m.span() for m in _NUMBER.finditer(text)]


def test_numbers_in_other_text_include_other_digits() -> None:
    text = "«1,200» человек, ٣٠ km"
    assert [text[a:b] for a, b in _number_spans(text)] == ["1,200", "٣٠"]


def test_a_year_in_russian_is_a_date_in_any_case() -> None:
    for said in ("в 1961 году", "с 2022 года", "2024 год стал рекордным", "в 2022-м году"):
        assert "date" in passage_kinds(f"Уровень озера упал {said}, сообщили власти."), said
    assert passage_kinds("Погибли 1961 человек, сообщили власти.") == ("figure", "attribution")
    # They say, in the present: the demo's OVD-Info report ("Правозащитники говорят, что...").
    assert passage_kinds("Правозащитники говорят, что преследуют всех.") == ("attribution",)
    assert passage_kinds("Синоптики предупредили о грозе во вторник.") == ("date", "attribution")


def test_what_was_reported_or_told_names_no_one_saying_it() -> None:
    assert passage_kinds("In 2001, 2,753 people were reported missing.") == ("figure", "date")
    assert passage_kinds("Residents were told to leave.") == ()
    assert passage_kinds("He was told by police to leave.") == ("attribution",)
    assert passage_kinds("The paper reported a fall.") == ("attribution",)
    (fact,) = key_facts("Since 2001, 2,753 people were reported missing in New York.")
    assert fact.kinds[:2] == ("figure", "date") and "attribution" not in fact.kinds


def test_a_number_like_a_year_before_what_is_counted_is_a_figure() -> None:
    assert passage_kinds("About 2000 people marched") == ("figure",)
    assert passage_kinds("задержаны 2022 участника акций") == ("figure",)
    assert passage_kinds("In 2000 people voted for change") == ("date",)
    assert passage_kinds("The 1990 election changed everything") == ()
    for text in ("About 2000 people marched on Monday.", "Погибли 1961 человек, сообщили власти."):
        (fact,) = key_facts(text)
        assert "figure" in fact.kinds, text


def test_a_sentence_that_only_says_who_told_the_one_before_is_no_fact() -> None:
    text = (
        "Суд в среду приговорил журналиста Игоря Петрова к 5,5 годам колонии. "
        "Об этом сообщила пресс-служба суда. "
        "Обвинение просило 7 лет. "
        "Police arrested 15 people on Saturday. This was reported by Reuters. "
        "Об этом сообщила пресс-служба суда, добавив, что 3 человека отпущены."
    )
    facts = [fact.text for fact in key_facts(text)]
    assert "Об этом сообщила пресс-служба суда." not in facts
    assert "This was reported by Reuters." not in facts
    assert "Обвинение просило 7 лет." in facts
    assert any(f.startswith("Об этом сообщила пресс-служба суда, добавив") for f in facts)
