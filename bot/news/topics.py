"""Topics readers follow, and which new articles are about them ("percolation").

A topic is what a reader typed ("Navalny", "OVD-Info detentions", "climate
summit" -sport). It is reduced with the same stems as search: every word
must be in the article, a "quoted phrase" must appear as written, a -word
must not appear at all. To keep passing mentions out, each word or phrase
must be in the headline or the lead, or come up at least twice in the text.

Matching one article against many topics uses an inverted index: each topic
is filed under one of its words (the longest, a cheap stand-in for the
rarest), and an article only looks up its weighty stems (headline, lead,
repeated), so it only checks topics that can match; a one-word topic filed
under a weighty stem matches without a check.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

from bot.news.abbreviations import with_abbreviations
from bot.news.text import stems

LEAD_STEMS = 60  # the lead: the first sixty content words of the text
MIN_BODY_MENTIONS = 2
# As storage.query reads a search: a phrase in any quotation marks, and
# "-word" (or with a minus sign) to leave a word out, -"a phrase" a phrase.
QUOTATION_MARKS = '"“”„«»'
_PHRASE = re.compile(
    rf"((?<!\S)[-−])?[{QUOTATION_MARKS}]([^{QUOTATION_MARKS}]*)[{QUOTATION_MARKS}]"
)
_EXCLUDED = re.compile(r"(?:^|\s)[-−](\w[\w'-]*)")


@dataclass(frozen=True)
class Topic:
    """A topic as matched: single words, phrases (as stem sequences), exclusions."""

    words: tuple[str, ...]
    phrases: tuple[tuple[str, ...], ...] = ()
    excluded: tuple[str, ...] = ()
    excluded_phrases: tuple[tuple[str, ...], ...] = ()

    @property
    def key(self) -> str:
        """A normal form: the same for "Climate summit" and "summits, climate"."""
        parts = sorted(self.words) + sorted('"' + " ".join(p) + '"' for p in self.phrases)
        left_out = sorted('-"' + " ".join(p) + '"' for p in self.excluded_phrases)
        return " ".join(parts + sorted("-" + x for x in self.excluded) + left_out)

    @property
    def leaves_out(self) -> bool:
        return bool(self.excluded or self.excluded_phrases)

    @property
    def required(self) -> set[str]:
        return {*self.words, *(s for p in self.phrases for s in p)}


def split_exclusions(text: str) -> tuple[str, list[str]]:
    """The words to look for, and the words and phrases written -word or
    -"a phrase" to leave out ('Brussels -congress': 'Brussels', ['congress'])."""
    left_out = [m.group(2) for m in _PHRASE.finditer(text) if m.group(1)]
    text = _PHRASE.sub(lambda m: " " if m.group(1) else m.group(), text)
    left_out += [m.group(1) for m in _EXCLUDED.finditer(text)]
    return _EXCLUDED.sub(" ", text).strip(), left_out


def parse_topic(text: str) -> Topic | None:
    """The topic in what a reader typed, or None when it has no word to look for."""
    phrases: list[tuple[str, ...]] = []
    left_out: list[tuple[str, ...]] = []
    for match in _PHRASE.finditer(text):
        phrase = tuple(stems(match.group(2)))
        minus = "-" if match.group(1) else ""
        if len(phrase) > 1:
            (left_out if minus else phrases).append(phrase)
        elif phrase:
            text += f" {minus}{phrase[0]}"
    rest = _PHRASE.sub(" ", text)
    excluded = {s for m in _EXCLUDED.finditer(rest) for s in stems(m.group(1))}
    rest = _EXCLUDED.sub(" ", rest)
    words = tuple(dict.fromkeys(s for s in stems(rest) if s not in excluded))
    if not words and not phrases:
        return None
    return Topic(
        words,
        tuple(dict.fromkeys(phrases)),
        tuple(sorted(excluded)),
        tuple(sorted(set(left_out))),
    )


@dataclass(frozen=True)
class ArticleTerms:
    """An article's stems as matching needs them; `weighty` are those in the
    headline or the lead, or mentioned at least twice."""

    title: tuple[str, ...]
    body: tuple[str, ...]
    counts: Counter[str]
    weighty: frozenset[str]

    @classmethod
    def of(cls, title: str, text: str) -> ArticleTerms:
        # "EU" follows the European Union's news, as a search for it finds them.
        title_stems = tuple(with_abbreviations(stems(title)))
        body = tuple(with_abbreviations(stems(text)))
        counts = Counter(title_stems) + Counter(body)
        repeated = (s for s, n in counts.items() if n >= MIN_BODY_MENTIONS)
        weighty = frozenset((*title_stems, *body[:LEAD_STEMS], *repeated))
        return cls(title_stems, body, counts, weighty)

    @cached_property
    def starts(self) -> dict[str, list[int]]:
        """Where each stem stands in the body (for phrases; made when first needed)."""
        found: defaultdict[str, list[int]] = defaultdict(list)
        for position, stem in enumerate(self.body):
            found[stem].append(position)
        return found


def matches(topic: Topic, article: ArticleTerms) -> bool:
    """Whether `article` is about `topic` (see the module docstring for the rule)."""
    if any(x in article.counts for x in topic.excluded):
        return False
    if any(_has_phrase(p, article) for p in topic.excluded_phrases):
        return False
    if any(word not in article.weighty for word in topic.words):
        return False
    return all(_phrase_weighty(p, article) for p in topic.phrases)


def _has_phrase(phrase: tuple[str, ...], article: ArticleTerms) -> bool:
    """Whether the phrase is anywhere in the article (weighty or not)."""
    in_title, in_body = _phrase_at(phrase, article)
    return in_title or bool(in_body)


def _phrase_weighty(phrase: tuple[str, ...], article: ArticleTerms) -> bool:
    in_title, in_body = _phrase_at(phrase, article)
    if in_title or not in_body:
        return in_title
    return in_body[0] < LEAD_STEMS or len(in_body) >= MIN_BODY_MENTIONS


def _phrase_at(phrase: tuple[str, ...], article: ArticleTerms) -> tuple[bool, list[int]]:
    """Whether the headline has the phrase, and where the body has it (not
    looked for when the headline has it, nor when a stem of it is missing)."""
    if any(s not in article.counts for s in phrase):
        return False, []
    size = len(phrase)
    title, body = article.title, article.body
    if any(title[i : i + size] == phrase for i, s in enumerate(title) if s == phrase[0]):
        return True, []
    return False, [i for i in article.starts.get(phrase[0], ()) if body[i : i + size] == phrase]


@dataclass
class TopicIndex:
    """Many topics, each filed under one of its stems, matched against articles."""

    _topics: dict[int, Topic] = field(default_factory=dict)
    # one plain word: a weighty stem is a match by itself
    _single: defaultdict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    # more to it: filed under a word, with its other words (tested at C speed
    # first) and whether phrases or exclusions remain to be checked
    _by_word: defaultdict[str, list[tuple[tuple[str, ...], int, bool]]] = field(
        default_factory=lambda: defaultdict(list)
    )
    # phrases only: filed under one of their stems, with the others (all of
    # them must be weighty for a phrase to be), then checked
    _by_phrase: defaultdict[str, list[tuple[tuple[str, ...], int]]] = field(
        default_factory=lambda: defaultdict(list)
    )

    def __len__(self) -> int:
        return len(self._topics)

    def add(self, topic_id: int, topic: Topic) -> None:
        self._topics[topic_id] = topic
        if not topic.words:
            first, *rest = _longest_first(s for p in topic.phrases for s in p)
            self._by_phrase[first].append((tuple(rest), topic_id))
            return
        first, *rest = _longest_first(topic.words)
        if not rest and not topic.phrases and not topic.leaves_out:
            self._single[first].append(topic_id)
            return
        more = bool(topic.phrases or topic.leaves_out)
        self._by_word[first].append((tuple(rest), topic_id, more))

    def extend(self, topics: Iterable[tuple[int, Topic]]) -> None:
        for topic_id, topic in topics:
            self.add(topic_id, topic)

    def matching(self, article: ArticleTerms) -> list[int]:
        """The ids of the topics `article` is about, in increasing order."""
        found: list[int] = []
        topics, weighty = self._topics, article.weighty
        for stem in weighty:
            found += self._single.get(stem, ())
            for rest, topic_id, more in self._by_word.get(stem, ()):
                if weighty.issuperset(rest) and (not more or matches(topics[topic_id], article)):
                    found.append(topic_id)
        # A phrase that is weighty (in the headline, the lead, or twice) makes
        # every one of its stems weighty too.
        if self._by_phrase:
            for stem in weighty:
                for rest, topic_id in self._by_phrase.get(stem, ()):
                    if weighty.issuperset(rest) and matches(topics[topic_id], article):
                        found.append(topic_id)
        return sorted(found)


def _longest_first(stems_: Iterable[str]) -> list[str]:
    """Distinct stems, longest (a cheap stand-in for rarest) first."""
    return sorted(set(stems_), key=lambda s: (-len(s), s))
