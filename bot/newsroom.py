"""The services every front end shares: the store plus what the analysis adds."""

from __future__ import annotations

import asyncio
import json
import logging
import re
import sqlite3
from collections import Counter, OrderedDict
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from importlib import resources

from bot.config import Settings
from bot.ingest import IngestReport, ingest_items
from bot.ingest.feeds import Feeds
from bot.ingest.files import Record, read_upload
from bot.ingest.web import fetch_pages
from bot.news import russian
from bot.news.abbreviations import indexed_terms
from bot.news.analysis import Analysis, analyze
from bot.news.copies import fold, is_copy, same_report
from bot.news.crosslingual import (
    bridge_keys,
    by_spelling,
    is_name,
    keyed_words,
    latin_spellings,
    names_in,
    names_written,
    query_keys,
    query_words,
    spelling_match,
    spelt_by_sound,
    spelt_in,
    wordings,
)
from bot.news.dates import STORED_FORMAT, format_utc, parse_date
from bot.news.glossary import equivalents, listed, phrasings, with_verbs_left_out
from bot.news.paraphrases import rewordings, written_otherwise
from bot.news.periods import Period
from bot.news.related import DUPLICATE_SIMILARITY, Signature, StoryIndex, signature
from bot.news.sections import section_key
from bot.news.spelling import closest_form, one_edit_away
from bot.news.summarize import SourcedSentence, topic_summary
from bot.news.text import (
    IRREGULAR_EN,
    Snippet,
    cached_stem,
    detect_language,
    has_russian_letters,
    languages_differ,
    snippet,
    stems,
    without_light_words,
    words,
)
from bot.news.topics import QUOTATION_MARKS, split_exclusions
from bot.news.urls import canonical_url, link_variants
from bot.subscriptions import Clock, Subscriptions, utc_clock
from bot.texts import LANGUAGES
from storage import (
    Article,
    RemovedArticle,
    SearchPage,
    SectionCount,
    SourceCount,
    Storage,
    StoryRow,
)
from storage.query import parse_query

log = logging.getLogger(__name__)

# Bump when bot.news.text (or news.abbreviations) changes how words become search terms: the stored
# index is then rebuilt on the next open.
# 7, 8: abbreviations and their names (news.abbreviations); 9: "found" as "find";
# 10: roles and country names by their abbreviations ("CEO", "РФ")
INDEX_VERSION = "text-10"
# Related articles: how many similar signatures to consider, and the least
# similarity (StoryIndex.same_subject) for an article of another story to
# count as the same subject. On the BBC dev categories (benchmarks/
# eval_subject.py) entries from 0.12 to 0.15 are right 0.79 of the time,
# from 0.15 to 0.20 0.90, above that 0.97 or more.
RELATED_CANDIDATES = 24
RELATED_MIN = 0.12
# The same, by the keys (names, numbers, months) of an article in another
# language: a shared place and year alone must not make a subject.
RELATED_ACROSS_MIN = 0.35
# How alike (cosine of signatures, or of keys across languages) an article of
# the same story must be to be listed as "same story" (see Newsroom._story_mates).
STORY_MATE_MIN = 0.2
# Reports of the found articles' stories a topic summary reads besides them.
STORY_REPORTS_ADDED = 3
# Reports in other languages shown under the first page of search results:
# the results' stories' reports, then articles naming the words' names.
SEARCH_ACROSS = 3
# The most results a search page folds (see Newsroom._search): 20 pages of 5
# reports, each run by four sources.
SEARCH_WINDOW = 400
UNANSWERED_CHARS = 100  # of a search kept for editors (Newsroom.note_search)
MAX_WRITTEN_CHARS = 500  # of a message read for the language it is written in
ACROSS_CANDIDATES = 10  # found by their keys, re-ranked by spelling
# A word no article holds is respelt, one edit away, as the variant most
# articles hold, when at least this many do, or one per RESPELL_STORE_SHARE
# stored articles where that is fewer (a young store holds most words in one
# or two articles); queries of more words (stop words aside) are left as typed.
RESPELL_MIN_ARTICLES = 3
RESPELL_STORE_SHARE = 1_000
RESPELL_WORDS = 6
# Of a word's variants, the most held are weighed with the query's other
# words: how many articles hold both, counted up to RESPELL_CAP.
RESPELL_CHOICES = 5
RESPELL_CAP = 1_000
# A word cut short is completed from its stem's first terms in the vocabulary
# ("hack": "hacker"), when no variant one edit away is held: a stem of at
# least MIN_COMPLETED letters ("cons" begins a thousand words).
COMPLETIONS_READ = 20
MIN_COMPLETED = 4
_LETTERS = re.compile(r"[^\W\d_]+")
# Words a reader writes about the news, not of its topic: "news" is never "new".
_NEVER_RESPELT = frozenset({"news", "новости"})
DEMO_RESOURCE = "articles.jsonl"
# Analyses kept in memory: a card's Summary and Key facts buttons are often
# pressed one after the other.
ANALYSIS_CACHE = 256


@dataclass(frozen=True)
class Found:
    """A search result as the commands show it."""

    article: Article
    snippet: Snippet
    # The same report from other sources, listed once (news.copies.same_report).
    copies: list[Article] = field(default_factory=list)


@dataclass(frozen=True)
class TopicSummary:
    """What several articles say about some words, each sentence citing one."""

    sentences: list[SourcedSentence]
    sources: list[Article]
    # The words as the articles were found by, when those typed found nothing.
    respelt: str = ""
    # No article has all of the words: the sources have some of them.
    partial: bool = False


@dataclass(frozen=True)
class RelatedItem:
    """A related article; `sources` are near-copies of it folded into this entry."""

    article: Article
    score: float
    same_story: bool
    sources: list[Article]


@dataclass(frozen=True)
class TopStory:
    """A much-reported story: its newest report in the span, and how many."""

    article: Article
    reports: int
    sources: int
    languages: int


@dataclass(frozen=True)
class PageAdded:
    """What an editor's /add did with a web page."""

    outcome: str  # "added", "updated", "duplicate", "withheld" or "rejected"
    article: Article | None = None
    reason: str = ""
    queued: int = 0  # updates for followers of its topics


@dataclass(frozen=True)
class SearchResult:
    found: list[Found]
    has_more: bool
    mode: str
    # Reports in other languages (the first page only; see Newsroom._search_across).
    across: list[Found] = field(default_factory=list)
    # The words as the results spell them, when what was typed found nothing
    # (Newsroom.respelt, Newsroom.reworded); "" when the results are for the
    # words as typed.
    respelt: str = ""
    # The names `across` was found by when no article had any of the words
    # (Newsroom._names_across); "" when it was found by all of them.
    across_by: str = ""
    # Whether `across` was found by the words' equivalents in the other
    # language, `across_by` (Newsroom._words_across), rather than by names.
    worded: bool = False
    # What a question is asked of them in: `across_by` with the equivalents
    # of the verbs it left out (glossary.with_verbs_left_out); "" when not worded.
    asked_across: str = ""


def _newest_first(found: Found) -> tuple[str, int]:
    """The sort key (reversed) of reports listed newest first."""
    return found.article.published_at, found.article.id


def _and_written_otherwise(words: tuple[str, ...]) -> tuple[str, ...]:
    """Equivalents, then what news writes for them in their language
    (news.paraphrases.written_otherwise): "политзаключённых" is "prisoners",
    which a report may write as "jailed"."""
    more = (other for word in words for other in written_otherwise(word))
    return tuple(dict.fromkeys((*words, *more)))


def _verbs(choices: list[tuple[str, ...]], names: list[int], nouns: list[int] | None) -> list[int]:
    """Which words of a query in its equivalents (Newsroom._equivalents) are
    verbs, by place: none of an English query, which no dictionary here tells."""
    if nouns is None:
        return []
    return [i for i in range(len(choices)) if i not in names and i not in nouns]


def _words_held(text: str, article: Article) -> int:
    """How many of the words of a search an article holds (as stems)."""
    held = set(stems(f"{article.title} {article.text}"))
    return sum(bool(found) and found[0] in held for found in map(stems, query_words(text)))


class Newsroom:
    """What the commands ask for, in the words of the domain."""

    def __init__(self, storage: Storage, settings: Settings, clock: Clock = utc_clock) -> None:
        self.storage = storage
        self.settings = settings
        self._clock = clock
        self.subscriptions = Subscriptions(storage, clock, self.copies_before)
        self.feeds = Feeds(storage, self.after_ingest, clock, read_pages=settings.feed_pages)
        self._stories = StoryIndex()
        self._stories_seen = 0  # highest article id in the story index
        self._stories_lock = asyncio.Lock()
        self._analyses: OrderedDict[tuple[int, str, int], Analysis] = OrderedDict()
        self._sources: list[SourceCount] = []
        self._source_names: dict[str, str] = {}  # _source_key(name) -> name as stored
        self._sources_seen = (-1, -1, -1)  # Storage.articles_mark() when they were counted
        # By sections.section_key: each stored name with its articles and
        # whether it is some article's category (read from Storage.sections).
        self._sections: dict[str, dict[str, SectionCount]] = {}
        self._sections_seen = (0, -1, -1)
        # Articles counted twice under one key, as they hold two of its names
        # (category "Sport", tag "sport"): by key, read for /sections only.
        self._section_repeats: Counter[str] = Counter()
        self._repeats_seen = (0, -1, -1)

    @classmethod
    async def open(cls, settings: Settings, clock: Clock = utc_clock) -> Newsroom:
        storage = await Storage.open(
            settings.db_path, stems, index_version=INDEX_VERSION, index_terms=indexed_terms
        )
        return cls(storage, settings, clock)

    async def close(self) -> None:
        await self.storage.close()

    async def search(
        self, text: str, limit: int = 5, offset: int = 0, across: int = SEARCH_ACROSS
    ) -> SearchResult:
        """Articles matching the words; with the first page, up to `across`
        reports in other languages (see _search_across). When no article has
        every word, the words respelt (see respelt) if that finds articles
        with all of them (on any page: inline mode pages on with the words
        as typed), else reworded (see reworded) where the best having some
        of them has none of the words reworded. Those having some of the
        words are ranked by the words less those that say little of a topic
        (text.without_light_words: "is inflation going down?" by "inflation
        down"), or none are: an article that has only "like" of "what's the
        weather like?" is not about it, and in a small store "going" weighed
        as a rare word."""
        result = await self._search(text, limit, offset, across)
        if result.mode == "all":
            return result
        lighter = without_light_words(text)
        if lighter and result.mode == "any":
            # What matched the light words alone matched nothing of the topic.
            result = await self._search(lighter, limit, offset, across, mode="any")
        spelt = await self.respelt(lighter or text)
        better = await self._search(spelt, limit, offset, across) if spelt else None
        if better is not None and better.mode == "all":
            return replace(better, respelt=spelt or "")
        reworded = await self._reworded(lighter or text)
        if reworded and not (result.found and _words_held(reworded[1], result.found[0].article)):
            # No article has the words as typed, the best that has some not those
            # reworded: "arrested in Calder" of Calder's reports and "detained".
            better = await self._search(reworded[0], limit, offset, across)
            if better.mode == "all":
                return replace(better, respelt=reworded[0])
        if not offset and (worded := await self._with_words_across(text, result, limit, across)):
            return worded
        if result.found or result.across or offset:
            return result
        return await self._names_across(text, result, across)

    async def _with_words_across(
        self, text: str, result: SearchResult, limit: int, across: int
    ) -> SearchResult | None:
        """The result of words that no article of their language has all of
        with the reports in the other language that have all their
        equivalents (_words_across) in place of its own `across`; None where
        there are none, or they have no more of the words than its best.
        Those with some of the words, which may say it in others, stay first;
        not those in the other language, found by a name or number typed as
        it writes them ("2022" of "какие законы приняли в марте 2022?",
        "Kestrel" of "какой штраф грозит Kestrel?"): these have all the words.
        "drought in Calder fines" is no question for a Russian report of the
        drought in Calder, which has no more of it ("fines" has no one
        equivalent) than the English reports."""
        found = await self._words_across(text, limit, across)
        if found is None:
            return None
        worded, covered = found
        language = "ru" if has_russian_letters(text) else "en"
        some = [f for f in result.found if not languages_differ(language, f.article.language)]
        if not some:
            return worded
        if covered > _words_held(text, some[0].article):
            return replace(worded, found=some, mode=result.mode)
        return None

    async def other_wordings(self, words: str) -> list[str]:
        """The words in the other language, the likeliest wording first
        (news.glossary.phrasings): what a question in reply to a card in that
        language is asked of it in."""
        looked_for, left_out = split_exclusions(words)
        if left_out:
            return []
        choices, names, nouns = await self._equivalents(looked_for)
        return [wording for wording, _ in phrasings(choices, names, nouns=nouns)]

    async def worded_across(self, words: str) -> str | None:
        """The words in their equivalents in the other language (news.glossary),
        every one of them, when a report there has them all ("засуха" ->
        "drought"): what /subscribe offers to follow too, as it does a name."""
        found = await self._words_across(words, 1, 1, whole=True)
        return found[0].across_by if found else None

    async def _words_across(
        self, text: str, limit: int, across: int, whole: bool = False
    ) -> tuple[SearchResult, int] | None:
        """Reports in the other language that have every word, each looked for
        in its equivalent there (news.glossary) or, a name, as the reports
        there spell it: "что было на конгрессе?" of a store whose report of
        the congress is in English finds it by "congress" ("кто выступал на
        конгрессе?" too, where no report writes "spoke"). Where the words' own
        language has reports with only some of them, these have all. None when
        most words have no equivalent, or nothing has them all; with how many
        of the words the wording that found them has."""
        looked_for, left_out = split_exclusions(text)
        if left_out or not across or any(mark in looked_for for mark in QUOTATION_MARKS):
            return None
        choices, names, nouns = await self._equivalents(looked_for)
        language = "ru" if has_russian_letters(looked_for) else "en"
        for wording, covered in phrasings(choices, names, whole, nouns):
            other = await self._search(wording, limit, 0, 0)
            found = [f for f in other.found if languages_differ(language, f.article.language)]
            if other.mode == "all" and found:
                listed = found[:across]
                asked = with_verbs_left_out(wording, choices, _verbs(choices, names, nouns))
                return SearchResult(
                    [], False, "none", listed, across_by=wording, worded=True, asked_across=asked
                ), covered
        return None

    async def _equivalents(
        self, text: str
    ) -> tuple[list[tuple[str, ...]], list[int], list[int] | None]:
        """Each word of the text (but stop words) in the other language: its
        equivalents, a name as the reports there spell it, a number or a word
        in their script as it is, () for another word (news.glossary.phrasings);
        [] when no word is in the glossary, or a name is spelt by no report
        there; which of them are as written there (by place: names, numbers);
        and which are no verb, listed or not (glossary.phrasings), None for
        English words, which no dictionary here tells."""
        typed = query_words(text)
        if not any(map(equivalents, typed)):
            return [], [], []
        russian_words = has_russian_letters(text)
        choices: list[tuple[str, ...]] = []
        names: list[int] = []
        nouns: list[int] = []
        for word in typed:
            if found := equivalents(word):
                if russian_words and not russian.verb_form(word.lower()):
                    nouns.append(len(choices))
                choices.append(_and_written_otherwise(found))
            elif word.isdigit() or has_russian_letters(word) != russian_words:
                names.append(len(choices))
                choices.append((word,))  # "отставка в Kestrel": Kestrel as written there
            elif not is_name(word):
                if russian_words and not russian.verb_form(word.lower()):
                    nouns.append(len(choices))  # "проезд" of "сколько стоит проезд?"
                choices.append(())
            elif spelt := await self.spelt_across(word):
                names.append(len(choices))
                choices.append((spelt,))
            else:
                return [], [], []
        return choices, names, nouns if russian_words else None

    async def _names_across(self, text: str, result: SearchResult, limit: int) -> SearchResult:
        """Reports in other languages naming the names of words that found
        nothing at all: a reader asking "ипотека в Велории" of a store whose
        reports of Veloria are all in English gets those, not nothing. Its
        other words cannot be looked for there (no dictionary between the
        languages), so the reply says what they were found by."""
        looked_for, left_out = split_exclusions(text)
        if left_out or not limit:  # what to leave out could not be told across languages
            return result
        names = names_in(looked_for)
        others = await self._search_across(names, [], limit) if names else []
        return replace(result, across=others, across_by=names) if others else result

    async def note_search(self, words: str, result: SearchResult) -> None:
        """Keep a reader's search that found no article with every word, for
        editors (unanswered_searches): only its words and the day, and none
        when the operator keeps none (UNANSWERED_SEARCHES_DAYS=0)."""
        if result.mode == "all" or self.settings.unanswered_searches_days <= 0:
            return
        key = " ".join(words.casefold().split())[:UNANSWERED_CHARS]
        if not any(ch.isalnum() for ch in key):  # words, not only signs
            return
        try:
            await self.storage.note_unanswered(self._clock().date().isoformat(), key)
        except sqlite3.Error as error:  # a count for editors must not cost the reader an answer
            log.warning("could not count an unanswered search: %s", error)

    async def unanswered_searches(self, days: int, limit: int = 10) -> list[tuple[str, int]]:
        """(words, times): the searches of the last `days` that found nothing,
        most asked first, but for those that articles stored since answer."""
        since = (self._clock() - timedelta(days=days)).date().isoformat()
        asked = await self.storage.unanswered_since(since, limit * 3)
        return [(w, n) for w, n in asked if not await self.storage.count_matching(w, 1)][:limit]

    async def forget_unanswered_searches(self) -> int:
        """Drop the unanswered searches older than the operator keeps them."""
        keep = timedelta(days=self.settings.unanswered_searches_days)
        return await self.storage.forget_unanswered((self._clock() - keep).date().isoformat())

    async def respelt(self, text: str) -> str | None:
        """The words as the stored articles spell them: each word of four
        letters or more that no article holds becomes a word one edit away
        (news.spelling) that enough articles hold (_respell_floor): of the
        RESPELL_CHOICES most held, the one most articles hold with the other
        words ("Brusels congres" -> "Brussels congress"), written as an
        article writes it. None when no word needs it, when one has no such
        variant, for a "phrase" (meant as written) and for more than
        RESPELL_WORDS words but stop words."""
        found = list(_LETTERS.finditer(text))
        typed = {m.group().lower() for m in found if stems(m.group())}  # no stop words
        if any(mark in text for mark in QUOTATION_MARKS) or len(typed) > RESPELL_WORDS:
            return None
        held = await self.storage.term_articles([cached_stem(w) for w in typed])
        unheld = sorted(
            w
            for w in typed
            if not held.get(cached_stem(w))
            and w not in _NEVER_RESPELT
            and w not in IRREGULAR_EN  # a word: "heard" is no "head" mistyped
            and not (has_russian_letters(w) and russian.known_word(w))  # "правда" is no "права"
            and one_edit_away(w)
        )
        context = " ".join(w for w in typed if w not in unheld)
        floor = _respell_floor(await self.storage.count()) if unheld else 0
        fixes: dict[str, str] = {}
        for word in unheld:
            fix = await self._respelt_word(word, context, floor)
            if fix is None:
                return None
            fixes[word] = fix
        if not fixes:
            return None
        return _LETTERS.sub(lambda m: _cased_as(m.group(), fixes.get(m.group().lower())), text)

    async def reworded(self, text: str) -> str | None:
        """The words, some as news writes them otherwise, each in its place,
        that an article has every one of (news.paraphrases.rewordings): "was
        arrested" (of "who was arrested?") finds reports that write "detained"
        by "was detain", "which company was hacked?" by "was breach". None when none
        does, for a "phrase" or words left out (meant as typed), and for more
        than RESPELL_WORDS words but stop words. Only for words no article
        has every one of as typed: where one writes "arrested", that one is
        found by it."""
        found = await self._reworded(text)
        return found[0] if found else None

    async def _reworded(self, text: str) -> tuple[str, str] | None:
        """reworded(), with the words it changed (as typed)."""
        looked_for, left_out = split_exclusions(text)
        typed = query_words(looked_for)
        if left_out or any(m in text for m in QUOTATION_MARKS) or len(typed) > RESPELL_WORDS:
            return None
        for changes in rewordings(typed):
            wording = _with_words(looked_for, changes)
            if await self.storage.count_matching(wording, 1):
                return wording, " ".join(word for word, _ in changes)
        return None

    async def _respelt_word(self, word: str, context: str, floor: int) -> str | None:
        """The word as written in the stored articles one edit away from it,
        if one that at least `floor` articles hold is (see respelt). A variant
        only counts when articles write it: "offe" stems as "off" but is no
        word. A word news writes otherwise, or of the glossary, is no typo
        ("fired" is no "fixed", "fare" no "far"), but may be cut short
        ("hack": "hackers")."""
        variants = set() if written_otherwise(word) or listed(word) else one_edit_away(word)
        by_stem: dict[str, str] = {}
        for variant in variants:  # stems cached: a Russian one reads the dictionary
            if term := cached_stem(variant):  # not a stop word
                by_stem.setdefault(term, variant)
        held = await self.storage.term_articles(list(by_stem))
        enough = [s for s in held if held[s] >= floor]
        common = sorted(enough, key=lambda s: (-held[s], s))[:RESPELL_CHOICES]
        written: dict[str, str] = {}  # stem -> its written form one edit away
        for term in common:
            forms = [w for w in words(await self.storage.text_holding(term)) if w in variants]
            form = closest_form(word, [w for w in forms if cached_stem(w) == term])
            if form is not None:
                written[term] = form
        if completed := await self._completed_word(word, floor):  # "Scotl": Scotland, not Scott
            term, form, count = completed
            written[term], held[term] = form, count
        if context and len(written) > 1:
            together = {
                term: await self.storage.count_matching(f"{context} {form}", RESPELL_CAP)
                for term, form in written.items()
            }
            return written[max(written, key=lambda t: (together[t], held[t]))]
        return written[max(written, key=held.__getitem__)] if written else None

    async def _completed_word(self, word: str, floor: int) -> tuple[str, str, int] | None:
        """A word cut short, as the stored articles write it in full ("hack":
        "hackers", "Navaln": "Navalny"): of the first COMPLETIONS_READ terms
        that begin with its stem, the one most articles hold, at least
        `floor`, in the form an article writes that begins with the word;
        as (term, form, articles holding it)."""
        stem = cached_stem(word)
        if len(stem) < MIN_COMPLETED:
            return None
        held = await self.storage.terms_beginning(stem, COMPLETIONS_READ)
        for term in sorted((t for t in held if held[t] >= floor), key=lambda t: (-held[t], t)):
            forms = words(await self.storage.text_holding(term))
            begun = [w for w in forms if w.startswith(word) and cached_stem(w) == term]
            if form := closest_form(word, begun):
                return term, form, held[term]
        return None

    async def _search(
        self, text: str, limit: int, offset: int, across: int, mode: str = "auto"
    ) -> SearchResult:
        """Reports offset+1 to offset+limit. Ranks are counted in reports, not
        in articles: every page folds the results from the first one on, so a
        report several sources ran is listed once (under its best-ranked
        copy), never again on a later page, and each page is full. The
        results read grow until they hold one report more than the page
        needs (to know there are more), at most SEARCH_WINDOW."""
        end = offset + limit
        window = end + 1
        while True:
            page: SearchPage = await self.storage.search(text, limit=window, mode=mode)
            groups = fold([h.article.text for h in page.hits])
            if len(groups) > end or not page.has_more or window >= SEARCH_WINDOW:
                break
            window = min(2 * window, SEARCH_WINDOW)
        query_stems = parse_query(text, stems).stems
        found = _reports([h.article for h in page.hits], groups[offset:end], query_stems)
        has_more = len(groups) > end  # past SEARCH_WINDOW results, no more pages
        wanted = across if offset == 0 else 0
        others = await self._search_across(text, [f.article for f in found], wanted)
        if page.mode == "all" and found and len(others) < wanted:
            others += await self._worded_across(text, found + others, wanted - len(others))
        return SearchResult(found, has_more, page.mode, others)

    async def _worded_across(self, text: str, shown: list[Found], limit: int) -> list[Found]:
        """Reports in the other language that have every word in its
        equivalents there (_words_across), under results that have all the
        words: "/search drought" and "/latest drought" list the Russian
        "Засуха на озере Соррел" after the English reports, as a name's
        reports there are."""
        worded = await self._words_across(text, limit + len(shown), limit + len(shown))
        if worded is None:
            return []
        ids = {f.article.id for f in shown}
        return [f for f in worded[0].across if f.article.id not in ids][:limit]

    async def _search_across(self, text: str, found: list[Article], limit: int) -> list[Found]:
        """Reports in other languages: first those of the stories the results
        belong to, then those that name every name the words name (by their
        keys, the best spelt match first; see crosslingual.query_keys). A name
        left out ("-Navalny") leaves out the reports naming it; another word left
        out ("-congress") leaves out them all: only names are found across
        languages, so a report holding that word could not be told apart."""
        text, left_out = split_exclusions(text)
        unwanted = [query_keys(word) if word[:1].isupper() else [] for word in left_out]
        if not limit or not all(unwanted):
            return []
        await self._load_stories_once()
        shown = {a.id for a in found}
        picked = self._story_mates_across(found, shown)
        keys = query_keys(text)
        read: dict[int, Article] = {}  # articles already read for their spelling
        if len(picked) < limit:
            named, wording = await self._named_across(text, shown, limit)
            read = {a.id: a for a in named}
            picked += [a.id for a in named]
            keys += query_keys(wording)
        chosen = list(dict.fromkeys(picked))[:limit]
        read |= {a.id: a for a in await self.storage.articles([i for i in chosen if i not in read])}
        left_out_keys = [key for keys_of_word in unwanted for key in keys_of_word]
        return [
            Found(read[i], snippet(read[i].text, keyed_words(read[i].text, keys)))
            for i in chosen
            if i in read and not (left_out_keys and keyed_words(read[i].text, left_out_keys))
        ]

    async def _load_stories_once(self) -> None:
        """The story index for a look across languages: loaded on first use,
        then kept current by ingest and the periodic grouping, so that a search
        does not wait while a large batch is grouped."""
        if not len(self._stories):
            await self.refresh_stories()

    def _story_mates_across(self, found: list[Article], shown: set[int]) -> list[int]:
        """The other-language articles of the found articles' stories, in their order."""
        index = self._stories
        return [
            mate
            for a in found
            if a.id in index
            for mate in index.members(index.story_of[a.id])
            if mate not in shown and languages_differ(a.language, index.language_of(mate))
        ]

    async def _named_across(
        self, text: str, shown: set[int], limit: int
    ) -> tuple[list[Article], str]:
        """Articles in other languages than the words' that have all their keys,
        those spelt most like the words first when the keys are names' sounds;
        and the wording of the words they were found by ("" when none were):
        the words as written first, then their names spelt as the other
        language would spell an H (crosslingual.wordings)."""
        language = "ru" if has_russian_letters(text) else "en"
        for wording in wordings(text):
            keys = query_keys(wording)
            ids = [
                i
                for i in self._stories.with_keys(keys, language, ACROSS_CANDIDATES)
                if i not in shown
            ]
            if not ids:
                continue
            if not spelt_by_sound(keys):
                return await self.storage.articles(ids[:limit]), wording
            candidates = await self.storage.articles(ids)
            texts = [a.text for a in candidates]
            kept = by_spelling(wording, texts)
            if not kept and wording != text:  # "Менде", keyed as "Mendes" is: spelt as typed
                kept = by_spelling(wording, texts, typed=text)
            if kept:
                return [candidates[i] for i in kept], wording
        return await self._named_by_letters(text, shown, limit)

    async def _named_by_letters(
        self, text: str, shown: set[int], limit: int
    ) -> tuple[list[Article], str]:
        """English articles that spell the Russian names of the words as
        English writes them (crosslingual.latin_spellings), when they found
        none by their keys: an article keys only its KEY_TERMS most frequent
        names, and the seed report names Ilya Ponomarev once, so "кто такой
        Пономарёв?" found nothing. Names only, each written in the article."""
        # a name too short to key is left out ("Анна Петрова": "Ana Petrov")
        typed = [w for w in query_words(text) if query_keys(w) or not w[:1].isupper()]
        if not typed or not has_russian_letters(text) or not all(map(is_name, typed)):
            return [], ""
        spellings = " ".join(spelt for word in typed for spelt in latin_spellings(word))
        page = await self.storage.search(spellings, limit=ACROSS_CANDIDATES, mode="any")
        found = [
            hit.article
            for hit in page.hits
            if hit.article.id not in shown and languages_differ("ru", hit.article.language)
        ]
        kept = [article for article in found if names_written(typed, article.text)]
        kept.sort(key=lambda article: -round(spelling_match(text, article.text), 1))
        return kept[:limit], text if kept else ""

    async def spelt_across(self, words: str) -> str | None:
        """The words as the best report in another language that names them
        writes them ("Navalny" -> "Навальный"; crosslingual.spelt_in), None
        when no such report is stored: what /subscribe offers to follow too."""
        await self._load_stories_once()
        named, wording = await self._named_across(words, set(), 1)
        return spelt_in(wording, named[0].text) if named else None

    async def latest(
        self, limit: int = 5, offset: int = 0, language: str | None = None
    ) -> list[Article]:
        return await self.storage.latest(limit, offset, language)

    async def latest_reports(
        self,
        limit: int = 5,
        language: str | None = None,
        period: Period | None = None,
        skip: int = 0,
    ) -> list[tuple[Article, list[Article]]]:
        """The newest reports (published in `period`, if given), each with its
        copies from other sources among the newest (read twice as many, so
        that copies leave `limit` reports), after the `skip` newest (a page on:
        folded with them, so that a copy of one is not listed again)."""
        between = period.bounds() if period else None
        newest = await self.storage.latest(2 * (skip + limit), 0, language, between)
        groups = fold([a.text for a in newest])[skip : skip + limit]
        return [(newest[g[0]], [newest[i] for i in g[1:]]) for g in groups]

    async def sources(self) -> list[SourceCount]:
        """The stored sources, most articles first; counted again only when
        articles have arrived, been removed or changed source since (34 ms at
        100,000 articles)."""
        mark = await self.storage.articles_mark()
        if mark != self._sources_seen:
            self._sources = await self.storage.sources()
            self._source_names = {_source_key(s.name): s.name for s in self._sources}
            self._sources_seen = mark
        return self._sources

    async def source_named(self, words: str) -> str | None:
        """The stored source `words` name ("fox news", "The Moscow Times" for
        "Moscow Times"), as stored; None when they name none."""
        await self.sources()
        key = _source_key(words)
        if key not in self._source_names and (before := _FROM_SOURCE.match(key)):
            key = _source_key(key[before.end() :])  # "/latest from BBC News"
        return self._source_names.get(key)

    async def section_named(self, words: str, categories_only: bool = False) -> list[str]:
        """The stored sections `words` name (news.sections: "sports news" names
        "Sport" and "sport"), most articles first; with `categories_only`,
        only when one is some article's category, not just a tag. When
        articles have arrived since, theirs are added; when some were
        removed, all are counted again (15 ms at 100,000 articles)."""
        key = section_key(words)
        if not key:
            return []  # "news": no section's name
        await self._count_sections()
        found = list(self._sections.get(key, {}).values())
        if categories_only and not any(section.is_category for section in found):
            return []
        return [s.name for s in sorted(found, key=lambda s: -s.articles)]

    async def categories(self) -> list[tuple[str, int]]:
        """The sections that are some article's category, each by its name
        with the most articles, and how many articles all its names have
        (tags too: "Sport" as a tag is the section "sport"), most first."""
        await self._count_sections()
        await self._count_repeats()
        found = []
        for key, names in self._sections.items():
            if any(section.is_category for section in names.values()):
                top = max(names.values(), key=lambda section: section.articles)
                held = sum(section.articles for section in names.values())
                found.append((top.name, held - self._section_repeats[key]))
        return sorted(found, key=lambda pair: (-pair[1], pair[0].casefold()))

    async def _count_repeats(self) -> None:
        """How many articles each key counts twice (see _section_repeats)."""
        mark, after = await self._unseen_since(self._repeats_seen)
        if after is None:
            return
        if not after:
            self._section_repeats = Counter()
        for names in await self.storage.sections_of_articles(after_id=after, at_least=2):
            for key, times in Counter(section_key(name) for name in names).items():
                self._section_repeats[key] += times - 1
        self._repeats_seen = mark

    async def _unseen_since(
        self, seen: tuple[int, int, int]
    ) -> tuple[tuple[int, int, int], int | None]:
        """The store's Storage.articles_mark(), and the id after which its
        articles are yet to be counted by a count made at `seen`: None when
        nothing changed, 0 (all, counted again) after a removal or a change
        of an article's sections."""
        mark = await self.storage.articles_mark()
        if mark == seen:
            return mark, None
        return mark, 0 if mark[1:] != seen[1:] else seen[0]

    async def _count_sections(self) -> None:
        """The sections' counts (see _sections): those of the articles that
        arrived since are added, all are read again after a removal or a
        change of an article's sections."""
        mark, after = await self._unseen_since(self._sections_seen)
        if after is None:
            return
        if not after:
            self._sections = {}
        for section in await self.storage.sections(after_id=after):
            names = self._sections.setdefault(section_key(section.name), {})
            before = names.get(section.name)
            if before is not None:
                section = SectionCount(
                    section.name,
                    before.articles + section.articles,
                    before.is_category or section.is_category,
                )
            names[section.name] = section
        self._sections_seen = mark

    async def newest_in(
        self,
        sections: list[str],
        limit: int = 5,
        language: str | None = None,
        period: Period | None = None,
    ) -> list[Article]:
        between = period.bounds() if period else None
        return await self.storage.newest_in(sections, limit, language, between)

    async def newest_from(
        self, source: str, limit: int = 5, language: str | None = None, period: Period | None = None
    ) -> list[Article]:
        between = period.bounds() if period else None
        return await self.storage.newest_from(source, limit, language, between)

    async def today(self) -> date:
        """The store's today, from which "in April" or "last week" is read:
        the day of its newest article (now, for a store fed live; an
        archive's last day), else the clock's."""
        newest = await self.storage.newest_published()
        moment = parse_date(newest) if newest else None
        return (moment or self._clock()).date()

    async def latest_on(
        self, text: str, limit: int = 5, language: str | None = None, period: Period | None = None
    ) -> SearchResult:
        """The newest reports having every word of `text`, copies folded as in
        latest_reports, each with its passage; then up to SEARCH_ACROSS reports
        in other languages (of the language asked, if one was), newest first.
        Words no article has are respelt, as for search; where no article has
        them, respelt or not, the newest reports in the other language that
        have their equivalents (_words_across)."""
        result = await self._latest_on(text, limit, language, period)
        if result.found:
            return result
        spelt = await self.respelt(text)
        better = await self._latest_on(spelt, limit, language, period) if spelt else result
        if better.found:
            return replace(better, respelt=spelt or "")
        reworded = await self.reworded(text)
        better = await self._latest_on(reworded, limit, language, period) if reworded else result
        if better.found:
            return replace(better, respelt=reworded or "")
        if result.across or period is not None:
            return result
        # "/latest засуха" of a store whose reports of the drought are in English.
        found = await self._words_across(text, 4 * limit, 4 * limit)  # then newest first
        if found is None:
            return result
        worded = found[0]
        across = [f for f in worded.across if language in (None, f.article.language)]
        across.sort(key=_newest_first, reverse=True)
        return replace(worded, across=across[:limit]) if across else result

    async def _latest_on(
        self, text: str, limit: int, language: str | None, period: Period | None = None
    ) -> SearchResult:
        between = period.bounds() if period else None
        newest = await self.storage.newest_matching(text, 2 * limit, language, between)
        query_stems = parse_query(text, stems).stems
        groups = fold([a.text for a in newest])[:limit]
        found = _reports(newest, groups, query_stems)
        across = await self._search_across(text, [f.article for f in found], SEARCH_ACROSS)
        if found and len(across) < SEARCH_ACROSS:  # "/latest drought": "Засуха на озере Соррел"
            across += await self._worded_across(text, found + across, SEARCH_ACROSS - len(across))
        across = [
            f
            for f in across
            if language in (None, f.article.language)
            and (period is None or period.holds(f.article.published_at))
        ]
        across.sort(key=_newest_first, reverse=True)
        return SearchResult(found, False, "all" if found else "none", across)

    async def most_reported(
        self,
        days: int,
        limit: int = 5,
        language: str | None = None,
        sections: list[str] | None = None,
        period: Period | None = None,
    ) -> tuple[list[TopStory], str | None]:
        """The stories most reported in the `days` days to the newest article
        stored (the store's today: now for a store fed live, the last day of
        an archive), or in `period` if given ("yesterday", "in March"), each
        by its newest report in `language` if it has one; and that newest
        time (None for an empty store). With `sections`, the stories filed
        under them only (a report of each is)."""
        newest = await self.storage.newest_published()
        if newest is None:
            return [], None
        last = datetime.strptime(newest, STORED_FORMAT).replace(tzinfo=UTC)
        since, before = (
            period.bounds() if period else (format_utc(last - timedelta(days=days)), None)
        )
        counts = await self.storage.most_reported(since, limit, language, sections or (), before)
        found = {a.id: a for a in await self.storage.articles([c.newest_id for c in counts])}
        stories = [
            TopStory(found[c.newest_id], c.reports, c.sources, c.languages)
            for c in counts
            if c.newest_id in found
        ]
        return stories, newest

    async def article(self, article_id: int) -> Article | None:
        return await self.storage.article(article_id)

    async def article_by_link(self, url: str) -> Article | None:
        """The stored article at a link, written as stored or as readers also
        write it (http or https, with or without "www.")."""
        canonical = canonical_url(url)
        for variant in link_variants(canonical) if canonical else []:
            found = await self.storage.article_by_url(variant)
            if found is not None:
                return found
        return None

    def analysis(self, article: Article, sentences: int = 3) -> Analysis:
        """Summary, facts and names of a stored article (recent ones remembered)."""
        key = (article.id, article.content_hash, sentences)
        found = self._analyses.get(key)
        if found is None:
            found = analyze(article.text, article.title, sentences=sentences)
            self._analyses[key] = found
            if len(self._analyses) > ANALYSIS_CACHE:
                self._analyses.popitem(last=False)
        else:
            self._analyses.move_to_end(key)
        return found

    async def remove_article(self, article_id: int, reason: str | None) -> RemovedArticle | None:
        """Take an article out for good (an editor's retraction): see
        Storage.remove_article. Its other-language and same-story neighbours
        stop listing it at once, as every list is read back from the store."""
        return await self.storage.remove_article(article_id, reason, self.subscriptions.now())

    async def add_page(self, url: str) -> PageAdded:
        """Store the article of a web page now, as `newsroom-bot ingest <url>`
        does, and queue its updates (an editor's /add)."""
        report = await ingest_items(self.storage, await fetch_pages([url]))
        queued = await self.after_ingest()
        if report.rejected:
            return PageAdded("rejected", reason=report.rejected[0][1])
        if report.withheld:
            return PageAdded("withheld")
        stored = report.article_ids or report.duplicate_of
        article = await self.storage.article(stored[0]) if stored else None
        outcome = "added" if report.added else "updated" if report.updated else "duplicate"
        return PageAdded(outcome, article, queued=queued)

    async def add_file(self, name: str, data: bytes) -> tuple[IngestReport, int]:
        """Store the articles of a file an editor sent (as `newsroom-bot
        ingest` reads one of that name), and queue their updates: the report
        and how many updates were queued."""
        report = await ingest_items(self.storage, read_upload(name, data))
        return report, await self.after_ingest()

    def is_admin(self, user_id: int) -> bool:
        return user_id in self.settings.admin_ids

    async def language(self, chat_id: int, hint: str | None, written: str = "") -> str:
        """The chat's chosen interface language, else the one the user wrote
        in (`written`, if we speak it), else the user's own if we speak it. A
        chat with no language for its updates yet (its topics were followed
        before the bot kept one) takes the user's own for them: no row is made
        for others."""
        chat = await self.storage.chat(chat_id)
        if chat is not None and chat.language:
            return chat.language
        spoken = interface_language(hint)
        if chat is not None and chat.updates_language is None:
            await self.subscriptions.write_updates_in(chat_id, spoken)
        return written if written in LANGUAGES else spoken

    async def set_language(self, chat_id: int, language: str | None) -> None:
        await self.storage.set_chat_language(chat_id, language)

    async def refresh_stories(self) -> int:
        """Take in articles stored since the last look (by this or another process),
        putting each not yet grouped into its story. Returns how many were grouped."""
        async with self._stories_lock:
            updates: list[tuple[int, int, str | None]] = []  # (id, story, new signature)
            grouped = 0
            while rows := await self.storage.story_rows(self._stories_seen):
                for row in rows:
                    sig, new = _row_signature(row)
                    if row.story_id is None:
                        updates.append((row.id, self._stories.add(row.id, sig), new))
                        grouped += 1
                    else:
                        self._stories.load([(row.id, sig, row.story_id)])
                        if new is not None:
                            updates.append((row.id, row.story_id, new))
                    self._stories_seen = row.id
                if len(updates) >= 5000:
                    await self.storage.set_stories(updates)
                    updates = []
            await self.storage.set_stories(updates)
            return grouped

    async def after_ingest(self) -> int:
        """Group new articles into stories, then queue updates for their followers.
        Returns how many updates were queued."""
        await self.refresh_stories()
        return await self.subscriptions.percolate()

    async def copies_before(self, article_id: int, text: str) -> list[int]:
        """The earlier articles of its story that an article copies, latest
        first (percolation folds the updates they would make)."""
        if article_id not in self._stories:
            return []
        candidates = self._stories.copy_candidates(article_id)
        earlier = {a.id: a for a in await self.storage.articles(candidates)}
        return [i for i in candidates if i in earlier and is_copy(text, earlier[i].text)]

    async def related(self, article_id: int, limit: int = 8) -> list[RelatedItem]:
        """Same story first, then the same subject; near-copies folded; never itself.
        Articles in other languages count by their shared keys (names, figures)."""
        await self.refresh_stories()
        index = self._stories
        sig = index.signature_of(article_id)
        if sig is None:
            return []
        scores = {
            i: s
            for i, s in index.same_subject(sig, limit=RELATED_CANDIDATES, exclude=article_id)
            if s >= RELATED_MIN
        }
        for other, score in index.similar_across(sig, RELATED_CANDIDATES, exclude=article_id):
            if score >= RELATED_ACROSS_MIN:
                scores.setdefault(other, score)
        mates = self._story_mates(article_id, sig.language)
        for member in mates:
            if member not in scores:
                same_language = index.language_of(member) == sig.language
                cosine = index.subject_cosine if same_language else index.key_cosine
                scores[member] = cosine(article_id, member)
        for other, score in self._subject_of_translations(mates, sig.language):
            scores.setdefault(other, score)
        ranked = sorted(
            scores,
            key=lambda i: (
                i not in mates,
                -round(scores[i], 2),
                -(index.day_of(i) or 0.0),
            ),
        )
        window = ranked[: limit * 3]
        found: dict[int, Article] = {}  # read when first compared: most lists never are
        groups: list[list[int]] = []
        for position, candidate in enumerate(window):
            home = None
            for group in groups:
                if index.cosine(group[0], candidate) < DUPLICATE_SIMILARITY:
                    continue
                # Copies come in clusters: the candidates left are read in one go.
                await self._read_into(found, [group[0], *window[position:]])
                if _near_copy(found.get(group[0]), found.get(candidate)):
                    home = group
                    break
            if home is not None:
                home.append(candidate)
            elif len(groups) < limit:
                groups.append([candidate])
        await self._read_into(found, [i for g in groups for i in g])
        return [
            RelatedItem(
                found[g[0]],
                scores[g[0]],
                g[0] in mates,
                [found[i] for i in g[1:] if i in found],
            )
            for g in groups
            if g[0] in found
        ]

    async def _other_reports(self, found: list[Article], limit: int) -> list[Article]:
        """Up to `limit` reports in their language of the found articles'
        stories that were not found: the first report of the Kestrel breach
        writes "hackers stole data", not "breach", and "catch me up on the
        Kestrel breach" began with the inquiry it opened. The story index as
        the search's look across languages reads it (_load_stories_once): a
        summary does not wait while a large batch is grouped."""
        await self._load_stories_once()
        index = self._stories
        shown = {a.id for a in found}
        others: list[int] = []
        for article in found:
            if article.id not in index:
                continue
            for mate in sorted(self._story_mates(article.id, article.language) - shown):
                if not languages_differ(article.language, index.language_of(mate)):
                    shown.add(mate)
                    others.append(mate)
        return await self.storage.articles(others[:limit])

    def _story_mates(self, article_id: int, language: str) -> set[int]:
        """The other articles of its story that are alike enough to it to be
        called the same story: a story grows one report at a time, each like
        the one it joined, and its ends can be far apart ("I will come to
        Tunisia", on tourists after the Bardo attack, and ISIS's claim of an
        attack in Yemen, cosine 0.02, were in one story on the CNN dev set).
        BASIL's reports of one event are all at least 0.28 alike."""
        index = self._stories
        mates = set()
        for member in index.members(index.story_of[article_id]):
            if member == article_id:
                continue
            same_language = not languages_differ(language, index.language_of(member))
            cosine = index.cosine if same_language else index.key_cosine
            if cosine(article_id, member) >= STORY_MATE_MIN:
                mates.add(member)
        return mates

    def _subject_of_translations(self, mates: set[int], language: str) -> list[tuple[int, float]]:
        """The same-subject articles of the first of an article's story mates
        (_story_mates) in another language: a Russian report of an event
        covered mostly in English shares too few names with the English
        articles around it to find them by keys, but its English report finds
        them by words. (None of them is in the article's language.)"""
        index = self._stories
        other = min(
            (m for m in mates if languages_differ(language, index.language_of(m))), default=None
        )
        other_sig = index.signature_of(other) if other is not None else None
        if other_sig is None:
            return []
        found = index.same_subject(other_sig, limit=RELATED_CANDIDATES, exclude=other)
        return [(i, s) for i, s in found if s >= RELATED_MIN]

    async def _read_into(self, found: dict[int, Article], ids: list[int]) -> None:
        missing = [i for i in ids if i not in found]
        if missing:
            found.update((a.id, a) for a in await self.storage.articles(missing))

    async def topic_summary(self, query: str, count: int = 5, articles: int = 5) -> TopicSummary:
        """A summary of what the best-matching articles say about `query`, with
        its sources (the articles it cites); sentences are weighed by the words
        as the articles were found by (respelt, if they were). Chosen by rank,
        told in the order the articles came out (each article's in its own
        order), so that a story reads as it unfolded: the breach, then the
        inquiry, then the resignation, not the best match's news first."""
        result = await self.search(query, limit=articles, across=0)
        if result.mode != "all" and (
            worded := await self._with_words_across(query, result, articles, articles)
        ):
            # More of the words in the other language's reports, in their equivalents
            # ("кратко об утечке данных": "breach data"), said as a respelling is.
            result = SearchResult(worded.across, False, "all", respelt=worded.across_by)
        found = [f.article for f in result.found]
        if result.mode == "all":
            found += await self._other_reports(found, STORY_REPORTS_ADDED)
        words = result.respelt or query
        sentences = topic_summary([(a.id, a.title, a.text) for a in found], words, count)
        cited = {s.source for s in sentences}  # a source no sentence cites is no source
        sources = sorted((a for a in found if a.id in cited), key=lambda a: a.published_at)
        told = {a.id: n for n, a in enumerate(sources)}
        sentences.sort(key=lambda s: (told[s.source], s.sentence.start))
        return TopicSummary(sentences, sources, result.respelt, result.mode == "any")

    async def related_to_text(self, text: str, limit: int = 8) -> list[Article]:
        """Stored articles closest to a free text (a pasted paragraph, a headline)."""
        await self.refresh_stories()
        sig = signature("", text, None)
        found = self._stories.same_subject(sig, limit=limit)
        best = [i for i, score in found if score >= RELATED_MIN]
        across = self._stories.similar_across(sig, limit=limit)
        best += [i for i, score in across if score >= RELATED_ACROSS_MIN and i not in best]
        return await self.storage.articles(best[:limit])

    async def stories(self) -> list[tuple[int, list[Article]]]:
        await self.refresh_stories()
        return await self.storage.stories()

    async def load_demo_if_empty(self) -> IngestReport | None:
        """Fill a new, empty database with the demo set (once)."""
        if await self.storage.get_flag("demo_loaded") or await self.storage.count():
            return None
        report = await ingest_items(self.storage, demo_records(), after_batch=self.refresh_stories)
        await self.storage.set_flag("demo_loaded", datetime.now(UTC).isoformat())
        return report


def _row_signature(row: StoryRow) -> tuple[Signature, str | None]:
    """A stored article's signature, and its encoding when it must be (re)saved:
    rows stored without one, or with one from before signatures had keys (whose
    words and date are kept: the date it was computed with may be unknown now)."""
    if row.signature is None:
        sig = signature(row.title, row.text, row.published_at, language=row.language)
        return sig, sig.encode()
    sig = Signature.decode(row.signature)
    if sig.language:
        return sig, None
    sig = Signature(sig.terms, sig.day, row.language, bridge_keys(row.title, row.text))
    return sig, sig.encode()


def interface_language(code: str | None) -> str:
    """'ru', 'ru-RU' -> 'ru'; anything we have no texts for -> 'en'."""
    base = (code or "").split("-")[0].split("_")[0].lower()
    return base if base in LANGUAGES else "en"


def written_language(words: str) -> str:
    """The interface language words are written in, "" when they do not say
    (a name, an id, "ru"): a reader whose Telegram is in English who writes
    "что нового о засухе?" reads the answer in Russian."""
    found = detect_language(words[:MAX_WRITTEN_CHARS])
    return found if found in LANGUAGES else ""


def _near_copy(a: Article | None, b: Article | None) -> bool:
    """Of two articles whose signatures are nearly alike, whether /related lists
    `b` as another source of `a`: the same report republished (its words), or
    rewritten by another source (sources known and different). The same
    outlet's article this alike is a later development of the story, listed
    on its own."""
    if a is None or b is None:
        return False
    if a.source and b.source and a.source != b.source:
        return True
    return same_report(a.text, b.text)


def _respell_floor(stored: int) -> int:
    """How many articles must hold a respelling: RESPELL_MIN_ARTICLES, fewer
    while the store is young ("конгресс" is in two of the demo's 31)."""
    return min(RESPELL_MIN_ARTICLES, 1 + stored // RESPELL_STORE_SHARE)


def _with_words(text: str, changes: list[tuple[str, str]]) -> str:
    """The text with each word changed in its place (the rest kept: "who did
    not attend?" is never asked as whoever attended)."""
    for typed, written in changes:
        word = re.compile(rf"(?<![\w'’-]){re.escape(typed)}(?![\w'’-])")
        text = word.sub(written.replace("\\", r"\\"), text, count=1)
    return text


def _cased_as(typed: str, fix: str | None) -> str:
    """A respelt word written as the reader wrote the word it replaces."""
    if fix is None:
        return typed
    if typed.isupper() and len(typed) > 1:
        return fix.upper()
    return fix.capitalize() if typed[:1].isupper() else fix


# A source asked for with a word before its name: "from BBC News", "от РИА Новости".
_FROM_SOURCE = re.compile(r"(?:from|by|от|из|у)\s+")


def _source_key(name: str) -> str:
    """A source's name as readers may type it: any case, any spaces, with or
    without a leading "the", in "quotes" or not."""
    key = " ".join(name.casefold().split())
    if len(key) > 1 and key[0] == key[-1] == '"':
        key = key[1:-1].strip()
    return key.removeprefix("the ")


def _reports(
    articles: list[Article], groups: list[list[int]], query_stems: set[str]
) -> list[Found]:
    """One entry per report (a group of copies.fold): its first article with
    its passage, the copies of it listed under it as other sources."""
    return [
        Found(
            articles[g[0]], snippet(articles[g[0]].text, query_stems), [articles[i] for i in g[1:]]
        )
        for g in groups
    ]


def demo_records() -> list[Record]:
    """The demo articles shipped inside the package (written for this project)."""
    text = resources.files("bot.demo").joinpath(DEMO_RESOURCE).read_text(encoding="utf-8")
    return [
        Record(f"demo:{n}", json.loads(line), len(line))
        for n, line in enumerate(text.splitlines(), start=1)
        if line.strip()
    ]
