"""Plain text in a private chat: the article a link in it leads to, the stored
articles about a long text, else what the words ask for (news.questions):
mostly a search."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.commands.byline import byline_command
from bot.commands.cards import article_line, in_language, open_buttons
from bot.commands.facts import facts_command
from bot.commands.help import help_command
from bot.commands.lang import lang_command
from bot.commands.latest import (
    DEFAULT_LATEST,
    Wanted,
    latest_command,
    latest_of_period,
    newest_on,
    period_asked,
    without_news_word,
)
from bot.commands.question import question_command
from bot.commands.read import read_command
from bot.commands.related import related_command
from bot.commands.reply import Button, Reply, Request, Span, bold
from bot.commands.schedule import briefing_command, digest_command, quiet_command
from bot.commands.search import MAX_QUERY_CHARS, question_search_command, search_command
from bot.commands.sources import sources_command
from bot.commands.subscribe import (
    follow_command,
    subscribe_command,
    subscriptions_command,
    unsubscribe_command,
)
from bot.commands.summary import SENTENCES, article_summary, summary_command
from bot.commands.target import find_target, is_link, linked_in, with_scheme
from bot.commands.top import top_command, top_stories
from bot.commands.versions import versions_command
from bot.news.questions import (
    ONE_PERSON,
    Asked,
    asks_what_happened,
    item_number,
    names_this,
    read_message,
)
from bot.news.text import detect_language, languages_differ
from bot.newsroom import Newsroom
from bot.texts import LANGUAGES, text

ABOUT_SHOWN = 5


async def plain_text_command(newsroom: Newsroom, request: Request) -> Reply:
    """Readers paste links and forward posts: a link to a stored article opens
    its card, as /summary <link> does; a lone link that leads nowhere stored
    says so; a text too long to be search words (a paragraph, a post from
    elsewhere) lists the stored articles about it; anything else is read as a
    request in plain words ("tell me about OVD-Info", "summarise the
    congress", "what's new?", "follow Navalny", "hi")."""
    target = await linked_in(newsroom, " ".join((request.args, *request.links)))
    if target is not None:
        return article_summary(newsroom, target, request.language)
    if is_link(request.args) or (request.links and not request.args.strip()):
        return _unknown_link(newsroom, request)
    if len(request.args.strip()) > MAX_QUERY_CHARS:
        return await _about(newsroom, request.args, request.language)
    return await _asked(newsroom, request)


async def dated_search_command(newsroom: Newsroom, request: Request) -> Reply:
    """/search of words that end with a period ("Kestrel since April", "the
    drought in July"): the newest of them published then, as in plain words,
    since a search reads no dates; a More button's later page is the search's."""
    paged = request.args.lstrip().startswith("#")
    if not paged and (dated := await _news_of_a_period(newsroom, request)):
        return dated
    return await search_command(newsroom, request)


async def _asked(newsroom: Newsroom, request: Request) -> Reply:
    asked = read_message(request.args)
    if asked.kind in _SAID:
        return Reply().add(text(_SAID[asked.kind], request.language))
    plain = asked.kind in ("search", "latest") and not asked.wants
    # "what was the biggest story in June?" reads as "what was X?" until its period is off
    if (plain or asked.wants == "identity") and (
        dated := await _news_of_a_period(newsroom, request)
    ):
        return dated
    if request.reply_to_article is None and request.reply_next and _asks_next(asked):
        return await _next_page(newsroom, request)
    if (item := _item_asked(asked, request.reply_items)) is not None:
        # "the second one", "key facts of number 3" under a list: that article
        command = _ASKED_COMMANDS.get(asked.kind, summary_command)
        return await command(newsroom, replace(request, args=str(item)))
    if asked.kind == "more" or (asked.kind == "search" and names_this(asked.words)):
        # "tell me more (about it)", "подробнее" of a card: more of its summary, as its More button.
        card = request.reply_to_article
        more = f"{card} {SENTENCES * 2}" if card is not None else ""
        return await summary_command(newsroom, replace(request, args=more))
    if plain and request.reply_to_article is None and _ONE_PERSON.fullmatch(asked.words):
        # "what happened to her?", "что с ним?" of nothing read: no one to search for
        return Reply().add(text("answer.who_meant.other", request.language))
    if asked.wants:
        question = replace(request, args=asked.words)
        return await question_command(newsroom, question, asked.wants, asked.speaker, asked.verb)
    if asked.kind == "search" and await newsroom.section_named(asked.words, True):
        # "sport", "business news", "новости спорта": that section's newest.
        return await latest_command(newsroom, replace(request, args=asked.words))
    command = _ASKED_COMMANDS.get(asked.kind, search_command)
    if command is search_command and "?" in request.args:
        command = question_search_command
    return await command(newsroom, replace(request, args=asked.words))


# A person by a pronoun alone, in any case ("her", "ним").
_ONE_PERSON = re.compile(rf"{ONE_PERSON.pattern}|ему|ей|ним|ней|нему|него|неё|нее|нём|нем", re.I)


def _item_asked(asked: Asked, items: tuple[int, ...]) -> int | None:
    """The article of the list replied to that the words name by its place
    ("the second one", "вторую"; summarised, or as the frame asks: "facts of
    number 3"), None when they name none or the list has no such place."""
    if not items or asked.wants or asked.kind not in ("search", "summary", "facts", "related"):
        return None
    place = item_number(asked.words)
    if place is None or place > len(items):
        return None
    return items[place - 1] if place > 0 else items[-1]  # -1: the last


def _asks_next(asked: Asked) -> bool:
    """ "more", "next", "ещё", "дальше" under a list: its next page."""
    return asked.kind == "more" or (asked.kind == "search" and asked.words.lower() in _NEXT)


# Words for a list's next page that read as a search of them otherwise.
_NEXT = frozenset(
    ("next", "next page", "older", "show more", "more results", "следующие", "следующая")
)


async def _next_page(newsroom: Newsroom, request: Request) -> Reply:
    """The page the list replied to turns to, as its button would."""
    command, _, args = request.reply_next.partition(" ")
    turn = search_command if command == "search" else latest_command
    return await turn(newsroom, replace(request, command=command, args=args))


async def _news_of_a_period(newsroom: Newsroom, request: Request) -> Reply | None:
    """News asked for by when it was published ("news from April", "Kestrel
    news in March"): the newest published then, as /latest lists them; "what
    happened on 12 June?", "что было вчера?": the stories most reported then,
    as /top lists them. None when the message ends
    with no period, or has words no article of the period holds: "the war in
    2022" may be about 2022, and the search for all its words answers (not
    "Kestrel news yesterday": no event's period)."""
    found = await period_asked(newsroom, request.args.strip())
    if found is None:
        return None
    rest, period = found
    before = read_message(rest) if rest else None
    if asks_what_happened(rest) or (before is not None and before.kind == "top"):
        # "what happened in March?", "главные новости на прошлой неделе": the most reported then
        return await top_stories(newsroom, request.language, "", period)
    if before is not None and (before.kind not in ("search", "latest") or before.wants):
        return None
    words = without_news_word(before.words) if before else ""
    wanted = Wanted(DEFAULT_LATEST, None, words, period)
    reply = await latest_of_period(newsroom, wanted, request.language)
    return reply if reply.buttons or not words or period.relative else None


async def _newest(newsroom: Newsroom, request: Request) -> Reply:
    """ "what's new?": the latest articles; "latest from BBC News", "latest
    in sport", "the drought in Russian": that source's, section's or
    language's, as /latest; "latest on X": the
    newest on X, or, when none has every word, a search for those with some."""
    words = request.args
    if (
        not words
        or words.isdecimal()  # "the latest 3 articles"
        or _in_one_language(words)
        or await newsroom.source_named(words)
        or await newsroom.section_named(words)
    ):
        return await latest_command(newsroom, request)
    newest = await newest_on(newsroom, request.args, request.language)
    return newest or await search_command(newsroom, request)


def _in_one_language(words: str) -> bool:
    """Whether the words were asked in one language ("ru the drought": the
    drought in Russian, news.questions), as /latest reads them."""
    return words.split()[0] in LANGUAGES


async def _follow(newsroom: Newsroom, request: Request) -> Reply:
    """ "follow Navalny": the topic; "follow this" in reply to a card, or
    "follow 5": that article's story."""
    if not request.args or request.args.isdecimal():
        return await follow_command(newsroom, request)
    return await subscribe_command(newsroom, request)


async def _top_stories(newsroom: Newsroom, request: Request) -> Reply:
    """ "what happened today?", "top stories": the day's briefing (its most
    reported stories, or its newest reports on a quiet day); "this week":
    /top week."""
    if request.args:
        return await top_command(newsroom, request)
    return await briefing_command(newsroom, replace(request, args="now"))


async def _best_match_card(newsroom: Newsroom, request: Request) -> Reply:
    """ "open the article about the congress": the card of the best match."""
    target = await find_target(newsroom, request, "summary.usage")
    return (
        target if isinstance(target, Reply) else article_summary(newsroom, target, request.language)
    )


async def _quiet_hours(newsroom: Newsroom, request: Request) -> Reply:
    """ "from 10pm to 7am", "с 23:00 до 07:00": /quiet 22:00-07:00."""
    hours = _UNTIL.sub("-", request.args, count=1)
    return await quiet_command(newsroom, replace(request, args=hours))


# "to" between quiet hours, as /quiet writes it: "22:00-07:00".
_UNTIL = re.compile(r"\s*(?:\bto\b|\btill\b|\buntil\b|\bдо\b|[-–])\s*", re.IGNORECASE)
# What a greeting, thanks, an "ok" or a goodbye gets.
_SAID = {
    "greeting": "chat.greeting",
    "thanks": "chat.thanks",
    "acknowledged": "chat.acknowledged",
    "goodbye": "chat.goodbye",
}
# What each kind of request (news.questions) goes to, with its words; anything else, a search.
_ASKED_COMMANDS = {
    "help": help_command,
    "open": _best_match_card,
    "latest": _newest,
    "top": _top_stories,
    "summary": summary_command,
    "facts": facts_command,
    "related": related_command,
    "read": read_command,
    "subscribe": _follow,
    "unsubscribe": unsubscribe_command,
    "subscriptions": subscriptions_command,
    "digest": digest_command,
    "briefing": briefing_command,
    "quiet": _quiet_hours,
    "lang": lang_command,
    "byline": byline_command,
    "sources": sources_command,
    "versions": versions_command,
}


def _unknown_link(newsroom: Newsroom, request: Request) -> Reply:
    """Nothing stored there; an editor may store it (one link, which /add reads)."""
    reply = Reply().add(text("article.unknown_link", request.language))
    links = [request.args.strip()] if is_link(request.args) else request.links
    if newsroom.is_admin(request.user_id) and len(links) == 1:
        adds = f"add {with_scheme(links[0])}"  # /add reads web addresses only
        reply.buttons = [[Button(text("button.add_page", request.language), adds)]]
    return reply


async def _about(newsroom: Newsroom, pasted: str, lang: str) -> Reply:
    """The stored articles closest to a pasted text, in any language."""
    found = (await newsroom.related_to_text(pasted))[:ABOUT_SHOWN]
    if not found:
        return Reply().add(text("about.none", lang))
    reply = Reply().add(bold(text("about.title", lang)))
    language = detect_language(pasted)
    for number, article in enumerate(found, start=1):
        line = article_line(article, lang, number)
        if languages_differ(language, article.language):
            where = text(in_language(article.language), lang)
            line = (*line, Span(f" · {where}", "italic"))
        reply.blocks.append(line)
    reply.buttons = open_buttons(found)
    return reply
