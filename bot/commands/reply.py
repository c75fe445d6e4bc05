"""What a command receives and returns, free of any chat platform's types.

A Reply is blocks of lightly marked-up text plus buttons; each front end
(Telegram HTML, the console) decides how to draw them. A button carries the
follow-up command as text (e.g. "search 2 climate"), so pressing it is the
same as typing it. A reply written in a language other than the user's own
(they wrote in it) marks its buttons' commands with it ("ru|facts 5"), so
what they open is written in it too.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Style = Literal["plain", "bold", "italic", "code", "mark"]


@dataclass(frozen=True)
class Span:
    text: str
    style: Style = "plain"
    url: str | None = None


Block = tuple[Span, ...]


@dataclass(frozen=True)
class Button:
    label: str
    command: str


_MARK = "|"


def answered_in(command: str, language: str) -> str:
    """A button's command that answers in `language` ("ru|facts 5")."""
    return f"{language}{_MARK}{command}"


def button_language(command: str) -> tuple[str, str]:
    """A button's command and the language it answers in ("" when unmarked)."""
    language, mark, rest = command.partition(_MARK)
    if mark and len(language) == 2 and language.isalpha() and language.islower():
        return rest, language
    return command, ""


@dataclass(frozen=True)
class Request:
    """One thing a user asked: a command name and the text after it.

    `language` is the front end's guess (the user's Telegram language); the
    dispatcher swaps in the chat's own choice from /lang when it made one, or
    else the language the words are written in (`answer_in` when the front
    end knows it better: a button's, the user's own for a forwarded post).
    `manages_chat` is False for a group's member who is not one of its admins
    (the front end asks Telegram): they read, but the group's topics,
    schedule and language are its admins' to set.
    `reply_to_article` / `reply_text` describe the message the user replied
    to, so "/summary" as a reply to an article card or a link works. `links`
    are links the message carries besides its text (words linked to a page,
    as forwarded posts have them).
    """

    command: str
    args: str = ""
    chat_id: int = 0
    user_id: int = 0
    language: str = "en"
    reply_to_article: int | None = None
    reply_text: str | None = None
    links: tuple[str, ...] = ()
    answer_in: str = ""
    # Whether the user may change what the chat follows, when its updates come
    # and its language: False for a group's member who is not its admin.
    manages_chat: bool = True
    # The next-page command of the list replied to (its More results or Older
    # button's), so that "more" or "next" under it turns the page.
    reply_next: str = ""
    # The articles of the list replied to, by their numbers (its buttons
    # 1, 2, ...), so that "the second one" under it opens its second.
    reply_items: tuple[int, ...] = ()


@dataclass
class Reply:
    """What to say. `preview_url` asks for a link preview of that one page
    (article cards); `replaces` says a button's answer should take the place
    of the message the button was on (paging) rather than follow it."""

    blocks: list[Block] = field(default_factory=list)
    buttons: list[list[Button]] = field(default_factory=list)
    preview_url: str | None = None
    replaces: bool = False

    def add(self, *spans: Span | str) -> Reply:
        self.blocks.append(tuple(s if isinstance(s, Span) else Span(s) for s in spans))
        return self

    @property
    def plain_text(self) -> str:
        """All text, blocks separated by blank lines (for logs and tests)."""
        return "\n\n".join("".join(s.text for s in block) for block in self.blocks)


def bold(text: str) -> Span:
    return Span(text, "bold")


def italic(text: str) -> Span:
    return Span(text, "italic")


def link(text: str, url: str) -> Span:
    return Span(text, "plain", url)
