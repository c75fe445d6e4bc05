"""When news is asked for from (news.periods)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.commands.latest import period_words
from bot.news.periods import Period, period_at_end

TODAY = date(2025, 11, 25)  # a Tuesday


@pytest.mark.parametrize(
    ("text", "rest", "start", "end"),
    [
        ("Kestrel news from April", "Kestrel news", "2025-04-01", "2025-05-01"),
        ("what happened in March?", "what happened", "2025-03-01", "2025-04-01"),
        # A month to come this year is last year's.
        ("news from December", "news", "2024-12-01", "2025-01-01"),
        ("Kestrel in April 2025", "Kestrel", "2025-04-01", "2025-05-01"),
        ("articles from 12 June", "articles", "2025-06-12", "2025-06-13"),
        ("June 12, 2024", "", "2024-06-12", "2024-06-13"),
        ("the 3rd of March", "", "2025-03-03", "2025-03-04"),
        ("news on 2025-06-12", "news", "2025-06-12", "2025-06-13"),
        ("новости за 12.06.2025", "новости", "2025-06-12", "2025-06-13"),
        ("Kestrel 4.3.2025", "Kestrel", "2025-03-04", "2025-03-05"),
        ("2025-06", "", "2025-06-01", "2025-07-01"),
        ("in 2024", "", "2024-01-01", "2025-01-01"),
        ("news from yesterday", "news", "2025-11-24", "2025-11-25"),
        ("this week", "", "2025-11-24", "2025-12-01"),
        ("news from last week", "news", "2025-11-17", "2025-11-24"),
        ("over the past week", "", "2025-11-19", "2025-11-26"),
        # "за неделю", "за последний месяц": the days to today, as "the past week"
        ("что нового за неделю", "что нового", "2025-11-19", "2025-11-26"),
        ("Kestrel за последний месяц", "Kestrel", "2025-10-27", "2025-11-26"),
        ("за год", "", "2024-11-26", "2025-11-26"),
        # Counted: the days to today ("the past 24 hours": today).
        ("news from the last 3 days", "news", "2025-11-23", "2025-11-26"),
        ("Kestrel in the past two weeks", "Kestrel", "2025-11-12", "2025-11-26"),
        ("in the last 24 hours", "", "2025-11-25", "2025-11-26"),
        ("the last 48 hours", "", "2025-11-24", "2025-11-26"),
        ("over the past few days", "", "2025-11-23", "2025-11-26"),
        ("the past fortnight", "", "2025-11-12", "2025-11-26"),
        ("засуха за последние 3 дня", "засуха", "2025-11-23", "2025-11-26"),
        ("в течение последних пяти дней", "", "2025-11-21", "2025-11-26"),
        ("за последние сутки", "", "2025-11-25", "2025-11-26"),
        ("за 2 месяца", "", "2025-09-27", "2025-11-26"),
        ("в течение недели", "", "2025-11-19", "2025-11-26"),
        ("инфляция за 3 года", "инфляция", "2022-11-27", "2025-11-26"),
        ("the drought last month", "the drought", "2025-10-01", "2025-11-01"),
        ("новости за июнь", "новости", "2025-06-01", "2025-07-01"),
        ("что было в марте", "что было", "2025-03-01", "2025-04-01"),
        ("засуха 12 июля 2025 года", "засуха", "2025-07-12", "2025-07-13"),
        ("в мае", "", "2025-05-01", "2025-06-01"),
        ("в 2024 году", "", "2024-01-01", "2025-01-01"),
        ("за прошлую неделю", "", "2025-11-17", "2025-11-24"),
        ("вчера", "", "2025-11-24", "2025-11-25"),
        ("главное за сегодня", "главное", "2025-11-25", "2025-11-26"),
        ("новости за вчера", "новости", "2025-11-24", "2025-11-25"),
        # Seasons: three months; winter from December; "last" the last one over.
        ("articles from last summer", "articles", "2025-06-01", "2025-09-01"),
        ("what happened in the summer", "what happened", "2025-06-01", "2025-09-01"),
        ("Kestrel in spring 2025", "Kestrel", "2025-03-01", "2025-06-01"),
        ("news from winter 2025", "news", "2024-12-01", "2025-03-01"),
        ("last fall", "", "2024-09-01", "2024-12-01"),  # this one is not over
        ("this autumn", "", "2025-09-01", "2025-12-01"),
        ("что было летом", "что было", "2025-06-01", "2025-09-01"),
        ("засуха прошлым летом", "засуха", "2025-06-01", "2025-09-01"),
        ("новости прошлой зимой", "новости", "2024-12-01", "2025-03-01"),
        ("за лето 2024 года", "", "2024-06-01", "2024-09-01"),
        # Since then, up to today.
        ("Kestrel since April", "Kestrel", "2025-04-01", "2025-11-26"),
        ("news since 12 June", "news", "2025-06-12", "2025-11-26"),
        ("since December", "", "2024-12-01", "2025-11-26"),
        ("since 2024", "", "2024-01-01", "2025-11-26"),
        ("since last week", "", "2025-11-17", "2025-11-26"),
        ("since yesterday", "", "2025-11-24", "2025-11-26"),
        ("засуха с июля", "засуха", "2025-07-01", "2025-11-26"),
        ("новости с 12 июня", "новости", "2025-06-12", "2025-11-26"),
        ("с 2024 года", "", "2024-01-01", "2025-11-26"),
        ("с прошлой недели", "", "2025-11-17", "2025-11-26"),
        ("со вчерашнего дня", "", "2025-11-24", "2025-11-26"),
    ],
)
def test_a_period_at_the_end_of_a_request(text: str, rest: str, start: str, end: str) -> None:
    found = period_at_end(text, TODAY)
    assert found is not None
    assert (found[0], found[1].start, found[1].end) == (
        rest,
        date.fromisoformat(start),
        date.fromisoformat(end),
    )
    # Named from today, a period is no event's ("Kestrel last week"); a date may be.
    named_from_today = ["yesterday", "week", "month", "вчера", "сегодня", "недел", "since", " с "]
    named_from_today += ["last ", "this ", "прошл"]  # "last summer", "прошлым летом"
    named_from_today += ["месяц", "за год", "3 года", "days", "hours", "fortnight", "дн", "сутки"]
    relative = any(w in text for w in named_from_today) or text.startswith(("с ", "со "))
    assert found[1].relative == relative


@pytest.mark.parametrize(
    "text",
    [
        "Theresa May",  # a month alone: a name, or a word of the topic
        "news about May",
        "Anti-war congress 2025",  # a year alone
        "the film 2012",
        "31 June",  # no such day
        "2025-13",
        "31.06.2025",
        "rates 12.06",  # no year: a figure, as "12.06%" may be
        "March of the Penguins review",  # not at the end
        "встреча с Путиным",  # "с" is "with" too
        "кофе с молоком",
        "the Arab Spring",  # a season needs a word before it or a year after it
        "house prices fall",
        "summer festival",
        "Mendes in the last 3 games",  # counted, but not of days
        "the last two hundred",
    ],
)
def test_no_period(text: str) -> None:
    assert period_at_end(text, TODAY) is None


@pytest.mark.parametrize(
    ("start", "end", "english", "russian"),
    [
        ("2025-06-12", "2025-06-13", "on 12 June 2025", "12 июня 2025 года"),
        ("2025-06-01", "2025-07-01", "in June 2025", "в июне 2025 года"),
        ("2024-01-01", "2025-01-01", "in 2024", "в 2024 году"),
        ("2025-11-17", "2025-11-24", "from 17 to 23 November 2025", "с 17 по 23 ноября 2025 года"),
        (
            "2025-10-27",
            "2025-11-03",
            "from 27 October to 2 November 2025",
            "с 27 октября по 2 ноября 2025 года",
        ),
        # Since a day of this year: its year said once.
        (
            "2025-04-01",
            "2025-11-26",
            "from 1 April to 25 November 2025",
            "с 1 апреля по 25 ноября 2025 года",
        ),
        (
            "2024-12-30",
            "2025-01-03",
            "from 30 December 2024 to 2 January 2025",
            "с 30 декабря 2024 года по 2 января 2025 года",
        ),
    ],
)
def test_a_period_in_words(start: str, end: str, english: str, russian: str) -> None:
    period = Period(date.fromisoformat(start), date.fromisoformat(end))
    assert (period_words(period, "en"), period_words(period, "ru")) == (english, russian)


def test_a_long_request_is_read_for_its_period_at_its_end_only() -> None:
    words = "Kestrel " * 500
    found = period_at_end(words + "news from the 3rd of September, 2024", TODAY)
    assert found is not None and found[0] == words + "news"
    assert (found[1].start, found[1].end) == (date(2024, 9, 3), date(2024, 9, 4))
    assert period_at_end("12 " * 500 + "June, and more", TODAY) is None
