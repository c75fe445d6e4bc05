"""Summaries, key facts and names: pure functions over the project's own texts."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from bot.news.analysis import analyze
from bot.news.entities import find_entities
from bot.news.facts import key_facts
from bot.news.summarize import MAX_CHARS, summarize

CONGRESS = json.loads(
    resources.files("bot.demo").joinpath("articles.jsonl").read_text().splitlines()[0]
)
OVD_RU = json.loads(
    resources.files("bot.demo").joinpath("articles.jsonl").read_text().splitlines()[5]
)


def test_summary_is_whole_sentences_in_article_order() -> None:
    text = CONGRESS["text"]
    summary = summarize(text, CONGRESS["title"], count=3)
    assert len(summary) == 3
    assert [s.start for s in summary] == sorted(s.start for s in summary)
    for sentence in summary:
        assert text[sentence.start : sentence.end] == sentence.text
        assert sentence.text.endswith((".", '"', "”"))


def test_summary_length_and_character_budget() -> None:
    text = CONGRESS["text"]
    assert len(summarize(text, count=1)) == 1
    assert len(summarize(text, count=10)) <= 10
    short = summarize(text, count=5, max_chars=200)
    assert sum(len(s.text) for s in short) <= 200 or len(short) == 1


def test_summary_skips_headings_and_lists() -> None:
    text = (
        "Related News\n- Direct Action: a headline\n"
        "The council approved the budget on Monday after a long debate.\n"
        "Members voted 31 to 12 in favour of the plan."
    )
    assert [s.text for s in summarize(text, count=2)] == [
        "The council approved the budget on Monday after a long debate.",
        "Members voted 31 to 12 in favour of the plan.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "One sentence only.",
        "no punctuation at all just words going on and on " * 50,
        "ALL CAPITALS HEADLINE. THE MINISTER SAID NOTHING. PRICES ROSE 5%.",
        "Путин said что-то in Moscow. Затем the EU ответил. 🇪🇺 Emoji 🎉 everywhere 🎉.",
        "Team | Wins | Losses\nRovers | 10 | 2\nUnited | 8 | 4",
    ],
)
def test_odd_texts_get_an_answer(text: str) -> None:
    result = analyze(text)
    assert len(result.summary) <= 3
    for fact in result.facts:
        assert text[fact.start : fact.end] == fact.text
    if text.strip():
        assert result.summary  # something sensible, even without prose


def test_huge_text_is_capped() -> None:
    sentence = "The committee met again and approved 12 projects worth $4m. "
    text = (sentence * 80_000)[:5_000_000]
    result = analyze(text)
    assert len(result.summary) == 1  # the same sentence is never repeated
    assert result.facts
    # Only the top of the text is read, so the work is bounded, not quadratic.
    assert all(s.end <= MAX_CHARS for s in result.summary)
    assert all(f.end <= MAX_CHARS for f in result.facts)


def test_seed_like_facts_are_verbatim_with_kinds() -> None:
    text = CONGRESS["text"]
    facts = key_facts(text)
    assert 1 <= len(facts) <= 8
    for fact in facts:
        assert text[fact.start : fact.end] == fact.text
    kinds = {k for f in facts for k in f.kinds}
    assert {"figure", "date", "place", "organization"} <= kinds
    joined = " ".join(f.text for f in facts)
    for expected in ("About 300", "Brussels", "European Union", "February 2022"):
        assert expected in joined


def test_facts_in_russian_find_figures_and_dates() -> None:
    facts = key_facts(OVD_RU["text"])
    joined = " ".join(f.text for f in facts)
    assert "20 тысяч" in joined and "24 февраля 2022 года" in joined
    assert any("date" in f.kinds and "figure" in f.kinds for f in facts)


def test_quotes_and_attributions_are_marked() -> None:
    text = (
        'The minister resigned on Friday. "I take full responsibility for the failures," '
        "she told reporters. According to the Audit Office, losses reached $4.2bn."
    )
    by_text = {f.text: f.kinds for f in key_facts(text)}
    quote = '"I take full responsibility for the failures," she told reporters.'
    assert "quote" in by_text[quote] and "attribution" in by_text[quote]
    audit = "According to the Audit Office, losses reached $4.2bn."
    assert {"attribution", "figure", "organization"} <= set(by_text[audit])


@pytest.mark.parametrize(
    ("sentence", "is_quote"),
    [
        ('The minister called the report "nothing but a smokescreen" on Monday.', True),
        ('"We will not give up," the mayor of the city told reporters on Monday.', True),
        ('Harper Lee wrote "To Kill a Mockingbird" in 1960 in Monroeville.', False),
        ('Words like "freedom" and the one the minister used, "peace", went in 2024.', False),
        # A title's comma before the closing mark, or its subtitle, is no speech...
        (
            'Reynolds played Deadpool in 2009\'s "X-Men Origins: Wolverine," but wore no suit.',
            False,
        ),
        (
            'Tom Cruise is back in "Mission: Impossible Rogue Nation," which opens on July 13.',
            False,
        ),
        # ...but words in title case that someone said, said so after them, are.
        ('"Make America Great Again," the candidate told a rally in Ohio on Monday.', True),
        ("«Мы не сдадимся никогда и ни за что», — сказал он журналистам в 2024 году.", True),
        ("Он сказал журналистам в среду: «Мы вернёмся домой очень скоро».", True),
        ("Около 300 активистов собрались в Брюсселе на «Конгресс антивоенных инициатив».", False),
        ("Депутат назвал закон «полным безумием и позором» в 2024 году.", True),
    ],
)
def test_quotes_are_words_someone_said_not_titles_in_quotes(sentence: str, is_quote: bool) -> None:
    facts = key_facts(sentence)
    assert [f.text for f in facts] == [sentence]
    assert ("quote" in facts[0].kinds) is is_quote


def test_no_two_facts_say_the_same() -> None:
    text = (
        "Police detained 300 protesters in Moscow on Sunday. "
        "On Sunday police in Moscow detained 300 protesters. "
        "The court fined 40 of them on Monday."
    )
    assert len(key_facts(text)) == 2


def test_two_clauses_of_one_long_sentence_are_one_fact_not_one_opening_with_but() -> None:
    sentence = (
        "The BBC Storyville documentary was originally scheduled to air on Sunday in London,"
        ' but due to the "intense level of interest" in the program, the BBC aired it on'
        ' Wednesday in the UK on BBC Four "to enable viewers to see this incredibly powerful'
        ' documentary at the earliest opportunity," the broadcaster said in a statement.'
    )
    facts = key_facts(sentence)
    assert [f.text for f in facts] == [sentence]
    assert facts[0].kinds[:3] == ("date", "quote", "attribution")
    # A clause alone stays a clause: past MAX_JOINED_CHARS, two facts.
    long = sentence.replace("in a statement", "in a statement " + "and more " * 22)
    assert len(key_facts(long)) == 2


def test_a_clause_that_goes_on_from_the_one_before_is_a_fact_with_it() -> None:
    sentence = (
        "There have been a few studies on teenagers and their phones in the last years in several"
        " countries and states, which are sort of converging on the same finding, namely that this"
        ' is not a rare behavior at all," said Elizabeth Englander, a professor of psychology at'
        " Bridgewater State University."
    )
    facts = key_facts(sentence)
    assert [f.text[:20] for f in facts] == ["There have been a fe"]
    assert facts[0].text.endswith("Bridgewater State University.")


def test_entities_people_organisations_places() -> None:
    found = find_entities(CONGRESS["text"])
    assert "Alexei Navalny" in found.people
    assert {"European Union", "Anti-Corruption Foundation (FBK)"} <= set(found.organizations)
    assert "FBK" not in found.organizations
    assert {"Brussels", "Berlin", "Ukraine"} <= set(found.places)
    rates = find_entities(
        "Governor Elena Varga said inflation was too high. The Bank of Veloria raised rates."
    )
    assert rates.people == ["Elena Varga"] and rates.organizations == ["Bank of Veloria"]


def test_names_ending_in_initials_keep_their_full_stop() -> None:
    found = find_entities(
        "David Rivkin worked for President George H.W. Bush, he said. U.S. law is clear. "
        "The U.N. met in Washington, D.C. on Monday. Officials left the U.S. They flew."
    )
    assert "George H.W. Bush" in found.people
    assert {"U.S.", "D.C."} <= set(found.places) and "U.S" not in found.places


def test_titles_written_short_are_titles_and_a_dateline_still_names_its_place() -> None:
    found = find_entities(
        "London (CNN)New Orleans Police Det. Winston Harbin said the man fled. "
        "Cpl. Jane Doe was hurt."
    )
    assert set(found.people) == {"Winston Harbin", "Jane Doe"}
    assert found.places == ["London"] and "CNN" not in found.organizations


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # A title word after a given name is a surname.
        ("Stephen King wrote a new novel. King lives in Maine.", ["Stephen King"]),
        ("Martin Luther King spoke in Selma.", ["Martin Luther King"]),
        ("Foreign Minister Julie Bishop said Australia would help.", ["Julie Bishop"]),
        ("Somalia's President Hassan Sheikh Mohamud spoke.", ["Hassan Sheikh Mohamud"]),
        # Not after a place that is also a given name, nor far from one.
        ("Georgia Gov. Nathan Deal signed the bill.", ["Nathan Deal"]),
        ("St. Louis County Police Chief Jon Belmar said so.", ["Jon Belmar"]),
        # "Jr." and regnal numbers close a person's name; "World War II" is no one's.
        ("Martin Luther King Jr. spoke in Selma. King Jr. marched.", ["Martin Luther King Jr."]),
        ("Charles II was crowned in 1661. World War II ended in 1945.", ["Charles II"]),
        # Trades before a name are titles; awards are no one's name.
        ("Actor Harrison Ford was hurt. The singer Kenzie won.", ["Harrison Ford", "Kenzie"]),
        ("Co-pilot Andreas Lubitz was 27. Andreas Lubitz flew.", ["Andreas Lubitz"]),
        ("Her role earned her a best supporting actress Oscar nomination.", []),
    ],
)
def test_titles_that_are_surnames_and_names_that_close_with_jr(
    text: str, people: list[str]
) -> None:
    assert find_entities(text).people == people


def test_a_role_after_an_organisation_is_whose_not_who() -> None:
    found = find_entities(
        "Lufthansa CEO Carsten Spohr was speechless. A Lufthansa CEO has never resigned. "
        "Labour MP Frank Field spoke for Labour. The Labour MP was angry."
    )
    assert set(found.people) == {"Carsten Spohr", "Frank Field"}
    assert "Lufthansa CEO" not in found.organizations and "Labour MP" not in found.organizations
    assert "Labour" in found.organizations


def test_a_firm_that_says_things_is_a_firm_and_each_name_has_one_kind() -> None:
    found = find_entities(
        "Russian oil firm Yukos lost its case in Houston. Yukos said it would appeal. "
        "Yukos says the tax bill is wrong. Putin said nothing. The company's lawyer, "
        "Anna Lee said the ruling was wrong. Patricia Arquette's Oscar speech was praised."
    )
    assert found.organizations == ["Yukos"]
    assert "Yukos" not in found.people and "Yukos" not in found.places
    assert {"Putin", "Anna Lee", "Patricia Arquette"} <= set(found.people)
    kinds = [found.people, found.organizations, found.places]
    names = [name for kind in kinds for name in kind]
    assert len(names) == len(set(names))


def test_capitals_inside_a_word_and_opening_adjectives_are_no_names() -> None:
    found = find_entities(
        "Rival Sony has said it will launch the PSP. The phpBB forum software was hit. "
        "eBay's David Stern told the BBC. Former Chelsea striker Didier Drogba agreed."
    )
    assert set(found.people) == {"David Stern", "Didier Drogba"}
    assert "BBC" in found.organizations
    assert not {"BB", "Bay", "Rival Sony", "Former Chelsea"} & set(found.organizations)


def test_what_an_owner_has_is_not_a_person_for_being_followed_by_said() -> None:
    found = find_entities(
        "France's Peugeot warned that profits may fall. Lily Tuck's novel is set in Paraguay. "
        "Anna Petrova's Free Press Foundation said it would appeal."
    )
    assert "Peugeot" not in found.people
    assert {"Lily Tuck", "Anna Petrova"} <= set(found.people)
    assert "Free Press Foundation" in found.organizations and "Paraguay" in found.places
