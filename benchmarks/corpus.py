"""A synthetic corpus of N articles for load benchmarks.

Paragraphs of real news are recombined within a category, so the vocabulary,
article length and word frequencies look like news rather than random text.
The source is ../shared/data/dev/bbc_news_summary.jsonl when present (research
use only: it is read, never shipped), else the demo set shipped in the package.
"""

from __future__ import annotations

import json
import random
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

from bot.newsroom import demo_records

SHARED = Path(__file__).resolve().parents[2] / "shared"
BBC = SHARED / "data" / "dev" / "bbc_news_summary.jsonl"


def source_articles() -> tuple[str, list[dict[str, object]]]:
    """(name of the source, its articles as dicts with title/text/category)."""
    if BBC.is_file():
        with BBC.open(encoding="utf-8") as handle:
            return "BBC News Summary (dev)", [json.loads(line) for line in handle]
    rows = [dict(r.fields) for r in demo_records()]
    return "demo set", rows


def generate(n: int, seed: int = 7) -> Iterator[dict[str, object]]:
    """N articles; the same n and seed give the same corpus."""
    _, rows = source_articles()
    rng = random.Random(seed)
    paragraphs: dict[str, list[str]] = defaultdict(list)
    titles: dict[str, list[str]] = defaultdict(list)
    for row in rows:
        category = str(row.get("category") or "news")
        paragraphs[category] += [p for p in str(row["text"]).split("\n\n") if p.strip()]
        titles[category].append(str(row["title"]))
    categories = sorted(paragraphs)
    for i in range(n):
        category = rng.choice(categories)
        pool = paragraphs[category]
        count = min(len(pool), rng.randint(4, 8))
        text = "\n\n".join(rng.sample(pool, count))
        yield {
            "id": f"bench-{i}",
            "title": rng.choice(titles[category]),
            "text": text,
            "url": f"https://example.org/bench/{i}",
            "published": f"20{rng.randint(10, 25):02d}-{rng.randint(1, 12):02d}-"
            f"{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:00:00Z",
            "category": category,
            "source": "Benchmark corpus",
        }
