"""Sections: the categories and tags articles are filed under, as readers ask
for them ("/latest sport", "business news", "новости спорта")."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.commands import dispatch
from bot.commands.reply import Request
from bot.ingest import ingest_items
from bot.ingest.files import Record
from bot.news.sections import section_key
from bot.news.text import stems
from bot.newsroom import Newsroom
from storage import Storage
from storage import db as dbmod
from tests.conftest import make_article
from tests.test_subscriptions import CHAT, DETENTIONS, WEATHER, ingest, say


@pytest.mark.parametrize(
    ("words", "key"),
    [
        ("sport", "sport"),
        ("Sports", "sport"),
        ("sports news", "sport"),
        ("спорт", "sport"),
        ("новости спорта", "sport"),
        ("Technology", "technolog"),
        ("tech", "technolog"),
        ("Interest rates", "interest rate"),
        ("news", ""),
    ],
)
def test_a_section_is_named_in_any_case_number_or_language(words: str, key: str) -> None:
    assert section_key(words) == key


async def _sections(storage: Storage) -> dict[str, tuple[int, bool]]:
    return {s.name: (s.articles, s.is_category) for s in await storage.sections()}


async def test_sections_follow_their_articles(storage: Storage) -> None:
    url = "https://example.org/final"
    [added] = await storage.add_articles(
        [make_article("Rovers won the cup.", url=url, category="sport", tags=("sport", "cup"))]
    )
    # The category that is a tag too is one section of that article, a category.
    assert await _sections(storage) == {"sport": (1, True), "cup": (1, False)}
    [updated] = await storage.add_articles(
        [make_article("Rovers won the cup final.", url=url, category="sport", tags=("final",))]
    )
    assert updated.outcome == "updated"
    assert await _sections(storage) == {"sport": (1, True), "final": (1, False)}
    [ids] = [[a.id for a in await storage.newest_in(["final"])]]
    assert ids == [added.article_id]
    await storage.remove_article(added.article_id, "test", "2026-01-01T00:00:00Z")
    assert await _sections(storage) == {}


async def test_newest_in_a_section_by_date_and_language(storage: Storage) -> None:
    await storage.add_articles(
        [
            make_article("Old match.", published_at="2026-01-01T00:00:00Z", category="Sport"),
            make_article("New match.", published_at="2026-01-03T00:00:00Z", category="sport"),
            make_article(
                "Матч.", published_at="2026-01-02T00:00:00Z", tags=("sport",), language="ru"
            ),
            make_article("Rates rise.", category="business"),
        ]
    )
    newest = await storage.newest_in(["Sport", "sport"], 5)
    assert [a.text for a in newest] == ["New match.", "Матч.", "Old match."]
    assert [a.text for a in await storage.newest_in(["sport"], 5, "ru")] == ["Матч."]
    assert await storage.newest_in(["sport"], 1) == newest[:1]


async def test_an_older_database_gets_its_articles_sections(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    conn = await dbmod.connect(path, target=16)
    await conn.execute(
        "INSERT INTO articles (title, text, published_at, language, category, tags,"
        " content_hash, ingested_at) VALUES ('Final', 'Rovers won.', '2024-01-01T00:00:00Z',"
        " 'en', 'sport', '[\"football\", \"\", 7]', 'h1', '2024-01-01T00:00:00Z')"
    )
    await conn.close()
    store = await Storage.open(path, stems)
    try:
        assert await _sections(store) == {"sport": (1, True), "football": (1, False)}
    finally:
        await store.close()


async def _said(newsroom: Newsroom, command: str, args: str = "") -> str:
    return (await dispatch(newsroom, Request(command, args))).plain_text


async def test_latest_of_a_section_however_it_is_asked(demo_newsroom: Newsroom) -> None:
    for command, args, heading in (
        ("latest", "3 sport", "Newest in “sport”"),
        ("latest", "Sports 3", "Newest in “sport”"),
        ("latest", "3 спорт", "Свежее в разделе «sport»"),  # asked in Russian: said in Russian
    ):
        said = await _said(demo_newsroom, command, args)
        assert said.startswith(heading + "\n\n1. Mendes to miss start of season"), args
        assert said.count("Demo Sports · 2025-") == 3
    for message, heading in (
        ("sport", "Newest in “sport”"),
        ("sports news please", "Newest in “sport”"),
        ("новости спорта", "Свежее в разделе «sport»"),
        ("what's new in sport?", "Newest in “sport”"),
    ):
        said = await _said(demo_newsroom, "", message)
        assert said.startswith(heading + "\n\n1. Mendes to miss"), message
        assert said.count("Demo Sports · 2025-") == 5
    russian = await _said(demo_newsroom, "latest", "ru climate")
    assert russian.startswith("Newest in Russian in “climate”\n\n1. Засуха на озере Соррел")
    assert russian.count(" · id ") == 1
    none = await _said(demo_newsroom, "latest", "ru sport")
    assert none == "“sport” has no articles in that language."


async def test_words_articles_write_are_searched_before_a_tag(demo_newsroom: Newsroom) -> None:
    # "interest rates" is a tag and words of the articles: the newest with the words.
    words = await _said(demo_newsroom, "latest", "interest rates")
    assert words.startswith("Newest on “interest rates”")
    # "cybersecurity" is a tag no article's text writes: the articles tagged so.
    tagged = await _said(demo_newsroom, "latest", "cybersecurity")
    assert tagged.startswith("Newest in “cybersecurity”\n\n1. Telecom breach prompts new rules")
    # A tag in plain words is searched, as any words: only a category is a section there.
    assert (await _said(demo_newsroom, "", "Veloria")).startswith("Results for “Veloria”")


async def test_latest_from_a_source_in_plain_words(demo_newsroom: Newsroom) -> None:
    said = await _said(demo_newsroom, "", "latest from Demo Sports")
    assert said.startswith("Newest from Demo Sports\n\n1. Mendes to miss")


async def test_a_section_is_known_as_soon_as_its_first_article_is_stored(
    demo_newsroom: Newsroom,
) -> None:
    assert await demo_newsroom.section_named("ferries") == []
    item: dict[str, object] = {
        "title": "Ferry line doubles its crossings",
        "text": "The line will double its crossings from March.",
        "category": "Transport",
        "tags": ["Ferries"],
        "published": "2025-12-01",
    }
    await ingest_items(demo_newsroom.storage, [Record("t", item, 0)])
    assert await demo_newsroom.section_named("ferries") == ["Ferries"]
    # "transport" (the demo's) and "Transport" are one section, the larger first.
    assert await demo_newsroom.section_named("TRANSPORT", True) == ["transport", "Transport"]
    said = await _said(demo_newsroom, "latest", "transport")
    assert said.startswith("Newest in “transport”\n\n1. Ferry line doubles its crossings\n")
    assert said.count(" · id ") == 2
    [new] = await demo_newsroom.storage.newest_in(["Ferries"])
    await demo_newsroom.storage.remove_article(new.id, "test", "2026-01-01T00:00:00Z")
    assert await demo_newsroom.section_named("ferries") == []
    assert await demo_newsroom.section_named("transport") == ["transport"]
    assert await demo_newsroom.section_named("news") == []


async def test_an_article_filed_again_moves_its_sections_and_source(
    demo_newsroom: Newsroom,
) -> None:
    item: dict[str, object] = {
        "title": "Ferry line doubles its crossings",
        "text": "The line will double its crossings from March.",
        "url": "https://example.org/ferries",
        "category": "Transport",
        "source": "Harbour Post",
    }
    await ingest_items(demo_newsroom.storage, [Record("t", item, 0)])
    assert sorted(await demo_newsroom.section_named("transport", True)) == [
        "Transport",
        "transport",
    ]
    assert await demo_newsroom.source_named("harbour post") == "Harbour Post"
    # The same page again, corrected and filed elsewhere: counted where it is now.
    moved = {
        **item,
        "text": "The line will double its crossings from April.",
        "category": "Harbours",
        "source": "Coast Desk",
        "tags": ["Ferries"],
    }
    await ingest_items(demo_newsroom.storage, [Record("t", moved, 0)])
    assert await demo_newsroom.section_named("transport", True) == ["transport"]
    assert await demo_newsroom.section_named("harbours") == ["Harbours"]
    assert await demo_newsroom.section_named("ferries") == ["Ferries"]
    assert await demo_newsroom.source_named("coast desk") == "Coast Desk"
    assert await demo_newsroom.source_named("harbour post") is None


async def test_following_a_section_brings_everything_filed_under_it(
    room: Newsroom, tmp_path: Path
) -> None:
    said = await say(room, "subscribe", "Sports")
    assert said.startswith(
        "Following the section “sport”: every new article filed under it will come here."
    )
    already = await say(room, "subscribe", "спорт")
    assert already.startswith("Этот чат уже следит за темой «sport».")  # asked in Russian
    assert "1. sport (a section: all filed under it)" in await say(room, "subscriptions")
    # Filed under "Sport" as a tag, with no word of "sport" in it: it comes.
    match = {**WEATHER, "title": "Rovers sign a striker", "tags": ["Sport"]}
    other = {**DETENTIONS, "category": "world"}
    assert await ingest(room, tmp_path, match, other) == 1
    [queued] = await room.storage.deliveries_of(CHAT)
    [article] = await room.storage.articles([queued.article_id])
    assert article.title == "Rovers sign a striker" and list(queued.topics) == ["sport"]
    assert (await say(room, "unsubscribe", "sports news")).startswith("Stopped following “sport”")
    assert (await say(room, "subscriptions")).startswith("This chat follows no topics yet.")


async def test_a_tag_is_followed_as_words(room: Newsroom) -> None:
    # "Veloria" is a tag of the demo set, and a word its articles write.
    said = await say(room, "subscribe", "Veloria")
    assert said.startswith("Following “Veloria”. New articles about it will come here.")


async def test_sections_lists_the_categories_each_with_a_button(demo_newsroom: Newsroom) -> None:
    reply = await dispatch(demo_newsroom, Request("sections"))
    blocks = reply.plain_text.split("\n\n")
    assert blocks[0] == "Sections, by articles stored"
    assert blocks[1] == "1. technology\n7 stored"
    # A section's articles under any of its names, each once: the Russian drought
    # report is filed under "climate" and tagged "климат", one of five climate articles.
    assert "4. climate\n5 stored" in blocks and "5. sport\n5 stored" in blocks
    assert not any("Veloria" in block for block in blocks)  # a tag only
    assert blocks[-1] == "To follow one: /subscribe and its name (/subscribe sport)."
    pressed = reply.buttons[0][4].command
    assert pressed == 'latest 5 "sport"'
    newest = await dispatch(demo_newsroom, Request("latest", pressed.removeprefix("latest ")))
    assert newest.plain_text.startswith("Newest in “sport”\n\n1. Mendes to miss")


async def test_an_article_under_two_names_of_a_section_counts_once(
    demo_newsroom: Newsroom, tmp_path: Path
) -> None:
    # Category "Sport" and tags "sport", "Sports": one more sport article, not three.
    match = {**WEATHER, "title": "Rovers sign a striker", "category": "Sport"}
    await ingest(demo_newsroom, tmp_path, {**match, "tags": ["sport", "Sports", "Calder"]})
    blocks = (await dispatch(demo_newsroom, Request("sections"))).plain_text.split("\n\n")
    assert "3. sport\n6 stored" in blocks
    assert "1. technology\n7 stored" in blocks and "5. climate\n5 stored" in blocks
    await demo_newsroom.remove_article(32, None)  # counted again after a removal
    blocks = (await dispatch(demo_newsroom, Request("sections"))).plain_text.split("\n\n")
    assert "5. sport\n5 stored" in blocks and "4. climate\n5 stored" in blocks


async def test_sections_of_a_store_without_any(newsroom: Newsroom) -> None:
    reply = await dispatch(newsroom, Request("sections"))
    assert reply.plain_text == "No stored article is filed under a section."


async def test_top_stories_of_a_section(demo_newsroom: Newsroom) -> None:
    sport = await _said(demo_newsroom, "top", "year sport")
    assert sport.startswith("Most reported in “sport”, the last year to 2025-11-25\n\n1. ")
    assert sport.count(" · id ") == 1 and "3 reports from one source" in sport
    climate = await _said(demo_newsroom, "top", "year 3 климат")  # its name in Russian
    assert climate.startswith(  # asked in Russian: said in Russian, its Russian report first
        "Самые освещаемые сюжеты раздела «climate» за последний год по 2025-11-25\n\n1. Засуха"
    )
    assert "материалов: 2, источников: 2, на английском и русском" in climate
    quiet = await _said(demo_newsroom, "top", "week sport")
    assert quiet.startswith("No story in “sport” had more than one report in the last week")
    unknown = await _said(demo_newsroom, "top", "year quokka")
    assert unknown.startswith("Please give a span, a number from 1 to 10, or both, and a section")
