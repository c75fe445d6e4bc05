"""The real python-telegram-bot Application, over HTTP, against the fake Bot API server."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from bot.commands.links import topic_payload
from bot.config import Settings
from bot.ingest import ingest_items, ingest_paths
from bot.ingest.files import Record
from bot.news.text import stems
from bot.newsroom import INDEX_VERSION, Newsroom
from bot.telegram.app import build_application
from storage import Storage
from tests import fake_telegram as tg
from tests.fake_telegram import FakeTelegram
from tests.harness import (
    App,
    buttons,
    finish,
    free_port,
    log_file,
    press,
    run_bot,
    say,
    settings_for,
    silence,
    start_polling,
    stop,
)
from tests.test_commands import PASTED

HOSTILE_TEXT = (
    "Prices rose 5% <fast> & so did rents > wages, the Kestrel Statistics Office said on Monday. "
    'A leaflet read <a href="javascript:alert(1)">click here</a> & won prizes.'
)


@pytest.fixture
async def bot(fake: FakeTelegram, tmp_path: Path) -> AsyncIterator[App]:
    db = tmp_path / "bot.db"
    hostile = tmp_path / "hostile.jsonl"
    record = {"title": "Rents <up> & away", "text": HOSTILE_TEXT, "published_at": "2020-01-01"}
    hostile.write_text(json.dumps(record) + "\n", encoding="utf-8")
    room = await Newsroom.open(Settings(db_path=str(db)))
    await room.load_demo_if_empty()
    await ingest_paths(room.storage, [hostile])  # article 32
    await room.close()
    app = build_application(settings_for(fake, db))
    await start_polling(app)
    yield app
    await fake.release_polls()
    await stop(app)


async def test_start_greets_and_the_menu_is_set(bot: App, fake: FakeTelegram) -> None:
    reply = await say(fake, "/start")
    assert reply.result["text"].startswith("Hello! I find, summarise and follow the news")
    assert "; the newest published 2025-11-25." in reply.result["text"]
    assert [label for label, _ in buttons(reply)] == ["Latest news", "Top stories", "All commands"]
    [(_label, data)] = [b for b in buttons(reply) if b[0] == "Latest news"]
    start = len(fake.calls)
    await fake.push(tg.callback(data, reply.result))
    latest = await fake.wait_for("sendMessage", after=start)
    assert latest.result["text"].startswith("Latest articles\n\n1. Night trains return")
    menus = fake.commands
    assert {scope for scope, _ in menus} == {"all_private_chats", "all_group_chats"}
    assert [c["command"] for c in menus[("all_private_chats", "")]][:4] == [
        "latest",
        "top",
        "search",
        "summary",
    ]
    assert menus[("all_group_chats", "ru")][0]["description"] == "Свежие статьи"


async def test_help_and_latest(bot: App, fake: FakeTelegram) -> None:
    help_text = (await say(fake, "/help")).result["text"]
    assert "/related 1 — other articles on the same story or subject" in help_text
    latest = await say(fake, "/latest 2")
    assert latest.result["text"].startswith("Latest articles")
    assert latest.params["link_preview_options"] == {"is_disabled": True}
    assert latest.result["text"].count(" · id ") == 2
    russian = await say(fake, "/latest ru")
    assert russian.result["text"].startswith("Latest articles in Russian")
    assert russian.result["text"].count(" · id ") == 4 and "Засуха" in russian.result["text"]
    assert [label for label, _ in buttons(russian)] == ["1", "2", "3", "4"]


async def test_latest_on_words_and_search_newest_first(bot: App, fake: FakeTelegram) -> None:
    navalny = await say(fake, "/latest Navalny")
    said = navalny.result["text"]
    assert said.startswith("Newest on “Navalny”\n\n1. Russian anti-war activists meet")
    assert (
        "In Russian\n\n2. В Брюсселе прошёл" in said and "<b>Navalny</b>" in navalny.params["text"]
    )
    newest = await press(fake, await say(fake, "/search Veloria"), "Newest first")
    assert newest.result["text"].startswith("Newest on “Veloria”")
    dates = [line.split(" · ")[1] for line in newest.result["text"].split("\n") if " · id " in line]
    assert len(dates) == 5 and dates == sorted(dates, reverse=True)
    # Nothing this week on it: said, and its newest reports from before follow.
    week = await say(fake, "anything new on the Bank of Veloria this week?")
    assert week.result["text"].startswith(
        "No article published from 24 to 30 November 2025 has all of “the Bank of Veloria”.\n\n"
        "Newest on “the Bank of Veloria”\n\n1. Bank of Veloria holds rates"
    )
    assert week.params["reply_markup"]["inline_keyboard"][0][0]["text"] == "1"


async def test_a_misspelt_search_is_answered_for_the_words_as_stored(
    bot: App, fake: FakeTelegram
) -> None:
    reply = await say(fake, "Brusels congres")
    said = reply.result["text"]
    assert said.startswith("Nothing has “Brusels congres”. Results for “Brussels congress”:")
    assert "1. Russian anti-war activists meet in Brussels" in said
    assert "<b>Brussels</b>" in reply.params["text"]  # the respelt words are marked


async def test_a_misspelt_topic_is_followed_as_written_with_one_press(
    bot: App, fake: FakeTelegram
) -> None:
    offer = await say(fake, "/subscribe Kestrl Mobile")
    assert "they write “Kestrel Mobile”. Follow that instead?" in offer.result["text"]
    [(_label, data)] = [b for b in buttons(offer) if b[0] == "Follow “Kestrel Mobile” instead"]
    start = len(fake.calls)
    await fake.push(tg.callback(data, offer.result))
    done = await fake.wait_for("sendMessage", after=start)
    assert done.result["text"].startswith("Following “Kestrel Mobile”.")
    topics = await say(fake, "/subscriptions")
    assert "1. Kestrel Mobile" in topics.result["text"] and "Kestrl" not in topics.result["text"]


async def test_top_stories_open_with_their_buttons(bot: App, fake: FakeTelegram) -> None:
    top = await say(fake, "/top year 3")
    said = top.result["text"]
    assert said.startswith("Most reported stories, the last year to 2025-11-25\n\n1. Port Elms")
    assert said.count("2 reports from 2 sources, in English and Russian") == 3
    [(_label, data)] = [b for b in buttons(top) if b[0] == "2"]
    start = len(fake.calls)
    await fake.push(tg.callback(data, top.result))
    card = await fake.wait_for("sendMessage", after=start)
    assert card.result["text"].startswith("Calder rations water as Lake Sorrel falls")


async def test_search_pages_with_a_button_that_edits_the_message(
    bot: App, fake: FakeTelegram
) -> None:
    first = await say(fake, "/search Veloria")
    assert first.result["text"].startswith("Results for “Veloria”")
    [(_label, data)] = [b for b in buttons(first) if b[0] == "More results"]
    start = len(fake.calls)
    await fake.push(tg.callback(data, first.result))
    await fake.wait_for("answerCallbackQuery", after=start)
    edit = await fake.wait_for("editMessageText", after=start)
    assert edit.params["message_id"] == first.result["message_id"]
    assert "6. " in edit.result["text"] and "1. " not in edit.result["text"]


async def test_latest_pages_on_to_older_articles_in_place(bot: App, fake: FakeTelegram) -> None:
    first = await say(fake, "/latest")
    [(_label, data)] = [b for b in buttons(first) if b[0] == "Older"]
    start = len(fake.calls)
    await fake.push(tg.callback(data, first.result))
    edit = await fake.wait_for("editMessageText", after=start)
    assert edit.params["message_id"] == first.result["message_id"]
    assert "\n6. " in edit.result["text"] and "\n1. " not in edit.result["text"]
    assert ("Older", "latest #3 5") in buttons(edit)


async def test_an_edited_message_is_answered_in_place_of_its_old_answer(
    bot: App, fake: FakeTelegram
) -> None:
    typo = await say(fake, "/search nigth trians", message_id=41)
    start = len(fake.calls)
    await fake.push(tg.edited("/search night trains", message_id=41))
    fixed = await fake.wait_for("editMessageText", after=start)
    assert fixed.params["message_id"] == typo.result["message_id"]
    assert fixed.result["text"].startswith("Results for “night trains”\n\n1. Night trains return")
    assert typo.params["text"].startswith("Nothing has “nigth trians”")
    assert buttons(fixed) == [("1", "summary 30")]
    await fake.quiet()
    assert [c.method for c in fake.sent(111, after=start)] == ["editMessageText"]
    # A plain question edited: its answer too, in place.
    asked = await say(fake, "who is Daniel Okafor?", message_id=42)
    start = len(fake.calls)
    await fake.push(tg.edited("how many customers had their data stolen?", message_id=42))
    answered = await fake.wait_for("editMessageText", after=start)
    assert answered.params["message_id"] == asked.result["message_id"]
    assert "<b>the chief executive of Kestrel Mobile</b>" in asked.params["text"]
    assert "data of about <b>2.3 million</b> customers" in answered.params["text"]


async def test_an_edit_that_changes_something_or_is_unknown_gets_a_new_answer(
    bot: App, fake: FakeTelegram
) -> None:
    await say(fake, "/subscribe Veloria", message_id=51)
    start = len(fake.calls)
    await fake.push(tg.edited("/subscribe Kestrel", message_id=51))
    again = await fake.wait_for("sendMessage", after=start)
    assert again.result["text"].startswith("Following “Kestrel”")
    listed = (await say(fake, "/subscriptions")).result["text"]
    assert "1. Veloria" in listed and "2. Kestrel" in listed  # what the old words did stays
    # An edit of a message the bot did not answer since it started: a new answer.
    start = len(fake.calls)
    await fake.push(tg.edited("/latest 3", message_id=53))
    fresh = await fake.wait_for("sendMessage", after=start)
    assert fresh.result["text"].count(" · id ") == 3


async def test_in_a_group_an_edit_is_answered_only_when_meant_for_the_bot(
    bot: App, fake: FakeTelegram
) -> None:
    group = -1001234
    await silence(fake, tg.message("news about Kestrel?", group, chat_type="group", message_id=61))
    await silence(fake, tg.edited("news about Kestrel!", group, chat_type="group", message_id=61))
    start = len(fake.calls)
    await fake.push(
        tg.edited("@NewsroomTestBot news about Kestrel?", group, chat_type="group", message_id=61)
    )
    named = await fake.wait_for("sendMessage", after=start)
    assert named.params["chat_id"] == group and "Kestrel" in named.result["text"]


async def test_an_item_of_a_list_replied_to_is_named_by_its_place(
    bot: App, fake: FakeTelegram
) -> None:
    results = await say(fake, "/search Kestrel")
    opened = [data for label, data in buttons(results) if label.isdecimal()]
    second = await say(fake, "the second one", reply_to=results.result)
    assert f"· id {opened[1].split()[1]}" in second.result["text"]  # its card
    facts = await say(fake, "key facts of number 3", reply_to=results.result)
    assert f"· id {opened[2].split()[1]}" in facts.result["text"]
    assert "Key facts" in facts.result["text"]
    last = await say(fake, "открой последнюю", reply_to=results.result)
    assert f"№ {opened[-1].split()[1]}" in last.result["text"]
    # Not under a list: the words are searched.
    alone = await say(fake, "the second one")
    assert alone.result["text"].startswith("Results for “the second one”")


async def test_more_in_reply_to_a_list_turns_its_page(bot: App, fake: FakeTelegram) -> None:
    results = await say(fake, "/search Veloria")
    more = await say(fake, "more", reply_to=results.result)
    assert more.result["text"].startswith("Results for “Veloria”\n\n6. ")
    newest = await say(fake, "/latest 3")
    older = await say(fake, "next", reply_to=newest.result)
    assert older.result["text"].startswith("Latest articles\n\n4. ")
    # Not a list: "more" under a card is its longer summary, as before.
    card = await say(fake, "/summary 30")
    longer = await say(fake, "more", reply_to=card.result)
    assert (
        longer.result["text"].startswith("Night trains return")
        and "4. " not in longer.result["text"]
    )


async def test_an_article_without_a_link_is_read_page_by_page(
    bot: App, fake: FakeTelegram, tmp_path: Path
) -> None:
    store = await Storage.open(tmp_path / "bot.db", stems, index_version=INDEX_VERSION)
    try:
        paragraphs = [f"Paragraph {n} of the council's harbour debate. " * 8 for n in range(30)]
        item: dict[str, object] = {
            "title": "The harbour debate in full",
            "text": "\n".join(paragraphs),
        }
        await ingest_items(store, [Record("t", item, 0)])  # article 33
    finally:
        await store.close()
    first = await press(fake, await say(fake, "/summary 33"), "Full text")
    assert first.result["text"].startswith("The harbour debate in full")
    assert first.result["text"].endswith("Page 1 of 4") and "Paragraph 0 " in first.result["text"]
    edit = await press(fake, first, "Next ›", "editMessageText")
    assert edit.params["message_id"] == first.result["message_id"]
    assert edit.result["text"].endswith("Page 2 of 4") and "Paragraph 0 " not in edit.result["text"]
    hostile = await say(fake, "/read 32")  # the text is the text, not markup
    assert (
        '&lt;a href="javascript:alert(1)"&gt;click here&lt;/a&gt; &amp; won'
        in (hostile.params["text"])
    )
    assert hostile.result["text"].endswith(
        '<a href="javascript:alert(1)">click here</a> & won prizes.'
    )


async def test_sources_over_telegram(bot: App, fake: FakeTelegram) -> None:
    listed = await say(fake, "/sources")
    title, total, first = listed.result["text"].split("\n\n")[:3]
    assert title == "Sources, by articles stored" and first.startswith("1. Demo Business Daily")
    assert total == "32 articles stored in all."  # the demo's and this store's own
    newest = await press(fake, listed, "2")
    assert newest.result["text"].startswith("Newest from Demo Tech Review\n\n1. Port Elms")


async def test_plain_text_is_a_search_with_marked_words(bot: App, fake: FakeTelegram) -> None:
    reply = await say(fake, "Kestrel hackers")
    assert reply.result["text"].startswith("Results for “Kestrel hackers”")
    assert "<b>Kestrel</b>" in reply.params["text"]
    opens = [b for b in buttons(reply) if b[0].isdecimal()]
    assert [label for label, _ in opens] == ["1", "2", "3", "4", "5"][: len(opens)]
    assert all(data.startswith("summary ") for _, data in opens) and opens


async def test_a_question_whether_something_is_so_gets_the_sentence_that_says(
    bot: App, fake: FakeTelegram
) -> None:
    said = await say(fake, "did Okafor apologise?")
    assert said.result["text"].startswith(
        "What the article says\n\nChief executive Daniel Okafor apologised"
    )
    assert "\n\nResults for “Okafor apologise”\n" in said.result["text"]
    # Under the breach's card, which does not say: the one that does.
    card = await say(fake, "/summary 12")
    updated = await say(fake, "was the billing system updated?", reply_to=card.result)
    assert updated.result["text"].startswith(
        "What the article says\n\nAn internal review found that the billing system"
    )
    russian = await say(fake, "правда ли, что конгресс прошёл в Брюсселе?")
    assert russian.result["text"].startswith("Что сказано в статье\n\n")
    # "going down" in the reader's words, "falling" in the report's.
    falling = await say(fake, "is inflation going down?")
    assert falling.result["text"].startswith("What the article says\n\nThe Bank of Veloria kept")
    assert "if inflation keeps falling." in falling.result["text"]


async def test_what_someone_did_or_said_gets_the_sentence_that_says(
    bot: App, fake: FakeTelegram
) -> None:
    # "find" is written "found"; "what did" is no word to search for.
    found = await say(fake, "what did the survey find?")
    assert found.result["text"].startswith(
        "Answer\n\nA survey by the Federation of Velorian Industry found that 38% of exporters"
    )
    assert "\n\nResults for “the survey find”\n" in found.result["text"]
    # Their words past their role, set off by commas; and what they urged.
    steel = await say(fake, "what did Halvard Steel say?")
    assert steel.result["text"].startswith("Answer\n\nHalvard Steel, the country's biggest")
    berg = await say(fake, "what did Jonas Berg say?")
    assert "<b>look beyond the headline inflation figure</b>" in berg.params["text"]
    # Which one in a row.
    third = await say(fake, "how many congresses have there been?")
    assert "It was the <b>third</b> such congress" in third.params["text"]
    # Who did it, named by what they are.
    paid = await say(fake, "who paid for the library?")
    assert paid.params["text"].startswith("<b>Answer</b>\n\n<b>The city council</b> paid for")
    # A role by its abbreviation: the report writes "chief executive".
    ceo = await say(fake, "who resigned as CEO?")
    assert ceo.params["text"].startswith("<b>Answer</b>\n\n<b>Daniel Okafor</b>, the chief")
    # How a match ended, of no match named: the score the reports found first give.
    score = await say(fake, "what was the score?")
    assert "Calder Rovers beat Eastport United <b>2-1</b> in the National" in score.params["text"]
    won = await say(fake, "who won the match?")  # the report writes "final", not "match"
    assert won.params["text"].startswith("<b>Answer</b>\n\n<b>Calder Rovers</b> beat Eastport")
    aid = await say(fake, "how much aid did farmers get?")  # "get" is not written
    assert "has promised <b>25 million crowns</b> in emergency aid" in aid.params["text"]
    fine = await say(fake, "how big is the fine?")  # no sum of money: a share of turnover
    assert "can fine a company up to <b>4%</b> of its annual turnover" in fine.params["text"]
    kick_off = await say(fake, "when is kick-off?")  # no date: the time of day
    assert "\n\nKick-off is at <b>17:00 local time</b>.\n" in kick_off.params["text"]


async def test_a_question_in_plain_words_is_answered_by_its_topic(
    bot: App, fake: FakeTelegram
) -> None:
    reply = await say(fake, "Tell me about Kestrel hackers, please?")
    assert reply.result["text"].startswith("Results for “Kestrel hackers”\n")
    assert "<b>Kestrel</b>" in reply.params["text"]
    recommended = await say(fake, "what should I read today?")  # what most report
    assert recommended.result["text"].startswith("Your briefing for 2025-11-25\n\n")
    hello = await say(fake, "hello")
    assert hello.result["text"].startswith("Hello! Send me a few words")
    news = await say(fake, "any news?")
    assert news.result["text"].startswith("Latest articles\n\n1. Night trains return")
    facts = await say(fake, "key facts about the Kestrel hackers, please")
    assert "\nKey facts\n" in facts.result["text"] and "2.3 million" in facts.result["text"]


async def test_a_question_is_answered_by_a_sentence_above_the_results(
    bot: App, fake: FakeTelegram
) -> None:
    reply = await say(fake, "How many people were detained in Russia?")
    html = reply.params["text"]
    assert html.startswith("<b>Answer</b>\n\nMore than <b>20,000</b> people have been detained")
    link = '<a href="https://example.org/world/2025/06/ovd-info-detentions">'
    assert f"— {link}<i>OVD-Info: over 20,000 people detained" in html
    assert "\n\n<b>Results for “people were detained in Russia”</b>" in html
    russian = await say(fake, "сколько человек задержали в России?")
    # Asked in Russian, answered in Russian, whatever the user's Telegram language.
    assert russian.params["text"].startswith("<b>Ответ</b>\n\nС 24 февраля 2022 года")
    assert "более <b>20 тысяч</b> человек" in russian.params["text"]
    when = await say(fake, "When was the Kestrel Mobile breach?")
    assert when.result["text"].startswith("Answer\n\n")
    why = await say(fake, "Why did the Kestrel boss resign?")
    assert why.params["text"].startswith("<b>Answer</b>\n\nDaniel Okafor, the chief executive")
    assert "<b>after the company disclosed that hackers had stolen the data" in why.params["text"]
    lake = await say(fake, "why did Lake Sorrel fall?")  # the farmers' "after weeks of heat": no
    assert lake.result["text"].startswith("Results for “Lake Sorrel fall”\n\n1. Calder rations")
    trains = await say(fake, "where do the night trains run?")  # "between Port Elms and Calder"
    assert "between <b>Port Elms</b> and <b>Calder</b> will run again" in trains.params["text"]
    leads = await say(fake, "who leads the Bank of Veloria?")  # its Governor
    assert leads.params["text"].startswith("<b>Answer</b>\n\nGovernor <b>Elena Varga</b> said")
    backers = await say(fake, "кто поддерживает конгресс?")  # a ministry in lower case
    assert (
        "<b>Европейский союз</b> и <b>министерство иностранных дел Германии</b>"
        in (backers.params["text"])
    )
    runs = await say(fake, "кто руководит проектом аккумуляторов?")  # "руководителя проекта"
    assert "руководителя проекта <b>Кофи Менсы</b>" in runs.params["text"]
    unanswered = await say(fake, "who spoke at the congress?")  # no sentence says
    assert unanswered.result["text"].startswith("Results for “spoke at the congress”")
    card = await say(fake, "/summary 12")
    asked = await say(fake, "How many customers were affected?", reply_to=card.result)
    assert asked.params["text"].startswith("<b>Answer</b>\n\n")
    assert "<b>2.3 million</b>" in asked.params["text"] and "· id 12" in asked.result["text"]


async def test_what_a_reader_asks_of_a_card_itself(bot: App, fake: FakeTelegram) -> None:
    card = await say(fake, "/summary 1")
    assert "Newsroom Demo Wire · by Demo Desk · 2025-06-12 · id 1" in card.result["text"]
    wrote = await say(fake, "who wrote this?", reply_to=card.result)
    assert wrote.result["text"].split("\n\n")[1:] == [
        "Written by Demo Desk.",
        "Source: Newsroom Demo Wire.",
        "Published 12 June 2025.",
        "Link: https://example.org/world/2025/06/anti-war-congress-brussels",
    ]
    link = await say(fake, "send me the link", reply_to=card.result)
    url = "https://example.org/world/2025/06/anti-war-congress-brussels"
    assert f'Link: <a href="{url}">{url}</a>' in link.params["text"]
    russian = await say(fake, "is there a Russian version?", reply_to=card.result)
    assert russian.result["text"].startswith("The same story in Russian\n\n1. В Брюсселе")
    assert buttons(russian) == [("1", "summary 5")]
    about = await say(fake, "what is this article about?", reply_to=card.result)
    assert about.result["text"] == card.result["text"]  # its summary, as the card
    resigned = await say(fake, "/summary 15")
    he = await say(fake, "what did he say?", reply_to=resigned.result)  # Daniel Okafor
    assert he.params["text"].startswith("<b>Answer</b>\n\nChief executive Daniel Okafor apologised")
    final = await say(fake, "/summary 23")
    fans = await say(fake, "how many fans?", reply_to=final.result)  # it writes "spectators"
    assert "in front of <b>47,812</b> spectators" in fans.params["text"]
    assert "· id 23" in fans.result["text"] and "Results for" not in fans.result["text"]
    about_words = await say(fake, "what was the congress about?")
    assert about_words.result["text"].startswith("What the articles say about “the congress”")


async def test_who_an_article_names_its_gist_and_a_timeline(bot: App, fake: FakeTelegram) -> None:
    card = await say(fake, "/summary 1")
    named = await say(fake, "who is mentioned?", reply_to=card.result)
    assert named.result["text"].startswith(card.result["text"].split("\n")[0])  # its facts card
    assert "\nPeople: Alexei Navalny" in named.result["text"]
    places = await say(fake, "какие страны упоминаются в статье 3?")
    assert "Места: Russia, Ukraine, Brussels" in places.result["text"]  # as article 3 writes them
    gist = await say(fake, "в чём суть?", reply_to=card.result)
    bullets = [line for line in card.result["text"].splitlines() if line.startswith("•")]
    assert [line for line in gist.result["text"].splitlines() if line.startswith("•")] == bullets
    assert "№ 1" in gist.result["text"]  # told in the reader's language
    timeline = await say(fake, "timeline of the Kestrel breach")
    assert timeline.result["text"].startswith("What the articles say about “the Kestrel breach”")
    assert timeline.result["text"].index("2025-03-04") < timeline.result["text"].index("2025-04-02")


async def test_what_a_reader_heard_of_and_periods_counted_to_today(
    bot: App, fake: FakeTelegram
) -> None:
    week = await say(fake, "что нового за неделю?")  # the seven days to the newest article
    assert week.result["text"].startswith("Свежие статьи\n\nОпубликованы с 19 по 25 ноября 2025")
    reason = await say(fake, "what was the reason for the rate rise?")  # asked why by its noun
    assert "<b>as consumer prices kept rising faster than expected</b>" in reason.params["text"]
    share = await say(fake, "what percentage of exporters lost orders?")
    assert "found that <b>38%</b> of exporters had lost orders" in share.params["text"]
    visitors = await say(fake, "how many visitors came to the library?")  # "people visited"
    assert "said <b>3,000</b> people visited" in visitors.params["text"]
    came = await say(fake, "how many people came to the library?")  # not who "came out" to protest
    assert "said <b>3,000</b> people visited" in came.params["text"]
    congress = await say(fake, "how many people came to the congress?")  # "activists ... spent"
    assert congress.result["text"].startswith("Answer\n\nAbout 300 Russian activists")
    banned = await say(fake, "что запретила мэр?")  # the report writes "запрещено"
    assert banned.result["text"].startswith("Ответ\n\nМэр Ирен Кастелл сообщила")
    claim = await say(fake, "Hale was sacked, really?")  # a claim to check
    assert claim.result["text"].startswith("What the article says\n\nEastport United dismissed")
    both = await say(fake, "when and where was the congress held?")  # the first asked
    assert "spent <b>Tuesday</b> and <b>Wednesday</b> in Brussels" in both.params["text"]
    mendes = await say(fake, "кто такой Мендес?")  # English reports write "Mendes"
    assert mendes.result["text"].startswith("Ответ\n\nCalder Rovers striker Luka Mendes")
    days = await say(fake, "news from the last 3 days")
    assert days.result["text"].startswith("Latest articles\n\nPublished from 23 to 25 November")
    heard = "Hi, I heard something about a data breach at Kestrel. What should I do?"
    reply = await say(fake, heard)  # "heard" is no "head" mistyped
    assert reply.result["text"].startswith("Results for “a data breach at Kestrel”\n\n1. Kestrel")


async def test_russian_words_find_english_reports_by_their_equivalents(
    bot: App, fake: FakeTelegram
) -> None:
    # No Russian report tells of the night trains, the final or Veloria's
    # mortgages: the English ones are found by the words' equivalents.
    fare = await say(fake, "сколько стоит билет на ночной поезд?")
    assert fare.result["text"].startswith("Ответ\n\nSleeper cabins will cost from 65 crowns")
    assert "<b>65 crowns</b>" in fare.params["text"]
    tickets = await say(fake, "how much will the night train tickets cost?")  # no "tickets"
    assert tickets.result["text"].startswith("Answer\n\nSleeper cabins will cost from 65 crowns")
    assert (
        "со словами «cost night train»:\n\nНа английском\n\n1. Night trains return"
        in (fare.result["text"])
    )
    mortgages = await say(fake, "ипотека в Велории")
    assert mortgages.result["text"].startswith(
        "Нет статей на русском со словами «ипотека в Велории». Статьи на других языках "
        "со словами «mortgage Veloria»:\n\nНа английском\n\n1. House sales in Veloria"
    )
    sacked = await say(fake, "почему уволили тренера?")
    assert sacked.result["text"].startswith("Ответ\n\nEastport United dismissed manager")
    took = await say(fake, "сколько идёт ночной поезд?")  # how long, not from when
    assert "take just under <b>seven hours</b>" in took.params["text"]
    opens = await say(fake, "когда откроется библиотека?")  # "reopened", asked without its verb
    assert opens.result["text"].startswith("Ответ\n\nThe Central Library of Port Elms reopened")
    captain = await say(fake, "кто капитан Роверс?")
    assert "Rovers' captain <b>Tom Reilly</b> equalised" in captain.params["text"]
    paid = await say(fake, "кто заплатил за библиотеку?")
    assert paid.params["text"].startswith("<b>Ответ</b>\n\n<b>The city council</b> paid for")
    newest = await say(fake, "/latest ипотека")  # newest first, in English
    assert newest.result["text"].startswith(
        "Нет статей на русском со словами «ипотека». Статьи на других языках со словами "
        "«mortgage»:\n\nНа английском\n\n1. House sales in Veloria"
    )
    card = await say(fake, "/summary 30")  # the night train's English card
    fare_of_it = await say(fake, "сколько стоит билет?", reply_to=card.result)
    assert fare_of_it.result["text"].startswith("Ответ\n\nSleeper cabins will cost from")
    breach = await say(fake, "кратко об утечке данных")  # OVD-Info's Russian report has "данные"
    assert breach.result["text"].startswith("Что пишут о «breach data»")
    assert "[1]" in breach.result["text"] and "ОВД-Инфо" not in breach.result["text"]


async def test_a_search_lists_the_reports_in_the_other_language_that_have_its_words(
    bot: App, fake: FakeTelegram
) -> None:
    # The English report of the farmers has "drought"; the Russian report of
    # Calder's rationing, of another story, has "засуха", its equivalent.
    drought = (await say(fake, "/search drought")).result["text"]
    assert drought.startswith("Results for “drought”\n\n1. Farmers around Lake Sorrel")
    assert "In Russian\n\n2. Засуха на озере Соррел" in drought
    newest = (await say(fake, "/latest drought")).result["text"]
    assert newest.startswith("Newest on “drought”\n\n1. Farmers around Lake Sorrel")
    assert "In Russian\n\n2. Засуха на озере Соррел" in newest
    final = (await say(fake, "/search cup final")).result["text"]
    assert final.startswith("Results for “cup final”\n\n1. Eastport United and Calder Rovers")
    assert "In Russian" not in final  # no Russian report of the final: none listed


async def test_a_search_that_leaves_out_what_every_match_has_says_so(
    bot: App, fake: FakeTelegram
) -> None:
    left_out = (await say(fake, "/search farmers -drought")).result["text"]
    assert left_out.startswith("Nothing found for “farmers -drought”.\n\nArticles have “farmers”")
    assert "each of them also has “drought”, which you left out." in left_out


async def test_who_takes_a_post_is_answered_by_who_takes_it(bot: App, fake: FakeTelegram) -> None:
    ceo = await say(fake, "who is the new CEO of Kestrel?")  # not Okafor, who resigned
    assert ceo.result["text"].startswith("Answer\n\nFinance director Sofia Klein will lead")
    assert "<b>Sofia Klein</b>" in ceo.params["text"]
    coach = await say(fake, "кто новый тренер Eastport United?")  # not Hale, who was sacked
    assert "Assistant coach Lina Marsh will take charge" in coach.result["text"]
    # The search for all the words finds the breach report ("took"): Okafor's are read.
    after = await say(fake, "who took over from Okafor?")
    assert after.result["text"].startswith("Answer\n\nFinance director Sofia Klein will lead")
    russian = await say(fake, "кто заменит Окафора?")  # the English reports, by his name
    assert "Finance director Sofia Klein will lead" in russian.result["text"]


async def test_what_someone_pays_is_answered_by_the_sum(bot: App, fake: FakeTelegram) -> None:
    spend = await say(fake, "what will Kestrel spend on security?")  # a sum, asked "what"
    assert "would spend <b>120 million crowns</b> over two years" in spend.params["text"]


async def test_which_groups_did_not_attend_is_answered_by_the_groups(
    bot: App, fake: FakeTelegram
) -> None:
    absent = await say(fake, "which groups did not attend?")
    assert absent.result["text"].startswith("Answer\n\nSeveral well-known anti-Putin groups did")
    assert "<b>well-known anti-Putin groups</b>" in absent.params["text"]


async def test_which_organisation_did_it_is_answered_by_its_name(
    bot: App, fake: FakeTelegram
) -> None:
    which = await say(fake, "which university is testing batteries?")
    assert "Researchers at the <b>University of Port Elms</b> have begun" in which.params["text"]
    russian = await say(fake, "какой университет испытывает аккумуляторы?")
    assert "Исследователи из <b>Университета Порт-Элмса</b>" in russian.params["text"]


async def test_a_foreign_name_declined_in_russian_finds_the_english_reports(
    bot: App, fake: FakeTelegram
) -> None:
    # "Мендесом": the instrumental of a name the dictionary lacks, of one
    # whose English "s" the stemmer takes off ("Mendes": "mend")
    mendes = await say(fake, "что случилось с Мендесом?")
    assert mendes.result["text"].startswith(
        "Нет статей на русском со словами «Мендесом».\n\nНа английском\n\n1. Mendes to miss"
    )
    klein = await say(fake, "кто такая Кляйн?")  # Klein, as Russian writes its sound
    assert klein.result["text"].startswith("Ответ\n\nFinance director Sofia Klein will lead")
    petrov = await say(fake, "кто такая Анна Петрова?")  # "Ana Petrov"; "Анна" keys nothing
    assert petrov.result["text"].startswith('Ответ\n\n"Buyers are waiting to see whether')
    holt = await say(fake, "кто такой Марек Холт?")  # "Holt": no key of "Холт" shares its H
    assert "said Marek Holt, who grows maize" in holt.result["text"].split("\n")[2]
    hale = await say(fake, "кто уволил Хейла?")  # Hale: "heyl" as English writes its vowel
    assert hale.params["text"].startswith("<b>Ответ</b>\n\n<b>Eastport United</b> dismissed")
    anand = await say(fake, "кто такой Пол Ананд?")  # Paul
    assert anand.result["text"].startswith("Ответ\n\nClub doctor Paul Anand said")
    okafor = await say(fake, "с Окафором")
    assert "На английском\n\n1. Kestrel Mobile says hackers stole" in okafor.result["text"]


async def test_how_many_came_is_answered_by_how_many_were_there(
    bot: App, fake: FakeTelegram
) -> None:
    fans = await say(fake, "how many fans came?")  # the preview counts them; none writes "came"
    assert fans.params["text"].startswith("<b>Answer</b>\n\nAbout <b>48,000</b> fans are expected")
    russian = await say(fake, "сколько болельщиков пришло?")
    assert russian.params["text"].startswith("<b>Ответ</b>\n\nAbout <b>48,000</b> fans")


async def test_who_did_not_do_it_is_not_answered_by_who_did(bot: App, fake: FakeTelegram) -> None:
    absent = await say(fake, "who did not attend the congress?")
    assert absent.result["text"].startswith("Results for “did not attend the congress”")
    russian = await say(fake, "кто не приехал на конгресс?")  # searched as "не участвовали"
    assert not russian.result["text"].startswith("Ответ")
    assert "Найдено по запросу «не участвовали на конгресс»" in russian.result["text"]
    # Asked of reports only English writes, in their words: still what did not happen.
    parade = await say(fake, "кто не пришёл на парад?")
    assert "Статьи на других языках со словами «parade»" in parade.result["text"]
    assert not parade.result["text"].startswith("Ответ")
    came = await say(fake, "кто пришёл на парад?")
    assert came.result["text"].startswith("Ответ")


async def test_words_no_report_writes_are_looked_for_as_news_writes_them(
    bot: App, fake: FakeTelegram
) -> None:
    arrested = await say(fake, "who was arrested?")  # the reports write "detained"
    assert arrested.params["text"].startswith("<b>Answer</b>\n\nMore than 20,000 people have")
    assert "<b>OVD-Info</b>" not in arrested.params["text"]  # its source, not who was
    assert "Nothing has “was arrested”. Results for “was detain”:" in arrested.result["text"]
    sacked = await say(fake, "who was sacked?")  # whom it was done to, not who did it
    assert "Eastport United dismissed manager <b>Viktor Hale</b>" in sacked.params["text"]
    got = await say(fake, "who got sacked?")  # the passive as chat says it
    assert "Eastport United dismissed manager <b>Viktor Hale</b>" in got.params["text"]
    jailed = await say(fake, "who was jailed?")  # "portraits of 120 people imprisoned"
    assert jailed.params["text"].startswith("<b>Answer</b>\n\nVisitors to the Anti-war")
    assert "<b>Anti-war Initiatives Congress</b>" not in jailed.params["text"]
    russian = await say(fake, "кого арестовали?")  # "задержаны"
    assert russian.result["text"].startswith("Ответ\n\nС 24 февраля 2022 года в России задержаны")
    follow = await say(fake, "/subscribe arrests")
    assert "some write “detain”. Follow that too?" in follow.result["text"]
    assert buttons(follow)[0] == ("Follow “detain”", "subscribe detain")


async def test_questions_of_a_report_written_as_the_seed_is(
    bot: App, fake: FakeTelegram, tmp_path: Path
) -> None:
    store = await Storage.open(tmp_path / "bot.db", stems, index_version=INDEX_VERSION)
    try:
        item: dict[str, object] = {  # as the seed report writes its congress
            "title": "Ministers meet for a third water summit",
            "text": "The Water Summit 2025 was the third held since the start of Veloria's "
            "drought in 2022. First held in Vienna, the summit has since moved to Geneva, "
            "where it was held at the harbour hall. Other meetings such as the Dry Lands "
            "Forum and the far-right Blue Alliance have held rival events this year. The "
            "summit, which receives support from the World Bank and the Geneva Water Office, "
            "acts as a platform for high-level discussion. The platform discussed issues "
            "such as rationing and wells. Delegates included members of Anna Berg's "
            "Clean Water Foundation (CWF).",
        }
        await ingest_items(store, [Record("t", item, 0)])  # article 33
    finally:
        await store.close()
    where = await say(fake, "where was the summit held?")  # where, not whose drought
    assert where.params["text"].startswith(
        "<b>Answer</b>\n\nFirst held in <b>Vienna</b>, the summit has since moved to <b>Geneva</b>"
    )
    alliance = await say(fake, "what is the Blue Alliance?")  # one of a list after "such as"
    assert alliance.params["text"].startswith("<b>Answer</b>\n\nOther <b>meetings</b> such as")
    rivals = await say(fake, "who held rival events?")  # every name of the list
    assert (
        "the <b>Dry Lands Forum</b> and the far-right <b>Blue Alliance</b>"
        in (rivals.params["text"])
    )
    backers = await say(fake, "who supports the summit?")
    assert "the <b>World Bank</b> and the <b>Geneva Water Office</b>" in backers.params["text"]
    discussed = await say(fake, "what did the platform discuss?")  # the verb, not "discussion"
    assert discussed.params["text"].startswith("<b>Answer</b>\n\nThe platform discussed issues")
    passive = await say(fake, "what was discussed?")  # in the passive too
    assert passive.params["text"].startswith("<b>Answer</b>\n\nThe platform discussed issues")
    founder = await say(fake, "who founded the Clean Water Foundation?")  # not its "(CWF)"
    assert "of <b>Anna Berg</b>'s Clean Water Foundation (CWF)." in founder.params["text"]
    goal = await say(fake, "who scored the winning goal?")  # "scored the winner"
    assert goal.params["text"].startswith("<b>Answer</b>\n\n<b>Luka Mendes</b>, who had been")
    fire = await say(fake, "where did the fire happen?")  # "fired" is read as sacked; "fire" not
    assert fire.result["text"].startswith("Nothing found for “the fire”.")


async def test_a_search_typed_on_a_phone_leaves_words_out_and_keeps_phrases(
    bot: App, fake: FakeTelegram
) -> None:
    reply = await say(fake, "“Kestrel Mobile” −refund")  # smart quotes, a minus sign
    assert reply.result["text"].startswith("Results for ““Kestrel Mobile” −refund”")
    opened = [data for label, data in buttons(reply) if label.isdecimal()]
    assert "summary 12" in opened and "summary 14" not in opened
    asked = await say(fake, "/search -refund")
    assert asked.result["text"].startswith("Tell me what to look for as well")


async def test_a_pasted_link_opens_its_article(bot: App, fake: FakeTelegram) -> None:
    url = "https://example.org/world/2025/06/anti-war-congress-brussels"
    card = await say(fake, url)
    assert card.result["text"].startswith("Russian anti-war activists meet in Brussels")
    assert card.params["link_preview_options"]["url"] == url
    bare = await say(fake, "http://www.example.org/world/2025/06/anti-war-congress-brussels")
    assert bare.result["text"].startswith("Russian anti-war activists meet in Brussels")
    unknown = await say(fake, "https://example.org/not/stored")
    assert unknown.result["text"].startswith("I don't have that page among the stored articles")
    words = await say(fake, f"/search {url}")  # asked as a search, it is one
    assert words.result["text"].startswith("Results for")
    forwarded = await say(fake, f"Worth reading: the congress in Brussels ({url}).")
    assert forwarded.result["text"].startswith("Russian anti-war activists meet in Brussels")
    # A channel post forwarded: a photo, words in its caption, the link behind "Read more".
    link = {"type": "text_link", "offset": 29, "length": 9, "url": url}
    post = await say(
        fake,
        None,
        extra={
            "photo": [{"file_id": "p", "file_unique_id": "u", "width": 1, "height": 1}],
            "caption": "Activists gather in Brussels Read more",
            "caption_entities": [link],
        },
    )
    assert post.result["text"].startswith("Russian anti-war activists meet in Brussels")
    hidden = await say(
        fake, None, extra={"text": "the report", "entities": [{**link, "offset": 4, "length": 6}]}
    )
    assert hidden.result["text"].startswith("Russian anti-war activists meet in Brussels")
    pasted = await say(fake, PASTED)  # a paragraph from elsewhere, too long to be search words
    assert pasted.result["text"].startswith("Stored articles about the text you sent")
    assert "В Брюсселе прошёл антивоенный конгресс" in pasted.result["text"]


async def test_summary_card_previews_its_link_and_buttons_work(
    bot: App, fake: FakeTelegram
) -> None:
    card = await say(fake, "/summary 1")
    text = card.result["text"]
    assert text.startswith("Russian anti-war activists meet in Brussels")
    assert "• About 300 Russian activists" in text
    url = "https://example.org/world/2025/06/anti-war-congress-brussels"
    assert card.params["link_preview_options"]["url"] == url
    assert f'<a href="{url}">' in card.params["text"]
    assert buttons(card) == [
        ("More", "summary 1 6"),
        ("Key facts", "facts 1"),
        ("Related", "related 1"),
        ("Follow story", "follow 1"),
    ]
    start = len(fake.calls)
    await fake.push(tg.callback("summary 1 6", card.result))
    longer = await fake.wait_for("editMessageText", after=start)  # the card grows in place
    assert longer.result["text"].count("• ") == 6
    assert longer.params["message_id"] == card.result["message_id"]
    start = len(fake.calls)
    await fake.push(tg.callback("facts 1", card.result))
    facts = await fake.wait_for("sendMessage", after=start)
    assert (
        "Key facts" in facts.result["text"] and "Anti-Corruption Foundation" in facts.result["text"]
    )


async def test_facts_as_a_reply_to_a_card(bot: App, fake: FakeTelegram) -> None:
    card = await say(fake, "/summary 3")
    facts = await say(fake, "/facts", reply_to=card.result)
    assert facts.result["text"].startswith("OVD-Info: over 20,000 people detained")
    assert "(figure, date, who said it)" in facts.result["text"]


async def test_related_puts_the_same_story_first(bot: App, fake: FakeTelegram) -> None:
    reply = await say(fake, "/related 12")
    text = reply.result["text"]
    assert text.index("Regulator opens inquiry into Kestrel Mobile breach") < text.index(
        "same subject"
    )
    assert "same story" in text


async def test_related_finds_the_report_in_russian(bot: App, fake: FakeTelegram) -> None:
    reply = await say(fake, "/related 1")
    text = reply.result["text"]
    first = text.index("1. ")
    assert text.index("В Брюсселе прошёл антивоенный конгресс", first) < text.index("2. ")
    assert "same story · in Russian" in text


async def test_search_lists_reports_in_russian_under_the_results(
    bot: App, fake: FakeTelegram
) -> None:
    reply = await say(fake, "/search Navalny")
    text = reply.result["text"]
    assert text.index("1. Russian anti-war activists meet in Brussels") < text.index("In Russian")
    assert text.index("In Russian") < text.index("2. В Брюсселе прошёл антивоенный конгресс")
    assert "<b>Навального</b>" in reply.params["text"]  # the name it was found by, marked
    assert buttons(reply) == [("1", "summary 1"), ("2", "summary 5")]


async def test_a_search_found_only_in_the_other_language_says_so(
    bot: App, fake: FakeTelegram
) -> None:
    reply = await say(fake, "путин")  # no Russian demo report names him; an English one does
    said = "Нет статей на русском со словами «путин».\n\nНа английском\n\n1."
    assert reply.result["text"].startswith(said)
    assert "Найдено" not in reply.result["text"]


async def test_schedules_a_followed_story_and_unfollowing_over_telegram(
    bot: App, fake: FakeTelegram
) -> None:
    digest = await say(fake, "/digest 08:00 new york")
    assert "one digest a day at 08:00 (America/New_York)" in digest.result["text"]
    for command, opening in [
        ("/quiet 22:00-07:00 Mars", "I don't know the time zone “Mars”."),
        ("/quiet 22:00-07:00 Berlin", "Quiet hours: 22:00-07:00 (Europe/Berlin)."),
        ("/subscribe drought", "Following “drought”."),
        ("/unsubscribe drought", "Stopped following “drought”."),
        ("/unsubscribe drought", "This chat does not follow “drought”."),
        ("let me know if anything happens with Kestrel", "Following “Kestrel”."),
        ("stop sending me Kestrel news", "Stopped following “Kestrel”."),
    ]:
        reply = await say(fake, command)
        assert reply.result["text"].startswith(opening), command
    card = await say(fake, "/summary 18")
    followed = await press(fake, card, "Follow story")
    assert followed.result["text"].startswith("Following the story “Farmers around Lake Sorrel")
    listed = await say(fake, "/subscriptions")
    assert "(a story)" in listed.result["text"]
    assert "digest a day at 08:00 (Europe/Berlin)" in listed.result["text"]  # one zone a chat


async def test_summary_of_a_topic_cites_sources(bot: App, fake: FakeTelegram) -> None:
    reply = await say(fake, "/summary Kestrel breach")
    assert reply.result["text"].startswith("What the articles say about “Kestrel breach”")
    assert "[1]" in reply.result["text"] and "Sources" in reply.result["text"]
    # The story's first report, which writes no "breach", opens it.
    assert "\n\n• 2025-03-04 Kestrel Mobile, one of the largest" in reply.result["text"]


async def test_deep_link_opens_the_article(bot: App, fake: FakeTelegram) -> None:
    reply = await say(fake, "/start a12")
    assert reply.result["text"].startswith("Kestrel Mobile says hackers stole data")
    follow = await say(fake, "/start t_Kestrel_Mobile")
    assert follow.result["text"].startswith("Following “Kestrel Mobile”.")
    russian = await say(fake, "/start " + topic_payload("Навальный"))  # in Base64
    assert russian.result["text"].startswith("Following “Навальный”.")
    topics = await say(fake, "/subscriptions")
    assert "1. Kestrel Mobile" in topics.result["text"]
    assert "2. Навальный" in topics.result["text"]


async def test_inline_query_offers_cards_that_open_the_bot(bot: App, fake: FakeTelegram) -> None:
    start = len(fake.calls)
    await fake.push(tg.inline_query("Kestrel breach"))
    answer = await fake.wait_for("answerInlineQuery", after=start)
    results = answer.params["results"]
    assert 1 <= len(results) <= 10
    first = results[0]
    assert first["type"] == "article" and first["title"].startswith(
        ("Kestrel", "Regulator", "Telecom")
    )
    content = first["input_message_content"]
    shown = tg.parse_html(content["message_text"])
    assert shown.startswith(first["title"]) and "• " in shown
    [[open_button]] = first["reply_markup"]["inline_keyboard"]
    assert open_button["url"] == f"https://t.me/NewsroomTestBot?start=a{first['id']}"
    # A request in plain words offers what its topic finds.
    start = len(fake.calls)
    await fake.push(tg.inline_query("any news about the Kestrel breach?"))
    asked = await fake.wait_for("answerInlineQuery", after=start)
    assert [r["id"] for r in asked.params["results"]] == [r["id"] for r in results]


async def test_a_question_asked_inline_offers_its_answer_first(
    bot: App, fake: FakeTelegram
) -> None:
    start = len(fake.calls)
    await fake.push(tg.inline_query("how many people were detained in Russia?"))
    asked = await fake.wait_for("answerInlineQuery", after=start)
    first, *articles = asked.params["results"]
    assert first["id"] == "answer3" and first["title"].startswith("More than 20,000 people")
    assert first["description"].startswith("Answer · OVD-Info: over 20,000")
    content = first["input_message_content"]["message_text"]
    assert content.startswith("<b>Answer</b>\n\nMore than <b>20,000</b> people")
    [[open_button]] = first["reply_markup"]["inline_keyboard"]
    assert open_button["url"] == "https://t.me/NewsroomTestBot?start=a3"
    assert articles and articles[0]["id"] == "3"  # then the articles, as for any search
    # Answered as in a chat, by the report found without "attended", which it does not write.
    start = len(fake.calls)
    await fake.push(tg.inline_query("how many people attended the congress?"))
    attended = await fake.wait_for("answerInlineQuery", after=start)
    assert attended.params["results"][0]["id"] == "answer1"
    # The score of no match named: the reports of scoring, the first with a score.
    start = len(fake.calls)
    await fake.push(tg.inline_query("what was the score?"))
    scored = await fake.wait_for("answerInlineQuery", after=start)
    assert scored.params["results"][0]["id"] == "answer23"
    # Words that ask no question get articles only.
    start = len(fake.calls)
    await fake.push(tg.inline_query("people detained in Russia"))
    searched = await fake.wait_for("answerInlineQuery", after=start)
    assert all(r["id"].isdecimal() for r in searched.params["results"])


async def test_inline_results_page_on_as_the_reader_scrolls(bot: App, fake: FakeTelegram) -> None:
    start = len(fake.calls)
    await fake.push(tg.inline_query("year"))  # in 16 demo articles
    first = await fake.wait_for("answerInlineQuery", after=start)
    assert len(first.params["results"]) == 10 and first.params["next_offset"] == "10"
    start = len(fake.calls)
    await fake.push(tg.inline_query("year", offset="10"))
    more = await fake.wait_for("answerInlineQuery", after=start)
    assert len(more.params["results"]) == 6 and not more.params.get("next_offset")
    ids = [r["id"] for r in first.params["results"] + more.params["results"]]
    assert len(set(ids)) == 16  # none shown twice


async def test_inline_query_with_no_words_lists_the_newest_reports_once(
    bot: App, fake: FakeTelegram, tmp_path: Path
) -> None:
    room = await Newsroom.open(Settings(db_path=str(tmp_path / "bot.db")))
    [newest] = await room.latest(1)
    reprint: dict[str, object] = {
        "title": "Wire: " + newest.title,
        "text": newest.text + "\n\n(Reporting by the Wire Desk.)",
        "source": "Wire Desk",
        "published": "2025-12-31T10:00:00Z",  # newer than any demo article
    }
    await ingest_items(room.storage, [Record("test", reprint, 0)])
    await room.close()
    start = len(fake.calls)
    await fake.push(tg.inline_query(""))
    answer = await fake.wait_for("answerInlineQuery", after=start)
    titles = [r["title"] for r in answer.params["results"]]
    assert titles[0] == "Wire: " + newest.title and newest.title not in titles
    assert len(titles) == 10


async def test_group_forum_topic_and_other_bots(bot: App, fake: FakeTelegram) -> None:
    group = -1001234
    reply = await say(fake, "/help@NewsroomTestBot", group, chat_type="supergroup", thread=77)
    assert reply.params["message_thread_id"] == 77
    assert reply.result["text"].startswith("Newsroom bot")
    for text in ("/help@SomeOtherBot", "/weather", "just chatting about Kestrel"):
        await silence(fake, tg.message(text, group, chat_type="supergroup"), group)
    unknown = await say(fake, "/weather@NewsroomTestBot", group, chat_type="supergroup")
    assert unknown.result["text"].startswith("I don't know the command /weather")


async def test_in_a_group_words_meant_for_the_bot_are_answered(
    bot: App, fake: FakeTelegram
) -> None:
    group = -1001234
    named = await say(
        fake, "@NewsroomTestBot tell me about Kestrel hackers", group, chat_type="group"
    )
    assert named.result["text"].startswith("Results for “Kestrel hackers”\n")
    answer = await say(
        fake, "any news on Veloria?", group, chat_type="group", reply_to=named.result
    )
    assert answer.result["text"].startswith("Results for “Veloria”\n")
    someone = tg.message("Kestrel again", group, chat_type="group", sender=tg.user(333))["message"]
    for chatter in (
        tg.message("news about Kestrel?", group, chat_type="group"),
        tg.message("me too", group, chat_type="group", reply_to=someone),
        tg.message("ask @SomeOtherBot about Kestrel", group, chat_type="group"),
    ):
        await silence(fake, chatter, group)


async def test_only_a_groups_admins_change_what_it_follows(bot: App, fake: FakeTelegram) -> None:
    group, member, admin = -1005678, 444, 555
    fake.chats[group] = {"id": group, "type": "supergroup", "title": "Readers"}
    fake.members.update({(group, member): "member", (group, admin): "administrator"})

    async def said(words: str, sender: int, **extra: Any) -> str:
        by = tg.user(sender)
        reply = await say(fake, words, group, chat_type="supergroup", sender=by, **extra)
        return str(reply.result["text"])

    admins_only = "Only this group's admins can change what it follows"
    for words in ("/subscribe Navalny", "@NewsroomTestBot follow Kestrel", "/digest 08:00"):
        assert (await said(words, member)).startswith(admins_only), words
    assert (await said("/lang ru", member)).startswith(admins_only)
    # Nor by a command's name alone in reply to a card ("follow": its story).
    card = await say(fake, "/summary 30", group, chat_type="supergroup", sender=tg.user(member))
    assert (await said("follow", member, reply_to=card.result)).startswith(admins_only)
    # Reading is everyone's, and what the group follows is shown to everyone.
    assert (await said("/subscriptions", member)).startswith("This chat follows no topics")
    assert (await said("/search Kestrel", member)).startswith("Results for “Kestrel”")
    assert (await said("/subscribe Navalny", admin)).startswith("Following “Navalny”")
    # An anonymous admin writes as the group itself.
    anonymous = {"extra": {"sender_chat": fake.chats[group]}}
    assert (await said("/subscribe Kestrel", 1087968824, **anonymous)).startswith("Following")
    listed = await said("/subscriptions", member)
    assert "1. Navalny" in listed and "2. Kestrel" in listed
    # A button under the group's list acts only for an admin's press.
    topics = await say(fake, "/subscriptions", group, chat_type="supergroup")
    [(_label, remove)] = [b for b in buttons(topics) if b[0] == "✕ 1"]
    start = len(fake.calls)
    await fake.push(tg.callback(remove, topics.result, sender=tg.user(member)))
    refused = await fake.wait_for("sendMessage", after=start)
    assert refused.result["text"].startswith(admins_only)


async def test_russian_speaking_user_and_lang(bot: App, fake: FakeTelegram) -> None:
    ivan = tg.user(222, language="ru", name="Иван")
    reply = await say(fake, "/help", 222, sender=ivan)
    assert reply.result["text"].startswith("Бот редакции")
    found = await say(fake, "задержания", 222, sender=ivan)
    assert found.result["text"].startswith("Найдено по запросу «задержания»")
    # Followed in plain words, a noun as the dictionary writes it.
    followed = await say(fake, "следи за засухой", 222, sender=ivan)
    assert followed.result["text"].startswith("Слежу за темой «засуха».")
    await say(fake, "/lang en", 222, sender=ivan)
    english = await say(fake, "/latest 1", 222, sender=ivan)
    assert english.result["text"].startswith("Latest articles")


async def test_the_answer_is_in_the_language_the_reader_writes_in(
    bot: App, fake: FakeTelegram
) -> None:
    # The reader's Telegram is in English; they write in Russian.
    reply = await say(fake, "что нового о засухе?")
    assert reply.result["text"].startswith("Свежее по запросу «засухе»\n\n1. Засуха на озере")
    assert ("1", "ru|summary 21") in buttons(reply)  # what the buttons open is in Russian too
    card = await press(fake, reply, "1")
    assert [label for label, _ in buttons(card)][:3] == ["Подробнее", "Факты", "Похожие"]
    facts = await press(fake, card, "Факты")
    assert "\nГлавные факты\n" in facts.result["text"]
    english = await say(fake, "what happened in Brussels?")
    assert english.result["text"].startswith("Results for “Brussels”")
    unsaid = await say(fake, "/summary 21")  # no words to tell: the reader's own language
    assert [label for label, _ in buttons(unsaid)][:2] == ["More", "Key facts"]
    # A forwarded post's words are its writer's, not the reader's.
    post = "Засуха на озере Соррел: власти Колдера ограничили подачу воды жителям города"
    origin = {"type": "hidden_user", "sender_user_name": "Лента", "date": 1}
    forwarded = await say(fake, None, extra={"text": post, "forward_origin": origin})
    assert forwarded.result["text"].startswith("Results for")
    # A language chosen for the chat is kept, whatever the words.
    await say(fake, "/lang en")
    chosen = await say(fake, "что нового о засухе?")
    assert chosen.result["text"].startswith("Newest on “засухе”")
    assert ("1", "summary 21") in buttons(chosen)


async def test_html_in_an_article_is_shown_as_text(bot: App, fake: FakeTelegram) -> None:
    reply = await say(fake, "/summary 32")
    shown = reply.result["text"]  # the fake refuses malformed HTML, so this parsed
    assert shown.startswith("Rents <up> & away")
    assert '<a href="javascript:alert(1)">click here</a>' in shown
    assert "<a " not in reply.params["text"] and "&lt;a href=" in reply.params["text"]
    facts = await say(fake, "/facts 32")
    assert "5% <fast> & so did rents > wages" in facts.result["text"]


BAD_INPUTS = [
    ("/frobnicate", "I don't know the command /frobnicate"),
    ("/summary 12abc", "Nothing found for “12abc”."),
    ("/summary 99999", "There is no article with id 99999."),
    ("/search " + "word " * 700, "That is too long to search for"),
    ("/search " + "слово " * 700, "Слишком длинный запрос"),  # in the language it is written in
    ("?!… ***", "I could not find any words to search for in that."),
    ("\u202eKestrel\u202c", "Results for “Kestrel”"),
    ("Kes\u200btrel", "Results for “Kestrel”"),
    ("مرحبا بالعالم", "Nothing found for “مرحبا بالعالم”."),
]


@pytest.mark.parametrize(("text", "expected"), BAD_INPUTS)
async def test_bad_input_gets_a_short_helpful_reply(
    bot: App, fake: FakeTelegram, text: str, expected: str
) -> None:
    reply = await say(fake, text)
    assert reply.result["text"].startswith(expected)


async def test_what_needs_no_answer_gets_none_and_polling_goes_on(
    bot: App, fake: FakeTelegram
) -> None:
    photo_sent = {"photo": [{"file_id": "p", "file_unique_id": "u", "width": 1, "height": 1}]}
    edited = tg.message(None, extra=photo_sent)  # a photo cropped: no words to answer
    await silence(fake, {"edited_message": {**edited["message"], "edit_date": 1}})
    post = tg.message("/latest", -100777, chat_type="channel")["message"]
    await silence(fake, {"channel_post": post}, -100777)
    photo = await say(fake, None, extra=photo_sent)
    assert photo.result["text"].startswith("I can only read text.")
    assert (await say(fake, "/help")).result["text"].startswith("Newsroom bot")


async def test_old_buttons(bot: App, fake: FakeTelegram, tmp_path: Path) -> None:
    card = await say(fake, "/summary 2")
    store = await Storage.open(tmp_path / "bot.db", stems, index_version=INDEX_VERSION)
    try:
        assert await store.delete_article(2)  # an editor removes it meanwhile
    finally:
        await store.close()
    start = len(fake.calls)
    await fake.push(tg.callback("facts 2", card.result))
    gone = await fake.wait_for("sendMessage", after=start)
    assert gone.result["text"] == "There is no article with id 2. Try /latest or /search."
    start = len(fake.calls)
    await fake.push(tg.callback("k:987654", card.result))
    alert = await fake.wait_for("answerCallbackQuery", after=start)
    assert alert.params["text"].startswith("This button no longer works")
    assert alert.params["show_alert"]


async def test_long_button_commands_go_through_a_stored_key(bot: App, fake: FakeTelegram) -> None:
    words = "Veloria zyzzyva quixotic marmalade lighthouse harbour маяк"  # some words match
    first = await say(fake, "/search " + words)
    [(_, data)] = [b for b in buttons(first) if b[0] == "More results"]
    assert data.startswith("k:") and len(data.encode()) <= 64
    start = len(fake.calls)
    await fake.push(tg.callback(data, first.result))
    edit = await fake.wait_for("editMessageText", after=start)
    assert "6. " in edit.result["text"]


async def test_an_editor_removes_an_article_for_good(fake: FakeTelegram, tmp_path: Path) -> None:
    settings = settings_for(fake, tmp_path / "editor.db", admin_ids=frozenset({111}))
    app = build_application(settings)
    await start_polling(app)
    try:
        asked = await say(fake, "/remove 2 wrong figures")
        assert asked.result["text"].startswith("Remove article 2, “Brussels exhibition puts")
        assert buttons(asked) == [("Remove for good", "remove_now 2 wrong figures")]
        start = len(fake.calls)
        await fake.push(tg.callback("remove_now 2 wrong figures", asked.result))
        done = await fake.wait_for("sendMessage", after=start)
        assert done.result["text"].startswith("Removed article 2, “Brussels exhibition puts")
        gone = await say(fake, "/summary 2")  # an old card's link or a shared id
        assert gone.result["text"].startswith("Article 2 was removed by the editors.")
        found = await say(fake, "/search exhibition 120 jailed opponents")
        assert "Brussels exhibition" not in found.result["text"]
        reader = await say(fake, "/remove 3", chat=222)
        assert reader.result["text"] == (
            "Sorry, only the bot's editors can remove articles.\n\n"
            "Your Telegram id is 222: the bot's operator can add it to ADMIN_IDS."
        )
    finally:
        await fake.release_polls()
        await stop(app)


async def test_an_editor_sends_a_file_of_articles(fake: FakeTelegram, tmp_path: Path) -> None:
    settings = settings_for(fake, tmp_path / "files.db", admin_ids=frozenset({111}))
    app = build_application(settings)
    await start_polling(app)
    lines = [
        {
            "title": "Harbour strike enters its third day",
            "text": "Dock workers in Port Elms stayed out on Sunday over pay, the union said.",
            "url": "https://example.org/strike",
        },
        {
            "title": "Засуха в долине Соррел",
            "text": "Фермеры долины Соррел потеряли треть урожая, сообщил союз фермеров.",
        },
    ]
    data = "\n".join(json.dumps(line, ensure_ascii=False) for line in lines) + "\n{broken\n"
    try:
        await say(fake, "/subscribe harbour strike")
        start = len(fake.calls)
        await fake.push(tg.document(fake, "today.jsonl", data.encode()))
        read = await fake.wait_for("sendMessage", lambda c: "Read" in c.result["text"], after=start)
        said = read.result["text"]
        assert said.startswith(
            "Read “today.jsonl”\n\nAdded 2, updated 0, already stored 0, refused 1.\n\n"
            "Updates queued for their followers: 1.\n\nRefused\n\n"
            "• line 3: invalid JSON: Expecting property name enclosed in double quotes"
        )
        assert "1. Harbour strike enters its third day" in said
        assert [label for label, _ in buttons(read)] == ["1", "2"]
        found = await say(fake, "/search фермеры Соррел")
        assert "Засуха в долине Соррел" in found.result["text"]
        pdf = await _sent_file(fake, "report.pdf", b"%PDF-1.4")
        assert (
            pdf == "I read articles from .jsonl, .ndjson, .json, .txt, .md, .markdown, .html, .htm "
            "files; this one is “.pdf”."
        )
        reader = await _sent_file(fake, "more.jsonl", data.encode(), chat=222)
        assert reader.startswith("Sorry, only the bot's editors can add articles.")
        photo = await _sent_file(fake, "cat.png", b"\x89PNG", chat=222)  # no request
        assert photo == "I can only read text. Send some words to search, or /help."
    finally:
        await fake.release_polls()
        await stop(app)


async def _sent_file(fake: FakeTelegram, name: str, data: bytes, chat: int = 111) -> str:
    start = len(fake.calls)
    await fake.push(tg.document(fake, name, data, chat))
    return str((await fake.wait_for("sendMessage", after=start)).result["text"])


async def test_a_failure_is_told_without_internals(bot: App, fake: FakeTelegram) -> None:
    fake.fail("sendMessage", 400, "Bad Request: chat has a strange problem")
    start = len(fake.calls)
    await fake.push(tg.message("/latest 1"))
    apology = await fake.wait_for("sendMessage", lambda c: isinstance(c.result, dict), after=start)
    failed = fake.calls[start:]
    assert isinstance(failed[0].result, tg.ApiError)
    assert apology.result["text"] == (
        "Sorry, something went wrong on my side. Please try again in a moment."
    )


async def test_run_polls_telegram_when_a_token_is_set(fake: FakeTelegram, tmp_path: Path) -> None:
    db = tmp_path / "polling.db"
    process = await run_bot(fake, db)
    try:
        await fake.push(tg.message("/latest 1"))
        reply = await fake.wait_for("sendMessage", within=60)
        assert reply.result["text"].startswith("Latest articles")
        await fake.release_polls()
    finally:
        log = await finish(process, db)
    assert "loaded the demo set (31 articles)" in log


async def test_run_serves_a_webhook_that_checks_its_secret(
    fake: FakeTelegram, tmp_path: Path
) -> None:
    port = free_port()
    url = f"http://127.0.0.1:{port}/telegram/hook"
    db = tmp_path / "webhook.db"
    process = await run_bot(
        fake,
        db,
        WEBHOOK_URL=url,
        WEBHOOK_SECRET="s3cret-value",
        WEBHOOK_LISTEN="127.0.0.1",
        WEBHOOK_PORT=str(port),
    )
    try:
        hook = await fake.wait_for("setWebhook", within=60)
        assert hook.params["url"] == url and hook.params["secret_token"] == "s3cret-value"
        await fake.push(tg.message("/summary 1"))  # the fake posts it to the webhook
        reply = await fake.wait_for("sendMessage", within=30)
        assert reply.result["text"].startswith("Russian anti-war activists meet in Brussels")
        async with aiohttp.ClientSession() as client:
            update = {"update_id": 999, **tg.message("/help")}
            headers = {"X-Telegram-Bot-Api-Secret-Token": "wrong"}
            async with client.post(url, json=update, headers=headers) as response:
                assert response.status == 403
        await fake.quiet(0.5)
        assert len(fake.sent()) == 1
    finally:
        await finish(process, db)


async def test_a_flooding_reader_is_asked_to_wait_and_others_are_answered(
    fake: FakeTelegram, tmp_path: Path
) -> None:
    """Three requests at once and one a minute: the fourth request is told to
    wait, later ones are dropped; another reader and an editor are answered."""
    db = tmp_path / "limits.db"
    room = await Newsroom.open(Settings(db_path=str(db)))
    await room.load_demo_if_empty()
    await room.close()
    settings = settings_for(
        fake, db, admin_ids=frozenset({333}), reader_burst=3, reader_per_minute=1
    )
    app = build_application(settings)
    await start_polling(app)
    try:
        start = len(fake.calls)
        for n in range(8):
            await fake.push(tg.message(f"/latest {n + 1}", 111, message_id=n + 1))
        other = await say(fake, "/help", chat=222)
        assert other.result["text"].startswith("Newsroom bot")
        for n in range(6):
            await fake.push(tg.message("/help", 333, message_id=n + 1))
        await fake.wait_for("sendMessage", lambda c: c.params["chat_id"] == 333, after=start)
        await fake.quiet(0.8)
        flooder = [c.result["text"] for c in fake.sent(111, after=start)]
        assert len(flooder) == 4 and all(t.startswith("Latest articles") for t in flooder[:3])
        assert flooder[3] == (
            "You are sending requests faster than I can answer them all. Please wait 60 s and"
            " try again."
        )
        assert len(fake.sent(333, after=start)) == 6  # editors are not limited
        card = next(c for c in fake.sent(111, after=start) if "Latest" in c.result["text"])
        pressed = len(fake.calls)
        await fake.push(tg.callback("summary 1", card.result))
        answer = await fake.wait_for("answerCallbackQuery", after=pressed)
        assert "text" not in answer.params  # dropped: the button only stops spinning
        assert fake.sent(111, after=pressed) == []
        # Inline queries, a keystroke each, have three times the share: 9 at once here.
        typed = len(fake.calls)
        reader = tg.user(555)
        for _ in range(11):
            await fake.push(tg.inline_query("Kestrel", sender=reader))
        await fake.quiet(0.8)
        answers = [c for c in fake.calls[typed:] if c.method == "answerInlineQuery"]
        assert [bool(c.params["results"]) for c in answers] == [True] * 9 + [False] * 2
    finally:
        await fake.release_polls()
        await stop(app)


async def test_a_wrong_token_is_said_in_one_line(fake: FakeTelegram, tmp_path: Path) -> None:
    db = tmp_path / "wrong.db"
    process = await run_bot(fake, db, TELEGRAM_BOT_TOKEN="4242:not-the-token")
    assert await asyncio.wait_for(process.wait(), 60) == 1
    said = log_file(db).read_text(encoding="utf-8")
    assert said == (
        "newsroom-bot: Telegram refused the bot token (TELEGRAM_BOT_TOKEN): check it with"
        " @BotFather. With no token set, the console chat runs instead.\n"
    )


async def test_another_copy_polling_is_logged_plainly_and_polling_goes_on(
    bot: App, fake: FakeTelegram, caplog: pytest.LogCaptureFixture
) -> None:
    conflict = "Conflict: terminated by other getUpdates request"
    fake.fail("getUpdates", 409, conflict)
    await say(fake, "/help")  # ends the poll waiting now: the next one fails
    for _ in range(50):
        said = [r for r in caplog.records if "another copy of the bot" in r.getMessage()]
        if said:
            break
        await asyncio.sleep(0.1)
    assert len(said) == 1 and said[0].levelname == "ERROR" and said[0].exc_info is None
    assert not [r for r in caplog.records if r.exc_info]  # no traceback for it
    reply = await say(fake, "/help")  # polling went on after the conflict
    assert reply.result["text"].startswith("Newsroom bot")


async def test_sections_over_telegram(bot: App, fake: FakeTelegram) -> None:
    listed = await say(fake, "/sections")
    assert listed.result["text"].startswith("Sections, by articles stored\n\n1. technology")
    newest = await press(fake, listed, "5")
    assert newest.result["text"].startswith("Newest in “sport”\n\n1. Mendes to miss")
    followed = await say(fake, "follow sports news")
    assert followed.result["text"].startswith("Following the section “sport”")


async def test_an_inline_section_name_offers_its_newest(bot: App, fake: FakeTelegram) -> None:
    start = len(fake.calls)
    await fake.push(tg.inline_query("sports news"))
    answer = await fake.wait_for("answerInlineQuery", after=start)
    titles = [r["title"] for r in answer.params["results"]]
    assert titles[0] == "Mendes to miss start of season after ankle surgery"
    assert len(titles) == 5  # the demo's sport section
