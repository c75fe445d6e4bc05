"""Same-story groups and related articles, from compact article signatures.

A signature is an article's 24 most telling stems: words of the headline and
the lead count more, names and numbers (what makes an event this event) more
still. Similarity is the cosine of signatures with idf weights taken from
the signatures themselves. An article joins the story of its most similar
stored article when they are close enough and published within a few days
of each other: the same people and places on another date are another event.

StoryIndex keeps every signature in memory (postings per stem), so finding
candidates costs microseconds per shared stem rather than an FTS query.
"""

from __future__ import annotations

import heapq
import math
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from bot.news.sentences import split_sentences
from bot.news.text import cached_stem, normalize

SIGNATURE_TERMS = 24
LEAD_SENTENCES = 4
# Joining a story takes this much cosine similarity when both articles carry a
# real publication date at most STORY_DAYS apart; without dates to go by, the
# text alone must be closer (UNDATED_SIMILARITY).
STORY_SIMILARITY = 0.35
STORY_DAYS = 3.0
UNDATED_SIMILARITY = 0.5
DUPLICATE_SIMILARITY = 0.80  # the same report again: folded into one entry
# Stems in more signatures than this share (and at least MIN_SKIP) say little
# about which story an article belongs to; candidates are not looked up by them.
COMMON_SHARE = 0.01
MIN_SKIP = 300
# idf weights and signature norms are cached until the index grows this much.
REWEIGH_GROWTH = 0.02

_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


@dataclass(frozen=True)
class Signature:
    terms: dict[str, float]
    day: float | None  # days since the Unix epoch when published; None if unknown

    def encode(self) -> str:
        """Compact text form for storage: 'day|stem:weight stem:weight ...'."""
        pairs = " ".join(f"{t}:{w:.3g}" for t, w in self.terms.items())
        return f"{'' if self.day is None else f'{self.day:.4f}'}|{pairs}"

    @classmethod
    def decode(cls, data: str) -> Signature:
        day, _, pairs = data.partition("|")
        terms = {}
        for pair in pairs.split():
            term, _, weight = pair.rpartition(":")
            terms[term] = float(weight)
        return cls(terms, float(day) if day else None)

    def same_time(self, other: Signature) -> bool | None:
        """Published within STORY_DAYS of each other; None when a date is unknown."""
        if self.day is None or other.day is None:
            return None
        return abs(self.day - other.day) <= STORY_DAYS


def signature(title: str, text: str, published_at: str | None) -> Signature:
    """The stems that best say what an article is about, with weights.

    `published_at` is None when the article came without a date (its stored
    date is then only the time it was ingested, which says nothing).
    """
    weights: defaultdict[str, float] = defaultdict(float)
    _add(weights, title, 3.0)
    sentences = split_sentences(text[:20_000])
    for i, sentence in enumerate(sentences[:200]):
        _add(weights, sentence.text, 2.0 if i < LEAD_SENTENCES else 1.0)
    top = sorted(weights.items(), key=lambda pair: -pair[1])[:SIGNATURE_TERMS]
    norm = math.sqrt(sum(w * w for _, w in top)) or 1.0
    return Signature({t: w / norm for t, w in top}, _day(published_at))


def _add(weights: defaultdict[str, float], text: str, weight: float) -> None:
    for token in _TOKEN.findall(normalize(text)):
        low = token.lower().replace("’", "'")
        stem = cached_stem(low)
        if not stem or len(stem) < 2:
            continue
        boost = 1.5 if token[0].isupper() or token[0].isdigit() else 1.0
        weights[stem] += weight * boost


def _day(published_at: str | None) -> float | None:
    if not published_at:
        return None
    try:
        moment = datetime.fromisoformat(published_at.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment.timestamp() / 86_400


@dataclass
class StoryIndex:
    """Signatures of stored articles, their stems' postings and their stories."""

    signatures: dict[int, Signature] = field(default_factory=dict)
    postings: dict[str, list[tuple[int, float]]] = field(default_factory=dict)
    story_of: dict[int, int] = field(default_factory=dict)
    stories: dict[int, list[int]] = field(default_factory=dict)
    _idf: dict[str, float] = field(default_factory=dict, repr=False)
    _norms: dict[int, float] = field(default_factory=dict, repr=False)
    _weighed_at: int = 0

    def __len__(self) -> int:
        return len(self.signatures)

    def load(self, rows: Iterable[tuple[int, Signature, int | None]]) -> None:
        """Stored (id, signature, story) rows, in id order."""
        for article_id, sig, story in rows:
            self._put(article_id, sig, story if story is not None else article_id)

    def add(self, article_id: int, sig: Signature) -> int:
        """Index a new article and return its story (an existing one, or its own id)."""
        story = article_id
        for other, score in self.similar(sig, limit=5):
            if score < STORY_SIMILARITY:
                break
            same_time = sig.same_time(self.signatures[other])
            if same_time or (same_time is None and score >= UNDATED_SIMILARITY):
                story = self.story_of[other]
                break
        self._put(article_id, sig, story)
        return story

    def _put(self, article_id: int, sig: Signature, story: int) -> None:
        self.signatures[article_id] = sig
        for term, weight in sig.terms.items():
            self.postings.setdefault(term, []).append((article_id, weight))
        self.story_of[article_id] = story
        self.stories.setdefault(story, []).append(article_id)

    def idf(self, term: str) -> float:
        """log(1 + N / (1 + df)), cached until the index has grown by REWEIGH_GROWTH."""
        total = len(self.signatures)
        if total > self._weighed_at * (1 + REWEIGH_GROWTH):
            self._idf.clear()
            self._norms.clear()
            self._weighed_at = total
        value = self._idf.get(term)
        if value is None:
            value = self._idf[term] = math.log(1 + total / (1 + len(self.postings.get(term, ()))))
        return value

    def similar(
        self, sig: Signature, limit: int = 20, exclude: int | None = None
    ) -> list[tuple[int, float]]:
        """Stored articles by cosine similarity of idf-weighted signatures, best first."""
        skip_above = max(MIN_SKIP, int(len(self.signatures) * COMMON_SHARE))
        idf = {t: self.idf(t) for t in sig.terms}
        query = {t: w * idf[t] for t, w in sig.terms.items()}
        query_norm = math.sqrt(sum(v * v for v in query.values())) or 1.0
        dots: defaultdict[int, float] = defaultdict(float)
        for term, value in query.items():
            posting = self.postings.get(term)
            if not posting or len(posting) > skip_above:
                continue
            factor = value * idf[term]
            for other, weight in posting:
                dots[other] += factor * weight
        if exclude is not None:
            dots.pop(exclude, None)
        best = heapq.nlargest(limit * 3, dots.items(), key=lambda pair: pair[1])
        scored = []
        for other, dot in best:
            scored.append((other, dot / (query_norm * self._norm(other))))
        scored.sort(key=lambda pair: -pair[1])
        return scored[:limit]

    def _norm(self, article_id: int) -> float:
        norm = self._norms.get(article_id)
        if norm is None:
            norm = self._norm_of(self.signatures[article_id])
            self._norms[article_id] = norm
        return norm

    def _norm_of(self, sig: Signature) -> float:
        self.idf("")  # refresh the caches if the index has grown
        cached, idf = self._idf, self.idf
        total = 0.0
        for term, weight in sig.terms.items():
            value = cached.get(term) or idf(term)
            total += (weight * value) ** 2
        return math.sqrt(total) or 1.0

    def members(self, story: int) -> list[int]:
        return list(self.stories.get(story, ()))

    def cosine(self, a: int, b: int) -> float:
        """Similarity of two indexed articles, with this index's idf weights."""
        ta, tb = self.signatures[a].terms, self.signatures[b].terms
        shared = ta.keys() & tb.keys()
        if not shared:
            return 0.0
        cached, idf = self._idf, self.idf
        dot = 0.0
        for term in shared:
            value = cached.get(term) or idf(term)
            dot += ta[term] * tb[term] * value * value
        return dot / (self._norm(a) * self._norm(b))
