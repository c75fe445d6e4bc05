"""Plain text in a private chat: the article a link in it leads to, else a search."""

from __future__ import annotations

from bot.commands.reply import Reply, Request
from bot.commands.search import search_command
from bot.commands.summary import article_summary
from bot.commands.target import is_link, linked_in
from bot.newsroom import Newsroom
from bot.texts import text


async def plain_text_command(newsroom: Newsroom, request: Request) -> Reply:
    """Readers paste links and forward posts that carry them: a link to a
    stored article opens its card, as /summary <link> does; a link alone
    that leads nowhere stored says so; anything else is a search."""
    target = await linked_in(newsroom, request.args)
    if target is not None:
        return article_summary(newsroom, target, request.language)
    if is_link(request.args):
        return Reply().add(text("article.unknown_link", request.language))
    return await search_command(newsroom, request)
