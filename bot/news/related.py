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

import math
import re
from array import array
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from operator import itemgetter

import numpy as np

from bot.news.text import normalize, stems, stems_of, word_stems, words

SIGNATURE_TERMS = 24
LEAD_WORDS = 80  # roughly the first three or four sentences
MAX_WORDS = 3000
MAX_TEXT = 20_000
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

# A word starting with a capital or a digit: \b[A-ZА-ЯЁ0-9][^\W_]*, written with
# the character class first (the word start is checked looking back) so that
# the regex engine can skip to candidates in C: twice as fast.
_NAME_OR_NUMBER = re.compile(r"[A-ZА-ЯЁ0-9](?<!\w\w)[^\W_]*")


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


def same_time(day: float | None, other: float | None) -> bool | None:
    """Published within STORY_DAYS of each other; None when a date is unknown."""
    if day is None or other is None:
        return None
    return abs(day - other) <= STORY_DAYS


def signature(
    title: str,
    text: str,
    published_at: str | None,
    stems_by_word: list[str] | None = None,
    title_stems: list[str] | None = None,
) -> Signature:
    """The stems that best say what an article is about, with weights.

    `published_at` is None when the article came without a date (its stored
    date is then only the time it was ingested, which says nothing).
    `stems_by_word` and `title_stems` are word_stems(words(text)) and
    stems(title) when the caller has them already.
    Built from counting passes in C (Counter over stems): ingest computes one
    per article.
    """
    if stems_by_word is None:
        stems_by_word = word_stems(words(text[:MAX_TEXT]))
    body = list(filter(None, stems_by_word))[:MAX_WORDS]
    lead = list(filter(None, stems_by_word[:LEAD_WORDS]))
    headline = title_stems if title_stems is not None else stems(title)
    names = " ".join(_NAME_OR_NUMBER.findall(text[:MAX_TEXT]))
    name_terms = stems_of(normalize(names).lower().split())
    # In half points, so that one count in C does it all: a word counts 2,
    # again in the lead 2 more, in the headline 6 more; a name or figure
    # (capitalised or a number) 1 more per mention. Scale goes with the norm.
    weights = Counter(body * 2 + lead * 2 + headline * 6 + name_terms)
    # most_common(n) without its Python-level heap: one C sort of ints (ties
    # keep their first-seen order either way).
    ranked = sorted(weights.items(), key=itemgetter(1), reverse=True)[:SIGNATURE_TERMS]
    top = [(t, float(w)) for t, w in ranked if len(t) > 1]
    norm = math.sqrt(sum(w * w for _, w in top)) or 1.0
    return Signature({t: w / norm for t, w in top}, _day(published_at))


def _day(published_at: str | None) -> float | None:
    if not published_at:
        return None
    try:
        moment = datetime.fromisoformat(published_at.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment.timestamp() / 86_400


class StoryIndex:
    """Signatures of stored articles, their stems' postings and their stories.

    Kept compact for stores of 100,000+ articles: stems are numbered, and
    signatures and postings live in typed arrays (array.array, viewed with
    numpy without copying) rather than in a dict per article. Scoring the
    candidates of a query is one vectorised add per query stem.
    """

    def __init__(self) -> None:
        self.story_of: dict[int, int] = {}
        self.stories: dict[int, list[int]] = {}
        self._slot: dict[int, int] = {}  # article id -> slot
        self._ids = array("q")  # slot -> article id
        self._days = array("d")  # slot -> day (nan when unknown)
        self._vocab: dict[str, int] = {}
        self._names: list[str] = []  # stem number -> stem
        self._terms = array("i")  # every signature's stem numbers, slot after slot
        self._weights = array("f")
        self._starts = array("q", [0])  # slot -> where its signature starts in _terms
        self._post_slots: list[array[int]] = []  # stem number -> slots holding it
        self._post_weights: list[array[float]] = []
        self._idf_cache: dict[int, float] = {}
        self._norm_cache: dict[int, float] = {}
        self._weighed_at = 0

    def __len__(self) -> int:
        return len(self._ids)

    def __contains__(self, article_id: int) -> bool:
        return article_id in self._slot

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
            close = same_time(sig.day, self.day_of(other))
            if close or (close is None and score >= UNDATED_SIMILARITY):
                story = self.story_of[other]
                break
        self._put(article_id, sig, story)
        return story

    def _put(self, article_id: int, sig: Signature, story: int) -> None:
        if article_id in self._slot:
            return  # already indexed (a re-read of the same rows)
        slot = len(self._ids)
        self._slot[article_id] = slot
        self._ids.append(article_id)
        self._days.append(math.nan if sig.day is None else sig.day)
        for term, weight in sig.terms.items():
            number = self._vocab.get(term)
            if number is None:
                number = self._vocab[term] = len(self._post_slots)
                self._names.append(term)
                self._post_slots.append(array("i"))
                self._post_weights.append(array("f"))
            self._terms.append(number)
            self._weights.append(weight)
            self._post_slots[number].append(slot)
            self._post_weights[number].append(weight)
        self._starts.append(len(self._terms))
        self.story_of[article_id] = story
        self.stories.setdefault(story, []).append(article_id)

    def day_of(self, article_id: int) -> float | None:
        day = self._days[self._slot[article_id]]
        return None if math.isnan(day) else day

    def signature_of(self, article_id: int) -> Signature | None:
        slot = self._slot.get(article_id)
        if slot is None:
            return None
        names = self._names
        a, b = self._starts[slot], self._starts[slot + 1]
        terms = {names[self._terms[i]]: self._weights[i] for i in range(a, b)}
        return Signature(terms, self.day_of(article_id))

    def _reweigh_if_grown(self) -> None:
        """Drop cached idf weights and norms once the index has grown by REWEIGH_GROWTH."""
        total = len(self._ids)
        if total > self._weighed_at * (1 + REWEIGH_GROWTH):
            self._idf_cache.clear()
            self._norm_cache.clear()
            self._weighed_at = total

    def _idf(self, number: int) -> float:
        """log(1 + N / (1 + df)) of a stem number."""
        value = self._idf_cache.get(number)
        if value is None:
            df = len(self._post_slots[number])
            value = self._idf_cache[number] = math.log1p(len(self._ids) / (1 + df))
        return value

    def _entries(self, slot: int) -> tuple[array[int], array[float]]:
        a, b = self._starts[slot], self._starts[slot + 1]
        return self._terms[a:b], self._weights[a:b]

    def _norm(self, slot: int) -> float:
        norm = self._norm_cache.get(slot)
        if norm is None:
            numbers, weights = self._entries(slot)
            idf = self._idf
            total = sum((w * idf(n)) ** 2 for n, w in zip(numbers, weights, strict=True))
            norm = self._norm_cache[slot] = math.sqrt(total) or 1.0
        return norm

    def similar(
        self, sig: Signature, limit: int = 20, exclude: int | None = None
    ) -> list[tuple[int, float]]:
        """Stored articles by cosine similarity of idf-weighted signatures, best first."""
        if not self._ids:
            return []
        self._reweigh_if_grown()
        unseen = math.log1p(len(self._ids))  # the idf of a stem no stored signature has
        norm_sq = 0.0
        known: list[tuple[int, float]] = []
        for term, weight in sig.terms.items():
            number = self._vocab.get(term)
            idf = unseen if number is None else self._idf(number)
            norm_sq += (weight * idf) ** 2
            if number is not None:
                known.append((number, weight * idf * idf))
        query_norm = math.sqrt(norm_sq) or 1.0
        skip_above = max(MIN_SKIP, int(len(self._ids) * COMMON_SHARE))
        slot_parts, weight_parts = [], []
        for number, factor in known:
            slots = self._post_slots[number]
            if len(slots) > skip_above:
                continue
            slot_parts.append(np.frombuffer(slots, np.int32))
            weight_parts.append(factor * np.frombuffer(self._post_weights[number], np.float32))
        if not slot_parts:
            return []
        # Each slot's summed postings, over only the slots the postings name (a
        # few thousand): an array per stored article would cost a scan of all.
        candidates, where = np.unique(np.concatenate(slot_parts), return_inverse=True)
        scores = np.bincount(where, np.concatenate(weight_parts))
        if exclude is not None and exclude in self._slot:
            mine = candidates != self._slot[exclude]
            candidates, scores = candidates[mine], scores[mine]
        if not len(candidates):
            return []
        keep = min(len(candidates), limit * 3)
        top = np.argpartition(-scores, keep - 1)[:keep]
        best, scores = candidates[top], scores[top]
        ids, norm = self._ids, self._norm
        scored = [
            (ids[slot], score / (query_norm * norm(slot)))
            for slot, score in zip(best.tolist(), scores.tolist(), strict=True)
        ]
        scored.sort(key=lambda pair: -pair[1])
        return scored[:limit]

    def members(self, story: int) -> list[int]:
        return list(self.stories.get(story, ()))

    def cosine(self, a: int, b: int) -> float:
        """Similarity of two indexed articles, with this index's idf weights."""
        self._reweigh_if_grown()
        slot_a, slot_b = self._slot[a], self._slot[b]
        numbers_a, weights_a = self._entries(slot_a)
        mine = dict(zip(numbers_a, weights_a, strict=True))
        numbers_b, weights_b = self._entries(slot_b)
        dot = 0.0
        for number, weight in zip(numbers_b, weights_b, strict=True):
            other = mine.get(number)
            if other is not None:
                idf = self._idf(number)
                dot += other * weight * idf * idf
        return dot / (self._norm(slot_a) * self._norm(slot_b)) if dot else 0.0
