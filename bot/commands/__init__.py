"""Per-command handlers: Request -> Reply, shared by every front end.

`dispatch` is the one entry point; the front ends only parse what the user
sent into a Request and draw the Reply.
"""

from __future__ import annotations

import difflib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import replace

from bot.commands.add import add_command
from bot.commands.facts import facts_command
from bot.commands.feeds import feed_add_command, feed_remove_command, feeds_command
from bot.commands.help import COMMANDS, EDITOR_COMMANDS, help_command, start_command
from bot.commands.lang import lang_command
from bot.commands.latest import latest_command
from bot.commands.plain import dated_search_command, plain_text_command
from bot.commands.read import read_command
from bot.commands.related import related_command
from bot.commands.remove import remove_command, remove_now_command
from bot.commands.reply import Button, Reply, Request, answered_in, button_language
from bot.commands.schedule import briefing_command, digest_command, quiet_command
from bot.commands.sections import sections_command
from bot.commands.sources import sources_command
from bot.commands.stats import stats_command
from bot.commands.subscribe import (
    follow_command,
    resubscribe_command,
    subscribe_command,
    subscriptions_command,
    unsubscribe_command,
)
from bot.commands.summary import summary_command
from bot.commands.top import top_command
from bot.news.questions import read_message
from bot.news.text import shorten
from bot.newsroom import Newsroom, written_language
from bot.texts import text

log = logging.getLogger(__name__)

Handler = Callable[[Newsroom, Request], Awaitable[Reply]]
# How alike (difflib's ratio) a mistyped command must be to one of ours to be
# offered as it: "summery" and "serach" are (0.86, 0.83), "facts" and "start" not.
MEANT_CUTOFF = 0.8

HANDLERS: dict[str, Handler] = {
    "start": start_command,
    "help": help_command,
    "latest": latest_command,
    "top": top_command,
    "sources": sources_command,
    "sections": sections_command,
    "search": dated_search_command,
    "summary": summary_command,
    "facts": facts_command,
    "related": related_command,
    "read": read_command,
    "lang": lang_command,
    "subscribe": subscribe_command,
    "subscriptions": subscriptions_command,
    "unsubscribe": unsubscribe_command,
    "follow": follow_command,
    "resubscribe": resubscribe_command,
    "digest": digest_command,
    "quiet": quiet_command,
    "briefing": briefing_command,
    "feeds": feeds_command,
    "feed_add": feed_add_command,
    "feed_remove": feed_remove_command,
    "remove": remove_command,
    "remove_now": remove_now_command,
    "add": add_command,
    "stats": stats_command,
}


async def dispatch(newsroom: Newsroom, request: Request) -> Reply:
    """Run the command a Request names; plain text (command "") is a search,
    or the article a link in it leads to (see plain_text_command)."""
    own = request.language
    written = request.answer_in or written_language(request.args)
    language = await newsroom.language(request.chat_id, own, written)
    request = replace(request, language=language)
    reply = await _handled(newsroom, request)
    if language != own and language == written:  # what its buttons open is in it too
        reply.buttons = [[_in(button, language) for button in row] for row in reply.buttons]
    return reply


async def _handled(newsroom: Newsroom, request: Request) -> Reply:
    if not request.command and (named := bare_command(newsroom, request)):
        # "subscriptions", "unsubscribe", "подписки": the command, its slash left out
        return await HANDLERS[named](newsroom, replace(request, command=named, args=""))
    if not request.command:
        return await plain_text_command(newsroom, request)
    name = request.command.lower()
    handler = HANDLERS.get(name)
    if handler is None:
        return _unknown(request)
    return await handler(newsroom, request)


# Commands that may change what a chat follows, when, or its language (and
# plain words asking for one, "follow Navalny"; /start, whose link may follow
# a topic): in a group, only its admins' do (commands.editors.chat_refusal).
CHANGING_A_CHAT = frozenset(
    "start subscribe unsubscribe follow resubscribe digest quiet briefing lang".split()
)
# Those and the editors' that change what is stored: run again when the
# message asking one is edited, they are answered anew, never by rewriting
# the answer to what was asked before, which was done all the same.
CHANGING = CHANGING_A_CHAT | {"add", "remove", "remove_now", "feed_add", "feed_remove"}


def intended_command(newsroom: Newsroom, request: Request) -> str:
    """The command a request comes to: its own, a command's name typed
    without its slash, or the kind of request its plain words make
    (news.questions: "follow Navalny" is "subscribe")."""
    return (
        request.command.lower()
        or bare_command(newsroom, request)
        or read_message(request.args).kind
    )


def bare_command(newsroom: Newsroom, request: Request) -> str | None:
    """The command a message is the name of, typed without its slash (or in
    Russian words): a reader's, or an editor's of an editor's; else None. A
    lone "unsubscribe" searched for the word, and offered it to follow."""
    word = request.args.strip().lower().rstrip("?!.").lstrip("/")
    if word in _READERS_NAMES or (word in _EDITORS_NAMES and newsroom.is_admin(request.user_id)):
        return word
    return _NAMED.get(word) or _ALIASES.get(word)


_READERS_NAMES = frozenset(c.name for c in COMMANDS)
_EDITORS_NAMES = frozenset(c.name for c in EDITOR_COMMANDS)
# Words that name a command alone (besides _ALIASES): English, Russian.
_NAMED = {
    "follow": "subscribe",
    "unfollow": "unsubscribe",
    "подписаться": "subscribe",
    "подписка": "subscribe",
    "подписки": "subscriptions",
    "отписаться": "unsubscribe",
    "отписка": "unsubscribe",
    "источники": "sources",
    "разделы": "sections",
    "рубрики": "sections",
    "язык": "lang",
    "поиск": "search",
    "дайджест": "digest",
    "обзор": "briefing",
    "факты": "facts",
}
# Commands other bots have that readers type here, as ours are named.
_ALIASES = {"news": "latest", "headlines": "top", "find": "search", "stop": "unsubscribe"}
# Commands that buttons send, which no reader types.
_PRESSED_ONLY = frozenset(("remove_now", "resubscribe"))


def _unknown(request: Request) -> Reply:
    """A command we do not have: the one it was likely meant as, with a
    button that runs it ("/summery 5": /summary 5; "/latest5": /latest 5)."""
    lang = request.language
    meant = meant_command(request.command)
    if meant is None:
        return Reply().add(text("unknown_command", lang, command=request.command[:32]))
    name = " ".join(part for part in meant if part)  # "latest 5"
    typed = request.command[:32]
    reply = Reply().add(text("unknown_command.meant", lang, command=typed, meant=name))
    command = f"{name} {request.args}".strip()
    reply.buttons = [[Button("/" + shorten(command, 40), command)]]
    return reply


def meant_command(typed: str) -> tuple[str, str] | None:
    """The reader's command a mistyped one was likely meant as, with digits
    typed onto it: ("latest", "5") for "latest5", ("summary", "") for
    "summery"; None when none is near. Short names are left alone ("stop"
    is no "top")."""
    typed = typed.lower()
    head = typed.rstrip("0123456789")
    if head != typed and head in HANDLERS:
        return head, typed[len(head) :]
    if head in _ALIASES:
        return _ALIASES[head], ""
    if len(head) < 4:
        return None
    names = [name for name in HANDLERS if name not in _PRESSED_ONLY]
    close = difflib.get_close_matches(head, names, n=1, cutoff=MEANT_CUTOFF)
    return (close[0], typed[len(head) :]) if close else None


def _in(button: Button, language: str) -> Button:
    command, _ = button_language(button.command)
    return Button(button.label, answered_in(command, language))


def button_request(command: str, language: str) -> Request:
    """What pressing a button asks, of a user whose own language is
    `language`: its command, answered in the language it is marked with
    (reply.answered_in), else in theirs: a button's words are not the user's
    ("Follow “Навальный”" under an English reply)."""
    command, marked = button_language(command)
    return replace(parse_command("/" + command), language=language, answer_in=marked or language)


def parse_command(line: str) -> Request:
    """'/search words' -> Request('search', 'words'); plain text -> a search."""
    line = line.strip()
    if not line.startswith("/"):
        return Request("", line)
    head, _, args = line[1:].partition(" ")
    name = head.split("@", 1)[0]
    return Request(name, args.strip())
