"""Summary quality (ROUGE) and speed against Lead-k and sumy, on the dev sets.

    python -m benchmarks.eval_summary [--sentences 3] [--limit N] [--json out.json]

Reads ../shared/data (skips cleanly when it is absent). Every method gets the
same sentences from bot.news.sentences, so the comparison is of choosing, not
of splitting. ROUGE F1 x 100 from rouge-score with stemming, candidate and
reference joined by newlines (RLsum is the paper-style ROUGE-L).
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from bot.news.sentences import split_sentences
from bot.news.summarize import summarize

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
SETS = {
    "cnn": ("dev/cnndm_val_cnn.jsonl", "CNN highlights (human)"),
    "writers": ("dev/writers_cnndm_xsum.jsonl", "freelance writers (human)"),
    "wikinews": ("corpus/wikinews_gum.jsonl", "Wikinews/GUM (human)"),
    "bbc": ("dev/bbc_news_summary.jsonl", "BBC (extracted; regression only)"),
}
METRICS = ("rouge1", "rouge2", "rougeL", "rougeLsum")
Method = Callable[[dict[str, Any], int], list[str]]


def load(name: str, limit: int | None) -> list[dict[str, Any]]:
    path = SHARED / SETS[name][0]
    with path.open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle]
    return rows[:limit] if limit else rows


def lead(row: dict[str, Any], k: int) -> list[str]:
    return [s.text for s in split_sentences(row["text"])][:k]


def newsroom(row: dict[str, Any], k: int) -> list[str]:
    return [s.text for s in summarize(row["text"], row.get("title"), k)]


def sumy_method(kind: str) -> Method:
    """A sumy summarizer fed our sentences (sumy's own splitter needs NLTK data)."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
    from sumy.nlp.stemmers import Stemmer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.lsa import LsaSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer
    from sumy.utils import get_stop_words

    class Words:
        language = "english"

        def to_words(self, sentence: str) -> list[str]:
            return re.findall(r"[^\W_]+(?:'[^\W_]+)*", sentence)

    classes = {"lexrank": LexRankSummarizer, "textrank": TextRankSummarizer, "lsa": LsaSummarizer}
    summarizer = classes[kind](Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    words = Words()

    def run(row: dict[str, Any], k: int) -> list[str]:
        sentences = [Sentence(s.text, words) for s in split_sentences(row["text"])]
        document = ObjectDocumentModel([Paragraph(sentences)])
        return [str(s) for s in summarizer(document, k)]

    return run


def evaluate(rows: list[dict[str, Any]], method: Method, k: int) -> dict[str, float]:
    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)
    totals = {m: 0.0 for m in METRICS}
    times = []
    for row in rows:
        start = time.perf_counter()
        chosen = method(row, k)
        times.append(time.perf_counter() - start)
        scores = scorer.score(row["summary"], "\n".join(chosen))
        for m in METRICS:
            totals[m] += scores[m].fmeasure
    result = {m: 100 * totals[m] / len(rows) for m in METRICS}
    result["ms_median"] = statistics.median(times) * 1000
    result["ms_mean"] = statistics.mean(times) * 1000
    return result


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Summary quality against Lead-k and sumy.")
    parser.add_argument("--sentences", type=int, default=3)
    parser.add_argument("--limit", type=int, help="only the first N articles of each set")
    parser.add_argument("--sets", nargs="+", default=list(SETS), choices=list(SETS))
    parser.add_argument(
        "--methods", nargs="+", default=["lead", "newsroom", "lexrank", "textrank", "lsa"]
    )
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    if not SHARED.is_dir():
        print(f"skipped: {SHARED} not found (the dev sets live in ../shared)")
        return 0
    methods: dict[str, Method] = {"lead": lead, "newsroom": newsroom}
    results: dict[str, dict[str, dict[str, float]]] = {}
    print(f"k = {args.sentences} sentences; ROUGE F1 x 100 (rouge-score, stemmed)\n")
    print("| set | method | R1 | R2 | RL | RLsum | ms/article (median) |")
    print("|---|---|---|---|---|---|---|")
    for name in args.sets:
        rows = load(name, args.limit)
        results[name] = {}
        for method in args.methods:
            fn = methods.get(method) or sumy_method(method)
            r = evaluate(rows, fn, args.sentences)
            results[name][method] = r
            print(
                f"| {name} (n={len(rows)}) | {method} | {r['rouge1']:.2f} | {r['rouge2']:.2f} "
                f"| {r['rougeL']:.2f} | {r['rougeLsum']:.2f} | {r['ms_median']:.2f} |",
                flush=True,
            )
    if "lead" in args.methods and "newsroom" in args.methods:
        print("\nnewsroom minus lead (R1 / R2):")
        for name, by in results.items():
            d1 = by["newsroom"]["rouge1"] - by["lead"]["rouge1"]
            d2 = by["newsroom"]["rouge2"] - by["lead"]["rouge2"]
            print(f"- {name}: {d1:+.2f} / {d2:+.2f}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
