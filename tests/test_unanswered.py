"""What readers searched for and found nothing on: kept for editors, briefly."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from bot.commands import dispatch, parse_command
from bot.commands.reply import Request
from bot.ingest import ingest_items
from bot.ingest.files import Record
from bot.newsroom import Newsroom
from tests.conftest import Clock
from tests.fake_telegram import FakeTelegram
from tests.harness import say, settings_for, telegram_bot
from tests.test_cli import run

EDITOR = 77


def _editor(room: Newsroom) -> Newsroom:
    room.settings = replace(room.settings, admin_ids=frozenset({EDITOR}))
    return room


async def test_searches_that_found_nothing_are_listed_for_editors(
    room: Newsroom, clock: Clock
) -> None:
    for words in ("Zyzzyva  ferry", "zyzzyva ferry", "Veloria", "Veloria zyzzyva", "Quokka"):
        await dispatch(room, Request("search", words, user_id=5))
    await dispatch(room, Request("", "quokka", user_id=6))  # plain text is a search too
    await dispatch(room, Request("latest", "10 zyzzyva ferry"))  # so are /latest's words
    await dispatch(room, Request("", "latest on zyzzyva ferry"))  # newest, then a search: once
    await dispatch(room, Request("facts", "Zyzzyva ferry"))  # and an article asked for by words
    await dispatch(room, parse_command("/search #2 quokka"))  # a More button: not asked again
    said = (await dispatch(_editor(room), Request("stats", user_id=EDITOR))).plain_text
    listed = said.split("Searched for in the last 7 days, no article having all the words:\n\n")[1]
    # Case and spaces folded; "Veloria" was found; "Veloria zyzzyva" found only some words.
    assert listed.splitlines()[::2] == [
        "• “zyzzyva ferry” ×5",
        "• “quokka” ×2",
        "• “veloria zyzzyva” ×1",
    ]
    assert await room.storage.unanswered_since("2000-01-01", 10) == [
        ("zyzzyva ferry", 5),
        ("quokka", 2),
        ("veloria zyzzyva", 1),
    ]  # only the words and the counts: no user, no chat


async def test_a_search_answered_since_leaves_the_list(room: Newsroom) -> None:
    await dispatch(room, Request("search", "quokka sanctuary"))
    assert await room.unanswered_searches(7) == [("quokka sanctuary", 1)]
    item: dict[str, object] = {"title": "A quokka sanctuary opens", "text": "The quokka sanctuary"}
    await ingest_items(room.storage, [Record("t", item, 0)])
    assert await room.unanswered_searches(7) == []


async def test_unanswered_searches_are_forgotten_after_the_days_kept(
    room: Newsroom, clock: Clock
) -> None:
    await dispatch(room, Request("search", "quokka"))
    clock.advance(days=8)
    await dispatch(room, Request("search", "wombat"))
    assert await room.unanswered_searches(7) == [("wombat", 1)]  # the last week's
    assert await room.unanswered_searches(30) == [("quokka", 1), ("wombat", 1)]
    clock.advance(days=25)
    assert await room.forget_unanswered_searches() == 1  # kept 30 days
    assert await room.unanswered_searches(60) == [("wombat", 1)]


async def test_an_operator_may_keep_none(room: Newsroom) -> None:
    room.settings = replace(room.settings, unanswered_searches_days=0)
    await dispatch(room, Request("search", "quokka"))
    assert await room.storage.unanswered_since("2000-01-01", 10) == []


async def test_long_and_odd_searches_are_kept_short(room: Newsroom) -> None:
    await dispatch(room, Request("search", "Ωmega " + "q" * 250))
    await dispatch(room, Request("search", "*** ((("))  # no words: nothing to keep
    [(words, times)] = await room.storage.unanswered_since("2000-01-01", 10)
    assert words == ("ωmega " + "q" * 250)[:100] and times == 1


def test_the_command_line_lists_them(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    out = run(["chat"], db, stdin="/search quokka sanctuary\n/search quokka sanctuary\n")
    assert out.returncode == 0
    listed = run(["stats"], db).stdout
    assert (
        "searched for in the last 7 days, no article having all the words:\n"
        "      2  quokka sanctuary" in (listed)
    )
    assert '"unanswered_searches": [{"words": "quokka sanctuary", "times": 2}]' in (
        run(["stats", "--json"], db).stdout
    )


async def test_an_editor_sees_over_telegram_what_readers_found_nothing_on(
    fake: FakeTelegram, tmp_path: Path
) -> None:
    settings = settings_for(fake, tmp_path / "bot.db", admin_ids=frozenset({EDITOR}))
    room = await Newsroom.open(settings)
    await room.load_demo_if_empty()
    await room.close()
    async with telegram_bot(fake, settings):
        nothing = await say(fake, "quokka sanctuary", chat=5)
        assert nothing.result["text"].startswith("Nothing found for “quokka sanctuary”")
        await say(fake, "/search Quokka   Sanctuary", chat=6)
        stats = (await say(fake, "/stats", chat=EDITOR)).result["text"]
        assert stats.endswith(
            "Searched for in the last 7 days, no article having all the words:\n\n"
            "• “quokka sanctuary” ×2"
        )
        refused = (await say(fake, "/stats", chat=5)).result["text"]
        assert "quokka" not in refused  # readers never see what others asked


async def test_a_search_is_answered_even_when_it_cannot_be_counted(
    room: Newsroom, caplog: pytest.LogCaptureFixture
) -> None:
    await room.storage._db.execute("DROP TABLE unanswered_searches")  # a broken store
    reply = await dispatch(room, Request("search", "quokka"))
    assert reply.plain_text.startswith("Nothing found for “quokka”")
    assert "could not count an unanswered search" in caplog.text
