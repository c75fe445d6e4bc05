"""/lang en|ru: the chat's interface language (else the user's Telegram language)."""

from __future__ import annotations

from bot.commands.editors import chat_refusal
from bot.commands.reply import Reply, Request
from bot.newsroom import Newsroom
from bot.texts import LANGUAGES, text


async def lang_command(newsroom: Newsroom, request: Request) -> Reply:
    choice = request.args.strip().lower()
    if choice not in LANGUAGES:
        return Reply().add(text("lang.usage", request.language))
    if refused := chat_refusal(request):
        return refused
    await newsroom.set_language(request.chat_id, choice)
    return Reply().add(text("lang.done", choice))
