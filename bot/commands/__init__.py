"""Per-command handlers: Request -> Reply, shared by every front end.

`dispatch` is the one entry point; the front ends only parse what the user
sent into a Request and draw the Reply.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import replace

from bot.commands.add import add_command
from bot.commands.facts import facts_command
from bot.commands.feeds import feed_add_command, feed_remove_command, feeds_command
from bot.commands.help import help_command, start_command
from bot.commands.lang import lang_command
from bot.commands.latest import latest_command
from bot.commands.plain import plain_text_command
from bot.commands.read import read_command
from bot.commands.related import related_command
from bot.commands.remove import remove_command, remove_now_command
from bot.commands.reply import Button, Reply, Request, button_language, in_language
from bot.commands.schedule import briefing_command, digest_command, quiet_command
from bot.commands.search import search_command
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
from bot.newsroom import Newsroom, written_language
from bot.texts import text

log = logging.getLogger(__name__)

Handler = Callable[[Newsroom, Request], Awaitable[Reply]]

HANDLERS: dict[str, Handler] = {
    "start": start_command,
    "help": help_command,
    "latest": latest_command,
    "top": top_command,
    "sources": sources_command,
    "sections": sections_command,
    "search": search_command,
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
    if language != own:  # what its buttons open is in that language too
        reply.buttons = [[_in(button, language) for button in row] for row in reply.buttons]
    return reply


async def _handled(newsroom: Newsroom, request: Request) -> Reply:
    if not request.command:
        return await plain_text_command(newsroom, request)
    name = request.command.lower()
    handler = HANDLERS.get(name)
    if handler is None:
        return Reply().add(text("unknown_command", request.language, command=request.command[:32]))
    return await handler(newsroom, request)


def _in(button: Button, language: str) -> Button:
    command, _ = button_language(button.command)
    return Button(button.label, in_language(command, language))


def button_request(command: str, language: str) -> Request:
    """What pressing a button asks, of a user whose own language is
    `language`: its command, answered in the language it is marked with
    (reply.in_language), else in theirs: a button's words are not the user's
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
