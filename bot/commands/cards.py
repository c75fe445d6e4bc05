"""How an article is shown in a list: shared by /latest, /search and later cards."""

from __future__ import annotations

from bot.commands.reply import Block, Span, bold
from bot.news.text import Snippet
from bot.texts import text
from storage import Article


def article_line(article: Article, language: str, number: int | None = None) -> Block:
    """Title, then source, date and id on one line (the link when there is one)."""
    head = f"{number}. " if number is not None else ""
    title = Span(article.title, "bold", article.url) if article.url else bold(article.title)
    parts = (article.source, article.published_at[:10], text("article.id", language, id=article.id))
    meta = " · ".join(p for p in parts if p)
    return (Span(head), title, Span("\n" + meta, "italic"))


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
