"""Telling a copy of a report from another report of the same story."""

from __future__ import annotations

from bot.news.copies import COPY_SHARE, MAX_WORDS, copied_share, is_copy, same_report, word_runs

REPORT = (
    "Police in Moscow detained 40 protesters on Saturday at a rally against the war, the rights "
    "group OVD-Info said. Officers dragged a student into a van near Pushkin Square.\n\n"
    "The rally was called by the Vesna movement. Lawyers said most were released by night."
)
DEVELOPMENT = (
    "A Moscow court on Monday fined 12 of the protesters detained at Saturday's rally against "
    "the war, OVD-Info said. The student dragged into a van near Pushkin Square was jailed for "
    "ten days. The Vesna movement called a new rally."
)
RUSSIAN = (
    "Полиция в Москве задержала 40 участников акции против войны, сообщает ОВД-Инфо. "
    "Силовики затащили в автозак студентку у памятника Пушкину."
)


def test_a_reprint_with_a_credit_line_or_a_cut_is_a_copy() -> None:
    credited = REPORT + "\n\n(Reuters)"
    assert COPY_SHARE <= copied_share(credited, REPORT) < 1.0
    assert is_copy(credited, REPORT) and is_copy(REPORT.split("\n\n")[0], REPORT)
    # In a report this short, a longer credit is too much that is new.
    signed = REPORT.split("\n\n")[0] + "\n\nAdditional reporting by Anna Ivanova in Moscow."
    assert not is_copy(signed, REPORT)
    assert copied_share(REPORT.upper(), REPORT) == 1.0  # case and punctuation do not count


def test_a_development_of_the_story_is_news() -> None:
    assert copied_share(DEVELOPMENT, REPORT) < 0.2
    assert not is_copy(DEVELOPMENT, REPORT)
    longer = REPORT + " " + DEVELOPMENT  # the report again with as much news added
    assert not is_copy(longer, REPORT) and is_copy(REPORT, longer)


def test_russian_reports_are_compared_by_their_words() -> None:
    assert is_copy(RUSSIAN + " Подробнее на сайте.", RUSSIAN)
    assert not is_copy(RUSSIAN, REPORT)


def test_short_empty_and_huge_texts() -> None:
    assert word_runs("") == set() and copied_share("", REPORT) == 0.0
    assert word_runs("Breaking news") == {("breaking", "news")}
    assert is_copy("Breaking news!", "BREAKING NEWS") and not is_copy("Breaking news", "news")
    huge = " ".join(f"w{i}" for i in range(MAX_WORDS * 3))
    assert len(word_runs(huge)) == MAX_WORDS - 3  # the work is bounded


def test_same_report_either_way_round() -> None:
    reprint = "By our wire service.\n\n" + REPORT + "\n\n(Reuters)"
    assert same_report(reprint, REPORT) and same_report(REPORT, reprint)
    cut = REPORT.split("\n\n")[0]  # the other copies this one
    assert same_report(cut, REPORT) and same_report(REPORT, cut)
    assert not same_report(DEVELOPMENT, REPORT) and not same_report(RUSSIAN, REPORT)
    assert not same_report("", REPORT)
