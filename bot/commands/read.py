"""/read: the whole text of an article stored without a link, a page at a time.

An article a newsroom pasted or filed (the seed report, a press release) has
no page of its own: its card's summary was all a reader could see of it. One
with a link is read on its site (the bot gives its summary, facts and related
articles, not someone else's whole page).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from bot.commands.cards import card_buttons, card_heading
from bot.commands.reply import Button, Reply, Request, italic
from bot.commands.target import find_target, names_an_article
from bot.newsroom import Newsroom
from bot.texts import text

PAGE_CHARS = 3000  # a page and its card stay well within a Telegram message (4,096)
# Where a paragraph longer than a page is cut: after a sentence's end, else at a space.
_SENTENCE_END = re.compile(r"[.!?…][\"'”»)]*\s")


async def read_command(newsroom: Newsroom, request: Request) -> Reply:
    lang = request.language
    head, _, last = request.args.strip().rpartition(" ")
    page = 1
    if head and last.isdecimal() and names_an_article(head):  # /read 42 3
        page = int(last[:6])
        request = replace(request, args=head)
    target = await find_target(newsroom, request, "read.usage")
    if isinstance(target, Reply):
        return target
    article = target.article
    reply = Reply(blocks=[target.note] if target.note else [], replaces=page > 1)
    reply.blocks.append(card_heading(article, lang))
    if article.url:
        reply.add(italic(text("read.on_site", lang)))
        reply.buttons = card_buttons(article, lang)
        return reply
    pages = text_pages(article.text)
    if not pages:
        return reply.add(italic(text("read.empty", lang)))
    page = max(1, min(page, len(pages)))
    for paragraph in pages[page - 1].split("\n"):
        reply.add(paragraph)
    if len(pages) > 1:
        reply.add(italic(text("read.page", lang, page=page, pages=len(pages))))
    turns = [(page - 1, "button.back"), (page + 1, "button.next")]
    row = [
        Button(text(label, lang), f"read {article.id} {to}")
        for to, label in turns
        if 1 <= to <= len(pages)
    ]
    reply.buttons = ([row] if row else []) + card_buttons(article, lang, current="read")
    return reply


def text_pages(body: str, size: int = PAGE_CHARS) -> list[str]:
    """The text's paragraphs (one a line) gathered into pages of at most
    `size` characters; a paragraph longer than a page is cut after a
    sentence, else at a space, else anywhere."""
    pages: list[str] = []
    current: list[str] = []
    length = 0
    for piece in _pieces(body, size):
        if current and length + 1 + len(piece) > size:
            pages.append("\n".join(current))
            current, length = [], 0
        length += len(piece) + (1 if current else 0)
        current.append(piece)
    if current:
        pages.append("\n".join(current))
    return pages


def _pieces(body: str, size: int) -> Iterator[str]:
    """The paragraphs, each in pieces of at most `size` (read in place: a
    5 MB line is not copied once a piece)."""
    for line in body.splitlines():
        start, end = 0, len(line)
        while end - start > size:
            cut = _cut(line, start, size)
            piece = line[start:cut].strip()
            if piece:
                yield piece
            start = cut
        piece = line[start:end].strip()
        if piece:
            yield piece


def _cut(line: str, start: int, size: int) -> int:
    """Where to end the piece of `line` from `start`: after the last sentence
    within `size`, else at its last space, else at `size`."""
    stop = start + size
    ends = [m.end() for m in _SENTENCE_END.finditer(line, start + size // 2, stop)]
    if ends:
        return ends[-1]
    space = line.rfind(" ", start + size // 2, stop)
    return space if space > 0 else stop
