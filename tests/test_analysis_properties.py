"""analyze() on text drawn from the pieces news is made of, and on those
pieces repeated many times: it always answers, and everything it quotes is
copied from the text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.news.analysis import analyze

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
