"""/summary: the article's key sentences, or what several articles say on a topic."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.commands.cards import article_line, card_buttons, card_heading, open_buttons
from bot.commands.reply import Block, Button, Reply, Request, Span, bold, italic
from bot.commands.search import MAX_QUERY_CHARS
from bot.commands.target import Target, find_target, names_an_article
from bot.news.measures import COUNT_WORDS
from bot.news.questions import names_this
from bot.news.summarize import SourcedSentence
from bot.news.text import shorten
from bot.newsroom import Newsroom
from bot.texts import text
from storage import Article

TOPIC_ARTICLES = 5
TOPIC_SENTENCES = 5
SENTENCES = 3  # a card's summary
MAX_SENTENCES = 10  # on request: /summary 42 6, or the More button


# How many sentences, in words: "/summary 3 sentences about the drought",
# "summarise the congress in two sentences", "/summary 42 в 5 предложениях".
_COUNT = re.compile(
    rf"(?:^|\s)(?:in\s+|в\s+)?(\d+|{'|'.join(COUNT_WORDS)})\s+"
    r"(?:sentences?|предложени(?:е|я|й|ях|и|ем))\b(?:\s+(?:about|on|of|о|об|обо|про))?(?=\s|$)",
    re.IGNORECASE,
)


async def summary_command(newsroom: Newsroom, request: Request) -> Reply:
    args, count = _counted(request.args.strip())
    if count is not None and names_this(args):  # "summarise it in 2 sentences", of a card
        args = ""
    head, _, last = args.rpartition(" ")
    if count is None and head and last.isdecimal() and names_an_article(head):  # /summary 42 6
        args, count = head, int(last)
    elif count is None and head and last.isdecimal() and await _counts_sentences(newsroom, args):
        args, count = head, int(last)  # "/summary night trains 2", but "Apollo 11" stays
    if count is not None and not 1 <= count <= MAX_SENTENCES:
        return Reply().add(text("summary.count", request.language, max=MAX_SENTENCES))
    request = replace(request, args=args)
    if args and not names_an_article(args):
        return await _topic(newsroom, request, args, count)
    target = await find_target(newsroom, request, "summary.usage")
    if isinstance(target, Reply):
        return target
    return article_summary(newsroom, target, request.language, count or SENTENCES)


async def _counts_sentences(newsroom: Newsroom, words: str) -> bool:
    """Whether a number from 1 to 10 ending the words is how many sentences
    ("night trains 2"), not one of them ("Apollo 11", "Article 5"): the words
    find articles with all of them only without it."""
    head, _, last = words.rpartition(" ")
    if not 1 <= int(last) <= MAX_SENTENCES:
        return False
    if (await newsroom.search(words, limit=1)).mode == "all":
        return False
    return (await newsroom.search(head, limit=1)).mode == "all"


def _counted(args: str) -> tuple[str, int | None]:
    """The words without the count of sentences they ask for, and that count."""
    found = _COUNT.search(args)
    if not found:
        return args, None
    rest = " ".join(f"{args[: found.start()]} {args[found.end() :]}".split())
    said = found.group(1).lower()
    if said in COUNT_WORDS:
        return rest, COUNT_WORDS[said]
    return rest, int(said) if len(said) < 4 else MAX_SENTENCES + 1  # thousands: out of range


def article_summary(
    newsroom: Newsroom, target: Target, language: str, count: int = SENTENCES
) -> Reply:
    """An article card with its summary: what /summary 42, a deep link and
    inline mode show. A longer one, asked for with the More button, takes the
    place of the card it was pressed under."""
    article = target.article
    reply = Reply(preview_url=article.url, replaces=count > SENTENCES)
    if target.note:
        reply.blocks.append(target.note)
    reply.blocks.append(card_heading(article, language))
    sentences = newsroom.analysis(article, sentences=count).summary
    if not sentences:
        return reply.add(italic(text("summary.nothing", language)))
    for sentence in sentences:
        reply.add("• " + sentence.text)
    reply.buttons = card_buttons(article, language, current="summary")
    if len(sentences) == count < MAX_SENTENCES:  # the article may say more
        more = min(count + SENTENCES, MAX_SENTENCES)
        reply.buttons[0].insert(
            0, Button(text("button.more", language), f"summary {article.id} {more}")
        )
    return reply


async def _topic(newsroom: Newsroom, request: Request, words: str, count: int | None) -> Reply:
    """Words: one matching article gets its own summary; several, a topic summary."""
    lang = request.language
    if len(words) > MAX_QUERY_CHARS:
        return Reply().add(text("search.too_long", lang, max=MAX_QUERY_CHARS))
    topic = await newsroom.topic_summary(words, count or TOPIC_SENTENCES, TOPIC_ARTICLES)
    sources = topic.sources
    if len(sources) < 2 or not topic.sentences:
        target = await find_target(newsroom, request, "summary.usage")
        if isinstance(target, Reply):
            return target
        return article_summary(newsroom, target, lang, count or SENTENCES)
    number = {a.id: n for n, a in enumerate(sources, start=1)}
    heading = text("summary.topic", lang, query=shorten(topic.respelt or words, 60))
    reply = Reply().add(bold(heading))
    if topic.respelt:  # say what was read instead of what was typed
        typed = shorten(words, 60)
        reply.add(italic(text("summary.respelt", lang, query=typed, respelt=topic.respelt)))
    if topic.partial:
        reply.add(italic(text("search.partial", lang)))
    reply.blocks.extend(_told(topic.sentences, sources, number))
    reply.add(bold(text("summary.sources", lang)))
    reply.blocks.extend(article_line(a, lang, n) for n, a in enumerate(sources, start=1))
    reply.buttons = open_buttons(sources)
    return reply


def _told(
    sentences: list[SourcedSentence], sources: list[Article], number: dict[int, int]
) -> list[Block]:
    """The sentences as bullets citing their sources, in the order the articles
    came out; over more than one day, the first sentence of each day opens
    with its date, as an article's "on Tuesday" is that week's."""
    day = {a.id: a.published_at[:10] for a in sources}
    dated = len(set(day.values())) > 1
    blocks: list[Block] = []
    shown = ""
    for item in sentences:
        opening = []
        if dated and day[item.source] != shown:
            shown = day[item.source]
            opening.append(Span(shown + " ", "italic"))
        cite = Span(f"[{number[item.source]}]", "italic")
        blocks.append((Span("• "), *opening, Span(item.sentence.text + " "), cite))
    return blocks
