"""A question in plain words ("how many people were detained?", "who spoke
at the congress?"): the search for its topic, under the sentence of the best
matches that answers it (news.answers), when one does."""

from __future__ import annotations

from bot.commands.reply import Block, Reply, Request, Span, bold, italic
from bot.commands.search import searched
from bot.news.answers import Answer, Wants, answer
from bot.news.text import shorten
from bot.newsroom import Newsroom
from bot.texts import text
from storage.models import Article


async def question_command(newsroom: Newsroom, request: Request, wants: Wants) -> Reply:
    reply, result = await searched(newsroom, request)
    if result is None or not result.found or result.respelt:
        return reply
    articles = [found.article for found in result.found]
    got = answer(request.args, wants, [(a.title, a.text) for a in articles])
    if got is not None:
        reply.blocks[0:0] = _answer_blocks(got, articles[got.article], request.language)
    return reply


def _answer_blocks(got: Answer, article: Article, lang: str) -> list[Block]:
    """ "Answer", then the sentence with what answers it in bold, and where it is from."""
    spans: list[Span] = []
    at = 0
    for start, end in got.marks:
        spans += [Span(got.text[at:start]), bold(got.text[start:end])]
        at = end
    spans.append(Span(got.text[at:]))
    source = Span(shorten(article.title, 80), "italic", article.url)
    where = (Span("— "), source, italic(f" · id {article.id}"))
    return [(bold(text("answer.title", lang)),), tuple(s for s in spans if s.text), where]
