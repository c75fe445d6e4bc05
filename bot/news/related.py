"""Same-story groups and related articles, from compact article signatures.

A signature is an article's 24 most telling stems: words of the headline and
the lead count more, names and numbers (what makes an event this event) more
still. Similarity is the cosine of signatures with idf weights taken from
the signatures themselves. An article joins the story of its most similar
stored article when they are close enough and published within a few days
of each other: the same people and places on another date are another event.

Reports in another language share no stems, so a signature also carries the
article's language-neutral keys (names, numbers, months: see crosslingual),
and an article that found no story in its own language looks for one among
the other languages' articles by those keys.

StoryIndex keeps every signature in memory (postings per stem), so finding
candidates costs microseconds per shared stem rather than an FTS query.
"""

from __future__ import annotations

import contextlib
import math
from array import array
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from operator import itemgetter

import numpy as np

from bot.news.crosslingual import bridge_keys, names_and_numbers
from bot.news.sentences import story_end
from bot.news.text import (
    detect_language,
    languages_differ,
    normalize,
    stems,
    stems_of,
    word_stems,
    words,
)

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
# Two reports of one event share several things: its people, places, figures
# and what happened. Articles that share only one name ("North Korea", "Hamm")
# are other stories, however alike their signatures: joining takes at least
# STORY_SHARED distinct stems in common, each adding at least STORY_SHARE_LEAST
# of the cosine (not "cnn" or "one"), and a stem's family counting once ("korea",
# "korean"). On the CNN dev set's 239 joins this parts 6 of the 27 we read as
# wrong and 1 of the 26 right ones (a report that shared only "Durst" with the
# one report of its story within STORY_DAYS); it parts none of BASIL's 199
# same-story joins (benchmarks/eval_related.py, story_pairs_cnn.tsv).
STORY_SHARED = 3
STORY_SHARE_LEAST = 0.005
DUPLICATE_SIMILARITY = 0.80  # the same report again: folded into one entry
# A new article may copy an earlier one of its story this alike: looser than
# DUPLICATE_SIMILARITY, as a reprint's new headline and credit line move its
# signature (benchmarks/eval_copies.py: 0.66-0.80 for 24 of 479 reprints).
# The words decide (news.copies). At most the latest COPY_CANDIDATES of a
# story are compared: a long-running story has hundreds.
COPY_SIMILARITY = 0.6
COPY_CANDIDATES = 50
# Joining a story in another language, by the cosine of keys: names and figures
# alone must agree more than words do. Chosen on BASIL's same-story triplets
# with keys only (benchmarks/eval_related.py, "keys only" rows): the best match
# above 0.3 within STORY_DAYS was of the same story 99.7% of the time; without
# dates, above 0.6, 96.9%.
CROSS_STORY_SIMILARITY = 0.3
CROSS_UNDATED_SIMILARITY = 0.6
# One shared name is no link: a rugby player called Calder is not the town of
# Колдер (the one article of the dev sets a Russian demo report was related to).
MIN_SHARED_KEYS = 2
# Stems in more signatures than this share (and at least MIN_SKIP) say little
# about which story an article belongs to; candidates are not looked up by them.
COMMON_SHARE = 0.01
MIN_SKIP = 300
# idf weights and signature norms are cached until the index grows this much.
REWEIGH_GROWTH = 0.02
# Subjects are compared with each stem's weight flattened to this power (see
# StoryIndex.same_subject): 1 is the weights as they are, 0 the stems as a set.
FLAT_POWER = 0.25


@dataclass(frozen=True)
class Signature:
    terms: dict[str, float]
    day: float | None  # days since the Unix epoch when published; None if unknown
    language: str = ""
    keys: dict[str, float] = field(default_factory=dict)  # crosslingual.bridge_keys

    def encode(self) -> str:
        """Compact text form for storage: 'day|stem:weight ...|language|key:weight ...'."""
        day = "" if self.day is None else f"{self.day:.4f}"
        return f"{day}|{_pairs(self.terms)}|{self.language}|{_pairs(self.keys)}"

    @classmethod
    def decode(cls, data: str) -> Signature:
        """The stored form; one without language and keys (before they were
        added) decodes with none, and the store recomputes those."""
        day, terms, language, keys = [*data.split("|", 3), "", ""][:4]
        return cls(_weights(terms), float(day) if day else None, language, _weights(keys))


def _pairs(weights: dict[str, float]) -> str:
    return " ".join(f"{t}:{w:.3g}" for t, w in weights.items())


def _weights(pairs: str) -> dict[str, float]:
    """'term:weight term:weight' -> {term: weight}, split in C (terms have no ':')."""
    items = pairs.replace(":", " ").split()
    try:
        return dict(zip(items[::2], map(float, items[1::2]), strict=True))
    except ValueError:  # not as this module writes it: keep the pairs that read
        found = {}
        for pair in pairs.split():
            term, _, weight = pair.rpartition(":")
            with contextlib.suppress(ValueError):
                found[term] = float(weight)
        return found


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
    language: str | None = None,
) -> Signature:
    """The stems that best say what an article is about, with weights.

    `published_at` is None when the article came without a date (its stored
    date is then only the time it was ingested, which says nothing).
    `stems_by_word`, `title_stems` and `language` are word_stems(words(text)),
    stems(title) and detect_language(text) when the caller has them already.
    Built from counting passes in C (Counter over stems): ingest computes one
    per article.
    """
    end = story_end(text)
    if end < len(text):  # the credit lines' reporters are not what it is about
        if stems_by_word is not None:
            stems_by_word = stems_by_word[: len(stems_by_word) - len(words(text[end:]))]
        text = text[:end]
    if stems_by_word is None:
        stems_by_word = word_stems(words(text[:MAX_TEXT]))
    body = list(filter(None, stems_by_word))[:MAX_WORDS]
    lead = list(filter(None, stems_by_word[:LEAD_WORDS]))
    headline = title_stems if title_stems is not None else stems(title)
    capitalised = names_and_numbers(text[:MAX_TEXT])
    names = " ".join(capitalised)
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
    return Signature(
        {t: w / norm for t, w in top},
        _day(published_at),
        language or detect_language(text),
        bridge_keys(title, text, capitalised),
    )


def _day(published_at: str | None) -> float | None:
    if not published_at:
        return None
    try:
        moment = datetime.fromisoformat(published_at.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment.timestamp() / 86_400


_NO_SLOTS = array("i")


class _Family:
    """Parts of one collection of postings (keys, by language): its size, and
    the idf weights of its terms, which all parts share."""

    def __init__(self) -> None:
        self.parts: list[_Postings] = []
        self.size = 0
        self.generation = 0  # bumped whenever cached weights go stale
        self._idf: dict[str, float] = {}
        self._weighed_at = 0

    def reweigh_if_grown(self) -> None:
        """Drop cached idf weights once the collection has grown by REWEIGH_GROWTH."""
        if self.size > self._weighed_at * (1 + REWEIGH_GROWTH):
            self._idf.clear()
            self._weighed_at = self.size
            self.generation += 1

    def idf(self, term: str) -> float:
        """log(1 + N / (1 + df)) of a term, over all parts."""
        value = self._idf.get(term)
        if value is None:
            df = sum(len(p.postings(term)) for p in self.parts)
            value = self._idf[term] = math.log1p(self.size / (1 + df))
        return value


class _Postings:
    """Weighted terms of every slot, and each term's postings: cosine search.

    Kept compact for stores of 100,000+ articles: terms are numbered, and
    entries and postings live in typed arrays (array.array, viewed with numpy
    without copying) rather than in a dict per article. Scoring the
    candidates of a query is one vectorised add per query term.

    Postings may be kept in parts (one per language) of a _Family, which
    weighs their terms as one collection.
    """

    def __init__(self, family: _Family | None = None) -> None:
        self._family = family if family is not None else _Family()
        self._family.parts.append(self)
        self.vocab: dict[str, int] = {}
        self._names: list[str] = []  # term number -> term
        self._terms = array("i")  # every slot's term numbers, slot after slot
        self._weights = array("f")
        self._starts = array("q", [0])  # slot -> where its entries start in _terms
        self._post_slots: list[array[int]] = []  # term number -> slots holding it
        self._post_weights: list[array[float]] = []
        # Weights as of the family's last reweighing, by term number and by slot;
        # terms and slots added since are weighed on first use (the caches).
        # Norms are kept twice: of the weights, and of the weights flattened (FLAT_POWER).
        self._idf_at = array("d")
        self._norm_at = (array("d"), array("d"))
        self._idf_cache: dict[int, float] = {}
        self._norm_cache: tuple[dict[int, float], dict[int, float]] = ({}, {})
        self._entry_maps: dict[int, dict[int, float]] = {}  # slot -> its terms, for cosine()
        self._marks = np.zeros(0, np.int32)  # scratch for _distinct
        self._generation = 0

    def __len__(self) -> int:
        return len(self._starts) - 1

    def add(self, terms: dict[str, float]) -> None:
        """The next slot's entries (every slot is added, with no terms if need be)."""
        slot = len(self)
        vocab, post_slots, post_weights = self.vocab, self._post_slots, self._post_weights
        numbers = []
        for term, weight in terms.items():
            number = vocab.get(term)
            if number is None:
                number = vocab[term] = len(post_slots)
                self._names.append(term)
                post_slots.append(array("i"))
                post_weights.append(array("f"))
            numbers.append(number)
            post_slots[number].append(slot)
            post_weights[number].append(weight)
        self._terms.extend(numbers)
        self._weights.extend(terms.values())
        self._starts.append(len(self._terms))
        self._family.size += 1

    def postings(self, term: str) -> array[int]:
        number = self.vocab.get(term)
        return _NO_SLOTS if number is None else self._post_slots[number]

    def idf(self, term: str) -> float:
        number = self.vocab.get(term)
        return self._family.idf(term) if number is None else self._idf(number)

    def terms_of(self, slot: int) -> dict[str, float]:
        names = self._names
        a, b = self._starts[slot], self._starts[slot + 1]
        return {names[self._terms[i]]: self._weights[i] for i in range(a, b)}

    def _reweigh_if_grown(self) -> None:
        family = self._family
        family.reweigh_if_grown()
        if self._generation != family.generation:
            self._reweigh()
            self._generation = family.generation

    def _reweigh(self) -> None:
        """Every term's idf and every slot's norm, in a few passes of numpy: a few
        milliseconds per 20,000 articles, once per REWEIGH_GROWTH of growth,
        where recomputing the dropped norms one by one in Python, as candidates
        came up, took most of the time of grouping."""
        df = np.fromiter(map(len, self._post_slots), np.float64, len(self._post_slots))
        for other in self._family.parts:
            if other is not self:
                df += other.df_of(self.vocab)
        idf = np.log1p(self._family.size / (1 + df))
        starts = np.frombuffer(self._starts, np.int64)
        slot_of_entry = np.repeat(np.arange(len(self)), np.diff(starts))
        idf_of_entry = idf[np.frombuffer(self._terms, np.int32)]
        raw = np.frombuffer(self._weights, np.float32)
        weights, flat = raw * idf_of_entry, raw**FLAT_POWER * idf_of_entry
        norms = [
            np.sqrt(np.bincount(slot_of_entry, weights * weights, minlength=len(self))),
            np.sqrt(np.bincount(slot_of_entry, flat * flat, minlength=len(self))),
        ]
        for norm in norms:
            norm[norm == 0] = 1.0
        self._idf_at = array("d", idf.tobytes())
        self._norm_at = (array("d", norms[0].tobytes()), array("d", norms[1].tobytes()))
        self._idf_cache.clear()
        for cache in self._norm_cache:
            cache.clear()

    def df_of(self, vocab: dict[str, int]) -> np.ndarray:
        """How many of this part's slots hold each term of another part's
        vocabulary (by that part's term numbers), read from the smaller vocabulary."""
        df = np.zeros(len(vocab))
        if len(vocab) <= len(self.vocab):
            for term, theirs in vocab.items():
                number = self.vocab.get(term)
                if number is not None:
                    df[theirs] = len(self._post_slots[number])
        else:
            for term, mine in self.vocab.items():
                found = vocab.get(term)
                if found is not None:
                    df[found] = len(self._post_slots[mine])
        return df

    def _idf(self, number: int) -> float:
        if number < len(self._idf_at):
            return self._idf_at[number]
        value = self._idf_cache.get(number)
        if value is None:
            value = self._idf_cache[number] = self._family.idf(self._names[number])
        return value

    def _query(
        self, query: dict[str, float], min_shared: int = 1, flat: bool = False
    ) -> tuple[list[tuple[int, float]], float]:
        """The query's terms this part has, each as (number, weight * idf^2), and
        the norm of the query's idf-weighted vector (0.0 when it has fewer than
        `min_shared` of them: a part in another language often has none, and
        the norm is then not needed). `flat`: weights to the FLAT_POWER."""
        vocab = self.vocab
        numbers = [(vocab.get(term), w**FLAT_POWER if flat else w) for term, w in query.items()]
        if sum(number is not None for number, _ in numbers) < min_shared:
            return [], 0.0
        norm_sq = 0.0
        known: list[tuple[int, float]] = []
        for (number, weight), term in zip(numbers, query, strict=True):
            if number is not None:
                idf = self._idf(number)
                known.append((number, weight * idf * idf))
            else:
                idf = self._family.idf(term)
            norm_sq += (weight * idf) ** 2
        return known, math.sqrt(norm_sq) or 1.0

    def _entries(self, slot: int) -> tuple[array[int], array[float]]:
        a, b = self._starts[slot], self._starts[slot + 1]
        return self._terms[a:b], self._weights[a:b]

    def _norm(self, slot: int, flat: bool = False) -> float:
        known = self._norm_at[flat]
        if slot < len(known):
            return known[slot]
        cache = self._norm_cache[flat]
        norm = cache.get(slot)
        if norm is None:
            numbers, weights = self._entries(slot)
            idf = self._idf
            if flat:
                weights = array("f", [w**FLAT_POWER for w in weights])
            total = sum((w * idf(n)) ** 2 for n, w in zip(numbers, weights, strict=True))
            norm = cache[slot] = math.sqrt(total) or 1.0
        return norm

    def search(
        self,
        query: dict[str, float],
        limit: int,
        exclude: int | None = None,
        min_shared: int = 1,
        flat: bool = False,
        keep: Callable[[np.ndarray], np.ndarray] | None = None,
    ) -> list[tuple[int, float]]:
        """Slots by cosine similarity of idf-weighted terms, best first, but
        `exclude`; only those that have at least `min_shared` of the query's
        terms (and that `keep`, given the candidates' slots, marks True).
        `flat` takes each weight to the FLAT_POWER (see same_subject)."""
        if not len(self):
            return []
        self._reweigh_if_grown()
        known, query_norm = self._query(query, min_shared, flat)
        skip_above = max(MIN_SKIP, int(len(self) * COMMON_SHARE))
        slot_parts, weight_parts = [], []
        for number, factor in known:
            slots = self._post_slots[number]
            if len(slots) > skip_above:
                continue
            slot_parts.append(np.frombuffer(slots, np.int32))
            weights = np.frombuffer(self._post_weights[number], np.float32)
            weight_parts.append(factor * (weights**FLAT_POWER if flat else weights))
        if not slot_parts:
            return []
        entries, weights = np.concatenate(slot_parts), np.concatenate(weight_parts)
        if keep is not None:  # before counting: a story's time window keeps few
            kept = keep(entries)
            entries, weights = entries[kept], weights[kept]
        candidates, where = self._distinct(entries)
        scores = np.bincount(where, weights)
        wanted = candidates != exclude if exclude is not None else None
        if min_shared > 1:
            shared = np.bincount(where) >= min_shared
            wanted = shared if wanted is None else wanted & shared
        if wanted is not None:
            candidates, scores = candidates[wanted], scores[wanted]
        if not len(candidates):
            return []
        count = min(len(candidates), limit)
        top = np.argpartition(-scores, count - 1)[:count]
        norm = self._norm
        scored = [
            (slot, score / (query_norm * norm(slot, flat)))
            for slot, score in zip(candidates[top].tolist(), scores[top].tolist(), strict=True)
        ]
        scored.sort(key=lambda pair: -pair[1])
        return scored

    def _distinct(self, slots: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The distinct slots (sorted), and where each of `slots` is among them:
        np.unique(slots, return_inverse=True) without sorting all the postings.
        Each slot's postings are summed over only the slots they name (a few
        thousand): an array of sums per stored article would cost a scan of all.
        A scratch array by slot (kept, as grouping searches once an article)
        marks one of each slot's places in `slots` (numpy keeps one of the
        values written to a repeated index), then its rank among them."""
        marks = self._marks
        if len(marks) < len(self):
            marks = self._marks = np.zeros(2 * len(self), np.int32)
        places = np.arange(len(slots), dtype=np.int32)
        marks[slots] = places
        distinct = np.sort(slots[marks[slots] == places])
        marks[distinct] = places[: len(distinct)]
        return distinct, marks[slots]

    def having_all(self, terms: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """Slots holding every one of the terms (in slot order), and their summed
        weights of them: how much each is about them."""
        numbers = [self.vocab.get(term) for term in terms]
        known = sorted(
            (n for n in numbers if n is not None), key=lambda n: len(self._post_slots[n])
        )
        if not known or len(known) < len(numbers):
            return np.zeros(0, np.int32), np.zeros(0)
        slots = np.frombuffer(self._post_slots[known[0]], np.int32)
        weights = np.frombuffer(self._post_weights[known[0]], np.float32).astype(np.float64)
        for number in known[1:]:
            others = np.frombuffer(self._post_slots[number], np.int32)
            slots, mine, theirs = np.intersect1d(
                slots, others, assume_unique=True, return_indices=True
            )
            weights = weights[mine] + np.frombuffer(self._post_weights[number], np.float32)[theirs]
        return slots, weights

    def cosine_to(self, query: dict[str, float], slot: int) -> float:
        """Similarity of a query (from this family's other parts) to one slot."""
        self._reweigh_if_grown()
        known, query_norm = self._query(query)
        numbers, weights = self._entries(slot)
        mine = dict(zip(numbers, weights, strict=True))
        dot = sum(factor * mine[n] for n, factor in known if n in mine)
        return dot / (query_norm * self._norm(slot)) if dot else 0.0

    def cosine(self, slot_a: int, slot_b: int, flat: bool = False) -> float:
        """Two slots' similarity. /related compares each candidate with the
        first article of every entry it has made (is it a copy of one?): the
        entries' terms are kept by slot for those repeated calls."""
        self._reweigh_if_grown()
        mine = self._entry_maps.get(slot_a)
        if mine is None:
            if len(self._entry_maps) >= 64:
                self._entry_maps.clear()
            mine = self._entry_maps[slot_a] = dict(zip(*self._entries(slot_a), strict=True))
        numbers_b, weights_b = self._entries(slot_b)
        dot = 0.0
        for number, weight in zip(numbers_b, weights_b, strict=True):
            other = mine.get(number)
            if other is not None:
                idf = self._idf(number)
                both = other * weight
                dot += (both**FLAT_POWER if flat else both) * idf * idf
        norms = self._norm(slot_a, flat) * self._norm(slot_b, flat)
        return dot / norms if dot else 0.0


class StoryIndex:
    """Signatures of stored articles, searchable by words and by keys, and their stories."""

    def __init__(self) -> None:
        self.story_of: dict[int, int] = {}
        self.stories: dict[int, list[int]] = {}
        self._slot: dict[int, int] = {}  # article id -> slot
        self._ids = array("q")  # slot -> article id
        self._days = array("d")  # slot -> day (nan when unknown)
        self._languages = array("i")  # slot -> language number
        self._language_numbers: dict[str, int] = {}
        self._language_names: list[str] = []
        self._words = _Postings()
        # Keys by language, so that looking across languages reads only the
        # other languages' postings (in a mostly English store, a few).
        self._key_family = _Family()
        self._keys: list[_Postings] = []  # language number -> its articles' keys
        self._key_slots: list[array[int]] = []  # language number -> its part's slots' slots
        self._key_part_slot = array("i")  # slot -> its slot in its language's part

    def __len__(self) -> int:
        return len(self._ids)

    def __contains__(self, article_id: int) -> bool:
        return article_id in self._slot

    def load(self, rows: Iterable[tuple[int, Signature, int | None]]) -> None:
        """Stored (id, signature, story) rows, in id order."""
        for article_id, sig, story in rows:
            self._put(article_id, sig, story if story is not None else article_id)

    def add(self, article_id: int, sig: Signature) -> int:
        """Index a new article and return its story (an existing one, or its own id).
        Its candidates are articles it could join: published within STORY_DAYS
        of it, or of no known date (in a long-running story, a store's five most
        similar articles can all be older, and one of that week's sixth)."""
        best = self.similar(sig, 5, keep=self._in_time(sig.day))
        story = self.story_among(sig, best, STORY_SIMILARITY, UNDATED_SIMILARITY, by_words=True)
        if story is None:
            across = self.similar_across(sig, 5)
            story = self.story_among(sig, across, CROSS_STORY_SIMILARITY, CROSS_UNDATED_SIMILARITY)
        self._put(article_id, sig, article_id if story is None else story)
        return article_id if story is None else story

    def _in_time(self, day: float | None) -> Callable[[np.ndarray], np.ndarray] | None:
        """Which of some slots were published within STORY_DAYS of `day` or on
        an unknown date (None: any, when `day` is unknown)."""
        if day is None:
            return None
        days = np.frombuffer(self._days, np.float64)

        def near(slots: np.ndarray) -> np.ndarray:
            apart = days.take(slots)
            apart -= day
            np.abs(apart, out=apart)
            kept: np.ndarray = ~(apart > STORY_DAYS)  # an unknown day (NaN) is never apart
            return kept

        return near

    def story_among(
        self,
        sig: Signature,
        best: list[tuple[int, float]],
        least: float,
        undated_least: float,
        by_words: bool = False,
    ) -> int | None:
        """The story of the best match published close in time (or, with no dates
        to tell, a closer match), if one is similar enough (and, matched
        `by_words`, shares enough of them: _shares_enough)."""
        for other, score in best:
            if score < least:
                break
            close = same_time(sig.day, self.day_of(other))
            if not (close or (close is None and score >= undated_least)):
                continue
            if not by_words or self._shares_enough(sig, other):
                return self.story_of[other]
        return None

    def _shares_enough(self, sig: Signature, other: int) -> bool:
        """Whether `sig` and a stored article share STORY_SHARED telling stems:
        distinct (a stem that begins another counts for both) and each adding
        at least STORY_SHARE_LEAST of their cosine."""
        slot = self._slot[other]
        words = self._words
        theirs = words.terms_of(slot)
        adds = {t: w * theirs[t] * words.idf(t) ** 2 for t, w in sig.terms.items() if t in theirs}
        least = sum(adds.values()) * STORY_SHARE_LEAST
        distinct: list[str] = []
        for term in sorted((t for t, add in adds.items() if add >= least), key=len):
            if not any(term.startswith(stem) for stem in distinct):
                distinct.append(term)
        return len(distinct) >= STORY_SHARED

    def _put(self, article_id: int, sig: Signature, story: int) -> None:
        if article_id in self._slot:
            return  # already indexed (a re-read of the same rows)
        self._slot[article_id] = len(self._ids)
        self._ids.append(article_id)
        self._days.append(math.nan if sig.day is None else sig.day)
        language = self._language_number(sig.language)
        self._languages.append(language)
        self._words.add(sig.terms)
        part = self._keys[language]
        self._key_part_slot.append(len(part))
        self._key_slots[language].append(len(self._ids) - 1)
        part.add(sig.keys)
        self.story_of[article_id] = story
        self.stories.setdefault(story, []).append(article_id)

    def _language_number(self, language: str) -> int:
        number = self._language_numbers.get(language)
        if number is None:
            number = self._language_numbers[language] = len(self._language_names)
            self._language_names.append(language)
            self._keys.append(_Postings(self._key_family))
            self._key_slots.append(array("i"))
        return number

    def day_of(self, article_id: int) -> float | None:
        day = self._days[self._slot[article_id]]
        return None if math.isnan(day) else day

    def language_of(self, article_id: int) -> str:
        return self._language_names[self._languages[self._slot[article_id]]]

    def signature_of(self, article_id: int) -> Signature | None:
        slot = self._slot.get(article_id)
        if slot is None:
            return None
        return Signature(
            self._words.terms_of(slot),
            self.day_of(article_id),
            self.language_of(article_id),
            self._keys[self._languages[slot]].terms_of(self._key_part_slot[slot]),
        )

    def similar(
        self,
        sig: Signature,
        limit: int = 20,
        exclude: int | None = None,
        min_shared: int = 1,
        keep: Callable[[np.ndarray], np.ndarray] | None = None,
    ) -> list[tuple[int, float]]:
        """Stored articles by cosine similarity of idf-weighted signatures, best
        first, that share at least `min_shared` stems with `sig` (and that
        `keep` keeps: see _Postings.search)."""
        excluded = None if exclude is None else self._slot.get(exclude)
        found = self._words.search(sig.terms, limit * 3, excluded, min_shared, keep=keep)
        return self._ids_of(found[:limit])

    def same_subject(
        self, sig: Signature, limit: int = 20, exclude: int | None = None
    ) -> list[tuple[int, float]]:
        """Stored articles most about the same subject as `sig`, best first: the
        signatures compared with each stem's weight flattened (to its fourth
        root), so that many shared stems count for more than one shared word
        however often repeated. How often a stem comes up tells one story from
        another, but makes the subject that of the story's most repeated word:
        "Jobs growth still slow in the US" and a biography of Steve Jobs were
        each other's best match. On the BBC dev categories (benchmarks/
        eval_subject.py) the same-subject entries of /related were right 0.82
        of the time by the weights as they are, 0.90 by their fourth roots or
        as sets (power 0); the fourth roots list more (11,316 entries, as sets
        10,800), as a small store's topic words are common in it: the demo's
        drought stories found each other only so. Only articles in the same
        language (or one not told) count: a report in another language shares
        its figures' stems by chance, and is compared by keys (similar_across)."""
        excluded = None if exclude is None else self._slot.get(exclude)
        found = self._words.search(sig.terms, limit * 3, excluded, flat=True)
        names, languages = self._language_names, self._languages
        found = [
            (slot, score)
            for slot, score in found
            if not languages_differ(sig.language, names[languages[slot]])
        ]
        return self._ids_of(found[:limit])

    def similar_across(
        self, sig: Signature, limit: int = 20, exclude: int | None = None
    ) -> list[tuple[int, float]]:
        """Stored articles in other languages than `sig`'s that share at least
        MIN_SHARED_KEYS keys with it, by cosine similarity of keys. Only
        languages known to differ (languages_differ): an article whose language
        could not be told is compared by its words, as one of the reader's."""
        names = self._language_names
        excluded = None if exclude is None else self._slot.get(exclude)
        found = []
        for language, part in enumerate(self._keys):
            if languages_differ(sig.language, names[language]) and sig.keys:
                slots = self._key_slots[language]
                best = part.search(sig.keys, limit * 3, min_shared=MIN_SHARED_KEYS)
                found += [(slots[i], score) for i, score in best]
        found.sort(key=lambda pair: -pair[1])
        return self._ids_of([pair for pair in found if pair[0] != excluded][:limit])

    def with_keys(self, keys: list[str], language: str, limit: int = 3) -> list[int]:
        """Articles in languages known to be other than `language` (see
        languages_differ) whose keys include every one of `keys`
        (crosslingual.query_keys), those most about them first,
        then the newest. Ranked in numpy: a common key (a country) can name
        tens of thousands of articles."""
        slots, weights = [], []
        for number, part in enumerate(self._keys):
            if languages_differ(language, self._language_names[number]) and keys:
                found, weight = part.having_all(keys)
                slots.append(np.frombuffer(self._key_slots[number], np.int32)[found])
                weights.append(weight)
        if not slots:
            return []
        slot = np.concatenate(slots)
        days = np.nan_to_num(np.frombuffer(self._days, np.float64)[slot])
        best = np.lexsort((-days, -np.round(np.concatenate(weights), 2)))[:limit]
        return [self._ids[i] for i in slot[best].tolist()]

    def _ids_of(self, scored: list[tuple[int, float]]) -> list[tuple[int, float]]:
        ids = self._ids
        return [(ids[slot], score) for slot, score in scored]

    def members(self, story: int) -> list[int]:
        return list(self.stories.get(story, ()))

    def copy_candidates(self, article_id: int) -> list[int]:
        """Earlier articles of its story whose signatures are much like its own,
        latest first: those it may copy (news.copies tells)."""
        story = self.story_of.get(article_id)
        if story is None:
            return []
        slot = self._slot[article_id]
        language = self._languages[slot]
        copies = []
        for other in reversed(self.stories[story][-COPY_CANDIDATES - 1 :]):
            theirs = self._slot[other]
            if (
                theirs < slot
                and self._languages[theirs] == language
                and self._words.cosine(theirs, slot) >= COPY_SIMILARITY
            ):
                copies.append(other)
        return copies

    def cosine(self, a: int, b: int) -> float:
        """Similarity of two indexed articles' words, with this index's idf weights."""
        return self._words.cosine(self._slot[a], self._slot[b])

    def subject_cosine(self, a: int, b: int) -> float:
        """Two stored articles' similarity as same_subject scores it."""
        return self._words.cosine(self._slot[a], self._slot[b], flat=True)

    def key_cosine(self, a: int, b: int) -> float:
        """Similarity of two indexed articles' keys (names, numbers, months)."""
        slot_a, slot_b = self._slot[a], self._slot[b]
        part_a, part_b = self._keys[self._languages[slot_a]], self._keys[self._languages[slot_b]]
        keys_a = part_a.terms_of(self._key_part_slot[slot_a])
        return part_b.cosine_to(keys_a, self._key_part_slot[slot_b])
