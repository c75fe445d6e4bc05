"""Which article a command is about: an id, a link, search words or a reply.

/summary, /facts, /related and /read all accept the same ways of naming an article;
this module turns them into one article or into the reply that explains why
there is none.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from bot.commands.reply import Block, Reply, Request, button_language, italic
from bot.commands.search import MAX_QUERY_CHARS
from bot.news.text import shorten
from bot.newsroom import Newsroom
from bot.texts import text
from storage import Article

# "42", "#42", "id42", "a42" (the deep-link form), "article 42", "статья 42",
# "№42" (as plain words write it: "summarise article 42"): an article id.
_ID = re.compile(
    r"^(?:(?:article|story|report|статья|статью|статьи|статье|новость|новости)\s+)?"
    r"(?:#|id\s*|a|no\.?\s*|№\s*)?(\d{1,18})$",
    re.IGNORECASE,
)
# A link as typed or pasted: with its scheme, from "www.", or a site's name and
# a path ("meduza.io/news/2025/06/12/...", as a browser's address bar shows it;
# the path tells it from "Node.js" or a sentence's "e.g.").
_LINK = re.compile(
    r"(?:https?://|www\.)\S+|(?<![\w@/.-])(?:[a-z0-9-]+\.)+[a-z]{2,}/\S+", re.IGNORECASE
)
MAX_LINKS = 10  # looked up in one text: a message full of links costs ten look-ups at most


@dataclass(frozen=True)
class Target:
    """The article found, and a note saying how when the user gave words."""

    article: Article
    note: Block | None = None


def is_link(args: str) -> bool:
    """Whether `args` is a link and nothing else."""
    return _LINK.fullmatch(args.strip()) is not None


def names_an_article(args: str) -> bool:
    """Whether `args` is an id or a link (rather than words to search for)."""
    args = args.strip()
    return article_id(args) is not None or "://" in args or is_link(args)


def article_of_buttons(commands: Iterable[str]) -> int | None:
    """The article a card is about, read off its buttons' commands ("facts
    42", "summary 42 6": a longer summary of 42). Only a card names one
    article on all its buttons; a list of results (several) names none."""
    found: set[int | None] = set()
    for command in commands:
        words = button_language(command)[0].split()
        if len(words) >= 2 and words[0] in ("summary", "facts", "related"):
            found.add(article_id(words[1]))
    return found.pop() if len(found) == 1 else None


def items_of(buttons: Iterable[tuple[str, str]]) -> tuple[int, ...]:
    """The articles a list's numbered buttons open ((label, command) pairs:
    "2", "summary 14"), in their numbers' order; () for a list of none."""
    numbered = []
    for label, command in buttons:
        words = button_language(command)[0].split()
        if label.isdecimal() and len(words) == 2 and words[0] == "summary":
            found = article_id(words[1])
            if found is not None:
                numbered.append((int(label), found))
    return tuple(found for _, found in sorted(numbered))


def next_page_of(commands: Iterable[str]) -> str:
    """The command that turns a list's page ("search #2 Veloria", "latest #2
    5"), read off its buttons' commands; "" when it has none."""
    for command in commands:
        plain = button_language(command)[0]
        if plain.startswith(("search #", "latest #")):
            return plain
    return ""


def article_id(args: str) -> int | None:
    """The id in "42", "#42", "a42" or "article 42", or None when `args` is not an id."""
    match = _ID.match(args.strip())
    return int(match.group(1)) if match else None


async def find_target(newsroom: Newsroom, request: Request, usage_key: str) -> Target | Reply:
    """The article `request` names, or a Reply saying what went wrong."""
    lang = request.language
    args = request.args.strip()
    if not args:
        return await _from_reply(newsroom, request) or Reply().add(text(usage_key, lang))
    if (number := article_id(args)) is not None:
        found = await newsroom.article(number)
        return Target(found) if found else await unknown_article(newsroom, number, lang)
    if _LINK.fullmatch(args):
        found = await newsroom.article_by_link(with_scheme(args))
        return Target(found) if found else Reply().add(text("article.unknown_link", lang))
    return await _best_match(newsroom, args, lang)


async def unknown_article(newsroom: Newsroom, number: int, lang: str) -> Reply:
    """No article has that id: never stored, or removed by the editors (an old
    card's button, a link shared before): the reader is told which."""
    removed = await newsroom.storage.removed_article(number)
    return Reply().add(text("article.removed" if removed else "article.unknown", lang, id=number))


async def _from_reply(newsroom: Newsroom, request: Request) -> Target | None:
    if request.reply_to_article is not None:
        found = await newsroom.article(request.reply_to_article)
        if found:
            return Target(found)
    return await linked_in(newsroom, request.reply_text or "")


async def linked_in(newsroom: Newsroom, text: str) -> Target | None:
    """The first stored article a link in the text leads to (a forwarded post,
    a pasted link), if any."""
    for link in _LINK.findall(text)[:MAX_LINKS]:
        found = await newsroom.article_by_link(with_scheme(link.rstrip(".,;:!?)»”")))
        if found:
            return Target(found)
    return None


async def _best_match(newsroom: Newsroom, words: str, lang: str) -> Target | Reply:
    if len(words) > MAX_QUERY_CHARS:
        return Reply().add(text("search.too_long", lang, max=MAX_QUERY_CHARS))
    result = await newsroom.search(words, limit=1, across=1)
    await newsroom.note_search(words, result)  # a reader asking for an article by its words
    # A report in another language with every word in its equivalents before
    # one with some of them in theirs ("ключевые факты об утечке данных": the
    # Kestrel breach, not OVD-Info's "данные"); with none in the words'
    # language, a report in another that names their names.
    found = result.found if result.mode == "all" else []
    found = found or (result.across if result.worded else []) or result.found or result.across
    if not found:
        key = "search.none" if any(ch.isalnum() for ch in words) else "search.no_words"
        return Reply().add(text(key, lang, query=shorten(words, 60)))
    article = found[0].article
    note = (italic(text("article.best_match", lang, title=shorten(article.title, 90))),)
    return Target(article, note)


def with_scheme(link: str) -> str:
    """The link as a web address ("www.x.org/a", "x.org/a": "https://...")."""
    return link if "://" in link else "https://" + link
