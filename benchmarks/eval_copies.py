"""Which articles a follower is spared as copies of a report they have.

    python -m benchmarks.eval_copies [--every 5] [--json out.json]

The BBC dev articles and the BASIL triplets (dated) go into a story index in
order, as the bot ingests them; exact repeats of a text are left out, as
ingest drops them. Then reprints are added: every --every-th article as
another site runs a syndicated report (a new headline, its last paragraph cut
when it has several, a credit line added). For each later article of a story,
its copy candidates (StoryIndex.copy_candidates: signatures much alike) and
the share of its runs of four words already in each (news.copies).

Rows, by kind of pair: reprints (each should be folded), BASIL's reports of one
event by other outlets (news from another newsroom: none should be), and the
BBC's pairs within a story (developments and rewritten versions; listed with
their headlines). Beside them, in the same run: the pairs whose signatures
are nearly alike (what /related once folded into "N sources" by itself), and
what /related folds now: those from another source (a rewrite) or with the
same words (newsroom._near_copy). Skips without ../shared.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from benchmarks.eval_related import NOW
from benchmarks.eval_summary import SHARED
from bot.news.copies import COPY_SHARE, copied_share, same_report
from bot.news.dates import check_published
from bot.news.related import COPY_SIMILARITY, DUPLICATE_SIMILARITY, StoryIndex, signature

CREDIT = "This story was first published by our partners. Additional reporting by wire services."


def load() -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    seen: set[str] = set()
    for name in ("dev/bbc_news_summary.jsonl", "dev/clusters_basil.jsonl"):
        with (SHARED / name).open(encoding="utf-8") as handle:
            for line in handle:
                row = json.loads(line)
                if row["text"] not in seen:  # ingest stores a text once
                    seen.add(row["text"])
                    rows.append(row)
    return rows


def reprint(row: dict[str, Any]) -> dict[str, Any]:
    """The report as another site runs it."""
    paragraphs = row["text"].split("\n\n")
    if len(paragraphs) > 2:
        paragraphs = paragraphs[:-1]
    return {
        **row,
        "title": "Wire: " + (row.get("title") or ""),
        "text": "\n\n".join([*paragraphs, CREDIT]),
        "reprint_of": row,
    }


def kind(a: dict[str, Any], b: dict[str, Any]) -> str:
    if b.get("reprint_of") is a:
        return "reprint"
    if a.get("cluster") and a.get("cluster") == b.get("cluster"):
        return "BASIL, another outlet"
    if b.get("reprint_of") or a.get("reprint_of"):
        return "reprint and another article"
    if a.get("cluster") or b.get("cluster"):
        return "BASIL and another article"
    return "BBC, same story"


# cosine, share (-1: not a candidate), earlier, later, whether /related folds them
Pair = tuple[float, float, int, int, bool]


def related_folds(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """/related's rule beyond the signatures (newsroom._near_copy): another
    source's rewrite, or the same words."""
    if a.get("source") and b.get("source") and a["source"] != b["source"]:
        return True
    return same_report(a["text"], b["text"])


def evaluate(rows: list[dict[str, Any]]) -> dict[str, list[Pair]]:
    index = StoryIndex()
    for i, row in enumerate(rows):
        published = check_published(row["published"], NOW)[0] if row.get("published") else None
        index.add(i, signature(row.get("title") or "", row["text"], published))
    pairs: dict[str, list[Pair]] = {}
    for later, row in enumerate(rows):
        candidates = set(index.copy_candidates(later))
        for earlier in index.members(index.story_of[later]):
            if earlier >= later:
                continue
            share = -1.0
            if earlier in candidates:
                share = copied_share(row["text"], rows[earlier]["text"])
            cosine = index.cosine(earlier, later)
            folds = cosine >= DUPLICATE_SIMILARITY and related_folds(rows[earlier], row)
            pair = (cosine, share, earlier, later, folds)
            pairs.setdefault(kind(rows[earlier], row), []).append(pair)
    return pairs


def summary(pairs: dict[str, list[Pair]]) -> dict[str, dict[str, Any]]:
    out = {}
    for name, found in sorted(pairs.items()):
        shares = [s for _, s, _, _, _ in found if s >= 0]
        out[name] = {
            "pairs": len(found),
            "signatures_alike": sum(c >= DUPLICATE_SIMILARITY for c, _, _, _, _ in found),
            "related_folds": sum(folds for *_, folds in found),
            "candidates": len(shares),
            "folded": sum(s >= COPY_SHARE for s in shares),
            "share_median": statistics.median(shares) if shares else None,
            "share_max": max(shares) if shares else None,
            "share_min": min(shares) if shares else None,
        }
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Copies folded from topic updates.")
    parser.add_argument("--every", type=int, default=5, help="reprint every n-th article")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    if not SHARED.is_dir():
        print(f"skipped: {SHARED} not found (the dev sets live in ../shared)")
        return 0
    rows = load()
    originals = len(rows)
    rows += [reprint(row) for row in rows[:: args.every]]
    pairs = evaluate(rows)
    result = summary(pairs)
    print(
        f"{originals:,} dev articles (exact repeats left out), {len(rows) - originals:,} reprints."
        f" /related folds signatures alike (cosine >= {DUPLICATE_SIMILARITY}) from another"
        " source, or with the same words;"
        f" candidates: cosine >= {COPY_SIMILARITY}; folded: a candidate with at least"
        f" {COPY_SHARE:.0%} of the later article's runs of four words in the earlier one\n"
    )
    print(
        "| pairs in one story | pairs | signatures alike (/related folded all) |"
        " /related folds | candidates | folded from updates |"
    )
    print("|---|---|---|---|---|---|")
    for name, r in result.items():
        cells = (
            r["pairs"],
            r["signatures_alike"],
            r["related_folds"],
            r["candidates"],
            r["folded"],
        )
        print(f"| {name} | " + " | ".join(f"{c:,}" for c in cells) + " |")
    print("\nshare of runs repeated, among candidates: min / median / max")
    for name, r in result.items():
        if r["candidates"]:
            print(
                f"- {name}: {r['share_min']:.2f} / {r['share_median']:.2f} / {r['share_max']:.2f}"
            )
    bbc = sorted(pairs.get("BBC, same story", []), key=lambda p: -p[1])
    print("\nBBC pairs sharing at least a third of their runs (* folded):")
    for _, share, earlier, later, _ in (p for p in bbc if p[1] >= 0.33):
        mark = "*" if share >= COPY_SHARE else " "
        print(f"{mark} {share:.2f}  {rows[earlier]['title'][:45]} | {rows[later]['title'][:45]}")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
