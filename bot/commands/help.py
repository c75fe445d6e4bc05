"""/start and /help: what the bot is and how to use it."""

from __future__ import annotations

from bot.commands.latest import MAX_LATEST
from bot.commands.reply import Reply, Request, Span, bold, italic
from bot.commands.summary import article_summary
from bot.commands.target import Target, article_id
from bot.newsroom import Newsroom
from bot.texts import text

# (command, example arguments, catalogue key of its one-line description)
COMMANDS: list[tuple[str, str, str]] = [
    ("latest", "5", "help.latest"),
    ("search", "anti-war congress Brussels", "help.search"),
    ("summary", "1", "help.summary"),
    ("summary", "OVD-Info detentions", "help.topic"),
    ("facts", "1", "help.facts"),
    ("related", "1", "help.related"),
    ("subscribe", "OVD-Info detentions", "help.subscribe"),
    ("subscriptions", "", "help.subscriptions"),
    ("digest", "08:00 Europe/Berlin", "help.digest"),
    ("quiet", "22:00-07:00", "help.quiet"),
    ("lang", "ru", "help.lang"),
    ("help", "", "help.help"),
]

# Shown to the user ids in ADMIN_IDS only.
EDITOR_COMMANDS: list[tuple[str, str, str]] = [
    ("add", "https://example.org/2026/01/story.html", "help.add"),
    ("feeds", "", "help.feeds"),
    ("feed_add", "https://example.org/rss.xml", "help.feed_add"),
    ("feed_remove", "2", "help.feed_remove"),
    ("remove", "42", "help.remove"),
    ("stats", "", "help.stats"),
]


async def help_command(newsroom: Newsroom, request: Request) -> Reply:
    lang = request.language
    reply = Reply().add(bold(text("help.title", lang))).add(text("help.intro", lang))
    _add_commands(reply, COMMANDS, lang)
    if newsroom.is_admin(request.user_id):
        reply.add(bold(text("help.editors", lang)))
        _add_commands(reply, EDITOR_COMMANDS, lang)
    return reply.add(italic(text("help.tips", lang)))


def _add_commands(reply: Reply, commands: list[tuple[str, str, str]], lang: str) -> None:
    for name, example, key in commands:
        usage = f"/{name} {example}".rstrip()
        reply.add(Span(usage, "code"), " — " + text(key, lang, max=MAX_LATEST))


async def start_command(newsroom: Newsroom, request: Request) -> Reply:
    """A greeting and the help; a deep link (?start=a42) opens that article."""
    await newsroom.subscriptions.reactivate(request.chat_id)  # unblocked: updates resume
    payload = request.args.strip()
    if payload:
        number = article_id(payload)
        article = await newsroom.article(number) if number is not None else None
        if article is not None:
            return article_summary(newsroom, Target(article), request.language)
    reply = await help_command(newsroom, request)
    reply.blocks.insert(0, (Span(text("start.welcome", request.language)),))
    return reply
