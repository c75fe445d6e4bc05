"""Feeds and web pages over real HTTP from a local server on 127.0.0.1."""

from __future__ import annotations

import asyncio
import json
import os
import socket
import sqlite3
import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from datetime import timedelta
from email.utils import format_datetime
from pathlib import Path

import httpx
import pytest
from aiohttp import web

from bot.commands import dispatch
from bot.commands.add import add_file, file_refusal
from bot.commands.feeds import feed_alert
from bot.commands.reply import Request
from bot.config import Settings, load_settings
from bot.ingest import full_text
from bot.ingest.feeds import FeedError, parse_feed
from bot.ingest.html import html_to_text
from bot.newsroom import Newsroom
from tests import fake_telegram as tg
from tests.conftest import Clock
from tests.fake_telegram import FakeTelegram
from tests.harness import buttons, say, settings_for, telegram_bot

ADMIN = 9001
YOUR_ID_IS_1 = "\n\nYour Telegram id is 1: the bot's operator can add it to ADMIN_IDS."
Handler = Callable[[web.Request], Awaitable[web.Response]]


def rss(items: list[tuple[str, str, str]], title: str = "Demo Wire") -> str:
    entries = "".join(
        f"<item><guid>{guid}</guid><title>{head}</title><link>https://example.org/feed/{guid}</link>"
        f"<pubDate>{format_datetime(Clock().now - timedelta(hours=1))}</pubDate>"
        f"<description>&lt;p&gt;{body}&lt;/p&gt;&lt;figure&gt;&lt;img src='p.jpg'/&gt;"
        "&lt;figcaption&gt;Pickets at the gate. Photograph: Anna Lee&lt;/figcaption&gt;"
        f"&lt;/figure&gt;&lt;p&gt;Second paragraph of {guid} with more words.&lt;/p&gt;"
        "</description></item>"
        for guid, head, body in items
    )
    channel = f"<channel><title>{title}</title>{entries}</channel>"
    return f'<?xml version="1.0"?><rss version="2.0">{channel}</rss>'


ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Desk</title><id>urn:desk</id>
<updated>2026-01-10T10:00:00Z</updated>
<entry><id>urn:desk:1</id><title>Atom story on the harbour strike</title>
<link href="https://example.org/atom/1"/><updated>2026-01-10T09:00:00Z</updated>
<content type="html">&lt;p&gt;Dock workers in Port Elms began a strike on Friday
over pay and shifts.&lt;/p&gt;</content>
</entry></feed>"""
PAGE = """<html><head><title>Council budget</title></head><body><nav>Home News Sport</nav>
<article><h1>Council approves the city budget after a long night</h1>
<p>The city council of Port Elms approved its budget for next year on Monday after a debate
that lasted until two in the morning, with more money for schools and roads.</p>
<p>Opposition members said the plan was too expensive, and the mayor promised a review.</p>
</article><footer>© Port Elms Gazette</footer></body></html>"""

# A Russian site's page in Windows-1251 that names its charset in its markup only.
RU_PAGE = """<html><head><meta charset="windows-1251"><title>Засуха</title></head><body>
<article><h1>Город Колдер ограничил подачу воды из-за засухи</h1>
<p>Власти города Колдер ввели ограничения на подачу воды: уровень озера Соррел, главного
источника питьевой воды, упал до 31% — это минимум с начала наблюдений в 1961 году.</p>
<p>Ограничения сохранятся, пока озеро не наполнится хотя бы до 45%, сообщили в мэрии.</p>
</article></body></html>"""


@dataclass
class FeedServer:
    """The feeds a test serves, and what requests it saw."""

    items: list[tuple[str, str, str]] = field(default_factory=list)
    version: int = 1
    seen: list[tuple[str, str | None]] = field(default_factory=list)
    url: str = ""
    broken: bool = False  # the feed answers HTTP 503

    async def rss(self, request: web.Request) -> web.Response:
        etag = f'"v{self.version}"'
        self.seen.append((request.path, request.headers.get("If-None-Match")))
        if self.broken:
            return web.Response(status=503, text="down for maintenance")
        if request.headers.get("If-None-Match") == etag:
            return web.Response(status=304, headers={"ETag": etag})
        return web.Response(
            text=rss(self.items), content_type="application/rss+xml", headers={"ETag": etag}
        )


ITEMS = [
    (
        "a1",
        "Rates held at 4.25% by the central bank",
        "The Bank of Veloria kept its main rate at 4.25% on Thursday.",
    ),
    (
        "a2",
        "Harbour strike enters its second day",
        "Dock workers in Port Elms stayed out on Saturday over pay.",
    ),
]


@pytest.fixture
async def server() -> AsyncIterator[FeedServer]:
    state = FeedServer(items=list(ITEMS))

    async def slow(request: web.Request) -> web.Response:
        await asyncio.sleep(3)
        return web.Response(text=rss(ITEMS), content_type="application/rss+xml")

    async def big(request: web.Request) -> web.Response:
        items = [
            (
                f"b{n}",
                f"Market report number {n} on grain prices",
                f"Grain prices moved {n} points in trading today.",
            )
            for n in range(1000)
        ]
        return web.Response(text=rss(items, "Big Feed"), content_type="application/rss+xml")

    app = web.Application()
    app.router.add_get("/rss", state.rss)
    app.router.add_get("/atom", _text(ATOM, "application/atom+xml"))
    app.router.add_get("/broken", _text("<rss><channel><item><title>oops", "application/rss+xml"))
    app.router.add_get("/html", _text("<html><body>Just a page</body></html>", "text/html"))
    app.router.add_get("/error", _status(500))
    app.router.add_get("/slow", slow)
    app.router.add_get("/big", big)
    app.router.add_get("/page.html", _text(PAGE, "text/html"))
    # A site's front page that names its feed, as news sites do for feed readers.
    front = (
        '<!DOCTYPE html><html><head><title>Demo Wire</title><link rel="stylesheet" href="/s.css">'
        '<link rel="alternate" type="application/rss+xml" title="Demo Wire" href="rss"></head>'
        "<body><h1>Demo Wire</h1></body></html>"
    )
    app.router.add_get("/site/", _text(front, "text/html"))
    app.router.add_get("/site/rss", state.rss)

    async def ru_page(request: web.Request) -> web.Response:  # no charset in the header
        return web.Response(body=RU_PAGE.encode("cp1251"), headers={"Content-Type": "text/html"})

    app.router.add_get("/ru-page.html", ru_page)

    async def slow_page(request: web.Request) -> web.Response:
        await asyncio.sleep(2)
        return web.Response(text=PAGE, content_type="text/html")

    app.router.add_get("/slow-page.html", slow_page)
    app.router.add_get("/teasers", teasers)
    app.router.add_get("/story/budget", _text(PAGE, "text/html"))
    app.router.add_get("/story/wall", _text(WALL, "text/html"))
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    state.url = f"http://127.0.0.1:{site._server.sockets[0].getsockname()[1]}"  # type: ignore[union-attr]
    yield state
    await runner.cleanup()


# A consent wall in place of the story: long enough for an article, about nothing.
WALL = (
    "<html><head><title>Before you continue</title></head><body><article><p>"
    + "We use cookies and similar technologies to run this site, measure its audience and "
    "show you advertising; choose Accept to agree or Manage to change your settings. "
    * 2
    + "</p></article></body></html>"
)


async def teasers(request: web.Request) -> web.Response:
    """A feed of teasers, each linking to its story on this server: the
    budget's page, a page that is gone, and a consent wall."""
    site = f"http://{request.host}"
    budget = "slow-page.html" if request.query.get("slow") else "story/budget"
    items = [
        ("t1", "Council approves the city budget", "The council approved its budget.", budget),
        ("t2", "Library hours cut in winter", "The library will close at 17:00.", "story/gone"),
        ("t3", "Ferry fares rise in March", "Ferry fares will rise by 4% in March.", "story/wall"),
    ]
    entries = "".join(
        f"<item><guid>{guid}</guid><title>{title}</title><link>{site}/{page}</link>"
        f"<pubDate>Mon, 05 Jan 2026 08:00:00 GMT</pubDate><category>city</category>"
        f"<description>{text}</description></item>"
        for guid, title, text, page in items
    )
    channel = f"<channel><title>Port Elms Gazette</title>{entries}</channel>"
    return web.Response(
        text=f'<?xml version="1.0"?><rss version="2.0">{channel}</rss>',
        content_type="application/rss+xml",
    )


def _text(body: str, kind: str) -> Handler:
    async def handler(request: web.Request) -> web.Response:
        return web.Response(text=body, content_type=kind)

    return handler


def _status(code: int) -> Handler:
    async def handler(request: web.Request) -> web.Response:
        return web.Response(status=code, text="server trouble")

    return handler


@pytest.fixture
async def room(tmp_path: Path, clock: Clock) -> AsyncIterator[Newsroom]:
    settings = Settings(db_path=str(tmp_path / "feeds.db"), admin_ids=frozenset({ADMIN}))
    newsroom = await Newsroom.open(settings, clock=clock)
    yield newsroom
    await newsroom.close()


async def test_a_teaser_is_stored_with_its_pages_whole_text(
    tmp_path: Path, clock: Clock, server: FeedServer
) -> None:
    settings = Settings(db_path=str(tmp_path / "pages.db"), feed_pages=True)
    newsroom = await Newsroom.open(settings, clock=clock)
    try:
        _feed, result = await newsroom.feeds.add(server.url + "/teasers")
        assert result is not None and result.report.added == 3
        by_title = {a.title: a for a in await newsroom.storage.articles([1, 2, 3])}
    finally:
        await newsroom.close()
    budget = by_title["Council approves the city budget"]  # the feed's title, date, section
    assert budget.text.startswith("The city council of Port Elms approved its budget")
    assert "the mayor promised a review" in budget.text and "Home News Sport" not in budget.text
    assert (budget.source, budget.published_at, budget.category) == (
        "Port Elms Gazette",
        "2026-01-05T08:00:00Z",
        "city",
    )
    # A page that is gone, or a consent wall, leaves the teaser as the feed gave it.
    assert by_title["Library hours cut in winter"].text == "The library will close at 17:00."
    assert by_title["Ferry fares rise in March"].text == "Ferry fares will rise by 4% in March."


async def test_a_feed_is_read_then_asked_only_for_changes(
    room: Newsroom, server: FeedServer, clock: Clock
) -> None:
    feed, first = await room.feeds.add(server.url + "/rss", timedelta(minutes=10))
    assert first is not None and first.report.added == 2 and feed.title == "Demo Wire"
    found = await room.search("harbour strike")
    article = found.found[0].article
    assert article.source == "Demo Wire" and article.url == "https://example.org/feed/a2"
    assert (
        article.text.startswith("Dock workers in Port Elms")
        and "\n\nSecond paragraph" in article.text
        and "Pickets" not in article.text  # a picture's caption is no part of the story
    )
    assert await room.feeds.poll_due() == []  # not due for ten minutes
    clock.advance(minutes=11)
    [unchanged] = await room.feeds.poll_due()
    assert unchanged.status == "not modified" and server.seen[-1] == ("/rss", '"v1"')
    server.items.append(
        ("a3", "Grain harvest beats forecasts", "Farmers brought in more grain than forecast.")
    )
    server.version = 2
    clock.advance(minutes=11)
    [changed] = await room.feeds.poll_due()
    assert changed.report.added == 1 and changed.report.duplicates == 0  # old guids skipped


async def test_feeds_that_are_not_feeds_are_refused(room: Newsroom, server: FeedServer) -> None:
    for path, reason in [
        ("/broken", "not a readable RSS or Atom feed"),
        ("/html", "that is a web page that names no RSS or Atom feed"),
        ("/error", "HTTP 500"),
    ]:
        with pytest.raises(FeedError, match=reason):
            await room.feeds.add(server.url + path)
    with pytest.raises(FeedError, match="not an http"):
        await room.feeds.add("ftp://example.org/feed")
    assert await room.storage.feeds() == []


async def test_a_sites_page_adds_the_feed_it_names(room: Newsroom, server: FeedServer) -> None:
    feed, result = await room.feeds.add(server.url + "/site/")
    assert feed.url == server.url + "/site/rss" and feed.title == "Demo Wire"
    assert result is not None and result.report.added == 2
    again, repeated = await room.feeds.add(server.url + "/site/rss")
    assert again.id == feed.id and repeated is None  # the same feed, once


async def test_atom_feeds(room: Newsroom, server: FeedServer) -> None:
    feed, result = await room.feeds.add(server.url + "/atom")
    assert result is not None and result.report.added == 1 and feed.title == "Atom Desk"


async def test_one_broken_feed_never_stops_the_others(
    room: Newsroom, server: FeedServer, clock: Clock
) -> None:
    room.feeds.client_factory = lambda: httpx.AsyncClient(timeout=0.5)
    await room.feeds.add(server.url + "/rss")
    now = room.subscriptions.now()
    for path in ("/slow", "/error", "/broken"):
        await room.storage.add_feed(server.url + path, 900, now)
    server.items.append(
        ("a3", "Grain harvest beats forecasts", "Farmers brought in more grain than forecast.")
    )
    server.version = 2
    clock.advance(minutes=16)
    results = {r.url.rsplit("/", 1)[1]: r for r in await room.feeds.poll_due()}
    assert results["rss"].report.added == 1
    assert results["slow"].error == "the server took too long to answer"
    assert results["error"].error == "the server answered HTTP 500"
    assert results["broken"].error is not None and results["broken"].error.startswith(
        "not a readable"
    )
    feeds = {f.url.rsplit("/", 1)[1]: f for f in await room.storage.feeds()}
    assert feeds["error"].failures == 1 and feeds["rss"].failures == 0
    # A failing feed waits longer each time: twice its interval after one failure.
    assert feeds["error"].next_poll_at == (clock.now + timedelta(minutes=30)).strftime(
        "%Y-%m-%dT%H:%M:%SZ"
    )


async def test_a_feed_with_a_thousand_items(room: Newsroom, server: FeedServer) -> None:
    _, result = await room.feeds.add(server.url + "/big")
    assert result is not None and result.report.added == 1000 and not result.report.rejected
    assert await room.storage.count() == 1000


async def test_new_feed_items_reach_followers(room: Newsroom, server: FeedServer) -> None:
    await room.subscriptions.subscribe(5, "harbour strike")
    await room.feeds.add(server.url + "/rss")
    [queued] = await room.storage.deliveries_of(5)
    assert queued.topics == ("harbour strike",)


async def test_an_editor_s_help_of_one_command(room: Newsroom) -> None:
    helped = await dispatch(room, Request("help", "feed_add", user_id=ADMIN))
    assert helped.plain_text.startswith("/feed_add https://example.org/rss.xml — ")
    refused = await dispatch(room, Request("help", "feed_add", user_id=1))
    assert refused.plain_text.startswith("I have no command “feed_add”.")


async def test_feed_commands_are_for_admins(room: Newsroom, server: FeedServer) -> None:
    refused = await dispatch(room, Request("feed_add", server.url + "/rss", user_id=1))
    assert refused.plain_text == ("Sorry, only the bot's editors can manage feeds." + YOUR_ID_IS_1)
    added = await dispatch(room, Request("feed_add", server.url + "/rss 30", user_id=ADMIN))
    assert added.plain_text.startswith("Added feed 1, “Demo Wire”: 2 new articles stored.")
    assert "every 30 minutes" in added.plain_text
    again = await dispatch(room, Request("feed_add", server.url + "/rss", user_id=ADMIN))
    assert again.plain_text.startswith("That feed is already there (number 1)")
    bad = await dispatch(room, Request("feed_add", server.url + "/broken", user_id=ADMIN))
    assert bad.plain_text.startswith("I could not add that feed: not a readable RSS or Atom feed")
    listing = await dispatch(room, Request("feeds", user_id=ADMIN))
    assert "Demo Wire" in listing.plain_text and "every 30 min · last: 2 new" in listing.plain_text
    assert (
        await dispatch(room, Request("feed_remove", "1", user_id=ADMIN))
    ).plain_text == "Removed feed 1."
    assert (await dispatch(room, Request("feed_remove", "1", user_id=ADMIN))).plain_text.startswith(
        "There is no feed 1"
    )


async def test_an_editor_manages_feeds_over_telegram(
    fake: FakeTelegram, server: FeedServer, tmp_path: Path
) -> None:
    settings = settings_for(fake, tmp_path / "feeds.db", admin_ids=frozenset({ADMIN}))
    async with telegram_bot(fake, settings):
        added = await say(fake, f"/feed_add {server.url}/rss 30", chat=ADMIN)
        assert added.result["text"].startswith("Added feed 1, “Demo Wire”: 2 new articles stored.")
        listing = await say(fake, "/feeds", chat=ADMIN)
        assert "every 30 min · last: 2 new" in listing.result["text"]
        found = await say(fake, "/search harbour strike", chat=5)
        assert "Dock workers in Port Elms" in found.result["text"]
        refused = await say(fake, "/feed_remove 1", chat=5)
        assert refused.result["text"].startswith("Sorry, only the bot's editors can manage feeds.")
        removed = await say(fake, "/feed_remove 1", chat=ADMIN)
        assert removed.result["text"] == "Removed feed 1."


async def test_an_article_an_editor_removed_does_not_come_back(
    room: Newsroom, server: FeedServer, caplog: pytest.LogCaptureFixture
) -> None:
    feed, _ = await room.feeds.add(server.url + "/rss")
    [hit] = (await room.search("harbour strike")).found
    target = str(hit.article.id)
    refused = await dispatch(room, Request("remove", target, user_id=1))
    assert refused.plain_text == (
        "Sorry, only the bot's editors can remove articles." + YOUR_ID_IS_1
    )
    asked = await dispatch(room, Request("remove", f"{target} a legal request", user_id=ADMIN))
    assert asked.plain_text.startswith(f"Remove article {target}, “Harbour strike enters")
    [[button]] = asked.buttons
    assert (button.label, button.command) == (
        "Remove for good",
        f"remove_now {target} a legal request",
    )
    assert (await room.search("harbour strike")).found  # nothing happens before the button
    refused = await dispatch(room, Request("remove_now", target, user_id=1))
    assert refused.plain_text == (
        "Sorry, only the bot's editors can remove articles." + YOUR_ID_IS_1
    )
    name, args = button.command.split(maxsplit=1)
    done = await dispatch(room, Request(name, args, user_id=ADMIN))
    assert done.plain_text.startswith(f"Removed article {target}, “Harbour strike enters")
    assert f"editor {ADMIN} removed article {target}: a legal request" in caplog.text
    assert (await room.search("harbour strike")).found == []
    assert (await dispatch(room, Request("summary", target))).plain_text.startswith(
        f"Article {target} was removed by the editors."
    )
    # The feed is dropped and added again: its items are read afresh, and the
    # removed one, its link and its text unchanged, stays out.
    assert await room.storage.remove_feed(feed.id)
    _, again = await room.feeds.add(server.url + "/rss")
    assert again is not None
    assert (again.report.added, again.report.duplicates, again.report.withheld) == (0, 1, 1)
    assert (await room.search("harbour strike")).found == []
    usage = await dispatch(room, Request("remove", "", user_id=ADMIN))
    assert usage.plain_text.startswith("Which article? /remove 42")


async def cli(tmp_path: Path, *args: str) -> tuple[int, str]:
    env = {**os.environ, "NEWSROOM_DB": str(tmp_path / "cli.db")}
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        *args,
        env=env,
        cwd=tmp_path,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    out, _ = await asyncio.wait_for(process.communicate(), 60)
    return process.returncode or 0, out.decode()


async def test_feeds_and_pages_from_the_command_line(server: FeedServer, tmp_path: Path) -> None:
    code, out = await cli(tmp_path, "feeds", "add", server.url + "/rss", "--interval", "5")
    assert code == 0 and out.strip() == "feed 1: Demo Wire (added 2 new articles)"
    code, out = await cli(tmp_path, "feeds", "list", "--json")
    listed = json.loads(out)
    assert listed["interval_seconds"] == 300 and listed["last_status"] == "2 new"
    code, out = await cli(tmp_path, "feeds", "add", server.url + "/error")
    assert code == 1 and "the server answered HTTP 500" in out
    code, out = await cli(tmp_path, "ingest", server.url + "/page.html", server.url + "/error")
    assert code == 0 and out.startswith("added 1, updated 0, duplicates skipped 0, rejected 1")
    assert f"{server.url}/error: the server answered HTTP 500" in out
    code, out = await cli(tmp_path, "search", "council budget", "--json")
    page = json.loads(out.splitlines()[0])
    assert page["title"] == "Council approves the city budget after a long night"
    assert page["url"] == server.url + "/page.html"
    code, out = await cli(tmp_path, "feeds", "remove", "1")
    assert code == 0 and out.strip() == "removed feed 1"


async def test_an_editor_adds_a_web_page(room: Newsroom, server: FeedServer) -> None:
    page = server.url + "/page.html"
    await room.subscriptions.subscribe(5, "council budget")
    refused = await dispatch(room, Request("add", page, user_id=1))
    assert refused.plain_text == ("Sorry, only the bot's editors can add articles." + YOUR_ID_IS_1)
    usage = await dispatch(room, Request("add", "the budget story", user_id=ADMIN))
    assert usage.plain_text.startswith("Send the link of a web page: /add https://")
    added = await dispatch(room, Request("add", page, user_id=ADMIN))
    assert added.plain_text.startswith(
        "Added as article 1. Updates queued for its followers: 1.\n\n"
        "Council approves the city budget after a long night"
    )
    assert [b.label for row in added.buttons for b in row][:2] == ["Key facts", "Related"]
    [queued] = await room.storage.deliveries_of(5)
    assert queued.article_id == 1
    again = await dispatch(room, Request("add", page + "#comments", user_id=ADMIN))
    assert again.plain_text.startswith("Already stored, as article 1.\n\nCouncil approves")
    failed = await dispatch(room, Request("add", server.url + "/error", user_id=ADMIN))
    assert failed.plain_text == "I could not add that page: the server answered HTTP 500."
    empty = await dispatch(room, Request("add", server.url + "/html", user_id=ADMIN))
    assert empty.plain_text == "I could not add that page: found no article text on the page."
    for feed in ("/rss", "/atom"):  # a feed's address given as a page's
        fed = await dispatch(room, Request("add", server.url + feed, user_id=ADMIN))
        assert fed.plain_text == (
            "I could not add that page: this is a news feed, not a page: add it as a feed "
            "(/feed_add, or newsroom-bot feeds add)."
        )
    closed = await dispatch(
        room, Request("add", f"http://127.0.0.1:{closed_port()}/story", user_id=ADMIN)
    )
    assert closed.plain_text == (  # not httpx's "ConnectError"
        "I could not add that page: could not connect to the server (is the address right?)."
    )
    assert await room.storage.count() == 1


async def test_a_page_in_the_charset_its_markup_names(room: Newsroom, server: FeedServer) -> None:
    added = await dispatch(room, Request("add", server.url + "/ru-page.html", user_id=ADMIN))
    assert "Город Колдер ограничил подачу воды из-за засухи" in added.plain_text
    [article] = await room.storage.latest(1)
    assert article.language == "ru" and "уровень озера Соррел" in article.text


async def test_an_editors_file_is_refused_before_it_is_fetched(room: Newsroom) -> None:
    editor = Request("", user_id=ADMIN)
    too_big = file_refusal(room, editor, "archive.jsonl", 25 * 2**20)
    assert too_big is not None and too_big.plain_text.startswith(
        "Telegram lets me fetch files of up to 20 MB; this one is 25.0 MB."
    )
    assert file_refusal(room, editor, "archive.jsonl", 2**20) is None
    unnamed = file_refusal(room, editor, "notes", 10)
    assert unnamed is not None and unnamed.plain_text.endswith("this one is “—”.")


async def test_an_editors_file_says_where_each_problem_is(room: Newsroom) -> None:
    items = [{"title": "Bridge closes", "text": "The old bridge in Port Elms closed on Monday."}, 7]
    editor = Request("", user_id=ADMIN, language="ru")
    reply = await add_file(room, editor, "list.json", json.dumps(items).encode())
    said = reply.plain_text
    assert said.startswith("Прочитан «list.json»\n\nДобавлено: 1, обновлено: 0, уже были: 0")
    assert "• item 2: expected a JSON object, got a number" in said
    again = await add_file(room, editor, "list.json", json.dumps(items[:1]).encode())
    assert "уже были: 1" in again.plain_text and not again.buttons
    empty = await add_file(room, editor, "empty.txt", b"  ")
    assert "• empty file" in empty.plain_text


def closed_port() -> int:
    """A local port nothing listens on: one the system gave, then closed."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def test_a_link_to_no_stored_page_offers_editors_to_add_it(
    room: Newsroom, server: FeedServer
) -> None:
    page = server.url + "/page.html"
    reader = await dispatch(room, Request("", page, user_id=1))
    assert reader.plain_text.startswith("I don't have that page") and reader.buttons == []
    editor = await dispatch(room, Request("", page, user_id=ADMIN))
    assert [(b.label, b.command) for row in editor.buttons for b in row] == [
        ("Add this page", f"add {page}")
    ]
    # A link typed without its scheme, as an address bar shows it: /add gets a web address.
    bare = await dispatch(room, Request("", "nowhere.example/story/1", user_id=ADMIN))
    assert bare.buttons[0][0].command == "add https://nowhere.example/story/1"
    help_text = (await dispatch(room, Request("help", user_id=ADMIN))).plain_text
    assert "For editors:\n\n/add https://example.org/2026/01/story.html — store the" in help_text
    assert "For editors" not in (await dispatch(room, Request("help", user_id=1))).plain_text


async def test_an_editor_adds_a_pasted_page_over_telegram(
    fake: FakeTelegram, server: FeedServer, tmp_path: Path
) -> None:
    settings = settings_for(fake, tmp_path / "editor.db", admin_ids=frozenset({ADMIN}))
    async with telegram_bot(fake, settings):
        menu = [c["command"] for c in fake.commands[(f"chat:{ADMIN}", "ru")]]
        assert menu[0] == "latest" and menu[-6:] == [
            "add",
            "stats",
            "feeds",
            "feed_add",
            "feed_remove",
            "remove",
        ]
        assert ("chat:5", "") not in fake.commands  # readers get the readers' menu
        followed = await say(fake, "/subscribe council budget", chat=5)
        assert followed.result["text"].startswith("Following “council budget”")
        page = server.url + "/page.html"
        reader = await say(fake, page, chat=5)
        assert reader.result["text"].startswith("I don't have that page") and not buttons(reader)
        pasted = await say(fake, page, chat=ADMIN)
        assert buttons(pasted) == [("Add this page", f"add {page}")]
        start = len(fake.calls)
        await fake.push(tg.callback(f"add {page}", pasted.result))  # pressed in the editor's chat
        added = await fake.wait_for("sendMessage", after=start)
        assert added.result["text"].startswith("Added as article 32. Updates queued")
        assert "Council approves the city budget" in added.result["text"]
        update = await fake.wait_for("sendMessage", lambda c: c.params["chat_id"] == 5, start)
        assert update.result["text"].startswith("New on “council budget”\n\nCouncil approves")


async def test_editors_hear_of_a_feed_failing_for_a_while_and_of_its_return(
    room: Newsroom, server: FeedServer, clock: Clock
) -> None:
    await room.feeds.add(server.url + "/rss")
    server.broken = True
    results = []
    for _ in range(4):
        clock.advance(days=1)
        results += await room.feeds.poll_due()
    assert [r.alert for r in results] == [None, None, "failing", None]  # once, on the third
    said = feed_alert(results[2], "en").plain_text
    assert said.startswith("Feed 1, “Demo Wire”, failed 3 times in a row: the server answered")
    server.broken = False
    server.items.append(("a3", "Ferries cancelled as storms reach the coast", "Winds of 90 km/h."))
    server.version += 1
    clock.advance(days=1)
    [result] = await room.feeds.poll_due()
    assert result.alert == "recovered"
    assert (
        feed_alert(result, "ru").plain_text
        == "Лента 1, «Demo Wire», снова читается: новых статей — 1."
    )
    clock.advance(days=1)
    assert [r.alert for r in await room.feeds.poll_due()] == [None]
    server.broken = True
    clock.advance(days=1)
    assert [r.alert for r in await room.feeds.poll_due()] == [None]  # one failure is a hiccup


async def test_a_failing_feed_is_reported_to_the_editors_in_telegram(
    fake: FakeTelegram, server: FeedServer, tmp_path: Path
) -> None:
    db = tmp_path / "editor.db"
    # The first editor never started the bot: Telegram refuses; the next is still told.
    settings = settings_for(fake, db, admin_ids=frozenset({ADMIN - 1, ADMIN}))
    room = await Newsroom.open(settings)
    try:
        await room.feeds.add(server.url + "/rss")
    finally:
        await room.close()
    with sqlite3.connect(db) as conn:  # two failures already, and due now
        conn.execute("UPDATE feeds SET failures = 2, next_poll_at = '2000-01-01T00:00:00Z'")
    server.broken = True
    fake.fail("sendMessage", 403, "Forbidden: bot can't initiate conversation", chat_id=ADMIN - 1)
    async with telegram_bot(fake, settings):
        told = await fake.wait_for("sendMessage", lambda c: c.params["chat_id"] == ADMIN)
        assert told.result["text"].startswith("Feed 1, “Demo Wire”, failed 3 times in a row")
        assert "HTTP 503" in told.result["text"]
        refused = [
            c for c in fake.calls if c.method == "sendMessage" and c.params["chat_id"] < ADMIN
        ]
        assert len(refused) == 1 and not isinstance(refused[0].result, dict)
        stats = await say(fake, "/stats", chat=ADMIN)
        assert "Articles: 2 (en 2)" in stats.result["text"]  # the feed's (no demo: not empty)
        assert "Feeds: 1, failing now: 1\n\n• 1. Demo Wire: the server" in stats.result["text"]


async def test_editors_see_what_the_bot_holds_and_whether_news_flows(
    room: Newsroom, server: FeedServer, clock: Clock
) -> None:
    refused = await dispatch(room, Request("stats", user_id=1))
    assert refused.plain_text == (
        "Sorry, only the bot's editors can see its figures." + YOUR_ID_IS_1
    )
    empty = (await dispatch(room, Request("stats", user_id=ADMIN, language="ru"))).plain_text
    assert empty.splitlines()[::2] == [
        "Что у меня есть",
        "Статей: 0 (пока нет)",
        "Сохранено за последние 24 часа: 0",
        "Лент: 0, сейчас не читаются: 0",
        "Тем в подписках: 0, чатов: 0; ежедневных обзоров: 0",
        "Обновления (завершённые хранятся 30 дней): пока нет",
    ]
    await room.subscriptions.subscribe(5, "harbour strike")
    await dispatch(room, Request("briefing", "08:00", chat_id=6))
    await room.feeds.add(server.url + "/rss")
    server.broken = True
    clock.advance(days=1)
    await room.feeds.poll_due()
    said = (await dispatch(room, Request("stats", user_id=ADMIN))).plain_text
    assert said.splitlines()[::2] == [
        "What I hold",
        "Articles: 2 (en 2)",
        f"Stored in the last 24 hours: 2; newest published {clock().date() - timedelta(days=1)}",
        "Feeds: 1, failing now: 1",
        "• 1. Demo Wire: the server answered HTTP 503",
        "Topics followed: 1 in 1 chats; daily briefings: 1",
        "Updates (finished ones kept 30 days): waiting 1",
    ]


async def test_readers_are_answered_while_an_editor_waits_for_a_slow_page(
    fake: FakeTelegram, server: FeedServer, tmp_path: Path
) -> None:
    settings = settings_for(fake, tmp_path / "editor.db", admin_ids=frozenset({ADMIN}))
    async with telegram_bot(fake, settings):
        start = len(fake.calls)
        await fake.push(tg.message("/add " + server.url + "/slow-page.html", ADMIN))
        helped = await say(fake, "/help", chat=5)  # sent after the /add, answered first
        assert helped.result["text"].startswith("Newsroom bot")
        added = await fake.wait_for("sendMessage", lambda c: c.params["chat_id"] == ADMIN, start)
        assert added.result["text"].startswith("Added as article 32.")
        assert fake.calls.index(helped) < fake.calls.index(added)


def test_a_picture_s_caption_is_no_part_of_the_text_unless_left_open() -> None:
    figure = "<figure><img src='p.jpg'><figcaption>Pickets. <b>Photo:</b> AP</figcaption></figure>"
    assert html_to_text(f"<p>Dock workers struck.</p>{figure}<p>Talks failed.</p>") == (
        "Dock workers struck.\n\nTalks failed."
    )
    # "</figure>" closes a caption left open; one open to the end keeps its words.
    assert html_to_text("<p>A.</p><figure><figcaption>Pickets</figure><p>B.</p>") == "A.\n\nB."
    assert html_to_text("<p>A.</p><figcaption>Talks failed.<p>B.</p>") == (
        "A.\n\nTalks failed.\n\nB."
    )


def test_a_feed_item_s_first_category_is_its_section() -> None:
    body = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
        "<item><guid>1</guid><title>Rovers win</title><link>https://example.org/1</link>"
        "<category>Sport</category><category>Calder Rovers</category>"
        "<description>Rovers won the cup.</description></item>"
        "<item><guid>2</guid><title>Rates held</title><link>https://example.org/2</link>"
        "<description>The bank held rates.</description></item></channel></rss>"
    )
    _, [(_, sport), (_, rates)] = parse_feed(body.encode())
    assert sport["category"] == "Sport" and sport["tags"] == ["Sport", "Calder Rovers"]
    assert rates["category"] is None and rates["tags"] == []


def test_a_feed_item_s_author_is_a_name_not_an_address() -> None:
    items = (
        ("1", "<author>jdoe@example.org (John Doe)</author>"),
        ("2", "<dc:creator>Jane Roe</dc:creator>"),
        ("3", "<author>newsdesk@example.org</author>"),
    )
    entries = "".join(
        f"<item><guid>{guid}</guid><title>Story {guid}</title><link>https://example.org/{guid}</link>"
        f"{author}<description>Words.</description></item>"
        for guid, author in items
    )
    body = (
        '<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"<channel><title>Wire</title>{entries}</channel></rss>"
    )
    _, records = parse_feed(body.encode())
    assert [record["author"] for _, record in records] == ["John Doe", "Jane Roe", None]


async def test_pages_too_slow_to_read_leave_their_teasers(
    tmp_path: Path, clock: Clock, server: FeedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(full_text, "PAGES_SECONDS", 0.5)  # the page takes 2 s
    settings = Settings(db_path=str(tmp_path / "slow.db"), feed_pages=True)
    newsroom = await Newsroom.open(settings, clock=clock)
    try:
        _feed, result = await newsroom.feeds.add(server.url + "/teasers?slow=1")
        assert result is not None and result.report.added == 3
        [budget] = await newsroom.storage.articles([1])
    finally:
        await newsroom.close()
    assert budget.text == "The council approved its budget."


def test_teasers_pages_are_read_unless_turned_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FEED_PAGES", raising=False)
    assert load_settings(None).feed_pages
    monkeypatch.setenv("FEED_PAGES", "0")
    assert not load_settings(None).feed_pages
    assert not Settings().feed_pages  # made in code: no page fetched unasked
