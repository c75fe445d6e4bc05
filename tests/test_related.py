"""Same-story groups and related articles."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.commands import dispatch
from bot.commands.reply import Request
from bot.config import Settings
from bot.ingest import ingest_items
from bot.ingest.files import Record
from bot.news.copies import same_report
from bot.news.crosslingual import name_key
from bot.news.related import STORY_SIMILARITY, Signature, StoryIndex, _Postings, signature
from bot.newsroom import Newsroom, TopicSummary

PROTEST = (
    "Police in Moscow detained 40 protesters on Saturday at a rally against the war in Ukraine, "
    "the rights group OVD-Info said. Officers dragged Anna Petrova, a student, into a van near "
    "Pushkin Square. The rally was called by the Vesna movement."
)
PROTEST_2 = (
    "Forty people were detained by police at an anti-war rally in Moscow on Saturday, according "
    "to OVD-Info. Witnesses saw officers seize student Anna Petrova near Pushkin Square at the "
    "Vesna movement's protest."
)
PROTEST_LATER = (
    "Police in Moscow detained 25 protesters on Sunday at a new rally against the war, OVD-Info "
    "said. Officers carried people to vans near Pushkin Square as the Vesna movement marched."
)
PROTEST_RU = (
    "Полиция в Москве задержала 40 участников акции против войны в Украине, сообщает "
    "правозащитный проект ОВД-Инфо. Силовики затащили в автозак студентку Анну Петрову у "
    "памятника Пушкину. Акцию созвало движение «Весна»."
)
PROTEST_LATER_RU = (
    "В Москве задержали 25 участников новой акции против войны, сообщает ОВД-Инфо. Движение "
    "«Весна» вывело людей к памятнику Пушкину."
)
RATES = (
    "The Bank of Veloria raised its main interest rate to 4.25% on Thursday as inflation stayed "
    "high. Governor Elena Varga said the bank could act again."
)


def test_signature_round_trip() -> None:
    sig = signature("Rally in Moscow", PROTEST, "2025-06-14T10:00:00Z")
    assert Signature.decode(sig.encode()).terms.keys() == sig.terms.keys()
    assert Signature.decode(sig.encode()).day == pytest.approx(sig.day, abs=1e-3)
    undated = signature("Rally", PROTEST, None)
    assert undated.day is None and Signature.decode(undated.encode()).day is None


def test_signature_keeps_language_and_keys() -> None:
    sig = signature("Полиция задержала 40 человек", PROTEST_RU, "2025-06-14T10:00:00Z")
    assert sig.language == "ru" and {"=moscow", "#40"} <= sig.keys.keys()
    again = Signature.decode(sig.encode())
    assert again.language == "ru" and again.keys.keys() == sig.keys.keys()
    old = Signature.decode("20253.4167|moscow:0.5 rally:0.5")  # stored before keys
    assert old.language == "" and old.keys == {} and old.terms == {"moscow": 0.5, "rally": 0.5}


def test_a_report_in_another_language_joins_its_story_by_names_and_figures() -> None:
    index = StoryIndex()
    index.add(1, signature("Moscow police detain 40", PROTEST, "2025-06-14T10:00:00Z"))
    index.add(2, signature("Rates up", RATES, "2025-06-14T12:00:00Z"))
    russian = signature("Полиция задержала 40 человек", PROTEST_RU, "2025-06-14T15:00:00Z")
    assert index.similar(russian, limit=1) == [] or index.similar(russian, 1)[0][1] < 0.1
    assert index.add(3, russian) == 1  # no word in common: its names and numbers did it
    later = signature("Новые задержания", PROTEST_LATER_RU, "2025-07-20T10:00:00Z")
    assert index.add(4, later) == 4  # the same people and places a month on: another event
    assert [i for i, _ in index.similar_across(index.signature_of(1) or russian, 5)] == [3, 4]
    assert index.key_cosine(1, 3) > index.key_cosine(1, 4) > 0


def test_one_shared_name_is_no_link_across_languages() -> None:
    index = StoryIndex()
    rugby = "Scotland coach Matt Williams said Calder was unlikely to face Wales on Saturday."
    index.add(1, signature("Calder fears for Scottish rugby", rugby, "2025-02-10T10:00:00Z"))
    drought = "Власти города Колдер ограничили подачу воды: уровень озера упал до 31%."
    russian = signature("Засуха в Колдере", drought, "2025-02-10T12:00:00Z")
    assert "~kldr" in russian.keys and index.similar_across(russian, 5) == []
    assert index.add(2, russian) == 2


def test_a_name_english_writes_with_h_joins_its_russian_report() -> None:
    """Хельсинки is `klsnk`, Helsinki `lsnk`: a Russian name that starts with
    Х or Г is keyed without it too, or the two share one key (the count)."""
    index = StoryIndex()
    english = "Police in Helsinki detained 40 protesters at the rally on Saturday evening."
    index.add(1, signature("Helsinki police detain 40", english, "2025-06-14T10:00:00Z"))
    russian = "Полиция в Хельсинки задержала 40 участников акции в субботу вечером."
    sig = signature("В Хельсинки задержаны 40 человек", russian, "2025-06-14T15:00:00Z")
    assert {"~klsnk", "~lsnk", "#40"} <= sig.keys.keys()
    assert index.add(2, sig) == 1


def test_across_languages_without_dates_the_keys_must_agree_more() -> None:
    russian = signature("Полиция задержала 40 человек", PROTEST_RU, None)
    index = StoryIndex()
    index.add(1, signature("Moscow police detain 25", PROTEST_LATER, None))
    assert index.add(2, russian) == 2  # the same places, another count, no date to tell
    index = StoryIndex()
    index.add(1, signature("Moscow police detain 40", PROTEST, None))
    assert index.add(2, russian) == 1  # the same people, places and count


JOBS = (
    "US employers added 150,000 jobs in January, the Labor Department said. Jobs growth was "
    "slower than economists expected and the unemployment rate rose to 5.4%. Wage gains stayed "
    "weak, and jobs in factories fell for a third month."
)
BIOGRAPHY = (
    "A new biography of Steve Jobs, the Apple founder, tells how Jobs built the iPhone. Jobs "
    "fought with the board, and Jobs came back to Apple in 1997. The author interviewed Jobs "
    "forty times for the book."
)
JOBLESS = (
    "Germany's unemployment rate rose to 11% in February, the labour office said. Economists "
    "blamed weak wage growth and factory closures as the number of people out of work "
    "passed five million."
)


def subject_index() -> StoryIndex:
    index = StoryIndex()
    index.add(1, signature("Jobs growth slows in the US", JOBS, "2025-02-04T10:00:00Z"))
    index.add(2, signature("The Steve Jobs nobody knew", BIOGRAPHY, "2025-03-20T10:00:00Z"))
    index.add(3, signature("German unemployment hits record", JOBLESS, "2025-03-01T10:00:00Z"))
    index.add(4, signature("Rates up", RATES, "2025-03-01T10:00:00Z"))
    index.add(5, signature("Moscow police detain 40", PROTEST, "2025-03-01T10:00:00Z"))
    return index


def test_the_same_subject_is_many_shared_stems_not_one_repeated_word() -> None:
    index = subject_index()
    sig = index.signature_of(1)
    assert sig is not None
    # By weights, the word each repeats most makes the biography the best match...
    assert index.similar(sig, 3, exclude=1)[0][0] == 2
    # ...as a set of stems, the report that shares the subject's words is.
    found = index.same_subject(sig, 3, exclude=1)
    assert found[0][0] == 3
    scores = dict(found)
    assert scores[3] == pytest.approx(index.subject_cosine(1, 3))
    assert index.subject_cosine(1, 3) > 3 * index.subject_cosine(1, 2)


def test_subject_scores_agree_before_and_after_the_weights_are_recomputed() -> None:
    index = subject_index()
    sig = index.signature_of(1)
    assert sig is not None
    before = dict(index.same_subject(sig, 4, exclude=1))  # norms of new slots, one by one
    for n in range(6, 60):  # grow past REWEIGH_GROWTH: idf and norms recomputed in numpy
        index.add(n, signature(f"Rates {n}", RATES.replace("4.25", str(n)), None))
    assert index.subject_cosine(1, 3) != pytest.approx(before[3])  # idf over 59 articles now
    after = dict(index.same_subject(sig, 4, exclude=1))
    assert after[3] == pytest.approx(index.subject_cosine(1, 3))
    assert next(i for i in after if i in (2, 3)) == 3
    # One more is too little growth to recompute: its norm is worked out alone.
    index.add(60, signature("German unemployment hits record", JOBLESS, None))
    latest = dict(index.same_subject(sig, 5, exclude=1))
    assert latest[60] == pytest.approx(latest[3]) == pytest.approx(index.subject_cosine(1, 60))


def test_one_event_is_one_story_another_date_is_another() -> None:
    index = StoryIndex()
    first = index.add(1, signature("Moscow police detain 40", PROTEST, "2025-06-14T10:00:00Z"))
    second = index.add(2, signature("Forty detained", PROTEST_2, "2025-06-14T18:00:00Z"))
    rates = index.add(3, signature("Rates up", RATES, "2025-06-14T12:00:00Z"))
    later = index.add(
        4, signature("Moscow police detain 25", PROTEST_LATER, "2025-07-20T10:00:00Z")
    )
    assert first == second == 1
    assert rates == 3 and later == 4
    assert index.members(1) == [1, 2]


def protest_and_rates(day: str) -> StoryIndex:
    """An index holding the protest (1) and the rates decision (2) of `day`."""
    index = StoryIndex()
    index.add(1, signature("Moscow police detain 40", PROTEST, day))
    index.add(2, signature("Rates up", RATES, day))
    return index


KAESONG_WAGES = (
    "North Korea and South Korea are at odds over wages at the Kaesong industrial park, North "
    "Korean officials said. North Korea wants more pay for North Korean workers."
)
DIPLOMAT_GOLD = (
    "North Korea's ambassador in Bangladesh apologised after a North Korean diplomat was caught "
    "with 27 kilograms of gold at Dhaka airport, North Korean media said."
)
DIPLOMAT_GOLD_2 = (
    "A North Korean diplomat was stopped at Dhaka airport carrying 27 kilograms of gold, and the "
    "ambassador to Bangladesh has apologised."
)


def test_one_shared_name_on_the_same_day_is_another_story() -> None:
    day = "2025-06-14T10:00:00Z"
    index = protest_and_rates(day)
    index.add(3, signature("North Korea wants more pay at Kaesong", KAESONG_WAGES, day))
    gold = signature("North Korean diplomat caught with gold", DIPLOMAT_GOLD, day)
    [(best, score)] = index.similar(gold, 5)
    assert best == 3 and score > STORY_SIMILARITY  # alike by "North Korea(n)" alone
    assert index.add(4, gold) == 4
    again = signature("Diplomat stopped with gold in Dhaka", DIPLOMAT_GOLD_2, day)
    assert index.add(5, again) == 4  # the same event: its places, figures and what happened


SORREL_LEVEL = (
    "The level of Lake Sorrel fell to {n}% this week, the water board said. Calder limited the "
    "water it takes from the lake, and farmers in the Sorrel valley lost irrigation."
)


def test_a_story_is_joined_among_the_articles_of_its_days() -> None:
    index = protest_and_rates("2025-08-01T10:00:00Z")
    for n in range(3, 9):  # a month before: the same report six times
        day = f"2025-07-{n:02d}T10:00:00Z"
        index.add(n, signature("Lake Sorrel falls", SORREL_LEVEL.format(n=31), day))
    day_before = "2025-08-07T10:00:00Z"
    assert index.add(9, signature("Lake Sorrel falls", SORREL_LEVEL.format(n=32), day_before)) == 9
    today = signature("Lake Sorrel falls", SORREL_LEVEL.format(n=31), "2025-08-08T10:00:00Z")
    assert [i for i, _ in index.similar(today, 7)][-1] == 9  # the six older ones first
    assert index.add(10, today) == 9


def test_a_dated_report_may_join_an_undated_one_but_not_one_of_other_days() -> None:
    index = StoryIndex()
    index.add(1, signature("Lake Sorrel falls", SORREL_LEVEL.format(n=31), "2025-07-01T10:00:00Z"))
    index.add(2, signature("Moscow police detain 40", PROTEST, None))
    dated = signature("Moscow police detain 40", PROTEST + " More soon.", "2025-06-14T10:00:00Z")
    assert index.add(3, dated) == 2  # no date to tell it apart: the words decide
    again = signature("Lake Sorrel falls", SORREL_LEVEL.format(n=32), "2025-07-20T10:00:00Z")
    assert [i for i, _ in index.similar(again, 5)] == [1]  # alike, but weeks apart:
    assert index.add(4, again) == 4  # not a candidate


def test_keys_look_only_at_languages_known_to_differ() -> None:
    day = "2025-06-14T10:00:00Z"
    index = StoryIndex()
    index.add(1, signature("Moscow police detain 40", PROTEST, day))
    # Latin letters and no English words: no language told, so none other than
    # the reader's; its words are compared, not its names and figures.
    table = signature(
        "Moscow 40", "Moscow police 40 | Moskva Polizei 40 | Juni 14 2025 | Moscow 40", day
    )
    assert table.language == "und" and {"#40", "=moscow"} <= set(table.keys)
    assert index.similar_across(table) == []
    russian = signature("Полиция задержала 40 человек", PROTEST_RU, day)
    assert [i for i, _ in index.similar_across(russian)] == [1]


def test_copy_candidates_are_earlier_reports_of_the_story_in_its_language() -> None:
    day = "2025-06-14T10:00:00Z"
    index = protest_and_rates(day)
    index.add(3, signature("Полиция задержала 40 человек", PROTEST_RU, day))
    index.add(4, signature("Wire: Moscow police detain 40", PROTEST + " (Reuters)", day))
    index.add(5, signature("Moscow police detain 40", PROTEST + " More soon.", day))
    assert index.story_of[3] == index.story_of[4] == index.story_of[5] == 1
    assert index.copy_candidates(1) == [] and index.copy_candidates(2) == []
    assert index.copy_candidates(3) == []  # a report in another language is news to its readers
    assert index.copy_candidates(4) == [1]
    assert index.copy_candidates(5) == [4, 1]  # latest first, never a later one


def test_without_dates_the_text_must_be_closer() -> None:
    index = StoryIndex()
    index.add(1, signature("Moscow police detain 40", PROTEST, None))
    index.add(2, signature("Forty detained", PROTEST_2, None))
    later = index.add(3, signature("Moscow police detain 25", PROTEST_LATER, None))
    assert later == 3  # similar words, no date to tell: not merged on a modest match


def records(rows: list[dict[str, object]]) -> list[Record]:
    return [Record(f"test:{i}", row, 0) for i, row in enumerate(rows)]


def test_articles_in_other_languages_are_found_by_all_of_a_queries_keys() -> None:
    index = StoryIndex()
    index.add(1, signature("Rally in Moscow", PROTEST, "2025-06-14T10:00:00Z", language="en"))
    index.add(2, signature("Акция в Москве", PROTEST_RU, "2025-06-14T11:00:00Z", language="ru"))
    index.add(3, signature("", PROTEST_LATER_RU, "2025-06-15T11:00:00Z", language="ru"))
    index.add(4, signature("Rates", RATES, "2025-06-14T10:00:00Z", language="en"))
    moscow = name_key("Moscow")
    assert moscow is not None
    # Both Russian reports name Moscow; the English query's own language is left out.
    assert set(index.with_keys([moscow], "en")) == {2, 3}
    assert index.with_keys([moscow], "ru") == [1]
    # Every key must be there: only the first Russian report names Petrova.
    petrova = name_key("Petrova")
    assert petrova is not None
    assert index.with_keys([moscow, petrova], "en") == [2]
    assert index.with_keys([moscow, "~zzzz"], "en") == []
    assert index.with_keys([moscow], "en", limit=1) in ([2], [3])


async def test_related_same_story_first_copies_folded(tmp_path: Path) -> None:
    room = await Newsroom.open(Settings(db_path=str(tmp_path / "r.db")))
    try:
        await ingest_items(
            room.storage,
            records(
                [
                    {
                        "title": "Moscow police detain 40 at anti-war rally",
                        "text": PROTEST,
                        "published": "2025-06-14T10:00:00Z",
                        "url": "https://a.example/1",
                    },
                    {
                        "title": "Forty detained at Moscow rally",
                        "text": PROTEST_2,
                        "published": "2025-06-14T18:00:00Z",
                        "url": "https://b.example/2",
                    },
                    {
                        "title": "Forty detained at Moscow rally",
                        "text": PROTEST_2 + " Updated.",
                        "published": "2025-06-14T19:00:00Z",
                        "url": "https://c.example/3",
                        "source": "Copy Wire",
                    },
                    {
                        "title": "Moscow police detain 25 at new rally",
                        "text": PROTEST_LATER,
                        "published": "2025-07-20T10:00:00Z",
                        "url": "https://a.example/4",
                    },
                    {
                        "title": "Veloria raises rates",
                        "text": RATES,
                        "published": "2025-06-14T12:00:00Z",
                        "url": "https://a.example/5",
                    },
                ]
            ),
        )
        assert await room.refresh_stories() == 5
        items = await room.related(1)
        assert [i.article.id for i in items][:1] == [2]
        assert items[0].same_story and [a.id for a in items[0].sources] == [3]
        ids = [i.article.id for i in items]
        assert 1 not in ids and 5 not in ids
        assert 4 in ids and not next(i for i in items if i.article.id == 4).same_story
        stored = await room.storage.article(3)
        assert stored is not None and stored.story_id == 1
    finally:
        await room.close()
    # Another process opening the same database finds the stories, assigns nothing anew.
    again = await Newsroom.open(Settings(db_path=str(tmp_path / "r.db")))
    try:
        assert await again.refresh_stories() == 0
        stories = {story: [a.id for a in arts] for story, arts in await again.stories()}
        assert stories == {1: [1, 2, 3], 4: [4], 5: [5]}
        assert await again.related(999) == []
    finally:
        await again.close()


def test_similarities_stay_the_same_however_many_articles_are_compared() -> None:
    def index_of(count: int) -> StoryIndex:
        index = subject_index()
        for n in range(6, count):
            index.add(n, signature(f"Rates {n}", RATES.replace("4.25", str(n)), None))
        return index

    index = index_of(90)
    first = {b: index.cosine(1, b) for b in range(2, 90)}
    for a in range(2, 90):  # more articles than cosine() keeps the terms of
        index.cosine(a, 1)
    assert {b: index.cosine(1, b) for b in range(2, 90)} == first
    assert first[3] == pytest.approx(index_of(90).cosine(3, 1))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.integers(0, 60), max_size=40), min_size=1, max_size=4))
def test_postings_are_summed_per_slot_as_np_unique_would(queries: list[list[int]]) -> None:
    postings = _Postings()
    for _ in range(61):  # grows the scratch marks as slots are added
        postings.add({})
        for query in queries:  # a query after another: the marks are not cleared between
            slots = np.array(query, np.int32)
            distinct, where = postings._distinct(slots[slots < len(postings)])
            expected, inverse = np.unique(slots[slots < len(postings)], return_inverse=True)
            assert distinct.tolist() == expected.tolist() and where.tolist() == inverse.tolist()


def test_the_same_subject_is_looked_for_in_the_same_language() -> None:
    index = StoryIndex()
    day = "2025-06-14T10:00:00Z"
    index.add(1, signature("Moscow police detain 40", PROTEST, day))
    index.add(2, signature("Полиция задержала 40 человек", PROTEST_RU, day))
    index.add(3, signature("Moscow police detain 25", PROTEST_LATER, "2025-07-20T10:00:00Z"))
    sig = index.signature_of(2)
    assert sig is not None
    assert index.same_subject(sig, 5, exclude=2) == []  # 40 and 2025 are no subject
    assert index.story_of[2] == 1  # the story, by keys, still joins them


async def test_related_lists_the_same_subject_not_the_same_word(tmp_path: Path) -> None:
    room = await Newsroom.open(Settings(db_path=str(tmp_path / "r.db")))
    try:
        rows = [
            ("Jobs growth slows in the US", JOBS, "2025-02-04T10:00:00Z"),
            ("The Steve Jobs nobody knew", BIOGRAPHY, "2025-03-20T10:00:00Z"),
            ("German unemployment hits record", JOBLESS, "2025-03-01T10:00:00Z"),
            ("Veloria raises rates", RATES, "2025-03-01T10:00:00Z"),
        ]
        await ingest_items(
            room.storage,
            records([{"title": t, "text": x, "published": p} for t, x, p in rows]),
        )
        listed = [(i.article.id, i.same_story) for i in await room.related(1)]
        assert listed[0] == (3, False)
        assert 2 not in [i for i, _ in listed]  # one shared word, however often, is no subject
    finally:
        await room.close()


async def test_topic_summary_cites_its_sources(demo_newsroom: Newsroom) -> None:
    topic = await demo_newsroom.topic_summary("Kestrel Mobile breach", count=4)
    sentences, articles = topic.sentences, topic.sources
    assert topic.respelt == ""
    assert 2 <= len(sentences) <= 4
    by_id = {a.id: a for a in articles}
    for item in sentences:
        source = by_id[item.source]  # every sentence names an article that was found
        assert source.text[item.sentence.start : item.sentence.end] == item.sentence.text
        assert "Kestrel" in source.title or "Kestrel" in source.text
    assert len({s.source for s in sentences}) >= 2  # across articles, not one
    assert {a.id for a in articles} == {s.source for s in sentences}
    counts = [sum(1 for s in sentences if s.source == a) for a in {s.source for s in sentences}]
    assert max(counts) <= 2


async def test_topic_summary_lists_only_the_articles_it_cites(demo_newsroom: Newsroom) -> None:
    found = await demo_newsroom.search("Lake Sorrel", limit=5, across=0)
    topic = await demo_newsroom.topic_summary("Lake Sorrel", count=5)
    cited = {s.source for s in topic.sentences}
    assert len(found.found) > len(cited) >= 2  # one of the articles found has no sentence in it
    assert {a.id for a in topic.sources} == cited


async def test_a_topic_summary_tells_the_story_in_the_order_it_came_out(
    demo_newsroom: Newsroom,
) -> None:
    """The Kestrel breach, then the inquiry, then the resignation: the order
    the reports came out, not the order the search ranked them."""
    found = await demo_newsroom.search("Kestrel Mobile breach", limit=5, across=0)
    topic = await demo_newsroom.topic_summary("Kestrel Mobile breach", count=5)
    dates = [a.published_at for a in topic.sources]
    assert dates == sorted(dates) and len(set(dates)) >= 3
    ranked = [f.article.id for f in found.found if f.article in topic.sources]
    assert ranked != [a.id for a in topic.sources]  # the search's order was another
    told = [[a.id for a in topic.sources].index(s.source) for s in topic.sentences]
    assert told == sorted(told)
    for one in {s.source for s in topic.sentences}:  # an article's sentences in its order
        starts = [s.sentence.start for s in topic.sentences if s.source == one]
        assert starts == sorted(starts)


async def test_topic_summary_of_nothing(demo_newsroom: Newsroom) -> None:
    assert await demo_newsroom.topic_summary("zyzzyva") == TopicSummary([], [])


async def test_related_to_free_text(demo_newsroom: Newsroom) -> None:
    found = await demo_newsroom.related_to_text(
        "Lake Sorrel water levels fell again and Calder kept its night-time restrictions."
    )
    assert found and "Sorrel" in found[0].title


async def test_related_in_a_small_store_finds_the_stories_of_one_subject(
    demo_newsroom: Newsroom,
) -> None:
    # Five of the demo's 31 articles are about the Lake Sorrel drought: its
    # words are common in so small a store, and the harvest report still finds
    # the water rationing and the rain (as sets of stems, it found neither).
    by_title = {a.title: a.id for a in await demo_newsroom.storage.articles(list(range(1, 32)))}
    harvest = next(i for t, i in by_title.items() if t.startswith("Farmers around Lake Sorrel"))
    listed = {i.article.title.split(" ", 1)[0] for i in await demo_newsroom.related(harvest)}
    assert {"Calder", "Rain"} <= listed


async def test_related_lists_the_story_in_another_language(demo_newsroom: Newsroom) -> None:
    items = await demo_newsroom.related(1)
    first = items[0]
    assert first.article.language == "ru" and first.same_story
    assert first.article.title.startswith("В Брюсселе прошёл антивоенный конгресс")
    russian = await demo_newsroom.related(first.article.id)
    assert russian[0].article.id == 1 and russian[0].same_story
    calder = await demo_newsroom.related(17)
    assert [i.article.language for i in calder].count("ru") == 1  # its translation only


async def test_a_report_in_another_language_lists_the_subject_of_its_story(
    demo_newsroom: Newsroom,
) -> None:
    # The Russian report of the congress shares too few names with the English
    # articles around it to reach them by keys; its English report reaches them.
    english = [i.article.id for i in await demo_newsroom.related(1) if not i.same_story]
    russian = await demo_newsroom.related(5)
    assert russian[0].article.id == 1 and russian[0].same_story
    assert [i.article.id for i in russian[1:]] == english
    assert all(i.article.language == "en" and not i.same_story for i in russian[1:])


FLOOD = (
    "Floods closed the Calder bridge on Monday. The river Sorrel rose two metres overnight, and "
    "the city council moved forty families from the riverside to the sports hall."
)
FLOOD_2 = (
    "The river Sorrel flooded Calder on Monday and closed the bridge. Forty families slept in the "
    "sports hall, and the Calder Rovers match against Eastport United was called off."
)
MATCH_OFF = (
    "Calder Rovers' match against Eastport United was called off on Monday, the club said. Rovers "
    "will play the cup tie on Thursday, and fans keep their tickets."
)


async def test_the_same_story_is_what_is_alike_not_the_far_end_of_a_story(
    demo_newsroom: Newsroom,
) -> None:
    # The second flood report joins the first, the match report joins the
    # second: one story, whose ends are hardly alike.
    rows: list[dict[str, object]] = [
        {"title": title, "text": text, "published": "2025-10-06T10:00:00Z"}
        for title, text in (
            ("Floods close bridge", FLOOD),
            ("Sorrel floods Calder", FLOOD_2),
            ("Match called off", MATCH_OFF),
        )
    ]
    report = await ingest_items(demo_newsroom.storage, records(rows))
    flood, flood_2, match = report.article_ids
    await demo_newsroom.refresh_stories()
    index = demo_newsroom._stories
    assert index.story_of[flood] == index.story_of[flood_2] == index.story_of[match]
    assert index.cosine(flood, match) < 0.1
    listed = {i.article.id: i.same_story for i in await demo_newsroom.related(flood)}
    assert listed[flood_2] is True and listed.get(match) is not True
    listed = {i.article.id: i.same_story for i in await demo_newsroom.related(flood_2)}
    assert listed[flood] is True and listed[match] is True


async def test_related_to_russian_text_finds_english_articles(demo_newsroom: Newsroom) -> None:
    found = await demo_newsroom.related_to_text(
        "Уровень озера Соррел упал до 31%, город Колдер ограничил подачу воды."
    )
    assert "Sorrel" in found[0].title or "Соррел" in found[0].title
    assert any(a.language == "en" for a in found)


async def test_search_adds_reports_in_the_other_language(demo_newsroom: Newsroom) -> None:
    result = await demo_newsroom.search("Navalny")
    assert [f.article.id for f in result.found] == [1]
    assert [(f.article.id, f.article.language) for f in result.across] == [(5, "ru")]
    marked = [result.across[0].snippet.text[s:e] for s, e in result.across[0].snippet.spans]
    assert marked == ["Навального"]
    russian = await demo_newsroom.search("Навальный")
    assert [f.article.id for f in russian.across] == [1]
    # Not on later pages, not when no story found has one, never twice.
    assert (await demo_newsroom.search("Brussels", limit=2, offset=2)).across == []
    assert (await demo_newsroom.search("Kestrel breach")).across == []
    both = await demo_newsroom.search("Ukraine 2022")
    assert not {f.article.id for f in both.found} & {f.article.id for f in both.across}


async def test_search_adds_the_other_language_reports_of_the_stories_found(
    demo_newsroom: Newsroom,
) -> None:
    # No name to look for: the Russian reports come as the results' story mates.
    result = await demo_newsroom.search("anti-war congress")
    assert [f.article.id for f in result.found][:3] == [1, 4, 3]
    assert [f.article.id for f in result.across] == [5, 6]
    assert all(f.article.language == "ru" for f in result.across)
    assert [f.article.id for f in (await demo_newsroom.search("OVD-Info")).across] == [6]


async def test_search_with_no_match_in_its_language_shows_the_other_one(newsroom: Newsroom) -> None:
    await ingest_items(
        newsroom.storage,
        records([{"title": "Rally in Moscow", "text": PROTEST, "url": "https://a.example/1"}]),
    )
    result = await newsroom.search("Петрова в Москве")
    assert result.found == [] and [f.article.title for f in result.across] == ["Rally in Moscow"]
    reply = await dispatch(newsroom, Request("search", "Петрова в Москве", language="ru"))
    assert "На английском" in reply.plain_text and "Rally in Moscow" in reply.plain_text
    none = await dispatch(newsroom, Request("search", "Петрова в Берлине"))
    assert "Rally in Moscow" not in none.plain_text
    facts = await dispatch(newsroom, Request("facts", "Петрова", language="ru"))
    assert "Rally in Moscow" in facts.plain_text and "Anna Petrova" in facts.plain_text


async def test_words_found_nowhere_find_the_other_language_reports_of_their_names(
    demo_newsroom: Newsroom,
) -> None:
    # No Russian article is about Veloria, and "ремонт" (repairs) cannot be
    # looked for in English: the English reports naming Veloria are found,
    # and say why.
    result = await demo_newsroom.search("ремонт в Велории")
    assert result.found == [] and result.across_by == "Велории" and not result.worded
    assert {f.article.id for f in result.across} <= {7, 8, 9, 10, 11, 31}
    assert len(result.across) == 3
    assert all("Veloria" in f.snippet.text for f in result.across)
    reply = await dispatch(demo_newsroom, Request("search", "Ремонт Велории", language="ru"))
    assert reply.plain_text.startswith(
        "Нет статей на русском со словами «Ремонт Велории». Статьи на других языках, "
        "где упомянуто «Велории»:\n\nНа английском\n\n1. "
    )
    # Found in its own language, or with a word to leave out: nothing more.
    assert (await demo_newsroom.search("засуха в Велории")).across_by == ""
    assert (await demo_newsroom.search("ремонт в Велории -Kestrel")).across == []
    assert (await demo_newsroom.search("ремонт в Мадриде")).across == []


async def test_words_found_nowhere_find_the_other_language_reports_by_their_equivalents(
    newsroom: Newsroom,
) -> None:
    # A store whose report of the congress is in English only, as the seed's:
    # a Russian reader's words are looked for in their English equivalents.
    await ingest_items(
        newsroom.storage,
        records(
            [
                {
                    "title": "Anti-war congress meets in Brussels",
                    "text": "Some 300 activists met in Brussels for the third congress. "
                    "Maria Ivanova of the Congress of Deputies stayed away. "
                    "The movement has split over disagreements on how to end the war. "
                    "Laws passed in March 2022 punish dissent.",
                },
                {
                    "title": "Drought in Veloria",
                    "text": "Farmers in Veloria lost a third of their harvest to drought.",
                },
            ]
        ),
    )
    result = await newsroom.search("выступал на конгрессе")  # no report writes "spoke"
    assert result.found == [] and result.worded and result.across_by == "congress"
    # Asked who spoke all the same: not who is named with the congress.
    assert result.asked_across == "congress speech"
    spoke = await dispatch(newsroom, Request("", "кто выступал на конгрессе?", language="ru"))
    assert not spoke.plain_text.startswith("Ответ")
    assert [f.article.title for f in result.across] == ["Anti-war congress meets in Brussels"]
    # Found by "2022" alone in its own words, by all of them in their equivalents: once.
    laws = await newsroom.search("законы приняли в марте 2022")
    assert laws.found == [] and laws.across_by == "law March 2022" and len(laws.across) == 1
    split = await newsroom.search("разногласия")
    assert split.across_by == "disagreements" and len(split.across) == 1
    both = await newsroom.search("засуха в Велории")  # a name as the English report spells it
    assert both.across_by == "drought Veloria" and both.worded
    assert [f.article.title for f in both.across] == ["Drought in Veloria"]
    reply = await dispatch(newsroom, Request("search", "засуха в Велории", language="ru"))
    assert reply.plain_text.startswith(
        "Нет статей на русском со словами «засуха в Велории». Статьи на других языках "
        "со словами «drought Veloria»:\n\nНа английском\n\n1. Drought in Veloria"
    )
    # The newest of them, as /latest lists them.
    newest = await newsroom.latest_on("засуха")
    assert newest.worded and [f.article.title for f in newest.across] == ["Drought in Veloria"]
    assert not (await newsroom.latest_on("засуха", language="ru")).across
    # Most words without an equivalent, a word left out, a phrase: not looked for so.
    assert not (await newsroom.search("что думают фермеры о новом катке")).across
    assert not (await newsroom.search("засуха -Велории")).across
    assert not (await newsroom.search('"засуха в Велории"')).worded


async def test_some_words_in_their_language_all_in_the_other_are_listed_after(
    demo_newsroom: Newsroom,
) -> None:
    # A Russian report holds "пришло" (as "пришлись") and nothing of the final;
    # the English preview of the final has fans and the final both.
    result = await demo_newsroom.search("болельщиков пришло на финал")
    assert result.mode == "any" and [f.article.id for f in result.found] == [6]
    assert result.worded and result.across_by == "fans final"
    assert result.across[0].article.id == 22
    fans = await dispatch(demo_newsroom, Request("", "сколько болельщиков пришло на финал?"))
    assert fans.plain_text.startswith("Ответ\n\nAbout 48,000 fans are expected.")
    # Found with all its words in its own language: nothing looked for so.
    assert not (await demo_newsroom.search("засуха")).worded
    # No English report writes "ticket": not looked for as "cost" alone, which
    # the pipeline's cost would answer; with the night train, its fare.
    assert not (await demo_newsroom.search("стоит билет")).worded
    fare = await demo_newsroom.search("стоит билет на ночной поезд")
    assert fare.across_by == "cost night train"
    # Nor as "cost" alone when no report writes the fare ("проезд"): the pipeline's
    # cost answered it.
    assert not (await demo_newsroom.search("стоит проезд")).worded
    asked = await dispatch(demo_newsroom, Request("", "сколько стоит проезд?", language="ru"))
    assert not asked.plain_text.startswith("Ответ")


async def test_a_name_too_rare_to_be_a_key_is_found_across_by_its_spellings(
    newsroom: Newsroom,
) -> None:
    # Thirty towns named thrice each outweigh two people named once: neither
    # is among the report's keys (KEY_TERMS), but both are in its words.
    towns = [f"{a}a{b}ov" for a in "BDFGK" for b in "LMNPRS"]  # 30 skeletons: blv ... ksv
    places = " ".join(f"Delegates came from {town}, {town} and {town}." for town in towns)
    text = (
        f"{places} Factions such as Ilya Ponomarev's congress staged protests. "
        "Supporters of Alexei Navalny attended."
    )
    await ingest_items(newsroom.storage, records([{"title": "Delegates", "text": text}]))
    for typed in ("Пономарёв", "Пономарева", "Навальный", "Навального"):
        result = await newsroom.search(typed)
        assert [f.article.title for f in result.across] == ["Delegates"], typed
    assert (await newsroom.search("Ponomarev")).found  # as written, as before
    # A name it does not write, or a word that is no name: nothing.
    assert not (await newsroom.search("Гудков")).across
    assert not (await newsroom.search("Пономарёв Гудков")).across


async def test_search_finds_short_names_across_only_where_spelt_alike(newsroom: Newsroom) -> None:
    await ingest_items(
        newsroom.storage,
        records(
            [
                {
                    "title": "Ставка Банка Велории",
                    "text": "В четверг Банк Велории повысил "
                    "ставку. Генерал Джордж Патон в отставке назвал это ошибкой.",
                },
                {
                    "title": "Обращение президента",
                    "text": "Президент Владимир Путин "
                    "выступил в среду в Кремле. Речь Путина длилась час.",
                },
                {"title": "Rates", "text": RATES},
            ]
        ),
    )
    result = await newsroom.search("Putin")
    assert result.found == []
    assert [f.article.title for f in result.across] == ["Обращение президента"]
    marked = [result.across[0].snippet.text[s:e] for s, e in result.across[0].snippet.spans]
    assert marked == ["Путин", "Путина"]
    assert (await newsroom.search("Patton")).across[0].article.title == "Ставка Банка Велории"
    assert (await newsroom.search("Pitney")).across == []


async def test_search_across_reads_an_h_as_the_other_language_writes_it(
    newsroom: Newsroom,
) -> None:
    await ingest_items(
        newsroom.storage,
        records(
            [
                {
                    "title": "Саммит в Хельсинки",
                    "text": "Лидеры встретились в Хельсинки в среду. В Гамбурге прошли протесты.",
                },
                {"title": "Rates", "text": RATES},
            ]
        ),
    )
    for query in ("Helsinki", "Hamburg", "Helsinki Hamburg"):
        result = await newsroom.search(query)
        assert [f.article.title for f in result.across] == ["Саммит в Хельсинки"], query
    marked = [s for f in result.across for s in (f.snippet.text[a:b] for a, b in f.snippet.spans)]
    assert sorted(marked) == ["Гамбурге", "Хельсинки"]
    assert (await newsroom.search("Hamster")).across == []


async def test_a_text_of_undetermined_language_is_not_shown_as_another_language(
    newsroom: Newsroom,
) -> None:
    report = (
        "Wayne Rooney scored twice as Manchester United beat Everton on Saturday. Ronaldo and "
        "Giggs made both goals; Scholes and Rooney were booked. Neville and Howard kept it tight."
    )
    line_up = (
        "Man Utd: Howard, Phil Neville, Gary Neville, O'Shea, Fortune, Giggs, Miller, Scholes, "
        "Ronaldo, Rooney. Subs not used: Carroll, Bellion. Booked: Scholes. Goals: Rooney 23, 61."
    )
    day = "2004-10-30T18:00:00Z"
    await ingest_items(
        newsroom.storage,
        records(
            [
                {"title": "Rooney double sinks Everton", "text": report, "published_at": day},
                {"title": "Line-ups", "text": line_up, "published_at": day},
            ]
        ),
    )
    articles = await newsroom.latest(2)
    assert sorted(a.language for a in articles) == ["en", "und"]
    result = await newsroom.search("Rooney", limit=1)
    assert len(result.found) == 1 and result.has_more and result.across == []
    english = next(a for a in articles if a.language == "en")
    reply = await dispatch(newsroom, Request("related", str(english.id)))
    assert "Line-ups" in reply.plain_text and "another language" not in reply.plain_text


async def test_signatures_from_before_keys_are_upgraded_keeping_their_dates(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.db"
    room = await Newsroom.open(Settings(db_path=str(path)))
    try:
        await ingest_items(
            room.storage,
            records(
                [
                    {"title": "Moscow police detain 40", "text": PROTEST},
                    {"title": "Полиция задержала 40 человек", "text": PROTEST_RU},
                ]
            ),
        )
        await room.refresh_stories()
        # As an older version stored them: words and a day (an undated article's
        # ingest time, not its stored date), no language or keys; story kept apart.
        await room.storage.set_stories(
            [(1, 1, "|moscow:0.6 rally:0.5 petrova:0.4"), (2, 2, "20000.5|москв:0.7 акц:0.5")]
        )
    finally:
        await room.close()
    room = await Newsroom.open(Settings(db_path=str(path)))
    try:
        assert await room.refresh_stories() == 0  # nothing newly grouped
        rows = {r.id: r for r in await room.storage.story_rows()}
        first, second = (Signature.decode(rows[i].signature or "") for i in (1, 2))
        assert first.day is None and second.day == pytest.approx(20000.5)
        assert first.language == "en" and second.language == "ru"
        assert "=moscow" in first.keys and "=moscow" in second.keys
        assert first.terms == {"moscow": 0.6, "rally": 0.5, "petrova": 0.4}
        items = await room.related(1)
        assert [(i.article.id, i.same_story) for i in items] == [(2, False)]
    finally:
        await room.close()


async def test_articles_from_before_stories_are_grouped_on_upgrade(tmp_path: Path) -> None:
    from bot.news.text import stems
    from storage import Storage
    from storage import db as dbmod
    from tests.conftest import make_article

    path = tmp_path / "v2.db"
    conn = await dbmod.connect(path, target=2)
    await conn.close()
    store = await Storage.open(path, stems)  # migrates to the current schema
    await store.add_articles(
        [
            make_article(
                PROTEST, title="Moscow police detain 40", published_at="2025-06-14T10:00:00Z"
            ),
            make_article(PROTEST_2, title="Forty detained", published_at="2025-06-14T18:00:00Z"),
        ]
    )  # as an older version stored them: no signature, no story
    await store.close()
    room = await Newsroom.open(Settings(db_path=str(path)))
    try:
        assert await room.refresh_stories() == 2
        [(story, articles)] = await room.stories()
        assert story == 1 and [a.id for a in articles] == [1, 2]
        rows = await room.storage.story_rows()
        assert all(r.signature for r in rows)  # computed once, kept
    finally:
        await room.close()


async def test_related_lists_an_outlets_own_follow_up_not_as_a_copy(
    demo_newsroom: Newsroom,
) -> None:
    """Signatures nearly alike: another outlet's article is a rewrite (folded
    into "N sources"), the same outlet's is its next report (listed)."""
    jailed = (
        "Police in Moscow detained 40 protesters on Saturday at a rally against the war in "
        "Ukraine, the rights group OVD-Info said. Officers dragged Anna Petrova, a student, into "
        "a van near Pushkin Square; on Monday a court jailed her for ten days. The Vesna "
        "movement, which called the rally, said it would appeal."
    )
    rows = [
        ("Forty detained at Moscow rally", PROTEST_2, "Wire C", "q"),
        ("Moscow police detain 40 at anti-war rally", PROTEST, "Wire A", "a"),
        ("Student from Moscow rally jailed", jailed, "Wire A", "b"),
        ("Student from Moscow rally jailed for ten days", jailed + " More soon.", "Wire B", "c"),
    ]
    await ingest_items(
        demo_newsroom.storage,
        records(
            [
                {
                    "title": t,
                    "text": x,
                    "source": s,
                    "url": f"https://{u}.example/1",
                    "published": "2025-06-16T10:00:00Z",
                }
                for t, x, s, u in rows
            ]
        ),
    )
    await demo_newsroom.refresh_stories()
    query, first, follow_up, rewrite = [
        await demo_newsroom.article_by_link(f"https://{u}.example/1") for u in "qabc"
    ]
    assert query and first and follow_up and rewrite
    assert demo_newsroom._stories.cosine(first.id, follow_up.id) >= 0.8  # alike to signatures
    assert not same_report(follow_up.text, first.text)  # but not the same words
    items = {i.article.id: i for i in await demo_newsroom.related(query.id)}
    assert first.id in items and follow_up.id in items  # the follow-up is news: listed
    assert rewrite.id not in items  # the other outlet's rewrite is a source of it
    assert [a.id for a in items[first.id].sources + items[follow_up.id].sources] == [rewrite.id]


async def test_a_topic_summary_reads_the_story_s_first_report_though_it_lacks_a_word(
    demo_newsroom: Newsroom,
) -> None:
    # The breach's own report writes "hackers stole data", not "breach": the
    # search does not find it, the summary of the story it began does.
    found = await demo_newsroom.search("Kestrel Mobile breach", limit=5, across=0)
    assert found.mode == "all" and 12 not in [f.article.id for f in found.found]
    topic = await demo_newsroom.topic_summary("Kestrel Mobile breach", count=5)
    assert topic.sources[0].id == 12 and topic.sentences[0].source == 12
    # Not a report in another language: the drought's Russian one is of its story.
    drought = await demo_newsroom.topic_summary("Calder water rationing", count=5)
    assert all(a.language == "en" for a in drought.sources)


async def test_words_no_article_has_are_looked_for_as_news_writes_them(
    demo_newsroom: Newsroom,
) -> None:
    # The demo's reports write "detained" and "breach", never "arrested", "hacked".
    arrested = await demo_newsroom.search("arrested")
    assert arrested.mode == "all" and arrested.respelt == "detain"
    assert "detained" in arrested.found[0].article.title
    said = (await dispatch(demo_newsroom, Request("search", "hacked"))).plain_text
    assert said.startswith("Nothing has “hacked”. Results for “breach”:\n\n1. ")
    asked = await dispatch(demo_newsroom, Request("", "which company was hacked?"))
    assert asked.plain_text.startswith("Answer\n\n") and "Kestrel Mobile" in asked.blocks[1][1].text
    latest = (await dispatch(demo_newsroom, Request("latest", "arrested"))).plain_text
    assert latest.startswith("Nothing has “arrested”. Newest on “detain”:\n\n1. OVD-Info")
    # A word news writes otherwise is no typo: "fired" is not respelt "fixed".
    fired = await demo_newsroom.search("fired")
    assert fired.respelt == "sacked" and "sack manager" in fired.found[0].article.title
    assert await demo_newsroom.respelt("fired") is None
    assert await demo_newsroom.respelt("fare") is None  # a word of the glossary, not "far"
    # "fired" is read as sacked, "fire" is not: "where did the fire happen?" finds no sacking.
    assert await demo_newsroom.reworded("the fire") is None
    fire = await demo_newsroom.search("the fire")
    assert fire.found == [] and fire.respelt == ""
    # Looked for only where no article has every word as typed, and not for a
    # "phrase" or with a word left out.
    assert (await demo_newsroom.search("detained")).respelt == ""
    assert await demo_newsroom.reworded('"arrested"') is None
    assert await demo_newsroom.reworded("arrested -Russia") is None
    assert await demo_newsroom.reworded("killed") is None  # no report writes a death


async def test_words_some_article_has_with_others_are_not_reworded(newsroom: Newsroom) -> None:
    # "arrested" and "guards" are in one report, "Calder" in others: the
    # report that has the reader's own words leads, not one that writes
    # "detained" and "Calder" for them.
    await ingest_items(
        newsroom.storage,
        records(
            [
                {"title": "Guards arrested", "text": "Two guards were arrested at the depot."},
                {"title": "Calder raid", "text": "Police detained two guards in Calder."},
                {"title": "Calder council meets", "text": "The Calder council met on Monday."},
                {"title": "Calder weather", "text": "Calder had rain on Tuesday."},
            ]
        ),
    )
    result = await newsroom.search("arrested guards Calder")
    assert result.mode == "any" and result.respelt == ""
    assert result.found[0].article.title == "Guards arrested"
    assert await newsroom.reworded("arrested guards Calder") == "detain guards Calder"


async def test_a_topic_no_article_has_is_offered_as_news_writes_it_too(
    demo_newsroom: Newsroom,
) -> None:
    reply = await dispatch(demo_newsroom, Request("subscribe", "arrests", chat_id=7))
    assert "No stored article has “arrests”; some write “detain”. Follow that too?" in (
        reply.plain_text
    )
    assert (reply.buttons[0][0].label, reply.buttons[0][0].command) == (
        "Follow “detain”",
        "subscribe detain",
    )
    assert [s.topic for s in await demo_newsroom.subscriptions.of_chat(7)] == ["arrests"]


async def test_equivalents_are_also_looked_for_as_news_writes_them(newsroom: Newsroom) -> None:
    # "политзаключённые" is "prisoners", which no report writes; this one writes "jailed".
    await ingest_items(
        newsroom.storage,
        records(
            [
                {
                    "title": "Exhibition honours opponents of the regime",
                    "text": "The exhibition honoured 120 opponents of the regime, many of whom "
                    "have been jailed for years.",
                }
            ]
        ),
    )
    result = await newsroom.search("политзаключённые")
    assert result.worded and result.across_by == "jail"
    asked = await dispatch(newsroom, Request("", "сколько политзаключённых?", language="ru"))
    assert asked.plain_text.startswith("Ответ\n\nThe exhibition honoured 120 opponents")
