"""Extractive summaries: whole sentences of the article, in the article's order.

A news lead is hard to beat, so position is the backbone of the score. On top
of it: how central a sentence is (its similarity to the rest of the article,
LexRank-style), how much it shares with the headline, and a penalty for
repeating what an already chosen sentence says (MMR). Weights were tuned on
the dev sets with human-written references (see benchmarks/eval_summary.py).
"""

from __future__ import annotations

import itertools
import math
from collections import Counter
from dataclasses import dataclass

import numpy as np

from bot.news.sentences import Sentence, has_words, split_sentences
from bot.news.text import stems

# Work is capped on huge texts: only this much text and this many sentences
# are considered (a summary comes from the top of an article anyway).
MAX_CHARS = 60_000
MAX_SENTENCES = 150
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


def candidates(text: str, sentences: list[Sentence] | None = None) -> list[Sentence]:
    """The sentences a summary may use, in article order: prose, neither tiny
    nor run-on, with terms to compare."""
    if sentences is None:
        sentences = split_sentences(text[:MAX_CHARS])
    return [
        sentence
        for sentence in sentences[:MAX_SENTENCES]
        if sentence.is_prose and has_words(sentence.text, 0, MAX_WORDS) and sentence.terms
    ]


class _Space:
    """Candidate sentences as unit-length tf-idf vectors, kept sparse.

    The idf is within the text (sentence frequency): words every sentence has
    say little. A vector is its (sentence, term, weight) triples, sorted by
    sentence, so a dot product of every sentence with one vector is a single
    np.bincount. No sentences x words matrix (most words are in one sentence
    only) and no sentences x sentences one: a summary needs the similarities
    of the few sentences it picks, and the centrality is a sum that factors.
    """

    def __init__(self, pool: list[Sentence]) -> None:
        every = list(itertools.chain.from_iterable(s.terms for s in pool))
        vocabulary = {term: number for number, term in enumerate(dict.fromkeys(every))}
        n, size = len(pool), len(vocabulary)
        ids = np.fromiter(map(vocabulary.__getitem__, every), dtype=np.intp, count=len(every))
        lengths = np.fromiter((len(s.terms) for s in pool), dtype=np.intp, count=n)
        pairs, counts = np.unique(np.repeat(np.arange(n), lengths) * size + ids, return_counts=True)
        self.sentence, self.term = np.divmod(pairs, size)
        self.vocabulary = vocabulary
        self.idf = np.log1p(n / np.bincount(self.term, minlength=size))
        weights = (1.0 + np.log(counts)) * self.idf[self.term]
        norms = np.sqrt(np.bincount(self.sentence, weights=weights * weights, minlength=n))
        self.weight = weights / norms[self.sentence]
        self.bounds = np.searchsorted(self.sentence, np.arange(n + 1)).tolist()

    def __len__(self) -> int:
        return len(self.bounds) - 1

    def dot(self, vector: np.ndarray) -> np.ndarray:
        """Each sentence's dot product with a vector over the vocabulary."""
        products = self.weight * vector[self.term]
        return np.bincount(self.sentence, weights=products, minlength=len(self))

    def similarities(self, i: int) -> np.ndarray:
        """The cosine of sentence i with each sentence (itself included, at 1)."""
        vector = np.zeros(len(self.vocabulary))
        start, end = self.bounds[i], self.bounds[i + 1]
        vector[self.term[start:end]] = self.weight[start:end]
        return self.dot(vector)

    def centrality(self) -> np.ndarray:
        """Each sentence's summed similarity to the others, scaled to 0..1:
        its dot product with the sum of all vectors, less its own (1)."""
        if len(self) < 2:
            return np.ones(len(self))
        summed = np.bincount(self.term, weights=self.weight, minlength=len(self.vocabulary))
        totals: np.ndarray = self.dot(summed) - 1.0
        top = float(totals.max())
        return totals / top if top > 0 else totals

    def closeness(self, terms: list[str]) -> np.ndarray:
        """Each sentence's cosine with an outside text (a headline, a query).
        Its words absent from the sentences count at weight 1 in its length."""
        vector = np.zeros(len(self.vocabulary))
        outside = 0.0
        for term, count in Counter(terms).items():
            weight = 1.0 + math.log(count)
            number = self.vocabulary.get(term)
            if number is None:
                outside += weight * weight
            else:
                vector[number] = weight * self.idf[number]
        norm = math.sqrt(float(vector @ vector) + outside)
        return self.dot(vector) / norm if norm else np.zeros(len(self))


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
    space = _Space(pool)
    scores = config.position * np.exp(-config.decay * np.arange(len(pool)))
    scores += config.centrality * space.centrality()
    if title:
        scores += config.headline * space.closeness(stems(title))
    scores[0] += config.first_bonus
    picked = _select(pool, space, scores, count, max_chars, config)
    return [pool[i] for i in sorted(picked)]


def _fallback(text: str, count: int) -> list[Sentence]:
    """No prose sentence (a list, a table, one line): the first lines as they are."""
    return [s for s in split_sentences(text[:MAX_CHARS]) if s.text.strip()][:count]


def _select(
    pool: list[Sentence],
    space: _Space,
    scores: np.ndarray,
    count: int,
    max_chars: int | None,
    config: SummaryConfig,
) -> list[int]:
    """Greedy MMR: best score, less the similarity to what is already chosen.
    The chosen sentences' places in the pool, best first."""
    chosen: list[int] = []
    rows: list[np.ndarray] = []  # each chosen sentence's similarities
    used = 0
    alive = np.ones(len(pool), dtype=bool)
    overlap = np.zeros(len(pool))  # each sentence's highest similarity to a chosen one
    while alive.any() and len(chosen) < count:
        best = int(np.where(alive, scores - config.redundancy * overlap, -np.inf).argmax())
        alive[best] = False
        if any(row[best] > NEAR_DUPLICATE for row in rows):
            continue  # the same sentence again (wire copy pasted twice, a repeated quote)
        length = len(pool[best].text)
        if max_chars is not None and chosen and used + length > max_chars:
            continue
        chosen.append(best)
        rows.append(space.similarities(best))
        overlap = np.maximum(overlap, rows[-1])
        used += length + 1
    return chosen


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
    pool: list[Sentence] = []
    places: list[int] = []  # each candidate's place among its article's candidates
    owners: list[tuple[int, int]] = []  # (article rank, article id) per candidate
    for rank, (article_id, _, text) in enumerate(articles):
        for place, sentence in enumerate(candidates(text)[:per_article]):
            pool.append(sentence)
            places.append(place)
            owners.append((rank, article_id))
    if not pool:
        return []
    space = _Space(pool)
    scores = config.position * np.exp(-config.decay * np.array(places))
    scores += config.centrality * space.centrality()
    scores += config.headline * space.closeness(stems(query))
    scores -= 0.05 * np.array([rank for rank, _ in owners])
    chosen: list[int] = []
    rows: list[np.ndarray] = []  # each chosen sentence's similarities
    taken: Counter[int] = Counter()
    for i in sorted(range(len(pool)), key=lambda i: -float(scores[i])):
        if len(chosen) == count:
            break
        if taken[owners[i][1]] >= 2:
            continue
        if any(row[i] > 0.5 for row in rows):
            continue  # says what a chosen sentence says
        chosen.append(i)
        rows.append(space.similarities(i))
        taken[owners[i][1]] += 1
    chosen.sort(key=lambda i: (owners[i][0], pool[i].start))
    return [SourcedSentence(owners[i][1], pool[i]) for i in chosen]
