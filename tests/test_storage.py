from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.news.text import stems
from storage import Storage
from storage.base import BULK_CACHE_KIB
from storage.db import backup
from storage.models import NewArticle
from storage.store import SEARCH_BUFFER_BYTES
from tests.conftest import make_article

CONGRESS = "About 300 Russian activists met in Brussels for the anti-war congress."
PRISONERS = "An exhibition honoured 120 political prisoners jailed in Russia."
RATES = "The central bank raised interest rates to fight inflation."


async def test_add_then_duplicate_by_text(storage: Storage) -> None:
    first = await storage.add_articles([make_article(CONGRESS)])
    again = await storage.add_articles([make_article(CONGRESS.upper(), title="Other")])
    assert [o.outcome for o in first] == ["added"]
    assert [(o.outcome, o.article_id) for o in again] == [("duplicate", first[0].article_id)]
    assert await storage.count() == 1


async def test_same_url_new_text_updates_the_row(storage: Storage) -> None:
    url = "https://example.org/a"
    [added] = await storage.add_articles([make_article(CONGRESS, url=url)])
    [updated] = await storage.add_articles([make_article(PRISONERS, url=url, title="New")])
    assert updated.outcome == "updated" and updated.article_id == added.article_id
    article = await storage.article(added.article_id)
    assert article is not None and article.text == PRISONERS and article.updated_at
    assert await storage.count() == 1
    # The index follows the update: the old words no longer find it.
    assert (await storage.search("Brussels")).hits == []
    assert [h.article.id for h in (await storage.search("prisoners")).hits] == [added.article_id]


async def test_an_update_keeps_what_the_new_version_does_not_say(storage: Storage) -> None:
    # A feed item, then its page read by /add: the page names no source, date or section.
    url = "https://example.org/a"
    item = make_article(
        CONGRESS,
        url=url,
        source="Harbor Gazette",
        author="Ada Brennan",
        category="world",
        tags=("world", "Russia"),
        external_id="guid-1",
    )
    [added] = await storage.add_articles([item])
    page = make_article(PRISONERS, url=url, published_at="2026-12-02T01:00:00Z", dated=False)
    await storage.add_articles([page])
    kept = await storage.article(added.article_id)
    assert kept is not None and kept.text == PRISONERS
    assert (kept.source, kept.author, kept.category, kept.tags, kept.external_id) == (
        "Harbor Gazette",
        "Ada Brennan",
        "world",
        ("world", "Russia"),
        "guid-1",
    )
    assert kept.published_at == "2026-01-10T09:00:00Z"  # not the time the page was read
    # What the new version does say replaces what was stored.
    dated = make_article(RATES, url=url, published_at="2026-01-11T08:00:00Z", source="Wire")
    await storage.add_articles([dated])
    again = await storage.article(added.article_id)
    assert again is not None and (again.published_at, again.source) == (
        "2026-01-11T08:00:00Z",
        "Wire",
    )


async def test_reingesting_changes_nothing(storage: Storage) -> None:
    batch = [make_article(CONGRESS, url="https://example.org/a"), make_article(RATES)]
    await storage.add_articles(batch)
    again = await storage.add_articles(batch)
    assert [o.outcome for o in again] == ["duplicate", "duplicate"]
    assert await storage.count() == 2


async def test_duplicates_inside_one_batch(storage: Storage) -> None:
    url = "https://example.org/a"
    outcomes = await storage.add_articles(
        [
            make_article(CONGRESS, url=url),
            make_article(PRISONERS, url=url),  # same URL, new text: replaces the first
            make_article(PRISONERS),  # same text again
        ]
    )
    assert [o.outcome for o in outcomes] == ["added", "updated", "duplicate"]
    assert len({o.article_id for o in outcomes}) == 1
    article = await storage.article(outcomes[0].article_id)
    assert article is not None and article.text == PRISONERS
    assert await storage.count() == 1


async def test_a_failing_batch_leaves_nothing_behind(db_path: Path) -> None:
    calls = 0

    def flaky_terms(text: str) -> list[str]:
        nonlocal calls
        calls += 1
        if calls > 3:
            raise RuntimeError("crash in the middle of a batch")
        return stems(text)

    store = await Storage.open(db_path, flaky_terms)
    try:
        with pytest.raises(RuntimeError):
            await store.add_articles([make_article(CONGRESS), make_article(RATES)])
        assert await store.count() == 0
    finally:
        await store.close()
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT count(*) FROM article_search").fetchone() == (0,)
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


async def test_search_ranks_title_matches_first(storage: Storage) -> None:
    await storage.add_articles(
        [
            make_article("Inflation was discussed among many other things. " * 3, title="Notes"),
            make_article(RATES, title="Inflation worries the central bank"),
        ]
    )
    page = await storage.search("inflation")
    assert page.hits[0].article.title == "Inflation worries the central bank"
    assert page.mode == "all"


async def test_all_words_then_any(storage: Storage) -> None:
    await storage.add_articles([make_article(CONGRESS), make_article(RATES)])
    both = await storage.search("Brussels congress")
    assert both.mode == "all" and len(both.hits) == 1
    some = await storage.search("Brussels inflation")
    assert some.mode == "any" and len(some.hits) == 2
    strict = await storage.search("Brussels inflation", mode="all")
    assert strict.hits == [] and strict.mode == "none"


async def test_phrase_in_quotes_is_a_phrase(storage: Storage) -> None:
    await storage.add_articles(
        [
            make_article("The bank raised rates while interest in gold grew."),
            make_article("Interest rates rose again this week at the bank."),
        ]
    )
    loose = await storage.search("interest rates")
    phrase = await storage.search('"interest rates"')
    assert len(loose.hits) == 2
    assert [h.article.text for h in phrase.hits] == [
        "Interest rates rose again this week at the bank."
    ]


async def test_russian_forms_find_each_other(storage: Storage) -> None:
    await storage.add_articles(
        [
            make_article(
                "В дискуссиях участвовали сотрудники фонда Алексея Навального.", language="ru"
            ),
            make_article("Задержания протестующих продолжаются в Москве.", language="ru"),
        ]
    )
    assert len((await storage.search("Навальный")).hits) == 1
    assert len((await storage.search("задержанию протестов")).hits) == 1


async def test_paging_reports_more(storage: Storage) -> None:
    await storage.add_articles(
        [make_article(f"Story number {i} about the congress in Brussels.") for i in range(7)]
    )
    first = await storage.search("congress", limit=5)
    second = await storage.search("congress", limit=5, offset=5)
    assert len(first.hits) == 5 and first.has_more
    assert len(second.hits) == 2 and not second.has_more
    assert not {h.article.id for h in first.hits} & {h.article.id for h in second.hits}


@pytest.mark.parametrize(
    "query",
    [
        '"',
        '"unbalanced phrase',
        "NEAR(congress brussels, 2)",
        "congress AND NOT brussels OR",
        "title:congress",
        "^congress*",
        "-congress +brussels",
        "(((",
        "''",
        "\u200b\u200b",
        "שלום עולם",
        "\x00",
    ],
)
async def test_search_syntax_is_never_syntax(storage: Storage, query: str) -> None:
    await storage.add_articles([make_article(CONGRESS), make_article(RATES)])
    page = await storage.search(query)
    assert all(h.article.text in (CONGRESS, RATES) for h in page.hits)


async def test_operator_words_are_plain_words(storage: Storage) -> None:
    await storage.add_articles([make_article("The NEAR future of the congress.")])
    assert len((await storage.search("near")).hits) == 1


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(query=st.text(max_size=80))
async def test_any_text_is_a_safe_query(storage: Storage, query: str) -> None:
    if await storage.count() == 0:
        await storage.add_articles([make_article(CONGRESS), make_article(RATES)])
    page = await storage.search(query)
    assert all(h.article.text in (CONGRESS, RATES) for h in page.hits)


async def test_latest_is_newest_first(storage: Storage) -> None:
    await storage.add_articles(
        [
            make_article(CONGRESS, published_at="2025-01-01T00:00:00Z"),
            make_article(RATES, published_at="2025-03-01T00:00:00Z"),
            make_article(PRISONERS, published_at="2025-02-01T00:00:00Z"),
        ]
    )
    assert [a.text for a in await storage.latest(2)] == [RATES, PRISONERS]


async def test_delete_removes_article_and_index_entry(storage: Storage) -> None:
    [added] = await storage.add_articles([make_article(CONGRESS)])
    assert await storage.delete_article(added.article_id)
    assert await storage.article(added.article_id) is None
    assert (await storage.search("congress")).hits == []
    assert not await storage.delete_article(added.article_id)


async def test_a_removed_article_stays_out_and_its_id_is_never_reused(storage: Storage) -> None:
    url = "https://example.org/congress"
    [first, last] = await storage.add_articles(
        [make_article(RATES), make_article(CONGRESS, url=url)]
    )
    now = "2026-01-10T12:00:00Z"
    removed = await storage.remove_article(last.article_id, "a legal request", now)
    assert removed is not None and (removed.id, removed.url) == (last.article_id, url)
    assert await storage.article(last.article_id) is None
    assert (await storage.search("congress")).hits == []
    assert await storage.remove_article(last.article_id, None, now) is None  # gone already
    assert await storage.removed_article(last.article_id) == removed  # what readers are told
    assert await storage.removed_article(first.article_id) is None  # stored, not removed
    again = await storage.add_articles(
        [
            make_article(CONGRESS, url="https://mirror.example/copy"),  # its text elsewhere
            make_article(PRISONERS, url=url),  # its link with new text
            make_article(PRISONERS + " Updated."),
        ]
    )
    assert [o.outcome for o in again] == ["withheld", "withheld", "added"]
    assert again[2].article_id == last.article_id + 1  # not the removed one's id
    assert await storage.count() == 2 and first.outcome == "added"


async def test_stats(storage: Storage) -> None:
    await storage.add_articles(
        [make_article(CONGRESS, source="Wire"), make_article(RATES, source="Wire", language="ru")]
    )
    stats = await storage.stats()
    assert stats.articles == 2
    assert stats.by_source == {"Wire": 2}
    assert stats.by_language == {"en": 1, "ru": 1}
    assert stats.file_bytes > 0 and stats.schema_version >= 2


async def language_of(storage: Storage, chat_id: int) -> str | None:
    chat = await storage.chat(chat_id)
    return chat.language if chat else None


async def test_chat_language_is_kept_per_chat(storage: Storage) -> None:
    assert await language_of(storage, 5) is None
    await storage.set_chat_language(5, "ru")
    await storage.set_chat_language(-1001, "en")
    await storage.set_chat_language(5, "en")
    assert await language_of(storage, 5) == "en"
    assert await language_of(storage, -1001) == "en"


async def test_button_keys_are_stable_and_reversible(storage: Storage) -> None:
    command = "search #2 " + "очень длинный запрос " * 5
    key = await storage.button_key(command)
    assert await storage.button_key(command) == key
    assert await storage.button_key("summary 1") != key
    assert await storage.button_command(key) == command
    assert await storage.button_command(key + 100) is None


async def test_bulk_load_widens_the_page_cache_then_gives_it_back(storage: Storage) -> None:
    async def cache_size() -> int:
        return await storage._scalar("PRAGMA cache_size", ())

    usual = await cache_size()
    async with storage.bulk_load():
        async with storage.bulk_load():  # two feeds ingested side by side
            assert await cache_size() == -BULK_CACHE_KIB
        assert await cache_size() == -BULK_CACHE_KIB  # the other is still loading
    assert await cache_size() == usual != -BULK_CACHE_KIB


async def test_search_index_gathers_large_batches_in_one_segment(tmp_path: Path) -> None:
    path = tmp_path / "buffer.db"
    sql = "SELECT v FROM article_search_config WHERE k = 'hashsize'"
    store = await Storage.open(path, stems)
    try:
        assert await store._scalar(sql, ()) == SEARCH_BUFFER_BYTES
        # An index left at FTS5's default (an older database) gets the setting on open.
        await store._db.execute(
            "INSERT INTO article_search (article_search, rank) VALUES ('hashsize', 1048576)"
        )
        await store._db.commit()
    finally:
        await store.close()
    store = await Storage.open(path, stems)
    try:
        assert await store._scalar(sql, ()) == SEARCH_BUFFER_BYTES
    finally:
        await store.close()


async def test_a_backup_is_one_consistent_snapshot_taken_while_another_process_writes(
    storage: Storage, db_path: Path, tmp_path: Path
) -> None:
    await storage.add_articles([make_article(CONGRESS), make_article(PRISONERS)])
    writer = sqlite3.connect(db_path, isolation_level=None)  # another process's connection
    try:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("DELETE FROM articles")  # not committed while the copy is taken
        copied, size = await backup(db_path, tmp_path / "copies" / "first.db")
        writer.execute("COMMIT")
    finally:
        writer.close()
    assert copied == 2 and size == (tmp_path / "copies" / "first.db").stat().st_size
    copy = await Storage.open(tmp_path / "copies" / "first.db", stems)
    try:
        assert await copy.count() == 2
        assert [h.article.title for h in (await copy.search("Brussels")).hits] == ["A title"]
    finally:
        await copy.close()
    assert await storage.count() == 0  # the delete landed in the original
    assert [p.name for p in (tmp_path / "copies").iterdir()] == ["first.db"]  # no leftovers


async def test_a_backup_never_overwrites_and_needs_a_database(
    storage: Storage, db_path: Path, tmp_path: Path
) -> None:
    with pytest.raises(FileNotFoundError, match="no database at"):
        await backup(tmp_path / "missing.db", tmp_path / "copy.db")
    taken = tmp_path / "taken.db"
    taken.write_bytes(b"keep me")
    with pytest.raises(FileExistsError, match="exists already"):
        await backup(db_path, taken)
    assert taken.read_bytes() == b"keep me"


async def test_newest_matching_orders_by_date_not_by_id_or_rank(storage: Storage) -> None:
    await storage.add_articles(
        [
            make_article(
                "Flood warning for the river valley.", published_at="2025-03-01T00:00:00Z"
            ),
            make_article("Flood flood flood in the valley.", published_at="2025-01-01T00:00:00Z"),
            make_article("Drought in the valley.", published_at="2025-05-01T00:00:00Z"),
            make_article("A flood of complaints.", published_at="2025-04-01T00:00:00Z"),
            make_article("Паводок в долине.", published_at="2025-06-01T00:00:00Z", language="ru"),
        ]
    )
    newest = await storage.newest_matching("floods", 5)
    assert [a.published_at[:7] for a in newest] == ["2025-04", "2025-03", "2025-01"]
    assert [a.published_at[:7] for a in await storage.newest_matching("flood valley", 5)] == [
        "2025-03",
        "2025-01",
    ]
    assert [a.text for a in await storage.newest_matching('"flood warning"', 5)] == [
        "Flood warning for the river valley."
    ]
    assert len(await storage.newest_matching("flood", 2)) == 2
    assert await storage.newest_matching("flood", 5, language="ru") == []
    assert [a.language for a in await storage.newest_matching("долина", 5)] == ["ru"]
    assert await storage.newest_matching("*** -- ()", 5) == []
    assert await storage.newest_matching("flood drought", 5) == []


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    days=st.lists(st.integers(1, 28), min_size=1, max_size=30),
    candidates=st.sampled_from([1, 2, 3, 5, 100]),
    walk=st.sampled_from([1, 4, 1000]),
    limit=st.integers(1, 8),
)
async def test_newest_matching_is_exact_on_every_path(
    storage: Storage,
    monkeypatch: pytest.MonkeyPatch,
    days: list[int],
    candidates: int,
    walk: int,
    limit: int,
) -> None:
    """Few matches (sorted), many (walked newest first, known ids and looked-up
    older ones) and a walk cut short (completed from the newest by id): each
    gives the newest `limit` matches by date, whatever order ids are in."""
    monkeypatch.setattr("storage.store.NEWEST_CANDIDATES", candidates)
    monkeypatch.setattr("storage.store.NEWEST_WALK", walk)
    await storage._db.execute("DELETE FROM articles")
    await storage._db.execute("DELETE FROM article_search")
    articles = []
    for n, day in enumerate(days):
        word = "harbour" if n % 3 else "airport"  # two thirds match
        articles.append(
            make_article(f"News {n} from the {word}.", published_at=f"2025-02-{day:02d}T00:00:00Z")
        )
    outcomes = await storage.add_articles(articles)
    matching = [
        (a.published_at, o.article_id)
        for a, o in zip(articles, outcomes, strict=True)
        if "harbour" in a.text
    ]
    expected = [i for _, i in sorted(matching, reverse=True)][:limit]
    found = [a.id for a in await storage.newest_matching("harbour", limit)]
    if walk >= len(days) or candidates > len(matching):
        assert found == expected
    else:  # a cut walk: real matches, newest first, completed from the newest by id
        dates = {i: d for d, i in matching}
        assert set(found) <= set(dates)
        assert found == sorted(found, key=lambda i: (dates[i], i), reverse=True)
        if candidates >= limit:
            assert len(found) == len(expected)


async def test_most_reported_stories_by_sources_then_reports(storage: Storage) -> None:
    def article(n: int, day: int, source: str | None, language: str = "en") -> NewArticle:
        return make_article(
            f"Report number {n} of the day.",
            published_at=f"2025-03-{day:02d}T10:00:00Z",
            source=source,
            language=language,
        )

    rows = [
        article(1, 10, "Wire", "en"),  # story A: three sources, two languages
        article(2, 11, "Daily", "en"),
        article(3, 12, "Лента", "ru"),
        article(4, 10, "Wire"),  # story B: three reports, one source
        article(5, 11, "Wire"),
        article(6, 12, "Wire"),
        article(7, 1, "Old"),  # story C: reported before the span only
        article(8, 2, "Older"),
        article(9, 12, "Alone"),  # a story of one report
        article(10, 12, None),  # not grouped yet
    ]
    ids = [o.article_id for o in await storage.add_articles(rows)]
    stories = {ids[0]: ids[0:3], ids[3]: ids[3:6], ids[6]: ids[6:8], ids[8]: ids[8:9]}
    await storage.set_stories(
        [(a, story, None) for story, members in stories.items() for a in members]
    )
    top = await storage.most_reported("2025-03-05T00:00:00Z", 10)
    assert [(t.story_id, t.reports, t.sources, t.languages) for t in top] == [
        (ids[0], 3, 3, 2),
        (ids[3], 3, 1, 1),
    ]
    assert [t.newest_id for t in top] == [ids[2], ids[5]]  # the newest report names it
    in_english = await storage.most_reported("2025-03-05T00:00:00Z", 10, "en")
    assert in_english[0].newest_id == ids[1]  # the newest in the reader's language
    assert [t.story_id for t in await storage.most_reported("2025-03-01T00:00:00Z", 1)] == [ids[0]]
    assert len(await storage.most_reported("2025-03-01T00:00:00Z", 10)) == 3
    assert await storage.newest_published() == "2025-03-12T10:00:00Z"
