"""When a reader asks for news from: "from April", "on 12 June", "last week",
"в марте", "за 12 июня", "2025-06", "12.06.2025"; or since: "since April",
"с 12 июня" (up to today).

Read at the end of a request ("Kestrel news from April") and taken off it,
so that the words left are searched among the articles published then. A
month or a year alone needs a word before it ("from", "in", "в", "за") or a
year after it: "May" alone may be Theresa May, "2024" a word of a title. A
month without a year is the last one up to `today` (in an archive, its
newest article's day): "in April" asked in March is last year's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from bot.news.measures import COUNT_WORDS


@dataclass(frozen=True)
class Period:
    """The days from `start` up to, not including, `end`; `relative` when
    named from today ("last week"), which no article's events are."""

    start: date
    end: date
    relative: bool = False

    @property
    def days(self) -> int:
        return (self.end - self.start).days

    def bounds(self) -> tuple[str, str]:
        """The stored forms of published_at that fall inside it: from the
        start's midnight, to before the end's."""
        return f"{self.start.isoformat()}T00:00:00Z", f"{self.end.isoformat()}T00:00:00Z"

    def holds(self, published_at: str) -> bool:
        """Whether a stored publication time falls inside it."""
        since, before = self.bounds()
        return since <= published_at < before


def ends_with_period(text: str) -> bool:
    """Whether a request may end with a period: what to check before reading
    the store's today (period_at_end)."""
    return _at_end(text.rstrip(" ?!.,")) is not None


def period_at_end(text: str, today: date) -> tuple[str, Period] | None:
    """The words before the period a request ends with, and the period;
    None when it ends with none, or names a day that does not exist."""
    text = text.rstrip(" ?!.,")
    found = _at_end(text)
    if found is None:
        return None
    period = _period(found, today)
    if period is None:
        return None
    if _SINCE.match(found.group()) and period.start <= today:
        period = Period(period.start, today + timedelta(days=1), relative=True)
    return text[: found.start()].rstrip(" ,—–-"), period


def _at_end(text: str) -> re.Match[str] | None:
    """The period's match among the last words only ("from the 3rd of
    September, 2025" is 31 characters): a long message is not read whole."""
    start = max(0, len(text) - _LONGEST)
    if start:
        space = text.find(" ", start)
        start = space + 1 if space >= 0 else len(text)
    return _PERIOD.search(text, start)


def _period(found: re.Match[str], today: date) -> Period | None:
    """The period the match names (see _PERIOD's groups)."""
    parts = {name: value for name, value in found.groupdict().items() if value}
    try:
        if "iso_year" in parts:
            year, month = int(parts["iso_year"]), int(parts["iso_month"])
            if "iso_day" in parts:
                return _day(date(year, month, int(parts["iso_day"])))
            return _month(year, month)
        if "dot_year" in parts:
            return _day(
                date(int(parts["dot_year"]), int(parts["dot_month"]), int(parts["dot_day"]))
            )
        if counted := _counted_days(parts):
            return Period(today - timedelta(days=counted - 1), today + timedelta(days=1), True)
        if "relative" in parts:
            words = " ".join(parts["relative"].lower().split())
            return replace(_relative(words, today), relative=True)
        if any(g in parts for g in _SEASON_GROUPS):
            return _season_named(parts, today)
        if "only_year" in parts:
            year = int(parts["only_year"])
            return Period(date(year, 1, 1), date(year + 1, 1, 1))
        named = next(parts[g] for g in _MONTH_GROUPS if g in parts)
        month = _MONTH_NUMBERS[named.lower()[:3]]
        said = next((int(parts[g]) for g in _YEAR_GROUPS if g in parts), None)
        day = next((int(parts[g]) for g in _DAY_GROUPS if g in parts), None)
        if day is not None:
            return _day(_in_year(said, month, day, today))
        return _month(said or (today.year if month <= today.month else today.year - 1), month)
    except ValueError:  # "31 June", "2025-13"
        return None


def _in_year(year: int | None, month: int, day: int, today: date) -> date:
    """The day; without a year, the last such day up to today."""
    if year is not None:
        return date(year, month, day)
    this_year = date(today.year, month, day)
    return this_year if this_year <= today else date(today.year - 1, month, day)


def _day(day: date) -> Period:
    return Period(day, day + timedelta(days=1))


def _month(year: int, month: int) -> Period:
    after = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
    return Period(date(year, month, 1), after)


def _season_named(parts: dict[str, str], today: date) -> Period:
    """The season _PERIOD's season groups name; "last summer" is named from today."""
    season = next(parts[g] for g in _SEASON_GROUPS if g in parts)
    said = next((int(parts[g]) for g in _SEASON_YEARS if g in parts), None)
    which = next((parts[g] for g in _SEASON_WHICH if g in parts), "").lower()
    period = _season(_SEASON_MONTHS[season.lower()[:3]], said, which, today)
    return replace(period, relative=bool(which))


def _season(first_month: int, year: int | None, which: str, today: date) -> Period:
    """Three months from the season's first (winter: December, so "winter
    2025" is December 2024 to February 2025). Of a year said, that year's;
    "this summer", "этим летом", this year's (this winter: the one ending this
    year, or begun this December); "last summer", "прошлым летом", the last
    one over by today; "in summer", "летом", the last one begun by today."""

    def of_year(y: int) -> Period:
        start = date(y - 1 if first_month == 12 else y, first_month, 1)
        months = start.month + 3
        end = date(start.year + (months > 12), (months - 1) % 12 + 1, 1)
        return Period(start, end)

    if year is not None:
        return of_year(year)
    this = of_year(today.year + (first_month == 12 and today.month == 12))
    before = of_year(this.end.year - 1)
    if which.startswith(("this", "эт")):
        return this
    if which.startswith(("last", "past", "прошл")):
        return this if this.end <= today else before
    return this if this.start <= today else before


def _counted_days(parts: dict[str, str]) -> int:
    """The days to today a counted period spans ("the last 3 days": 3, "the
    past 24 hours": 1, "за две недели": 14); 0 for none."""
    if "fortnight" in parts:
        return 14
    said = parts.get("count") or parts.get("rcount") or "1"  # "за неделю": one
    unit = (parts.get("unit") or parts.get("runit") or "").lower()
    if not unit:
        return 0
    count = int(said) if said.isdecimal() else _NUMBERS[" ".join(said.lower().split())]
    if unit.startswith(("hour", "час")):  # the days the hours reach into
        return max(1, -(-count // 24))
    per = next((days for start, days in _UNIT_DAYS.items() if unit.startswith(start)), 1)
    return max(1, count * per)


def _relative(words: str, today: date) -> Period:
    """ "yesterday", "this week", "last month" (the calendar one before this),
    "the past week" (the seven days to today), "на прошлой неделе" ..."""
    if words.endswith(("today", "сегодня")):
        return _day(today)
    if words.endswith(("yesterday", "вчера", "вчерашнего дня")):
        return _day(today - timedelta(days=1))
    unit = "year" if "year" in words or "год" in words else "week"
    if "month" in words or "месяц" in words:
        unit = "month"
    if "past" in words:
        days = {"week": 7, "month": 30, "year": 365}[unit]
        return Period(today - timedelta(days=days - 1), today + timedelta(days=1))
    last = "last" in words or "прошл" in words
    if unit == "week":
        monday = today - timedelta(days=today.weekday())
        start = monday - timedelta(days=7) if last else monday
        return Period(start, start + timedelta(days=7))
    if unit == "month":
        first = today.replace(day=1)
        if last:
            first = (first - timedelta(days=1)).replace(day=1)
        return _month(first.year, first.month)
    year = today.year - 1 if last else today.year
    return Period(date(year, 1, 1), date(year + 1, 1, 1))


_MONTHS_EN = (
    r"january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
# Russian months: "в апреле" (in), "за апрель" (for), "12 апреля" (of).
_MONTHS_RU = (
    r"январ[ьея]|феврал[ьея]|марта?|марте|апрел[ьея]|ма[йея]|июн[ьея]|июл[ьея]|августа?|августе"
    r"|сентябр[ьея]|октябр[ьея]|ноябр[ьея]|декабр[ьея]"
)
# A month's number by its first three letters ("мая", "май" and "мае": May).
_MONTH_NUMBERS = {
    **{name[:3]: n for n, name in enumerate(_MONTHS_EN.split("|")[:12], start=1)},
    **{
        start: n
        for n, starts in enumerate(
            "янв фев мар апр май|мая|мае июн июл авг сен окт ноя дек".split(), start=1
        )
        for start in starts.split("|")
    },
}
# Seasons, by their first month: "last summer", "летом", "за зиму 2025 года".
_SEASONS_EN = r"spring|summer|autumn|fall|winter"
_SEASONS_RU = r"весн(?:ой|у|а)|лет(?:ом|о)|осен(?:ью|ь)|зим(?:ой|у|а)"
_SEASON_MONTHS = {
    **dict.fromkeys(("spr", "вес"), 3),
    **dict.fromkeys(("sum", "лет"), 6),
    **dict.fromkeys(("aut", "fal", "осе"), 9),
    **dict.fromkeys(("win", "зим"), 12),
}
# The most characters a period is read in, with a word or two before it.
_LONGEST = 64
_FROM_EN = r"(?:from|in|during|for|of|on|since)\s+"
_FROM_RU = r"(?:в|во|за|с|со|начиная\s+с)\s+"
# "since March", "с 12 июня", "since last week": from then up to today.
_SINCE = re.compile(r"(?:since|с|со|начиная)\s", re.IGNORECASE)
_YEAR = r"(?:19|20)\d\d"
# Counts of a period's units in words: "the last three days", "за две недели".
_NUMBERS = {
    **COUNT_WORDS,
    **dict.fromkeys(("a few", "few", "several", "несколько", "нескольких"), 3),
    **dict.fromkeys(("a couple of", "couple of", "две"), 2),
    "один": 1,
}
_COUNTS = r"\d{1,3}|" + "|".join(
    r"\s+".join(words.split()) for words in sorted(_NUMBERS, key=len, reverse=True)
)
_PERIOD = re.compile(
    r"(?<!\S)(?:"
    # 2025-06-12, 2025-06
    rf"(?:{_FROM_EN}|{_FROM_RU})?(?P<iso_year>{_YEAR})-(?P<iso_month>\d\d)(?:-(?P<iso_day>\d\d))?"
    # 12.06.2025, as Russia and most of Europe write a day (never the month first)
    rf"|(?:{_FROM_EN}|{_FROM_RU})?(?P<dot_day>\d{{1,2}})\.(?P<dot_month>\d{{1,2}})\.(?P<dot_year>{_YEAR})"
    # 12 June (2025); June 12(, 2025); April 2025; from April
    rf"|(?:{_FROM_EN})?(?:the\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?"
    rf"(?P<dmonth>{_MONTHS_EN})(?:,?\s+(?P<dyear>{_YEAR}))?"
    rf"|(?:{_FROM_EN})?(?P<mmonth>{_MONTHS_EN})(?:\s+(?P<mday>\d{{1,2}})(?:st|nd|rd|th)?)?"
    rf",?\s+(?P<myear>{_YEAR})"
    rf"|{_FROM_EN}(?P<month>{_MONTHS_EN})"
    # 12 июня (2025 года); в апреле (2025 года), за апрель 2025
    rf"|(?:(?:за|с|со|начиная\s+с)\s+)?(?P<rday>\d{{1,2}})\s+(?P<rdmonth>{_MONTHS_RU})"
    rf"(?:\s+(?P<rdyear>{_YEAR})(?:\s+года?)?)?"
    rf"|{_FROM_RU}(?P<rmonth>{_MONTHS_RU})(?:\s+(?P<rmyear>{_YEAR})(?:\s+года?)?)?"
    # last summer, in the summer of 2025, summer 2025; летом, прошлым летом, за зиму 2025 года
    rf"|(?:{_FROM_EN})?(?:the\s+)?(?P<season_which>last|this|past)\s+(?P<season>{_SEASONS_EN})"
    rf"|(?:{_FROM_EN})?(?:the\s+)?(?P<season2>{_SEASONS_EN})(?:\s+of)?\s+(?P<season_year>{_YEAR})"
    rf"|{_FROM_EN}(?:the\s+)?(?P<season3>{_SEASONS_EN})"
    rf"|(?:(?P<rseason_which>прошл(?:ым|ой|ое|ую)|эт(?:им|ой|о|у))\s+)?"
    rf"(?P<rseason>весной|летом|осенью|зимой)(?:\s+(?P<rseason_year>{_YEAR})(?:\s+года?)?)?"
    rf"|за\s+(?:(?P<rseason_which2>прошл(?:ое|ую)|эт(?:о|у))\s+)?(?P<rseason2>{_SEASONS_RU})"
    rf"(?:\s+(?P<rseason_year2>{_YEAR})(?:\s+года?)?)?"
    # in 2024, в 2024 году, за 2024 год
    rf"|(?:{_FROM_EN}|{_FROM_RU})(?P<only_year>{_YEAR})(?:\s+год[ау]?)?"
    # yesterday, last week, this month, на прошлой неделе, за прошлый месяц
    r"|(?P<relative>(?:(?:from|since)\s+)?(?:yesterday|today)|(?:(?:за|со)\s+)?вчера(?:шнего\s+дня)?|(?:за\s+)?сегодня"
    r"|с\s+(?:прошлой|этой)\s+недели|с\s+(?:прошлого|этого)\s+(?:месяца|года)"
    r"|(?:(?:from|in|during|over|for|since)\s+)?(?:the\s+)?(?:last|past|this)\s+(?:week|month|year)"
    r"|(?:на|за|в)\s+(?:прошлой|этой|прошлую|эту)\s+недел[юе]"
    r"|(?:за|в)\s+(?:прошлый|этот|прошлом|этом)\s+(?:месяце?|году?))"
    # the last 3 days, the past 24 hours; за неделю, за последние две недели,
    # за сутки (one of the unit when no count is said): the days to today
    rf"|(?:(?:from|in|during|over|for|within)\s+)?(?:the\s+)?(?:last|past)\s+(?P<count>{_COUNTS})"
    r"\s+(?P<unit>hours?|days?|weeks?|months?)"
    r"|(?:the\s+)?(?:last|past)\s+(?P<fortnight>fortnight)"
    rf"|(?:за|в\s+течение)\s+(?:последн(?:ие|их|юю|ий)\s+)?(?:(?P<rcount>{_COUNTS})\s+)?"
    r"(?P<runit>час(?:а|ов)?|дн(?:я|ей)|недел[иьюе]|месяц(?:а|ев)?|сутки|суток|год(?:а)?|лет))$",
    re.IGNORECASE,
)
_UNIT_DAYS = {"week": 7, "недел": 7, "month": 30, "месяц": 30, "год": 365, "лет": 365}  # else days
_MONTH_GROUPS = ("dmonth", "mmonth", "month", "rdmonth", "rmonth")
_SEASON_GROUPS = ("season", "season2", "season3", "rseason", "rseason2")
_SEASON_YEARS = ("season_year", "rseason_year", "rseason_year2")
_SEASON_WHICH = ("season_which", "rseason_which", "rseason_which2")
_YEAR_GROUPS = ("dyear", "myear", "rdyear", "rmyear")
_DAY_GROUPS = ("day", "mday", "rday")
