"""Where a sentence says how many, how much, how often, how long or when in
words: the spans an answer marks (news.answers) beside the figures and dates
the facts' rules find (facts.figures_and_dates), which all have a number in
them. News writes small numbers, shares and multiples in words ("three
seasons", "a third less", "ten times more likely"), a month without a day
("takes effect in January"), a price with its currency ("48 million
crowns"), a frequency ("three times a week"): each a pattern here.
"""

from __future__ import annotations

import re

from bot.news.facts import figures_and_dates


def spelt_figures(sentence: str) -> list[tuple[int, int]]:
    """Where a sentence counts in words, as news writes small numbers, shares
    and multiples: "three seasons", "a third less wheat", "ten times more
    likely", "tens of thousands of supporters", "вдвое", "треть урожая".
    Not "one" nor "a": nearly every sentence has them; not a capitalised
    word inside the sentence ("the Seven Sisters")."""
    return [
        found.span()
        for found in _SPELT_FIGURE.finditer(sentence)
        if found.start() == 0 or not sentence[found.start()].isupper()
    ]


def dates_in_words(sentence: str) -> list[tuple[int, int]]:
    """Where a sentence says when without a number, which figures_and_dates
    needs: a month ("takes effect in January", "в январе"), or a year, month
    or week from now ("in the first half of next year", "в следующем году")."""
    return [found.span(found.lastindex or 0) for found in _WHEN_IN_WORDS.finditer(sentence)]


def durations(sentence: str) -> list[tuple[int, int]]:
    """Where a sentence says how long: a count of units of time ("three
    years", "a 10-day trial", "two-week", "три года", "10 дней") or since
    when ("since 2019", "с 24 февраля 2022 года"): what answers "how long"."""
    spans = [m.span(1) for m in _DURATION.finditer(sentence)]
    dates = figures_and_dates(sentence)[1]
    since = [
        (a, b)
        for a, b in dates
        if sentence[a:b].lower().startswith("since") or _SINCE.search(sentence[max(0, a - 12) : a])
    ]
    return spans + since


def times_of_day(sentence: str) -> list[tuple[int, int]]:
    """Where a sentence says at what time of day: "at 23:15", "9 a.m. ET",
    "10.30pm", "noon", "в 9 утра", "в полночь": what answers "what time
    ...?". Not a score ("3:1" has one digit after the colon), a decimal
    without "am"/"pm" ("3.45"), a chapter and verse ("Mark 15:34"), nor a
    name ("the Midnight Mission")."""
    return [found.span() for found in _TIME_OF_DAY.finditer(sentence) if _a_time(sentence, found)]


def _a_time(sentence: str, found: re.Match[str]) -> bool:
    """A word ("midnight") not inside a name; figures with no "am" or "pm"
    not after a book's name."""
    if not found.group()[0].isdigit():
        return found.start() == 0 or sentence[found.start()].islower()
    if _AM_PM_AFTER.search(found.group()):
        return True
    return not _BOOK_BEFORE.search(sentence[max(0, found.start() - 40) : found.start()])


def is_money(sentence: str, start: int, end: int) -> bool:
    """Whether the figure at sentence[start:end] is a sum of money: with a
    currency's sign ("$1.13bn", "£5", "US$ 40") or its name after it ("48
    million crowns", "20 тысяч рублей")."""
    return _CURRENCY_SIGN.search(sentence[max(0, start - 3) : end]) is not None or bool(
        money_end(sentence, end)
    )


def money_end(sentence: str, end: int) -> int:
    """Where the currency's name after a figure ends ("48 million| crowns|",
    "50 тыс.| рублей|"), or 0."""
    after = with_unit(sentence, end, end)[1]
    if sentence[after : after + 1] == "." and _SHORT_UNIT.search(sentence, 0, after):
        after += 1  # the dot of "тыс.", which a figure leaves out
    named = _CURRENCY_AFTER.match(sentence, after)
    return named.end() if named else 0


def with_unit(sentence: str, start: int, end: int) -> tuple[int, int]:
    """A figure with the word that scales it ("20" of "20 тысяч", "2.3 million")."""
    unit = _UNIT.match(sentence, end)
    return start, unit.end() if unit else end


def with_year(sentence: str, start: int, end: int) -> tuple[int, int]:
    """A date with the year after it ("24 February" of "24 February 2022")."""
    year = _YEAR.match(sentence, end)
    return start, year.end() if year else end


def frequencies(sentence: str) -> list[tuple[int, int]]:
    """Where a sentence says how often: "three times a week", "every 10
    minutes", "daily", "три раза в неделю", "каждые 15 минут"."""
    return [found.span() for found in _FREQUENCY.finditer(sentence)]


def ordinals(sentence: str) -> list[tuple[int, int]]:
    """Where a sentence says which one in a row: "the third held since 2022",
    "its 25th", "третий такой конгресс"."""
    return [found.span() for found in _ORDINAL.finditer(sentence)]


def scores(sentence: str) -> list[tuple[int, int]]:
    """Where a sentence gives a match's score: "beat Eastport United 2-1", "a
    1-1 draw", "проиграли со счётом 0:3". Only in a sentence that tells a
    result (won, beat, lost, drew, победил, счёт ...): "a 5-4 ruling", "aged
    18-24" are none; with a colon, one digit after it ("23:15" is a time)."""
    if not _RESULT.search(sentence):
        return []
    return [
        found.span()
        for found in _SCORE.finditer(sentence)
        if not _RANGE_BEFORE.search(sentence, 0, found.start())
    ]


_SCORE = re.compile(
    r"(?<![\w.,:/–-])(?:\d{1,3}\s?[-–—]\s?\d{1,3}|\d{1,2}\s?:\s?\d)"
    r"(?![\w:/–%-]|[.,]\d|\s?(?:%|per\s?cent|percent|years?|лет|год))",
    re.IGNORECASE,
)
# What a range of ages, pages or years follows ("aged 18-24"): no score.
_RANGE_BEFORE = re.compile(
    r"\b(?:aged|ages|age|pages?|between|from|years?|возрасте|лет|страниц\w*)\s+$", re.IGNORECASE
)
_RESULT = re.compile(
    r"\b(?:beat|beats|beaten|beating|won|win|wins|lost|lose|loses|losing|defeat|defeated"
    r"|defeats|draw|drew|drawn|victory|victories|score|scored|scoreline|thrashed|thrashing"
    r"|edged|hammered|routed|trounced|equali[sz]ed|equali[sz]er|full-time|half-time)\b"
    r"|(?<![\w-])(?:побед\w*|выигр\w*|проигр\w*|обыгр\w*|уступил\w*|ничь\w*|сч[её]т\w*"
    r"|разгромил\w*|сыграл\w*)",
    re.IGNORECASE,
)


_ORDINAL = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
    r"|\d{1,3}(?:st|nd|rd|th))\b"
    r"|(?<![\w-])(?:перв|втор|трет|четв[её]рт|пят|шест|седьм|восьм|девят|десят)(?:ый|ой|ий|ая|ья"
    r"|ое|ье|ого|его|ьего|ому|ему|ьему|ых|ые|ьи|ую|ью|ым|ьим)(?![\w-])",
    re.IGNORECASE,
)


# Counts from one to ten in words, in the forms a count of things takes ("in
# two sentences", "в двух предложениях", "в трёх", "за пять дней").
COUNT_WORDS = {
    **{w: n for n, w in enumerate("one two three four five six seven eight nine ten".split(), 1)},
    **{
        form: n
        for n, forms in enumerate(
            (
                "одно одном одного",
                "два двух",
                "три трёх трех",
                "четыре четырёх четырех",
                "пять пяти",
                "шесть шести",
                "семь семи",
                "восемь восьми",
                "девять девяти",
                "десять десяти",
            ),
            1,
        )
        for form in forms.split()
    },
}
# A count of units of time: what says how long.
_COUNTS_EN = (
    r"\d{1,3}(?:[.,]\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|fifteen|twenty|thirty|forty|fifty|hundred|several|few|a\s+few|half\s+an?|a\s+couple\s+of"
)
_COUNTS_RU = (
    r"\d{1,3}(?:[.,]\d+)?|один|одн\w+|два|две|двух|три|трёх|трех|четыре|пять|шесть|семь|восемь"
    r"|девять|десять|несколько|полтора"
)
# Counts in words, what spelt_figures finds.
_NUMBER_WORDS_EN = (
    r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
    r"|sixteen|seventeen|eighteen|nineteen"
    r"|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|(?:several\s+|a\s+few\s+)?(?:dozens|hundreds|thousands|millions)"
    r"|tens\s+of\s+thousands|a\s+(?:dozen|hundred|thousand|million)"
)
_NUMBER_WORDS_RU = (
    r"дв(?:а|е|ух|ум|умя)|тр(?:и|ех|ёх|ем|ём|емя)|четыр(?:е|ех|ёх|ьмя)|пят(?:ь|и|ью)"
    r"|шест(?:ь|и|ью)|сем(?:ь|и|ью)|восем(?:ь|ью)|восьми|девят(?:ь|и|ью)|десят(?:ь|и|ью)"
    r"|двадцат(?:ь|и)|тридцат(?:ь|и)|сорок(?:а)?|пятьдесят|пятидесяти|сто|двести|триста"
    r"|десятк(?:и|ов)\s+тысяч|(?:несколько\s+|нескольк(?:их|им)\s+)?(?:десятк(?:и|ов|ам)"
    r"|сот(?:ни|ен|ням)|тысяч(?:и|ам)?|миллион(?:ы|ов))"
)
_SPELT_FIGURE = re.compile(
    r"(?<![\w-])(?:"
    rf"(?:(?:a|one|two|three)[\s-]+(?:half|third|quarter|fifth|tenth)s?|twice|half\s+of"
    rf"|(?:{_NUMBER_WORDS_EN})(?:\s+times|-fold)?)"
    r"|(?:треть|трети|четверть|половин(?:а|у|ы|ой)|вдвое|втрое|вчетверо|впятеро|вдесятеро"
    rf"|в\s+(?:{_NUMBER_WORDS_RU})\s+раза?|(?:{_NUMBER_WORDS_RU})))(?![\w-])",
    re.IGNORECASE,
)
# Not how often ("three times a week", "twice a year", "once a month").
_DURATION = re.compile(
    rf"(?<!\w)(?<!times\s)(?<!once\s)(?<!twice\s)((?:{_COUNTS_EN})[\s-]+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?"
    r"|decades?|centuries|century|seasons?)(?:[\s-]+long)?"
    rf"|(?:{_COUNTS_RU})\s+(?:секунд\w*|минут\w*|час\w*|дн\w+|день|недел\w*|месяц\w*|сезон\w*"
    r"|год\w*|лет))(?!\w)(?![\s-]+(?:ago|old|earlier|later|after|назад|спустя)\b)",
    re.IGNORECASE,
)
# "since 2019", "с 24 февраля": a date that says how long, by the word before it.
_SINCE = re.compile(r"(?:^|\W)(?:since|с|со)\s+$", re.IGNORECASE)
_CURRENCY_SIGN = re.compile(r"[$£€₽¥]")
_CURRENCY_AFTER = re.compile(
    r"\s?(?:(?:US|U\.S\.|Canadian|Australian|Hong\s+Kong|Singapore)\s+)?"
    r"(?:dollars?|euros?|pounds?|sterling|crowns?|kronor|kroner|krona|rubles?|roubles?|yen"
    r"|yuan|renminbi|francs?|pesos?|rupees?|rand|dinars?|lira|shekels?|baht|ringgit|naira"
    r"|USD|EUR|GBP|рубл\w*|долл\w*|евро|фунт\w*|крон\w*|юан\w*|гривен|гривн\w*)(?!\w)",
    re.IGNORECASE,
)
# How often: "three times a week", "twice a year", "every 10 minutes", "daily",
# "три раза в неделю", "каждые 15 минут", "ежедневно".
_TIMES_EN = r"once|twice|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several)\s+times"
_TIMES_RU = r"раз|дважды|трижды|(?:\d+|два|три|четыре)\s+раза|(?:\d+|пять|шесть|семь)\s+раз"
_FREQUENCY = re.compile(
    rf"(?<!\w)(?:(?:{_TIMES_EN})\s+(?:a|per|each|every)\s+(?:day|week|month|year|hour|season)"
    r"|every\s+(?:\d+\s+|other\s+|two\s+|three\s+|few\s+)?(?:minutes?|hours?|days?|weeks?"
    r"|months?|years?)|daily|weekly|monthly|yearly|annually|hourly|nightly|fortnightly"
    rf"|(?:{_TIMES_RU})\s+в\s+(?:день|неделю|месяц|год|час|сутки)"
    r"|кажд(?:ый|ую|ое|ые)\s+(?:\d+\s+)?(?:минут\w*|час\w*|день|дня|дней|недел\w+|месяц\w*"
    r"|год\w*|лет)|ежедневно|еженедельно|ежемесячно|ежегодно)(?!\w)",
    re.IGNORECASE,
)
# When, without a number: a month ("takes effect in January"), or a year, month
# or week from now ("next year", "в следующем году"): dates answer "when" too.
_MONTHS_EN = (
    r"January|February|March|April|May|June|July|August|September|October|November|December"
)
_MONTHS_RU = r"январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре"
_WHEN_IN_WORDS = re.compile(
    rf"(?<!\w)(?:(?:in|from|since|until|by|before|after|early|late|mid-?|next|last|this)\s+"
    rf"(?:(?:early|late|mid-?)\s*)?({_MONTHS_EN})\b"
    r"|((?:next|last|this|later\s+this|earlier\s+this)\s+(?:year|month|week|spring|summer|autumn"
    r"|fall|winter))\b"
    rf"|(?:в|с|до|к)\s+({_MONTHS_RU})(?!\w)"
    r"|((?:в|на)\s+(?:следующем|прошлом|этом|будущем)\s+(?:году|месяце)"
    r"|на\s+(?:следующей|прошлой|этой)\s+неделе)(?!\w))",
)
# A time of day: "23:15", "9am", "9 a.m.", "10.30pm", "2:45 p.m. ET", "noon",
# "в 9 утра", "в 10 часов вечера", "полдень".
_AM_PM = r"\s?(?:[ap]\.m\.|[ap]m\b)"
_TIME_ZONE = r"(?:\s?(?:ET|EST|EDT|PT|PST|PDT|CT|GMT|BST|UTC|CET|CEST|MSK|local\s+time)\b)?"
_TIME_OF_DAY = re.compile(
    rf"(?<![\w.:,])(?:(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])(?:{_AM_PM})?"
    rf"|(?:1[0-2]|0?[1-9])(?:[.:][0-5]\d)?{_AM_PM}){_TIME_ZONE}"
    # "в 3 дня" (at 3 pm), not "за 3 дня" (in three days)
    r"|(?<=(?<!\w)[вВ]\s)(?:[01]?\d|2[0-3])\s+(?:час\w*\s+)?(?:утра|дня|вечера|ночи)(?!\w)"
    r"|(?<!\w)(?:noon|midday|midnight|полдень|полночь)(?!\w)",
    re.IGNORECASE,
)
# A chapter and verse: "Mark 15:34", "(Matt. 6:10)", "2 Cor. 5:17"; not "Tuesday 9:35".
_BOOK_BEFORE = re.compile(
    r"(?<!\w)(?!(?:At|By|Until|From|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
    r"[A-Z][a-z]+\.?\s$"
)
_AM_PM_AFTER = re.compile(rf"{_AM_PM}|[ap]m$", re.IGNORECASE)
_YEAR = re.compile(r",?\s(?:19|20)\d\d\b(?:\s?(?:года|г\.))?")
# A unit written short with a dot after it: "50 тыс. рублей", "1,2 млрд. долларов".
_SHORT_UNIT = re.compile(r"(?<!\w)(?:тыс|млн|млрд|трлн)$", re.IGNORECASE)
# Words that scale a figure just before them.
_UNIT = re.compile(
    r"\s?(?:bn|m|k|million|billion|trillion|thousand|hundred|%|percent|per cent"
    r"|тыс\.?|тысяч\w*|млн|млрд|миллион\w*|миллиард\w*|процент\w*)(?!\w)",
    re.IGNORECASE,
)
