"""/summary: the article's key sentences, or what several articles say on a topic."""

from __future__ import annotations

from bot.commands.cards import article_line, card_buttons, card_heading, open_buttons
from bot.commands.reply import Reply, Request, Span, bold, italic
from bot.commands.search import MAX_QUERY_CHARS
from bot.commands.target import Target, find_target, names_an_article
from bot.news.text import shorten
from bot.newsroom import Newsroom
from bot.texts import text

TOPIC_ARTICLES = 5
TOPIC_SENTENCES = 5


async def summary_command(newsroom: Newsroom, request: Request) -> Reply:
    args = request.args.strip()
    if args and not names_an_article(args):
        return await _topic(newsroom, request, args)
    target = await find_target(newsroom, request, "summary.usage")
    if isinstance(target, Reply):
        return target
    return article_summary(newsroom, target, request.language)


def article_summary(newsroom: Newsroom, target: Target, language: str) -> Reply:
    """An article card with its summary: what /summary 42, a deep link and inline mode show."""
    article = target.article
    reply = Reply(preview_url=article.url)
    if target.note:
        reply.blocks.append(target.note)
    reply.blocks.append(card_heading(article, language))
    sentences = newsroom.analysis(article).summary
    if not sentences:
        return reply.add(italic(text("summary.nothing", language)))
    for sentence in sentences:
        reply.add("• " + sentence.text)
    reply.buttons = card_buttons(article, language, current="summary")
    return reply


async def _topic(newsroom: Newsroom, request: Request, words: str) -> Reply:
    """Words: one matching article gets its own summary; several, a topic summary."""
    lang = request.language
    if len(words) > MAX_QUERY_CHARS:
        return Reply().add(text("search.too_long", lang, max=MAX_QUERY_CHARS))
    sentences, sources = await newsroom.topic_summary(words, TOPIC_SENTENCES, TOPIC_ARTICLES)
    if len(sources) < 2 or not sentences:
        target = await find_target(newsroom, request, "summary.usage")
        return target if isinstance(target, Reply) else article_summary(newsroom, target, lang)
    number = {a.id: n for n, a in enumerate(sources, start=1)}
    reply = Reply().add(bold(text("summary.topic", lang, query=shorten(words, 60))))
    for item in sentences:
        reply.add("• " + item.sentence.text + " ", Span(f"[{number[item.source]}]", "italic"))
    reply.add(bold(text("summary.sources", lang)))
    reply.blocks.extend(article_line(a, lang, n) for n, a in enumerate(sources, start=1))
    reply.buttons = open_buttons(sources)
    return reply
