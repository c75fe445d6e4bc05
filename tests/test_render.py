"""Telegram HTML rendering: escaped, well formed, split under the message limit."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.commands.reply import Reply, Span
from bot.telegram.render import MESSAGE_LIMIT, render_messages, utf16_len
from tests.fake_telegram import parse_html


def test_spans_become_escaped_tags() -> None:
    reply = Reply().add(Span("A <b> & B", "bold", 'https://example.org/?a=1&b="2"'), " x>y")
    [html] = render_messages(reply)
    assert html == (
        '<a href="https://example.org/?a=1&amp;b=&quot;2&quot;"><b>A &lt;b&gt; &amp; B</b></a>'
        " x&gt;y"
    )
    assert parse_html(html) == "A <b> & B x>y"


def test_links_other_than_http_are_dropped() -> None:
    [html] = render_messages(Reply().add(Span("click", "plain", "javascript:alert(1)")))
    assert html == "click"


def test_a_long_reply_is_split_between_blocks() -> None:
    reply = Reply()
    for n in range(60):
        reply.add(Span(f"Result {n}", "bold"), " " + "word " * 30)
    messages = render_messages(reply)
    assert len(messages) >= 2
    assert all(utf16_len(m) <= MESSAGE_LIMIT for m in messages)
    shown = "\n\n".join(parse_html(m) for m in messages)
    assert shown.count("Result ") == 60 and shown.startswith("Result 0 word")


def test_one_huge_block_is_cut_at_sentences() -> None:
    sentence = "The council met again on Monday & agreed on <nothing>. "
    reply = Reply().add(Span(sentence * 300, "italic"))
    messages = render_messages(reply)
    assert len(messages) >= 4
    for message in messages:
        assert utf16_len(message) <= MESSAGE_LIMIT
        text = parse_html(message)
        assert text.startswith("The council") and text.rstrip().endswith("<nothing>.")


def test_text_without_any_break_is_cut_hard_but_whole() -> None:
    emoji = "😀" * 5000  # two UTF-16 units each, as Telegram counts them
    messages = render_messages(Reply().add(emoji))
    assert all(utf16_len(m) <= MESSAGE_LIMIT for m in messages)
    assert "".join(messages) == emoji


@settings(max_examples=150, deadline=None)
@given(st.lists(st.text(max_size=3000), min_size=1, max_size=6))
def test_any_text_renders_to_valid_messages_that_keep_every_character(texts: list[str]) -> None:
    reply = Reply()
    for text in texts:
        reply.add(Span(text, "bold"))
    messages = render_messages(reply)
    assert all(utf16_len(m) <= MESSAGE_LIMIT for m in messages)
    shown = "".join(parse_html(m) for m in messages)
    assert "".join(shown.split()) == "".join("".join(texts).split())
