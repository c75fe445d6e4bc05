from __future__ import annotations

import pytest

from bot.commands import dispatch, parse_command
from bot.commands.reply import Request
from bot.commands.search import MAX_QUERY_CHARS
from bot.newsroom import Newsroom


def test_parse_command() -> None:
    assert parse_command("/search  anti-war  ") == Request("search", "anti-war")
    assert parse_command("/latest@NewsroomBot 3") == Request("latest", "3")
    assert parse_command("  plain words ") == Request("", "plain words")


async def test_help_lists_every_command_with_an_example(demo_newsroom: Newsroom) -> None:
    text = (await dispatch(demo_newsroom, Request("help"))).plain_text
    for usage in ("/latest 5", "/search anti-war congress Brussels", "/help"):
        assert usage in text


async def test_help_in_russian(demo_newsroom: Newsroom) -> None:
    text = (await dispatch(demo_newsroom, Request("help", language="ru"))).plain_text
    assert "Я отвечаю по сохранённым новостям" in text


async def test_start_greets_then_helps(demo_newsroom: Newsroom) -> None:
    reply = await dispatch(demo_newsroom, Request("start"))
    assert reply.plain_text.startswith("Hello!") and "/search" in reply.plain_text


async def test_latest_shows_newest_first(demo_newsroom: Newsroom) -> None:
    reply = await dispatch(demo_newsroom, Request("latest", "2"))
    assert reply.blocks[1][1].text == "Night trains return between Port Elms and Calder"
    assert reply.blocks[1][1].url == "https://example.org/city/2025/11/night-trains-return"
    assert len(reply.blocks) == 3


@pytest.mark.parametrize("arg", ["0", "21", "-1", "abc", "3.5", "1e3"])
async def test_latest_refuses_bad_counts(demo_newsroom: Newsroom, arg: str) -> None:
    reply = await dispatch(demo_newsroom, Request("latest", arg))
    assert reply.plain_text == "Please give a number from 1 to 20, for example: /latest 5"


async def test_latest_on_an_empty_store(newsroom: Newsroom) -> None:
    reply = await dispatch(newsroom, Request("latest"))
    assert reply.plain_text == "No articles are stored yet."


async def test_plain_text_is_a_search(demo_newsroom: Newsroom) -> None:
    reply = await dispatch(demo_newsroom, Request("", "Kestrel hackers"))
    assert reply.plain_text.startswith("Results for “Kestrel hackers”")
    titles = [b[1].text for b in reply.blocks[1::2]]
    assert "Kestrel Mobile says hackers stole data of 2.3 million customers" in titles
    marked = {s.text.lower() for block in reply.blocks for s in block if s.style == "mark"}
    assert "kestrel" in marked


async def test_search_pages_with_a_button(demo_newsroom: Newsroom) -> None:
    first = await dispatch(demo_newsroom, Request("search", "Veloria"))
    [[button]] = first.buttons
    assert button.command == "search #2 Veloria"
    second = await dispatch(demo_newsroom, parse_command("/" + button.command))
    assert second.blocks[1][0].text == "6. "
    first_titles = {b[1].text for b in first.blocks[1::2]}
    assert not first_titles & {b[1].text for b in second.blocks[1::2]}


async def test_search_in_russian_finds_inflected_forms(demo_newsroom: Newsroom) -> None:
    reply = await dispatch(demo_newsroom, Request("search", "задержание"))
    assert "ОВД-Инфо: с начала войны" in reply.plain_text


async def test_search_usage_and_limits(demo_newsroom: Newsroom) -> None:
    usage = await dispatch(demo_newsroom, Request("search", "   "))
    assert usage.plain_text.startswith("What should I look for?")
    long = await dispatch(demo_newsroom, Request("search", "war " * 1000))
    assert long.plain_text == (
        f"That is too long to search for; please use at most {MAX_QUERY_CHARS} characters."
    )
    punct = await dispatch(demo_newsroom, Request("search", "?!?! ***"))
    assert punct.plain_text == "I could not find any words to search for in that."
    none = await dispatch(demo_newsroom, Request("search", "zyzzyva"))
    assert none.plain_text == "Nothing found for “zyzzyva”."


async def test_search_says_when_only_some_words_match(demo_newsroom: Newsroom) -> None:
    reply = await dispatch(demo_newsroom, Request("search", "Kestrel zyzzyva"))
    assert "No article has all of the words" in reply.plain_text


async def test_unknown_command(demo_newsroom: Newsroom) -> None:
    reply = await dispatch(demo_newsroom, Request("frobnicate"))
    assert (
        reply.plain_text == "I don't know the command /frobnicate. Send /help to see what I can do."
    )
