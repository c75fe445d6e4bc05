"""Subscribing, percolation into the outbox, and the schedule commands."""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Mapping
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.commands import dispatch
from bot.commands.reply import Request
from bot.delivery.schedule import iso
from bot.ingest import ingest_paths
from bot.newsroom import Newsroom
from bot.texts import text as catalogue
from tests.conftest import Clock

CHAT = 501


async def say(room: Newsroom, command: str, args: str = "", chat: int = CHAT) -> str:
    return (await dispatch(room, Request(command, args, chat_id=chat))).plain_text


async def ingest(room: Newsroom, tmp_path: Path, *records: Mapping[str, object]) -> int:
    """Store articles as `newsroom-bot ingest` does; how many updates were queued."""
    path = tmp_path / f"new-{str(records[0]['title'])[:8]}.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    await ingest_paths(room.storage, [path])
    return await room.after_ingest()


DETENTIONS = {
    "title": "OVD-Info reports new detentions at anti-war pickets",
    "text": "OVD-Info said on Sunday that police detained 40 people at anti-war pickets in "
    "Moscow and St Petersburg. Lawyers said most were released by night.",
    "url": "https://example.org/new/detentions",
    "published": "2026-01-10",
}
# DETENTIONS as another site ran it: a new link, a changed headline, a credit.
DETENTIONS_COPY = {
    "title": "OVD-Info: new detentions at anti-war pickets",
    "text": DETENTIONS["text"] + " (Reuters)",
    "url": "https://another.example/world/detentions",
    "published": "2026-01-10",
}
# Another report on the subject: news, not a copy.
DETENTIONS_KAZAN = {
    "title": "Detentions at anti-war pickets in Kazan",
    "text": "Police in Kazan detained 12 people at anti-war pickets on Monday, OVD-Info said. "
    "A court fined a schoolteacher for a poster that quoted Tolstoy.",
    "url": "https://example.org/new/kazan",
    "published": "2026-01-11",
}
WEATHER = {
    "title": "Storms expected on the coast",
    "text": "Forecasters expect strong winds on the coast this week. Ferries may be cancelled.",
    "published": "2026-01-10",
}


NAVALNY_ALLIES = {
    "title": "Соратники Алексея Навального провели встречу в Киеве",
    "text": "Соратники Алексея Навального встретились в Киеве с журналистами. "
    "Они рассказали о работе Фонда борьбы с коррупцией.",
    "published": "2026-01-10",
}


async def test_subscribe_then_new_matching_articles_are_queued_once(
    room: Newsroom, tmp_path: Path
) -> None:
    assert (await say(room, "subscribe", "OVD-Info detentions")).startswith(
        "Following “OVD-Info detentions”."
    )
    assert (await say(room, "subscribe", "anti-war pickets")).startswith("Following")
    assert (await say(room, "subscribe", "Detentions  ovd-info")).startswith(
        "This chat already follows “OVD-Info detentions”."
    )
    # The archive is not replayed: only articles stored after subscribing count.
    assert await room.storage.deliveries_of(CHAT) == []
    queued = await ingest(room, tmp_path, DETENTIONS, WEATHER)
    assert queued == 1
    [queued_row] = await room.storage.deliveries_of(CHAT)
    assert queued_row.status == "pending"
    article_id = queued_row.article_id
    [claimed] = await room.storage.claim_due_deliveries(
        "2026-01-10T12:00:00Z", "2026-01-10T12:01:00Z"
    )
    assert claimed.article_id == article_id
    assert set(claimed.topics) == {"OVD-Info detentions", "anti-war pickets"}
    # Percolating again (another process, a restart) queues nothing twice.
    assert await room.after_ingest() == 0


async def test_a_russian_name_followed_as_typed_meets_its_declined_forms(
    room: Newsroom, tmp_path: Path
) -> None:
    """A reader follows "Алексей Навальный"; the news writes "Алексея Навального"."""
    for chat, topic in enumerate(("Алексей Навальный", "Киев", "Сергей Лавров"), start=CHAT):
        await say(room, "subscribe", topic, chat=chat)
    assert await ingest(room, tmp_path, NAVALNY_ALLIES) == 2
    queued = [len(await room.storage.deliveries_of(CHAT + n)) for n in range(3)]
    assert queued == [1, 1, 0]  # not to the chat following Лавров, whom it does not name


async def test_exclusions_phrases_and_missing_words(room: Newsroom, tmp_path: Path) -> None:
    await say(room, "subscribe", "detentions -Moscow")
    await say(room, "subscribe", '"detentions at pickets"', chat=CHAT + 1)  # not as written
    await say(room, "subscribe", "detentions Paris", chat=CHAT + 2)
    assert await ingest(room, tmp_path, DETENTIONS) == 0


async def test_follow_story_follows_the_story(room: Newsroom, tmp_path: Path) -> None:
    reply = await say(room, "follow", "12")  # Kestrel Mobile breach story
    assert reply.startswith("Following the story “Kestrel Mobile says hackers stole data")
    listing = await say(room, "subscriptions")
    assert "(a story)" in listing
    sequel = {
        "title": "Kestrel Mobile breach: regulator fines operator",
        "text": "The regulator fined Kestrel Mobile after hackers stole data of 2.3 million "
        "customers from its billing systems in March. Kestrel Mobile said it would appeal.",
        "published": "2025-03-06",
    }
    assert await ingest(room, tmp_path, sequel) == 1


async def test_limits_are_explained(room: Newsroom) -> None:
    assert (await say(room, "subscribe")).startswith("What should I follow?")
    assert (await say(room, "subscribe", "x" * 101)).startswith("A topic can be at most 100")
    assert (await say(room, "subscribe", "?!? ***")).startswith("I found no words to follow")
    for n in range(50):
        await say(room, "subscribe", f"topic{n}")
    assert (await say(room, "subscribe", "one more")).startswith(
        "This chat follows 50 topics, the most I keep."
    )


async def test_list_and_unsubscribe(room: Newsroom) -> None:
    assert (await say(room, "subscriptions")).startswith("This chat follows no topics yet")
    await say(room, "subscribe", "Navalny")
    await say(room, "subscribe", '"climate summit"')
    reply = await dispatch(room, Request("subscriptions", chat_id=CHAT))
    assert reply.plain_text.startswith("Topics this chat follows (2 of 50)")
    remove = [b.command for row in reply.buttons for b in row]
    assert len(remove) == 2 and remove[0].startswith("unsubscribe #")
    assert await say(room, "unsubscribe", remove[0].split()[1]) == "Stopped following “Navalny”."
    assert (await say(room, "unsubscribe", "Navalny")).startswith("This chat does not follow")
    assert await say(room, "unsubscribe", "all") == "Stopped following all topics (1)."
    assert await say(room, "unsubscribe", "all") == (
        "This chat follows no topics, so no updates on them come here."
    )


async def test_a_card_replied_to_is_followed_and_unfollowed(room: Newsroom) -> None:
    def to_card(command: str, args: str = "", card: int = 24) -> Request:
        return Request(command, args, chat_id=CHAT, reply_to_article=card)

    followed = await dispatch(room, to_card("subscribe"))  # the parade's card: its story
    assert followed.plain_text.startswith("Following the story “Thousands line Calder streets")
    await say(room, "subscribe", "Calder")
    await say(room, "subscribe", "sport")
    await say(room, "subscribe", "Kestrel")
    # What brings that article: its story, its words, its section; not Kestrel.
    which = await dispatch(room, to_card("unsubscribe"))
    assert which.plain_text.startswith(
        "These topics of this chat bring that article; which should stop?\n\n"
        "1. Thousands line Calder streets"
    )
    assert "\n\n2. Calder\n\n3. sport" in which.plain_text and "Kestrel" not in which.plain_text
    removes = [b.command for row in which.buttons for b in row]
    assert len(removes) == 3 and all(c.startswith("unsubscribe #") for c in removes)
    # One topic brings the library's reopening, "Calder" none: it is stopped.
    await say(room, "subscribe", "library")
    library = await dispatch(room, to_card("unsubscribe", "this", card=29))
    assert library.plain_text == "Stopped following “library”."
    kestrel_free = await dispatch(room, to_card("unsubscribe", card=30))  # the night trains
    assert kestrel_free.plain_text.startswith("Stopped following “Calder”.")
    nothing = await dispatch(room, to_card("unsubscribe", card=3))
    assert nothing.plain_text.startswith("Nothing this chat follows brings that article.")
    listing = await say(room, "subscriptions")
    assert "Kestrel" in listing and "library" not in listing


async def test_a_digest_asked_for_in_plain_words_asks_when(room: Newsroom) -> None:
    asked = await say(room, "", "send me a daily digest")
    assert asked == await say(room, "digest")
    assert asked.startswith("Give a time and, if you like, a time zone")
    await say(room, "digest", "08:00")
    instant = await say(room, "", "instant updates please")
    assert instant == (
        "No more digests.\n\nUpdates come as soon as articles arrive. "
        "Prefer one a day? /digest 08:00 Europe/Berlin"
    )


async def test_stopping_all_updates_says_the_briefing_still_comes(room: Newsroom) -> None:
    await say(room, "briefing", "07:30")
    await say(room, "subscribe", "Navalny")
    stopped = await say(room, "", "stop sending me updates")
    assert stopped == (
        "Stopped following all topics (1).\n\n"
        "The daily briefing still comes at 07:30: /briefing off stops it."
    )
    assert (await say(room, "subscriptions")).startswith("This chat follows no topics yet")


async def test_plain_words_follow_and_unfollow_topics(demo_newsroom: Newsroom) -> None:
    room = demo_newsroom
    followed = await say(room, "", "Please follow Navalny")
    assert followed.startswith("Following “Navalny”.")
    assert await say(room, "", "what do I follow?") == await say(room, "subscriptions")
    russian = await dispatch(room, Request("", "подпиши меня на ОВД-Инфо", chat_id=CHAT))
    assert russian.plain_text.startswith("Слежу за темой «ОВД-Инфо».")  # asked in Russian
    # In reply to a card, "follow this" follows the card's story.
    story = await dispatch(room, Request("", "follow this", chat_id=CHAT, reply_to_article=5))
    assert story.plain_text.startswith("Following the story “В Брюсселе прошёл")
    # So does "следить за этим" (not a topic "этим"); and "не следить" stops it.
    this = Request("", "следить за этим", chat_id=CHAT + 2, reply_to_article=21)
    assert (await dispatch(room, this)).plain_text.startswith("Слежу за сюжетом «Засуха")
    stop = replace(this, args="не следить за этим сюжетом")
    assert (await dispatch(room, stop)).plain_text.startswith("Больше не слежу за темой «Засуха")
    listed = await say(room, "subscriptions")
    assert "1. Navalny\n" in listed and "ОВД-Инфо" in listed and "(a story)" in listed
    assert await say(room, "", "stop following Navalny") == "Stopped following “Navalny”."
    assert "Navalny" not in await say(room, "subscriptions")
    # The help's example, in each language, does what it says.
    for lang in ("en", "ru"):
        example = re.findall(r"[“«](.+?)[”»]", catalogue("help.subscribe", lang))[-1]
        said = await dispatch(room, Request("", example, chat_id=CHAT + 1, language=lang))
        assert said.plain_text.startswith(catalogue("subscribe.done", lang, topic="")[:8]), lang
    # Asking about a topic is no subscription: "tell me about" searches.
    assert (await say(room, "", "tell me about drought")).startswith("Results for “drought”")
    assert "drought" not in await say(room, "subscriptions")


async def test_plain_words_stop_following_every_topic(demo_newsroom: Newsroom) -> None:
    for topic in ("Navalny", "drought"):
        await say(demo_newsroom, "subscribe", topic)
    listed = await dispatch(demo_newsroom, Request("", "что у меня в подписках?", chat_id=CHAT))
    assert listed.plain_text.startswith("Темы этого чата (2 из 50)\n\n1. Navalny")
    stopped = await dispatch(demo_newsroom, Request("", "отпишись от всего", chat_id=CHAT))
    assert stopped.plain_text == "Больше не слежу ни за одной темой (было 2)."
    assert (await say(demo_newsroom, "subscriptions")).startswith("This chat follows no topics")


async def test_names_are_offered_as_the_other_languages_reports_write_them(
    room: Newsroom,
) -> None:
    reply = await dispatch(room, Request("subscribe", "Calder", chat_id=CHAT, language="ru"))
    assert "В статьях на русском это «Колдер». Следить и за этим?" in reply.plain_text
    assert reply.buttons[0][0].command == "subscribe Колдер"
    back = await dispatch(room, Request("subscribe", "Брюссель", chat_id=CHAT))
    assert "В статьях на английском это «Brussels»." in back.plain_text  # asked in Russian
    assert back.buttons[0][0].command == "ru|subscribe Brussels"  # and what it opens
    # as its letters spell it ("Holt" keys no skeleton of "Холт"); a name too short to key left out
    holt = await dispatch(room, Request("subscribe", "Холт", chat_id=CHAT))
    assert "В статьях на английском это «Holt»." in holt.plain_text
    petrov = await dispatch(room, Request("subscribe", "Анна Петрова", chat_id=CHAT))
    assert "В статьях на английском это «Petrov»." in petrov.plain_text
    # Not for words that are no names, phrases, exclusions, or what the chat follows.
    for topic in ("Kestrel breach", '"Kestrel Mobile"', "Navalny -Putin", "Колдер"):
        reply = await dispatch(room, Request("subscribe", topic, chat_id=CHAT))
        said = reply.plain_text
        assert said.startswith(("Following", "Слежу")) and "too?" not in said, topic
        assert "этим?" not in said, topic
    story = await dispatch(room, Request("follow", "5", chat_id=CHAT))
    assert "too?" not in story.plain_text  # a story crosses languages by itself


async def test_words_are_offered_in_their_equivalents_the_other_reports_write(
    room: Newsroom,
) -> None:
    # "инфляция" (news.glossary): the English reports of Veloria's prices write "inflation".
    reply = await dispatch(room, Request("subscribe", "инфляция", chat_id=CHAT))
    assert "В статьях на английском это «inflation». Следить и за этим?" in reply.plain_text
    assert reply.buttons[0][0].command == "ru|subscribe inflation"
    # Not when a word has none ("засуха в Велории": no report has both), nor
    # for a word without an equivalent, which would change the topic.
    for topic in ("засуха в Велории", "ставки ЖКХ", "инфляция ЖКХ"):
        said = (await dispatch(room, Request("subscribe", topic, chat_id=CHAT))).plain_text
        assert said.startswith("Слежу") and "этим?" not in said, topic


async def test_digest_or_quiet_alone_says_what_is_set(room: Newsroom) -> None:
    assert (await say(room, "digest")).startswith("Give a time and, if you like, a time zone")
    assert (await say(room, "quiet")).startswith("Give the quiet hours")
    await say(room, "digest", "08:00 Europe/Berlin")
    await say(room, "quiet", "22:00-07:00")
    assert await say(room, "digest") == (
        "Updates come in one digest a day at 08:00 (Europe/Berlin). /digest off for instant ones."
    )
    quiet = await say(room, "quiet")
    assert quiet.startswith("Quiet hours: 22:00-07:00 (Europe/Berlin).")
    assert quiet.endswith("(or /quiet off).")


@pytest.mark.parametrize(
    ("typed", "hours"),
    [
        ("22:00 - 07:00", "22:00-07:00"),
        ("22:00 to 07:00", "22:00-07:00"),
        ("22-07", "22:00-07:00"),
        ("23-7", "23:00-07:00"),  # "7" beside "23": the 24-hour clock
        ("10pm–6am", "22:00-06:00"),
    ],
)
async def test_quiet_hours_as_readers_type_them(room: Newsroom, typed: str, hours: str) -> None:
    assert (await say(room, "quiet", typed)).startswith(f"Quiet hours: {hours} (UTC).")


async def test_an_hour_that_may_be_morning_or_evening_is_asked_about(room: Newsroom) -> None:
    assert (await say(room, "quiet", "10-6")).startswith("Give the quiet hours")
    asked = await dispatch(room, Request("digest", "8 Berlin", chat_id=CHAT))
    assert asked.plain_text == "At 08:00 or at 20:00?"
    evening = asked.buttons[0][1]
    assert (evening.label, evening.command) == ("20:00", "digest 20:00 Berlin")
    command, args = evening.command.split(" ", 1)
    assert "at 20:00 (Europe/Berlin)" in await say(room, command, args)
    nowhere = await say(room, "digest", "8 Atlantis")
    assert nowhere.startswith("I don't know the time zone “Atlantis”.")
    noon = await dispatch(room, Request("briefing", "12", chat_id=CHAT, language="ru"))
    assert noon.plain_text == "В 00:00 или в 12:00?"
    assert "at 18:00 (Europe/Berlin)" in await say(room, "digest", "18")  # 24-hour clock only


async def test_digest_and_quiet_hours_move_the_due_time(
    room: Newsroom, tmp_path: Path, clock: Clock
) -> None:
    reply = await say(room, "digest", "08:00 Europe/Berlin")
    assert "one digest a day at 08:00 (Europe/Berlin)" in reply
    await say(room, "subscribe", "detentions")
    await ingest(room, tmp_path, DETENTIONS)
    now, lease = "2026-01-10T12:00:00Z", "2026-01-10T12:01:00Z"
    assert await room.storage.claim_due_deliveries(now, lease) == []
    [due] = await room.storage.claim_due_deliveries("2026-01-11T07:00:00Z", "2026-01-11T07:01:00Z")
    assert due.due_at == "2026-01-11T07:00:00Z"  # 08:00 in Berlin


async def test_quiet_hours_hold_instant_updates(
    room: Newsroom, tmp_path: Path, clock: Clock
) -> None:
    clock.now = datetime(2026, 1, 10, 22, 30, tzinfo=UTC)  # 23:30 in Berlin
    assert "except 22:00-07:00 (Europe/Berlin)" in await say(
        room, "quiet", "22:00-07:00 Europe/Berlin"
    )
    await say(room, "subscribe", "detentions")
    await ingest(room, tmp_path, DETENTIONS)
    [due] = await room.storage.claim_due_deliveries("2026-01-11T06:00:00Z", "2026-01-11T06:01:00Z")
    assert due.due_at == "2026-01-11T06:00:00Z"


async def test_schedules_asked_for_in_plain_words(room: Newsroom) -> None:
    typed = await say(room, "digest", "08:00 Europe/Berlin")
    assert await say(room, "", "send me a daily digest at 8am Berlin") == typed
    quiet = await say(room, "", "no updates from 10pm to 7am")
    assert quiet.startswith("Quiet hours: 22:00-07:00 (Europe/Berlin).")
    russian = await dispatch(
        room, Request("", "не присылай ничего с 23:00 до 07:00", chat_id=CHAT, language="ru")
    )
    assert "23:00-07:00" in russian.plain_text
    briefing = await say(room, "", "morning briefing at 7:30")
    assert "every day at 07:30" in briefing


@pytest.mark.parametrize(
    ("command", "args"),
    [("digest", "25:00"), ("digest", ""), ("quiet", "22:00"), ("quiet", "7-8")],
)
async def test_bad_schedules_get_usage(room: Newsroom, command: str, args: str) -> None:
    reply = await say(room, command, args)
    assert reply.startswith("Give ")


@pytest.mark.parametrize(
    ("command", "args", "said"),
    [
        ("digest", "08:00 new york", "one digest a day at 08:00 (America/New_York)"),
        ("quiet", "22:00-07:00 Berlin", "except 22:00-07:00 (Europe/Berlin)"),
        ("briefing", "07:30 Moscow", "every day at 07:30 (Europe/Moscow)"),
        ("briefing", "07:30 москва", "каждый день в 07:30 (Europe/Moscow)"),
        ("digest", "8 am new york", "one digest a day at 08:00 (America/New_York)"),
        ("quiet", "10pm-7am Berlin", "except 22:00-07:00 (Europe/Berlin)"),
    ],
)
async def test_a_time_zone_is_found_by_its_city(
    room: Newsroom, command: str, args: str, said: str
) -> None:
    assert said in await say(room, command, args)


@pytest.mark.parametrize("command", ["digest 08:00", "briefing 08:00", "quiet 22:00-07:00"])
async def test_an_unknown_time_zone_is_named_in_the_answer(room: Newsroom, command: str) -> None:
    name, args = command.split(" ", 1)
    reply = await say(room, name, args + " Mars/Olympus")
    assert reply.startswith("I don't know the time zone “Mars/Olympus”.")
    assert (await room.subscriptions.chat(CHAT)).time_zone == "UTC"  # nothing was changed
    long = await say(room, name, args + " Mars/" + "x" * 5000)
    assert len(long) < 300  # what was typed is quoted back cut short


async def test_inactive_chats_get_nothing(room: Newsroom, tmp_path: Path) -> None:
    await say(room, "subscribe", "detentions")
    await room.storage.set_chat_active(CHAT, False, "2026-01-10T12:00:00Z")
    assert await ingest(room, tmp_path, DETENTIONS) == 0


async def statuses(room: Newsroom, chat: int) -> list[tuple[str, str, int | None]]:
    rows = await room.storage.deliveries_of(chat)
    titles = {a.id: a.title for a in await room.storage.articles([d.article_id for d in rows])}
    return [(d.status, titles[d.article_id], d.copy_of) for d in rows]


async def test_a_copy_of_a_report_the_chat_has_is_folded_not_sent(
    room: Newsroom, tmp_path: Path, clock: Clock
) -> None:
    await say(room, "subscribe", "detentions")
    assert await ingest(room, tmp_path, DETENTIONS) == 1
    await say(room, "subscribe", "detentions", chat=CHAT + 1)  # never got the first report
    assert await ingest(room, tmp_path, DETENTIONS_COPY) == 1  # for the new reader only
    first, copy = await statuses(room, CHAT)
    assert first[:2] == ("pending", DETENTIONS["title"])
    assert copy[:2] == ("folded", DETENTIONS_COPY["title"])
    original = (await room.storage.deliveries_of(CHAT))[0].article_id
    assert copy[2] == original
    assert await statuses(room, CHAT + 1) == [("pending", DETENTIONS_COPY["title"], None)]
    assert await ingest(room, tmp_path, DETENTIONS_KAZAN) == 2  # news for both
    assert (await room.storage.delivery_counts())["folded"] == 1
    tomorrow = iso(clock() + timedelta(days=1))
    assert await room.storage.forget_finished_deliveries(tomorrow) == 1  # finished, unlike the rest
    assert "folded" not in await room.storage.delivery_counts()


async def test_copies_arriving_together_are_one_update(room: Newsroom, tmp_path: Path) -> None:
    await say(room, "subscribe", "detentions")
    await say(room, "subscribe", "pickets", chat=CHAT + 1)
    assert await ingest(room, tmp_path, DETENTIONS, DETENTIONS_COPY, DETENTIONS_KAZAN) == 4
    for chat in (CHAT, CHAT + 1):
        assert {title: s for s, title, _ in await statuses(room, chat)} == {
            DETENTIONS["title"]: "pending",
            DETENTIONS_COPY["title"]: "folded",
            DETENTIONS_KAZAN["title"]: "pending",
        }
    third = {**DETENTIONS_COPY, "url": "https://third.example/d", "text": DETENTIONS["text"]}
    third["text"] += " (AP)"
    assert await ingest(room, tmp_path, third) == 0  # a copy of a copy: folded too


async def test_percolations_running_at_once_take_turns(room: Newsroom, tmp_path: Path) -> None:
    """The bot's percolation job and a feed's ingest can both start one."""
    await say(room, "subscribe", "detentions")
    path = tmp_path / "both.jsonl"
    path.write_text(
        "".join(json.dumps(r) + "\n" for r in (DETENTIONS, DETENTIONS_COPY)), encoding="utf-8"
    )
    await ingest_paths(room.storage, [path])
    await room.refresh_stories()
    queued = await asyncio.gather(*(room.subscriptions.percolate() for _ in range(3)))
    assert sorted(queued) == [0, 0, 1]
    assert [s for s, _, _ in await statuses(room, CHAT)] == ["pending", "folded"]


async def test_a_chat_whose_updates_have_no_language_takes_its_readers(room: Newsroom) -> None:
    await dispatch(room, Request("subscribe", "detentions", chat_id=900, language="en"))
    await room.storage.set_updates_language(900, None, "2026-01-10T12:00:00Z")  # followed long ago
    await dispatch(room, Request("latest", chat_id=900, language="ru"))
    assert (await room.subscriptions.chat(900)).writes_in == "ru"
    await dispatch(room, Request("latest", chat_id=900, language="en"))
    assert (await room.subscriptions.chat(900)).writes_in == "ru"  # only when it had none
    await dispatch(room, Request("latest", chat_id=901, language="ru"))
    assert await room.storage.chat(901) is None  # no row for a chat that follows nothing


async def test_a_topic_stored_under_older_stems_is_found_by_its_words(room: Newsroom) -> None:
    # Stored when "women" stemmed as itself (before text-4): percolation
    # re-keys it, so following the same words again adds nothing.
    await room.storage.add_subscription(CHAT, "women's football", "footbal women", "2026-01-01")
    await room.subscriptions.percolate()
    (stored,) = await room.storage.subscriptions(CHAT)
    assert stored.topic_key == "footbal woman"
    await say(room, "subscribe", "women's football")
    assert len(await room.storage.subscriptions(CHAT)) == 1
    assert await say(room, "unsubscribe", "Women’s football") == (
        "Stopped following “women's football”."
    )


async def test_a_topic_is_unfollowed_by_its_words_with_news_after_them(room: Newsroom) -> None:
    await say(room, "subscribe", "drought")
    await say(room, "subscribe", "fake news")
    # "stop sending me drought news": the topic followed is "drought"
    assert await say(room, "unsubscribe", "drought news") == "Stopped following “drought”."
    # A topic followed with "news" in it is unfollowed as it is, not as "fake".
    assert await say(room, "unsubscribe", "fake news") == "Stopped following “fake news”."
    plain = await dispatch(room, Request("", "stop sending me drought news", chat_id=CHAT))
    assert plain.plain_text.startswith("This chat does not follow “drought news”")


async def test_a_russian_noun_followed_in_plain_words_meets_its_declined_forms(
    room: Newsroom, tmp_path: Path
) -> None:
    said = await say(room, "", "следи за засухой")
    assert said.startswith("Слежу за темой «засуха».")
    drought = {
        "title": "Урожай под угрозой",
        "text": "Из-за засухи фермеры в долине Соррел потеряют треть урожая, сообщил союз.",
        "published": "2026-01-10",
    }
    assert await ingest(room, tmp_path, drought) == 1
