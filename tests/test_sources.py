"""/sources and /latest <a source's name>: where the articles come from."""

from __future__ import annotations

from pathlib import Path

from bot.commands import dispatch, parse_command
from bot.commands.reply import Request
from bot.ingest import ingest_items
from bot.ingest.files import Record
from bot.newsroom import Newsroom
from tests.test_subscriptions import CHAT, DETENTIONS, WEATHER, ingest, say


async def test_sources_lists_each_with_its_count_and_a_button(demo_newsroom: Newsroom) -> None:
    reply = await dispatch(demo_newsroom, Request("sources"))
    lines = reply.plain_text.split("\n\n")
    assert lines[0] == "Sources, by articles stored"
    assert lines[1] == "31 articles stored in all."
    assert lines[2] == "1. Demo Business Daily\n6 stored, the newest 2025-11-20"
    assert lines[3] == "2. Demo Tech Review\n6 stored, the newest 2025-10-01"  # ties: newest first
    assert "5. Демо-лента новостей\n4 stored, the newest 2025-10-02" in lines
    assert len(lines) == 10 and lines[-1].startswith("8. Demo Analysis\n1 stored")
    [first, *_] = reply.buttons[0]
    assert first.command == 'latest 5 "Demo Business Daily"'
    newest = await dispatch(demo_newsroom, parse_command("/" + first.command))
    assert newest.plain_text.startswith("Newest from Demo Business Daily\n\n1. ")
    assert newest.plain_text.count(" · id ") == 5


async def test_asked_where_the_news_comes_from_or_how_much_there_is(
    demo_newsroom: Newsroom,
) -> None:
    listed = (await dispatch(demo_newsroom, Request("sources"))).plain_text
    for asked in ("how many articles do you have?", "where do you get your news from?"):
        assert (await dispatch(demo_newsroom, Request("", asked))).plain_text == listed
    russian = await dispatch(demo_newsroom, Request("", "откуда ты берёшь новости?", language="ru"))
    assert russian.plain_text.split("\n\n")[1] == "Всего сохранено статей: 31."


async def test_latest_of_a_source_however_its_name_is_typed(demo_newsroom: Newsroom) -> None:
    typings = (
        "demo business daily",
        "The Demo  Business Daily",
        '"Demo Business Daily"',
        "from Demo Business Daily",
        "by the demo business daily",
    )
    for typed in typings:
        reply = await dispatch(demo_newsroom, Request("latest", "3 " + typed))
        said = reply.plain_text
        assert said.startswith("Newest from Demo Business Daily\n\n1. Bank of Veloria holds"), typed
        assert said.count("Demo Business Daily · 2025-") == 3
        assert [b.command for b in reply.buttons[0]] == ["summary 11", "summary 10", "summary 9"]
    russian = await dispatch(demo_newsroom, Request("latest", "ДЕМО-ЛЕНТА НОВОСТЕЙ ru"))
    assert russian.plain_text.startswith("Свежее на русском: Демо-лента новостей\n\n1. ")
    none = await dispatch(demo_newsroom, Request("latest", "ru Demo Business Daily"))
    assert none.plain_text == "Demo Business Daily has no articles in that language."
    help_example = await dispatch(demo_newsroom, Request("latest", "Demo Sports"))  # in /help
    assert help_example.plain_text.startswith("Newest from Demo Sports\n\n1. ")
    words = await dispatch(demo_newsroom, Request("latest", "Demo Business"))  # not a name
    assert not words.plain_text.startswith("Newest from")
    place = await dispatch(demo_newsroom, Request("latest", "from Brussels"))  # no source's
    assert place.plain_text.startswith("Newest on “from Brussels”")


async def test_a_new_source_is_known_as_soon_as_its_first_article_is_stored(
    demo_newsroom: Newsroom,
) -> None:
    before = await dispatch(demo_newsroom, Request("latest", "RU Today"))
    assert not before.plain_text.startswith("Newest from")
    item: dict[str, object] = {
        "title": "Ferry line doubles its crossings",
        "text": "The ferry line will double its crossings from March.",
        "source": "RU Today",
        "published": "2025-12-01",
    }
    await ingest_items(demo_newsroom.storage, [Record("t", item, 0)])
    after = await dispatch(demo_newsroom, Request("latest", '"RU Today"'))
    assert after.plain_text.startswith("Newest from RU Today\n\n1. Ferry line doubles")
    listed = await dispatch(demo_newsroom, Request("sources"))
    [button] = [b for row in listed.buttons for b in row if "RU Today" in b.command]
    pressed = await dispatch(demo_newsroom, parse_command("/" + button.command))
    assert pressed.plain_text == after.plain_text  # "RU" is not read as the language


async def test_a_removed_article_leaves_the_list_at_once(demo_newsroom: Newsroom) -> None:
    listed = await dispatch(demo_newsroom, Request("sources"))
    assert "8. Demo Analysis\n1 stored" in listed.plain_text
    # straight through the store, as `newsroom-bot remove` in another process does
    await demo_newsroom.storage.remove_article(4, "test", "2026-01-01T00:00:00Z")
    await demo_newsroom.storage.remove_article(30, "test", "2026-01-01T00:00:00Z")
    listed = await dispatch(demo_newsroom, Request("sources"))
    assert "Demo Analysis" not in listed.plain_text
    assert "7. Demo City News\n1 stored, the newest 2025-11-12" in listed.plain_text
    gone = await dispatch(demo_newsroom, Request("latest", "Demo Analysis"))
    assert not gone.plain_text.startswith("Newest from")


async def test_sources_of_an_empty_store(newsroom: Newsroom) -> None:
    reply = await dispatch(newsroom, Request("sources"))
    assert reply.plain_text == "No stored article names its source."


async def test_following_a_source_brings_everything_it_runs(room: Newsroom, tmp_path: Path) -> None:
    said = await say(room, "subscribe", "the demo business daily")
    assert said.startswith(
        "Following “Demo Business Daily”: every new article from this source will come here."
    )
    again = await say(room, "subscribe", "Demo Business Daily")
    assert again.startswith("This chat already follows “Demo Business Daily”.")
    listed = await say(room, "subscriptions")
    assert "1. Demo Business Daily (a source: all it runs)" in listed
    weather = {**WEATHER, "source": "Demo Business Daily"}  # no word of a topic in it
    other = {**DETENTIONS, "source": "Another Daily"}
    assert await ingest(room, tmp_path, weather, other) == 1
    [queued] = await room.storage.deliveries_of(CHAT)
    [article] = await room.storage.articles([queued.article_id])
    assert article.title == WEATHER["title"] and list(queued.topics) == ["Demo Business Daily"]
    assert (await say(room, "unsubscribe", "Demo Business Daily")).startswith("Stopped following")
    assert (await say(room, "subscriptions")).startswith("This chat follows no topics yet.")


async def test_words_that_name_no_source_are_a_topic(room: Newsroom) -> None:
    said = await say(room, "subscribe", "Demo Business")
    assert said.startswith("Following “Demo Business”. New articles about it will come here.")
    [sub] = await room.subscriptions.of_chat(CHAT)
    assert sub.source is None and sub.story_id is None


async def test_a_long_source_name_is_shortened_in_the_list_and_kept_whole_in_its_button(
    demo_newsroom: Newsroom,
) -> None:
    name = "The Quarterly Review of Harbour Affairs, Ferry Timetables and Lighthouse Keeping " * 2
    item: dict[str, object] = {"title": "Ferry times", "text": "New ferry times.", "source": name}
    await ingest_items(demo_newsroom.storage, [Record("t", item, 0)])
    listed = await dispatch(demo_newsroom, Request("sources"))
    [line] = [b for b in listed.plain_text.split("\n\n") if "Quarterly Review" in b]
    assert len(line.split("\n")[0]) < 90 and line.split("\n")[0].endswith("…")
    [button] = [b for row in listed.buttons for b in row if "Quarterly Review" in b.command]
    pressed = await dispatch(demo_newsroom, parse_command("/" + button.command))
    assert pressed.plain_text.startswith("Newest from " + name.strip())
