"""/search <words> (and plain text): ranked articles with the matching passage."""

from __future__ import annotations

from bot.commands.cards import add_found, languages_heading, open_buttons
from bot.commands.reply import Button, Reply, Request, bold, italic
from bot.news.text import has_russian_letters, shorten
from bot.news.topics import parse_topic, split_exclusions
from bot.newsroom import Newsroom, SearchResult
from bot.texts import text

PAGE_SIZE = 5
MAX_PAGES = 20
MAX_QUERY_CHARS = 300
# The most words a search that found nothing may have to be offered as a topic
# to follow: "Kestrel strike" is one; a sentence is not.
MAX_FOLLOW_WORDS = 4
FOLLOW_CHARS = 40


async def search_command(newsroom: Newsroom, request: Request) -> Reply:
    reply, _ = await searched(newsroom, request)
    return reply


async def question_search_command(newsroom: Newsroom, request: Request) -> Reply:
    """A question's words searched ("what's the weather like tomorrow?"):
    no offer to follow them, which read as a topic only when a topic was sent."""
    reply, _ = await searched(newsroom, request, offer_follow=False)
    return reply


async def searched(
    newsroom: Newsroom, request: Request, *, offer_follow: bool = True
) -> tuple[Reply, SearchResult | None]:
    """The search's reply, and what it found (None when it did not search).
    Words no article has are offered as a topic to follow, unless the caller
    searched a question's words (offer_follow=False)."""
    lang = request.language
    page, query = page_and_query(request.args)
    if not query:
        return Reply().add(text("search.usage", lang)), None
    if len(query) > MAX_QUERY_CHARS:
        return Reply().add(text("search.too_long", lang, max=MAX_QUERY_CHARS)), None
    if only_left_out(query):
        return Reply().add(text("search.only_left_out", lang)), None
    result = await newsroom.search(query, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE)
    if page == 1:  # typed, not a More button
        await newsroom.note_search(query, result)
    reply = _results(result, query, page, lang)
    if _found_nothing(result):
        await _say_all_left_out(newsroom, reply, query, lang)
    if offer_follow and _found_nothing(result) and _followable(query):
        _offer_follow(reply, query, lang)
    return reply, result


def _results(result: SearchResult, query: str, page: int, lang: str) -> Reply:
    shown = shorten(query, 60)
    if _found_nothing(result):
        key = "search.none" if any(ch.isalnum() for ch in query) else "search.no_words"
        return Reply().add(text(key, lang, query=shown))
    # Later pages come from the More button: they take the place of the page before.
    reply = Reply(replaces=page > 1)
    if result.respelt:  # nothing had the words as typed
        query = result.respelt
        reply.add(text("search.respelt", lang, query=shown, respelt=shorten(query, 60)))
    elif result.found or page > 1:
        reply.add(bold(text("search.title", lang, query=shown)))
    elif result.across_by:  # only reports in the other language have its names or words
        names = shorten(result.across_by, 60)
        named = "_worded" if result.worded else "_named"
        reply.add(text(none_in(query) + named, lang, query=shown, names=names))
    else:  # only reports in the other language name it
        reply.add(text(none_in(query), lang, query=shown))
    if result.mode == "any":
        reply.add(italic(text("search.partial", lang)))
    first = (page - 1) * PAGE_SIZE + 1
    add_found(reply, result.found, lang, first)
    if result.across:
        reply.add(bold(text(languages_heading([f.article for f in result.across]), lang)))
    add_found(reply, result.across, lang, first + len(result.found))
    reply.buttons = open_buttons([f.article for f in result.found + result.across], first)
    row = []
    if result.has_more and page < MAX_PAGES:
        row.append(Button(text("search.more", lang), f"search #{page + 1} {query}"))
    if result.mode == "all" and (result.has_more or len(result.found) > 1):
        row.append(Button(text("latest.newest_first", lang), f"latest {PAGE_SIZE} {query}"))
    if row:
        reply.buttons.append(row)
    return reply


async def _say_all_left_out(newsroom: Newsroom, reply: Reply, query: str, lang: str) -> None:
    """'Nothing found' for 'farmers -drought' when articles have "farmers":
    say that each of them has what was left out, so the reader knows the
    words themselves are covered and can drop the minus."""
    looked_for, left_out = split_exclusions(query)
    if not left_out or not looked_for:
        return
    found = await newsroom.search(looked_for, limit=1)
    if found.mode != "all" or not found.found:
        return
    typed = sorted(left_out, key=query.find)
    quoted = [text("search.quoted", lang, words=shorten(word, 40)) for word in typed]
    left = f" {text('search.or', lang)} ".join(quoted)
    reply.add(text("search.all_left_out", lang, query=shorten(looked_for, 60), left_out=left))


def _found_nothing(result: SearchResult) -> bool:
    return result.mode == "none" and not result.found and not result.across


def _followable(query: str) -> bool:
    """Whether words that found nothing read as a topic (a name, a few words),
    which a reader may well want to hear of once it is reported."""
    if len(query) > FOLLOW_CHARS or len(query.split()) > MAX_FOLLOW_WORDS:
        return False
    return parse_topic(query) is not None


def _offer_follow(reply: Reply, query: str, lang: str) -> None:
    """Nothing on it yet: one tap follows it, and the first report comes."""
    topic = " ".join(query.split())
    reply.add(text("search.follow_offer", lang))
    label = text("button.follow_also", lang, topic=topic)
    reply.buttons = [[Button(label, f"subscribe {topic}")]]


def only_left_out(query: str) -> bool:
    """Whether the words are all "-word"s: leave out, but look for nothing."""
    looked_for, left_out = split_exclusions(query)
    return bool(left_out) and not any(ch.isalnum() for ch in looked_for)


def none_in(query: str) -> str:
    """'No article in Russian has ...': words match words of their own script."""
    return "search.none_in.ru" if has_russian_letters(query) else "search.none_in.en"


def page_and_query(args: str) -> tuple[int, str]:
    """'#3 words' asks for page 3 (what the More button sends, and /latest's
    Older: '#3 5 ru'); else page 1."""
    args = args.strip()
    head, _, rest = args.partition(" ")
    if head.startswith("#") and head[1:].isdecimal() and 1 <= int(head[1:]) <= MAX_PAGES:
        return int(head[1:]), rest.strip()
    return 1, args
