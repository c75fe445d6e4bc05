"""Topic updates delivered through the real Application and the fake Bot API server,
including Telegram's refusals and a sender killed mid-drain."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sys
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.config import Settings
from bot.newsroom import Newsroom
from bot.telegram.app import build_application
from storage import Delivery
from tests import fake_telegram as tg
from tests.fake_telegram import Call, FakeTelegram
from tests.harness import App, buttons, run_bot, say, settings_for, start_polling, stop
from tests.test_outbox import articles
from tests.test_subscriptions import DETENTIONS, DETENTIONS_COPY, DETENTIONS_KAZAN

READER = 111
QUOKKAS = {
    "title": "Quokka sanctuary opens near Port Elms",
    "text": "A sanctuary for 40 quokkas opened near Port Elms on Friday, the city zoo said. "
    "Visitors may watch the animals from raised walkways.",
    "url": "https://example.org/new/quokkas",
}


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "delivery.db"


@pytest.fixture
async def bot(fake: FakeTelegram, db: Path) -> AsyncIterator[App]:
    app = build_application(settings_for(fake, db))
    await start_polling(app)
    yield app
    await fake.release_polls()
    await stop(app)


async def editor_ingests(db: Path, records: list[dict[str, str]]) -> None:
    """`newsroom-bot ingest` in another process, as an editor runs it beside the bot.
    The bot's own matching (every five seconds) may queue the new articles before
    the ingest does, so tests check what the reader gets, not which one queued it."""
    path = db.parent / f"batch-{len(list(db.parent.glob('batch-*')))}.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    env = {**os.environ, "NEWSROOM_DB": str(db)}
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "ingest",
        "--no-progress",
        str(path),
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    out, _ = await asyncio.wait_for(process.communicate(), 60)
    assert process.returncode == 0, out


async def rows(db: Path, chat: int = READER) -> list[Delivery]:
    room = await Newsroom.open(Settings(db_path=str(db)))
    try:
        return await room.storage.deliveries_of(chat)
    finally:
        await room.close()


async def statuses(db: Path, expected: list[str], chat: int = READER) -> list[str]:
    """The chat's delivery statuses once they read `expected` (the bot records a
    send just after the server has it), or as they are after five seconds."""
    found: list[str] = []
    for _ in range(50):
        found = [r.status for r in await rows(db, chat)]
        if found == expected:
            break
        await asyncio.sleep(0.1)
    return found


def update_to(chat: int) -> Callable[[Call], bool]:
    return lambda call: call.params["chat_id"] == chat and "New on" in call.params["text"]


async def subscribe(fake: FakeTelegram, topic: str = "detentions", chat: int = READER) -> None:
    reply = await say(fake, f"/subscribe {topic}", chat)
    assert reply.result["text"].startswith(f"Following “{topic}”")


async def test_an_editors_ingest_reaches_the_follower(
    bot: App, fake: FakeTelegram, db: Path
) -> None:
    await subscribe(fake)
    await editor_ingests(db, articles(1))  # (its own queuing: tests/test_cli.py)
    update = await fake.wait_for("sendMessage", update_to(READER))
    assert update.result["text"].startswith("New on “detentions”\n\nDetentions at anti-war")
    assert update.params["link_preview_options"]["url"] == "https://example.org/new/detentions-0"
    assert await statuses(db, ["sent"]) == ["sent"]


async def test_a_search_that_found_nothing_is_followed_with_one_press(
    bot: App, fake: FakeTelegram, db: Path
) -> None:
    nothing = await say(fake, "tell me about quokkas", READER)
    assert nothing.result["text"] == (
        "Nothing found for “quokkas”.\n\n"
        "Follow it, and I will send you the first article that has it."
    )
    [(label, data)] = buttons(nothing)
    assert label == "Follow “quokkas”"
    start = len(fake.calls)
    await fake.push(tg.callback(data, nothing.result))
    done = await fake.wait_for("sendMessage", after=start)
    assert done.result["text"].startswith("Following “quokkas”.")
    await editor_ingests(db, [QUOKKAS])
    update = await fake.wait_for("sendMessage", update_to(READER))
    assert update.result["text"].startswith("New on “quokkas”\n\nQuokka sanctuary opens")
    # Replying /unsubscribe to the update stops what brought it.
    stopped = await say(fake, "/unsubscribe", READER, reply_to=update.result)
    assert stopped.result["text"] == "Stopped following “quokkas”."
    # A question that found nothing is not offered as a topic.
    asked = await say(fake, "what's the weather like on Mars?", READER)
    assert asked.result["text"].startswith("Nothing found") and not buttons(asked)


async def test_the_same_report_from_another_source_is_not_sent_again(
    bot: App, fake: FakeTelegram, db: Path
) -> None:
    await subscribe(fake)
    await editor_ingests(db, [DETENTIONS])
    await fake.wait_for("sendMessage", update_to(READER))
    await editor_ingests(db, [DETENTIONS_COPY, DETENTIONS_KAZAN])
    update = await fake.wait_for("sendMessage", lambda c: "Kazan" in c.params["text"])
    assert update.params["chat_id"] == READER
    updates = [c.params["text"] for c in fake.sent(READER) if update_to(READER)(c)]
    assert len(updates) == 2 and not any(DETENTIONS_COPY["title"] in u for u in updates)
    # (rows by id: the folded one is stored after those to send of its batch)
    assert await statuses(db, ["sent", "sent", "folded"]) == ["sent", "sent", "folded"]


async def test_a_follower_of_a_source_gets_what_it_runs(
    bot: App, fake: FakeTelegram, db: Path
) -> None:
    await subscribe(fake, "Newsroom Demo Wire")  # a demo source
    storms = {
        "title": "Storms expected on the coast",
        "text": "Forecasters expect strong winds on the coast this week. Ferries may stop.",
        "url": "https://example.org/new/storms",
        "source": "Newsroom Demo Wire",
    }
    elsewhere = {
        "title": "Ferries cancelled as storms near",
        "text": "Two ferry lines cancelled their crossings for Thursday as storms near the coast.",
        "url": "https://other.example/ferries",
        "source": "Other Wire",
    }
    await editor_ingests(db, [elsewhere, storms])
    update = await fake.wait_for("sendMessage", update_to(READER))
    assert update.result["text"].startswith("New on “Newsroom Demo Wire”\n\nStorms expected")
    assert update.params["link_preview_options"]["url"] == "https://example.org/new/storms"
    assert await statuses(db, ["sent"]) == ["sent"]  # the other wire's ferries: not queued


async def test_a_name_followed_in_english_is_offered_as_russian_reports_write_it(
    bot: App, fake: FakeTelegram, db: Path
) -> None:
    reply = await say(fake, "/subscribe Navalny")
    assert "Reports in Russian write it “Навальный”. Follow that too?" in reply.result["text"]
    assert buttons(reply)[0] == ("Follow “Навальный”", "subscribe Навальный")
    start = len(fake.calls)
    await fake.push(tg.callback("subscribe Навальный", reply.result))
    followed = await fake.wait_for("sendMessage", after=start)
    assert followed.result["text"].startswith("Following “Навальный”")
    assert "Follow that too?" not in followed.result["text"]  # the chat follows both now
    russian = {
        "title": "Соратники Навального провели встречу в Вильнюсе",
        "text": "Соратники Алексея Навального провели в субботу встречу в Вильнюсе. "
        "Участники обсудили кампанию в поддержку политзаключённых.",
        "url": "https://example.org/ru/new/navalny-vilnius-1",
    }
    await editor_ingests(db, [russian])
    update = await fake.wait_for("sendMessage", update_to(READER))
    assert update.result["text"].startswith("New on “Навальный”\n\nСоратники Навального")


async def test_updates_come_in_the_language_of_who_set_them_up(
    bot: App, fake: FakeTelegram, db: Path
) -> None:
    russian = tg.user(READER, language="ru")
    said = await say(fake, "/subscribe detentions", sender=russian)
    assert said.result["text"].startswith("Слежу за темой «detentions»")
    start = len(fake.calls)
    await editor_ingests(db, articles(1))
    update = await fake.wait_for(
        "sendMessage", lambda c: c.params["chat_id"] == READER, after=start
    )
    assert update.result["text"].startswith("Новое по теме «detentions»")
    labels = [label for label, _ in buttons(update)]
    assert "Факты" in labels and "Key facts" not in labels


async def test_the_daily_briefing_comes_when_due(bot: App, fake: FakeTelegram, db: Path) -> None:
    said = await say(fake, "/briefing 08:00 Europe/Berlin")
    assert said.result["text"].startswith("The briefing of the day's most reported stories")
    today = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    await editor_ingests(db, [{**record, "published": today} for record in articles(2)])
    start = len(fake.calls)
    room = await Newsroom.open(Settings(db_path=str(db)))
    try:  # its time has come (as another process would see the clock pass 08:00)
        await room.storage.set_schedule(READER, today, briefing_due="2000-01-01T00:00:00Z")
    finally:
        await room.close()
    briefing = await fake.wait_for(
        "sendMessage", lambda c: "Your briefing for" in c.params["text"], after=start
    )
    assert briefing.params["chat_id"] == READER
    assert "<b>Your briefing for " + today[:10] + "</b>" in briefing.params["text"]
    assert "Detentions at anti-war pickets in" in briefing.result["text"]
    assert [b for b in buttons(briefing) if b[0] == "1"]
    room = await Newsroom.open(Settings(db_path=str(db)))
    try:
        chat = await room.storage.chat(READER)
    finally:
        await room.close()
    assert chat is not None and chat.briefing_due is not None and chat.briefing_due > today


async def test_flood_control_is_waited_out(bot: App, fake: FakeTelegram, db: Path) -> None:
    await subscribe(fake)
    fake.fail(
        "sendMessage",
        429,
        "Too Many Requests: retry after 1",
        retry_after=1,
        times=3,
        chat_id=READER,
    )
    start = len(fake.calls)
    await editor_ingests(db, articles(1))
    update = await fake.wait_for(
        "sendMessage", lambda c: isinstance(c.result, dict), after=start, within=20
    )
    refused = [
        c
        for c in fake.calls[start:]
        if c.method == "sendMessage" and not isinstance(c.result, dict)
    ]
    assert len(refused) == 3 and update.params["chat_id"] == READER
    assert await statuses(db, ["sent"]) == ["sent"]


async def test_a_blocked_bot_stops_sending_until_started_again(
    bot: App, fake: FakeTelegram, db: Path
) -> None:
    await subscribe(fake)
    fake.fail("sendMessage", 403, "Forbidden: bot was blocked by the user", chat_id=READER)
    await editor_ingests(db, articles(2))
    await fake.wait_for("sendMessage", lambda c: not isinstance(c.result, dict))
    assert await statuses(db, ["dropped", "dropped"]) == ["dropped", "dropped"]
    await say(fake, "/start")  # the reader unblocks the bot and starts it again
    await editor_ingests(db, articles(3)[2:])
    await fake.wait_for("sendMessage", update_to(READER))


@pytest.mark.parametrize(
    ("code", "description", "status"),
    [
        (400, "Bad Request: message is too long", "failed"),
        (500, "Internal Server Error", "pending"),
    ],
)
async def test_a_refusal_is_recorded_and_a_server_error_retried(
    bot: App, fake: FakeTelegram, db: Path, code: int, description: str, status: str
) -> None:
    await subscribe(fake)
    fake.fail("sendMessage", code, description, chat_id=READER)
    await editor_ingests(db, articles(1))
    await fake.wait_for("sendMessage", lambda c: not isinstance(c.result, dict))
    for _ in range(50):
        [row] = await rows(db)
        if row.last_error:
            break
        await asyncio.sleep(0.1)
    assert row.status == status and row.attempts == 1
    reason = description.split(":")[-1].strip().lower()
    assert row.last_error is not None and reason in row.last_error.lower()


async def test_a_group_that_became_a_supergroup_is_followed(
    bot: App, fake: FakeTelegram, db: Path
) -> None:
    group, supergroup = -500, -100500
    await subscribe(fake, chat=group)
    fake.fail(
        "sendMessage",
        400,
        "Bad Request: group chat was upgraded to a supergroup chat",
        migrate_to=supergroup,
        chat_id=group,
    )
    await editor_ingests(db, articles(1))
    update = await fake.wait_for("sendMessage", update_to(supergroup), within=15)
    assert update.result["text"].startswith("New on “detentions”")
    assert await statuses(db, ["sent"], supergroup) == ["sent"]


async def test_no_update_lost_or_doubled_when_the_sender_is_killed(
    fake: FakeTelegram, db: Path
) -> None:
    chats, count = (111, 112, 113), 10  # 30 updates; about one a second per chat
    room = await Newsroom.open(Settings(db_path=str(db)))
    try:
        await room.load_demo_if_empty()
        await room.after_ingest()
        for chat in chats:
            await room.subscriptions.subscribe(chat, "detentions")
    finally:
        await room.close()
    await editor_ingests(db, articles(count))
    fake.delays["sendMessage"] = 0.15
    first = await run_bot(fake, db)
    try:
        await fake.wait_for("sendMessage", lambda c: len(_delivered(fake)) >= 8, within=60)
    finally:
        first.send_signal(signal.SIGKILL)
        await first.wait()
    assert len(_delivered(fake)) < len(chats) * count  # killed mid-drain
    second = await run_bot(fake, db)
    try:
        await fake.wait_for(
            "sendMessage", lambda c: len(set(_delivered(fake))) == len(chats) * count, within=90
        )
        for chat in chats:  # recorded as sent, before the bot is stopped
            assert await statuses(db, ["sent"] * count, chat) == ["sent"] * count
    finally:
        await fake.release_polls()
        second.send_signal(signal.SIGTERM)
        await second.wait()
    sent = _delivered(fake)
    doubled = [key for key in set(sent) if sent.count(key) > 1]
    assert len(doubled) <= 1, doubled  # only the message in flight at the kill


def _delivered(fake: FakeTelegram) -> list[tuple[int, str]]:
    """(chat, report number in the title) of every update the server accepted."""
    found = []
    for call in fake.sent():
        text = call.params["text"]
        if isinstance(call.result, dict) and "report " in text:
            found.append(
                (int(call.params["chat_id"]), text.split("report ", 1)[1].split("<", 1)[0])
            )
    return found


def a_channel(fake: FakeTelegram, channel: int, username: str, admin: int) -> None:
    """A channel `admin` runs, where the bot (4242) is an admin allowed to post."""
    fake.add_chat(channel, "channel", "Newsroom Channel", username)
    fake.members[(channel, admin)] = "administrator"
    fake.members[(channel, 4242)] = "administrator"


async def test_a_channel_admin_subscribes_the_channel(
    bot: App, fake: FakeTelegram, db: Path
) -> None:
    channel, admin, reader = -1009999, 111, 222
    a_channel(fake, channel, "newsroomchan", admin)
    fake.members[(channel, reader)] = "member"
    refused = await say(fake, "/subscribe @newsroomchan detentions", reader)
    assert refused.result["text"] == "Only the admins of @newsroomchan can choose its topics."
    unknown = await say(fake, "/subscribe @nosuchchannel detentions", admin)
    assert unknown.result["text"].startswith("I can't find @nosuchchannel")
    done = await say(fake, "/subscribe @newsroomchan detentions", admin)
    assert done.result["text"].startswith("For @newsroomchan:\n\nFollowing “detentions”")
    listing = await say(fake, "/subscriptions @newsroomchan", admin)
    assert "1. detentions" in listing.result["text"]
    briefed = await say(fake, "/briefing @newsroomchan 07:00 Europe/Moscow", admin)
    assert briefed.result["text"].startswith("For @newsroomchan:\n\nThe briefing of the day's")
    listing = await say(fake, "/subscriptions @newsroomchan", admin)
    assert "comes every day at 07:00 (Europe/Moscow)" in listing.result["text"]
    await editor_ingests(db, articles(1))
    update = await fake.wait_for("sendMessage", update_to(channel))
    assert update.result["text"].startswith("New on “detentions”")
    assert await rows(db, admin) == []  # the admin's own chat follows nothing
    # A reader presses "Key facts" under the channel's post: the answer would be
    # posted to the whole channel, so the bot opens a private chat on it instead.
    label, data = buttons(update)[1]
    assert label == "Key facts"
    start = len(fake.calls)
    await fake.push(tg.callback(data, update.result, tg.user(reader)))
    answer = await fake.wait_for("answerCallbackQuery", after=start)
    number = data.split()[-1]
    assert answer.params["url"] == f"https://t.me/NewsroomTestBot?start=a{number}"
    await fake.quiet(0.5)
    assert fake.sent(channel, after=start) == []


async def test_a_channel_that_removed_the_bot_is_back_when_its_admin_manages_it(
    bot: App, fake: FakeTelegram, db: Path
) -> None:
    channel, admin = -1006666, 111
    a_channel(fake, channel, "backchan", admin)
    await say(fake, "/subscribe @backchan detentions", admin)
    fake.fail(
        "sendMessage", 403, "Forbidden: bot is not a member of the channel chat", chat_id=channel
    )
    await editor_ingests(db, articles(1))
    await fake.wait_for("sendMessage", lambda c: not isinstance(c.result, dict))
    assert await statuses(db, ["dropped"], channel) == ["dropped"]
    # Its admin adds the bot again and looks at the channel's topics: updates resume.
    listing = await say(fake, "/subscriptions @backchan", admin)
    assert "1. detentions" in listing.result["text"]
    start = len(fake.calls)
    await editor_ingests(db, articles(2)[1:])
    update = await fake.wait_for("sendMessage", update_to(channel), after=start)
    assert isinstance(update.result, dict) and "report 1" in update.result["text"]


async def test_the_buttons_of_a_reply_for_a_channel_act_for_the_channel(
    bot: App, fake: FakeTelegram, db: Path
) -> None:
    channel, admin, reader = -1007777, 111, 222
    a_channel(fake, channel, "deskchan", admin)
    done = await say(fake, "/subscribe @deskchan Navalny", admin)
    assert done.result["text"].startswith("For @deskchan:\n\nFollowing “Navalny”")
    assert buttons(done) == [
        ("Follow “Навальный”", "subscribe @deskchan Навальный"),
        ("My topics", "subscriptions @deskchan"),
    ]
    start = len(fake.calls)
    await fake.push(tg.callback("subscribe @deskchan Навальный", done.result))
    followed = await fake.wait_for("sendMessage", after=start)
    assert followed.result["text"].startswith("For @deskchan:\n\nFollowing “Навальный”")
    listing = await say(fake, "/subscriptions @deskchan", admin)
    assert "1. Navalny" in listing.result["text"] and "2. Навальный" in listing.result["text"]
    removals = [command for _, command in buttons(listing)]
    assert len(removals) == 2 and removals[0].startswith("unsubscribe @deskchan #")
    own = await say(fake, "/subscriptions", admin)
    assert own.result["text"].startswith("This chat follows no topics yet")
    # Asked in Russian, said in Russian, its heading too.
    russian = await say(fake, "/subscribe @deskchan ОВД-Инфо", admin)
    assert russian.result["text"].startswith("Для @deskchan:\n\nСлежу за темой «ОВД-Инфо»")
    start = len(fake.calls)
    stranger = tg.user(reader)
    await fake.push(tg.callback("subscribe @deskchan Putin", done.result, stranger))
    refused = await fake.wait_for("sendMessage", after=start)
    assert refused.result["text"] == "Only the admins of @deskchan can choose its topics."


async def test_a_channel_where_the_bot_cannot_post(bot: App, fake: FakeTelegram) -> None:
    channel = -1008888
    fake.add_chat(channel, "channel", "Quiet Channel", "quietchan")
    fake.members[(channel, 111)] = "creator"
    fake.members[(channel, 4242)] = "member"
    reply = await say(fake, "/subscribe @quietchan detentions")
    assert reply.result["text"].startswith("Make me an admin of @quietchan who may post")
