"""Telling a copy of a report from another report of the same story."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bot.news.copies import (
    COPY_SHARE,
    MAX_WORDS,
    copied_share,
    fold,
    is_copy,
    same_report,
    word_runs,
)

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
    # A credit line is no part of the report, however short the report...
    lead = REPORT.split("\n\n")[0]
    signed = lead + "\n\nAdditional reporting by Anna Ivanova in Moscow."
    assert is_copy(signed, REPORT) and same_report(signed, REPORT)
    # ...while a sentence of news is, and in a report this short it is too much that is new.
    assert not is_copy(lead + "\n\nThe mayor's office declined to comment on the arrests.", REPORT)
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
    assert word_runs("Breaking news") == {hash(("breaking", "news"))}
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


def _fold_by_every_pair(texts: list[str]) -> list[list[int]]:
    """fold() as defined: each text joins the first group whose first text is the same report."""
    groups: list[list[int]] = []
    for position, text in enumerate(texts):
        home = next((g for g in groups if same_report(text, texts[g[0]])), None)
        if home is None:
            groups.append([position])
        else:
            home.append(position)
    return groups


@given(st.lists(st.integers(0, 7), max_size=30))
def test_fold_groups_each_report_with_its_copies_in_order(picks: list[int]) -> None:
    """fold() compares a text only with the groups sharing a run of its lead:
    the same groups as comparing it with every group."""
    kinds = [
        REPORT,
        REPORT + "\n\n(Reuters)",
        "By our wire service.\n\n" + REPORT,
        REPORT.split("\n\n")[0],
        DEVELOPMENT,
        RUSSIAN,
        RUSSIAN + " Подробнее на сайте.",
        "",
    ]
    texts = [kinds[p] for p in picks]
    groups = fold(texts)
    assert groups == _fold_by_every_pair(texts)
    assert sorted(i for g in groups for i in g) == list(range(len(texts)))


def test_fold_of_many_distinct_reports() -> None:
    texts = [
        f"Report {n}: the council of town {n} voted on budget {n} late on day {n}."
        for n in range(300)
    ]
    texts.insert(150, texts[3] + " (Wire copy.)")
    groups = fold(texts)
    assert len(groups) == 300 and groups[3] == [3, 150]
