"""/digest and /quiet: when a chat's topic updates arrive; /briefing: the
day's most reported stories at a chosen time."""

from __future__ import annotations

import re
from datetime import UTC, time

from bot.commands.editors import chat_refusal
from bot.commands.reply import Button, Reply, Request
from bot.commands.subscribe import when
from bot.commands.top import briefing
from bot.delivery.schedule import half_of_day_unsaid, parse_clock, parse_zone
from bot.news.dates import parse_date
from bot.news.text import shorten
from bot.newsroom import Newsroom
from bot.texts import text
from storage import Chat

_OFF = ("off", "no", "выкл", "нет")
_NOW = ("now", "today", "сейчас", "сегодня")
_HALVES = ("am", "pm")


async def digest_command(newsroom: Newsroom, request: Request) -> Reply:
    """/digest 08:00 [Europe/Berlin] for one message a day; /digest off for instant."""
    lang = request.language
    parts = request.args.split()
    service = newsroom.subscriptions
    if parts and (refused := chat_refusal(request)):
        return refused
    if len(parts) == 1 and parts[0].lower() in _OFF:
        chat = await service.set_schedule(request.chat_id, digest_at=None)
        return Reply().add(text("digest.off", lang)).add(when(chat, lang))
    if not parts and (chat := await service.chat(request.chat_id)).digest_at:
        return Reply().add(when(chat, lang))  # "/digest" alone: the one set
    if asked := _morning_or_evening("digest", parts, lang):
        return asked
    fields = _time_and_zone(parts, "digest_at", "digest.usage")
    if isinstance(fields, str):
        return Reply().add(text(fields, lang, zone=_zone_as_typed(parts)))
    chat = await service.set_schedule(request.chat_id, **fields)
    return Reply().add(when(chat, lang))


def _morning_or_evening(command: str, parts: list[str], lang: str) -> Reply | None:
    """ "/digest 8": 08:00 or 20:00? Asked, with a button for each, where a
    usage line made the reader type it again."""
    hour = half_of_day_unsaid(parts[0]) if parts else None
    if hour is None or (parts[1:2] and parts[1].lower().replace(".", "") in _HALVES):
        return None  # "8 am New York" says it
    rest = " ".join(parts[1:])
    if rest and parse_zone(rest) is None:
        return Reply().add(text("schedule.unknown_zone", lang, zone=_zone_as_typed(parts)))
    times = (f"{hour % 12:02d}:00", f"{hour % 12 + 12:02d}:00")
    reply = Reply().add(text("schedule.which_half", lang, first=times[0], second=times[1]))
    reply.buttons = [[Button(at, f"{command} {at} {rest}".rstrip()) for at in times]]
    return reply


def _time_and_zone(parts: list[str], field: str, usage: str) -> dict[str, str] | str:
    """{field: 'HH:MM'} and the time zone if one was given, from "08:00",
    "8am", "8 am Europe/Berlin" or "08:00 New York"; else the catalogue key of what
    to say: `usage`, or that the zone is unknown."""
    if len(parts) > 1 and parts[1].lower().replace(".", "") in _HALVES:
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
    if parts and parts[0].lower() not in _NOW and (refused := chat_refusal(request)):
        return refused
    if len(parts) == 1 and parts[0].lower() in _OFF:
        await service.set_schedule(request.chat_id, briefing_at=None)
        return Reply().add(text("briefing.off", lang))
    if not parts and (chat := await service.chat(request.chat_id)).briefing_at:
        return _briefing_set(chat, lang)
    if len(parts) == 1 and parts[0].lower() in _NOW:
        shown = await briefing(newsroom, lang, service.clock(), stale_after=None)
        return shown or Reply().add(text("latest.empty", lang))
    if asked := _morning_or_evening("briefing", parts, lang):
        return asked
    fields = _time_and_zone(parts, "briefing_at", "briefing.usage")
    if isinstance(fields, str):
        return Reply().add(text(fields, lang, zone=_zone_as_typed(parts)))
    await service.write_updates_in(request.chat_id, lang)
    return _briefing_set(await service.set_schedule(request.chat_id, **fields), lang)


# The dash (or word) between quiet hours, with any spaces around it.
_SPAN_DASH = re.compile(r"\s*(?:[-–—]|\bto\b|\btill\b|\buntil\b|(?<!\w)до(?!\w))\s*", re.I)


def _quiet_span(span: str) -> tuple[time | None, time | None]:
    """ "22:00-07:00", "10pm-7am"; and "23-7": a bare hour beside one only the
    24-hour clock has ("23") is on that clock too ("10-6" stays unread)."""
    ends = span.split("-")
    if len(ends) != 2:
        return None, None
    start, end = parse_clock(ends[0]), parse_clock(ends[1])
    if start is not None and end is None and (hour := half_of_day_unsaid(ends[1])):
        end = time(hour) if start.hour > 12 and _bare(ends[0]) else None
    if end is not None and start is None and (hour := half_of_day_unsaid(ends[0])):
        start = time(hour) if end.hour > 12 and _bare(ends[1]) else None
    return start, end


def _bare(hour: str) -> bool:
    return hour.strip().isdecimal()


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
    parts = _SPAN_DASH.sub("-", request.args).split()  # "22:00 - 07:00", "22:00 to 07:00"
    service = newsroom.subscriptions
    if parts and (refused := chat_refusal(request)):
        return refused
    if len(parts) == 1 and parts[0].lower() in _OFF:
        chat = await service.set_schedule(request.chat_id, quiet_from=None, quiet_to=None)
        return Reply().add(text("quiet.off", lang)).add(when(chat, lang))
    if not parts and (chat := await service.chat(request.chat_id)).quiet_from and chat.quiet_to:
        hours = {"start": chat.quiet_from, "end": chat.quiet_to, "zone": chat.time_zone}
        return Reply().add(text("quiet.set", lang, **hours)).add(text("quiet.usage", lang))
    start, end = _quiet_span(parts[0]) if parts else (None, None)
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
