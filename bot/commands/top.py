"""/top [day|week|month|year] [n]: the stories most reported lately, by how many
sources ran them, each shown by its newest report."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from bot.commands.cards import article_line, open_buttons
from bot.commands.latest import period_asked, period_words
from bot.commands.reply import Reply, Request, bold, italic
from bot.news.dates import format_utc, parse_date
from bot.news.periods import Period
from bot.news.text import has_russian_letters
from bot.newsroom import Newsroom, TopStory
from bot.texts import text

DEFAULT_TOP = 5
MAX_TOP = 10
BRIEFING_STORIES = 5
# A briefing is skipped when the newest article is older than this: a store
# that stopped getting news would send the same day's stories every morning.
BRIEFING_STALE = timedelta(days=2)
# Words for each span, in either language, and its length in days.
PERIODS = {
    "day": 1,
    "today": 1,
    "день": 1,
    "сегодня": 1,
    "week": 7,
    "неделя": 7,
    "неделю": 7,
    "month": 30,
    "месяц": 30,
    "year": 365,
    "год": 365,
}
PERIOD_KEYS = {1: "top.day", 7: "top.week", 30: "top.month", 365: "top.year"}


async def top_command(newsroom: Newsroom, request: Request) -> Reply:
    dated = await period_asked(newsroom, request.args)
    if dated is None and request.args.strip():
        dated = await period_asked(newsroom, _bare_period(request.args))
    args, period = dated if dated else (request.args, None)
    return await top_stories(newsroom, request.language, args, period)


def _bare_period(args: str) -> str:
    """ "/top June", "/top 2024", "/top сентябрь": /top has no search words,
    so a month or a year alone ends it as a period, as after "in" ("June"
    elsewhere may be a word of a title, "May" Theresa May)."""
    head, _, last = args.strip().rpartition(" ")
    before = "за" if has_russian_letters(last) else "in"
    return f"{head} {before} {last}".strip()


async def top_stories(newsroom: Newsroom, lang: str, args: str, period: Period | None) -> Reply:
    """/top of its words (a span, a count, a section) or of a period."""
    wanted = _wanted(args)
    if wanted is None:
        return Reply().add(text("top.usage", lang, max=MAX_TOP))
    days, count, words = wanted
    sections = await newsroom.section_named(words) if words else []
    if words and not sections:
        return Reply().add(text("top.usage", lang, max=MAX_TOP))
    stories, newest = await newsroom.most_reported(days, count, lang, sections, period)
    if newest is None:
        return Reply().add(text("latest.empty", lang))
    # "/top week sport": the section's, said in the title; "/top in March": of then.
    suffix = (".period" if period else "") + (".section" if sections else "")
    section = sections[0] if sections else ""
    when = period_words(period, lang) if period else text(PERIOD_KEYS[days], lang)
    where = {"period": when, "date": newest[:10], "section": section}
    if not stories:
        last = date.fromisoformat(newest[:10])
        span = period or Period(last - timedelta(days=days - 1), last + timedelta(days=1))
        return await _newest_instead(newsroom, span, count, sections, lang, where, suffix)
    reply = Reply().add(bold(text("top.title" + suffix, lang, **where)))
    for number, story in enumerate(stories, start=1):
        reply.blocks.append(article_line(story.article, lang, number))
        reply.add(italic(_counts(story, lang)))
    reply.buttons = open_buttons([s.article for s in stories])
    return reply


async def _newest_instead(
    newsroom: Newsroom,
    span: Period,
    count: int,
    sections: list[str],
    lang: str,
    where: dict[str, str],
    suffix: str,
) -> Reply:
    """No story of the span had two reports (a quiet week, a small store):
    the span's newest reports, as a briefing on a quiet day has them, or,
    when none was published in it, where to look instead."""
    if sections:
        articles = await newsroom.newest_in(sections, count, period=span)
    else:
        articles = [a for a, _ in await newsroom.latest_reports(count, period=span)]
    if not articles:
        return Reply().add(text("top.none" + suffix, lang, **where))
    reply = Reply().add(text("top.none.newest" + suffix, lang, **where))
    reply.blocks.extend(article_line(a, lang, n) for n, a in enumerate(articles, start=1))
    reply.buttons = open_buttons(articles)
    return reply


async def briefing(
    newsroom: Newsroom, lang: str, now: datetime, stale_after: timedelta | None = BRIEFING_STALE
) -> Reply | None:
    """The daily briefing: the stories most reported in the day to the newest
    article, as /top lists them; when none had two reports, that day's newest
    reports. None for an empty store, and when no article arrived in
    `stale_after` (None for a preview, which shows the last day however old)."""
    stories, newest = await newsroom.most_reported(1, BRIEFING_STORIES, lang)
    newest_at = parse_date(newest or "")
    if newest is None or newest_at is None:
        return None
    if stale_after is not None and newest_at < now - stale_after:
        return None
    reply = Reply().add(bold(text("briefing.title", lang, date=newest[:10])))
    if stories:
        reply.add(italic(text("briefing.top", lang)))
        for number, story in enumerate(stories, start=1):
            reply.blocks.append(article_line(story.article, lang, number))
            reply.add(italic(_counts(story, lang)))
        reply.buttons = open_buttons([s.article for s in stories])
        return reply
    since = format_utc(newest_at - timedelta(days=1))
    reports = [
        a for a, _ in await newsroom.latest_reports(BRIEFING_STORIES) if a.published_at >= since
    ]
    reply.add(italic(text("briefing.newest", lang)))
    reply.blocks.extend(article_line(a, lang, n) for n, a in enumerate(reports, start=1))
    reply.buttons = open_buttons(reports)
    return reply


def _counts(story: TopStory, lang: str) -> str:
    key = "top.reports.one_source" if story.sources == 1 else "top.reports"
    said = text(key, lang, reports=story.reports, sources=story.sources)
    return said + text("top.languages", lang) if story.languages > 1 else said


def _wanted(args: str) -> tuple[int, int, str] | None:
    """(days, how many, a section's name) from "", "week", "10", "week 10",
    "10 year", "week sport": a span and a count at the start, any other
    words a section. None when a number is out of range."""
    days: int | None = None
    count: int | None = None
    words = args.split()
    while words:
        word = words[0].lower()
        if days is None and word in PERIODS:
            days = PERIODS[word]
        elif count is None and word.isdecimal() and 1 <= int(word) <= MAX_TOP:
            count = int(word)
        elif word.isdecimal():
            return None
        else:
            break
        words.pop(0)
    return days or 1, count or DEFAULT_TOP, " ".join(words)
