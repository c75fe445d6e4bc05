"""/add <link>: an editor stores the article of a web page now (admins only),
rather than waiting for a feed to bring it or opening a shell to ingest it;
and a file an editor sends (JSON Lines, JSON, text, Markdown): its articles,
as `newsroom-bot ingest` stores them."""

from __future__ import annotations

import logging
from pathlib import Path

from bot.commands.cards import article_line, open_buttons
from bot.commands.editors import refusal
from bot.commands.reply import Reply, Request, Span, bold, italic
from bot.commands.summary import article_summary
from bot.commands.target import Target, is_link
from bot.ingest import IngestReport
from bot.ingest.files import SUFFIXES
from bot.newsroom import Newsroom
from bot.texts import text

log = logging.getLogger(__name__)

# The largest file the Bot API lets a bot download (getFile).
MAX_FILE_BYTES = 20 * 1024 * 1024
FILE_PROBLEMS_SHOWN = 5
FILE_ARTICLES_LISTED = 5


async def add_command(newsroom: Newsroom, request: Request) -> Reply:
    lang = request.language
    if refused := refusal(newsroom, request, "add.only_admins"):
        return refused
    link = request.args.strip()
    if not is_link(link):
        return Reply().add(text("add.usage", lang))
    if link.lower().startswith("www."):
        link = "https://" + link
    added = await newsroom.add_page(link)
    if added.outcome == "rejected":
        return Reply().add(text("add.failed", lang, reason=added.reason))
    if added.outcome == "withheld" or added.article is None:
        return Reply().add(text("add.withheld", lang))
    article = added.article
    log.info("editor %d added %s as article %d", request.user_id, added.outcome, article.id)
    reply = article_summary(newsroom, Target(article), lang)
    said = text(f"add.{added.outcome}", lang, id=article.id)
    if added.queued:
        said += " " + text("add.queued", lang, count=added.queued)
    reply.blocks.insert(0, (Span(said, "italic"),))
    return reply


def file_refusal(newsroom: Newsroom, request: Request, name: str, size: int) -> Reply | None:
    """Why a file sent is not read, said before it is downloaded: not an
    editor's, not a kind of file articles come in, or too large to fetch."""
    if refused := refusal(newsroom, request, "add.only_admins"):
        return refused
    lang = request.language
    suffix = Path(name).suffix.lower()
    if suffix not in SUFFIXES:
        kinds = ", ".join(SUFFIXES)
        return Reply().add(text("add.file_kind", lang, kinds=kinds, suffix=suffix or "—"))
    if size > MAX_FILE_BYTES:
        return Reply().add(text("add.file_size", lang, size=f"{size / 2**20:.1f}"))
    return None


async def add_file(newsroom: Newsroom, request: Request, name: str, data: bytes) -> Reply:
    """An editor's file: its articles stored, their followers' updates
    queued, and what was read, refused or already stored."""
    lang = request.language
    report, queued = await newsroom.add_file(name, data)
    log.info("editor %d sent a file: %s", request.user_id, report.lines(0)[0])
    reply = Reply().add(bold(text("add.file_read", lang, name=name)))
    reply.add(_file_counts(report, lang))
    if queued:
        reply.add(text("add.file_queued", lang, count=queued))
    if report.rejected:
        reply.add(bold(text("add.file_rejected", lang)))
        for origin, reason in report.rejected[:FILE_PROBLEMS_SHOWN]:
            reply.add(f"• {_where(origin, name)}{reason}")
        if len(report.rejected) > FILE_PROBLEMS_SHOWN:
            more = len(report.rejected) - FILE_PROBLEMS_SHOWN
            reply.add(italic(text("add.file_more", lang, count=more)))
    stored = await newsroom.storage.articles(report.article_ids[:FILE_ARTICLES_LISTED])
    reply.blocks.extend(article_line(a, lang, n) for n, a in enumerate(stored, start=1))
    reply.buttons = open_buttons(stored)
    return reply


def _file_counts(report: IngestReport, lang: str) -> str:
    counts = text(
        "add.file_counts",
        lang,
        added=report.added,
        updated=report.updated,
        duplicates=report.duplicates,
        rejected=len(report.rejected),
    )
    if report.withheld:
        counts += " " + text("add.file_withheld", lang, count=report.withheld)
    return counts


def _where(origin: str, name: str) -> str:
    """Where in the file a problem is: "line 3: ", "item 2: ", or nothing
    for the whole file (the ingest names it by its file and place)."""
    place = origin.removeprefix(name)
    if place.startswith(":"):
        return f"line {place[1:]}: "
    if place.startswith("[") and place[1:-1].isdecimal():
        return f"item {int(place[1:-1]) + 1}: "
    return ""
