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


async def help_command(newsroom: Newsroom, request: Request) -> Reply:
    lang = request.language
    reply = Reply().add(bold(text("help.title", lang))).add(text("help.intro", lang))
    for name, example, key in COMMANDS:
        usage = f"/{name} {example}".rstrip()
        reply.add(Span(usage, "code"), " — " + text(key, lang, max=MAX_LATEST))
    return reply.add(italic(text("help.tips", lang)))


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
