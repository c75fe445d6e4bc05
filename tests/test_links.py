"""Deep links: t.me/<bot>?start=... payloads for articles, stories and topics."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.commands import dispatch
from bot.commands.links import (
    MAX_PAYLOAD,
    TooLong,
    deep_link,
    topic_from_payload,
    topic_payload,
)
from bot.commands.reply import Request
from bot.newsroom import Newsroom
from tests.test_cli import run

TELEGRAM_PAYLOAD = re.compile(r"[A-Za-z0-9_-]{1,64}")  # what Telegram lets through


def test_a_latin_topic_is_written_as_it_is_any_other_in_base64() -> None:
    assert topic_payload("Kestrel  Mobile ") == "t_Kestrel_Mobile"
    assert topic_payload("Kestrel -sport") == "t_Kestrel_-sport"
    russian = topic_payload("Навальный")
    assert russian.startswith("u_") and TELEGRAM_PAYLOAD.fullmatch(russian)
    assert topic_from_payload(russian) == "Навальный"
    phrase = topic_payload('"sodium battery"')
    assert phrase.startswith("u_") and topic_from_payload(phrase) == '"sodium battery"'
    assert deep_link("NewsBot", russian) == f"https://t.me/NewsBot?start={russian}"
    assert deep_link("NewsBot") == "https://t.me/NewsBot"


def test_a_topic_too_long_for_a_link_is_refused() -> None:
    assert len(topic_payload("антивоенный конгресс")) <= MAX_PAYLOAD
    with pytest.raises(TooLong, match="too long for a link"):
        topic_payload("антивоенный конгресс в Брюсселе")
    with pytest.raises(TooLong):
        topic_payload("x" * 63)


def test_damaged_or_empty_payloads_name_no_topic() -> None:
    for payload in ("u_", "u_%%%", "u_gA", "t_", "t___", "t_-", "a12", "", "u_0J", "u_LQ"):
        assert topic_from_payload(payload) is None, payload


@given(st.text(min_size=1, max_size=40))
def test_every_topic_that_fits_comes_back_from_its_link(topic: str) -> None:
    try:
        payload = topic_payload(topic)
    except TooLong:
        return
    assert TELEGRAM_PAYLOAD.fullmatch(payload)
    words = " ".join(topic.split())
    assert topic_from_payload(payload) == (words if any(c.isalnum() for c in words) else None)


async def test_a_link_in_other_letters_follows_its_topic(demo_newsroom: Newsroom) -> None:
    payload = topic_payload("Навальный")
    reply = await dispatch(demo_newsroom, Request("start", payload, chat_id=9, language="ru"))
    assert reply.plain_text.startswith("Слежу за темой «Навальный»")
    assert [s.topic for s in await demo_newsroom.subscriptions.of_chat(9)] == ["Навальный"]


def test_editors_make_links_from_the_command_line(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    assert run(["chat"], db, stdin="").returncode == 0  # the demo set
    topic = run(["link", "--bot", "@NewsBot", "--topic", "Навальный"], db)
    assert topic.stdout.strip() == f"https://t.me/NewsBot?start={topic_payload('Навальный')}"
    follow = run(["link", "--bot", "NewsBot", "--follow", "12"], db)
    assert follow.stdout.strip() == "https://t.me/NewsBot?start=f12"
    article = run(["link", "--bot", "NewsBot", "--article", "12"], db)
    assert article.stdout.strip() == "https://t.me/NewsBot?start=a12"
    missing = run(["link", "--bot", "NewsBot", "--article", "999"], db)
    assert missing.returncode == 1 and "no article with id '999'" in missing.stderr
    long = run(["link", "--bot", "NewsBot", "--topic", "антивоенный конгресс в Брюсселе"], db)
    assert long.returncode == 1 and "too long for a link" in long.stderr and not long.stdout
