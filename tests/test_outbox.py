"""The outbox drain with a scripted sender and a controlled clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.commands import dispatch
from bot.commands.reply import Reply, Request
from bot.delivery.messages import DIGEST_ARTICLES_PER_TOPIC, digest_message
from bot.delivery.outbox import (
    KEEP_FINISHED,
    MAX_ATTEMPTS,
    ChatGone,
    ChatMoved,
    DrainReport,
    Outbox,
    Rejected,
    RetryLater,
)
from bot.delivery.schedule import iso
from bot.newsroom import Newsroom
from tests.conftest import Clock
from tests.test_subscriptions import DETENTIONS, ingest

CHAT = 700


class ScriptedSender:
    """Records what it is asked to send; raises the next scripted error first."""

    def __init__(self) -> None:
        self.sent: list[tuple[int, Reply]] = []
        self.errors: list[Exception] = []

    async def send(self, chat_id: int, reply: Reply) -> None:
        if self.errors:
            raise self.errors.pop(0)
        self.sent.append((chat_id, reply))


@pytest.fixture
def sender() -> ScriptedSender:
    return ScriptedSender()


# Distinct reports on one subject (a chat gets each), not copies of one (folded).
PLACES = [
    ("Moscow", "Police held students who stood with blank sheets of paper near the university."),
    ("Kazan", "A court fined a schoolteacher for a poster that quoted Tolstoy."),
    ("Novosibirsk", "Volunteers brought food and lawyers to the station overnight."),
    ("Yekaterinburg", "Officers searched the flat of an artist who painted a mural of doves."),
    ("Perm", "A pensioner was charged with discrediting the army over a leaflet."),
    ("Samara", "Two journalists covering the rally had their cameras confiscated."),
    ("Omsk", "Relatives waited outside the courthouse in freezing rain for news."),
    ("Tomsk", "Riot police dispersed a small crowd laying flowers at a monument."),
    ("Irkutsk", "An activist began a hunger strike in custody, her lawyer said."),
    ("Vladivostok", "Sailors' wives joined the protest at the harbour gates."),
    ("Kaliningrad", "The mayor's office refused a permit citing public health rules."),
    ("Ufa", "A blogger was sentenced to ten days for a video filmed on the square."),
]


def articles(count: int) -> list[dict[str, str]]:
    assert count <= len(PLACES)
    return [
        {
            **DETENTIONS,
            "title": f"Detentions at anti-war pickets in {city}, report {n}",
            "text": f"OVD-Info said police in {city} detained {12 + 7 * n} people at anti-war "
            f"pickets on Sunday. {detail} Lawyers said most were released by night.",
            "url": f"https://example.org/new/detentions-{n}",
        }
        for n, (city, detail) in enumerate(PLACES[:count])
    ]


async def drain_all(outbox: Outbox, clock: Clock, seconds: int = 10) -> DrainReport:
    """Drain as the bot's job does, once a second for `seconds` seconds."""
    total = DrainReport()
    for _ in range(seconds):
        report = await outbox.drain()
        total.sent += report.sent
        total.failed += report.failed
        total.dropped_chats += report.dropped_chats
        clock.advance(seconds=1)
    return total


async def queue(room: Newsroom, tmp_path: Path, count: int = 3, chat: int = CHAT) -> None:
    await dispatch(room, Request("subscribe", "detentions", chat_id=chat))
    assert await ingest(room, tmp_path, *articles(count)) == count


async def test_each_update_is_sent_once(
    room: Newsroom, tmp_path: Path, sender: ScriptedSender, clock: Clock
) -> None:
    await queue(room, tmp_path)
    outbox = Outbox(room, sender)
    assert (await outbox.drain()).sent == 1  # about one message a second per chat
    assert (await outbox.drain()).sent == 0
    report = await drain_all(outbox, clock)
    assert report.sent == 2 and [c for c, _ in sender.sent] == [CHAT] * 3
    first = sender.sent[0][1]
    assert first.plain_text.startswith("New on “detentions”\n\nDetentions at anti-war pickets")
    assert [b.label for b in first.buttons[0]] == ["Summary", "Key facts", "Related"]
    assert (await Outbox(room, sender).drain()).sent == 0
    rows = await room.storage.deliveries_of(CHAT)
    assert {d.status for d in rows} == {"sent"}
    assert [d.attempts for d in rows] == [1, 1, 1]  # waiting one's turn is not an attempt


async def test_flood_control_waits_then_sends(
    room: Newsroom, tmp_path: Path, sender: ScriptedSender, clock: Clock
) -> None:
    await queue(room, tmp_path)
    sender.errors = [RetryLater(30)]
    report = await Outbox(room, sender).drain()
    assert report.sent == 0 and report.flood_wait == 30
    assert (await Outbox(room, sender).drain()).sent == 0  # still waiting
    clock.advance(seconds=31)
    assert (await drain_all(Outbox(room, sender), clock)).sent == 3


async def test_transient_errors_back_off_then_give_up(
    room: Newsroom, tmp_path: Path, sender: ScriptedSender, clock: Clock
) -> None:
    await queue(room, tmp_path, count=1)
    outbox = Outbox(room, sender)
    waits = []
    for _ in range(MAX_ATTEMPTS):
        sender.errors = [ConnectionError("network down")]
        start = clock.now
        await outbox.drain()
        [row] = await room.storage.deliveries_of(CHAT)
        due = datetime.fromisoformat(row.due_at.replace("Z", "+00:00"))
        waits.append(due - start)
        clock.now = due
    assert waits[:3] == [timedelta(seconds=30), timedelta(seconds=60), timedelta(seconds=120)]
    assert row.attempts == MAX_ATTEMPTS and row.last_error == "ConnectionError: network down"
    assert row.status == "failed" and sender.sent == []


async def test_a_refused_message_is_recorded_not_retried(
    room: Newsroom, tmp_path: Path, sender: ScriptedSender, clock: Clock
) -> None:
    await queue(room, tmp_path, count=2)
    sender.errors = [Rejected("Bad Request: message is too long")]
    report = await drain_all(Outbox(room, sender), clock)
    assert (report.sent, report.failed) == (1, 1)
    assert [d.status for d in await room.storage.deliveries_of(CHAT)] == ["failed", "sent"]


async def test_a_blocked_chat_is_switched_off_until_it_starts_again(
    room: Newsroom, tmp_path: Path, sender: ScriptedSender
) -> None:
    await queue(room, tmp_path, count=3)
    sender.errors = [ChatGone("Forbidden: bot was blocked by the user")]
    report = await Outbox(room, sender).drain()
    assert report.dropped_chats == [CHAT] and sender.sent == []
    assert {d.status for d in await room.storage.deliveries_of(CHAT)} == {"dropped"}
    assert await ingest(room, tmp_path, *articles(4)[3:]) == 0  # nothing queued while off
    await dispatch(room, Request("start", chat_id=CHAT))
    assert await ingest(room, tmp_path, *articles(5)[4:]) == 1


async def test_a_migrated_group_is_followed(
    room: Newsroom, tmp_path: Path, sender: ScriptedSender
) -> None:
    await queue(room, tmp_path, count=1, chat=-42)
    sender.errors = [ChatMoved(-100042)]
    await Outbox(room, sender).drain()
    await Outbox(room, sender).drain()
    assert [c for c, _ in sender.sent] == [-100042]
    assert [s.topic for s in await room.subscriptions.of_chat(-100042)] == ["detentions"]
    assert await room.subscriptions.of_chat(-42) == []


async def test_a_digest_is_one_message_grouped_by_topic(
    room: Newsroom, tmp_path: Path, sender: ScriptedSender, clock: Clock
) -> None:
    await dispatch(room, Request("digest", "08:00 Europe/Berlin", chat_id=CHAT))
    await dispatch(room, Request("subscribe", "pickets", chat_id=CHAT))
    await queue(room, tmp_path, count=3)
    assert (await Outbox(room, sender).drain()).sent == 0  # not yet 08:00
    clock.now = datetime(2026, 1, 11, 7, 0, tzinfo=UTC)
    assert (await Outbox(room, sender).drain()).sent == 1
    [(_, digest)] = sender.sent
    text = digest.plain_text
    assert text.startswith("Your daily digest: 3 new articles\n\n“pickets”")
    assert "and 2 more on this story" in text, text


async def test_a_topic_followed_daily_comes_in_a_digest_and_instantly_again(
    room: Newsroom, tmp_path: Path, sender: ScriptedSender, clock: Clock
) -> None:
    # "daily" says how the updates come, not a word articles must hold.
    daily = await dispatch(room, Request("subscribe", "pickets daily", chat_id=CHAT))
    assert daily.plain_text.startswith("Following “pickets”.")
    assert "one digest a day at 08:00 (UTC)" in daily.plain_text
    assert await ingest(room, tmp_path, *articles(2)) == 2
    assert (await Outbox(room, sender).drain()).sent == 0  # not yet 08:00
    clock.now = datetime(2026, 1, 11, 8, 0, tzinfo=UTC)
    assert (await Outbox(room, sender).drain()).sent == 1
    [(_, digest)] = sender.sent
    assert digest.plain_text.startswith("Your daily digest: 2 new articles\n\n“pickets”")
    again = await dispatch(room, Request("subscribe", "pickets instantly", chat_id=CHAT))
    assert again.plain_text.startswith("This chat already follows “pickets”.")
    assert "as soon as articles arrive" in again.plain_text
    # A source's name that ends as a cadence does is that source.
    wire = await dispatch(room, Request("subscribe", "Demo Business Daily", chat_id=CHAT))
    assert wire.plain_text.startswith("Following “Demo Business Daily”: every new article")
    assert "as soon as articles arrive" in wire.plain_text
    russian = Request("subscribe", "засуха ежедневно", chat_id=CHAT + 1, language="ru")
    said = (await dispatch(room, russian)).plain_text
    assert said.startswith("Слежу за темой «засуха».") and "одной сводкой в 08:00" in said


async def test_a_digest_says_how_many_stories_it_leaves_out(demo_newsroom: Newsroom) -> None:
    articles = sorted(await demo_newsroom.latest(30), key=lambda a: a.published_at, reverse=True)
    stories: dict[int, list[int]] = {}
    for article in articles:
        stories.setdefault(article.story_id or -article.id, []).append(article.id)
    assert len(stories) > DIGEST_ARTICLES_PER_TOPIC  # the demo has 30 articles in fewer stories
    said = digest_message([(("demo",), a) for a in articles], demo_newsroom, "en").plain_text
    listed = [ids[0] for ids in stories.values()][:DIGEST_ARTICLES_PER_TOPIC]
    assert [int(line.split(" · id ")[1]) for line in said.split("\n") if " · id " in line] == listed
    rest = list(stories.values())[DIGEST_ARTICLES_PER_TOPIC:]
    assert said.endswith(
        f"…and {len(rest)} more stories on this topic ({sum(map(len, rest))} articles),"
        " the older ones."
    )
    few = digest_message([(("demo",), a) for a in articles[:3]], demo_newsroom, "en").plain_text
    assert "more stories on this topic" not in few


async def test_a_crashed_sender_leaves_its_rows_to_the_next(
    room: Newsroom, tmp_path: Path, sender: ScriptedSender, clock: Clock
) -> None:
    await queue(room, tmp_path, count=2)
    now = clock()
    claimed = await room.storage.claim_due_deliveries(
        now.strftime("%Y-%m-%dT%H:%M:%SZ"),
        (now + timedelta(minutes=2)).strftime("%Y-%m-%dT%H:%M:%SZ"),
    )
    assert len(claimed) == 2  # ... and the sender that claimed them dies here
    assert (await Outbox(room, sender).drain()).sent == 0  # leased: not sent twice
    assert await room.storage.release_leases() == 2  # the next bot starts
    assert (await drain_all(Outbox(room, sender), clock)).sent == 2


async def test_deleted_articles_are_not_sent(
    room: Newsroom, tmp_path: Path, sender: ScriptedSender
) -> None:
    await queue(room, tmp_path, count=1)
    [queued] = await room.storage.deliveries_of(CHAT)
    await room.storage.delete_article(queued.article_id)
    report = await Outbox(room, sender).drain()
    assert report.failed == 1 and sender.sent == []


async def test_an_unpaced_outbox_sends_everything_at_once(
    room: Newsroom, tmp_path: Path, sender: ScriptedSender
) -> None:
    await queue(room, tmp_path, count=3)  # the console chat's outbox: nobody to flood
    assert (await Outbox(room, sender, pace=False).drain()).sent == 3


async def test_updates_finished_long_ago_are_forgotten_waiting_ones_kept(
    room: Newsroom, tmp_path: Path, sender: ScriptedSender, clock: Clock
) -> None:
    later = CHAT + 1
    await dispatch(room, Request("digest", "08:00 UTC", chat_id=later))
    await dispatch(room, Request("subscribe", "detentions", chat_id=later))
    await dispatch(room, Request("subscribe", "detentions", chat_id=CHAT))
    assert await ingest(room, tmp_path, *articles(3)) == 6  # three for each chat
    sender.errors = [Rejected("Bad Request: message is too long")]
    outbox = Outbox(room, sender, pace=False, except_chat=later)  # its digest never goes
    assert (await outbox.drain()).sent == 2
    clock.advance(days=29)
    assert await outbox.forget_finished() == 0  # kept for 30 days
    fresh = articles(4)[3]
    assert await ingest(room, tmp_path, fresh) == 2
    assert (await outbox.drain()).sent == 1
    clock.advance(days=2)
    before = iso(clock() - KEEP_FINISHED)  # what forget_finished asks, in batches of 2
    assert await room.storage.forget_finished_deliveries(before, batch=2) == 3  # 2 sent, 1 refused
    assert [d.status for d in await room.storage.deliveries_of(CHAT)] == ["sent"]
    assert [d.status for d in await room.storage.deliveries_of(later)] == ["pending"] * 4
    assert await outbox.forget_finished() == 0


async def test_waiting_updates_of_a_removed_article_are_dropped(
    room: Newsroom, tmp_path: Path, sender: ScriptedSender
) -> None:
    await queue(room, tmp_path, count=2)
    first, _ = await room.storage.deliveries_of(CHAT)
    assert await room.remove_article(first.article_id, "retracted") is not None
    assert (await Outbox(room, sender, pace=False).drain()).sent == 1
    rows = await room.storage.deliveries_of(CHAT)
    assert [(d.status, d.last_error) for d in rows] == [
        ("dropped", "article removed"),
        ("sent", None),
    ]
