"""How articles are shown: list lines, card headings and their buttons.

Shared by /latest, /search, /summary, /facts and /related, so an article
looks the same wherever it appears.
"""

from __future__ import annotations

from collections.abc import Sequence
from urllib.parse import urlsplit

from bot.commands.reply import Block, Button, Reply, Span, bold, italic
from bot.news.text import Snippet, shorten
from bot.newsroom import Found
from bot.texts import text
from storage import Article

# Which follow-ups a card offers, as (command, catalogue key of the label).
CARD_ACTIONS = (
    ("summary", "button.summary"),
    ("facts", "button.facts"),
    ("related", "button.related"),
    ("follow", "button.follow"),
)


# A byline longer than this (a list of a dozen contributors) is shortened.
MAX_BYLINE_CHARS = 60


def meta_line(article: Article, language: str, byline: bool = False) -> str:
    """Source · date · id; with `byline`, the author after the source (an
    article's card says who wrote it; a list's lines stay short)."""
    by = _byline(article, language) if byline else ""
    parts = (
        article.source,
        by,
        article.published_at[:10],
        text("article.id", language, id=article.id),
    )
    return " · ".join(p for p in parts if p)


def _byline(article: Article, language: str) -> str:
    """ "by Priya Nair", or nothing (see author_of)."""
    author = author_of(article)
    return text("article.by", language, author=shorten(author, MAX_BYLINE_CHARS)) if author else ""


def author_of(article: Article) -> str:
    """Who wrote it, as one line; "" when unknown or the source itself (feeds
    that give the site's name as every item's author)."""
    author = " ".join((article.author or "").split())
    return "" if author.casefold() in (article.source or "").casefold() else author


def title_span(article: Article) -> Span:
    """The article's title in bold, linked to its page when it has one."""
    return Span(article.title, "bold", article.url) if article.url else bold(article.title)


def article_line(article: Article, language: str, number: int | None = None) -> Block:
    """Title, then source, date and id on one line (the title links to the page)."""
    title = title_span(article)
    meta = Span("\n" + meta_line(article, language), "italic")
    return (title, meta) if number is None else (Span(f"{number}. "), title, meta)


def card_heading(article: Article, language: str) -> Block:
    """The top of an article card: the title (linked) over its source,
    author, date and id."""
    return (title_span(article), Span("\n" + meta_line(article, language, byline=True), "italic"))


def card_buttons(article: Article, language: str, current: str = "") -> list[list[Button]]:
    """Summary / Key facts / Related for this article, leaving out the one shown;
    and Full text under an article stored without a link (see commands.read)."""
    row = [
        Button(text(label, language), f"{command} {article.id}")
        for command, label in CARD_ACTIONS
        if command != current
    ]
    if article.url or current == "read":
        return [row]
    return [row, [Button(text("button.read", language), f"read {article.id}")]]


def open_buttons(articles: Sequence[Article], first_number: int = 1) -> list[list[Button]]:
    """One numbered button per listed article, opening its card with a summary."""
    buttons = [
        Button(str(number), f"summary {a.id}")
        for number, a in enumerate(articles, start=first_number)
    ]
    return [buttons[i : i + 5] for i in range(0, len(buttons), 5)]


def newest_of_list(title: str, names: Sequence[tuple[str, str]], more: str = "") -> Reply:
    """A numbered list of names (sources, sections), each with its line
    under it and a button to its newest ('latest 5 "<name>"', quoted so that
    "Channel 4" or "RU Today" is not read as a count or a language)."""
    reply = Reply().add(bold(title))
    for number, (name, line) in enumerate(names, start=1):
        reply.add(f"{number}. ", bold(shorten(name, 80)), "\n" + line)
    if more:
        reply.add(italic(more))
    buttons = [Button(str(n), f'latest 5 "{name}"') for n, (name, _) in enumerate(names, start=1)]
    reply.buttons = [buttons[i : i + 5] for i in range(0, len(buttons), 5)]
    return reply


def snippet_spans(snip: Snippet) -> Block:
    """The snippet with the matched words marked."""
    spans: list[Span] = []
    last = 0
    for start, end in snip.spans:
        if start > last:
            spans.append(Span(snip.text[last:start]))
        spans.append(Span(snip.text[start:end], "mark"))
        last = end
    if last < len(snip.text):
        spans.append(Span(snip.text[last:]))
    return tuple(spans)


def in_language(language: str) -> str:
    """The catalogue key that says an article is in another language than the one asked about."""
    return f"related.in.{language}" if language in ("en", "ru") else "related.in.other"


def languages_heading(articles: Sequence[Article]) -> str:
    """The catalogue key of the heading over results in other languages
    ("In Russian"): their language, if they share one."""
    languages = {a.language for a in articles}
    only = languages.pop() if len(languages) == 1 else ""
    return f"search.in.{only}" if only in ("en", "ru") else "search.in.other"


def sources_of(copies: list[Article]) -> str:
    """Who else ran the report: their names (or links' sites), once each."""
    names = [a.source or urlsplit(a.url or "").hostname or f"#{a.id}" for a in copies]
    return ", ".join(dict.fromkeys(names))


def add_found(reply: Reply, found: Sequence[Found], language: str, first_number: int = 1) -> None:
    """Results as search and /latest list them: each article's line, its
    passage, and the other sources that ran the same report."""
    for number, item in enumerate(found, start=first_number):
        reply.blocks.append(article_line(item.article, language, number))
        reply.blocks.append(snippet_spans(item.snippet))
        if item.copies:
            reply.add(italic(text("search.copies", language, sources=sources_of(item.copies))))
