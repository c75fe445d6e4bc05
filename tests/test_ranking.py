"""The any-word ranking: FTS5-compatible BM25 in Python, and the common-word plan."""

from __future__ import annotations

import pytest

from storage import Storage, ranking
from storage import store as store_module
from tests.conftest import make_article

TEXTS = [
    "Rovers won the cup final after a late goal in the cup.",
    "The cup final drew a record crowd to the arena.",
    "Rain fell on the valley for the first time in weeks.",
    "Rovers fans celebrated the cup win in the city centre streets.",
    "Fans of the rival club left the arena early.",
    "The city council met to discuss the new arena and the final budget.",
]


def test_varints_and_totals() -> None:
    # 100000 rows, then column totals 300 and 29,000,000 tokens.
    block = bytes([0x86, 0x8D, 0x20, 0x82, 0x2C, 0x8D, 0xEA, 0x82, 0x40])
    totals = ranking.parse_totals(block)
    assert totals.rows == 100_000
    assert totals.avg_length == pytest.approx((300 + 29_000_000) / 100_000)


def test_spaced_terms_count_whole_terms_and_phrases() -> None:
    spaced, length = store_module._spaced("cup cup final cupola cup final")
    assert length == 6
    assert spaced.count(" cup ") == 3
    assert spaced.count(" cup  final ") == 2
    assert spaced.count(" final  rovers ") == 0
    assert store_module._spaced("") == ("", 0)


def test_idf_matches_fts5_floor() -> None:
    assert ranking.idf(10, 9) == 1e-6
    assert ranking.idf(10, 1) > ranking.idf(10, 3) > 0


async def test_python_scores_equal_fts5_bm25(storage: Storage) -> None:
    await storage.add_articles([make_article(t, title=f"Story {i}") for i, t in enumerate(TEXTS)])
    totals = await storage._index_totals()
    assert totals.rows == len(TEXTS)
    fts5 = dict(await storage._ranked('"cup"', 10))
    python = dict(
        await storage._add_scores(
            [(rowid, 0.0) for rowid in fts5],
            [("cup",)],
            {("cup",): ranking.idf(totals.rows, await storage._hits(("cup",), 100))},
            totals,
        )
    )
    assert python == pytest.approx(fts5, rel=1e-9)


async def _rovers_arena(
    storage: Storage, monkeypatch: pytest.MonkeyPatch, **plan: float
) -> tuple[dict[int, float], dict[int, float]]:
    """Scores of "rovers arena" by plain BM25 for the rows with "rovers", and by
    the large-store plan (its constants set to `plan`) for every row it returns."""
    await storage.add_articles([make_article(t, title=f"Story {i}") for i, t in enumerate(TEXTS)])
    plain = await storage.search("rovers arena", mode="any")
    assert len(plain.hits) == 5
    monkeypatch.setattr(store_module, "CHEAP_ROWS", 0)
    for name, value in plan.items():
        monkeypatch.setattr(store_module, name, value)
    planned = await storage.search("rovers arena", mode="any")
    rovers = {h.article.id: h.score for h in plain.hits if "Rovers" in h.article.text}
    return rovers, {h.article.id: h.score for h in planned.hits}


async def test_common_words_rerank_the_rare_words_rows(
    storage: Storage, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "arena" (3 of 6 rows) counts as common: only rows with the rarer word
    # match, with exactly the scores plain BM25 gives them.
    rovers, planned = await _rovers_arena(storage, monkeypatch, COMMON_SHARE=0.4)
    assert planned == pytest.approx(rovers) and len(planned) == 2


async def test_past_the_ranked_rows_the_more_frequent_rare_word_only_reranks(
    storage: Storage, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Both words count as rare, but 2 + 3 rows are too many to rank: "arena"
    # gives way to "rovers" and only adds to its rows' scores.
    rovers, planned = await _rovers_arena(storage, monkeypatch, COMMON_SHARE=1.0, RANKED_ROWS=4)
    assert planned == pytest.approx(rovers) and len(planned) == 2


async def test_common_words_only_rank_the_newest_rows_when_they_are_many(
    storage: Storage, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = [f"Markets and weather, report number {i}." for i in range(10)]
    added = await storage.add_articles([make_article(t) for t in texts])
    ids = sorted(o.article_id for o in added)
    monkeypatch.setattr(store_module, "CHEAP_ROWS", 0)
    monkeypatch.setattr(store_module, "COMMON_SHARE", 0.01)  # every word is common
    monkeypatch.setattr(store_module, "RANKED_ROWS", 3)
    newest = await storage.search("markets weather", limit=2, mode="any")
    assert {h.article.id for h in newest.hits} <= set(ids[-3:]) and newest.has_more
    # When the window holds fewer than asked for, the whole store is ranked.
    everything = await storage.search("markets weather", limit=9, mode="any")
    assert len(everything.hits) == 9 and everything.has_more
    assert {h.article.id for h in everything.hits} - set(ids[-3:])


@pytest.mark.parametrize("words", ["markets", "markets weather", '"markets and weather"'])
async def test_every_word_searches_rank_the_newest_rows_when_more_match_than_are_ranked(
    storage: Storage, monkeypatch: pytest.MonkeyPatch, words: str
) -> None:
    # The oldest say it most: by BM25 over the whole store, they come first.
    texts = [
        f"Markets and weather, report {i}. " + "Markets and weather. " * (9 - i) for i in range(10)
    ]
    added = await storage.add_articles([make_article(t) for t in texts])
    ids = sorted(o.article_id for o in added)
    monkeypatch.setattr(store_module, "RANKED_ROWS", 3)
    newest = await storage.search(words, limit=2)
    assert newest.mode == "all" and newest.has_more
    assert {h.article.id for h in newest.hits} <= set(ids[-3:])
    # The next page needs more rows than the window holds: the whole store is ranked.
    second = await storage.search(words, limit=2, offset=2)
    assert [h.article.id for h in second.hits] == ids[2:4]
    everything = await storage.search(words, limit=9)
    assert [h.article.id for h in everything.hits] == ids[:9]
    monkeypatch.setattr(store_module, "RANKED_ROWS", 10)  # no more than it ranks: all of them
    storage._hit_cache.clear()
    assert [h.article.id for h in (await storage.search(words, limit=2)).hits] == ids[:2]


@pytest.mark.parametrize(
    "plan",
    [
        {},  # few rows: plain BM25 over the OR of the words
        {"CHEAP_ROWS": 0, "COMMON_SHARE": 0.4},  # "arena" common: it re-ranks
        {"CHEAP_ROWS": 0, "COMMON_SHARE": 0.01, "RANKED_ROWS": 3},  # all common
    ],
)
async def test_a_word_left_out_is_left_out_by_every_plan(
    storage: Storage, monkeypatch: pytest.MonkeyPatch, plan: dict[str, float]
) -> None:
    await storage.add_articles([make_article(t, title=f"Story {i}") for i, t in enumerate(TEXTS)])
    for name, value in plan.items():
        monkeypatch.setattr(store_module, name, value)
    page = await storage.search("rovers arena -city", mode="any")
    texts = {h.article.text for h in page.hits}
    assert texts and not any("city" in t for t in texts)
    assert texts <= {TEXTS[0], TEXTS[1], TEXTS[4]}
    both = await storage.search("cup final -rovers", mode="all")
    assert [h.article.text for h in both.hits] == [TEXTS[1]]
    assert await storage.count_matching("arena -council", 10) == 2
    assert [a.text for a in await storage.newest_matching("fans -rival")] == [TEXTS[3]]


async def test_words_no_article_has_are_ignored(storage: Storage) -> None:
    await storage.add_articles([make_article(t) for t in TEXTS])
    page = await storage.search("zyzzyva rain", mode="any")
    assert [h.article.text for h in page.hits] == [TEXTS[2]]
