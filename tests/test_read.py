"""/read: an article stored without a link, read whole, a page at a time."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bot.commands import dispatch, parse_command
from bot.commands.read import PAGE_CHARS, text_pages
from bot.commands.reply import Request
from bot.ingest import ingest_items
from bot.ingest.files import Record
from bot.newsroom import Newsroom

PARAGRAPHS = [
    f"Paragraph {n}. The council met on day {n} and voted on the harbour plan, which the mayor"
    f" said would cost {n + 2} million crowns. Residents asked questions for an hour."
    for n in range(60)
]


def _letters(text: str) -> str:
    return "".join(text.split())


def test_pages_keep_paragraphs_whole_and_in_order() -> None:
    pages = text_pages("\n".join(PARAGRAPHS), size=1000)
    assert all(len(page) <= 1000 for page in pages)
    assert "\n".join(pages).split("\n") == PARAGRAPHS  # none cut, none lost
    assert len(pages) == 10  # six paragraphs (of about 160 characters) a page


def test_a_paragraph_longer_than_a_page_is_cut_after_a_sentence_else_at_a_space() -> None:
    sentences = "The mayor spoke for an hour. " * 100
    pages = text_pages(sentences, size=1000)
    assert all(page.endswith("hour.") for page in pages)
    words = "word " * 1000
    assert all(page.endswith("word") and len(page) <= 1000 for page in text_pages(words, 1000))
    assert text_pages("x" * 2500, size=1000) == ["x" * 1000, "x" * 1000, "x" * 500]
    assert text_pages("") == [] and text_pages(" \n\n \n") == []


@given(st.text(alphabet=st.sampled_from("ab .!\n\u00a0я"), max_size=3000), st.integers(5, 400))
def test_pages_hold_all_the_text_and_never_more_than_a_page(body: str, size: int) -> None:
    pages = text_pages(body, size)
    assert all(0 < len(page) <= size for page in pages)
    assert _letters("".join(pages)) == _letters(body)


async def _store_long_article(newsroom: Newsroom) -> int:
    item: dict[str, object] = {
        "title": "Harbour plan: the whole debate",
        "text": "\n\n".join(PARAGRAPHS),
    }
    await ingest_items(newsroom.storage, [Record("t", item, 0)])
    [found] = (await newsroom.search("harbour debate", limit=1)).found
    return found.article.id


async def test_read_pages_through_an_article_without_a_link(demo_newsroom: Newsroom) -> None:
    article = await _store_long_article(demo_newsroom)
    first = await dispatch(demo_newsroom, Request("read", str(article)))
    said = first.plain_text
    assert said.startswith("Harbour plan: the whole debate\n")
    assert PARAGRAPHS[0] in said and said.endswith("Page 1 of 4") and not first.replaces
    nav, card = first.buttons
    assert [(b.label, b.command) for b in nav] == [("Next ›", f"read {article} 2")]
    assert [b.label for b in card] == ["Summary", "Key facts", "Related", "Follow story"]
    second = await dispatch(demo_newsroom, parse_command("/" + nav[0].command))
    assert second.replaces and second.plain_text.endswith("Page 2 of 4")
    assert [b.label for b in second.buttons[0]] == ["‹ Back", "Next ›"]
    shown = [
        (await dispatch(demo_newsroom, Request("read", f"{article} {page}"))).plain_text
        for page in range(1, 5)
    ]
    assert [p for p in PARAGRAPHS if not any(p in page for page in shown)] == []
    past = await dispatch(demo_newsroom, Request("read", f"{article} 99"))
    assert past.plain_text == shown[3]  # the last page
    assert [b.label for b in past.buttons[0]] == ["‹ Back"]
    assert all(len(page) < PAGE_CHARS + 200 for page in shown)


async def test_the_card_of_an_article_without_a_link_offers_its_full_text(
    demo_newsroom: Newsroom,
) -> None:
    article = await _store_long_article(demo_newsroom)
    card = await dispatch(demo_newsroom, Request("summary", str(article)))
    assert [(b.label, b.command) for b in card.buttons[-1]] == [("Full text", f"read {article}")]
    linked = await dispatch(demo_newsroom, Request("summary", "1"))
    assert "Full text" not in [b.label for row in linked.buttons for b in row]


async def test_an_article_with_a_link_is_read_on_its_site(demo_newsroom: Newsroom) -> None:
    reply = await dispatch(demo_newsroom, Request("read", "1"))
    lines = reply.plain_text.split("\n\n")
    assert lines[0].startswith("Russian anti-war activists meet in Brussels")
    assert lines[1].startswith("The whole article is on its site")
    assert len(lines) == 2 and reply.buttons[0][0].label == "Summary"


async def test_read_names_its_article_as_the_other_commands_do(demo_newsroom: Newsroom) -> None:
    article = await _store_long_article(demo_newsroom)
    usage = await dispatch(demo_newsroom, Request("read", ""))
    assert usage.plain_text.startswith("Which article? Give its id (/read 12)")
    unknown = await dispatch(demo_newsroom, Request("read", "999"))
    assert unknown.plain_text == "There is no article with id 999. Try /latest or /search."
    by_words = await dispatch(demo_newsroom, Request("read", "harbour plan debate"))
    assert by_words.plain_text.startswith("Best match: “Harbour plan: the whole debate”")
    assert by_words.plain_text.endswith("Page 1 of 4")
    replied = await dispatch(demo_newsroom, Request("read", "", reply_to_article=article))
    assert replied.plain_text.endswith("Page 1 of 4")
    russian = await dispatch(demo_newsroom, Request("read", f"{article} 2", language="ru"))
    assert russian.plain_text.endswith("Страница 2 из 4")
    assert [b.label for b in russian.buttons[0]] == ["‹ Назад", "Дальше ›"]
