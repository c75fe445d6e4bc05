"""/latest [n] [en|ru] [words]: the newest stored articles, of one language
if asked, having the words if given ("what is new on Navalny")."""

from __future__ import annotations

from dataclasses import dataclass

from bot.commands.cards import (
    add_found,
    article_line,
    languages_heading,
    open_buttons,
    sources_of,
)
from bot.commands.reply import Reply, Request, bold, italic
from bot.commands.search import MAX_QUERY_CHARS, only_left_out
from bot.news.text import shorten
from bot.newsroom import Newsroom
from bot.texts import LANGUAGES, text
from storage import Article

DEFAULT_LATEST = 5
MAX_LATEST = 20


@dataclass(frozen=True)
class Wanted:
    count: int
    language: str | None
    words: str


async def latest_command(newsroom: Newsroom, request: Request) -> Reply:
    lang = request.language
    wanted = _wanted(request.args)
    if wanted is None:
        return Reply().add(text("latest.bad_count", lang, max=MAX_LATEST))
    if wanted.words and (source := await newsroom.source_named(wanted.words)):
        return await _latest_from(newsroom, source, wanted, lang)
    if wanted.words and (sections := await newsroom.section_named(wanted.words, True)):
        return await _latest_in(newsroom, sections, wanted, lang)
    if wanted.words:
        on = await _latest_on(newsroom, wanted, lang)
        if on is None and (sections := await newsroom.section_named(wanted.words)):
            return await _latest_in(newsroom, sections, wanted, lang)  # a tag no text writes
        return on or Reply().add(text("latest.none_on", lang, query=shorten(wanted.words, 60)))
    reports = await newsroom.latest_reports(wanted.count, language=wanted.language)
    if not reports:
        key = "latest.empty" if wanted.language is None else "latest.none_in"
        return Reply().add(text(key, lang))
    title = "latest.title" if wanted.language is None else f"latest.title.{wanted.language}"
    reply = Reply().add(bold(text(title, lang)))
    for number, (article, copies) in enumerate(reports, start=1):
        reply.blocks.append(article_line(article, lang, number))
        if copies:
            reply.add(italic(text("search.copies", lang, sources=sources_of(copies))))
    reply.buttons = open_buttons([article for article, _ in reports])
    return reply


async def _latest_from(newsroom: Newsroom, source: str, wanted: Wanted, lang: str) -> Reply:
    """The words name a source: its newest articles ("/latest BBC News")."""
    articles = await newsroom.newest_from(source, wanted.count, wanted.language)
    return _listed(articles, wanted, lang, "latest.from", "latest.none_from", source=source)


async def _latest_in(newsroom: Newsroom, sections: list[str], wanted: Wanted, lang: str) -> Reply:
    """The words name a section, a category or tag the articles are filed
    under: its newest articles ("/latest sport", "новости спорта")."""
    articles = await newsroom.newest_in(sections, wanted.count, wanted.language)
    return _listed(
        articles, wanted, lang, "latest.in", "latest.none_in_section", section=sections[0]
    )


def _listed(
    articles: list[Article], wanted: Wanted, lang: str, title: str, none: str, **name: str
) -> Reply:
    """The articles under their title (`title`, or its form for the language
    asked), or `none` when there are none."""
    if not articles:
        return Reply().add(text(none, lang, **name))
    key = title if wanted.language is None else f"{title}.{wanted.language}"
    reply = Reply().add(bold(text(key, lang, **name)))
    reply.blocks.extend(article_line(a, lang, n) for n, a in enumerate(articles, start=1))
    reply.buttons = open_buttons(articles)
    return reply


async def newest_on(newsroom: Newsroom, words: str, lang: str) -> Reply | None:
    """The newest articles on a topic asked about in plain words ("latest on
    Navalny"): no count or language is read from the words ("what's new on
    Covid 19"); None when no article has every word, for a search to try."""
    return await _latest_on(newsroom, Wanted(DEFAULT_LATEST, None, words), lang, count_miss=False)


async def _latest_on(
    newsroom: Newsroom, wanted: Wanted, lang: str, count_miss: bool = True
) -> Reply | None:
    """The newest articles with every word, each with its passage, like a
    search page ordered by date; None when no article has them all (counted
    as unanswered unless a search for the words comes next)."""
    if len(wanted.words) > MAX_QUERY_CHARS:
        return Reply().add(text("search.too_long", lang, max=MAX_QUERY_CHARS))
    shown = shorten(wanted.words, 60)
    if not any(ch.isalnum() for ch in wanted.words):
        return Reply().add(text("search.no_words", lang))
    if only_left_out(wanted.words):
        return Reply().add(text("search.only_left_out", lang))
    result = await newsroom.latest_on(wanted.words, wanted.count, wanted.language)
    if result.found or result.across or count_miss:
        await newsroom.note_search(wanted.words, result)
    if not result.found and not result.across:
        return None
    if result.respelt:
        respelt = shorten(result.respelt, 60)
        reply = Reply().add(text("latest.respelt", lang, query=shown, respelt=respelt))
    else:
        title = "latest.on" if wanted.language is None else f"latest.on.{wanted.language}"
        reply = Reply().add(bold(text(title, lang, query=shown)))
    # A language asked for is named by the title; otherwise the reports in
    # other languages are headed as under a search page.
    add_found(reply, result.found, lang)
    if result.across and not wanted.language:
        reply.add(bold(text(languages_heading([f.article for f in result.across]), lang)))
    add_found(reply, result.across, lang, len(result.found) + 1)
    reply.buttons = open_buttons([f.article for f in result.found + result.across])
    return reply


def _wanted(args: str) -> Wanted | None:
    """How many, which language and what words, from "", "10", "ru", "10 ru",
    "ru 10", "Navalny", "10 ru Navalny" or "Navalny ru": a count and a language
    are read at either end of the words. None when a count is out of range
    and there are no words ("/latest 50")."""
    words = args.split()
    count: int | None = None
    language: str | None = None

    def option(word: str) -> bool:
        nonlocal count, language
        lowered = word.lower()
        if count is None and lowered.isdecimal() and 1 <= int(lowered) <= MAX_LATEST:
            count = int(lowered)
        elif language is None and lowered in LANGUAGES:
            language = lowered
        else:
            return False
        return True

    while words and option(words[0]):
        words.pop(0)
    while words and option(words[-1]):
        words.pop()
    if len(words) == 1 and words[0].isdecimal():
        return None
    return Wanted(count or DEFAULT_LATEST, language, " ".join(words))
