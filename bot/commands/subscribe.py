"""/subscribe, /subscriptions, /unsubscribe and the cards' Follow story button."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.commands.editors import chat_refusal
from bot.commands.latest import without_news_word
from bot.commands.reply import Button, Reply, Request, Span, bold, italic
from bot.commands.target import find_target
from bot.news.questions import names_this
from bot.news.sections import section_key
from bot.news.text import has_russian_letters, shorten
from bot.news.topics import parse_topic
from bot.newsroom import Newsroom
from bot.subscriptions import MAX_TOPICS, TOPIC_CHARS, SubscribeResult
from bot.texts import text
from storage import Chat, Subscription

# What each refusal says, by SubscribeResult.outcome.
_REFUSALS = {
    "too_long": "subscribe.too_long",
    "no_words": "subscribe.no_words",
    "full": "subscribe.full",
    "no_story": "follow.no_story",
}


async def subscribe_command(newsroom: Newsroom, request: Request) -> Reply:
    lang = request.language
    topic = " ".join(request.args.split())
    if not topic and request.reply_to_article is not None:
        return await follow_command(newsroom, request)  # in reply to a card: its story
    if not topic:
        return Reply().add(text("subscribe.usage", lang))
    if refused := chat_refusal(request):
        return refused
    topic, cadence = await _with_cadence(newsroom, topic)
    source = await newsroom.source_named(topic)
    if not source and not without_news_word(topic):
        # "/subscribe news": no subject, and no article would hold the word; the briefing is that
        return Reply().add(text("subscribe.news_alone", lang))
    if source:  # "/subscribe BBC News": all it runs
        result = await newsroom.subscriptions.follow_source(request.chat_id, source)
    elif sections := await newsroom.section_named(topic, categories_only=True):
        # "/subscribe sport": every article filed under it, not those that say "sport"
        result = await newsroom.subscriptions.follow_section(request.chat_id, sections[0])
    else:
        result = await newsroom.subscriptions.subscribe(request.chat_id, topic)
    if cadence is not None and result.outcome in ("added", "exists"):
        chat = await newsroom.subscriptions.chat(request.chat_id)
        if cadence != "daily" or not chat.digest_at:  # a digest keeps the time it has
            digest_at = DIGEST_AT if cadence == "daily" else None
            await newsroom.subscriptions.set_schedule(request.chat_id, digest_at=digest_at)
    reply = await _outcome(newsroom, request, result, topic)
    if cadence is not None and result.outcome == "exists":
        reply.add(italic(when(await newsroom.subscriptions.chat(request.chat_id), lang)))
    return reply


async def _with_cadence(newsroom: Newsroom, topic: str) -> tuple[str, str | None]:
    """The topic without how often its updates should come, and that ("daily"
    or "instant"): "/subscribe Kestrel daily" follows Kestrel in a digest, as
    a word no article needs ("daily" would keep out nearly every one). Not
    of a source's name: "Demo Business Daily" is one."""
    found = _CADENCE.search(topic)
    if found is None or not found.start() or await newsroom.source_named(topic):
        return topic, None
    instant = found.group("instant") is not None
    return topic[: found.start()], "instant" if instant else "daily"


# How often updates should come, at the end of a topic to follow.
_CADENCE = re.compile(
    r"\s+(?:(?P<instant>instantly|immediately|right\s+away|at\s+once|сразу|немедленно)"
    r"|(?:as\s+a\s+|in\s+a\s+)?(?:daily\s+)?digest|daily|once\s+a\s+day|every\s+day"
    r"|ежедневно|раз\s+в\s+день|каждый\s+день|сводкой|дайджестом)$",
    re.IGNORECASE,
)
# When a digest asked for with a topic comes, in the chat's time zone (/digest changes it).
DIGEST_AT = "08:00"


async def follow_command(newsroom: Newsroom, request: Request) -> Reply:
    """Follow the story of an article (what the Follow story button sends)."""
    if refused := chat_refusal(request):
        return refused
    target = await find_target(newsroom, request, "follow.usage")
    if isinstance(target, Reply):
        return target
    article = target.article
    if article.story_id is None:
        await newsroom.refresh_stories()
        article = await newsroom.article(article.id) or article
    result = await newsroom.subscriptions.follow_story(request.chat_id, article)
    return await _outcome(newsroom, request, result, shorten(article.title, TOPIC_CHARS[1]))


async def _outcome(
    newsroom: Newsroom, request: Request, result: SubscribeResult, topic: str
) -> Reply:
    lang = request.language
    shown = result.subscription.topic if result.subscription else shorten(topic, 60)
    if result.outcome == "exists":
        return Reply().add(text("subscribe.exists", lang, topic=shown))
    if result.outcome != "added":
        key = _REFUSALS.get(result.outcome, "subscribe.no_words")
        return Reply().add(text(key, lang, max=MAX_TOPICS, chars=TOPIC_CHARS[1]))
    await newsroom.subscriptions.write_updates_in(request.chat_id, lang)
    chat = await newsroom.subscriptions.chat(request.chat_id)
    sub = result.subscription
    done = "subscribe.done"
    if sub and sub.source:
        done = "subscribe.done.source"
    elif sub and sub.section:
        done = "subscribe.done.section"
    elif sub and sub.story_id is not None:
        done = "subscribe.done.story"
    reply = Reply().add(text(done, lang, topic=shown))
    reply.add(italic(when(chat, lang)))
    reply.buttons = [[Button(text("button.subscriptions", lang), "subscriptions")]]
    if sub is None or sub.story_id is not None or sub.source or sub.section:
        return reply
    parsed = parse_topic(sub.topic)
    if parsed is None or parsed.phrases or parsed.leaves_out:
        return reply  # meant as typed
    # One offer at most: as the articles spell it, as news writes it in the
    # topic's language, as reports in the other language write it.
    for offer in (_offer_respelt, _offer_reworded, _offer_other_spelling):
        if await offer(newsroom, reply, sub, lang):
            break
    return reply


async def resubscribe_command(newsroom: Newsroom, request: Request) -> Reply:
    """`resubscribe #<id> <topic>` (the "instead" button of a misspelt topic):
    follow the topic in place of the chat's subscription <id>."""
    if refused := chat_refusal(request):
        return refused
    head, _, topic = request.args.strip().partition(" ")
    if head.startswith("#") and head[1:].isdecimal():
        mine = [s.id for s in await newsroom.subscriptions.of_chat(request.chat_id)]
        if int(head[1:]) in mine:
            await newsroom.subscriptions.unsubscribe(request.chat_id, [int(head[1:])])
    return await subscribe_command(newsroom, replace(request, args=topic))


async def _offer_respelt(newsroom: Newsroom, reply: Reply, sub: Subscription, lang: str) -> bool:
    """A topic with a word no stored article holds, which articles write one
    edit away, is likely misspelt: it would never bring an update. Offered as
    the articles write it (Newsroom.respelt), to follow instead."""
    respelt = await _without_news(newsroom, sub.topic) or await newsroom.respelt(sub.topic)
    if respelt is None:
        return False
    reply.add(text("subscribe.respelt", lang, topic=sub.topic, respelt=respelt))
    label = text("button.follow_instead", lang, topic=shorten(respelt, 40))
    reply.buttons.insert(0, [Button(label, f"resubscribe #{sub.id} {respelt}")])
    return True


async def _without_news(newsroom: Newsroom, topic: str) -> str | None:
    """ "Kestrel news" that no stored article holds whole: "Kestrel". News is
    what every article is; few write the word."""
    bare = without_news_word(topic)
    if not bare or bare == topic or await newsroom.storage.count_matching(topic, 1):
        return None
    return bare


async def _offer_reworded(newsroom: Newsroom, reply: Reply, sub: Subscription, lang: str) -> bool:
    """A topic no stored article has every word of, which some have in words
    news writes for them (Newsroom.reworded: "arrests" as "detain"), is
    offered in those too: the next report may write either. Whether it was."""
    if await newsroom.storage.count_matching(sub.topic, 1):
        return False
    if (reworded := await newsroom.reworded(sub.topic)) is None:
        return False
    reply.add(text("subscribe.reworded", lang, topic=sub.topic, reworded=reworded))
    follow = Button(
        text("button.follow_also", lang, topic=shorten(reworded, 40)), f"subscribe {reworded}"
    )
    reply.buttons.insert(0, [follow])
    return True


async def _offer_other_spelling(
    newsroom: Newsroom, reply: Reply, sub: Subscription, lang: str
) -> bool:
    """A topic of names only, which stored reports in another language name
    too, is offered as that language writes it ("Navalny": "Навальный"), and
    one of words with equivalents there that reports there have, in those
    ("засуха": "drought"), as a topic follows the words of its own language;
    unless the chat follows that already. Whether it had one to offer."""
    other = await newsroom.spelt_across(sub.topic) or await newsroom.worded_across(sub.topic)
    if other is None or (again := parse_topic(other)) is None:
        return False
    followed = {s.topic_key for s in await newsroom.subscriptions.of_chat(sub.chat_id)}
    if again.key in followed:
        return True
    language = "ru" if has_russian_letters(other) else "en"
    reply.add(text(f"subscribe.also.{language}", lang, topic=other))
    follow = Button(
        text("button.follow_also", lang, topic=shorten(other, 40)), f"subscribe {other}"
    )
    reply.buttons.insert(0, [follow])
    return True


def when(chat: Chat, lang: str) -> str:
    """How this chat receives its updates, in words."""
    if chat.digest_at:
        return text("schedule.digest", lang, at=chat.digest_at, zone=chat.time_zone)
    if chat.quiet_from and chat.quiet_to:
        return text(
            "schedule.quiet", lang, start=chat.quiet_from, end=chat.quiet_to, zone=chat.time_zone
        )
    return text("schedule.instant", lang)


def _with_briefing(reply: Reply, chat: Chat, lang: str) -> Reply:
    """The reply, saying when the chat's daily briefing comes if it has one."""
    if chat.briefing_at:
        reply.add(italic(text("schedule.briefing", lang, at=chat.briefing_at, zone=chat.time_zone)))
    return reply


async def subscriptions_command(newsroom: Newsroom, request: Request) -> Reply:
    lang = request.language
    subs = await newsroom.subscriptions.of_chat(request.chat_id)
    chat = await newsroom.subscriptions.chat(request.chat_id)
    if not subs:
        return _with_briefing(Reply().add(text("subscriptions.none", lang)), chat, lang)
    reply = Reply().add(bold(text("subscriptions.title", lang, count=len(subs), max=MAX_TOPICS)))
    _listed_with_removes(reply, subs, lang)
    _with_briefing(reply.add(italic(when(chat, lang))), chat, lang)
    return reply


def _listed_with_removes(reply: Reply, subs: list[Subscription], lang: str) -> None:
    """The subscriptions numbered, each with what it follows, and a ✕ button each."""
    for number, sub in enumerate(subs, start=1):
        reply.add(f"{number}. ", Span(sub.topic, "bold"), Span(_kind(sub, lang), "italic"))
    removes = [
        Button(text("button.remove", lang, number=n), f"unsubscribe #{sub.id}")
        for n, sub in enumerate(subs, start=1)
    ]
    reply.buttons = [removes[i : i + 4] for i in range(0, len(removes), 4)]


async def _unfollow_card(newsroom: Newsroom, request: Request, card: int) -> Reply:
    """/unsubscribe in reply to a card, an update most often: what this chat
    follows that brings that article; one is stopped, several are listed
    to choose from (a reader seldom remembers which topic sent it)."""
    lang = request.language
    article = await newsroom.article(card)
    subs = await newsroom.subscriptions.bringing(request.chat_id, article) if article else []
    if not subs:
        return Reply().add(text("unsubscribe.nothing_brings", lang))
    if len(subs) == 1:
        await newsroom.subscriptions.unsubscribe(request.chat_id, [subs[0].id])
        return Reply().add(text("unsubscribe.done", lang, topic=subs[0].topic))
    reply = Reply().add(text("unsubscribe.which_brings", lang))
    _listed_with_removes(reply, subs, lang)
    return reply


def _kind(sub: Subscription, lang: str) -> str:
    """What a subscription follows, when not a topic's words: a story, a
    source, a section."""
    if sub.story_id is not None:
        return text("subscriptions.story", lang)
    if sub.section is not None:
        return text("subscriptions.section", lang)
    return text("subscriptions.source", lang) if sub.source is not None else ""


def _followed_as(subs: list[Subscription], args: str) -> list[Subscription]:
    """The chat's topics, sections or sources that `args` names."""
    topic = parse_topic(args)
    section = section_key(args)  # "stop following sports" follows "sport"
    return [
        s
        for s in subs
        if (topic and s.topic_key == topic.key) or s.topic == args or s.section == section
    ]


async def unsubscribe_command(newsroom: Newsroom, request: Request) -> Reply:
    lang = request.language
    args = " ".join(request.args.split())
    card = request.reply_to_article
    if not args and card is None:
        return Reply().add(text("unsubscribe.usage", lang))
    if refused := chat_refusal(request):
        return refused
    if card is not None and (not args or names_this(args)):
        return await _unfollow_card(newsroom, request, card)
    service = newsroom.subscriptions
    if args.lower() in ("all", "все", "всё"):
        removed = await service.unsubscribe(request.chat_id)
        said = (
            text("unsubscribe.all", lang, count=removed)
            if removed
            else text("unsubscribe.none", lang)
        )
        reply = Reply().add(said)
        chat = await service.chat(request.chat_id)
        if chat.briefing_at:  # "stop sending me updates": the briefing is an update too
            reply.add(italic(text("unsubscribe.briefing_on", lang, at=chat.briefing_at)))
        return reply
    subs = await service.of_chat(request.chat_id)
    if args.startswith("#") and args[1:].isdecimal():
        chosen = [s for s in subs if s.id == int(args[1:])]
    else:
        # "stop sending me drought news": the topic followed is "drought"
        chosen = _followed_as(subs, args) or _followed_as(subs, without_news_word(args))
    if not chosen:
        return Reply().add(text("unsubscribe.unknown", lang, topic=shorten(args, 60)))
    await service.unsubscribe(request.chat_id, [s.id for s in chosen])
    return Reply().add(text("unsubscribe.done", lang, topic=chosen[0].topic))
