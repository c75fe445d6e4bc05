"""The credit and copyright lines that close a report are no part of its news."""

from __future__ import annotations

import pytest

from bot.news.analysis import analyze
from bot.news.credits import closing_credits, is_credit
from bot.news.related import signature
from bot.news.sentences import split_sentences, story_end

STORY = (
    "Firefighters in Port Elms rescued 14 people from a flooded underpass on Tuesday, "
    "the city's fire chief Maria Lenz said. Water rose to two metres within an hour after "
    "a main burst under Harbour Road. The city council will meet on Friday to discuss repairs."
)


@pytest.mark.parametrize(
    "line",
    [
        "CNN's Greg Botelho and Holly Yan contributed to this report.",
        "CNN's Harmeet Shah Singh and Kunal Sehgal in Delhi, as well as Mackenzie Sigalos in "
        "Hong Kong contributed to this report.",
        "Journalist Manny Muang reported from Myanmar, and CNN's Greg Botelho wrote this story "
        "from Atlanta.",
        "Victoria Butenko contributed from Kiev.",
        "CNN's Melissa Gray wrote and reported from Atlanta.",
        "CNN's Becky Anderson and Mustafa al-Arab contributed to this report.",
        "CNN meteorologists Dave Hennen and Matt Daniel contributed to this report.",
        "(Reporting by Anna Petrova in Moscow; Editing by Mark Heinrich)",
        "Additional reporting by wire services.",
        "--With assistance from Jan Dahinten.",
        "©2015 The Hollywood Reporter. All rights reserved.",
        "Copyright © 2011 Rolling Stone.",
        "This article was originally published on The Conversation.",
        "Photo: Reuters",
        "Фото: ТАСС",
        "Read more: Democracy was the real winner",
        "Читайте также: Суд оштрафовал активиста",
    ],
)
def test_credit_lines_are_credits(line: str) -> None:
    assert is_credit(split_sentences(line)[0].text)
    assert story_end(STORY + "\n\n" + line) == len(STORY)


@pytest.mark.parametrize(
    "sentence",
    [
        "He reported from Kabul.",
        "She contributed $5 to the fund.",
        "Regional blocs contributed to the region's strong performance, the IADB said.",
        "Smith reported in March that the plant would close.",
        "Compiled by Central Banking Publications, the survey found 39 nations were wary.",
        "The family does not own the copyright to the music.",
        "The report was published on Monday by the health ministry.",
        "The council wrote to residents on Friday.",
        "The minister said: “We will not give up.”",
        "Text: the bill runs to 400 pages, and few have read it all, the speaker admitted.",
    ],
)
def test_news_that_reads_like_a_credit_is_news(sentence: str) -> None:
    assert not is_credit(sentence)
    assert story_end(STORY + " " + sentence) == len(STORY) + 1 + len(sentence)


def test_only_the_closing_run_is_left_out_and_never_all_of_a_text() -> None:
    credit = "CNN's Ed Payne contributed to this report."
    middle = STORY.replace("Water rose", credit + " Water rose")
    assert len(split_sentences(middle)) == 4  # a credit inside the story stays
    # Credit lines, then the links a page put after them: all of it goes.
    closing = STORY + "\n" + credit + "\nRead more: floods in the north\nMore from the city desk"
    assert [s.text for s in split_sentences(closing)] == [s.text for s in split_sentences(STORY)]
    assert closing_credits([credit]) == 0  # a text that is a credit and nothing else stays
    assert [s.text for s in split_sentences(credit)] == [credit]
    assert closing_credits(["Read more: floods", "More from the city desk"]) == 0


def test_reporters_are_not_the_story_s_people_facts_or_signature() -> None:
    text = (
        STORY + "\n\nCatherine E. Shoichet and Ashley Fantz reported from Atlanta. "
        "CNN's Greg Botelho contributed to this report."
    )
    analysis = analyze(text, "Flooded underpass")
    assert analysis.entities.people == ["Maria Lenz"]
    assert "Atlanta" not in analysis.entities.places
    assert not any("Atlanta" in f.text or "Botelho" in f.text for f in analysis.facts)
    assert len(analysis.facts) == 3
    terms = signature("Flooded underpass", text, None).terms
    assert terms == signature("Flooded underpass", STORY, None).terms
    assert not {"botelho", "shoichet", "atlanta"} & set(terms)
