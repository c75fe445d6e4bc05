"""Where a sentence says why (news.reasons), and "why ...?" answered by it."""

from __future__ import annotations

import pytest

from bot.news.answers import answer
from bot.news.reasons import reasons


@pytest.mark.parametrize(
    ("sentence", "why"),
    [
        (
            "More than 20,000 people have been detained because of their stance against the war.",
            ["because of their stance against the war"],
        ),
        (
            "Eastport United dismissed manager Viktor Hale on Wednesday, four days after the"
            " club lost the National Cup final 2-1 to Calder Rovers.",
            ["after the club lost the National Cup final 2-1 to Calder Rovers"],
        ),
        (
            "The bank raised its rate to 4.25% on Thursday, its third increase this year, as"
            " consumer prices kept rising faster than expected.",
            ["as consumer prices kept rising faster than expected"],
        ),
        (
            "The execution was postponed due to concerns over the drugs.",
            ["due to concerns over the drugs"],
        ),
        ('Malik left the tour last week, citing "stress"', ['citing "stress"']),
        ("Задержаны из-за антивоенной позиции, сообщает ОВД-Инфо.", ["из-за антивоенной позиции"]),
        # A time, a timetable, a list: no cause.
        ("Reilly equalised after 61 minutes.", []),
        ("The trail is due to reopen this month.", []),
        ("The following day, the museum, as well as the library, reopened.", []),
        ("Exporters, such as carmakers, as a group, complained.", []),
        ("После 2022 года всё изменилось.", []),
        ("Обсуждали будущее страны после войны.", []),
        (
            "Он ушёл в отставку после того, как стало известно об утечке.",
            ["после того, как стало известно об утечке"],
        ),
        ("He starts on pole, as he did last year.", []),
    ],
)
def test_a_cause_is_the_clause_a_word_of_cause_opens(sentence: str, why: list[str]) -> None:
    assert [sentence[a:b] for a, b in reasons(sentence)] == why


SACKED = (
    "Eastport sack manager after cup final defeat",
    "Eastport United dismissed manager Viktor Hale on Wednesday, four days after the club lost"
    " the National Cup final 2-1 to Calder Rovers. Hale had been in charge for three seasons."
    " The club said a new manager would be named after the summer break.",
)


def test_why_is_answered_by_the_sentence_that_gives_a_cause_marked() -> None:
    got = answer("why was Viktor Hale sacked", "reason", [SACKED])
    assert got is not None
    assert got.text.startswith("Eastport United dismissed manager Viktor Hale")
    assert [got.text[a:b] for a, b in got.marks] == [
        "after the club lost the National Cup final 2-1 to Calder Rovers"
    ]


def test_a_cause_that_only_repeats_the_question_is_no_answer() -> None:
    # "after the summer break" is a cause clause, but the question is about it.
    assert answer("why will a manager be named after the summer break", "reason", [SACKED]) is None
    # A sentence with the question's words but no cause gives no answer either.
    assert answer("why has Hale been in charge for three seasons", "reason", [SACKED]) is None
