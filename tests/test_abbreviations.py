"""Abbreviations and the names they stand for (bot.news.abbreviations), found
by one another in search, topics and answers."""

from __future__ import annotations

import pytest

from bot.commands import dispatch
from bot.commands.reply import Request
from bot.ingest import ingest_items
from bot.ingest.files import Record
from bot.news.abbreviations import with_abbreviations
from bot.news.answers import answer
from bot.news.text import stems
from bot.news.topics import ArticleTerms, matches, parse_topic
from bot.newsroom import Newsroom


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("the EU", ["eu", "european", "union"]),
        ("the European Union", ["european", "union", "eu"]),
        ("ЦБ снизил ставку", ["цб", "центробанк", "центральн", "банк", "сниз", "ставк"]),
        ("Центрального банка", ["центральн", "банк", "цб", "центробанк"]),
        # The longest name first: the European Central Bank is no ЦБ.
        ("Европейский центральный банк", ["европейск", "центральн", "банк", "ецб"]),
        # Every form beside every other: "Евросоюз" finds "Европейский союз".
        ("Евросоюза", ["евросоюз", "ес", "европейск", "союз"]),
        ("the union of European states", ["union", "european", "state"]),  # not the name
        # Roles too: a reader types "CEO", the report writes "chief executive".
        ("its chief executive officer", ["chief", "execut", "ceo", "offic"]),
        ("the CEO", ["ceo", "chief", "execut"]),
        ("гендиректора компании", ["гендиректор", "генеральн", "директор", "компан"]),
        ("генерального директора", ["генеральн", "директор", "гендиректор"]),
        ("власти РФ", ["власт", "рф", "российск", "федерац"]),
        ("no names here", ["name", "here"]),
    ],
)
def test_an_abbreviation_stands_beside_its_name_and_a_name_beside_its_abbreviation(
    text: str, read: list[str]
) -> None:
    assert with_abbreviations(stems(text)) == read


def test_a_topic_of_an_abbreviation_follows_articles_writing_the_name() -> None:
    article = ArticleTerms.of("Sanctions agreed", "The European Union agreed new sanctions.")
    topic = parse_topic("EU")
    assert topic is not None and matches(topic, article)
    spelt = parse_topic("European Union")
    written_short = ArticleTerms.of("Sanctions agreed", "The EU agreed new sanctions.")
    assert spelt is not None and matches(spelt, written_short)
    unrelated = parse_topic("UN")
    assert unrelated is not None and not matches(unrelated, article)


def test_whether_is_answered_by_the_sentence_writing_the_name() -> None:
    congress = ("Congress opens", "Activists met. The event was backed by the European Union.")
    got = answer("the event backed by the EU", "whether", [congress])
    assert got is not None and got.text == "The event was backed by the European Union."


async def test_a_search_finds_the_name_by_its_abbreviation_and_back(newsroom: Newsroom) -> None:
    items: list[dict[str, object]] = [
        {"title": "Sanctions agreed", "text": "The European Union agreed new sanctions today."},
        {"title": "Rates held", "text": "The ECB kept its rates unchanged on Thursday."},
        {"title": "Ставка снижена", "text": "Центробанк снизил ключевую ставку в пятницу."},
        {"title": "Boss quits", "text": "The chief executive of Acme resigned on Monday."},
        {"title": "Директор ушёл", "text": "Генеральный директор завода ушёл в отставку."},
    ]
    await ingest_items(newsroom.storage, [Record("t", item, n) for n, item in enumerate(items)])
    by_abbreviation = await newsroom.search("EU sanctions")
    assert by_abbreviation.mode == "all"
    assert [f.article.title for f in by_abbreviation.found] == ["Sanctions agreed"]
    by_name = await newsroom.search("European Central Bank rates")
    assert [f.article.title for f in by_name.found] == ["Rates held"]
    russian = await dispatch(newsroom, Request("", "ЦБ ставка"))
    assert "Ставка снижена" in russian.plain_text
    by_other_name = await newsroom.search("Центральный банк ставка")
    assert [f.article.title for f in by_other_name.found] == ["Ставка снижена"]
    assert (await newsroom.search("UN sanctions")).mode != "all"
    ceo = await newsroom.search("CEO resigned")
    assert ceo.mode == "all" and [f.article.title for f in ceo.found] == ["Boss quits"]
    director = await newsroom.search("гендиректор завода")
    assert [f.article.title for f in director.found] == ["Директор ушёл"]
