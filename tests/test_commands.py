from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

from bot.commands import HANDLERS, button_request, dispatch, meant_command, parse_command
from bot.commands.cards import meta_line
from bot.commands.help import COMMANDS
from bot.commands.latest import Wanted, _wanted
from bot.commands.reply import Button, Reply, Request, Span, answered_in, button_language
from bot.commands.search import MAX_QUERY_CHARS
from bot.commands.target import article_of_buttons
from bot.config import Settings
from bot.ingest import ingest_items
from bot.ingest.files import Record
from bot.newsroom import Newsroom, written_language
from bot.telegram.app import EDITOR_MENU, MENU
from bot.texts import text as catalogue
from storage import Article


def test_parse_command() -> None:
    assert parse_command("/search  anti-war  ") == Request("search", "anti-war")
    assert parse_command("/latest@NewsroomBot 3") == Request("latest", "3")
    assert parse_command("  plain words ") == Request("", "plain words")


@pytest.mark.parametrize(
    ("words", "language"),
    [
        ("что нового о засухе?", "ru"),
        ("what happened in Brussels?", "en"),
        ("Navalny", ""),  # a name says no language: the reader's own
        ("ru", ""),
        ("42", ""),
        ("🙂", ""),
        ("", ""),
    ],
)
def test_the_language_words_are_written_in(words: str, language: str) -> None:
    assert written_language(words) == language


async def test_a_reply_is_in_the_language_it_was_asked_in(demo_newsroom: Newsroom) -> None:
    asked = await dispatch(demo_newsroom, Request("", "что нового о засухе?", chat_id=7))
    assert asked.plain_text.startswith(catalogue("latest.on", "ru", query="засухе"))
    commands = [b.command for row in asked.buttons for b in row]
    assert commands and all(c.startswith("ru|") for c in commands)
    # A button marked so answers in it; an unmarked one in the reader's own language,
    # though its words are Russian ("Follow “Навальный”").
    marked = button_request(answered_in("facts 21", "ru"), "en")
    assert (marked.command, marked.args, marked.answer_in) == ("facts", "21", "ru")
    facts = await dispatch(demo_newsroom, replace(marked, chat_id=7))
    assert catalogue("facts.title", "ru") in facts.plain_text
    assert button_request("subscribe Навальный", "en").answer_in == "en"
    assert button_language("search a|b") == ("search a|b", "")  # a bar in words is no mark
    assert article_of_buttons(["ru|summary 5 6", "ru|facts 5"]) == 5
    # The chat's chosen language wins over the words.
    await dispatch(demo_newsroom, Request("lang", "en", chat_id=8))
    chosen = await dispatch(demo_newsroom, Request("", "что нового о засухе?", chat_id=8))
    assert chosen.plain_text.startswith(catalogue("latest.on", "en", query="засухе"))
    assert all("|" not in b.command for row in chosen.buttons for b in row)
    # A language the chat chose needs no mark: every reply there is in it.
    await dispatch(demo_newsroom, Request("lang", "ru", chat_id=9))
    russian = await dispatch(demo_newsroom, Request("latest", "3", chat_id=9))
    assert russian.plain_text.startswith(catalogue("latest.title", "ru"))
    assert all("|" not in b.command for row in russian.buttons for b in row)


async def test_help_lists_every_command_with_an_example(demo_newsroom: Newsroom) -> None:
    text = (await dispatch(demo_newsroom, Request("help"))).plain_text
    for usage in ("/latest 5", "/search anti-war congress Brussels", "/help"):
        assert usage in text


async def test_help_of_one_command_shows_only_its_lines(demo_newsroom: Newsroom) -> None:
    text = (await dispatch(demo_newsroom, Request("help", "summary"))).plain_text
    assert text.startswith("/summary 1 — ") and "/summary Russian opposition — " in text
    assert "/latest" not in text and text.endswith(catalogue("help.every", "en"))
    again = await dispatch(demo_newsroom, Request("help", "/Subscribe@newsroom_bot"))
    assert again.plain_text.startswith("/subscribe OVD-Info detentions — ")
    whole = (await dispatch(demo_newsroom, Request("help"))).plain_text
    for unknown in ("frobnicate", "add"):  # no command, or an editor's asked by a reader
        reply = (await dispatch(demo_newsroom, Request("help", unknown))).plain_text
        assert reply == catalogue("help.unknown", "en", asked=unknown) + "\n\n" + whole
    long = await dispatch(demo_newsroom, Request("help", "why " * 1000))
    assert long.plain_text.startswith("I have no command “why why") and len(long.plain_text) < 4000


@pytest.mark.parametrize("language", ["en", "ru"])
async def test_the_help_s_topic_example_sums_up_several_articles(
    demo_newsroom: Newsroom, language: str
) -> None:
    [line] = [c for c in COMMANDS if c.help_key == "help.topic"]
    example = line.example if isinstance(line.example, str) else line.example[language]
    reply = await dispatch(demo_newsroom, Request("summary", example, language=language))
    heading = catalogue("summary.topic", language, query=example)
    assert reply.plain_text.startswith(heading)  # not one article's summary
    assert len(reply.buttons[0]) >= 2  # each source cited opens


@pytest.mark.parametrize("language", ["en", "ru"])
async def test_the_help_s_examples_in_plain_words_are_answered(
    demo_newsroom: Newsroom, language: str
) -> None:
    examples = re.findall(r"[“«](.+?)[”»]", catalogue("help.intro", language))
    assert len(examples) == 4
    for example in examples:
        reply = (await dispatch(demo_newsroom, Request("", example, language=language))).plain_text
        assert catalogue("search.partial", language) not in reply, example
        assert not reply.startswith(catalogue("search.none", language, query="")[:10]), example
        assert len(reply.split("\n\n")) >= 3, example  # a list or a summary, not one line
    question = await dispatch(demo_newsroom, Request("", examples[2], language=language))
    assert question.plain_text.startswith(catalogue("answer.title", language))  # answered


def test_the_menu_lists_the_help_commands_each_once_in_both_languages() -> None:
    assert MENU == [
        "latest",
        "top",
        "search",
        "summary",
        "facts",
        "related",
        "subscribe",
        "subscriptions",
        "digest",
        "lang",
        "help",
    ]
    assert EDITOR_MENU == ["add", "stats", "feeds", "feed_add", "feed_remove", "remove"]
    for name in MENU + EDITOR_MENU:
        assert name in HANDLERS
        assert catalogue(f"menu.{name}", "en") != catalogue(f"menu.{name}", "ru")  # translated


async def test_help_in_russian(demo_newsroom: Newsroom) -> None:
    text = (await dispatch(demo_newsroom, Request("help", language="ru"))).plain_text
    assert "Я отвечаю по сохранённым новостям" in text
    # Examples in the reader's language, each of which finds something in the demo set.
    for usage in ("/search антивоенный конгресс Брюссель", "/subscribe ОВД-Инфо задержания"):
        assert usage in text
    assert "/lang en" in text and "anti-war" not in text
    topic = await dispatch(demo_newsroom, Request("summary", "антивоенный конгресс", language="ru"))
    assert topic.plain_text.startswith("Что пишут о «антивоенный конгресс»")


async def test_a_topic_summary_is_dated_where_its_day_changes(demo_newsroom: Newsroom) -> None:
    """Bullets in the order the reports came out, each new day's first one
    opening with its date ("on Tuesday" is that week's); the cited numbers
    follow the sources' order."""
    reply = await dispatch(demo_newsroom, Request("summary", "Kestrel"))
    bullets = [b for b in reply.blocks if b[0].text == "• "]
    opened = [b[1].text.strip() for b in bullets if b[1].style == "italic"]
    assert len(opened) >= 3 and opened == sorted(opened)
    assert all(len(day) == 10 and day.startswith("2025-") for day in opened)
    assert bullets[0][1].text.strip() == "2025-03-04"  # the breach itself comes first
    cited = [int(b[-1].text.strip("[]")) for b in bullets]
    assert cited == sorted(cited) and cited[0] == 1
    ferry: list[dict[str, object]] = [
        {
            "title": f"Port Elms ferry {title}",
            "text": text,
            "url": f"https://example.org/city/ferry-{n}",
            "published": f"2025-12-02T{hour}:00:00Z",
        }
        for n, (title, text, hour) in enumerate(
            [
                ("strike begins", "Ferry crews in Port Elms walked out at dawn over pay. "
                 "No ferry sailed to Calder in the morning.", "08"),
                ("strike ends", "The Port Elms ferry strike ended at noon after the operator "
                 "offered a 6% rise. Ferries to Calder sail again tonight.", "15"),
            ]
        )
    ]  # fmt: skip
    await ingest_items(demo_newsroom.storage, [Record("t", item, 0) for item in ferry])
    one_day = await dispatch(demo_newsroom, Request("summary", "Port Elms ferry strike"))
    assert one_day.plain_text.startswith("What the articles say")
    dated = [s for b in one_day.blocks if b[0].text == "• " for s in b if s.text[:4] == "2025"]
    assert dated == []  # one day's reports: their dates are in the sources
    assert one_day.plain_text.index("walked out") < one_day.plain_text.index("ended at noon")


async def test_a_russian_name_typed_as_it_is_finds_the_articles_that_decline_it(
    demo_newsroom: Newsroom,
) -> None:
    """The demo's Russian report writes "Алексея Навального": every word is found."""
    said = (await dispatch(demo_newsroom, Request("search", "Алексей Навальный"))).plain_text
    assert "В Брюсселе прошёл антивоенный конгресс" in said
    assert catalogue("search.partial", "en") not in said


@pytest.mark.parametrize(
    ("command", "args"),
    [
        ("subscribe", "Navalny"),
        ("unsubscribe", "all"),
        ("follow", "3"),
        ("resubscribe", "#1 Navalny"),
        ("digest", "08:00"),
        ("digest", "off"),
        ("quiet", "22:00-07:00"),
        ("briefing", "08:00"),
        ("lang", "ru"),
        ("", "follow Navalny"),
        ("", "send me a daily digest at 8am"),
        ("start", "t_Kestrel_Mobile"),
    ],
)
async def test_a_group_member_who_is_no_admin_changes_nothing(
    demo_newsroom: Newsroom, command: str, args: str
) -> None:
    asked = Request(command, args, chat_id=-100, user_id=7, manages_chat=False)
    reply = await dispatch(demo_newsroom, asked)
    assert reply.plain_text.startswith("Only this group's admins can change")
    chat = await demo_newsroom.subscriptions.chat(-100)
    assert await demo_newsroom.subscriptions.of_chat(-100) == []
    assert (chat.digest_at, chat.quiet_from, chat.briefing_at) == (None, None, None)


async def test_a_group_member_who_is_no_admin_still_reads(demo_newsroom: Newsroom) -> None:
    for command, args in (("briefing", "now"), ("digest", ""), ("subscriptions", "")):
        asked = Request(command, args, chat_id=-100, user_id=7, manages_chat=False)
        reply = await dispatch(demo_newsroom, asked)
        assert not reply.plain_text.startswith("Only this group's admins"), command


@pytest.mark.parametrize(
    ("typed", "command"),
    [
        ("unsubscribe", "unsubscribe"),
        ("Subscribe", "subscribe"),
        ("subscriptions?", "subscriptions"),
        ("top", "top"),
        ("sources", "sources"),
        ("lang", "lang"),
        ("stop", "unsubscribe"),
        ("отписаться", "unsubscribe"),
        ("подписки", "subscriptions"),
        ("язык", "lang"),
    ],
)
async def test_a_commands_name_without_its_slash_runs_it(
    demo_newsroom: Newsroom, typed: str, command: str
) -> None:
    plain = await dispatch(demo_newsroom, Request("", typed, chat_id=5))
    language = "ru" if typed.isalpha() and not typed.isascii() else "en"  # answered as written
    slashed = await dispatch(demo_newsroom, Request(command, "", chat_id=5, language=language))
    assert plain.plain_text == slashed.plain_text and not plain.plain_text.startswith("Nothing")


async def test_an_editors_command_name_runs_for_editors_only(tmp_path: Path) -> None:
    settings = Settings(db_path=str(tmp_path / "e.db"), admin_ids=frozenset({42}))
    room = await Newsroom.open(settings)
    try:
        await room.load_demo_if_empty()
        editor = await dispatch(room, Request("", "stats", user_id=42))
        reader = await dispatch(room, Request("", "stats", user_id=7))
    finally:
        await room.close()
    assert editor.plain_text.startswith("What I hold")
    assert reader.plain_text.startswith(("Nothing found", "Results for"))


async def test_start_greets_with_the_ways_in_and_buttons(demo_newsroom: Newsroom) -> None:
    reply = await dispatch(demo_newsroom, Request("start"))
    said = reply.plain_text
    assert said.startswith("Hello! I find, summarise and follow the news for you.")
    assert "Articles stored: 31; the newest published 2025-11-25." in said
    assert "/help lists every command." in said and len(said) < 600  # not the whole help
    assert [b.command for b in reply.buttons[0]] == ["latest", "top", "help"]
    russian = await dispatch(demo_newsroom, Request("start", language="ru"))
    assert russian.plain_text.startswith("Здравствуйте!")
    assert [b.label for b in russian.buttons[0]] == ["Свежие новости", "Главное", "Все команды"]


async def test_start_in_an_empty_store_says_so(newsroom: Newsroom) -> None:
    reply = await dispatch(newsroom, Request("start"))
    assert "No articles are stored yet." in reply.plain_text


async def test_latest_shows_newest_first(demo_newsroom: Newsroom) -> None:
    reply = await dispatch(demo_newsroom, Request("latest", "2"))
    assert reply.blocks[1][1].text == "Night trains return between Port Elms and Calder"
    assert reply.blocks[1][1].url == "https://example.org/city/2025/11/night-trains-return"
    assert len(reply.blocks) == 3


async def test_latest_of_one_language(demo_newsroom: Newsroom) -> None:
    for args in ("ru", "10 ru", "RU 10"):
        reply = await dispatch(demo_newsroom, Request("latest", args))
        assert reply.plain_text.startswith("Latest articles in Russian"), args
        assert len(reply.blocks) == 5  # the demo's four Russian reports, no English one
        assert "Night trains" not in reply.plain_text and "Засуха" in reply.plain_text
    two = await dispatch(demo_newsroom, Request("latest", "2 en"))
    assert two.plain_text.startswith("Latest articles in English\n\n1. Night trains return")
    assert len(two.blocks) == 3


async def test_latest_of_a_language_with_no_articles(newsroom: Newsroom) -> None:
    reply = await dispatch(newsroom, Request("latest", "ru"))
    assert reply.plain_text == "No articles in that language are stored yet."


async def test_latest_past_the_most_lists_the_most_with_an_older_button(
    demo_newsroom: Newsroom,
) -> None:
    for args in ("50", "3000"):
        many = await dispatch(demo_newsroom, Request("latest", args))
        assert many.plain_text.startswith(
            "Latest articles\n\n20 at a time: the Older button lists more.\n\n1. "
        )
        opens = [b for row in many.buttons[:-1] for b in row]
        assert len(opens) == 20 and all(b.command.startswith("summary ") for b in opens)
        assert many.buttons[-1] == [Button("Older", "latest #2 20")]
    # Of a language with fewer: all of them, and nothing said of more.
    russian = await dispatch(demo_newsroom, Request("latest", "ru 50"))
    assert russian.plain_text.startswith("Latest articles in Russian\n\n1. ")
    assert "at a time" not in russian.plain_text


@pytest.mark.parametrize("arg", ["0", "10 ru 99", "5 5"])
async def test_latest_refuses_bad_counts(demo_newsroom: Newsroom, arg: str) -> None:
    reply = await dispatch(demo_newsroom, Request("latest", arg))
    assert reply.plain_text == (
        "Please give a number from 1 to 20, a language, words, or some of them:"
        " /latest 5, /latest ru, /latest 10 ru, /latest 10 Navalny"
    )


@pytest.mark.parametrize(
    ("args", "wanted"),
    [
        ("", (5, None, "")),
        ("10 ru", (10, "ru", "")),
        ("RU 10", (10, "ru", "")),
        ("Navalny", (5, None, "Navalny")),
        ("3 en Navalny Brussels", (3, "en", "Navalny Brussels")),
        ("Navalny ru", (5, "ru", "Navalny")),
        ("Navalny 2", (2, None, "Navalny")),
        ("2024 election", (5, None, "2024 election")),
        ("G20 summit in Rome", (5, None, "G20 summit in Rome")),
        ("ru en", (5, "ru", "en")),
    ],
)
def test_latest_reads_count_language_and_words(
    args: str, wanted: tuple[int, str | None, str]
) -> None:
    assert _wanted(args) == Wanted(*wanted)


async def test_latest_with_words_lists_the_newest_having_them(demo_newsroom: Newsroom) -> None:
    reply = await dispatch(demo_newsroom, Request("latest", "Veloria"))
    assert reply.plain_text.startswith("Newest on “Veloria”\n\n1. ")
    lines = reply.blocks[1::2]
    dates = [block[-1].text.split(" · ")[1] for block in lines]
    assert len(dates) == 5 and dates == sorted(dates, reverse=True)
    searched = await dispatch(demo_newsroom, Request("search", "Veloria"))
    ranked = [block[-1].text.split(" · ")[1] for block in searched.blocks[1::2]]
    assert ranked != sorted(ranked, reverse=True)  # search ranks by the words, not the date
    assert all("Veloria" in "".join(s.text for s in b) for b in reply.blocks[2::2])
    two = await dispatch(demo_newsroom, Request("latest", "2 Veloria"))
    assert len(two.blocks) == 5 and two.blocks[1:] == reply.blocks[1:5]


async def test_latest_with_words_adds_reports_in_the_other_language(
    demo_newsroom: Newsroom,
) -> None:
    said = (await dispatch(demo_newsroom, Request("latest", "Navalny"))).plain_text
    assert said.startswith("Newest on “Navalny”\n\n1. Russian anti-war activists meet")
    assert "\n\nIn Russian\n\n2. В Брюсселе прошёл антивоенный конгресс" in said
    russian = (await dispatch(demo_newsroom, Request("latest", "ru congress"))).plain_text
    assert russian.startswith("Newest in Russian on “congress”\n\n1. В Брюсселе прошёл")
    assert "In Russian" not in russian and "anti-war activists meet" not in russian


async def test_latest_with_words_nothing_has(demo_newsroom: Newsroom) -> None:
    reply = await dispatch(demo_newsroom, Request("latest", "Veloria zzzqqq"))
    assert reply.plain_text == (
        "No stored article has all of “Veloria zzzqqq”. /search Veloria zzzqqq lists those"
        " with some of the words."
    )
    odd = await dispatch(demo_newsroom, Request("latest", "*** ()"))
    assert odd.plain_text == "I could not find any words to search for in that."
    long = await dispatch(demo_newsroom, Request("latest", "word " * 100))
    assert long.plain_text.startswith("That is too long to search for")


def ids_listed(reply: Reply) -> list[int]:
    return [int(b.command.split()[-1]) for row in reply.buttons for b in row if b.label.isdigit()]


async def test_latest_of_a_period_lists_what_was_published_then(demo_newsroom: Newsroom) -> None:
    # The demo store's newest article is of 25 November 2025: "March" is March 2025.
    march = await dispatch(demo_newsroom, Request("latest", "Kestrel in March"))
    assert march.plain_text.startswith("Newest on “Kestrel”\n\nPublished in March 2025.\n\n1. ")
    assert ids_listed(march) == [14, 13, 12]  # not the chief's April resignation (15)
    day = await dispatch(demo_newsroom, Request("latest", "2025-06-12"))
    assert day.plain_text.startswith("Latest articles\n\nPublished on 12 June 2025.")
    year = await dispatch(demo_newsroom, Request("latest", "2025"))  # a year, not 2025 articles
    assert year.plain_text.startswith("Latest articles\n\nPublished in 2025.\n\n1. Night trains")
    none = await dispatch(demo_newsroom, Request("latest", "2024"))
    assert none.plain_text == "No stored article was published in 2024."
    assert sorted(ids_listed(day)) == [1, 2, 5]
    sport = await dispatch(demo_newsroom, Request("latest", "Demo Sports in May"))
    assert ids_listed(sport) == [26, 24, 23, 22]  # a source's, that month
    russian = Request("latest", "ru за июнь", language="ru")
    june = await dispatch(demo_newsroom, russian)
    assert june.plain_text.startswith("Свежие статьи на русском\n\nОпубликованы в июне 2025 года.")
    assert ids_listed(june) == [6, 5]
    none = await dispatch(demo_newsroom, Request("latest", "in 2024"))
    assert none.plain_text == "No stored article was published in 2024."
    # Of one language, the language is named: the others may have them.
    for args, said in (
        ("ru in 2024", "No article in Russian was published in 2024."),
        (
            "ru Kestrel in March",
            "No article in Russian published in March 2025 has all of “Kestrel”.",
        ),
        (
            "ru Kestrel",
            "No article in Russian has all of “Kestrel”. /latest Kestrel lists the newest in any"
            " language.",
        ),
    ):
        assert (await dispatch(demo_newsroom, Request("latest", args))).plain_text == said, args
    # None of the period has the words: said, and the newest that have them follow.
    unheld = await dispatch(demo_newsroom, Request("latest", "Kestrel last week"))
    assert unheld.plain_text.startswith(
        "No article published from 17 to 23 November 2025 has all of “Kestrel”.\n\n"
        "Newest on “Kestrel”\n\n1. Telecom breach"
    )
    assert ids_listed(unheld) == [16, 15, 14, 13, 12]
    unknown = await dispatch(demo_newsroom, Request("latest", "quokka last week"))
    assert (
        unknown.plain_text
        == "No article published from 17 to 23 November 2025 has all of “quokka”."
    )
    assert not unknown.buttons
    # No article of July 2025 says "drought": the words may be about July (a
    # search's Newest first sends them so), and the newest with them all come.
    july = await dispatch(demo_newsroom, Request("latest", "the drought in July"))
    assert july.plain_text.startswith("Newest on “the drought in July”\n\n1. Farmers around")


async def test_the_biggest_stories_of_a_period_and_so_many_of_them(
    demo_newsroom: Newsroom,
) -> None:
    june = await dispatch(demo_newsroom, Request("", "what was the biggest story in June?"))
    assert june.plain_text.startswith("Most reported stories in June 2025\n\n1. OVD-Info")
    three = await dispatch(demo_newsroom, Request("", "top 3 stories this year"))
    assert three.plain_text == (await dispatch(demo_newsroom, Request("top", "3 year"))).plain_text
    assert len(three.buttons[0]) == 3


async def test_news_since_a_day_and_a_search_that_ends_with_a_period(
    demo_newsroom: Newsroom,
) -> None:
    since = await dispatch(demo_newsroom, Request("latest", "Kestrel since April"))
    assert since.plain_text.startswith(
        "Newest on “Kestrel”\n\nPublished from 1 April to 25 November 2025.\n\n1. Telecom breach"
    )
    assert ids_listed(since) == [16, 15]
    russian = await dispatch(demo_newsroom, Request("", "что нового с октября?", language="ru"))
    assert russian.plain_text.startswith("Свежие статьи\n\nОпубликованы с 1 октября по 25 ноября")
    # /search reads no dates: words that end with a period are news of it, as in plain words.
    searched = await dispatch(demo_newsroom, Request("search", "Kestrel in March"))
    assert searched.plain_text.startswith("Newest on “Kestrel”\n\nPublished in March 2025.")
    assert ids_listed(searched) == [14, 13, 12]
    war = await dispatch(demo_newsroom, Request("search", "the war in 2022"))  # none then
    assert war.plain_text.startswith("Results for “the war in 2022”\n\n1. OVD-Info")
    paged = await dispatch(demo_newsroom, Request("search", "#2 Kestrel in March"))
    assert "Published in" not in paged.plain_text


async def test_news_asked_for_by_its_date_in_plain_words(demo_newsroom: Newsroom) -> None:
    async def listed(message: str, language: str = "en") -> tuple[str, list[int]]:
        reply = await dispatch(demo_newsroom, Request("", message, language=language))
        return reply.plain_text.split("\n\n1. ")[0], ids_listed(reply)

    assert await listed("news from March") == (
        "Latest articles\n\nPublished in March 2025.",
        [14, 13, 12],
    )
    assert await listed("Kestrel news from April") == (
        "Newest on “Kestrel”\n\nPublished in April 2025.",
        [15],
    )
    assert (await listed("новости за 12 июня", "ru"))[0] == (
        "Свежие статьи\n\nОпубликованы 12 июня 2025 года."
    )
    # No report of 2022 has the words: about 2022, the search answers.
    war, _ = await listed("the war in 2022")
    assert war.startswith("Results for “the war in 2022”")
    # ...but "yesterday" names no event: none then is the answer.
    assert await listed("Kestrel news yesterday") == (
        "No article published on 24 November 2025 has all of “Kestrel”.\n\nNewest on “Kestrel”",
        [16, 15, 14, 13, 12],
    )
    # A month alone, or a name, is no period.
    assert (await listed("Theresa May"))[0].startswith("Nothing found for “Theresa May”.\n")
    # A season: its three months; the Russian report of July's drought ("Засуха") after.
    assert await listed("drought news from last summer") == (
        "Newest on “drought”\n\nPublished from 1 June to 31 August 2025.",
        [18, 21],
    )


async def test_search_offers_its_results_newest_first(demo_newsroom: Newsroom) -> None:
    reply = await dispatch(demo_newsroom, Request("search", "Veloria"))
    [newest] = [b for row in reply.buttons for b in row if b.label == "Newest first"]
    assert newest.command == "latest 5 Veloria"
    pressed = await dispatch(demo_newsroom, Request("latest", newest.command.split(" ", 1)[1]))
    assert pressed.plain_text.startswith("Newest on “Veloria”")
    one = await dispatch(demo_newsroom, Request("search", "Ponomarev"))
    assert len(one.blocks) == 3  # a single result: nothing to order
    assert "Newest first" not in [b.label for row in one.buttons for b in row]


async def test_latest_on_an_empty_store(newsroom: Newsroom) -> None:
    reply = await dispatch(newsroom, Request("latest"))
    assert reply.plain_text == "No articles are stored yet."


async def test_plain_text_is_a_search(demo_newsroom: Newsroom) -> None:
    reply = await dispatch(demo_newsroom, Request("", "Kestrel hackers"))
    assert reply.plain_text.startswith("Results for “Kestrel hackers”")
    titles = [b[1].text for b in reply.blocks[1::2]]
    assert "Kestrel Mobile says hackers stole data of 2.3 million customers" in titles
    marked = {s.text.lower() for block in reply.blocks for s in block if s.style == "mark"}
    assert "kestrel" in marked


async def test_plain_words_asking_about_a_topic_search_the_topic(demo_newsroom: Newsroom) -> None:
    asked = await dispatch(demo_newsroom, Request("", "any news about the congress?"))
    typed = await dispatch(demo_newsroom, Request("search", "the congress"))
    assert asked.plain_text == typed.plain_text
    assert asked.plain_text.startswith("Results for “the congress”")
    assert catalogue("search.partial", "en") not in asked.plain_text  # every word found
    how_many = "How many people were detained in Russia?"
    question = await dispatch(demo_newsroom, Request("", how_many))
    # The answer first (see the test below), then the search for the topic.
    assert "\n\nResults for “people were detained in Russia”\n\n1. OVD" in question.plain_text
    assert catalogue("search.partial", "en") not in question.plain_text
    russian = await dispatch(demo_newsroom, Request("", "расскажи про ОВД-Инфо", language="ru"))
    assert russian.plain_text.startswith("Найдено по запросу «ОВД-Инфо»")
    assert catalogue("search.partial", "ru") not in russian.plain_text


async def test_plain_words_asking_what_is_new_on_a_topic_list_its_newest(
    demo_newsroom: Newsroom,
) -> None:
    asked = await dispatch(demo_newsroom, Request("", "what's the latest on Veloria?"))
    typed = await dispatch(demo_newsroom, Request("latest", "Veloria"))
    assert asked.plain_text == typed.plain_text
    assert asked.plain_text.startswith("Newest on “Veloria”")
    # No count read from the words: "Covid 19" is the topic, not 19 articles on "Covid".
    counted = await dispatch(demo_newsroom, Request("", "latest news on Veloria 2"))
    assert counted.plain_text.startswith("Newest on “Veloria 2”")
    russian = await dispatch(demo_newsroom, Request("", "что нового о конгрессе?", language="ru"))
    assert russian.plain_text.startswith("Свежее по запросу «конгрессе»")
    # Nothing has every word: a search lists what has some, rather than "nothing".
    some = await dispatch(demo_newsroom, Request("", "latest on Veloria zzzqqq"))
    assert some.plain_text.startswith("Results for “Veloria zzzqqq”")
    assert catalogue("search.partial", "en") in some.plain_text


async def test_plain_words_asking_for_an_article_by_its_id(demo_newsroom: Newsroom) -> None:
    opened = await dispatch(demo_newsroom, Request("", "open 5"))
    assert opened.plain_text == (await dispatch(demo_newsroom, Request("summary", "5"))).plain_text
    read = await dispatch(demo_newsroom, Request("", "read article 31"))
    assert read.plain_text == (await dispatch(demo_newsroom, Request("read", "31"))).plain_text
    assert "Full text" in read.plain_text.splitlines()[0]
    replied = await dispatch(demo_newsroom, Request("", "read this", reply_to_article=31))
    assert replied.plain_text == read.plain_text
    whole = await dispatch(
        demo_newsroom, Request("", "give me the full story", reply_to_article=31)
    )
    assert whole.plain_text == read.plain_text


async def test_plain_words_asking_for_one_article_by_its_words(demo_newsroom: Newsroom) -> None:
    # Several articles are about the congress: the best match's card, not a topic summary.
    opened = await dispatch(demo_newsroom, Request("", "open the congress article"))
    assert opened.plain_text.startswith(
        "Best match: “Russian anti-war activists meet in Brussels for their third congress”"
    )
    assert [b.command for b in opened.buttons[0]][:2] == ["summary 1 6", "facts 1"]
    topic = await dispatch(demo_newsroom, Request("summary", "congress"))
    assert topic.plain_text.startswith("What the articles say about “congress”")


async def test_a_commands_name_alone_in_reply_to_a_card(demo_newsroom: Newsroom) -> None:
    facts = await dispatch(demo_newsroom, Request("", "key facts", reply_to_article=3))
    assert facts.plain_text == (await dispatch(demo_newsroom, Request("facts", "3"))).plain_text
    similar = await dispatch(demo_newsroom, Request("", "похожие", reply_to_article=5))
    # Asked in Russian, answered in Russian (whatever the user's Telegram language).
    typed = await dispatch(demo_newsroom, Request("related", "5", language="ru"))
    assert similar.plain_text == typed.plain_text
    alone = await dispatch(demo_newsroom, Request("", "summary"))
    assert alone.plain_text == (await dispatch(demo_newsroom, Request("summary"))).plain_text
    assert not alone.plain_text.startswith("Results for")  # it asks which article


async def test_plain_words_asking_for_the_top_stories(demo_newsroom: Newsroom) -> None:
    week = await dispatch(demo_newsroom, Request("", "What were the biggest stories this week?"))
    assert week.plain_text == (await dispatch(demo_newsroom, Request("top", "week"))).plain_text
    russian = await dispatch(demo_newsroom, Request("", "главные новости за год", language="ru"))
    typed = await dispatch(demo_newsroom, Request("top", "year", language="ru"))
    assert russian.plain_text == typed.plain_text
    assert len(russian.blocks) > 2  # the demo year has stories run by several sources
    # The day: its briefing, which lists the day's newest reports when none had two.
    today = await dispatch(demo_newsroom, Request("", "what happened today?"))
    briefing = await dispatch(demo_newsroom, Request("briefing", "now"))
    assert today.plain_text == briefing.plain_text
    assert "1. Night trains return" in today.plain_text


async def test_an_article_s_card_says_who_wrote_it(demo_newsroom: Newsroom) -> None:
    card = (await dispatch(demo_newsroom, Request("summary", "16"))).plain_text
    assert card.split("\n")[1] == "Demo Tech Review · by Leo Marsh · 2025-06-05 · id 16"
    facts = await dispatch(demo_newsroom, Request("facts", "5", language="ru"))
    assert facts.plain_text.split("\n")[1].startswith("Демо-лента новостей · автор: Демо-редакция")
    listed = (await dispatch(demo_newsroom, Request("latest", "20"))).plain_text
    assert "Leo Marsh" not in listed  # a list's lines stay short


def test_no_byline_repeats_the_source() -> None:
    article = Article(
        1,
        "Rates held",
        "The bank held rates.",
        "2025-11-20T09:00:00Z",
        "en",
        "h",
        "now",
        source="Demo Business Daily",
        author="demo business daily",
    )
    assert meta_line(article, "en", byline=True) == "Demo Business Daily · 2025-11-20 · id 1"
    written = replace(article, author="  Mara\nLind ")
    assert meta_line(written, "en", byline=True).startswith("Demo Business Daily · by Mara Lind ·")


async def test_who_wrote_an_article_and_when_it_was_published(demo_newsroom: Newsroom) -> None:
    asked = await dispatch(demo_newsroom, Request("", "who wrote this?", reply_to_article=18))
    assert asked.plain_text.split("\n\n") == [
        "Farmers around Lake Sorrel lose a third of their harvest to drought",
        "Written by Hanna Kovac.",
        "Source: Demo Environment Desk.",
        "Published 4 August 2025.",
        "Link: https://example.org/climate/2025/08/sorrel-farmers-drought",
    ]  # not a quoted farmer's words
    assert [b.command for b in asked.buttons[0]][:2] == ["summary 18", "facts 18"]
    russian = await dispatch(demo_newsroom, Request("", "кто автор?", 0, 0, "ru", 18))
    assert "\n\nОпубликована 4 августа 2025 года.\n\nСсылка: https://" in russian.plain_text
    named = await dispatch(demo_newsroom, Request("", "who wrote the article about the library?"))
    assert "Written by Nadia Flores." in named.plain_text
    alone = await dispatch(demo_newsroom, Request("", "who wrote this?"))
    assert alone.plain_text == catalogue("byline.usage", "en")
    # "link?" of a card: where to read it; stored without one, its whole text here.
    link = await dispatch(demo_newsroom, Request("", "link?", reply_to_article=18))
    assert link.blocks[-1][1].url == "https://example.org/climate/2025/08/sorrel-farmers-drought"
    unlinked = await dispatch(demo_newsroom, Request("", "ссылку, пожалуйста", 0, 0, "ru", 31))
    assert unlinked.plain_text.endswith("её полный текст — /read 31.")


async def test_what_happened_next_of_a_card_is_its_story(demo_newsroom: Newsroom) -> None:
    asked = await dispatch(demo_newsroom, Request("", "what happened next?", reply_to_article=1))
    related = await dispatch(demo_newsroom, Request("related", "1"))
    assert asked.plain_text == related.plain_text and asked.plain_text.startswith("Related to")


async def test_the_story_in_the_other_language_of_a_card(demo_newsroom: Newsroom) -> None:
    asked = await dispatch(demo_newsroom, Request("", "is there a Russian version?", 0, 0, "en", 1))
    lines = asked.plain_text.split("\n\n")
    assert lines[0] == "The same story in Russian" and len(lines) == 2
    assert lines[1].startswith("1. В Брюсселе прошёл антивоенный конгресс")
    assert asked.buttons == [[Button("1", "summary 5")]]
    back = await dispatch(demo_newsroom, Request("", "переведи", 0, 0, "ru", 5))
    assert back.plain_text.startswith("То же событие на английском\n\n1. Russian anti-war")
    none = await dispatch(demo_newsroom, Request("", "in Russian?", 0, 0, "en", 30))
    assert none.plain_text == catalogue("versions.none", "en", where="in Russian")
    same = await dispatch(demo_newsroom, Request("", "in Russian?", 0, 0, "en", 5))
    assert same.plain_text == "This article is in Russian already."
    # No card: the newest in Russian, as before.
    alone = await dispatch(demo_newsroom, Request("", "in Russian?"))
    assert alone.plain_text == (await dispatch(demo_newsroom, Request("latest", "ru"))).plain_text


async def test_asked_how_to_do_something_in_plain_words(demo_newsroom: Newsroom) -> None:
    how = await dispatch(demo_newsroom, Request("", "how do I unsubscribe?"))
    assert (
        how.plain_text == (await dispatch(demo_newsroom, Request("help", "unsubscribe"))).plain_text
    )
    assert how.plain_text.startswith("/unsubscribe OVD-Info detentions — stop following")
    russian = await dispatch(demo_newsroom, Request("", "как подписаться?", language="ru"))
    assert russian.plain_text.startswith("/subscribe ОВД-Инфо задержания — ")
    listed = await dispatch(demo_newsroom, Request("", "what are the commands?"))
    assert listed.plain_text == (await dispatch(demo_newsroom, Request("help"))).plain_text


async def test_plain_greetings_thanks_and_asking_for_the_news(demo_newsroom: Newsroom) -> None:
    hello = await dispatch(demo_newsroom, Request("", "Hi!"))
    assert hello.plain_text == catalogue("chat.greeting", "en")
    thanks = await dispatch(demo_newsroom, Request("", "спасибо!", language="ru"))
    assert thanks.plain_text == catalogue("chat.thanks", "ru")
    for seen in ("ok", "👍"):  # not searched: "ok" found nothing, 👍 had no words
        got = await dispatch(demo_newsroom, Request("", seen))
        assert got.plain_text == "👍 Send me words whenever you want more."
    bye = await dispatch(demo_newsroom, Request("", "пока!", language="ru"))
    assert bye.plain_text == "До свидания! Пишите в любое время."  # not a search for "пока"
    news = await dispatch(demo_newsroom, Request("", "what's new?"))
    assert news.plain_text == (await dispatch(demo_newsroom, Request("latest"))).plain_text
    three = await dispatch(demo_newsroom, Request("", "show me the latest 3 articles"))
    assert three.plain_text == (await dispatch(demo_newsroom, Request("latest", "3"))).plain_text
    assert len(three.buttons[0]) == 3
    helped = await dispatch(demo_newsroom, Request("", "what can you do?"))
    assert helped.plain_text == (await dispatch(demo_newsroom, Request("help"))).plain_text
    summed = await dispatch(demo_newsroom, Request("", "summarise the Brussels congress"))
    typed = await dispatch(demo_newsroom, Request("summary", "the Brussels congress"))
    assert summed.plain_text == typed.plain_text
    assert summed.plain_text.startswith("What the articles say about “the Brussels congress”")
    facts = await dispatch(demo_newsroom, Request("", "главные факты о 3", language="ru"))
    assert (
        facts.plain_text
        == (await dispatch(demo_newsroom, Request("facts", "3", language="ru"))).plain_text
    )
    liked = await dispatch(demo_newsroom, Request("", "more like this", reply_to_article=5))
    assert liked.plain_text == (await dispatch(demo_newsroom, Request("related", "5"))).plain_text
    # A slash command is read as typed: /search hello looks for "hello".
    searched = await dispatch(demo_newsroom, Request("search", "hello"))
    assert searched.plain_text.startswith("Nothing found for “hello”.\n")


async def test_search_pages_with_a_button(demo_newsroom: Newsroom) -> None:
    first = await dispatch(demo_newsroom, Request("search", "Veloria"))
    opens, [button, _newest] = first.buttons
    assert [b.label for b in opens] == ["1", "2", "3", "4", "5"]
    assert all(b.command.startswith("summary ") for b in opens)
    assert button.command == "search #2 Veloria" and not first.replaces
    second = await dispatch(demo_newsroom, parse_command("/" + button.command))
    assert second.blocks[1][0].text == "6. " and second.replaces
    assert [b.label for b in second.buttons[0]] == ["6", "7", "8", "9"]
    first_titles = {b[1].text for b in first.blocks[1::2]}
    assert not first_titles & {b[1].text for b in second.blocks[1::2]}


async def test_latest_pages_on_to_older_articles(demo_newsroom: Newsroom) -> None:
    first = await dispatch(demo_newsroom, Request("latest", "3"))
    _opens, [older] = first.buttons
    assert older == Button("Older", "latest #2 3") and not first.replaces
    second = await dispatch(demo_newsroom, parse_command("/" + older.command))
    assert second.replaces and second.blocks[1][0].text == "4. "
    assert [b.label for b in second.buttons[0]] == ["4", "5", "6"]
    assert not set(_ids(first.buttons)) & set(_ids(second.buttons))
    # Page after page, every article once, newest first, until none is older.
    seen, command = _ids(first.buttons), older.command
    while command:
        page = await dispatch(demo_newsroom, parse_command("/" + command))
        seen += _ids(page.buttons)
        command = next((b.command for b in page.buttons[-1] if b.label == "Older"), "")
    assert len(seen) == len(set(seen)) >= 25  # (copies fold into their report)
    beyond = await dispatch(demo_newsroom, Request("latest", "#20 5"))
    assert beyond.plain_text == "There are no older articles."
    # Of one language: its own pages; and no page of words (they have their own search).
    russian = await dispatch(demo_newsroom, Request("latest", "3 ru"))
    assert russian.buttons[-1] == [Button("Older", "latest #2 3 ru")]
    last = await dispatch(demo_newsroom, Request("latest", "#2 3 ru"))
    assert last.plain_text.startswith("Latest articles in Russian\n\n4. ")
    assert len(last.buttons) == 1 and _ids(last.buttons)
    words = await dispatch(demo_newsroom, Request("latest", "#2 5 Kestrel"))
    assert words.plain_text.startswith("Please give a number from 1 to 20")


async def test_more_under_a_list_is_its_next_page(demo_newsroom: Newsroom) -> None:
    for said in ("more", "ещё", "next", "Next page"):
        turned = await dispatch(demo_newsroom, Request("", said, reply_next="latest #2 3"))
        assert turned.blocks[1][0].text == "4. ", said
    searched = await dispatch(demo_newsroom, Request("", "more", reply_next="search #2 Veloria"))
    assert searched.blocks[1][0].text == "6. "
    # With no list replied to, "next" is words to search.
    alone = await dispatch(demo_newsroom, Request("", "next"))
    assert not alone.plain_text.startswith("Latest articles")


def _ids(reply_buttons: list[list[Button]]) -> list[int]:
    """The articles a reply's numbered buttons open."""
    opens = reply_buttons[0] if reply_buttons else []
    return [int(b.command.split()[1]) for b in opens if b.command.startswith("summary")]


async def test_a_word_with_a_minus_leaves_out_the_articles_that_have_it(
    demo_newsroom: Newsroom,
) -> None:
    every = await dispatch(demo_newsroom, Request("search", "Kestrel"))
    assert 14 in _ids(every.buttons)  # "...fake refund messages..."
    for typed in ("Kestrel -refund", "Kestrel −refund", "Kestrel -refunds"):
        left_out = await dispatch(demo_newsroom, Request("search", typed))
        assert 14 not in _ids(left_out.buttons) and {12, 13, 15} <= set(_ids(left_out.buttons))
    partial = await dispatch(demo_newsroom, Request("search", "Kestrel zebra -refund"))
    assert "these have some of them" in partial.plain_text and 14 not in _ids(partial.buttons)
    newest = await dispatch(demo_newsroom, Request("latest", "10 Kestrel -refund"))
    assert newest.plain_text.startswith("Newest on “Kestrel -refund”")
    assert 14 not in _ids(newest.buttons) and 15 in _ids(newest.buttons)
    phrase = await dispatch(demo_newsroom, Request("search", 'Kestrel -"fake refund"'))
    assert 14 not in _ids(phrase.buttons) and 12 in _ids(phrase.buttons)
    other_order = await dispatch(demo_newsroom, Request("search", 'Kestrel -"refund fake"'))
    assert 14 in _ids(other_order.buttons)  # a phrase, not its words
    hyphened = await dispatch(demo_newsroom, Request("search", "anti-war"))
    assert hyphened.plain_text.startswith("Results for “anti-war”")  # no exclusion


async def test_a_minus_before_every_word_asks_for_something_to_look_for(
    demo_newsroom: Newsroom,
) -> None:
    asked = catalogue("search.only_left_out", "en")
    for command, args in (("search", "-refund"), ("search", "-a -b"), ("latest", "-refund")):
        reply = await dispatch(demo_newsroom, Request(command, args))
        assert reply.plain_text == asked
    example = asked.rsplit(": ", 1)[1]  # the example it gives finds articles
    assert (await dispatch(demo_newsroom, parse_command(example))).buttons


async def test_nothing_found_for_words_left_out_says_the_words_alone_are_there(
    demo_newsroom: Newsroom,
) -> None:
    # The one article with "farmers" has "drought" too, and "maize".
    reply = await dispatch(demo_newsroom, Request("search", 'farmers -drought -"heat"'))
    assert reply.plain_text.startswith("Nothing found for “farmers -drought")
    assert "Articles have “farmers”, but each of them also has “drought” or “heat”" in (
        reply.plain_text
    )
    for words in ("quokka -drought", "farmers -quokka"):  # none has the words; one is found
        other = await dispatch(demo_newsroom, Request("search", words))
        assert "each of them also has" not in other.plain_text
    russian = await dispatch(demo_newsroom, Request("search", "засуха -Колдер", language="ru"))
    assert "Статьи со словами «засуха» есть, но в каждой есть и «Колдер»" in (russian.plain_text)


async def test_a_name_left_out_is_left_out_of_the_other_language_too(
    demo_newsroom: Newsroom,
) -> None:
    both = await dispatch(demo_newsroom, Request("search", "Brussels"))
    assert 5 in _ids(both.buttons)  # the Russian report of the congress
    no_navalny = await dispatch(demo_newsroom, Request("search", "Brussels -Navalny"))
    assert 5 not in _ids(no_navalny.buttons) and 6 in _ids(no_navalny.buttons)
    assert 1 not in _ids(no_navalny.buttons)  # the English one naming him
    # A word that is no name cannot be looked for across languages: none are shown.
    no_congress = await dispatch(demo_newsroom, Request("search", "Brussels -congress"))
    assert not {5, 6} & set(_ids(no_congress.buttons))


@pytest.mark.parametrize(
    "quoted",
    [
        '"Initiatives Congress"',
        "“Initiatives Congress”",
        "«Initiatives Congress»",
        "„Initiatives Congress“",
    ],
)
async def test_a_phrase_in_any_quotation_marks(demo_newsroom: Newsroom, quoted: str) -> None:
    phrase = await dispatch(demo_newsroom, Request("search", quoted))
    assert _ids(phrase.buttons) and 30 not in _ids(phrase.buttons)
    assert "Initiatives Congress" in phrase.plain_text
    words = await dispatch(demo_newsroom, Request("search", "Congress Initiatives"))
    flipped = await dispatch(demo_newsroom, Request("search", '"Congress Initiatives"'))
    assert _ids(words.buttons) and flipped.plain_text.startswith("Nothing found")


async def test_search_in_russian_finds_inflected_forms(demo_newsroom: Newsroom) -> None:
    reply = await dispatch(demo_newsroom, Request("search", "задержание"))
    assert "ОВД-Инфо: с начала войны" in reply.plain_text
    # A question word in any of its forms is no word to find ("какие" laws).
    laws = await demo_newsroom.search("какие законы приняли?")
    assert laws.mode == "all" and [f.article.id for f in laws.found] == [6]


async def test_search_usage_and_limits(demo_newsroom: Newsroom) -> None:
    usage = await dispatch(demo_newsroom, Request("search", "   "))
    assert usage.plain_text.startswith("What should I look for?")
    long = await dispatch(demo_newsroom, Request("search", "war " * 1000))
    assert long.plain_text == (
        f"That is too long to search for; please use at most {MAX_QUERY_CHARS} characters."
    )
    punct = await dispatch(demo_newsroom, Request("search", "?!?! ***"))
    assert punct.plain_text == "I could not find any words to search for in that."
    none = await dispatch(demo_newsroom, Request("search", "zyzzyva"))
    assert none.plain_text == (
        "Nothing found for “zyzzyva”.\n\n"
        "Follow it, and I will send you the first article that has it."
    )
    assert none.buttons == [[Button("Follow “zyzzyva”", "subscribe zyzzyva")]]
    # Nothing for words that read as no topic, or that asked a question: no offer.
    for said in ("zyzzyva quokka axolotl wombat numbat", "where is zyzzyva?"):
        reply = await dispatch(demo_newsroom, Request("", said))
        assert reply.plain_text.startswith("Nothing found for") and not reply.buttons


async def test_search_says_when_only_some_words_match(demo_newsroom: Newsroom) -> None:
    reply = await dispatch(demo_newsroom, Request("search", "Kestrel zyzzyva"))
    assert "No article has all of the words" in reply.plain_text


async def test_unknown_command(demo_newsroom: Newsroom) -> None:
    reply = await dispatch(demo_newsroom, Request("frobnicate"))
    assert (
        reply.plain_text == "I don't know the command /frobnicate. Send /help to see what I can do."
    )
    assert reply.buttons == []


@pytest.mark.parametrize(
    ("typed", "args", "said", "button"),
    [
        ("summery", "5", "Did you mean /summary?", ("/summary 5", "summary 5")),
        ("serach", "Kestrel", "Did you mean /search?", ("/search Kestrel", "search Kestrel")),
        ("latest5", "", "Did you mean /latest 5?", ("/latest 5", "latest 5")),
        (
            "unsubscibe",
            "all",
            "Did you mean /unsubscribe?",
            ("/unsubscribe all", "unsubscribe all"),
        ),
        ("news", "", "Did you mean /latest?", ("/latest", "latest")),  # other bots' name
    ],
)
async def test_a_mistyped_command_is_offered_as_meant(
    demo_newsroom: Newsroom, typed: str, args: str, said: str, button: tuple[str, str]
) -> None:
    reply = await dispatch(demo_newsroom, Request(typed, args))
    assert reply.plain_text == f"I don't know the command /{typed}. {said}"
    [[offered]] = reply.buttons
    assert (offered.label, offered.command) == button
    ran = await dispatch(demo_newsroom, button_request(offered.command, "en"))
    assert ran.plain_text == (await dispatch(demo_newsroom, parse_command(button[0]))).plain_text
    assert not ran.plain_text.startswith("I don't know")


def test_commands_too_far_from_ours_are_not_guessed() -> None:
    assert meant_command("stop") == ("unsubscribe", "")  # an alias, not /top
    for typed in ("frobnicate", "abc", "sto", "lnag"):
        assert meant_command(typed) is None, typed
    assert meant_command("remove_nw") == ("remove", "")  # remove_now is pressed, never typed


CONGRESS = "Russian anti-war activists meet in Brussels for their third congress"
CONGRESS_URL = "https://example.org/world/2025/06/anti-war-congress-brussels"


async def test_summary_by_id_is_a_card_with_sentences(demo_newsroom: Newsroom) -> None:
    reply = await dispatch(demo_newsroom, Request("summary", "1"))
    assert reply.blocks[0][0].text == CONGRESS and reply.blocks[0][0].url == CONGRESS_URL
    bullets = [b[0].text for b in reply.blocks[1:]]
    assert len(bullets) == 3 and bullets[0].startswith("• About 300 Russian activists")
    assert reply.preview_url == CONGRESS_URL
    assert [b.command for b in reply.buttons[0]] == [
        "summary 1 6",
        "facts 1",
        "related 1",
        "follow 1",
    ]


async def test_a_longer_summary_on_request_and_by_its_button(demo_newsroom: Newsroom) -> None:
    longer = await dispatch(demo_newsroom, Request("summary", "1 5"))
    bullets = [b[0].text for b in longer.blocks[1:]]
    assert len(bullets) == 5 and bullets[0].startswith("• About 300 Russian activists")
    assert longer.buttons[0][0].command == "summary 1 8" and longer.replaces
    linked = await dispatch(demo_newsroom, Request("summary", f"{CONGRESS_URL} 4"))
    assert len(linked.blocks) == 5 and linked.blocks[0][0].text == CONGRESS
    whole = await dispatch(demo_newsroom, Request("summary", "1 10"))
    assert whole.buttons[0][0].command == "facts 1"  # ten is the most: no More
    shorter = await dispatch(demo_newsroom, Request("summary", "21 10"))  # a short report
    assert 1 < len(shorter.blocks) - 1 < 10 and shorter.buttons[0][0].command == "facts 21"
    refused = await dispatch(demo_newsroom, Request("summary", "1 50"))
    assert refused.plain_text == "A summary has 1 to 10 sentences: /summary 12 6"
    year = await dispatch(demo_newsroom, Request("summary", "Ukraine 2022"))  # words, not a count
    assert "A summary has" not in year.plain_text


@pytest.mark.parametrize(
    "args",
    [
        "#1",
        "a1",
        "article 1",
        "Статья №1",
        CONGRESS_URL,
        CONGRESS_URL + "?utm_source=x#top",
        CONGRESS_URL.removeprefix("https://"),  # as an address bar shows it
    ],
)
async def test_summary_accepts_ids_and_links(demo_newsroom: Newsroom, args: str) -> None:
    reply = await dispatch(demo_newsroom, Request("summary", args))
    assert reply.blocks[0][0].text == CONGRESS


@pytest.mark.parametrize("message", ["summarise article 12", "key facts of story #12"])
async def test_an_article_asked_for_by_its_number_in_plain_words(
    demo_newsroom: Newsroom, message: str
) -> None:
    reply = await dispatch(demo_newsroom, Request("", message))
    assert reply.blocks[0][0].text.startswith("Kestrel Mobile says hackers stole data")


async def test_summary_of_the_article_replied_to(demo_newsroom: Newsroom) -> None:
    by_card = await dispatch(demo_newsroom, Request("summary", reply_to_article=3))
    assert by_card.blocks[0][0].text.startswith("OVD-Info: over 20,000")
    by_link = await dispatch(
        demo_newsroom, Request("facts", reply_text=f"Have you seen this? {CONGRESS_URL}.")
    )
    assert by_link.blocks[0][0].text == CONGRESS
    bare = CONGRESS_URL.removeprefix("https://")
    pasted = await dispatch(demo_newsroom, Request("", f"have you seen {bare} ?"))
    assert pasted.blocks[0][0].text == CONGRESS  # was searched as words


async def test_summary_without_an_article_explains_itself(demo_newsroom: Newsroom) -> None:
    usage = await dispatch(demo_newsroom, Request("summary"))
    assert usage.plain_text.startswith("Which article? Give its id (/summary 12)")
    unknown = await dispatch(demo_newsroom, Request("summary", "999999"))
    assert unknown.plain_text == "There is no article with id 999999. Try /latest or /search."
    huge = await dispatch(demo_newsroom, Request("facts", "9" * 40))
    assert huge.plain_text.startswith("Nothing found for")
    link = await dispatch(demo_newsroom, Request("related", "https://example.org/nope"))
    assert link.plain_text.startswith("I don't have that page")


async def test_summary_of_words_over_several_articles_cites_sources(
    demo_newsroom: Newsroom,
) -> None:
    reply = await dispatch(demo_newsroom, Request("summary", "Kestrel breach"))
    assert reply.plain_text.startswith("What the articles say about “Kestrel breach”")
    cited = {s.text for block in reply.blocks for s in block if s.style == "italic"}
    assert {"[1]", "[2]"} <= cited
    sources = reply.blocks.index((Span("Sources", "bold"),))
    listed = [b[1].text for b in reply.blocks[sources + 1 :]]
    assert "Regulator opens inquiry into Kestrel Mobile breach" in listed
    opens = [b.command for row in reply.buttons for b in row]
    assert len(opens) == len(listed) and all(c.startswith("summary ") for c in opens)


@pytest.mark.parametrize(
    ("args", "sentences"),
    [
        ("Kestrel breach in 2 sentences", 2),
        ("7 sentences about Kestrel breach", 7),
        ("Kestrel breach в 4 предложениях", 4),
        ("Kestrel breach in three sentences", 3),
        ("Kestrel breach в двух предложениях", 2),
    ],
)
async def test_a_topic_summary_of_as_many_sentences_as_asked(
    demo_newsroom: Newsroom, args: str, sentences: int
) -> None:
    reply = await dispatch(demo_newsroom, Request("summary", args))
    heading = reply.blocks[0][0].text
    assert heading in (
        "What the articles say about “Kestrel breach”",
        "Что пишут о «Kestrel breach»",
    )
    cites = [b for b in reply.blocks if b[-1].style == "italic" and b[-1].text.startswith("[")]
    assert len(cites) == sentences


APOLLO: dict[str, object] = {
    "title": "Fifty-seven years since Apollo 8",
    "text": "Apollo 8 circled the Moon in December 1968. Its crew read from Genesis. "
    "The mission took six days. Millions watched on television.",
    "published": "2025-11-20T10:00:00Z",
}


async def test_an_article_summary_of_as_many_sentences_as_asked(demo_newsroom: Newsroom) -> None:
    one = await dispatch(demo_newsroom, Request("summary", "night trains in 2 sentences"))
    assert one.blocks[0][0].text.startswith("Best match: “Night trains return")
    assert len([b for b in one.blocks if b[0].text.startswith("• ")]) == 2
    by_id = await dispatch(demo_newsroom, Request("summary", "1 in 2 sentences"))
    assert by_id.blocks[0][0].text == CONGRESS and len(by_id.blocks) == 3
    one = await dispatch(demo_newsroom, Request("", "перескажи статью 1 в одном предложении"))
    assert one.blocks[0][0].text == CONGRESS and len(one.blocks) == 2
    replied = Request("", "summarise it in 2 sentences", reply_to_article=1)
    of_card = await dispatch(demo_newsroom, replied)
    assert of_card.blocks[0][0].text == CONGRESS and len(of_card.blocks) == 3
    for many in ("40", "9" * 30):
        refused = await dispatch(demo_newsroom, Request("summary", f"drought in {many} sentences"))
        assert refused.plain_text == "A summary has 1 to 10 sentences: /summary 12 6"
    # A count after the words, as after an id, when no article has it among its words.
    trailing = await dispatch(demo_newsroom, Request("summary", "night trains 2"))
    assert trailing.blocks[0][0].text.startswith("Best match: “Night trains return")
    assert len([b for b in trailing.blocks if b[0].text.startswith("• ")]) == 2
    await ingest_items(demo_newsroom.storage, [Record("test", APOLLO, 0)])
    named = await dispatch(demo_newsroom, Request("summary", "Apollo 8"))  # a name's number
    assert "Apollo 8 circled the Moon" in named.plain_text
    assert len([b for b in named.blocks if b[0].text.startswith("• ")]) == 3  # not 8 (all 4)
    # Plain words ask for it the same way.
    plain = await dispatch(demo_newsroom, Request("", "summarise the congress in 2 sentences"))
    assert len([b for b in plain.blocks if b[0].text.startswith("• ")]) == 2


async def test_a_topic_summary_of_some_of_the_words_says_so(demo_newsroom: Newsroom) -> None:
    reply = await dispatch(demo_newsroom, Request("summary", "drought in Calder fines"))
    assert reply.blocks[1][0].text == "No article has all of the words; these have some of them."
    whole = await dispatch(demo_newsroom, Request("summary", "Kestrel breach"))
    assert "No article has all" not in whole.plain_text


async def test_summary_of_words_with_one_match_names_the_article(
    demo_newsroom: Newsroom,
) -> None:
    reply = await dispatch(demo_newsroom, Request("summary", "night trains"))
    assert reply.blocks[0][0].text.startswith("Best match: “Night trains return")
    assert reply.blocks[1][0].text.startswith("Night trains return")


async def test_facts_mark_kinds_and_list_names(demo_newsroom: Newsroom) -> None:
    reply = await dispatch(demo_newsroom, Request("facts", "3"))
    text = reply.plain_text
    assert "• More than 20,000 people have been detained in Russia" in text
    assert "(figure, date, who said it)" in text
    assert "Organisations: OVD-Info" in text and "Places: Russia" in text
    assert [b.command for b in reply.buttons[0]] == ["summary 3", "related 3", "follow 3"]


async def test_facts_leave_out_the_credit_lines_and_their_reporters(
    demo_newsroom: Newsroom,
) -> None:
    credited: dict[str, object] = {
        "title": "Underpass flood: 14 rescued in Port Elms",
        "text": (
            "Firefighters in Port Elms rescued 14 people from a flooded underpass on Tuesday, "
            "the city's fire chief Maria Lenz said. Water rose to two metres within an hour.\n\n"
            "Catherine E. Shoichet and Ashley Fantz reported from Atlanta. "
            "CNN's Greg Botelho contributed to this report."
        ),
        "url": "https://example.org/city/underpass-flood",
    }
    await ingest_items(demo_newsroom.storage, [Record("test", credited, 0)])
    text = (await dispatch(demo_newsroom, Request("facts", "underpass flood"))).plain_text
    assert "People: Maria Lenz\n" in text and text.endswith("Places: Port Elms")
    assert "Botelho" not in text and "Atlanta" not in text
    summary = (await dispatch(demo_newsroom, Request("summary", "underpass flood"))).plain_text
    assert "Water rose to two metres" in summary and "reported from" not in summary


async def test_facts_by_words_say_which_article(demo_newsroom: Newsroom) -> None:
    reply = await dispatch(demo_newsroom, Request("facts", "Kestrel chief executive resigns"))
    assert reply.blocks[0][0].text.startswith("Best match: “Kestrel Mobile chief executive")


async def test_related_puts_the_same_story_first(demo_newsroom: Newsroom) -> None:
    reply = await dispatch(demo_newsroom, Request("related", "12"))
    first = reply.blocks[2]
    assert first[1].text == "Regulator opens inquiry into Kestrel Mobile breach"
    assert first[-1].text.endswith("same story")
    ids = [b.command for row in reply.buttons for b in row]
    assert "summary 12" not in ids and ids[0] == "summary 13"


async def test_related_for_a_lone_article(newsroom: Newsroom, tmp_path: Path) -> None:
    from bot.ingest import ingest_paths

    path = tmp_path / "one.jsonl"
    path.write_text('{"title": "Lone", "text": "Zebras paint the town."}\n', encoding="utf-8")
    await ingest_paths(newsroom.storage, [path])
    reply = await dispatch(newsroom, Request("related", "1"))
    assert reply.plain_text.endswith("No other stored article is about this story or subject yet.")


async def test_lang_switches_the_chat_and_stays(demo_newsroom: Newsroom) -> None:
    done = await dispatch(demo_newsroom, Request("lang", "ru", chat_id=7))
    assert done.plain_text == "Теперь я говорю в этом чате по-русски."
    later = await dispatch(demo_newsroom, Request("latest", "1", chat_id=7, language="en"))
    assert later.plain_text.startswith("Свежие статьи")
    other_chat = await dispatch(demo_newsroom, Request("latest", "1", chat_id=8))
    assert other_chat.plain_text.startswith("Latest articles")
    bad = await dispatch(demo_newsroom, Request("lang", "klingon", chat_id=8))
    assert bad.plain_text == "Choose a language: /lang en or /lang ru"
    asked = await dispatch(demo_newsroom, Request("", "говори по-английски", chat_id=7))
    assert asked.plain_text == "I will speak English in this chat."
    after = await dispatch(demo_newsroom, Request("latest", "1", chat_id=7, language="ru"))
    assert after.plain_text.startswith("Latest articles")


async def test_user_language_is_used_until_a_choice(demo_newsroom: Newsroom) -> None:
    reply = await dispatch(demo_newsroom, Request("help", chat_id=9, language="ru-RU"))
    assert reply.plain_text.startswith("Бот редакции")


async def test_start_with_a_deep_link_opens_the_article(demo_newsroom: Newsroom) -> None:
    reply = await dispatch(demo_newsroom, Request("start", "a12"))
    assert reply.blocks[0][0].text.startswith("Kestrel Mobile says hackers")
    fallback = await dispatch(demo_newsroom, Request("start", "a99999"))
    assert fallback.plain_text.startswith("Hello!")


PASTED = (
    "Some 300 Russian anti-war activists met in Brussels on Tuesday and Wednesday to discuss the "
    "eroding human rights situation in Russia and how to end the full-scale invasion of Ukraine. "
    "The Anti-war Initiatives Congress was the third held since the start of the invasion in "
    "February 2022; members of Alexei Navalny's Anti-Corruption Foundation took part."
)


async def test_a_pasted_text_lists_the_stored_articles_about_it(demo_newsroom: Newsroom) -> None:
    reply = await dispatch(demo_newsroom, Request("", PASTED))
    assert reply.plain_text.startswith(
        "Stored articles about the text you sent\n\n1. Russian anti-war activists meet in Brussels"
    )
    assert "В Брюсселе прошёл антивоенный конгресс" in reply.plain_text
    assert "id 5 · in Russian" in reply.plain_text
    assert len(reply.buttons[0]) == 5
    unrelated = "The recipe calls for flour, butter, sugar and two eggs, beaten well. " * 5
    none = await dispatch(demo_newsroom, Request("", unrelated))
    assert none.plain_text.startswith("I have no stored article about that text.")
    # Asked as a search, a text this long is still refused as one.
    search = await dispatch(demo_newsroom, Request("search", PASTED))
    assert search.plain_text.startswith("That is too long to search for")


async def test_search_lists_a_report_once_with_the_other_sources_that_ran_it(
    demo_newsroom: Newsroom,
) -> None:
    [original] = await demo_newsroom.storage.articles([3])
    reprint: dict[str, object] = {
        "title": "Over 20,000 Russians detained for opposing the war, rights group says",
        "text": original.text + "\n\n(Reporting by the Wire Desk.)",
        "url": "https://wire.example/2025/06/ovd-info",
        "source": "Wire Desk",
        "published": "2025-06-13",
    }
    await ingest_items(demo_newsroom.storage, [Record("test", reprint, 0)])
    reply = await dispatch(demo_newsroom, Request("search", "OVD-Info detained"))
    said = reply.plain_text
    assert "OVD-Info: over 20,000 people detained" in said
    assert "Over 20,000 Russians detained" not in said  # not listed again...
    assert "The same report also from: Wire Desk" in said  # ...but named
    alone = await dispatch(demo_newsroom, Request("search", "Wire Desk"))
    assert "Over 20,000 Russians detained" in alone.plain_text  # its own words still find it


WIRE_REPORT = (
    "The Quillfeather ferry line will double its crossings between Port Elms and Calder from"
    " March, the operator said on Monday, after a year in which passenger numbers rose by a third."
    " Two new boats are being built at the Calder yard and the first is due in February. Tickets"
    " will cost the same, the company said, and the night crossing returns on weekends."
)
OTHER_REPORTS = [
    "Quillfeather {0}: dockworkers at the {0} terminal voted to strike over pay, their union"
    " said, in a dispute that has run since the {0} talks broke down in the spring.",
    "Residents of {0} asked the council to study the noise from Quillfeather boats docking late"
    " at night, saying the {0} harbour wall carries the sound into their homes.",
]
PLACES = ["Marrow Bay", "Hollin", "Strand Cove"]


async def test_search_pages_list_each_report_once_and_are_full(newsroom: Newsroom) -> None:
    """A report run by seven sources ranks all over the results: it is listed
    once, under its best-ranked copy, with the others named, and never again
    on a later page; every page but the last has five reports."""
    items: list[dict[str, object]] = [
        {
            # Copies titled with the word rank first; the others after the short reports.
            "title": ("Ferry crossings to double" if n % 2 else "Quillfeather crossings to double"),
            "text": f"{WIRE_REPORT}\n\n(Reporting by Site {n}.)",
            "source": f"Site {n}",
            "url": f"https://site{n}.example/ferry",
        }
        for n in range(7)
    ]
    items += [
        {"title": f"Notes from {place}", "text": template.format(place)}
        for template in OTHER_REPORTS
        for place in PLACES
    ]
    await ingest_items(newsroom.storage, [Record(f"t{i}", it, 0) for i, it in enumerate(items)])
    first = await dispatch(newsroom, Request("search", "Quillfeather"))
    opens, [more, _newest] = first.buttons
    assert [b.label for b in opens] == ["1", "2", "3", "4", "5"]
    second = await dispatch(newsroom, parse_command("/" + more.command))
    assert [b.label for b in second.buttons[0]] == ["6", "7"]  # 7 reports in 13 articles
    assert [b.label for b in second.buttons[1]] == ["Newest first"]  # no More: the last page
    said = first.plain_text + second.plain_text
    assert said.count("crossings to double") == 1
    # The sources named are the copies among the results read for the page.
    head, copies = said.split("crossings to double")[1].split("The same report also from: ")
    listed = copies.split("\n")[0].split(", ")
    sites = {f"Site {n}" for n in range(7)}
    assert len(set(listed)) == len(listed) >= 4 and set(listed) < sites
    assert not any(site in head for site in listed)
    for place in PLACES:
        assert said.count(f"Notes from {place}") == 2
    # Pages of any size list the same reports in the same order.
    pages = [await newsroom.search("Quillfeather", limit=2, offset=n) for n in range(0, 8, 2)]
    whole = await newsroom.search("Quillfeather", limit=10)
    assert [f.article.id for p in pages for f in p.found] == [f.article.id for f in whole.found]
    assert [p.has_more for p in pages] == [True, True, True, False]


async def test_latest_lists_a_report_once_with_the_other_sources_that_ran_it(
    demo_newsroom: Newsroom,
) -> None:
    [newest] = await demo_newsroom.latest(1)
    reprint: dict[str, object] = {
        "title": "Wire: " + newest.title,
        "text": newest.text + "\n\n(Reporting by the Wire Desk.)",
        "url": "https://wire.example/latest-copy",
        "source": "Wire Desk",
        "published": "2025-12-31T10:00:00Z",  # newer than any demo article
    }
    await ingest_items(demo_newsroom.storage, [Record("test", reprint, 0)])
    said = (await dispatch(demo_newsroom, Request("latest", "3"))).plain_text
    lines = said.split("\n\n")
    assert lines[1].startswith("1. Wire: " + newest.title)
    assert lines[2] == f"The same report also from: {newest.source}"
    assert lines[3].startswith("2. ") and newest.title not in lines[3]
    assert said.count("\n\n3. ") == 1  # three reports, the copy not counted


async def test_top_lists_the_most_reported_stories(demo_newsroom: Newsroom) -> None:
    said = (await dispatch(demo_newsroom, Request("top", "year"))).plain_text
    lines = said.split("\n\n")
    assert lines[0] == "Most reported stories, the last year to 2025-11-25"
    assert lines[1].startswith("1. Port Elms university tests a sodium battery")
    assert lines[2] == "2 reports from 2 sources, in English and Russian"
    assert "3 reports from one source" in said  # the cup final: one desk's three reports
    assert said.count(" · id ") == 5
    russian = (await dispatch(demo_newsroom, Request("top", "год 2", language="ru"))).plain_text
    assert russian.startswith("Самые освещаемые сюжеты за последний год по 2025-11-25\n\n1. Учёные")
    assert "материалов: 2, источников: 2, на английском и русском" in russian
    assert russian.count(" · № ") == 2


async def test_top_says_when_no_story_was_reported_twice(demo_newsroom: Newsroom) -> None:
    said = (await dispatch(demo_newsroom, Request("top"))).plain_text
    assert said.startswith("No story had more than one report in the last day to 2025-11-25.")
    # ...and lists the span's newest reports, as a quiet day's briefing does.
    week = await dispatch(demo_newsroom, Request("top", "week"))
    assert week.plain_text.startswith(
        "No story had more than one report in the last week to 2025-11-25. The newest of those"
        " days:\n\n1. Night trains return"
    )
    assert ids_listed(week) == [30, 11]
    sport = await dispatch(demo_newsroom, Request("top", "week sport"))  # none that week
    assert sport.plain_text.endswith("/latest sport lists its newest articles.")
    for args in ("decade", "0", "11", "week week"):
        reply = await dispatch(demo_newsroom, Request("top", args))
        assert reply.plain_text.startswith("Please give a span, a number from 1 to 10"), args


async def test_top_of_a_period(demo_newsroom: Newsroom) -> None:
    async def said(args: str, language: str = "en") -> tuple[str, list[int]]:
        reply = await dispatch(demo_newsroom, Request("top", args, language=language))
        return reply.plain_text.split("\n\n1. ")[0], ids_listed(reply)

    # June's congress and detentions were each run by two sources, in two languages.
    assert await said("in June") == ("Most reported stories in June 2025", [3, 1])
    assert await said("в июне", "ru") == ("Самые освещаемые сюжеты в июне 2025 года", [6, 5])
    assert await said("1 sport in May") == ("Most reported in “sport” in May 2025", [24])
    assert await said("on 12 June") == ("Most reported stories on 12 June 2025", [1])
    # /top has no search words: a month or a year alone is a period.
    assert await said("June") == await said("in June")
    assert await said("июнь", "ru") == await said("в июне", "ru")
    assert await said("sport May") == await said("sport in May")
    assert await said("2024") == ("No stored article was published in 2024.", [])
    # None reported twice: the period's newest; none published: says so.
    assert await said("last week") == (
        "No story had more than one report from 17 to 23 November 2025. The newest then:",
        [11],
    )
    assert await said("yesterday") == ("No stored article was published on 24 November 2025.", [])
    assert await said("sport in November") == (
        "No article in “sport” was published in November 2025.",
        [],
    )
    # In plain words, what happened then is this; its news, the newest published.
    for message, args in (
        ("what happened in June?", "in June"),
        ("what happened yesterday?", "yesterday"),
        ("top stories yesterday", "yesterday"),
        ("что было в мае?", "в мае"),
        ("what happened last week?", "last week"),
        ("главные новости на прошлой неделе", "на прошлой неделе"),
    ):
        plain = await dispatch(demo_newsroom, Request("", message))
        typed = await dispatch(
            demo_newsroom, Request("top", args, language=plain_language(message))
        )
        assert plain.plain_text == typed.plain_text, message


def plain_language(message: str) -> str:
    return "ru" if re.search("[а-я]", message) else "en"


async def test_top_on_an_empty_store(newsroom: Newsroom) -> None:
    assert (await dispatch(newsroom, Request("top"))).plain_text == "No articles are stored yet."


async def test_deep_links_follow_a_story_or_a_topic(demo_newsroom: Newsroom) -> None:
    story = await dispatch(demo_newsroom, Request("start", "f12", chat_id=9))
    assert story.plain_text.startswith("Following the story “Kestrel Mobile says hackers")
    topic = await dispatch(demo_newsroom, Request("start", "t_Kestrel_Mobile", chat_id=9))
    assert topic.plain_text.startswith("Following “Kestrel Mobile”.")
    subs = await demo_newsroom.subscriptions.of_chat(9)
    assert [(s.topic, s.story_id is not None) for s in subs] == [
        ("Kestrel Mobile says hackers stole data of 2.3 million customers", True),
        ("Kestrel Mobile", False),
    ]
    for payload in ("t___", "t_", "f", "fx1"):
        reply = await dispatch(demo_newsroom, Request("start", payload, chat_id=9))
        assert reply.plain_text.startswith("Hello!"), payload
    missing = await dispatch(demo_newsroom, Request("start", "f999", chat_id=9))
    assert missing.plain_text == "There is no article with id 999. Try /latest or /search."


@pytest.mark.parametrize(
    ("question", "language", "answered", "marked"),
    [
        ("When was the congress in Brussels?", "en", "About 300", ["Tuesday", "Wednesday"]),
        # Not "the war in Ukraine": the place nearest the question's words.
        ("where was the congress held?", "en", "About 300 Russian activists", ["Brussels"]),
        ("где прошёл конгресс?", "ru", "Около 300 российских", ["Брюсселе"]),
        (
            "how much did the library restoration cost?",
            "en",
            "The Central Library",
            ["48 million crowns"],
        ),
        # Misspelt: answered in the words the articles were found by ("customers").
        ("how many custmers?", "en", "Kestrel Mobile, one of", ["2.3 million"]),
        ("что говорит ОВД-Инфо?", "ru", "С 24 февраля 2022 года", []),
        # Her own words, where another article only names her.
        (
            "what did Ana Petrov say?",
            "en",
            '"Buyers are waiting',
            ["Buyers are waiting to see whether the Bank of Veloria has finished raising rates,"],
        ),
        ("сколько человек задержали в России?", "ru", "С 24 февраля 2022 года", ["20 тысяч"]),
        (
            "who is Daniel Okafor?",
            "en",
            "Daniel Okafor, the",
            ["the chief executive of Kestrel Mobile"],
        ),
        ("что такое ОВД-Инфо?", "ru", "С 24 февраля 2022 года", ["правозащитный проект"]),
        ("who is Petrov?", "en", '"Buyers are waiting', ["the association's chief economist"]),
        ("what is FBK?", "en", "Academics, lawyers", ["Anti-Corruption Foundation"]),
        # "конгресс" is in the article's title only: with it, the sentence holds two words.
        (
            "кто поддерживает конгресс?",
            "ru",
            "Мероприятие поддерживают",
            ["Европейский союз", "министерство иностранных дел Германии"],
        ),
        (
            "what was the cost of the library restoration?",
            "en",
            "The Central",
            ["48 million crowns"],
        ),
        ("what is the interest rate in Veloria?", "en", "The Bank of Veloria", ["4.25%"]),
        ("what is the 120 Campaign?", "en", "Visitors to the Anti-war", ["an exhibition"]),
        ("how long did the library restoration take?", "en", "The Central", ["three-year"]),
        # Only the opinion piece writes "attended": the report of "300 activists
        # ... at the Congress, a gathering" answers, found without the word.
        ("how many people attended the congress?", "en", "About 300 Russian", ["300"]),
        ("сколько человек участвовало в конгрессе?", "ru", "Около 300", ["300"]),
        ("who was sacked by Eastport United?", "en", "Eastport United dismissed", ["Viktor Hale"]),
        ("насколько упал уровень озера?", "ru", "Власти города Колдер", ["31%"]),
        ("how much of the harvest did farmers lose?", "en", "Farmers in the", ["a third"]),
        ("how much does a sleeper cabin cost?", "en", "Sleeper cabins", ["65 crowns"]),
        # "tickets", which the article never writes, is what the cabins cost.
        ("how much will the night train tickets cost?", "en", "Sleeper cabins", ["65 crowns"]),
        ("when does the new law take effect?", "en", "The law passed", ["January"]),
        ("how often will the night train run?", "en", "Trains will leave", ["three times a week"]),
        ("who is Ruth Alvarez?", "en", '"We will look', ["the authority's head"]),
        ("what was Kestrel's revenue last year?", "en", "Kestrel reported", ["3.1 billion crowns"]),
        ("how long will the Mendes injury keep him out?", "en", "Calder Rovers", ["two months"]),
        # The verb searched without is what the answer writes: "take just under seven
        # hours", not "ten years after the service was cut" (which has "night").
        ("how long does the night train take?", "en", "Trains will leave", ["seven hours"]),
        # What things: the sentence that says all the question does, nothing marked.
        ("what rules did parliament approve?", "en", "Veloria's parliament approved", []),
        # Not "с начала вторжения" (the invasion's start, a noun of the verb's stem).
        ("когда начался конгресс?", "ru", "Около 300", ["вторник", "среду"]),
        # Asked indirectly: the question it asks.
        (
            "Can you tell me when the night trains start running again?",
            "en",
            "A night train between",
            ["14 December"],
        ),
        ("do you know where the congress was held?", "en", "About 300 Russian", ["Brussels"]),
        # "prisoners": "people imprisoned"; "could" is the question's word, no article's.
        ("how many prisoners are in the exhibition?", "en", "Visitors to the", ["120"]),
        ("how much could Kestrel be fined?", "en", "The authority can fine", ["4%"]),
        # Found by "final", answered by his words, which do not say it.
        (
            "what did Mendes say after the final?",
            "en",
            '"I told the doctor',
            ["I told the doctor I would play even with one leg,"],
        ),
    ],
)
async def test_a_question_in_plain_words_is_answered_above_its_search(
    demo_newsroom: Newsroom, question: str, language: str, answered: str, marked: list[str]
) -> None:
    reply = await dispatch(demo_newsroom, Request("", question, language=language))
    heading, sentence, source, results = reply.blocks[:4]
    assert heading == (Span(catalogue("answer.title", language), "bold"),)
    assert "".join(s.text for s in sentence).startswith(answered)
    assert [s.text for s in sentence if s.style == "bold"] == marked
    assert source[0].text == "— " and source[-1].text.startswith(" · ")
    name, day, number = source[-1].text.split(" · ")[1:]
    assert "Demo" in name or "Демо" in name  # "Newsroom Demo Wire", "Демо-лента новостей"
    assert re.fullmatch(r"2025-\d\d-\d\d", day)  # when it was so
    assert number.startswith(catalogue("article.id", language, id="")) and number[-1].isdigit()
    assert catalogue("search.title", language, query="")[:6] in results[0].text
    assert reply.buttons  # the results still open


async def test_a_price_no_article_gives_is_answered_by_a_share_never_a_count(
    demo_newsroom: Newsroom,
) -> None:
    # The battery report has figures ("40 homes", "30% less"), but no price.
    reply = await dispatch(demo_newsroom, Request("", "how much does the sodium battery cost?"))
    assert reply.plain_text.startswith("Answer\n\nThe team says its cells cost about 30% less")
    assert [s.text for s in reply.blocks[1] if s.style == "bold"] == ["30%"]
    assert "\n\nResults for “the sodium battery cost”\n" in reply.plain_text


async def test_a_question_only_other_language_reports_answer_is_answered_by_them(
    demo_newsroom: Newsroom,
) -> None:
    # No Russian article names Okafor or Varga: the English reports answer,
    # asked in their spelling of the names.
    who = await dispatch(demo_newsroom, Request("", "кто такой Окафор?", language="ru"))
    heading, sentence, source, results = who.blocks[:4]
    assert heading == (Span("Ответ", "bold"),)
    assert "".join(s.text for s in sentence).startswith("Chief executive Daniel Okafor")
    assert [s.text for s in sentence if s.style == "bold"] == ["Chief executive"]
    assert "Kestrel Mobile" in source[1].text
    assert results[0].text == "Нет статей на русском со словами «Окафор»."
    said = await dispatch(demo_newsroom, Request("", "что сказала Варга?", language="ru"))
    assert said.plain_text.startswith("Ответ\n\nIts governor, Elena Varga, said last month")
    # A word that is no name and has no equivalent in news.glossary cannot be
    # looked for in English reports: no answer ("абонентов"); one that has,
    # in its equivalent ("клиентов": customers).
    assert not (
        await dispatch(demo_newsroom, Request("", "сколько абонентов у Kestrel?", language="ru"))
    ).plain_text.startswith("Ответ")
    customers = await dispatch(demo_newsroom, Request("", "сколько клиентов у Kestrel?"))
    assert customers.plain_text.startswith("Ответ\n\nKestrel Mobile, one of the largest")
    assert [s.text for s in customers.blocks[1] if s.style == "bold"] == ["2.3 million"]
    # English reports found: a word spelt like a Russian report's name ("Фонд"
    # of the Anti-Corruption Fund) is no question about it.
    # Asked who funds it, the report of its support answers ("funds" as "supports").
    funds = await dispatch(demo_newsroom, Request("", "who funds the congress?"))
    assert funds.plain_text.startswith("Answer\n\nThe congress is supported by the European")
    assert "Фонд" not in funds.plain_text


async def test_an_article_or_topic_asked_by_words_only_other_reports_have_all_of(
    demo_newsroom: Newsroom,
) -> None:
    # Russian has "данные" in OVD-Info's report; English has the breach and data both.
    facts = await dispatch(demo_newsroom, Request("", "ключевые факты об утечке данных"))
    assert "Kestrel" in facts.plain_text and "ОВД-Инфо" not in facts.plain_text
    summary = await dispatch(demo_newsroom, Request("", "кратко об утечке данных"))
    assert summary.plain_text.startswith(
        "Что пишут о «breach data»\n\nПо запросу «утечке данных» ничего нет: это о «breach data»."
    )
    assert "Kestrel Mobile chief executive steps down" in summary.plain_text
    # An English topic some English reports have most of stays theirs.
    drought = await dispatch(demo_newsroom, Request("summary", "drought in Calder fines"))
    assert "Засуха" not in drought.plain_text


async def test_a_question_in_reply_to_a_card_in_the_other_language_is_asked_of_it(
    demo_newsroom: Newsroom,
) -> None:
    # Under the night train's English card (id 30), in its words' equivalents.
    def asked(question: str) -> Request:
        return Request("", question, reply_to_article=30, language="ru")

    fare = await dispatch(demo_newsroom, asked("сколько стоит билет?"))
    assert fare.plain_text.startswith("Ответ\n\nSleeper cabins will cost from 65 crowns")
    hours = await dispatch(demo_newsroom, asked("сколько часов едет поезд?"))
    assert "take just under seven hours" in hours.plain_text.split("\n\n")[1]
    start = await dispatch(demo_newsroom, asked("когда начнутся рейсы?"))
    assert [s.text for s in start.blocks[1] if s.style == "bold"] == ["14 December"]
    # Words it has no wording of are searched, as before.
    other = await dispatch(demo_newsroom, asked("что думают жители о новом катке?"))
    assert not other.plain_text.startswith("Ответ")


async def test_what_people_said_about_a_topic_is_anyones_words_on_it(
    demo_newsroom: Newsroom,
) -> None:
    reply = await dispatch(
        demo_newsroom, Request("", "what did people say about the Kestrel breach?")
    )
    said = reply.plain_text
    assert said.startswith("Answer\n\nCustomers of Kestrel Mobile are receiving text messages")
    assert "Results for “the Kestrel breach”" in said  # not "people the Kestrel breach"


async def test_how_old_someone_is_is_answered_by_their_age(demo_newsroom: Newsroom) -> None:
    picket: dict[str, object] = {
        "title": "В Петербурге задержали 15 участников одиночных пикетов",
        "text": (
            "В субботу в Петербурге полиция задержала 15 участников одиночных пикетов против "
            "войны. Среди задержанных — 72-летняя пенсионерка Анна Кузнецова. Большинство "
            "задержанных отпустили через несколько часов."
        ),
        "url": "https://example.org/ru/pickets",
    }
    await ingest_items(demo_newsroom.storage, [Record("test", picket, 0)])
    reply = await dispatch(demo_newsroom, Request("", "сколько лет пенсионерке?", language="ru"))
    heading, sentence = reply.blocks[:2]
    assert heading == (Span("Ответ", "bold"),)
    assert "".join(s.text for s in sentence) == (
        "Среди задержанных — 72-летняя пенсионерка Анна Кузнецова."
    )
    assert [s.text for s in sentence if s.style == "bold"] == ["72"]


async def test_a_question_in_reply_to_a_card_is_answered_by_its_article(
    demo_newsroom: Newsroom,
) -> None:
    asked = Request("", "how many were detained?", reply_to_article=3)
    reply = await dispatch(demo_newsroom, asked)
    assert reply.plain_text.startswith("Answer\n\nMore than 20,000 people have been detained")
    assert len(reply.blocks) == 3  # the answer and where it is from: no search below
    assert [b.command for b in reply.buttons[0]] == [
        "summary 3",
        "facts 3",
        "related 3",
        "follow 3",
    ]
    # About something else: the card cannot answer, so the question is searched.
    other = Request("", "how much did the library restoration cost?", reply_to_article=3)
    searched = (await dispatch(demo_newsroom, other)).plain_text
    assert "48 million crowns" in searched.split("\n\n")[1]
    assert "Results for “the library restoration cost”" in searched
    # About something else that the card could answer in part ("3,000 people visited"):
    # the article has too few of the question's words, so it is searched.
    elsewhere = Request("", "how many people were detained in Russia?", reply_to_article=29)
    said = (await dispatch(demo_newsroom, elsewhere)).plain_text
    assert said.split("\n\n")[1].startswith("More than 20,000 people have been detained")
    visited = Request("", "how many people visited?", reply_to_article=29)
    assert "3,000 people visited" in (await dispatch(demo_newsroom, visited)).plain_text
    # Words no article has, the card's neither: not found, and not "the card does not
    # say" (the night train "takes just under seven hours"), with the card's buttons.
    journey = Request("", "how long is the journey?", reply_to_article=30)
    unworded = await dispatch(demo_newsroom, journey)
    assert unworded.plain_text == (
        "Nothing found for “the journey”.\n\n"
        "The article you asked under does not use these words either: "
        "its key facts may answer in others."
    )
    assert [b.command for b in unworded.buttons[0]] == [
        "summary 30",
        "facts 30",
        "related 30",
        "follow 30",
    ]


@pytest.mark.parametrize(
    ("question", "marked"),
    [
        ("when?", ["24 February 2022"]),
        ("how many?", ["20,000"]),
        ("where?", ["Russia"]),
        ("Когда?", ["24 February 2022"]),
        ("where is it?", ["Russia"]),  # "it": the article replied to
    ],
)
async def test_a_question_word_alone_in_reply_to_a_card_asks_about_its_article(
    demo_newsroom: Newsroom, question: str, marked: list[str]
) -> None:
    reply = await dispatch(demo_newsroom, Request("", question, reply_to_article=3))
    heading, sentence = reply.blocks[:2]
    asked_in = "ru" if question == "Когда?" else "en"  # the answer is in the question's language
    assert heading == (Span(catalogue("answer.title", asked_in), "bold"),)
    assert [s.text for s in sentence if s.style == "bold"] == marked
    alone = await dispatch(demo_newsroom, Request("", question))  # about nothing named
    assert alone.plain_text == catalogue("search.usage", asked_in)


async def test_a_bare_question_its_article_does_not_answer_says_so(
    demo_newsroom: Newsroom,
) -> None:
    # The library's report names no place (Port Elms is in its library's name)
    # and no time: the reader asked about it, so no search for other articles.
    for question, said in (("where?", "where"), ("what time?", "at what time")):
        reply = await dispatch(demo_newsroom, Request("", question, reply_to_article=29))
        assert reply.plain_text == f"The article does not say {said}."
        assert [b.label for b in reply.buttons[0][:2]] == ["Summary", "Key facts"]
    russian = Request("", "где?", reply_to_article=29, language="ru")
    assert (await dispatch(demo_newsroom, russian)).plain_text == "В статье не сказано, где."


async def test_tell_me_more_about_it_of_a_card_is_its_longer_summary(
    demo_newsroom: Newsroom,
) -> None:
    more = await dispatch(demo_newsroom, Request("", "tell me more about it", reply_to_article=30))
    assert more.plain_text.count("\n\n• ") == 4  # the whole of the short report, not 3
    assert "• Rail minister Clara Novak said" in more.plain_text
    alone = await dispatch(demo_newsroom, Request("", "tell me more about this"))
    assert alone.plain_text == catalogue("summary.usage", "en")
    for said in ("more", "tell me more"):  # were searched: "Nothing found"
        again = await dispatch(demo_newsroom, Request("", said, reply_to_article=30))
        assert again.plain_text == more.plain_text, said
    russian = await dispatch(demo_newsroom, Request("", "подробнее", reply_to_article=30))
    assert russian.plain_text.count("\n\n• ") == 4 and "№ 30" in russian.plain_text
    # "who said that?" of a card is its "who?": its words are all stop words.
    who = await dispatch(demo_newsroom, Request("", "who said that?", reply_to_article=11))
    assert [s.text for s in who.blocks[1] if s.style == "bold"] == ["Bank of Veloria"]
    # A question going on from the card's answer, with "and": the card answers it.
    went_on = await dispatch(
        demo_newsroom, Request("", "and when do they start?", reply_to_article=30)
    )
    assert went_on.plain_text.startswith("Answer\n\n")
    assert "14 December" in went_on.plain_text and "Results for" not in went_on.plain_text


async def test_what_time_is_answered_by_a_time_of_day(demo_newsroom: Newsroom) -> None:
    reply = await dispatch(demo_newsroom, Request("", "what time do the night trains leave?"))
    heading, sentence = reply.blocks[:2]
    assert heading == (Span("Answer", "bold"),)
    assert "".join(s.text for s in sentence).startswith("Trains will leave each city at 23:15")
    assert [s.text for s in sentence if s.style == "bold"] == ["23:15"]
    # "When" of the same trains: the day the service starts.
    when = await dispatch(demo_newsroom, Request("", "when do the night trains leave?"))
    assert [s.text for s in when.blocks[1] if s.style == "bold"] == ["14 December"]
    # "What time is it?" names nothing to search for.
    clock = await dispatch(demo_newsroom, Request("", "what time is it?"))
    assert clock.plain_text == catalogue("search.usage", "en")


async def test_why_is_answered_by_the_sentence_that_gives_a_cause(
    demo_newsroom: Newsroom,
) -> None:
    reply = await dispatch(demo_newsroom, Request("", "why was Viktor Hale sacked?"))
    heading, sentence = reply.blocks[:2]
    assert heading == (Span("Answer", "bold"),)
    assert "".join(s.text for s in sentence).startswith("Eastport United dismissed manager")
    assert [s.text for s in sentence if s.style == "bold"] == [
        "after the club lost the National Cup final 2-1 to Calder Rovers"
    ]
    rates = await dispatch(demo_newsroom, Request("", "why did the bank raise rates?"))
    assert "as consumer prices kept rising faster than expected" in [
        s.text for s in rates.blocks[1] if s.style == "bold"
    ]
    # "Why?" in reply to a card: why what its title says happened.
    alone = await dispatch(demo_newsroom, Request("", "why?", reply_to_article=26))
    assert alone.plain_text.startswith("Answer\n\nEastport United dismissed manager")
    # No sentence gives a cause: the search alone.
    unanswered = await dispatch(demo_newsroom, Request("", "what caused the heatwave?"))
    assert unanswered.plain_text.startswith("Results for “the heatwave”")


async def test_news_in_one_language_in_plain_words(demo_newsroom: Newsroom) -> None:
    russian = (await dispatch(demo_newsroom, Request("", "latest news in Russian"))).plain_text
    assert russian.startswith("Latest articles in Russian\n\n1. Учёные из Порт-Элмса")
    congress = (await dispatch(demo_newsroom, Request("", "congress in Russian"))).plain_text
    assert congress.startswith("Newest in Russian on “congress”\n\n1. В Брюсселе прошёл")


async def test_he_or_she_of_a_card_is_the_person_it_names_first(
    demo_newsroom: Newsroom,
) -> None:
    # The resignation's report names Daniel Okafor first (Sofia Klein after him)
    # and quotes no one: his words are searched, and the breach's report has them.
    he = await dispatch(demo_newsroom, Request("", "what did he say?", reply_to_article=15))
    assert he.plain_text.startswith("Answer\n\nChief executive Daniel Okafor apologised and said")
    assert "\n\nResults for “Daniel Okafor”\n" in he.plain_text
    # "they": anyone's words in the card.
    they = await dispatch(demo_newsroom, Request("", "what did they say?", reply_to_article=17))
    assert they.plain_text.startswith("Answer\n\nThe water company said daily use")
    # Of nothing read, no one to search for.
    nobody = await dispatch(demo_newsroom, Request("", "что он сказал?"))
    assert nobody.plain_text.startswith("Чьи слова вы имеете в виду? Назовите имя")
    # Who he is, likewise.
    who = await dispatch(demo_newsroom, Request("", "who is he?", reply_to_article=15))
    assert who.plain_text.startswith("Answer\n\nDaniel Okafor, the chief executive of Kestrel")
    unknown = await dispatch(demo_newsroom, Request("", "кто она?"))
    assert unknown.plain_text.startswith("Кого вы имеете в виду? Назовите имя")


async def test_a_pronoun_alone_of_nothing_read_asks_whom_the_reader_means(
    demo_newsroom: Newsroom,
) -> None:
    for message in ("where is he now?", "what happened to her?"):
        reply = await dispatch(demo_newsroom, Request("", message))
        assert reply.plain_text.startswith("Who do you mean? Name them (“where is Okafor now?”)")
    russian = await dispatch(demo_newsroom, Request("", "где он сейчас?"))
    assert russian.plain_text.startswith("Кого вы имеете в виду? Назовите имя")
    # With more words than the pronoun, they are searched ("he resign": resigned).
    resigned = await dispatch(demo_newsroom, Request("", "when did he resign?"))
    assert resigned.plain_text.startswith("Answer\n\nDaniel Okafor, the chief executive")
    # Of a card, the person it names first.
    card = await dispatch(demo_newsroom, Request("", "where is he now?", reply_to_article=15))
    assert "Results for “Daniel Okafor now”" in card.plain_text
