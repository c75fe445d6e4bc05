"""What a Telegram message asks for, as a Request the commands understand."""

from __future__ import annotations

import re

from telegram import Message, MessageEntity

from bot.commands import parse_command
from bot.commands.reply import Request
from bot.commands.target import MAX_LINKS, article_of_buttons
from bot.news.text import visible
from bot.newsroom import interface_language

# The longest text we read from one message (Telegram allows 4096).
MAX_TEXT = 4096


def addressee(text: str) -> str | None:
    """The bot a command names: 'ThisBot' in '/help@ThisBot', else None."""
    head = text.split(maxsplit=1)[0] if text.strip() else ""
    if not head.startswith("/") or "@" not in head:
        return None
    return head.split("@", 1)[1]


def addressed_in_group(message: Message, bot_id: int, bot_name: str) -> str | None:
    """The words of a group's message that are meant for the bot: one that
    names it ("@NewsroomBot any news on Navalny?"), without the name, or one
    that replies to something the bot sent. None for the group's own talk
    (and for commands, which are read as commands)."""
    said = visible(message.text or "")
    if said.lstrip().startswith("/"):
        return None
    if bot_name:
        named = re.compile(rf"@{re.escape(bot_name)}\b", re.IGNORECASE)
        if named.search(said):
            return " ".join(named.sub(" ", said).split())
    replied = message.reply_to_message
    if replied is not None and replied.from_user is not None and replied.from_user.id == bot_id:
        return said
    return None


def message_request(message: Message, language_code: str | None) -> Request:
    """A message's command (or plain text, a search) with who sent it and what it
    answers: the article of a card it replies to, or the replied-to text. A
    photo's caption (a forwarded channel post) counts as its text."""
    parsed = parse_command(visible(message.text or message.caption or "")[:MAX_TEXT])
    replied = message.reply_to_message
    language = interface_language(language_code)
    return Request(
        command=parsed.command,
        args=parsed.args,
        chat_id=message.chat_id,
        user_id=message.from_user.id if message.from_user else 0,
        language=language,
        # A forwarded post's words are its writer's: the answer is in the reader's language.
        answer_in=language if message.forward_origin else "",
        reply_to_article=card_article(replied) if replied else None,
        reply_text=(replied.text or replied.caption) if replied else None,
        links=hidden_links(message),
    )


def hidden_links(message: Message) -> tuple[str, ...]:
    """The pages words of the message link to ("Read more" in a channel post):
    their addresses are not in its text."""
    entities = (*(message.entities or ()), *(message.caption_entities or ()))
    found = (e.url for e in entities if e.type == MessageEntity.TEXT_LINK and e.url)
    return tuple(found)[:MAX_LINKS]


def card_article(message: Message) -> int | None:
    """The article a card of ours is about, read off its buttons (see
    commands.target.article_of_buttons)."""
    markup = message.reply_markup
    if markup is None:
        return None
    data = (button.callback_data for row in markup.inline_keyboard for button in row)
    return article_of_buttons(d for d in data if isinstance(d, str))
