"""Related articles and same-story groups on the BASIL triplets, BBC articles mixed in.

    python -m benchmarks.eval_related [--json out.json]

BASIL (../shared/data/dev/clusters_basil.jsonl) has 100 events, each reported
by three outlets on the same day; the 2,225 BBC dev articles are distractors.
Related: each BASIL article as the query against all others, precision@5
(out of its 2 true partners) and MRR. Groups: B-cubed precision, recall and
F1 over the BASIL articles of the stories the bot forms while ingesting them
all in order. The reference is TF-IDF cosine over the full texts, in the
same run (ranking; and single-threshold grouping at several thresholds).
Also run without dates, where text alone must tell events apart, and with
keys only: each article indexed by its language-neutral keys (names,
numbers, months) alone and grouped with the thresholds for another language,
as if no two articles shared a language: only the keys link reports, as they
must link an English and a Russian report of one event. English articles share
more of those keys than a translation would, so these rows are the keys'
precision more than their recall. Last, the demo set's four Russian reports
(each a translation-like retelling of an English demo report) are added after
all of these with the demo's English articles: does each join its English
story, and how many of the 2,525 dev articles would /related show one of them
for (none of them is about the same events)? Skips without ../shared.
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from benchmarks.eval_summary import SHARED
from bot.news.dates import check_published
from bot.news.related import (
    CROSS_STORY_SIMILARITY,
    CROSS_UNDATED_SIMILARITY,
    MIN_SHARED_KEYS,
    Signature,
    StoryIndex,
    signature,
)
from bot.news.text import stems
from bot.newsroom import RELATED_ACROSS_MIN, demo_records

NOW = datetime(2026, 1, 1, tzinfo=UTC)
CNN_PAIRS = Path(__file__).with_name("story_pairs_cnn.tsv")


def load() -> tuple[list[dict[str, Any]], dict[int, str]]:
    rows: list[dict[str, Any]] = []
    for name in ("dev/bbc_news_summary.jsonl", "dev/clusters_basil.jsonl"):
        with (SHARED / name).open(encoding="utf-8") as handle:
            rows += [json.loads(line) for line in handle]
    gold = {i: r["cluster"] for i, r in enumerate(rows) if r.get("cluster")}
    return rows, gold


def ranking_scores(gold: dict[int, str], ranked: dict[int, list[int]]) -> tuple[float, float]:
    p5, rr = [], []
    for i, cluster in gold.items():
        relevant = {j for j, c in gold.items() if c == cluster and j != i}
        top = ranked[i]
        p5.append(sum(1 for j in top[:5] if j in relevant) / min(5, len(relevant)))
        rr.append(next((1 / r for r, j in enumerate(top, 1) if j in relevant), 0.0))
    return statistics.mean(p5), statistics.mean(rr)


def bcubed(gold: dict[int, str], story_of: dict[int, int]) -> tuple[float, float, float]:
    members: dict[int, set[int]] = defaultdict(set)
    for i, story in story_of.items():
        members[story].add(i)
    sizes = Counter(gold.values())
    precision, recall = [], []
    for i, cluster in gold.items():
        group = members[story_of[i]]
        same = sum(1 for j in group if gold.get(j) == cluster)
        precision.append(same / len(group))
        recall.append(same / sizes[cluster])
    p, r = statistics.mean(precision), statistics.mean(recall)
    return p, r, 2 * p * r / (p + r)


def newsroom(
    rows: list[dict[str, Any]], gold: dict[int, str], dated: bool, keys_only: bool = False
) -> dict[str, Any]:
    index = StoryIndex()
    start = time.perf_counter()
    for i, row in enumerate(rows):
        published = (
            check_published(row["published"], NOW)[0] if dated and row.get("published") else None
        )
        sig = signature(row.get("title") or "", row["text"], published)
        if keys_only:
            _add_by_keys(index, i, sig)
        else:
            index.add(i, sig)
    per_article_ms = (time.perf_counter() - start) * 1000 / len(rows)
    shared = MIN_SHARED_KEYS if keys_only else 1
    ranked = {
        i: [j for j, _ in index.similar(_sig(index, i), 10, exclude=i, min_shared=shared)]
        for i in gold
    }
    p5, mrr = ranking_scores(gold, ranked)
    p, r, f1 = bcubed(gold, index.story_of)
    return {
        "p5": p5,
        "mrr": mrr,
        "b3_p": p,
        "b3_r": r,
        "b3_f1": f1,
        "ms_per_article": per_article_ms,
    }


def _add_by_keys(index: StoryIndex, article_id: int, sig: Signature) -> None:
    """Index an article by its keys alone (as its words), joining a story as an
    article in another language does: the keys and thresholds of StoryIndex.add
    across languages, with no word in common."""
    keys = Signature(sig.keys, sig.day, "keys")
    best = index.similar(keys, 5, min_shared=MIN_SHARED_KEYS)
    story = index.story_among(keys, best, CROSS_STORY_SIMILARITY, CROSS_UNDATED_SIMILARITY)
    index.load([(article_id, keys, story)])


# The demo set's Russian reports and the English reports of the same events (ids).
DEMO_PAIRS = {5: 1, 6: 3, 21: 17, 28: 27}


def across_languages(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """The demo's Russian reports among the dev articles and the demo's English ones."""
    index = StoryIndex()
    for i, row in enumerate(rows):
        published = check_published(row["published"], NOW)[0] if row.get("published") else None
        index.add(i, signature(row.get("title") or "", row["text"], published))
    demo = {n: dict(r.fields) for n, r in enumerate(demo_records(), start=1)}
    offset = len(rows)
    for n, fields in demo.items():
        published = check_published(str(fields["published"]), NOW)[0]
        sig = signature(str(fields["title"]), str(fields["text"]), published)
        index.add(offset + n, sig)
    joined = sum(
        index.story_of[offset + ru] == index.story_of[offset + en] for ru, en in DEMO_PAIRS.items()
    )
    russian = {offset + ru for ru in DEMO_PAIRS}
    wrong_story = sum(1 for r in russian if index.story_of[r] < offset)  # a dev article's
    listing = sum(
        1
        for i in range(len(rows))
        if any(
            j in russian and score >= RELATED_ACROSS_MIN
            for j, score in index.similar_across(_sig(index, i), 10, exclude=i)
        )
    )
    return {
        "pairs": len(DEMO_PAIRS),
        "joined": joined,
        "wrong_story": wrong_story,
        "listing": listing,
        "dev": len(rows),
    }


def cnn_month() -> dict[str, int]:
    """Group the CNN dev stories in order; how the pairs we read came out."""
    with (SHARED / "dev/cnndm_val_cnn.jsonl").open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle]
    index = StoryIndex()
    for i, row in enumerate(rows):
        published = check_published(row["published"], NOW)[0]
        index.add(i, signature(row.get("title") or "", row["text"], published))
    number = {row["id"]: i for i, row in enumerate(rows)}
    found: Counter[str] = Counter()
    lines = CNN_PAIRS.read_text(encoding="utf-8").splitlines()
    for line in [line for line in lines if not line.startswith("#")][1:]:  # after the header
        a, b, verdict = line.split("\t")[:3]
        together = index.story_of[number[a]] == index.story_of[number[b]]
        found[verdict] += 1
        found[f"{verdict} together"] += together
    sizes = Counter(index.story_of.values())
    found["articles"] = len(rows)
    found["joined"] = sum(size - 1 for size in sizes.values())
    found["stories of 2+"] = sum(size > 1 for size in sizes.values())
    return dict(found)


def _sig(index: StoryIndex, article_id: int) -> Signature:
    sig = index.signature_of(article_id)
    assert sig is not None
    return sig


def tfidf(rows: list[dict[str, Any]], gold: dict[int, str]) -> dict[str, Any]:
    """The reference: TF-IDF cosine over title and text, all pairs with the BASIL queries."""
    sims = tfidf_similarities(rows, gold)
    ranked = {i: sorted(s, key=lambda j: -s[j])[:10] for i, s in sims.items()}
    p5, mrr = ranking_scores(gold, ranked)
    result: dict[str, Any] = {"p5": p5, "mrr": mrr}
    for threshold in (0.2, 0.3, 0.4, 0.5):
        story_of = _single_link(gold, sims, threshold)
        result[f"b3_f1@{threshold}"] = bcubed(gold, story_of)[2]
    return result


def tfidf_similarities(
    rows: list[dict[str, Any]], queries: Iterable[int]
) -> dict[int, dict[int, float]]:
    """TF-IDF cosine over title and text: each query row's similarity to every
    other row it shares a stem with."""
    bags = [Counter(stems(f"{r.get('title') or ''}\n{r['text']}")) for r in rows]
    df: Counter[str] = Counter()
    for bag in bags:
        df.update(bag.keys())
    n = len(rows)
    vectors = []
    for bag in bags:
        v = {t: (1 + math.log(c)) * math.log(n / df[t]) for t, c in bag.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        vectors.append({t: x / norm for t, x in v.items()})
    postings: dict[str, list[int]] = defaultdict(list)
    for i, v in enumerate(vectors):
        for t in v:
            postings[t].append(i)
    sims: dict[int, dict[int, float]] = {}
    for i in queries:
        acc: dict[int, float] = defaultdict(float)
        for t, x in vectors[i].items():
            for j in postings[t]:
                acc[j] += x * vectors[j][t]
        acc.pop(i, None)
        sims[i] = acc
    return sims


def _single_link(
    gold: dict[int, str], sims: dict[int, dict[int, float]], t: float
) -> dict[int, int]:
    """Groups of BASIL articles linked by similarity >= t (distractors as linked to them)."""
    parent: dict[int, int] = {}

    def find(x: int) -> int:
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    for i, s in sims.items():
        for j, value in s.items():
            if value >= t:
                parent[find(i)] = find(j)
    return {
        i: find(i) for i in {*gold, *(j for s in sims.values() for j, v in s.items() if v >= t)}
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Related articles and story groups on BASIL.")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    if not SHARED.is_dir():
        print(f"skipped: {SHARED} not found (the dev sets live in ../shared)")
        return 0
    rows, gold = load()
    results = {
        "newsroom (dated)": newsroom(rows, gold, dated=True),
        "newsroom (no dates)": newsroom(rows, gold, dated=False),
        "keys only (dated)": newsroom(rows, gold, dated=True, keys_only=True),
        "keys only (no dates)": newsroom(rows, gold, dated=False, keys_only=True),
        "tf-idf cosine": tfidf(rows, gold),
    }
    across = across_languages(rows)
    cnn = cnn_month()
    events, distractors = len(set(gold.values())), len(rows) - len(gold)
    print(f"{len(gold)} BASIL articles in {events} events, {distractors} BBC distractors\n")
    print("| method | P@5 | MRR | B-cubed P | B-cubed R | B-cubed F1 |")
    print("|---|---|---|---|---|---|")
    for name, r in results.items():
        if "b3_f1" in r:
            cells = [
                f"{r['p5']:.3f}",
                f"{r['mrr']:.3f}",
                f"{r['b3_p']:.3f}",
                f"{r['b3_r']:.3f}",
                f"{r['b3_f1']:.3f}",
            ]
        else:
            best = max((k for k in r if k.startswith("b3_f1@")), key=lambda k: r[k])
            cells = [
                f"{r['p5']:.3f}",
                f"{r['mrr']:.3f}",
                "-",
                "-",
                ", ".join(f"{r[k]:.3f} at {k[6:]}" for k in sorted(r) if k.startswith("b3_f1@"))
                + f" (best {best[6:]})",
            ]
        print(f"| {name} | " + " | ".join(cells) + " |")
    print(
        f"\nacross languages: {across['joined']} of the demo's {across['pairs']} Russian reports "
        f"joined their English report's story among the {across['dev']:,} dev articles; "
        f"{across['wrong_story']} joined a dev article's story; "
        f"{across['listing']} dev articles would list one of them under /related"
    )
    print(
        f"\na month of CNN ({cnn['articles']:,} stories): {cnn['joined']} joined another's story, "
        f"{cnn['stories of 2+']} stories of two or more; of the pairs we read, "
        f"{cnn['same together']} of {cnn['same']} of one story together, "
        f"{cnn['other'] - cnn['other together']} of {cnn['other']} of two stories apart "
        f"({cnn['unsure']} unsure)"
    )
    print(
        f"\nstory grouping: {results['newsroom (dated)']['ms_per_article']:.2f} ms per article "
        "(signature + candidates + assignment)"
    )
    if args.json:
        args.json.write_text(
            json.dumps({**results, "across languages": across, "cnn month": cnn}, indent=2)
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
