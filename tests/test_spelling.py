from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.commands import dispatch
from bot.commands.reply import Request, Span
from bot.ingest import ingest_items
from bot.ingest.files import Record
from bot.news.spelling import closest_form, one_edit_away
from bot.newsroom import _LETTERS, Newsroom, _respell_floor
from storage import Storage
from tests.conftest import make_article


def test_variants_are_one_edit_away_and_keep_the_first_letter() -> None:
    found = one_edit_away("brusels")
    assert {"brussels", "brusles", "brusel", "bruseks"} <= found
    assert "brusels" not in found and "rusels" not in found and "arusels" not in found
    assert all(v[0] == "b" for v in found)
    assert len(one_edit_away("word")) == len(set(one_edit_away("word")))
    assert "задержаны" in one_edit_away("задержны")
    assert all(set(v) <= set("абвгдеёжзийклмнопрстуфхцчшщъыьэюя") for v in one_edit_away("конгрес"))
    for word in ("b2b2", "naïve", "kremlinкремль", "abc", ""):
        assert one_edit_away(word) == set(), word
    assert "bunk" in one_edit_away("bank")


def test_the_closest_written_form() -> None:
    assert closest_form("protes", ["protesters", "protest", "protests"]) == "protest"
    assert closest_form("jaiiled", ["jail", "jailed"]) == "jailed"
    assert closest_form("x", []) is None


async def test_storage_counts_terms_and_finds_their_texts(storage: Storage) -> None:
    await storage.add_articles(
        [
            make_article("Floods in the valley.", title="Floods"),
            make_article("The flood warning stays.", title="Warning"),
        ]
    )
    assert await storage.term_articles(["flood", "valley", "nothing"]) == {"flood": 2, "valley": 1}
    assert await storage.count_matching("floods warning", 10) == 1
    assert await storage.count_matching("flood", 1) == 1  # counted up to the cap
    assert await storage.terms_beginning("flo", 5) == {"flood": 2}  # longer terms only
    assert await storage.terms_beginning("flood", 5) == {}
    assert "valley" in await storage.text_holding("valley")
    assert await storage.text_holding("nothing") == ""
    assert await storage.text_holding('flood" OR "x') == ""  # never search syntax


async def test_search_respells_words_no_article_holds(demo_newsroom: Newsroom) -> None:
    said = (await dispatch(demo_newsroom, Request("search", "Brusels congres"))).plain_text
    assert said.startswith("Nothing has “Brusels congres”. Results for “Brussels congress”:\n\n1. ")
    assert "Russian anti-war activists meet in Brussels" in said
    upper = (await dispatch(demo_newsroom, Request("search", "KESTRL hackers"))).plain_text
    assert upper.startswith("Nothing has “KESTRL hackers”. Results for “KESTREL hackers”:")
    # One word misspelt beside a right one: some results had the right one only.
    partial = (await dispatch(demo_newsroom, Request("search", "Brussels congres"))).plain_text
    assert partial.startswith("Nothing has “Brussels congres”. Results for “Brussels congress”:")


async def test_search_pages_on_with_the_respelt_words(demo_newsroom: Newsroom) -> None:
    reply = await dispatch(demo_newsroom, Request("search", "Velorria"))
    assert reply.plain_text.startswith("Nothing has “Velorria”. Results for “Veloria”:")
    commands = [b.command for row in reply.buttons for b in row]
    assert "search #2 Veloria" in commands and "latest 5 Veloria" in commands
    # Inline mode pages on with the words as typed: later pages are respelt too.
    later = await demo_newsroom.search("Brusels congres", limit=1, offset=1)
    whole = await demo_newsroom.search("Brussels congress", limit=2)
    assert later.respelt == "Brussels congress" and later.found == whole.found[1:]


async def test_a_word_cut_short_is_completed_as_articles_write_it(demo_newsroom: Newsroom) -> None:
    hack = (await dispatch(demo_newsroom, Request("search", "hack"))).plain_text
    assert hack.startswith("Nothing has “hack”. Results for “hackers”:\n\n1. Kestrel Mobile")
    assert await demo_newsroom.respelt("Navaln") == "Navalny"
    assert await demo_newsroom.respelt("Kestrel hack") == "Kestrel hackers"
    assert await demo_newsroom.respelt("Velorr") is None  # nothing begins so
    assert await demo_newsroom.respelt("hac") is None  # too short to say


async def test_what_is_not_respelt(demo_newsroom: Newsroom) -> None:
    zelensky = await dispatch(demo_newsroom, Request("search", "Zelensky"))
    # nothing one edit away
    assert zelensky.plain_text.startswith("Nothing found for “Zelensky”.\n")
    grussels = await dispatch(demo_newsroom, Request("search", "Grussels"))
    # the first letter stays
    assert grussels.plain_text.startswith("Nothing found for “Grussels”.\n")
    phrase = await dispatch(demo_newsroom, Request("search", '"Brusels"'))
    assert phrase.plain_text.startswith("No article in English has")  # meant as written
    assert await demo_newsroom.respelt('"Brusels"') is None
    assert await demo_newsroom.respelt("Brussels congress") is None  # nothing to respell
    assert await demo_newsroom.respelt("one two three four five six Brusels") is None
    assert await demo_newsroom.respelt("Brusels") == "Brussels"
    # An irregular form is a word, however few articles hold it ("head" is one edit away).
    assert await demo_newsroom.respelt("heard about the Kestrel breach") is None
    # So is a word the Russian dictionary knows ("права" is one edit away and held).
    assert await demo_newsroom.respelt("правда") is None
    assert await demo_newsroom.respelt("конгрес") == "конгресс"
    # Stop words are no words to respell, nor counted as such.
    asked = "customers were affected by the Kestrel hack"
    assert await demo_newsroom.respelt(asked) == "customers were affected by the Kestrel hackers"
    got = await dispatch(demo_newsroom, Request("", f"how many {asked}?"))
    assert got.plain_text.startswith("Answer\n\nKestrel Mobile, one of the largest")
    assert got.blocks[1][1] == Span("2.3 million", "bold")


async def test_russian_words_are_respelt_too(newsroom: Newsroom, tmp_path: Path) -> None:
    texts = [
        "В Москве задержаны участники акции.",
        "В Петербурге задержаны двое активистов.",
        "Задержаны журналисты, сообщает ОВД-Инфо.",
    ]
    records = [Record("t", {"title": t[:20], "text": t, "language": "ru"}, 0) for t in texts]
    await ingest_items(newsroom.storage, records)
    assert await newsroom.respelt("задержны") == "задержаны"
    reply = await dispatch(newsroom, Request("search", "Задержны"))
    said = "По запросу «Задержны» ничего нет. Найдено по запросу «Задержаны»:"
    assert reply.plain_text.startswith(said)  # asked in Russian: said in Russian


async def test_a_young_store_respells_into_its_rarer_words(demo_newsroom: Newsroom) -> None:
    # Two of the demo's 31 articles say "конгресс": the words of a store this
    # young are mostly in one or two articles.
    said = (await dispatch(demo_newsroom, Request("search", "конгрес"))).plain_text
    assert said.startswith(
        "По запросу «конгрес» ничего нет. Найдено по запросу «конгресс»:\n\n1. В Брюсселе"
    )
    assert await demo_newsroom.respelt("Брюселе") == "Брюсселе"
    assert [_respell_floor(n) for n in (0, 31, 999, 1_000, 2_500, 100_000)] == [1, 1, 1, 2, 3, 3]


async def test_latest_respells_too(demo_newsroom: Newsroom) -> None:
    said = (await dispatch(demo_newsroom, Request("latest", "Brusels"))).plain_text
    assert said.startswith("Nothing has “Brusels”. Newest on “Brussels”:\n\n1. ")
    dates = [line.split(" · ")[1] for line in said.split("\n") if " · id " in line][:4]
    assert len(dates) == 4 and dates == sorted(dates, reverse=True)


async def test_a_misspelt_topic_is_offered_as_articles_write_it(demo_newsroom: Newsroom) -> None:
    reply = await dispatch(demo_newsroom, Request("subscribe", "Brusels", chat_id=7))
    assert "No stored article has “Brusels”; they write “Brussels”. Follow that instead?" in (
        reply.plain_text
    )
    [instead] = reply.buttons[0]
    assert instead.label == "Follow “Brussels” instead"
    assert instead.command.startswith("resubscribe #") and instead.command.endswith(" Brussels")
    other = await dispatch(demo_newsroom, Request("subscribe", "Brusels", chat_id=8))
    done = await dispatch(demo_newsroom, Request("resubscribe", instead.command[12:], chat_id=7))
    assert done.plain_text.startswith("Following “Brussels”.")
    assert [s.topic for s in await demo_newsroom.subscriptions.of_chat(7)] == ["Brussels"]
    # Another chat's subscription is not this chat's to replace.
    assert [s.topic for s in await demo_newsroom.subscriptions.of_chat(8)] == ["Brusels"]
    assert "Follow that instead?" in other.plain_text
    right = await dispatch(demo_newsroom, Request("subscribe", "Kestrel", chat_id=7))
    assert "instead" not in right.plain_text
    # "news" is never respelt "new": a topic of a name and "news" is offered as the name.
    assert await demo_newsroom.respelt("news Kestrel") is None
    named = await dispatch(demo_newsroom, Request("subscribe", "Veloria news", chat_id=7))
    assert "No stored article has “Veloria news”; they write “Veloria”." in named.plain_text
    alone = await dispatch(demo_newsroom, Request("subscribe", "news", chat_id=9))
    assert alone.plain_text.startswith("Every article is news, so that is no topic to follow.")
    assert await demo_newsroom.subscriptions.of_chat(9) == []


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(query=st.text(alphabet=st.sampled_from(list('BrusleKtmiыйКонгрес "*()-: 3é')), max_size=30))
async def test_any_text_is_respelt_safely(demo_newsroom: Newsroom, query: str) -> None:
    """Whatever is typed, respelling keeps everything but some letters of some
    words, and a search of it answers: as typed, respelt, or some words as
    news writes them ("sell": "sale")."""
    spelt = await demo_newsroom.respelt(query)
    if spelt is not None:
        assert _LETTERS.sub("w", spelt) == _LETTERS.sub("w", query)  # same shape
        assert spelt != query
    result = await demo_newsroom.search(query)
    assert result.respelt in ("", spelt, await demo_newsroom.reworded(spelt or query))


async def test_a_topic_summary_of_misspelt_words_is_that_of_the_words_respelt(
    demo_newsroom: Newsroom,
) -> None:
    right = await demo_newsroom.topic_summary("Veloria inflation", count=4)
    typed = await demo_newsroom.topic_summary("Veloria inflaton", count=4)
    assert right.sentences and typed.sentences == right.sentences  # weighed by "inflation"
    assert typed.sources == right.sources and typed.respelt == "Veloria inflation"
    said = (await dispatch(demo_newsroom, Request("summary", "Veloria inflaton"))).plain_text
    assert said.startswith(
        "What the articles say about “Veloria inflation”\n\n"
        "Nothing has “Veloria inflaton”: this is for “Veloria inflation”.\n\n• "
    )


async def test_words_that_say_little_are_left_out_when_no_article_has_every_word(
    demo_newsroom: Newsroom,
) -> None:
    # "going" is in one demo article (Mendes "had gone"), which ranked second.
    # They rank no article: the others do, as some of the words.
    # (asked whether it is, the answer above them: "... if inflation keeps falling")
    down = (await dispatch(demo_newsroom, Request("", "is inflation going down?"))).plain_text
    assert down.startswith("What the article says\n\n")
    assert (
        "\n\nResults for “inflation going down”\n\n"
        "No article has all of the words; these have some of them.\n\n"
        "1. Velorian inflation slows to 5.4%"
    ) in down
    assert "Mendes" not in down
    # Only the light words ("what's", "like") matched: nothing is about the weather.
    weather = await dispatch(demo_newsroom, Request("", "what's the weather like tomorrow?"))
    assert weather.plain_text == "Nothing found for “what's the weather like tomorrow”."
    # Misspelt too: the words that say something are respelt, and have them all.
    spelt = await demo_newsroom.search("is inflaton going down")
    assert spelt.respelt == "is inflation down" and spelt.found[0].article.id == 8
    # Every word found as typed: nothing is left out ("the going rate" may be a topic).
    typed = await demo_newsroom.search("Mendes going")
    assert typed.mode == "all" and not typed.respelt
    # Nor from a "phrase" or beside a word left out.
    assert (await demo_newsroom.search('"inflation going"')).respelt == ""
