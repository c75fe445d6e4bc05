"""analyze() and answers on text drawn from the pieces news is made of, and on
those pieces repeated many times: they always answer, and everything they
quote is copied from the text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.news.analysis import analyze
from bot.news.answers import Wants, answer

PIECES = [
    "Anna", "Bob's", "Mr.", "Dr", "E.", "U.S.", "St.", "and", "of", "the", "The", "said", "in",
    "Bank", "Police", "World Cup", "North", "Korean", "UK-based", "MPs", "TV", "GMT", "Sunday's",
    "В.", "Путин", "в", "Брюсселе", "и", "Фонда", "ЛГБТ-людей", "$1.2bn", "3.5%", "1,200",
    "2024", "March", "3", "\"", "“", "”", "«", "»", "(", ")", ",", ".", "!", "?", ";", "—", "-",
    "\n", "\n\n", "'", "’", "🙂", "\u200b", "ИВАН", "ROLL CALL",
    "SEC", "Kestrel", "Mobile", "Rovers", "Tony", "Blair", "from", "Labour", "борьбы", "с",
    "коррупцией", "союз", "Европейского", "Жители", "Кремле", "заявили", "ФБК",
    "агентство", "Президент", "России", "Как", "Российской", "Федерации", "Глава", "банка",
]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(PIECES), max_size=80),
    st.integers(min_value=1, max_value=400),
)
def test_analysis_answers_and_quotes_only_the_text(pieces: list[str], times: int) -> None:
    text = " ".join(pieces) * (times if len(pieces) < 6 else 1)
    result = analyze(text, "Title")
    for sentence in result.summary:
        assert sentence.text and sentence.text in text
    for fact in result.facts:
        assert text[fact.start : fact.end] == fact.text
    names = result.entities
    for name in names.people + names.organizations + names.places + names.others:
        assert name and len(name) <= 200 + len(" (ABCDEF)")  # a run, and its acronym


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(PIECES), max_size=80),
    st.lists(st.sampled_from(PIECES), max_size=8),
    st.sampled_from(["figure", "date", "place", "person", "quote", "identity"]),
)
def test_answers_quote_only_the_text_and_mark_only_inside_it(
    pieces: list[str], question: list[str], wants: Wants
) -> None:
    text = " ".join(pieces)
    for got in (
        answer(" ".join(question), wants, [("Title", text), ("", text[::-1])], min_coverage=0.0),
        answer(" ".join(question), wants, [("", text)], 0.0, named_too=True, min_words=0),
    ):
        if got is None:
            continue
        assert got.text and got.text in (text, text[::-1])[got.article]
        assert all(0 <= a < b <= len(got.text) for a, b in got.marks)
        assert list(got.marks) == sorted(got.marks)
        assert all(b < c for (_, b), (c, _) in zip(got.marks, got.marks[1:], strict=False))
