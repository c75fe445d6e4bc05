"""Key-fact quality on human-referenced dev sets, and the seed article's must-haves.

    python -m benchmarks.eval_facts [--limit N] [--json out.json]

Recall: of the numbers and proper names a human put in the reference summary,
the share that appear in the bot's facts (the first three sentences of the
article, Lead-3, are shown beside it for scale). Support: every fact must be
the article's own text at its offsets (must be 100%). Skips without ../shared.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from benchmarks.eval_summary import SHARED, load
from bot.news.facts import key_facts
from bot.news.sentences import split_sentences
from bot.news.text import STOP_WORDS

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_CAPITALISED = re.compile(r"\b[A-Z][\w'-]*[a-z][\w'-]*\b|\b[A-Z]{2,}\b")
SEED = SHARED / "seed" / "000_33cc768abf898df9.txt"
# What ../shared/data/seed/README.md says a reader expects among the seed's facts.
SEED_MUST_HAVE = (
    "300",
    "Brussels",
    "Tuesday and Wednesday",
    "third",
    "February 2022",
    "Berlin",
    "European Union",
    "German Ministry of Foreign Affairs",
    "120 Campaign",
    "20,000",
    "19,000",
    "OVD-Info",
    "March 2022",
    "discrediting",
    "fakes",
)


def key_tokens(reference: str) -> set[str]:
    """Numbers and capitalised words that do not start a sentence or line."""
    tokens = {n.replace(",", "") for n in _NUMBER.findall(reference)}
    for sentence in split_sentences(reference):
        words = _CAPITALISED.findall(sentence.text)
        first = sentence.text.split()[0] if sentence.text.split() else ""
        tokens |= {w for w in words if w != first and w.lower() not in STOP_WORDS}
    return tokens


def recall(tokens: set[str], text: str) -> float:
    if not tokens:
        return float("nan")
    flat = text.replace(",", "")
    return sum(1 for t in tokens if t in flat) / len(tokens)


def evaluate(rows: list[dict[str, Any]]) -> dict[str, float]:
    facts_recall, lead_recall, counts, chars = [], [], [], []
    supported = total = 0
    for row in rows:
        text = row["text"]
        facts = key_facts(text)
        total += len(facts)
        supported += sum(1 for f in facts if text[f.start : f.end] == f.text)
        tokens = key_tokens(row["summary"])
        if tokens:
            facts_recall.append(recall(tokens, " ".join(f.text for f in facts)))
            lead = " ".join(s.text for s in split_sentences(text)[:3])
            lead_recall.append(recall(tokens, lead))
        counts.append(len(facts))
        chars.append(sum(len(f.text) for f in facts))
    return {
        "facts_recall": 100 * statistics.mean(facts_recall),
        "lead3_recall": 100 * statistics.mean(lead_recall),
        "supported": 100 * supported / max(1, total),
        "facts_per_article": statistics.mean(counts),
        "chars_per_article": statistics.mean(chars),
    }


def seed_check() -> tuple[list[str], list[str]]:
    text = SEED.read_text(encoding="utf-8")
    joined = " ".join(f.text for f in key_facts(text))
    return [m for m in SEED_MUST_HAVE if m in joined], [
        m for m in SEED_MUST_HAVE if m not in joined
    ]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Key-fact recall and support on the dev sets.")
    parser.add_argument("--limit", type=int)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    if not SHARED.is_dir():
        print(f"skipped: {SHARED} not found (the dev sets live in ../shared)")
        return 0
    results: dict[str, Any] = {}
    print("| set | facts recall % | Lead-3 recall % | verbatim % | facts/article | chars/article |")
    print("|---|---|---|---|---|---|")
    for name in ("cnn", "writers", "wikinews"):
        rows = load(name, args.limit)
        r = results[name] = evaluate(rows)
        cells = [
            f"{name} (n={len(rows)})",
            f"{r['facts_recall']:.1f}",
            f"{r['lead3_recall']:.1f}",
            f"{r['supported']:.1f}",
            f"{r['facts_per_article']:.1f}",
            f"{r['chars_per_article']:.0f}",
        ]
        print("| " + " | ".join(cells) + " |")
    found, missing = seed_check()
    results["seed"] = {"found": found, "missing": missing}
    print(f"\nseed article: {len(found)}/{len(SEED_MUST_HAVE)} expected items in the facts")
    if missing:
        print("missing: " + ", ".join(missing))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
