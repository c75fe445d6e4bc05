"""/digest and /quiet: when a chat's topic updates arrive; /briefing: the
day's most reported stories at a chosen time."""

from __future__ import annotations

from datetime import UTC

from bot.commands.reply import Reply, Request
from bot.commands.subscribe import when
from bot.commands.top import briefing
from bot.delivery.schedule import parse_clock, parse_zone
from bot.news.dates import parse_date
from bot.news.text import shorten
from bot.newsroom import Newsroom
from bot.texts import text
from storage import Chat

_OFF = ("off", "no", "выкл", "нет")
_NOW = ("now", "today", "сейчас", "сегодня")


async def digest_command(newsroom: Newsroom, request: Request) -> Reply:
    """/digest 08:00 [Europe/Berlin] for one message a day; /digest off for instant."""
    lang = request.language
    parts = request.args.split()
    service = newsroom.subscriptions
    if len(parts) == 1 and parts[0].lower() in _OFF:
        chat = await service.set_schedule(request.chat_id, digest_at=None)
        return Reply().add(text("digest.off", lang)).add(when(chat, lang))
    if not parts and (chat := await service.chat(request.chat_id)).digest_at:
        return Reply().add(when(chat, lang))  # "/digest" alone: the one set
    fields = _time_and_zone(parts, "digest_at", "digest.usage")
    if isinstance(fields, str):
        return Reply().add(text(fields, lang, zone=_zone_as_typed(parts)))
    chat = await service.set_schedule(request.chat_id, **fields)
    return Reply().add(when(chat, lang))


def _time_and_zone(parts: list[str], field: str, usage: str) -> dict[str, str] | str:
    """{field: 'HH:MM'} and the time zone if one was given, from "08:00",
    "8am", "8 am Europe/Berlin" or "08:00 New York"; else the catalogue key of what
    to say: `usage`, or that the zone is unknown."""
    if len(parts) > 1 and parts[1].lower().replace(".", "") in ("am", "pm"):
        parts = [parts[0] + parts[1], *parts[2:]]  # "8 am Europe/Berlin"
    clock = parse_clock(parts[0]) if parts else None
    if clock is None:
        return usage
    fields = {field: clock.strftime("%H:%M")}
    if len(parts) > 1:
        zone = parse_zone(" ".join(parts[1:]))
        if zone is None:
            return "schedule.unknown_zone"
        fields["time_zone"] = zone.key
    return fields


async def briefing_command(newsroom: Newsroom, request: Request) -> Reply:
    """/briefing 08:00 [Europe/Berlin] for the day's most reported stories every
    day at that time (bot.delivery.briefings sends them); /briefing off."""
    lang = request.language
    parts = request.args.split()
    service = newsroom.subscriptions
    if len(parts) == 1 and parts[0].lower() in _OFF:
        await service.set_schedule(request.chat_id, briefing_at=None)
        return Reply().add(text("briefing.off", lang))
    if not parts and (chat := await service.chat(request.chat_id)).briefing_at:
        return _briefing_set(chat, lang)
    if len(parts) == 1 and parts[0].lower() in _NOW:
        shown = await briefing(newsroom, lang, service.clock(), stale_after=None)
        return shown or Reply().add(text("latest.empty", lang))
    fields = _time_and_zone(parts, "briefing_at", "briefing.usage")
    if isinstance(fields, str):
        return Reply().add(text(fields, lang, zone=_zone_as_typed(parts)))
    await service.write_updates_in(request.chat_id, lang)
    return _briefing_set(await service.set_schedule(request.chat_id, **fields), lang)


def _zone_as_typed(parts: list[str]) -> str:
    """What the reader typed after the time, short enough to quote back."""
    return shorten(" ".join(parts[1:]), 64)


def _briefing_set(chat: Chat, lang: str) -> Reply:
    """When the chat's briefing comes, and the local date of the next one."""
    due = parse_date(chat.briefing_due or "")
    local = due.astimezone(parse_zone(chat.time_zone) or UTC).date().isoformat() if due else "-"
    said = text("briefing.set", lang, at=chat.briefing_at, zone=chat.time_zone, next=local)
    return Reply().add(said)


async def quiet_command(newsroom: Newsroom, request: Request) -> Reply:
    """/quiet 22:00-07:00 [Europe/Berlin]: instant updates wait till morning; /quiet off."""
    lang = request.language
    parts = request.args.replace("–", "-").split()
    service = newsroom.subscriptions
    if len(parts) == 1 and parts[0].lower() in _OFF:
        chat = await service.set_schedule(request.chat_id, quiet_from=None, quiet_to=None)
        return Reply().add(text("quiet.off", lang)).add(when(chat, lang))
    if not parts and (chat := await service.chat(request.chat_id)).quiet_from and chat.quiet_to:
        hours = {"start": chat.quiet_from, "end": chat.quiet_to, "zone": chat.time_zone}
        return Reply().add(text("quiet.set", lang, **hours)).add(text("quiet.usage", lang))
    span = parts[0].split("-") if parts else []
    times = [parse_clock(p) for p in span] if len(span) == 2 else []
    start, end = (times[0], times[1]) if len(times) == 2 else (None, None)
    if start is None or end is None or start == end:
        return Reply().add(text("quiet.usage", lang))
    zone = parse_zone(" ".join(parts[1:])) if len(parts) > 1 else None
    if len(parts) > 1 and zone is None:
        return Reply().add(text("schedule.unknown_zone", lang, zone=_zone_as_typed(parts)))
    fields = {"quiet_from": start.strftime("%H:%M"), "quiet_to": end.strftime("%H:%M")}
    if zone is not None:
        fields["time_zone"] = zone.key
    chat = await service.set_schedule(request.chat_id, **fields)
    reply = Reply().add(
        text(
            "quiet.set",
            lang,
            start=fields["quiet_from"],
            end=fields["quiet_to"],
            zone=chat.time_zone,
        )
    )
    return reply.add(when(chat, lang))
