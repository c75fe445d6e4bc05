"""The console chat: the same commands as Telegram, at a terminal prompt.

Buttons become numbered choices; typing the number presses the button.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import sys
from dataclasses import replace
from pathlib import Path
from typing import TextIO

from bot.commands import button_request, dispatch, parse_command
from bot.commands.reply import Button, Reply, Request, Span
from bot.commands.target import article_of_buttons, items_of, next_page_of
from bot.config import Settings
from bot.delivery.briefings import Briefings
from bot.delivery.outbox import CONSOLE_CHAT, Outbox
from bot.news.text import visible
from bot.newsroom import Newsroom

PROMPT = "you> "
CONSOLE_USER = 0
HISTORY_FILE = Path.home() / ".newsroom_bot_history"
MAX_INPUT_CHARS = 4000

_ANSI = {"bold": "\033[1m", "italic": "\033[3m", "code": "\033[36m", "mark": "\033[1;33m"}
_RESET = "\033[0m"


def choices(reply: Reply) -> dict[str, Button]:
    """What the user can type to press each button: a numbered button (an item
    of the list above it) by its own number, the others by the numbers after
    the list's (items 6-8 of a second page, then [9] More results)."""
    found = {b.label: b for row in reply.buttons for b in row if b.label.isdecimal()}
    number = max((int(label) for label in found), default=0)
    for button in (b for row in reply.buttons for b in row if not b.label.isdecimal()):
        number += 1
        found[str(number)] = button
    return found


def render(reply: Reply, color: bool = False) -> str:
    """Plain text of a reply: blocks, then buttons as [1] [2] choices."""
    parts = ["".join(_span(s, color) for s in block) for block in reply.blocks]
    keys = choices(reply)
    numbered = " ".join(f"[{k}]" for k, b in keys.items() if b.label == k)
    named = "  ".join(f"[{k}] {b.label}" for k, b in keys.items() if b.label != k)
    if keys:
        parts.append("  ".join(p for p in (numbered, named) if p))
    return "\n\n".join(parts)


def _span(span: Span, color: bool) -> str:
    shown = span.text
    if color and span.style in _ANSI:
        shown = f"{_ANSI[span.style]}{shown}{_RESET}"
    if span.url and span.url != span.text:  # a link shown as its address is shown once
        shown += f" <{span.url}>"
    return shown


def chat(settings: Settings, *, stdin: TextIO = sys.stdin, stdout: TextIO = sys.stdout) -> int:
    """Run the prompt loop until end of input or Ctrl-C."""
    interactive = stdin.isatty() and stdout.isatty()
    color = interactive and os.environ.get("NO_COLOR") is None
    if interactive:
        _enable_line_editing()
    # Whoever runs the console holds the database file: an editor, as the
    # ingest command's user is (requests here come from user 0, no Telegram id).
    settings = replace(settings, admin_ids=settings.admin_ids | {CONSOLE_USER})
    with asyncio.Runner() as runner:
        newsroom = runner.run(Newsroom.open(settings))
        sender = ConsoleSender(stdout, color)
        outbox = Outbox(newsroom, sender, only_chat=CONSOLE_CHAT, pace=False)
        briefings = Briefings(newsroom, sender, only_chat=CONSOLE_CHAT)
        try:
            for line in runner.run(_greeting(newsroom, settings)):
                print(line, file=stdout, flush=True)
            keys: dict[str, Button] = {}
            card: int | None = None  # the article of the card last shown, as if replied to
            next_page = ""  # the last list's next page ("more" turns to it)
            items: tuple[int, ...] = ()  # the last list's articles ("the second one")
            while (entered := _read(stdin, stdout, interactive)) is not None:
                request = _request(entered, keys)
                if request is None:
                    continue
                request = replace(
                    request, reply_to_article=card, reply_next=next_page, reply_items=items
                )
                reply = runner.run(dispatch(newsroom, request))
                keys = choices(reply)
                card = article_of_buttons(b.command for b in keys.values())
                next_page = next_page_of(b.command for b in keys.values())
                items = items_of((b.label, b.command) for b in keys.values())
                print(render(reply, color) + "\n", file=stdout, flush=True)
                runner.run(_updates(newsroom, outbox, briefings))
        finally:
            runner.run(newsroom.close())
            if interactive:
                _save_history()
    return 0


class ConsoleSender:
    """Topic updates for the console chat, printed before the next prompt."""

    def __init__(self, stdout: TextIO, color: bool) -> None:
        self.stdout = stdout
        self.color = color

    async def send(self, chat_id: int, reply: Reply) -> None:
        print(render(reply, self.color) + "\n", file=self.stdout, flush=True)


async def _updates(newsroom: Newsroom, outbox: Outbox, briefings: Briefings) -> None:
    """Show updates on followed topics (articles an editor stored meanwhile),
    and the daily briefing when its time has come."""
    await newsroom.after_ingest()
    await outbox.drain()
    await briefings.send_due()


async def _greeting(newsroom: Newsroom, settings: Settings) -> list[str]:
    lines = []
    if settings.load_demo:
        report = await newsroom.load_demo_if_empty()
        if report is not None:
            lines.append(
                f"New database {settings.db_path}: loaded the demo set "
                f"({report.added} articles written for this project)."
            )
    count = await newsroom.storage.count()
    lines.append(
        f"newsroom-bot console chat over {count} articles in {settings.db_path}. "
        "Type /help, words to search, or Ctrl-D to leave.\n"
    )
    return lines


def _read(stdin: TextIO, stdout: TextIO, interactive: bool) -> str | None:
    try:
        if interactive:
            return input(PROMPT)
        line = stdin.readline()
        return line.rstrip("\n") if line else None
    except (EOFError, KeyboardInterrupt):
        if interactive:
            print(file=stdout)
        return None


def _request(line: str, keys: dict[str, Button]) -> Request | None:
    line = visible(line).strip()[:MAX_INPUT_CHARS]  # as Telegram messages are read
    if not line:
        return None
    if line in keys:
        return button_request(keys[line].command, parse_command(line).language)
    return parse_command(line)


def _enable_line_editing() -> None:
    try:
        import readline
    except ImportError:  # not on every platform; the chat works without it
        return
    with contextlib.suppress(OSError):
        readline.read_history_file(HISTORY_FILE)


def _save_history() -> None:
    try:
        import readline

        readline.set_history_length(1000)
        readline.write_history_file(HISTORY_FILE)
    except (ImportError, OSError):
        pass
