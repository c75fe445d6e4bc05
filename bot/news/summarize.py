"""Extractive summaries: whole sentences of the article, in the article's order.

A news lead is hard to beat, so position is the backbone of the score. On top
of it: how central a sentence is (its similarity to the rest of the article,
LexRank-style), how much it shares with the headline, and a penalty for
repeating what an already chosen sentence says (MMR). Weights were tuned on
the dev sets with human-written references (see benchmarks/eval_summary.py).
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

from bot.news.sentences import Sentence, is_heading, split_sentences
from bot.news.text import stems

# Work is capped on huge texts: only this much text and this many sentences
# are considered (a summary comes from the top of an article anyway).
MAX_CHARS = 60_000
MAX_SENTENCES = 150
MIN_WORDS = 4
MAX_WORDS = 90
NEAR_DUPLICATE = 0.9  # cosine above which two sentences count as one


@dataclass(frozen=True)
class SummaryConfig:
    """Score weights. The defaults won a grid search on the three dev sets with
    human references (CNN highlights, freelance writers, Wikinews): the one
    setting that beat Lead-3 on ROUGE-1 and ROUGE-2 on all three."""

    position: float = 1.0
    decay: float = 0.2  # position score is exp(-decay * index)
    centrality: float = 0.9
    headline: float = 0.5
    redundancy: float = 0.1
    first_bonus: float = 0.0


DEFAULT = SummaryConfig()


@dataclass(frozen=True)
class Candidate:
    sentence: Sentence
    index: int  # among candidates, in article order
    terms: Counter[str]


def candidates(text: str, sentences: list[Sentence] | None = None) -> list[Candidate]:
    """The sentences a summary may use: prose, neither tiny nor run-on."""
    if sentences is None:
        sentences = split_sentences(text[:MAX_CHARS])
    chosen: list[Candidate] = []
    for sentence in sentences[:MAX_SENTENCES]:
        n_words = len(sentence.text.split())
        if is_heading(sentence) or not MIN_WORDS <= n_words <= MAX_WORDS:
            continue
        terms = Counter(stems(sentence.text))
        if terms:
            chosen.append(Candidate(sentence, len(chosen), terms))
    return chosen


def summarize(
    text: str,
    title: str | None = None,
    count: int = 3,
    max_chars: int | None = None,
    config: SummaryConfig = DEFAULT,
    sentences: list[Sentence] | None = None,
) -> list[Sentence]:
    """Up to `count` sentences (or as many as fit in `max_chars`), in article order.

    `sentences` may be given when the caller has split the text already.
    """
    pool = candidates(text, sentences)
    if not pool:
        return _fallback(text, count)
    weights = _idf(pool)
    vectors = [_unit(c.terms, weights) for c in pool]
    scores = _scores(pool, vectors, weights, title, config)
    picked = _select(pool, vectors, scores, count, max_chars, config)
    return [c.sentence for c in sorted(picked, key=lambda c: c.index)]


def _fallback(text: str, count: int) -> list[Sentence]:
    """No prose sentence (a list, a table, one line): the first lines as they are."""
    return [s for s in split_sentences(text[:MAX_CHARS]) if s.text.strip()][:count]


def _scores(
    pool: list[Candidate],
    vectors: list[dict[str, float]],
    weights: dict[str, float],
    title: str | None,
    config: SummaryConfig,
) -> list[float]:
    centrality = _centrality(vectors)
    headline = _unit(Counter(stems(title)), weights) if title else {}
    scores = []
    for c, vector, central in zip(pool, vectors, centrality, strict=True):
        score = config.position * math.exp(-config.decay * c.index)
        score += config.centrality * central
        score += config.headline * _dot(vector, headline)
        if c.index == 0:
            score += config.first_bonus
        scores.append(score)
    return scores


def _idf(pool: list[Candidate]) -> dict[str, float]:
    """Inverse sentence frequency within the article: words every sentence has say little."""
    n = len(pool)
    df: Counter[str] = Counter()
    for c in pool:
        df.update(c.terms.keys())
    return {t: math.log(1 + n / d) for t, d in df.items()}


def _unit(terms: Counter[str], weights: dict[str, float]) -> dict[str, float]:
    vector = {t: (1 + math.log(f)) * weights.get(t, 1.0) for t, f in terms.items()}
    norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
    return {t: v / norm for t, v in vector.items()}


def _dot(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b[t] for t, v in a.items() if t in b)


def _centrality(vectors: list[dict[str, float]]) -> list[float]:
    """Each sentence's summed similarity to the others, scaled to 0..1.

    Summed term by term over the sentences sharing each term, which is far
    less work than all pairs: most words occur in one or two sentences.
    """
    n = len(vectors)
    if n < 2:
        return [1.0] * n
    postings: dict[str, list[tuple[int, float]]] = {}
    for i, vector in enumerate(vectors):
        for term, weight in vector.items():
            postings.setdefault(term, []).append((i, weight))
    totals = [0.0] * n
    for entries in postings.values():
        if len(entries) < 2:
            continue
        mass = sum(w for _, w in entries)
        for i, w in entries:
            totals[i] += w * (mass - w)
    top = max(totals) or 1.0
    return [t / top for t in totals]


def _select(
    pool: list[Candidate],
    vectors: list[dict[str, float]],
    scores: list[float],
    count: int,
    max_chars: int | None,
    config: SummaryConfig,
) -> list[Candidate]:
    """Greedy MMR: best score, less the similarity to what is already chosen."""
    chosen: list[int] = []
    used = 0
    remaining = set(range(len(pool)))
    while remaining and len(chosen) < count:

        def value(i: int) -> float:
            overlap = max((_dot(vectors[i], vectors[j]) for j in chosen), default=0.0)
            return scores[i] - config.redundancy * overlap

        best = max(remaining, key=value)
        remaining.discard(best)
        if any(_dot(vectors[best], vectors[j]) > NEAR_DUPLICATE for j in chosen):
            continue  # the same sentence again (wire copy pasted twice, a repeated quote)
        length = len(pool[best].sentence.text)
        if max_chars is not None and chosen and used + length > max_chars:
            continue
        chosen.append(best)
        used += length + 1
    return [pool[i] for i in chosen]


@dataclass(frozen=True)
class SourcedSentence:
    """A sentence of a multi-article summary and the article it comes from."""

    source: int
    sentence: Sentence


def topic_summary(
    articles: list[tuple[int, str | None, str]],
    query: str,
    count: int = 5,
    per_article: int = 12,
    config: SummaryConfig = DEFAULT,
) -> list[SourcedSentence]:
    """The most central, non-redundant sentences across articles on one topic.

    `articles` are (id, title, text), best match first. Each article offers
    its first `per_article` prose sentences; a sentence scores by its
    position in its article, its centrality across all of them and how much
    it shares with the query words. At most two sentences come from any one
    article, and the result keeps the articles' order, then each article's.
    """
    pool: list[Candidate] = []
    owners: list[tuple[int, int]] = []  # (article rank, article id) per candidate
    for rank, (article_id, _, text) in enumerate(articles):
        for c in candidates(text)[:per_article]:
            pool.append(c)
            owners.append((rank, article_id))
    if not pool:
        return []
    weights = _idf(pool)
    vectors = [_unit(c.terms, weights) for c in pool]
    centrality = _centrality(vectors)
    wanted = _unit(Counter(stems(query)), weights)
    scores = [
        config.position * math.exp(-config.decay * c.index)
        + config.centrality * central
        + config.headline * _dot(vector, wanted)
        - 0.05 * owners[i][0]
        for i, (c, vector, central) in enumerate(zip(pool, vectors, centrality, strict=True))
    ]
    chosen: list[int] = []
    taken: Counter[int] = Counter()
    for i in sorted(range(len(pool)), key=lambda i: -scores[i]):
        if len(chosen) == count:
            break
        if taken[owners[i][1]] >= 2:
            continue
        if any(_dot(vectors[i], vectors[j]) > 0.5 for j in chosen):
            continue  # says what a chosen sentence says
        chosen.append(i)
        taken[owners[i][1]] += 1
    chosen.sort(key=lambda i: (owners[i][0], pool[i].sentence.start))
    return [SourcedSentence(owners[i][1], pool[i].sentence) for i in chosen]
