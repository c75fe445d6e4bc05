"""/latest [n] [en|ru] [words] [period]: the newest stored articles, of one
language if asked, having the words if given ("what is new on Navalny"),
published in a period if one ends them ("Kestrel in April", "за июнь")."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from bot.commands.cards import (
    add_found,
    article_line,
    languages_heading,
    open_buttons,
    sources_of,
)
from bot.commands.reply import Button, Reply, Request, bold, italic
from bot.commands.search import (
    MAX_PAGES,
    MAX_QUERY_CHARS,
    none_in,
    only_left_out,
    page_and_query,
)
from bot.news.periods import Period, ends_with_period, period_at_end
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
    period: Period | None = None


async def latest_command(newsroom: Newsroom, request: Request) -> Reply:
    lang = request.language
    page, rest = page_and_query(request.args)
    if page > 1:  # the Older button: the plain newest only have pages
        wanted = _wanted(rest)
        if wanted is None or wanted.words:
            return Reply().add(text("latest.bad_count", lang, max=MAX_LATEST))
        return await _newest_reports(newsroom, wanted, lang, page)
    if (most := _past_the_most(request.args)) is not None:
        # "/latest 50": the most there may be, and the Older button for the rest
        reply = await _newest_reports(newsroom, most, lang)
        if any(b.command.startswith("latest #") for row in reply.buttons for b in row):
            reply.blocks.insert(1, (italic(text("latest.at_most", lang, max=MAX_LATEST)),))
        return reply
    # The period first: "12 июня" is a day, not 12 articles of "июня"; a
    # year alone ("/latest 2025") is one too, not a count out of range.
    args = request.args.strip()
    dated = await period_asked(newsroom, f"in {args}" if _YEAR.fullmatch(args) else args)
    wanted = _wanted(dated[0] if dated else request.args)
    if wanted is None:
        return Reply().add(text("latest.bad_count", lang, max=MAX_LATEST))
    if dated is not None:
        typed = _wanted(request.args)
        wanted = replace(wanted, words=without_news_word(wanted.words), period=dated[1])
        return await latest_of_period(newsroom, wanted, lang, typed.words if typed else "")
    if wanted.words and (source := await newsroom.source_named(wanted.words)):
        return await _latest_from(newsroom, source, wanted, lang)
    if wanted.words and (sections := await newsroom.section_named(wanted.words, True)):
        return await _latest_in(newsroom, sections, wanted, lang)
    if wanted.words:
        on = await _latest_on(newsroom, wanted, lang)
        if on is None and (sections := await newsroom.section_named(wanted.words)):
            return await _latest_in(newsroom, sections, wanted, lang)  # a tag no text writes
        none = _of_language("latest.none_on", wanted)
        return on or Reply().add(text(none, lang, query=shorten(wanted.words, 60)))
    return await _newest_reports(newsroom, wanted, lang)


async def _newest_reports(newsroom: Newsroom, wanted: Wanted, lang: str, page: int = 1) -> Reply:
    """The newest reports, a page of them, with an Older button to the next
    page while there are more (in place: as search's More results)."""
    skip = (page - 1) * wanted.count
    reports = await newsroom.latest_reports(wanted.count + 1, wanted.language, skip=skip)
    if not reports:
        key = "latest.empty" if wanted.language is None else "latest.none_in"
        return Reply().add(text("latest.no_older" if page > 1 else key, lang))
    reply = _reports_listed(reports[: wanted.count], wanted, lang, first=skip + 1)
    reply.replaces = page > 1
    if len(reports) > wanted.count and page < MAX_PAGES:
        older = f"latest #{page + 1} {wanted.count} {wanted.language or ''}".rstrip()
        reply.buttons.append([Button(text("latest.older", lang), older)])
    return reply


def _past_the_most(args: str) -> Wanted | None:
    """ "50", "ru 50": a count past the most listed at once, alone or with a
    language (not a year: "/latest 2025" is a period); None otherwise."""
    found = _COUNT_ONLY.fullmatch(args.strip())
    if found is None or _YEAR.fullmatch(found["count"]) or int(found["count"]) <= MAX_LATEST:
        return None
    language = (found["before"] or found["after"] or "").lower() or None
    return Wanted(MAX_LATEST, language, "")


_COUNT_ONLY = re.compile(
    r"(?:(?P<before>en|ru)\s+)?(?P<count>\d{1,9})(?:\s+(?P<after>en|ru))?", re.I
)


_YEAR = re.compile(r"(?:19|20)\d\d")


async def period_asked(newsroom: Newsroom, words: str) -> tuple[str, Period] | None:
    """The words before the period a request ends with, and the period
    ("Kestrel in March", "sport last week", "вчера"), its month or day read
    up to the store's today; None when it names none (the store's today is
    read only when the words may end with one)."""
    if not ends_with_period(words):
        return None
    return period_at_end(words, await newsroom.today())


def _of_language(key: str, wanted: Wanted) -> str:
    """The catalogue key that names the language asked for, if one was: none
    "in Russian" is not none at all."""
    return f"{key}.{wanted.language}" if wanted.language else key


def _reports_listed(
    reports: list[tuple[Article, list[Article]]], wanted: Wanted, lang: str, first: int = 1
) -> Reply:
    """The newest reports under their title, each with its copies' sources,
    numbered from `first`."""
    title = "latest.title" if wanted.language is None else f"latest.title.{wanted.language}"
    reply = Reply().add(bold(text(title, lang)))
    for number, (article, copies) in enumerate(reports, start=first):
        reply.blocks.append(article_line(article, lang, number))
        if copies:
            reply.add(italic(text("search.copies", lang, sources=sources_of(copies))))
    reply.buttons = open_buttons([article for article, _ in reports], first)
    return reply


async def latest_of_period(newsroom: Newsroom, wanted: Wanted, lang: str, typed: str = "") -> Reply:
    """The newest articles published in the period wanted, from a source, in
    a section or with the words, if named; the period said under the title.
    Words no article of the period holds may name the period's events ("the
    drought in July", a search's Newest first): given as `typed`, the newest
    with them all, if any has them (not of "last week": no event's)."""
    assert wanted.period is not None
    period = period_words(wanted.period, lang)
    if wanted.words and (source := await newsroom.source_named(wanted.words)):
        reply = await _latest_from(newsroom, source, wanted, lang)
    elif wanted.words and (sections := await newsroom.section_named(wanted.words, True)):
        reply = await _latest_in(newsroom, sections, wanted, lang)
    elif wanted.words:
        shown = shorten(wanted.words, 60)
        on = await _latest_on(newsroom, wanted, lang, count_miss=False)
        if on is None and typed not in ("", wanted.words) and not wanted.period.relative:
            as_typed = await _latest_on(newsroom, replace(wanted, words=typed, period=None), lang)
            if as_typed is not None:
                return as_typed
        none = text(_of_language("latest.none_on_period", wanted), lang, query=shown, period=period)
        if on is None and wanted.period.relative:  # "this week" names no event
            return await _newest_outside(newsroom, wanted, lang, none)
        reply = on or Reply().add(none)
    else:
        reports = await newsroom.latest_reports(wanted.count, wanted.language, wanted.period)
        if not reports:
            none = _of_language("latest.none_period", wanted)
            return Reply().add(text(none, lang, period=period))
        reply = _reports_listed(reports, wanted, lang)
    if reply.buttons:  # articles listed: say when from, under the title
        reply.blocks.insert(1, (italic(text("latest.period", lang, period=period)),))
    return reply


async def _newest_outside(newsroom: Newsroom, wanted: Wanted, lang: str, none: str) -> Reply:
    """That no article of a period named from today has the words, and then
    the newest that have them, from before it: "anything new on the Bank of
    Veloria this week?" is answered by its newest report, from last week, not
    by nothing. (A period such as "in 2022" may be what the words are about:
    a search for them all answers then, see latest_of_period and
    commands.plain.)"""
    reply = Reply().add(none)
    newest = await _latest_on(newsroom, replace(wanted, period=None), lang, count_miss=False)
    if newest is not None and newest.buttons:
        reply.blocks.extend(newest.blocks)
        reply.buttons = newest.buttons
    return reply


def without_news_word(words: str) -> str:
    """ "Kestrel news" of "Kestrel news from April": news is what all are."""
    return _NEWS_WORD.sub("", words).strip()


async def _latest_from(newsroom: Newsroom, source: str, wanted: Wanted, lang: str) -> Reply:
    """The words name a source: its newest articles ("/latest BBC News")."""
    articles = await newsroom.newest_from(source, wanted.count, wanted.language, wanted.period)
    return _listed(articles, wanted, lang, "latest.from", "latest.none_from", source=source)


async def _latest_in(newsroom: Newsroom, sections: list[str], wanted: Wanted, lang: str) -> Reply:
    """The words name a section, a category or tag the articles are filed
    under: its newest articles ("/latest sport", "новости спорта")."""
    articles = await newsroom.newest_in(sections, wanted.count, wanted.language, wanted.period)
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
    result = await newsroom.latest_on(wanted.words, wanted.count, wanted.language, wanted.period)
    if result.found or result.across or count_miss:
        await newsroom.note_search(wanted.words, result)
    if not result.found and not result.across:
        return None
    if result.respelt:
        respelt = shorten(result.respelt, 60)
        reply = Reply().add(text("latest.respelt", lang, query=shown, respelt=respelt))
    elif result.worded:  # in the other language, by the words' equivalents
        worded = shorten(result.across_by, 60)
        reply = Reply().add(
            text(none_in(wanted.words) + "_worded", lang, query=shown, names=worded)
        )
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


def period_words(period: Period, lang: str) -> str:
    """ "in June 2025", "on 12 June 2025", "from 17 to 23 November 2025", "from
    1 April to 25 November 2025"; "в июне 2025 года", "12 июня 2025 года", "с
    17 по 23 ноября 2025 года", "с 1 апреля по 25 ноября 2025 года"."""
    first, last = period.start, period.end - timedelta(days=1)
    ru = lang == "ru"
    if period.days == 1:
        return _day_words(first, ru)
    if first.day == 1 and first.month == 1 and last.month == 12 and last.day == 31:
        years = f"{first.year}" if first.year == last.year else f"{first.year}-{last.year}"
        return f"в {years} году" if ru else f"in {years}"
    if first.day == 1 and (last + timedelta(days=1)).day == 1 and first.month == last.month:
        month = _MONTHS_IN_RU[first.month - 1] if ru else _MONTHS_EN[first.month - 1]
        return f"в {month} {first.year} года" if ru else f"in {month} {first.year}"
    if (first.year, first.month) == (last.year, last.month):
        end = _day_words(last, ru)
        return f"с {first.day} по {end}" if ru else f"from {first.day} to {end[3:]}"
    start, end = _day_words(first, ru), _day_words(last, ru)
    if first.year == last.year:  # "from 1 April to 25 November 2025"
        start = start.removesuffix(f" {first.year} года").removesuffix(f" {first.year}")
    return f"с {start} по {end}" if ru else f"from {start[3:]} to {end[3:]}"


def _day_words(day: date, ru: bool) -> str:
    return date_words(day, "ru") if ru else "on " + date_words(day, "en")


def date_words(day: date, language: str) -> str:
    """ "5 June 2025", "5 июня 2025 года"."""
    if language == "ru":
        return f"{day.day} {_MONTHS_OF_RU[day.month - 1]} {day.year} года"
    return f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year}"


_MONTHS_EN = (
    "January February March April May June July August September October November December"
).split()
_MONTHS_IN_RU = (
    "январе феврале марте апреле мае июне июле августе сентябре октябре ноябре декабре"
).split()
_MONTHS_OF_RU = (
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря"
).split()
# What news is, at the end of the words before a period: "Kestrel news".
_NEWS_WORD = re.compile(
    r"(?:^|\s+)(?:news|stories|articles|reports|новости|статьи|материалы)$", re.IGNORECASE
)
