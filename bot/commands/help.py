"""/start and /help: what the bot is and how to use it."""

from __future__ import annotations

from dataclasses import dataclass, replace

from bot.commands.latest import MAX_LATEST
from bot.commands.links import topic_from_payload
from bot.commands.reply import Button, Reply, Request, Span, bold, italic
from bot.commands.subscribe import follow_command, subscribe_command
from bot.commands.summary import article_summary
from bot.commands.target import Target, article_id
from bot.news.text import shorten
from bot.newsroom import Newsroom
from bot.texts import text

Example = str | dict[str, str]  # arguments, by interface language where they are words


@dataclass(frozen=True)
class CommandLine:
    """A command as /help shows it with an example; the menu Telegram shows
    (set at start-up) lists the same commands, each once, in this order,
    but for those `in_menu` is False for (a second example, rarer ones)."""

    name: str
    example: Example
    help_key: str  # catalogue key of its one-line description
    in_menu: bool = True


COMMANDS: list[CommandLine] = [
    CommandLine("latest", "5", "help.latest"),
    CommandLine("top", "", "help.top"),
    CommandLine("sources", "", "help.sources", in_menu=False),
    CommandLine("sections", "", "help.sections", in_menu=False),
    CommandLine(
        "search",
        {"en": "anti-war congress Brussels", "ru": "антивоенный конгресс Брюссель"},
        "help.search",
    ),
    CommandLine("summary", "1", "help.summary"),
    CommandLine(
        "summary", {"en": "Russian opposition", "ru": "антивоенный конгресс"}, "help.topic"
    ),
    CommandLine("facts", "1", "help.facts"),
    CommandLine("related", "1", "help.related"),
    CommandLine("read", "31", "help.read", in_menu=False),
    CommandLine(
        "subscribe", {"en": "OVD-Info detentions", "ru": "ОВД-Инфо задержания"}, "help.subscribe"
    ),
    CommandLine("subscriptions", "", "help.subscriptions"),
    CommandLine(
        "unsubscribe",
        {"en": "OVD-Info detentions", "ru": "ОВД-Инфо задержания"},
        "help.unsubscribe",
        in_menu=False,
    ),
    CommandLine(
        "digest", {"en": "08:00 Europe/Berlin", "ru": "08:00 Europe/Moscow"}, "help.digest"
    ),
    CommandLine("quiet", "22:00-07:00", "help.quiet", in_menu=False),
    CommandLine(
        "briefing",
        {"en": "08:00 Europe/Berlin", "ru": "08:00 Europe/Moscow"},
        "help.briefing",
        in_menu=False,
    ),
    CommandLine("lang", {"en": "ru", "ru": "en"}, "help.lang"),
    CommandLine("help", "", "help.help"),
]

# Shown to the user ids in ADMIN_IDS only (in /help, and in their chats' menus).
EDITOR_COMMANDS: list[CommandLine] = [
    CommandLine("add", "https://example.org/2026/01/story.html", "help.add"),
    CommandLine("stats", "", "help.stats"),
    CommandLine("feeds", "", "help.feeds"),
    CommandLine("feed_add", "https://example.org/rss.xml", "help.feed_add"),
    CommandLine("feed_remove", "2", "help.feed_remove"),
    CommandLine("remove", "42", "help.remove"),
]


def menu_names(commands: list[CommandLine]) -> list[str]:
    """The commands for Telegram's menu, in order, each once."""
    return list(dict.fromkeys(c.name for c in commands if c.in_menu))


async def help_command(newsroom: Newsroom, request: Request) -> Reply:
    """Every command; "/help summary" only the lines of /summary, which a
    reader finds faster than in the whole list."""
    lang = request.language
    editor = newsroom.is_admin(request.user_id)
    asked = request.args.strip()
    if asked:
        shown = COMMANDS + EDITOR_COMMANDS if editor else COMMANDS
        lines = [line for line in shown if line.name in _command_names(asked)]
        if lines:
            reply = Reply()
            _add_commands(reply, lines, lang)
            return reply.add(italic(text("help.every", lang)))
    reply = Reply()
    if asked:
        reply.add(text("help.unknown", lang, asked=shorten(asked, 40)))
    reply.add(bold(text("help.title", lang))).add(text("help.intro", lang))
    _add_commands(reply, COMMANDS, lang)
    if editor:
        reply.add(bold(text("help.editors", lang)))
        _add_commands(reply, EDITOR_COMMANDS, lang)
        reply.add(text("help.add_file", lang))
    return reply.add(italic(text("help.tips", lang)))


def _command_names(words: str) -> list[str]:
    """The words as command names: "/summary", "summary", "Summary"."""
    return [word.lstrip("/").split("@")[0].lower() for word in words.split()]


def _add_commands(reply: Reply, commands: list[CommandLine], lang: str) -> None:
    for line in commands:
        example = line.example
        words = example if isinstance(example, str) else example.get(lang, example["en"])
        usage = f"/{line.name} {words}".rstrip()
        reply.add(Span(usage, "code"), " — " + text(line.help_key, lang, max=MAX_LATEST))


async def start_command(newsroom: Newsroom, request: Request) -> Reply:
    """A greeting and the help. A deep link (commands.links) opens an article
    (?start=a42), follows its story (?start=f42) or follows a topic
    (?start=t_Kestrel_Mobile, or ?start=u_... in other letters)."""
    await newsroom.subscriptions.reactivate(request.chat_id)  # unblocked: updates resume
    payload = request.args.strip()
    if payload.startswith("f") and payload[1:].isdecimal():
        return await follow_command(newsroom, replace(request, args=payload[1:]))
    if (topic := topic_from_payload(payload)) is not None:
        return await subscribe_command(newsroom, replace(request, args=topic))
    if payload:
        number = article_id(payload)
        article = await newsroom.article(number) if number is not None else None
        if article is not None:
            return article_summary(newsroom, Target(article), request.language)
    return await _welcome(newsroom, request.language)


async def _welcome(newsroom: Newsroom, lang: str) -> Reply:
    """A greeting a newcomer reads at a glance: what there is to read, the
    few ways in, and buttons to the news; /help has every command."""
    reply = Reply().add(text("start.welcome", lang))
    count = await newsroom.storage.count()
    if count:
        newest = (await newsroom.storage.newest_published() or "")[:10]
        reply.add(italic(text("start.held", lang, articles=f"{count:,}", newest=newest)))
    else:
        reply.add(italic(text("latest.empty", lang)))
    reply.add(text("start.ways", lang))
    reply.buttons = [
        [
            Button(text("start.button.latest", lang), "latest"),
            Button(text("start.button.top", lang), "top"),
            Button(text("start.button.help", lang), "help"),
        ]
    ]
    return reply
