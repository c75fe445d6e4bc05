"""/briefing: the day's most reported stories at a chat's chosen time, with a
scripted sender and a clock the test moves."""

from __future__ import annotations

from pathlib import Path

from bot.commands import dispatch
from bot.commands.reply import Request
from bot.delivery.briefings import Briefings
from bot.delivery.outbox import ChatGone, RetryLater
from bot.newsroom import Newsroom
from tests.conftest import Clock
from tests.test_outbox import ScriptedSender
from tests.test_subscriptions import DETENTIONS, DETENTIONS_COPY, ingest

CHAT = 800


async def ask(room: Newsroom, args: str, chat: int = CHAT) -> str:
    return (await dispatch(room, Request("briefing", args, chat_id=chat))).plain_text


async def test_a_briefing_comes_every_day_at_the_chats_time(
    room: Newsroom, tmp_path: Path, clock: Clock
) -> None:
    said = await ask(room, "08:00 Europe/Berlin")
    assert said == (
        "The briefing of the day's most reported stories will come every day at 08:00 "
        "(Europe/Berlin), the next on 2026-01-11. /briefing off stops it."
    )
    assert (await room.subscriptions.chat(CHAT)).briefing_due == "2026-01-11T07:00:00Z"
    assert await ask(room, "") == said  # asked again: how it stands
    await ingest(room, tmp_path, DETENTIONS, DETENTIONS_COPY)  # one story, two sources
    sender = ScriptedSender()
    briefings = Briefings(room, sender)
    assert (await briefings.send_due()).sent == 0  # not yet
    clock.advance(hours=19)  # 07:00 UTC, 08:00 in Berlin
    assert (await briefings.send_due()).sent == 1
    [(chat, reply)] = sender.sent
    assert chat == CHAT
    assert reply.plain_text.startswith(
        "Your briefing for 2026-01-10\n\nThe most reported stories of the day\n\n"
        "1. OVD-Info: new detentions at anti-war pickets"  # the story's newest report
    )
    assert "2 reports from 2 sources" in reply.plain_text
    assert reply.buttons[0][0].command.startswith("summary ")
    assert (await briefings.send_due()).sent == 0  # once a day
    assert (await room.subscriptions.chat(CHAT)).briefing_due == "2026-01-12T07:00:00Z"
    clock.advance(days=1)  # nothing has arrived since: no briefing of old news
    report = await briefings.send_due()
    assert (report.sent, report.skipped) == (0, 1) and len(sender.sent) == 1


async def test_with_no_story_reported_twice_the_days_newest_come(
    room: Newsroom, tmp_path: Path, clock: Clock
) -> None:
    await ask(room, "13:00")  # UTC, the chat's zone
    await ingest(room, tmp_path, DETENTIONS)
    sender = ScriptedSender()
    clock.advance(hours=1)
    assert (await Briefings(room, sender).send_due()).sent == 1
    said = sender.sent[0][1].plain_text
    assert said.startswith(
        "Your briefing for 2026-01-10\n\nNo story had more than one report; the newest of the day"
        "\n\n1. OVD-Info reports new detentions"
    )


async def test_usage_off_and_a_new_time_zone(room: Newsroom, clock: Clock) -> None:
    usage = await ask(room, "")
    assert usage.startswith("When should the daily briefing")
    for bad in ("25:00", "soon"):
        assert await ask(room, bad) == usage
    for zone in ("Mars/Base", "Europe/Berlin extra"):
        assert (await ask(room, f"08:00 {zone}")).startswith(f"I don't know the time zone “{zone}”")
    await ask(room, "07:30")
    assert (await room.subscriptions.chat(CHAT)).briefing_due == "2026-01-11T07:30:00Z"
    listed = await dispatch(room, Request("subscriptions", chat_id=CHAT))
    assert listed.plain_text == (
        "This chat follows no topics yet. For example: /subscribe Navalny\n\n"
        "A briefing of the day's most reported stories comes every day at 07:30 (UTC)."
    )
    # A time zone given for the digest moves the briefing too: 07:30 in New
    # York is still to come today (it is 07:00 there); quiet hours without
    # one leave it where it is.
    await dispatch(room, Request("digest", "09:00 America/New_York", chat_id=CHAT))
    assert (await room.subscriptions.chat(CHAT)).briefing_due == "2026-01-10T12:30:00Z"
    clock.advance(hours=1)  # 08:00 in New York: the briefing is due, not yet sent
    await dispatch(room, Request("quiet", "22:00-06:00", chat_id=CHAT))
    assert (await room.subscriptions.chat(CHAT)).briefing_due == "2026-01-10T12:30:00Z"
    assert await ask(room, "off") == "No more daily briefings."
    chat = await room.subscriptions.chat(CHAT)
    assert chat.briefing_at is None and chat.briefing_due is None
    russian = await dispatch(room, Request("briefing", "8:00", chat_id=CHAT, language="ru"))
    assert russian.plain_text.startswith("Обзор самых освещаемых сюжетов дня будет приходить")
    assert (await room.subscriptions.chat(CHAT)).writes_in == "ru"  # its briefing: in Russian
    await dispatch(room, Request("lang", "en", chat_id=CHAT))
    await dispatch(room, Request("briefing", "8:00", chat_id=CHAT, language="ru"))
    assert (await room.subscriptions.chat(CHAT)).writes_in == "en"  # chosen with /lang


async def test_flood_control_sends_it_later_and_a_gone_chat_gets_none(
    room: Newsroom, tmp_path: Path, clock: Clock
) -> None:
    await ask(room, "13:00")
    await ask(room, "13:00", chat=CHAT + 1)
    await ingest(room, tmp_path, DETENTIONS, DETENTIONS_COPY)
    sender = ScriptedSender()
    sender.errors = [RetryLater(30), ChatGone("blocked")]
    briefings = Briefings(room, sender)
    clock.advance(hours=1)
    report = await briefings.send_due()
    assert report.sent == 0 and report.dropped_chats == [CHAT + 1]
    assert (await room.subscriptions.chat(CHAT)).briefing_due == "2026-01-10T13:00:30Z"
    assert not (await room.subscriptions.chat(CHAT + 1)).active
    clock.advance(seconds=30)
    assert (await briefings.send_due()).sent == 1
    assert [chat for chat, _ in sender.sent] == [CHAT]
    assert (await room.subscriptions.chat(CHAT)).briefing_due == "2026-01-11T13:00:00Z"


async def test_of_two_senders_one_sends_each_briefing(
    room: Newsroom, tmp_path: Path, clock: Clock
) -> None:
    await ask(room, "13:00")
    await ingest(room, tmp_path, DETENTIONS)
    clock.advance(hours=1)
    [due] = await room.storage.due_briefings("2026-01-10T13:00:00Z")
    first, second = ScriptedSender(), ScriptedSender()
    assert (await Briefings(room, first).send_due()).sent == 1
    # The second read the same row before the first moved it: it may not send.
    assert due.briefing_due is not None
    assert not await room.storage.move_briefing(CHAT, due.briefing_due, "2026-01-11T13:00:00Z")
    assert (await Briefings(room, second).send_due()).sent == 0 and not second.sent


async def test_a_briefing_now_shows_the_last_day_however_old(
    room: Newsroom, newsroom: Newsroom
) -> None:
    # The demo's newest article is weeks older than the room's clock: no
    # briefing would be sent, but one asked for shows the store's last day.
    shown = await ask(room, "now")
    assert shown.startswith(
        "Your briefing for 2025-11-25\n\nNo story had more than one report; the newest of the day"
        "\n\n1. Night trains return between Port Elms and Calder"
    )
    assert (await room.subscriptions.chat(CHAT)).briefing_at is None  # nothing was set
    assert await ask(newsroom, "now") == "No articles are stored yet."
