"""Same-story groups and related articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import Settings
from bot.ingest import ingest_items
from bot.ingest.files import Record
from bot.news.related import Signature, StoryIndex, signature
from bot.newsroom import Newsroom

PROTEST = (
    "Police in Moscow detained 40 protesters on Saturday at a rally against the war in Ukraine, "
    "the rights group OVD-Info said. Officers dragged Anna Petrova, a student, into a van near "
    "Pushkin Square. The rally was called by the Vesna movement."
)
PROTEST_2 = (
    "Forty people were detained by police at an anti-war rally in Moscow on Saturday, according "
    "to OVD-Info. Witnesses saw officers seize student Anna Petrova near Pushkin Square at the "
    "Vesna movement's protest."
)
PROTEST_LATER = (
    "Police in Moscow detained 25 protesters on Sunday at a new rally against the war, OVD-Info "
    "said. Officers carried people to vans near Pushkin Square as the Vesna movement marched."
)
RATES = (
    "The Bank of Veloria raised its main interest rate to 4.25% on Thursday as inflation stayed "
    "high. Governor Elena Varga said the bank could act again."
)


def test_signature_round_trip() -> None:
    sig = signature("Rally in Moscow", PROTEST, "2025-06-14T10:00:00Z")
    assert Signature.decode(sig.encode()).terms.keys() == sig.terms.keys()
    assert Signature.decode(sig.encode()).day == pytest.approx(sig.day, abs=1e-3)
    undated = signature("Rally", PROTEST, None)
    assert undated.day is None and Signature.decode(undated.encode()).day is None


def test_one_event_is_one_story_another_date_is_another() -> None:
    index = StoryIndex()
    first = index.add(1, signature("Moscow police detain 40", PROTEST, "2025-06-14T10:00:00Z"))
    second = index.add(2, signature("Forty detained", PROTEST_2, "2025-06-14T18:00:00Z"))
    rates = index.add(3, signature("Rates up", RATES, "2025-06-14T12:00:00Z"))
    later = index.add(
        4, signature("Moscow police detain 25", PROTEST_LATER, "2025-07-20T10:00:00Z")
    )
    assert first == second == 1
    assert rates == 3 and later == 4
    assert index.members(1) == [1, 2]


def test_without_dates_the_text_must_be_closer() -> None:
    index = StoryIndex()
    index.add(1, signature("Moscow police detain 40", PROTEST, None))
    index.add(2, signature("Forty detained", PROTEST_2, None))
    later = index.add(3, signature("Moscow police detain 25", PROTEST_LATER, None))
    assert later == 3  # similar words, no date to tell: not merged on a modest match


def records(rows: list[dict[str, object]]) -> list[Record]:
    return [Record(f"test:{i}", row, 0) for i, row in enumerate(rows)]


async def test_related_same_story_first_copies_folded(tmp_path: Path) -> None:
    room = await Newsroom.open(Settings(db_path=str(tmp_path / "r.db")))
    try:
        await ingest_items(
            room.storage,
            records(
                [
                    {
                        "title": "Moscow police detain 40 at anti-war rally",
                        "text": PROTEST,
                        "published": "2025-06-14T10:00:00Z",
                        "url": "https://a.example/1",
                    },
                    {
                        "title": "Forty detained at Moscow rally",
                        "text": PROTEST_2,
                        "published": "2025-06-14T18:00:00Z",
                        "url": "https://b.example/2",
                    },
                    {
                        "title": "Forty detained at Moscow rally",
                        "text": PROTEST_2 + " Updated.",
                        "published": "2025-06-14T19:00:00Z",
                        "url": "https://c.example/3",
                        "source": "Copy Wire",
                    },
                    {
                        "title": "Moscow police detain 25 at new rally",
                        "text": PROTEST_LATER,
                        "published": "2025-07-20T10:00:00Z",
                        "url": "https://a.example/4",
                    },
                    {
                        "title": "Veloria raises rates",
                        "text": RATES,
                        "published": "2025-06-14T12:00:00Z",
                        "url": "https://a.example/5",
                    },
                ]
            ),
        )
        assert await room.refresh_stories() == 5
        items = await room.related(1)
        assert [i.article.id for i in items][:1] == [2]
        assert items[0].same_story and [a.id for a in items[0].sources] == [3]
        ids = [i.article.id for i in items]
        assert 1 not in ids and 5 not in ids
        assert 4 in ids and not next(i for i in items if i.article.id == 4).same_story
        stored = await room.storage.article(3)
        assert stored is not None and stored.story_id == 1
    finally:
        await room.close()
    # Another process opening the same database finds the stories, assigns nothing anew.
    again = await Newsroom.open(Settings(db_path=str(tmp_path / "r.db")))
    try:
        assert await again.refresh_stories() == 0
        stories = {story: [a.id for a in arts] for story, arts in await again.stories()}
        assert stories == {1: [1, 2, 3], 4: [4], 5: [5]}
        assert await again.related(999) == []
    finally:
        await again.close()


async def test_topic_summary_cites_its_sources(demo_newsroom: Newsroom) -> None:
    sentences, articles = await demo_newsroom.topic_summary("Kestrel Mobile breach", count=4)
    assert 2 <= len(sentences) <= 4
    by_id = {a.id: a for a in articles}
    for item in sentences:
        source = by_id[item.source]  # every sentence names an article that was found
        assert source.text[item.sentence.start : item.sentence.end] == item.sentence.text
        assert "Kestrel" in source.title or "Kestrel" in source.text
    assert len({s.source for s in sentences}) >= 2  # across articles, not one
    counts = [sum(1 for s in sentences if s.source == a) for a in {s.source for s in sentences}]
    assert max(counts) <= 2


async def test_topic_summary_of_nothing(demo_newsroom: Newsroom) -> None:
    assert await demo_newsroom.topic_summary("zyzzyva") == ([], [])


async def test_related_to_free_text(demo_newsroom: Newsroom) -> None:
    found = await demo_newsroom.related_to_text(
        "Lake Sorrel water levels fell again and Calder kept its night-time restrictions."
    )
    assert found and "Sorrel" in found[0].title


async def test_articles_from_before_stories_are_grouped_on_upgrade(tmp_path: Path) -> None:
    from bot.news.text import stems
    from storage import Storage
    from storage import db as dbmod
    from tests.conftest import make_article

    path = tmp_path / "v2.db"
    conn = await dbmod.connect(path, target=2)
    await conn.close()
    store = await Storage.open(path, stems)  # migrates to the current schema
    await store.add_articles(
        [
            make_article(
                PROTEST, title="Moscow police detain 40", published_at="2025-06-14T10:00:00Z"
            ),
            make_article(PROTEST_2, title="Forty detained", published_at="2025-06-14T18:00:00Z"),
        ]
    )  # as an older version stored them: no signature, no story
    await store.close()
    room = await Newsroom.open(Settings(db_path=str(path)))
    try:
        assert await room.refresh_stories() == 2
        [(story, articles)] = await room.stories()
        assert story == 1 and [a.id for a in articles] == [1, 2]
        rows = await room.storage.story_rows()
        assert all(r.signature for r in rows)  # computed once, kept
    finally:
        await room.close()
