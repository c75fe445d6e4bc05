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


LAKE = (
    "Calder rations water as Lake Sorrel falls to record low",
    "The city of Calder will cut household water pressure at night and ban garden hoses from "
    "Monday after Lake Sorrel, its main reservoir, fell to 31% of capacity, the lowest level "
    "since records began in 1961. The region has had 44 days without significant rain, and "
    "temperatures reached 41.2C in Calder on Saturday, a new local record. Mayor Irene Castell "
    "said the measures would stay in place until the lake recovers to at least 45%. The water "
    "company said daily use had already fallen by 9% since it asked residents to save water two"
    " weeks ago.",
)
FARMERS = (
    "Farmers around Lake Sorrel lose a third of their harvest to drought",
    "Farmers in the Sorrel valley expect to harvest about a third less wheat and maize than usual"
    " after weeks of heat and no rain, the regional farmers' union said on Monday.",
)
RAIN = (
    "Rain returns to the Sorrel valley, but the lake will take months to recover",
    "Heavy rain fell across the Sorrel valley over the weekend, ending a dry spell of more than"
    " two months, but Lake Sorrel rose only to 34% of capacity. Hydrologists said the ground "
    "was so dry that most of the water soaked in before reaching the reservoir. Calder's night-"
    "time water restrictions will stay for now, Mayor Irene Castell said. The city plans to "
    "build a 14-kilometre pipeline to a second reservoir by 2028, at a cost of about 90 million"
    " crowns.",
)


def test_a_cause_must_be_of_what_the_question_says_happened_not_only_of_its_names() -> None:
    # The farmers' sentence and title hold "Sorrel" and "Lake", and a cause,
    # but of a lost harvest: nothing says why the lake fell.
    assert answer("Lake Sorrel fall", "reason", [FARMERS, RAIN, LAKE]) is None
    # What happened held by the title only still counts: Calder's rationing.
    got = answer("Calder ration water", "reason", [LAKE])
    assert got is not None
    assert got.text.startswith("The city of Calder")
    assert [got.text[a:b] for a, b in got.marks] == ["after Lake Sorrel"]
