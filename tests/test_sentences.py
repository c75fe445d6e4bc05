from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.news.analysis import analyze
from bot.news.sentences import _BOUNDARY, _stops, has_words, split_sentences


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mr. Smith met Dr. Jones on Feb. 3 in St. Louis. They talked.",
            ["Mr. Smith met Dr. Jones on Feb. 3 in St. Louis.", "They talked."],
        ),
        (
            "Profits rose 76% to $1.13bn (£600m). Sales were 1,200 units, up 3.5%.",
            ["Profits rose 76% to $1.13bn (£600m).", "Sales were 1,200 units, up 3.5%."],
        ),
        (
            "J. K. Rowling spoke. The U.S. Army agreed. It moved to the U.S. The end.",
            ["J. K. Rowling spoke.", "The U.S. Army agreed.", "It moved to the U.S.", "The end."],
        ),
        (  # initials run together: a sentence ends there only before a typical opener
            "He served George H.W. Bush. J.K. Rowling wrote. He joined A.M.C. The show ran.",
            [
                "He served George H.W. Bush.",
                "J.K. Rowling wrote.",
                "He joined A.M.C.",
                "The show ran.",
            ],
        ),
        (
            "Его звали А.С. Пушкин. Он писал.",
            ["Его звали А.С. Пушкин.", "Он писал."],
        ),
        (
            '"We will win," he said. "It is over." (Nobody agreed.) Then rain came.',
            ['"We will win," he said.', '"It is over."', "(Nobody agreed.)", "Then rain came."],
        ),
        ("Wait... what? Yes! Fine… Done.", ["Wait... what?", "Yes!", "Fine…", "Done."]),
        (
            "В. В. Путин подписал закон, т.е. документ вступил в силу. Это было в 2022 г. Потом...",
            [
                "В. В. Путин подписал закон, т.е. документ вступил в силу.",
                "Это было в 2022 г. Потом...",
            ],
        ),
        (
            "Heading without stop\nFirst line of prose. Second one.\n- a bullet\n- another",
            [
                "Heading without stop",
                "First line of prose.",
                "Second one.",
                "- a bullet",
                "- another",
            ],
        ),
        ("no punctuation at all here", ["no punctuation at all here"]),
        ("", []),
    ],
)
def test_split(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_offsets_point_into_the_text() -> None:
    text = "  First one.  Second one!\n\nThird, in a new paragraph."
    sentences = split_sentences(text)
    assert [text[s.start : s.end] for s in sentences] == [s.text for s in sentences]
    assert [s.paragraph for s in sentences] == [0, 0, 1]


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=" \t\nab\u00a0\u2009.", max_size=300), st.integers(0, 6), st.integers(0, 40)
)
def test_has_words_counts_as_a_full_split_does(text: str, low: int, span: int) -> None:
    n = len(text.split())
    assert has_words(text, low) == (n >= low)
    assert has_words(text, low, low + span) == (low <= n <= low + span)


def test_prose_is_neither_a_heading_nor_a_bullet_nor_a_fragment() -> None:
    sentences = split_sentences(
        "Breaking News\n- a bullet point with enough words.\n2) a numbered point with words.\n"
        "Too short here.\n“The council approved the budget on Monday,” she said."
    )
    assert [s.is_prose for s in sentences] == [False, False, False, False, True]


@pytest.mark.parametrize(
    ("line", "names_only"),
    [
        (
            "Replacements: A Titterrell (Sale Sharks), P Vickery (Gloucester), S Borthwick (Bath),"
            " J Forrester (Gloucester), H Ellis (Leicester).",
            True,
        ),
        ("De Marigny; Mi Bergamasco, Canale, Masi, Nitoglia; Orquera, Troncon; Lo Cicero.", True),
        ("Subs: Howard, Giggs, Smith, Miller, Vaughan and Spector.", True),
        ("Запасные: Иванов, Петров, Сидоров, Смирнов, Кузнецов.", True),
        (
            "L Dallaglio (England), B Cohen (England), A Rougerie (France), D Traille (France),"
            " F Pelous (France), P de Villiers (France), B O'Driscoll (Ireland, capt),"
            " P O'Connell (Ireland), S Taylor (Scotland), M Bortolami (Italy).",
            True,
        ),
        # Prose that lists names says something of them.
        ("Among the nominees are The Aviator, Million Dollar Baby, Ray, Finding Neverland.", False),
        ("Roxy Music will appear with Morrissey, Supergrass and Idlewild.", False),
        ("Italy, France, Spain, Germany and Poland signed the treaty on Monday.", False),
    ],
)
def test_a_list_of_names_alone_is_no_prose(line: str, names_only: bool) -> None:
    assert split_sentences(line)[0].is_prose is not names_only


def test_a_team_sheet_makes_no_fact_nor_summary() -> None:
    text = (
        "Ireland beat Italy 28-17 in Rome on Saturday to stay top of the Six Nations table. "
        "Brian O'Driscoll set up two tries before half-time.\n\n"
        "Italy: De Marigny; Mi Bergamasco, Canale, Masi, Nitoglia; Orquera, Troncon.\n"
        "Ireland: Murphy; Horgan, O'Driscoll, D'Arcy, Hickie; O'Gara, Stringer."
    )
    analysis = analyze(text, "Ireland beat Italy")
    told = [s.text for s in analysis.summary] + [f.text for f in analysis.facts]
    assert told and not any(";" in line for line in told)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=".!?\"')]([ \t\x1cAZaz09-", max_size=40))
def test_ascii_lines_have_the_stops_the_pattern_finds(line: str) -> None:
    assert [m.span() for m in _stops(line)] == [m.span() for m in _BOUNDARY.finditer(line)]


def test_a_quotation_of_several_sentences_stays_with_its_speaker() -> None:
    def texts(text: str) -> list[str]:
        return [s.text for s in split_sentences(text)]

    assert texts(
        'Experts agreed. "The breach was the first harm. This is the second," said Ines Duarte.'
    ) == [
        "Experts agreed.",
        '"The breach was the first harm. This is the second," said Ines Duarte.',
    ]
    assert texts("“One thing. Another thing,” she said. Then she left.") == [
        "“One thing. Another thing,” she said.",
        "Then she left.",
    ]
    assert texts("«Это первое. Это второе», — сказал он. Дальше.") == [
        "«Это первое. Это второе», — сказал он.",
        "Дальше.",
    ]
    # A quotation that ends with its sentence, or runs on into the next
    # paragraph (no closing mark on the line), is split as before.
    assert texts('He said: "Go home." Then he left.') == ['He said: "Go home."', "Then he left."]
    assert texts('"It goes on. And on.\nNext paragraph."') == [
        '"It goes on.',
        "And on.",
        'Next paragraph."',
    ]
    # A quotation left open, or opened anew for its next paragraph on one
    # line, is no quotation going on past a stop when another opens first.
    assert texts(
        '"A girl is more to blame than a boy. Boy and girl are not equal. "Housework is for'
        ' girls." He suggested that they "had a right to teach them a lesson." In a statement,'
        " the minister said the crew broke the rules. Home Minister Rajnath Singh spoke."
    ) == [
        '"A girl is more to blame than a boy.',
        "Boy and girl are not equal.",
        '"Housework is for girls."',
        'He suggested that they "had a right to teach them a lesson."',
        "In a statement, the minister said the crew broke the rules.",
        "Home Minister Rajnath Singh spoke.",
    ]
    assert texts("“We played well. We won. “The fans were great,” he said.") == [
        "“We played well.",
        "We won.",
        "“The fans were great,” he said.",
    ]
    long_quote = '"' + "A sentence of the quote. " * 30 + '" he said.'
    assert len(texts(long_quote)) > 10  # not one sentence of 750 characters


def test_stray_quotation_marks_do_not_make_one_endless_sentence() -> None:
    for mark, close in (('"', '"'), ("“", "”"), ("«", "»")):
        text = mark + f"Word here. {mark}{close} " * 500
        sentences = split_sentences(text)
        assert len(sentences) > 5 and max(len(s.text) for s in sentences) <= 1_020, mark
        assert "".join(s.text for s in sentences).replace(" ", "") == text.replace(" ", "")
