"""What a topic update and a daily digest say (as Replies, like every command)."""

from __future__ import annotations

from collections.abc import Sequence

from bot.commands.cards import article_line, card_buttons, card_heading
from bot.commands.reply import Reply, Span, bold, italic
from bot.news.text import shorten
from bot.newsroom import Newsroom
from bot.texts import text
from storage import Article

ONE_LINE = 200
DIGEST_ARTICLES_PER_TOPIC = 10


def _quoted(topics: Sequence[str], lang: str) -> str:
    return ", ".join(text("quoted", lang, topic=t) for t in topics)


def lead_sentence(newsroom: Newsroom, article: Article) -> str:
    summary = newsroom.analysis(article, sentences=1).summary
    return shorten(summary[0].text, ONE_LINE) if summary else ""


def update_message(topics: Sequence[str], article: Article, newsroom: Newsroom, lang: str) -> Reply:
    """One new article for a chat that follows `topics`: why, the card, its gist."""
    reply = Reply(preview_url=article.url)
    reply.add(italic(text("update.new_on", lang, topics=_quoted(topics, lang))))
    reply.blocks.append(card_heading(article, lang))
    if lead := lead_sentence(newsroom, article):
        reply.add(lead)
    reply.buttons = card_buttons(article, lang, current="follow")
    return reply


def digest_message(
    items: Sequence[tuple[Sequence[str], Article]], newsroom: Newsroom, lang: str
) -> Reply:
    """The day's matches in one message: grouped by topic, one line each, and
    articles of one story shown once with a count of the others."""
    by_topic: dict[str, list[Article]] = {}
    for topics, article in items:
        by_topic.setdefault(topics[0], []).append(article)
    reply = Reply().add(bold(text("digest.title", lang, count=len(items))))
    for topic, articles in by_topic.items():
        reply.add(bold(text("quoted", lang, topic=topic)))
        stories: dict[int, list[Article]] = {}
        for article in sorted(articles, key=lambda a: a.published_at, reverse=True):
            stories.setdefault(article.story_id or -article.id, []).append(article)
        groups = list(stories.values())
        for group in groups[:DIGEST_ARTICLES_PER_TOPIC]:
            first = group[0]
            spans = [*article_line(first, lang)]
            if lead := lead_sentence(newsroom, first):
                spans.append(Span("\n" + lead))
            if len(group) > 1:
                spans.append(Span("\n" + text("digest.more", lang, count=len(group) - 1), "italic"))
            reply.blocks.append(tuple(spans))
        if rest := groups[DIGEST_ARTICLES_PER_TOPIC:]:  # said, not silently left out
            count = sum(len(group) for group in rest)
            reply.add(italic(text("digest.rest", lang, stories=len(rest), count=count)))
    return reply
