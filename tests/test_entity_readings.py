"""The one-word shortcut for reading a run of capitalised words must read
every word exactly as the general path does."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from bot.news.entities import _NAME_RUN, _QUESTION_OPENINGS, _run_reading, _word_reading
from bot.news.gazetteer import (
    AWARDS,
    DEMONYMS,
    KNOWN_ORGANIZATIONS,
    NOT_NAMES,
    ORG_WORDS,
    PLACE_ENDINGS,
    PLACES,
    THING_ENDINGS,
    TITLES,
)

KNOWN = sorted(
    ORG_WORDS
    | PLACES
    | TITLES
    | DEMONYMS
    | THING_ENDINGS
    | AWARDS
    | PLACE_ENDINGS
    | KNOWN_ORGANIZATIONS
    | NOT_NAMES
    | {"u.s.", "fbk", "transcript"}
)


def styled(word: str, style: int) -> str:
    return (word.capitalize(), word.upper(), word.title(), word + ".")[style]


@settings(max_examples=400, deadline=None)
@given(
    st.one_of(
        st.builds(styled, st.sampled_from(KNOWN), st.integers(0, 3)),
        st.sampled_from(sorted(_QUESTION_OPENINGS)),  # as written: "Is", not "IS" (the group)
        st.from_regex(r"[A-ZА-ЯЁ][A-Za-zА-Яа-яЁё.\-]{0,8}[A-Za-zА-Яа-яЁё]", fullmatch=True),
    )
)
@example("Is")  # read as a name by the one-word path once
@example("We've")  # a contraction: no name by either path
def test_one_word_runs_read_as_the_general_path_reads_them(word: str) -> None:
    for run in (m.group() for m in _NAME_RUN.finditer(word)):
        if " " not in run:
            assert _word_reading(run) == _run_reading(run)
