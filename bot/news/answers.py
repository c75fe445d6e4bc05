"""The sentence of a few articles that answers a reader's question.

Asked "how many people were detained?", a search lists the articles, and the
reader still has to find the figure in them. The question's first words say
what kind of thing answers it (how many: a figure; when: a date; how long: a
length of time; where: a place; who: a person or an organisation; what did
X say: X's words; who is X: the words that say who or what X is), and the
rest which sentence holds it. So the answer is the sentence that has the
most of the question's words, weighed by how rare each is among the
sentences looked at, and an answer of that kind that the question does not
name already; its articles' titles count a little, as the search found
them by their words too. Extractive, as all the bot says: the sentence as
written, with what answers it marked. When no sentence holds enough of the
question, there is no answer: the search's results are better than a guess.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Literal, NamedTuple

from bot.news.descriptions import descriptions
from bot.news.entities import Entities, find_entities, surnames
from bot.news.facts import attributions, figures_and_dates
from bot.news.gazetteer import TITLES
from bot.news.measures import (
    dates_in_words,
    durations,
    frequencies,
    is_money,
    money_end,
    ordinals,
    scores,
    spelt_figures,
    times_of_day,
    with_unit,
    with_year,
)
from bot.news.paraphrases import as_one, in_question, in_sentence
from bot.news.reasons import reasons
from bot.news.sentences import Sentence, split_sentences
from bot.news.text import IRREGULAR_EN, STOP_WORDS, has_russian_letters, stems

# "money": a figure that is a sum of money ("how much did the restoration cost?");
# "frequency": how often ("three times a week"); "time": at what time of day
# ("at 23:15"); "reason": why (news.reasons); "whether": whether it is so
# ("did Okafor resign?"): the sentence that says what the question does, none
# of it marked (whether it says yes is the reader's to read); "statement":
# what things ("what laws were passed in March 2022?"), the same way;
# "ordinal": which one of them ("the third held since 2022") or how many;
# "score": how a match ended ("beat Eastport United 2-1"); "share": a figure
# that is a share ("up to 4% of its annual turnover"), what answers "how
# much" where no sentence gives a sum (_OR_ELSE).
Wants = Literal[
    "figure",
    "money",
    "share",
    "frequency",
    "time",
    "date",
    "duration",
    "place",
    "person",
    "organization",
    "quote",
    "identity",
    "reason",
    "whether",
    "statement",
    "ordinal",
    "score",
]
# The kinds answered by a sentence that says all the question does, itself
# (not its title) and with nothing marked.
SAYS_IT: tuple[Wants, ...] = ("whether", "statement")

MAX_ARTICLES = 3
MAX_CHARS = 60_000
MAX_SENTENCES = 200
MAX_ANSWER_CHARS = 600
# The share of the question's weight a sentence must hold to be an answer
# (benchmarks/eval_answers.py: below it, answers are more often wrong).
MIN_COVERAGE = 0.4
# Asked of one article the reader chose (in reply to its card), the question
# need not say as much to be about it (eval_answers: right in 76.6% at 0.2).
MIN_COVERAGE_OF_ONE = 0.2
# How much farther from the question's words than the nearest answer another
# may stand and still be marked ("Tuesday and Wednesday"; not "in Ukraine").
NEAR_CHARS = 20
# How far from a word of attribution ("said") the speaker's name may stand:
# "Boren, the OU president, said" (after it, past a role, twice as far:
# "said the association's chief economist, Ana Petrov").
SPEAKER_CHARS = 40
# How many of the question's words a sentence of the articles a search found
# must hold, with its article's title (all, if it has fewer): one rare word
# alone can outweigh the topic's words, which many sentences have ("will lead
# the company" for "who leads the Bank of Veloria?"). Asked of one article,
# one will do.
MIN_WORDS_HELD = 2
# Words of the reader's that say nothing of which sentence answers. "How many
# customers were affected?": the report writes what happened to them ("data of
# 2.3 million customers was stolen"), seldom "affected".
# Asked how long a trip takes, its word ("journey", "trip", "поездка") is seldom
# the report's: "trains ... take just under seven hours"; asked who won a match,
# "match" is seldom the word of the sentence that says.
_VAGUE: dict[Wants, frozenset[str]] = {
    # "сколько людей пришло на парад?": "пришло" stems as "пришлись" (fell on) and
    # "пришлось" (had to) do, which no count of who came writes
    "figure": frozenset(stems("affected impacted затронуло затронуты затронет пришло пришёл")),
    "duration": frozenset(stems("journey trip ride поездка поездки путь дорога")),
    # "who won the match?": "Calder Rovers beat Eastport United 2-1 in the final"
    "person": frozenset(stems("match game матч игра")),
    "organization": frozenset(stems("match game матч игра")),
}
# Now, which reports leave out: who holds a post ("who leads Kestrel now?":
# "Sofia Klein will lead the company"), what a figure is ("what is the
# inflation rate now?"). Not where someone is now: the match's stadium is
# no answer to "where is Mendes now?"
_NOW = stems("now currently presently сейчас теперь")
# The words of a question for a sum that its report seldom writes.
_SUM_UNSAID = stems("get gets got gotten getting receive receives received money")
# What a sum is the price of, in the reader's word, which its report writes
# as what is sold ("how much will night train tickets cost?": "Sleeper cabins
# will cost from 65 crowns a person"). Only when two more words say what is
# sold: "how much do tickets cost?" is no question of any cost.
_PRICE_UNSAID = frozenset(stems("ticket tickets fare fares price prices билет билеты цена цены"))
# Who came, in the word a report of a count seldom writes: "how many
# visitors came to the library?" is answered by "3,000 people visited" (not
# where something comes from: "one in three flowers sold in Europe come
# from Kenya").
_CAME_TO = re.compile(r"\b(?:come|comes|came|coming)\s+(?:to|out|for)\b", re.IGNORECASE)
_CAME = frozenset(stems("come"))
# A count of who came to something, or just came, is one of who attended:
# "how many people came to the congress?" is answered by "Some 300 activists
# met" as "how many people attended the congress?" is (and "сколько человек
# приехало?" of an English report, asked in "came").
_CAME_TO_EVENT = re.compile(r"\b(?:come|comes|came|coming)\b(?=\s+to\b|\s*$)", re.IGNORECASE)
# Words of a question that count where a sentence holds them, and are not
# missed where it does not: "how much aid did farmers get?" is answered by
# "has promised 25 million crowns in emergency aid", "how many questions did
# CNN receive?" by "we received hundreds of responses".
_OPTIONAL: dict[Wants, frozenset[str]] = {
    "figure": frozenset([*_SUM_UNSAID, *_NOW]),
    "money": frozenset(_SUM_UNSAID),
    "share": frozenset(_SUM_UNSAID),
    "person": frozenset(_NOW),
    "organization": frozenset(_NOW),
}
# A measure named after what it measures: "what is the inflation rate?" is
# answered by "inflation of 6.1%" (not by "the interest rate at 4.25% ... if
# inflation keeps falling", which held both words); "what rate did the bank
# set?" keeps its "rate".
_MEASURES_AFTER = frozenset(stems("rate level"))


def came_as_attended(question: str) -> str:
    """A count's question of who came (to something) asked as of who attended,
    as reports write it ("how many people came to the congress?")."""
    return _CAME_TO_EVENT.sub("attended", question)


def _measure_after_noun(question: str) -> frozenset[str]:
    terms = stems(question)
    return frozenset(t for before, t in itertools.pairwise(terms) if t in _MEASURES_AFTER)


# The words of a question for a score that reports of the match seldom write:
# "what was the final score?" is answered by "beat Eastport United 2-1".
_SCORE_WORDS = frozenset(stems("score scoreline result end ended finish finished счёт итоговый"))
# Asked whether something is so ("was the billing system updated?"), a
# sentence must hold every word of a question of up to so many words, and
# all but one of a longer one: with "billing system" alone it says nothing
# of whether it was updated.
WHETHER_ALL_WORDS = 3
# How much a question word found only in the article's title counts.
TITLE_SHARE = 0.25


@dataclass(frozen=True)
class Answer:
    """A sentence of articles[article], as written; `marks` are the spans
    of it that answer the question (sorted, apart)."""

    article: int
    text: str
    marks: tuple[tuple[int, int], ...]
    coverage: float
    wants: Wants | None = None  # what was asked for (what the answer is headed by)


@dataclass(frozen=True)
class _Candidate:
    article: int
    sentence: Sentence
    terms: frozenset[str]
    marks: tuple[tuple[int, int], ...]
    speaks: bool = False  # asked what someone said: whether they say it here


def answer(
    question: str,
    wants: Wants | None,
    articles: Sequence[tuple[str, str]],
    min_coverage: float = MIN_COVERAGE,
    named_too: bool = False,
    min_words: int = MIN_WORDS_HELD,
    speaker: str = "",
    doer: bool = True,
) -> Answer | None:
    """The best answer to the question among the articles' sentences (each
    article a (title, text) pair, best match first), or None. With no kind
    wanted, any sentence may answer (what evaluation compares with). A sentence must
    hold `min_words` of the question's words (all, if it has fewer). With
    `named_too`, what the question names may answer it: a question made of
    an article's title ("when?" of a card) names its own answer. Asked what
    someone said, `speaker` is whose words (the question, if not given).
    Asked for a person, the question is what they did ("won the cup final",
    as after "who"): the name marked is who does it (_doers); not with
    `doer` false (a question with its person's place inside it). What answers
    when no sentence gives the kind asked: _OR_ELSE."""
    if wants in ("person", "identity") and (who := predecessor(question)):
        return _successor_of(question, who, articles, min_coverage)
    if wants in ("person", "identity") and (asked := successor_asked(question)):
        # "who is the new CEO of Kestrel?": from sentences that say someone
        # takes a post (not "Daniel Okafor, the chief executive of Kestrel
        # Mobile, resigned"), the one that says so in the question's words
        # ("new manager Rafael Benitez"), else who leads Kestrel now ("Sofia
        # Klein will lead the company").
        return _answer(
            question, "person", articles, min_coverage, named_too, min_words, "", doer, True
        ) or _answer(asked, "person", articles, min_coverage, named_too, min_words, "", doer, True)
    found = _answer(question, wants, articles, min_coverage, named_too, min_words, speaker, doer)
    if found is None and wants in _OR_ELSE:
        return _answer(
            question, _OR_ELSE[wants], articles, min_coverage, named_too, min_words, speaker, doer
        )
    return found


# A post, as questions of who takes one name it.
_POST_EN = (
    r"(?:head\s+)?coach|manager|boss|ceo|chief\s+executive|chief|chair(?:man|woman)?|president"
    r"|director|leader|head|governor|editor|minister|prime\s+minister|captain|mayor"
    r"|ambassador|commissioner|secretary(?:[\s-]general)?|chancellor|premier"
)
_POST_RU = (
    r"(?:главн\w+\s+)?тренер\w*|наставник\w*|руководител\w*|глав\w*|гендиректор\w*"
    r"|(?:генеральн\w+\s+)?директор\w*|президент\w*|председател\w*|премьер\w*|министр\w*"
    r"|мэр\w*|губернатор\w*|капитан\w*|лидер\w*|редактор\w*|посл\w*"
)
# Who takes a post: "the new CEO of Kestrel", "Kestrel's new boss", "in
# charge of Kestrel now", "новый тренер Eastport United" (not "running the
# inquiry": who leads it, whenever they began).
_SUCCESSOR = [
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        rf"(?:(?:is|will\s+be)\s+)?(?:the\s+)?new\s+(?P<post>{_POST_EN})"
        rf"(?:\s+(?:of|at|for|in)?\s*(?P<org>.+?))?(?:\s+now)?",
        rf"(?P<org>.+?)['’]s?\s+new\s+(?P<post>{_POST_EN})(?:\s+now)?",
        r"(?:in\s+charge\s+(?:of|at)|running|leading|heading)\s+(?P<org>.+?)\s+now",
        rf"(?:теперь\s+|сейчас\s+)?нов(?:ый|ая|ым|ой|ого)\s+(?P<post>{_POST_RU})"
        rf"(?:\s+(?P<org>.+))?",
    )
]
# A sentence that says someone takes a post: "Sofia Klein will lead the
# company", "will take charge", "was appointed", "назначен", "возглавит"; not
# who held it ("Hale had been in charge") or left it ("Okafor resigned").
_TAKES_OVER = re.compile(
    r"\bwill\s+(?:now\s+)?(?:lead|head|run|manage|coach|take\s+(?:charge|over)|become|replace"
    r"|succeed|step\s+in)\b|\b(?:take|takes|taking|took|taken)\s+(?:over|charge)\b"
    r"|\b(?:appointed|named|replaces|replaced|replacing|succeeds|succeeded|successor|interim"
    r"|acting)\b|\bnew\s+(?:" + _POST_EN + r")\b"
    r"|(?<!\w)(?:назнач\w+|возглавит|возглавил\w*|замени\w+|заменит|сменил\w*|сменит"
    r"|преемник\w*|временно|исполняющ\w+)(?!\w)",
    re.IGNORECASE,
)
# Posts of a team: who takes one manages it ("Assistant coach Lina Marsh will
# take charge", read as "managed"); others lead what they head.
_TEAM_POST = re.compile(r"(?:head\s+)?coach|manager|(?:главн\w+\s+)?тренер\w*|наставник\w*", re.I)


def successor_asked(question: str) -> str:
    """A question of who takes a post, asked as who leads (or manages) now
    what it is of ("the new CEO of Kestrel": "leads Kestrel now"; "new prime
    minister": "prime minister now"); "" when it asks no such thing."""
    for pattern in _SUCCESSOR:
        if not (found := pattern.fullmatch(question.strip(" ?"))):
            continue
        post = found.groupdict().get("post") or ""
        org = found["org"] or ""
        if not org:
            return f"{post} now"
        russian = has_russian_letters(question)
        verb = "manages" if _TEAM_POST.fullmatch(post) else "leads"
        return f"руководит {org} сейчас" if russian else f"{verb} {org} now"
    return ""


# Who comes after someone: "replaced Hale", "will replace Okafor", "took
# over from Hale", "заменит Окафора".
_REPLACED = re.compile(
    r"(?:(?:will|is|was|has)\s+)?(?:replace[sd]?|replacing|succeed(?:s|ed|ing)?"
    r"|(?:take|takes|took|taken|taking)\s+over\s+from|(?:заменит|заменил[аи]?|сменит|сменил[аи]?"
    r"|пришёл\s+на\s+смену|придёт\s+на\s+смену))\s+(?P<who>\w[\w\s'’.-]*)",
    re.IGNORECASE,
)


def predecessor(question: str) -> str:
    """Whom a question of who comes after someone names ("replaced Hale":
    "Hale"); "" for another question."""
    found = _REPLACED.fullmatch(question.strip(" ?"))
    return found["who"] if found and found["who"][:1].isupper() else ""


def _successor_of(
    question: str, who: str, articles: Sequence[tuple[str, str]], min_coverage: float
) -> Answer | None:
    """Who comes after `who`: who the sentence that says so names ("Skarsgard
    then replaced Neeson"); where none says so, in the best article naming
    them, the first sentence that says someone takes a post, its name marked
    ("Assistant coach Lina Marsh will take charge" of "who replaced Hale?")."""
    said = _answer(question, "person", articles, min_coverage, False, MIN_WORDS_HELD, "")
    if said is not None:
        return said
    named = frozenset(stems(who))
    for number, (title, text) in enumerate(articles[:MAX_ARTICLES]):
        if named <= frozenset(stems(f"{title} {text[:MAX_CHARS]}")):
            for candidate in _candidates(number, text[:MAX_CHARS], "person", named, False):
                if _TAKES_OVER.search(candidate.sentence.text):
                    return Answer(number, candidate.sentence.text, candidate.marks, 1.0, "person")
    return None


# What answers when no sentence gives what was asked: a time of day "when"
# ("when is kick-off?": "at 17:00"), a share "how much" ("how big is the
# fine?": "up to 4% of its annual turnover"; not "40 homes").
_OR_ELSE: dict[Wants, Wants] = {"date": "time", "money": "share"}


def _answer(
    question: str,
    wants: Wants | None,
    articles: Sequence[tuple[str, str]],
    min_coverage: float,
    named_too: bool,
    min_words: int,
    speaker: str,
    doer: bool = True,
    taking: bool = False,
) -> Answer | None:
    """answer(), for one kind of answer; with `taking`, only from sentences
    that say someone takes a post."""
    if wants == "figure":
        question = came_as_attended(question)
    asked = in_question(question)
    vague = _VAGUE.get(wants, frozenset()) if wants else frozenset()
    if wants == "figure":
        vague |= _measure_after_noun(question)
    if asked - vague:
        asked -= vague
    if wants == "score":
        asked -= _SCORE_WORDS
        if not asked:
            return _first_score(articles[:MAX_ARTICLES])
    if not asked:
        return None
    optional = asked & _OPTIONAL.get(wants, frozenset()) if wants else frozenset()
    if wants == "figure" and _CAME_TO.search(question):
        optional |= asked & _CAME
    if wants == "money" and len(asked - _PRICE_UNSAID) >= 2:
        optional |= asked & _PRICE_UNSAID
    if optional == asked:
        optional = frozenset()
    articles = articles[:MAX_ARTICLES]
    kind = _WEIGHED_AMONG.get(wants, wants) if wants and wants not in SAYS_IT else None
    verb = _question_verb(question) if wants in _WHO else None  # who did what
    deed = _deed_verb(question) if wants in SAYS_IT else ""  # "what did they discuss"
    candidates = [
        candidate
        for number, (title, text) in enumerate(articles)
        for candidate in _candidates(
            number, text[:MAX_CHARS], kind, asked, named_too, verb if doer else None
        )
    ]
    if taking:
        candidates = [c for c in candidates if _TAKES_OVER.search(c.sentence.text)]
    if wants not in SAYS_IT and negated(question):
        # "who did not attend?" is not answered by who took part
        candidates = [c for c in candidates if _SAYS_NOT.search(c.sentence.text)]
    elif verb is not None:
        # nor "who attended?" by "Not all anti-Putin groups attended"
        candidates = [c for c in candidates if not _verb_denied(c.sentence.text, verb)]
    if wants == "quote":
        named = any(word[:1].isupper() for word in (speaker or question).split())
        others = _other_names(question, speaker) if speaker and not named else []
        candidates = _their_words(candidates, stems(speaker or question), named, others)
    # Words weigh by how many of the sentences with figures hold them, a sum
    # of money or not (or of all sentences, asked how often): among the few
    # that answer, every word would be rare.
    weights = _weights(asked, candidates)
    if wants in _WEIGHED_AMONG:
        candidates = _narrowed(candidates, wants, asked)
    if not candidates:
        return None
    whole = sum(weight for term, weight in weights.items() if term not in optional)
    titles = [as_one(stems(title)) & asked for title, _ in articles]
    best, best_rank = None, (0.0, math.inf, 0, 0.0)  # a sentence holding nothing never ranks
    where = wants == "place" and not _POSSESSIVE.search(question)  # not "of ___'s population"
    enough = min(min_words, len(asked - optional))
    if wants in SAYS_IT:  # the sentence must say what is asked, not two words of it
        enough = len(asked) - (len(asked) > WHETHER_ALL_WORDS)
    told = _told(question) & asked if wants == "reason" else frozenset()
    for candidate in candidates:
        held = asked & candidate.terms
        # Whether something is so, the sentence must say it: not its title.
        in_title = titles[candidate.article] - held if wants not in SAYS_IT else frozenset()
        if len(held) + len(in_title) < enough:
            continue  # one rare word alone: "will lead the company" for "who leads the bank?"
        if told and not told & (held | in_title):
            continue  # "why did Lake Sorrel fall?": not why the Sorrel valley's farmers lost
        coverage = sum(weights[t] for t in held)
        coverage += TITLE_SHARE * sum(weights[t] for t in in_title)
        coverage = round(coverage, 9)  # sets sum in any order: ties stay ties
        # Ties: the sentence that writes the question's verb, asked who did it
        # ("who took part in the congress?": "... took part", not "the congress
        # is supported by"), as asked before in other words ("paid for", not
        # "cost"); then the better article; in it, the sentence whose answer stands
        # nearest the question's words ("Inflation of 6.1%", not "the interest rate
        # at 4.25% ... if inflation keeps falling"; _NEAR_KINDS); then the earlier
        # sentence.
        verb_rank = _verb_rank(candidate.sentence.text, verb)
        if deed:  # "The platform discussed issues", not "a platform for discussion"
            verb_rank = _writes_inflected(candidate.sentence.text, deed)
        near = _nearness(candidate, asked) if wants in _NEAR_KINDS else 0
        if where:
            near = _where_it_is(candidate)
        rank = (coverage, verb_rank, -candidate.article, near)
        if rank > best_rank:
            best, best_rank = candidate, rank
    best_coverage = best_rank[0]
    if best is None or best_coverage / whole < min_coverage:
        return None
    text = best.sentence.text
    # Not asked who said it ("..., said an official with ..."): its source is not who.
    said = bool(attributions(question))
    marks = _doers(text, best.marks, verb, said) if wants in _WHO and doer else None
    if marks:  # "such as X and the far-right Y have staged": both did
        marks = _with_listed(text, best.marks, [mark in marks for mark in best.marks])
    if marks is None:
        answering = best.marks
        if wants in _WHO and _verb_at(text, verb) and not said:
            answering = _not_sources(text, answering)
        marks = _once(text, _nearest(text, answering, asked))
    if wants == "figure":  # "how much aid?": "25 million crowns"
        marks = tuple(_with_currency(text, a, b) for a, b in marks)
    return Answer(best.article, text, marks, round(min(1.0, best_coverage / whole), 3), wants)


def _told(question: str) -> frozenset[str]:
    """The terms of what a question says of its names: its words in lower
    case ("fall" of "why did Lake Sorrel fall?"). A cause is of something
    that happened; a sentence holding only the names says why something else
    did."""
    return as_one(stems(" ".join(word for word in question.split() if word.islower())))


def negated(question: str) -> bool:
    """Whether the question asks what did not happen ("who did not attend?",
    "кто не приехал?")."""
    return bool(_NEGATED.match(question))


def _once(text: str, marks: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    """The marks but those repeating an earlier one's words: "the centre of
    Calder ... to celebrate Calder Rovers' first cup win" answers once."""
    seen: set[str] = set()
    kept = []
    for start, end in marks:
        if text[start:end] not in seen:
            seen.add(text[start:end])
            kept.append((start, end))
    return tuple(kept)


def _other_names(question: str, speaker: str) -> list[str]:
    """The stems of the question's capitalised words but the speaker's: asked
    what the regulator said about Kestrel, Kestrel's own words are none of
    the regulator's."""
    theirs = set(stems(speaker))
    capitalised = " ".join(word for word in question.split() if word[:1].isupper())
    return [term for term in stems(capitalised) if term not in theirs]


def _their_words(
    candidates: list[_Candidate],
    speaker: list[str],
    only_theirs: bool,
    others: list[str] | None = None,
) -> list[_Candidate]:
    """Of the sentences that quote or attribute, those where the speaker asked
    about speaks; when there are none, the others only if the speaker is no
    name (`only_theirs` false: "what do people say about the congress?"):
    another's words are no answer to what Blair said, nor are those of
    another name the question holds (`others`: "what did the regulator say
    about Kestrel?" is not answered by "Kestrel said"). A speaker speaks in a
    sentence naming them near "said" by their last name ("... ," Peskov
    said; not "said Vonn, ... Anna Maze" for Anna Fenninger), or a "he said"
    right after one ("... ," he added), as _as_speaker reads it. A sentence
    that only mentions them ("Hernandez told her to give money to Tanya
    Singleton") gives another's words. Their whole name counts as held by
    each: "Peskov said" and "he added" are Dmitry Peskov's words."""
    if not speaker:
        return candidates
    last, names = speaker[-1], frozenset(speaker)  # the last name; all of it
    theirs: list[tuple[_Candidate, int]] = []
    previous: _Candidate | None = None
    for candidate in candidates:
        text = candidate.sentence.text
        said = attributions(text)
        named = any(_names_speaker(text, span, last, names, said) for span in said)
        follows = (
            previous is not None
            and previous.speaks
            and previous.article == candidate.article
            and 0 <= candidate.sentence.start - previous.sentence.end <= _NEXT_SENTENCE
            and any(_PRONOUN.search(_around(text, span, 12)) for span in said)
        )
        if named or follows:
            full = len(candidate.terms & names)
            candidate = _Candidate(
                candidate.article,
                candidate.sentence,
                candidate.terms | as_one(names),
                candidate.marks,
                speaks=True,
            )
            theirs.append((candidate, full))
        previous = candidate
    # Of one article's equally good answers the first wins: those that write
    # more of the name first ("Nicola Scholes told", not Liam Scholes's "Scholes said").
    theirs.sort(key=lambda pair: (pair[0].article, -pair[1]))
    found = [candidate for candidate, _ in theirs]
    if found or only_theirs:
        return found
    return [c for c in candidates if not others or not _spoken_by(c.sentence.text, others)]


def _spoken_by(sentence: str, names: list[str]) -> bool:
    """Whether one of the names (stems) speaks in the sentence (_names_speaker)."""
    said = attributions(sentence)
    return any(
        _names_speaker(sentence, span, name, frozenset(names), said)
        for span in said
        for name in names
    )


def _names_speaker(
    sentence: str,
    span: tuple[int, int],
    last: str,
    speaker: frozenset[str],
    said: list[tuple[int, int]],
) -> bool:
    """Whether the speaker's last name (its stem) stands within SPEAKER_CHARS
    of a word of attribution as the one who speaks (_as_speaker)."""
    start, end = span
    # Whole words, twice as far either way for a name past a role (_as_speaker).
    low, high = _whole_word_bounds(sentence, start - 2 * SPEAKER_CHARS, end + 2 * SPEAKER_CHARS)
    for word in _WORD.finditer(sentence, low, high):
        if last in stems(word.group()) and _as_speaker(sentence, word, span, speaker, said):
            return True
    return False


def _whole_word_bounds(sentence: str, low: int, high: int) -> tuple[int, int]:
    """`low` and `high` (within the sentence) moved out to the ends of the words they cut."""
    low, high = max(0, low), min(len(sentence), high)
    while low > 0 and sentence[low - 1].isalnum():
        low -= 1
    while high < len(sentence) and sentence[high].isalnum():
        high += 1
    return low, high


def _as_speaker(
    sentence: str,
    word: re.Match[str],
    span: tuple[int, int],
    speaker: frozenset[str],
    said: list[tuple[int, int]],
) -> bool:
    """Whether the last name `word`, near the attribution `span`, is who
    speaks: not inside what is reported ("Petrov wrote that Peskov looked
    tired", "says he found Brown"), not whose someone is ("Blair's spokesman
    said"), not another's ("Bobby Brown said" for Gordon Brown), not past
    another word of attribution ("says Lord Goldsmith warned Tony Blair"),
    not the one told or warned ("told Reuters"; but '"...," warned Craig Monsen').
    Farther than SPEAKER_CHARS only past a role: "said the association's
    chief economist, Ana Petrov"; "Halvard Steel, the country's biggest
    steelmaker, said"."""
    start, end = span
    after = word.start() >= end
    left, right = min(word.end(), end), max(word.start(), start)
    between = sentence[left:right]
    told = sentence[start:end].lower() in _TO_SOMEONE and not _quoted_before(sentence, start)
    if after:
        far = word.start() - end > SPEAKER_CHARS and not _ROLE_THEN_NAME.fullmatch(between)
    else:
        far = start - word.start() > SPEAKER_CHARS and not _NAME_THEN_ROLE.fullmatch(between)
    return not (
        far
        or _POSSESSIVE.match(sentence, word.end())
        or _another_first_name(sentence, word.start(), speaker)
        or (after and (told or _PRONOUN.search(between) or _named_before(sentence, start, speaker)))
        or (not after and _someone_else(between, speaker))
        or any(left <= a and b <= right for a, b in said)
        or _REPORTED.search(between)
    )


def _someone_else(between: str, speaker: frozenset[str]) -> bool:
    """Whether words between the speaker's name and a word of attribution
    after it name another person, who stands nearer and speaks ("Putin's
    spokesman, Dmitry Peskov, said"; "Пресс-секретарь Путина Дмитрий Песков
    заявил"): two capitalised words or more, none of them the speaker's nor a
    title, and not where they work ("Kaye Reed, of Arizona State University, said")."""
    for run in _CAPITALISED_RUN.finditer(between):
        opener = between[: run.start()].split()[-1:]
        if opener and opener[0].lower() in _AFFILIATION:
            continue
        names = run.group().split()
        if not any(w.lower() in TITLES or speaker.intersection(stems(w)) for w in names):
            return True
    return False


def _named_before(sentence: str, at: int, speaker: frozenset[str]) -> bool:
    """Whether another's whole name stands right before the word of
    attribution at `at`: then who is named after it is reported on, not
    speaking ("Club doctor Paul Anand said Mendes had played")."""
    runs = list(_CAPITALISED_RUN.finditer(sentence, 0, at))
    last = runs[-1] if runs else None
    return (
        last is not None
        and not sentence[last.end() : at].strip()
        and _someone_else(last.group(), speaker)
    )


def _another_first_name(sentence: str, at: int, speaker: frozenset[str]) -> bool:
    """Whether the word before the last name at `at` is a first name other
    than the speaker's, asked with one ("Bobby Brown" for Gordon Brown; not
    "Mr Brown" nor "Chancellor Brown")."""
    head = sentence[max(0, at - 40) : at]
    if len(speaker) < 2 or not head[-1:].isspace() or not head.strip():
        return False
    before = head.split()[-1]
    if not _FIRST_NAME.fullmatch(before) or before.rstrip(".").lower() in TITLES:
        return False  # "Congress,\" Kerry said", "Dr. Afridi"
    written = stems(before)  # none for "But Cruz argued"
    return bool(written) and not speaker.intersection(written)


def _quoted_before(sentence: str, at: int) -> bool:
    """Whether quoted words end right before `at` ('"...," warned X')."""
    return sentence[:at].rstrip().endswith(('"', "”", "»"))


def _around(sentence: str, span: tuple[int, int], chars: int) -> str:
    """A word of attribution ("said", "according to", "заявил") with `chars`
    characters either side: where whose words they are is said."""
    start, end = span
    return sentence[max(0, start - chars) : end + chars]


def _candidates(
    number: int,
    text: str,
    wants: Wants | None,
    asked: frozenset[str],
    named_too: bool,
    verb: _Verb | None = None,
) -> list[_Candidate]:
    """The article's sentences that hold an answer of the kind wanted; asked
    who did something (`verb`), a sentence with no name answers by who does
    it, unnamed (_common_doer)."""
    sentences = [s for s in split_sentences(text)[:MAX_SENTENCES] if s.is_prose]
    # Names that answer "where" or "who", read once for the article's sentences.
    names = _names_wanted(find_entities(text, sentences), wants) if wants in _BY_NAME else []
    unnamed = frozenset() if named_too else asked
    found = []
    for sentence in sentences:
        if len(sentence.text) > MAX_ANSWER_CHARS:
            continue
        marks = _marks(sentence.text, wants, names, unnamed) if wants else ()
        if marks is None and verb is not None:
            marks = _common_doer(sentence.text, verb)
        if marks is not None:
            terms = in_sentence(sentence.terms, sentence.text, counts=wants == "figure")
            found.append(_Candidate(number, sentence, terms, marks))
    return found


def _marks(
    sentence: str, wants: Wants, names: list[str], asked: frozenset[str]
) -> tuple[tuple[int, int], ...] | None:
    """Where the sentence answers (nothing the question names itself), or
    None when it does not. Someone's words are marked where quoted; words
    given as someone's ("..., according to OVD-Info") answer unmarked."""
    if wants == "quote":
        quoted = tuple(m.span(1) for m in _QUOTED.finditer(sentence))
        return quoted if quoted or attributions(sentence) else None
    if wants == "identity":
        return _apart(descriptions(sentence, asked)) or None
    if wants == "reason":
        why = [span for span in reasons(sentence) if _says_more(sentence, span, asked)]
        return _apart(why) or None
    if wants == "duration":
        spans = [with_year(sentence, a, b) for a, b in durations(sentence)]
    elif wants == "figure":
        spans = [with_unit(sentence, a, b) for a, b in figures_and_dates(sentence)[0]]
        spans += spelt_figures(sentence)
    elif wants == "frequency":
        spans = frequencies(sentence)
    elif wants == "ordinal":
        spans = ordinals(sentence)
    elif wants == "score":
        spans = scores(sentence)
    elif wants == "time":
        spans = times_of_day(sentence)
    elif wants == "date":
        spans = [with_year(sentence, a, b) for a, b in figures_and_dates(sentence)[1]]
        spans += dates_in_words(sentence)
    else:
        spans = _names_in(sentence, names)
    marks = _apart(
        [
            (a, b)
            for a, b in spans
            if not asked & as_one(stems(sentence[a:b])) and not _also_named(sentence, a, b, asked)
        ]
    )
    return marks or None


# "the Anti-Corruption Foundation (FBK)": a name's short form in brackets
# after it, or the name before its short form.
_BRACKETED = re.compile(r"\s*\(([^()]{1,12})\)")
_WORD_BEFORE = re.compile(r"([\w'’-]+)\s*\($")


def _also_named(sentence: str, start: int, end: int, asked: frozenset[str]) -> bool:
    """Whether the name at start:end is another name of one the question
    asks about, by brackets: "who founded the Anti-Corruption Foundation?"
    is not answered by its "(FBK)", nor "who founded FBK?" by the name
    before "(FBK)"."""
    if sentence[end : end + 1] == ")" and (before := _WORD_BEFORE.search(sentence, 0, start)):
        return bool(asked & as_one(stems(before.group(1))))
    after = _BRACKETED.match(sentence, end)
    return after is not None and bool(asked & as_one(stems(after.group(1))))


def _with_currency(sentence: str, start: int, end: int) -> tuple[int, int]:
    """A figure with its currency, when it is a sum ("25 million crowns")."""
    if is_money(sentence, start, end):
        return start, money_end(sentence, end) or end
    return start, end


def _first_score(articles: Sequence[tuple[str, str]]) -> Answer | None:
    """Asked the score of no match in particular ("what was the score?"): the
    first the best match gives."""
    for number, (_, text) in enumerate(articles):
        for sentence in split_sentences(text[:MAX_CHARS])[:MAX_SENTENCES]:
            found = scores(sentence.text) if sentence.is_prose else []
            if found and len(sentence.text) <= MAX_ANSWER_CHARS:
                return Answer(number, sentence.text, (found[0],), 1.0, "score")
    return None


def _says_more(sentence: str, span: tuple[int, int], asked: frozenset[str]) -> bool:
    """Whether a cause clause says more than the question: half its words or
    more are none of the question's ("why were they detained for opposing the
    war?": "because of their stance against the war" says why)."""
    held = stems(sentence[span[0] : span[1]])
    return bool(held) and 2 * sum(term not in asked for term in held) >= len(held)


# The kinds whose answer is a few words that stand by what they answer, where
# the nearer of two sentences holding as much answers. Not places: a story's
# first sentence says where ("in Brussels at the ... Congress") and a later one
# names countries beside its words; not words said, what something is, why:
# clauses, as far from the name as the sentence makes them.
_NEAR_KINDS: tuple[Wants, ...] = (
    "figure",
    "money",
    "share",
    "date",
    "duration",
    "time",
    "frequency",
    "ordinal",
    "score",
    "person",
    "organization",
)


def _where_it_is(candidate: _Candidate) -> bool:
    """Whether a place the sentence names says where: not each one only
    qualifying the word after it ("since the start of Russia's invasion"),
    unless after a word of where ("in Kenya's capital"). Of two sentences
    that hold as much, the one that says where ("first held in Berlin");
    never more than that: "Hong Kong's airport is the busiest" says where
    the busiest is."""
    text = candidate.sentence.text
    return any(_says_where(text, start, end) for start, end in candidate.marks)


def _says_where(text: str, start: int, end: int) -> bool:
    """Whether the place at text[start:end] is where: in Russian after a
    preposition ("прошёл в Берлине", not "вторжения России"), in English
    unless it is a possessive ("Russia's invasion") after no word of where."""
    if has_russian_letters(text[start:end]):
        return bool(_AT_PLACE_RU.search(text, 0, start))
    return not _POSSESSIVE.match(text, end) or bool(_AT_PLACE.search(text, 0, start))


def _nearness(candidate: _Candidate, asked: frozenset[str]) -> float:
    """How near the sentence's answer stands to the question's words, in steps
    of NEAR_CHARS, as a rank (nearer is higher); 0 with nothing marked."""
    if not candidate.marks:
        return 0
    away = _away(candidate.sentence.text, candidate.marks, asked)
    return -(min(away) // NEAR_CHARS) if away else -math.inf


def _nearest(
    sentence: str, marks: tuple[tuple[int, int], ...], asked: frozenset[str]
) -> tuple[tuple[int, int], ...]:
    """Of several answers a sentence holds, those nearest the question's words:
    "where was the congress?" in "... the war in Ukraine spent Tuesday in
    Brussels at the Congress" is Brussels."""
    if len(marks) < 2:
        return marks
    away = _away(sentence, marks, asked, gap=True)
    if not away:
        return marks
    reach = min(away) + NEAR_CHARS
    return _with_listed(sentence, marks, [far <= reach for far in away])


def _with_listed(
    sentence: str, marks: tuple[tuple[int, int], ...], kept: list[bool]
) -> tuple[tuple[int, int], ...]:
    """The marks kept, and those listed with one of them ("support from the
    **European Union** and the **German Ministry of Foreign Affairs**"): one
    answer, however far its last name stands from the question's words."""
    kept = list(kept)
    for i in [*range(1, len(marks)), *range(len(marks) - 2, -1, -1)]:
        j = i - 1 if i > 0 and kept[i - 1] else i + 1
        if j < len(marks) and kept[j] and not kept[i]:
            low, high = sorted((marks[i], marks[j]))
            # not one name and whose role it has: "Okafor, Kestrel's chief executive"
            kept[i] = bool(_LISTED_WITH.fullmatch(sentence, low[1], high[0])) and not (
                _POSSESSIVE.match(sentence, high[1])
            )
    return tuple(mark for mark, keep in zip(marks, kept, strict=True) if keep)


def _away(
    sentence: str, marks: tuple[tuple[int, int], ...], asked: frozenset[str], gap: bool = False
) -> list[int]:
    """How far each mark stands from the nearest of the question's words, in
    characters: from the word's start (a word after a mark is nearer than
    one before it, as a ranking of sentences found best), or with `gap` the
    characters between them; [] when the sentence writes none of them."""
    asked_at = [m.span() for m in _WORD.finditer(sentence) if asked & as_one(stems(m.group()))]
    if not asked_at:
        return []
    return [
        min(max(a - (end if gap else start), start - b, 0) for start, end in asked_at)
        for a, b in marks
    ]


def _doers(
    sentence: str, marks: tuple[tuple[int, int], ...], verb: _Verb | None, said: bool = False
) -> tuple[tuple[int, int], ...] | None:
    """Asked who did something ("who won the cup final?"), the name that
    does it in the sentence: the one right before the question's verb ("CNN
    International presented", "Collier was killed"), else the one that opens
    the sentence ("Calder Rovers beat Eastport United ... to win the
    trophy"; not "In La Liga, Gareth Bale scored"). Asked who had it done to
    them ("who was sacked?"), of a sentence that says who did it, the name
    the verb takes (_done_to: "United dismissed manager Viktor Hale"), and of
    one in the passive the name before it, as above ("Hale was sacked"), or
    none ("Many Russians have been imprisoned for opposing Putin's ..."),
    unless asked who `said` it ("were detained, according to ___"). None
    when the question opens with no verb the sentence writes: the nearest
    names then."""
    found = _verb_at(sentence, verb)
    if found is None:
        return None
    at, passive = found
    before = [mark for mark in marks if mark[1] <= at.start()]
    gap = sentence[before[-1][1] : at.start()] if before else ""
    doer = before[-1:] if before and _ONLY_AUXILIARIES.fullmatch(gap) else []
    if passive and not _BEING_BEFORE.search(sentence, 0, at.start()):
        # the sentence does it ("United dismissed manager Viktor Hale"), not "Hale was sacked"
        return None if said else _done_to(sentence, marks, at.end())
    opening = [mark for mark in before if not _AFTER_PREPOSITION.search(sentence[: mark[0]])]
    if (
        not doer
        and opening
        and opening[0][0] <= _OPENING_CHARS
        and not _CLAUSE.search(sentence, opening[0][1], at.start())
    ):
        doer = opening[:1]
    if passive and not said:  # "Many Russians have been imprisoned for opposing Putin's ..."
        return tuple(doer)
    return tuple(doer) or None


def _done_to(
    sentence: str, marks: tuple[tuple[int, int], ...], after: int
) -> tuple[tuple[int, int], ...]:
    """Asked whom something was done to, of a sentence that does not say it
    in the passive ("Collier was killed"): the name the verb takes, right
    after it or its role ("dismissed manager Viktor Hale"); none when the
    sentence names nobody so ("120 people imprisoned in Russia", "imprisoned
    for opposing Putin's invasion", "detained ..., according to OVD-Info"):
    nothing marked rather than a name that is no answer."""
    for start, end in _not_sources(sentence, marks):
        if start >= after:
            return ((start, end),) if _DONE_TO_GAP.fullmatch(sentence, after, start) else ()
    return ()


def _not_sources(sentence: str, marks: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    """The names but those the sentence gives as its source ("according to
    the human rights group OVD-Info", "сообщает ОВД-Инфо"): of a sentence
    that writes what the question asks who did or had done to them, the
    source is neither ("who was detained?": "More than 20,000 people have
    been detained ..., according to ... OVD-Info")."""
    return tuple(mark for mark in marks if not _SOURCE_BEFORE.search(sentence, 0, mark[0]))


def _verb_denied(sentence: str, verb: _Verb) -> bool:
    """Whether the sentence says the question's verb was not done, a "not"
    or "never" shortly before it ("Not all groups attended", "did not win")."""
    found = _verb_at(sentence, verb)
    if found is None:
        return False
    start = found[0].start()
    return _DENIED.search(sentence, max(0, start - DENIED_CHARS), start) is not None


# How far before a verb its "not" stands ("Not all anti-Putin groups attended").
DENIED_CHARS = 30
_DENIED = re.compile(r"(?<![\w'’])(?:not|never|не|никогда)(?![\w'’])|\Bn['’]t\b", re.IGNORECASE)


def _common_doer(sentence: str, verb: _Verb) -> tuple[tuple[int, int], ...] | None:
    """Who does what the question asks who did, named by what they are rather
    than by name, right before its verb: "The city council paid for most of
    the work" for "who paid for the library?", "Police arrested ...", "the
    city's housing agency is paying". None when the question is passive
    ("who was arrested?": whom it was done to)."""
    found = _verb_at(sentence, verb)
    if found is None or found[1]:
        return None
    doer = _COMMON_DOER.search(sentence, 0, found[0].start())
    return (doer.span("doer"),) if doer else None


def _verb_at(sentence: str, verb: _Verb | None) -> tuple[re.Match[str], bool] | None:
    """Where the sentence first writes the question's verb (_question_verb:
    "won the cup final": "to win"), and whether it is asked in the passive;
    None with no verb, or when the sentence has none."""
    if verb is None:
        return None
    wanted = as_one(verb.stems)
    at = next(
        (
            m
            for m in _WORD.finditer(sentence)
            if wanted & as_one(stems(m.group())) and not _is_role(m.group())
        ),
        None,
    )
    return (at, verb.passive) if at is not None else None


def _is_role(word: str) -> bool:
    """Whether a word of the verb's stem or sense is a role, not a verb:
    asked who leads, "Governor Elena Varga", "руководителя проекта Кофи
    Менсы" name the one who does (the names nearest it), not who did so
    before it."""
    low = word.lower()
    return low in TITLES or bool(_AGENT_NOUN_RU.search(low))


def _verb_rank(sentence: str, verb: _Verb | None) -> int:
    """2 when the sentence writes the question's verb itself, 1 in words
    news writes for it (paraphrases: "cost" for "paid"), 0 not at all."""
    found = _verb_at(sentence, verb)
    if found is None or verb is None:
        return 0
    return 2 if set(verb.stems) & set(stems(found[0].group())) else 1


class _Verb(NamedTuple):
    stems: list[str]
    passive: bool  # "was sacked", "sacked by"


def _question_verb(question: str) -> _Verb | None:
    """The verb a question opens with ("won the cup final"), past its
    auxiliaries ("has won", "was sacked"); None when it opens with no word
    in lower case."""
    words = question.split()
    being = False  # "was sacked", "has been jailed"
    while words and words[0].lower() in _AUXILIARIES | _NOT:  # "did not attend"
        being, words = being or words[0].lower() in _PASSIVE, words[1:]
    passive = being and bool(words) and _is_participle(words[0])  # not "is largest sponsor"
    verb = stems(words[0]) if words and words[0].isalpha() and words[0].islower() else []
    if not verb or verb[0] in STOP_WORDS:
        return None
    return _Verb(verb, passive or words[1:2] == ["by"])


def _deed_verb(question: str) -> str:
    """The verb of a question of what someone did: the word "what did X
    do?" ends with ("the platform discuss"), or in the passive the one it
    opens with ("discussed at the congress"); "" with no word in lower case
    there."""
    words = question.split() or [""]
    first, last = words[0], words[-1]
    word = first if first.islower() and _is_participle(first) else last
    return word if word.isalpha() and word.islower() and word not in STOP_WORDS else ""


def _writes_inflected(sentence: str, verb: str) -> int:
    """1 when the sentence writes the verb in one of its own forms
    ("discussed", "banned", "found"), not a word made of it ("discussion"),
    which shares its stem; else 0."""
    forms = {verb + end for end in ("", "s", "es", "ed", "d", "ing")}
    forms |= {verb[:-1] + "ing", verb + verb[-1] + "ed", verb + verb[-1] + "ing"}
    for word in _WORD.finditer(sentence.lower()):
        if word.group() in forms or IRREGULAR_EN.get(word.group()) == verb:
            return 1
    return 0


def _is_participle(word: str) -> bool:
    """Whether a word may be a past participle ("sacked", "taken", "held")."""
    low = word.lower()
    return low.endswith(("ed", "en", "wn")) or IRREGULAR_EN.get(low, low) != low


def writes_verb(sentence: str, verb: str) -> bool:
    """Whether the sentence writes the verb as a verb ("the strike ended",
    "конгресс начался"): not its noun after an article or a preposition ("by
    the end of the year", "с начала вторжения"), which shares its stem."""
    wanted = as_one(stems(verb))
    before = ""
    for word in _WORD.finditer(sentence):
        if wanted & as_one(stems(word.group())) and before not in _NOUN_BEFORE:
            return True
        before = word.group().lower()
    return False


# A prefix that makes a name a word of what someone is for or against
# ("anti-Putin groups", "pro-Kremlin media"): no answer of who did it.
_FOR_OR_AGAINST = re.compile(r"(?<![\w-])(?:anti|pro|non|post|pre|neo)-$", re.IGNORECASE)
_PREFIX_CHARS = 5  # the longest of them, "anti-"
# Between two names of one list: "the European Union and the German Ministry".
_LISTED_WITH = re.compile(
    r"(?:,|,?\s+(?:and|or|и|или))\s+(?:the\s+)?(?:[a-z]+-[a-z]+\s+)?", re.IGNORECASE
)
# A Russian noun of who does something ("руководителя", "председатель").
_AGENT_NOUN_RU = re.compile(r"[а-яё]{3}тел(?:ь|я|ю|ем|е|и|ей|ям|ями|ях)$")
# Words after which a verb's stem is its noun's.
_NOUN_BEFORE = frozenset(
    "the a an its their his her this that of с со до от к ко после в во на для из без".split()
)


def _narrowed(
    candidates: list[_Candidate], wants: Wants, asked: frozenset[str]
) -> list[_Candidate]:
    """Of candidates weighed among a wider kind (_WEIGHED_AMONG), those that
    answer as `wants`, with that marked: a figure that is a sum of money (with
    its currency: "48 million crowns"), a sentence that says how often."""
    found = []
    for candidate in candidates:
        text = candidate.sentence.text
        if wants == "money":
            marks = tuple(
                (a, money_end(text, b) or b) for a, b in candidate.marks if is_money(text, a, b)
            )
        elif wants == "share":
            marks = tuple((a, b) for a, b in candidate.marks if _SHARE.search(text[a:b]))
        else:
            marks = _marks(text, wants, [], asked) or ()
        if marks and wants == "reason":
            # The question's words count where the cause is given for them,
            # outside it: "After his suspension, Clarkson changed his profile"
            # does not say why he was suspended.
            outside = _without(text, marks)
            terms = in_sentence(stems(outside), outside)
            candidate = replace(candidate, terms=terms)
        if marks:
            found.append(replace(candidate, marks=marks))
    return found


# A figure that is a share: "4%", "30 per cent", "20 процентов".
_SHARE = re.compile(r"(?:%|\s*(?:per\s*cent|percent|процент\w*))$", re.IGNORECASE)


def _without(text: str, spans: tuple[tuple[int, int], ...]) -> str:
    """The text less the spans."""
    kept, at = [], 0
    for start, end in spans:
        kept.append(text[at:start])
        at = end
    return " ".join([*kept, text[at:]])


def _names_wanted(entities: Entities, wants: Wants) -> list[str]:
    """The names that answer "where" or "who", with how the text writes them
    (and the people's surnames alone)."""
    if wants == "organization":  # "which university ...?": no person's name
        names = entities.organizations
    else:
        names = entities.places if wants == "place" else entities.people + entities.organizations
    forms = [form for name in names for form in entities.written.get(name, ())]
    # Russian writes ministries and embassies in lower case ("поддерживают
    # Европейский союз и министерство иностранных дел Германии"); listed capitalised.
    lower = [n[0].lower() + n[1:] for n in names if _LOWER_HEAD_RU.match(n)]
    return names + forms + lower + (surnames(entities) if wants == "person" else [])


_LOWER_HEAD_RU = re.compile(r"(?:Министерств|Посольств|Консульств)о\b")


def _names_in(sentence: str, names: list[str]) -> list[tuple[int, int]]:
    """Where the names stand in the sentence as whole words."""
    spans = []
    for name in names:
        at = sentence.find(name)
        while at >= 0:
            end = at + len(name)
            if (
                (at == 0 or not sentence[at - 1].isalnum())
                and (end == len(sentence) or not sentence[end].isalnum())
                and not _FOR_OR_AGAINST.search(sentence, max(0, at - _PREFIX_CHARS), at)
            ):
                spans.append((at, end))
            at = sentence.find(name, end)
    return spans


def _apart(spans: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """The spans sorted, overlapping ones merged ("$1.13" and "13bn")."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return tuple(merged)


def _weights(asked: frozenset[str], candidates: list[_Candidate]) -> dict[str, float]:
    """How much each question word says: words few sentences have say more,
    and a word no sentence has the most (missing from every sentence, it
    lowers how much of the question any of them holds)."""
    df: Counter[str] = Counter()
    for candidate in candidates:
        df.update(asked & candidate.terms)
    n = len(candidates)
    return {term: math.log(1 + (n + 1) / (df[term] + 0.5)) for term in asked}


_WORD = re.compile(r"\w+")
# A question's words before its verb: "who has won", "who was sacked" (passive).
_PASSIVE = frozenset("was were is are been be".split())
_AUXILIARIES = _PASSIVE | frozenset("has have had will would could did does do also".split())
_NOT = frozenset("not never".split())
# Between a name and its verb: nothing but auxiliaries and adverbs ("has",
# "was", "significantly").
_ONLY_AUXILIARIES = re.compile(
    r"(?:\s+(?:has|have|had|will|would|could|also|then|now|later|was|were|is|are|been|being"
    r"|be|\w+ly))*\s+",
    re.IGNORECASE,
)
# Words that open another clause, whose verb has a subject of its own
# ("Okafor resigned ... after the company disclosed that hackers had stolen";
# not "who", "which": "Rosberg, who won last year's GP, was fastest" is his).
_CLAUSE = re.compile(
    r"\b(?:that|after|before|when|while|because|since|until|as|if"
    r"|and\s+(?:the|a|an|his|her|its|their)|что|после|когда|пока"
    r"|потому|если)\b",
    re.IGNORECASE,
)
# After these a place is where something is, happens or goes.
_AT_PLACE = re.compile(
    r"\b(?:in|at|near|to|into|from|outside|inside|across|throughout|around)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_AT_PLACE_RU = re.compile(
    r"(?<![\w-])(?:в|во|на|из|под|у|около|возле|близ|через|к|ко|до|из-под)\s+"
    r"(?:(?-i:[а-яё-]+)\s+)?$",  # "на озере Соррел", "в городе Колдер"
    re.IGNORECASE,
)
# A verb in the passive: "was convicted", "have been quietly detained".
_BEING_BEFORE = re.compile(r"\b(?:is|are|was|were|been|being|be)\s+(?:[a-z]+ly\s+)?$")
# Between a verb and the name it takes: a role or a few words that describe
# the name, no preposition, clause or figure ("dismissed manager Viktor Hale").
_DONE_TO_GAP = re.compile(
    r"\s+(?:(?!(?:in|at|on|for|from|of|to|with|by|after|before|over|since|as|and|or|but"
    r"|that|who|which)\b)[a-z][\w'’-]*\s+){0,3}"
)
# A name after a preposition opens no sentence as its subject ("In La Liga, ").
_AFTER_PREPOSITION = re.compile(r"\b(?:in|at|on|for|from|of|to|with|by|after|before)\s+$", re.I)
# How far into a sentence the name that opens it may start ("On Tuesday, ").
_OPENING_CHARS = 25
# Who does something, named by what they are (_common_doer): a body, a trade
# or a group, with up to two words before it ("the city's housing agency";
# in Russian adjectives only, "городские власти", as its order is free: not
# "в пятницу полиция"; a name after it, "суд Москвы"), then only a day and
# auxiliaries before the verb.
_DOER_NOUNS = (
    r"council|government|regulator|watchdog|police|court|judge|jury|parliament|ministry"
    r"|agency|operator|union|committee|commission|board|authorit(?:y|ies)|officials"
    r"|prosecutors|investigators|researchers|scientists|organi[sz]ers|residents|voters"
    r"|lawmakers|army|military|department|federation|association|insurer|charity"
    r"|groups|factions|activists|protesters|demonstrators|companies|firms"
    r"|власти|полиция|суд|правительство|мэрия|парламент|депутаты|министерство|ведомство"
    r"|прокуратура|следователи|организаторы|учёные|ученые|исследователи|жители|профсоюз"
    r"|группы|активисты|компании"
)
_COMMON_DOER = re.compile(
    r"(?<![\w'’-])(?P<doer>(?:(?:the|a|an|its|their|his|her|this)\s+)?"
    r"(?:(?:(?!(?:and|or|but|that|which|who|of|in|on|at|to|for|with|by|from|as|all|not|some"
    r"|many|most|few)\b)"
    r"(?-i:[a-z][\w'’-]*)|[а-яё-]+(?:ый|ий|ой|ая|яя|ое|ее|ые|ие))\s+){0,2}"
    rf"(?:{_DOER_NOUNS})(?:\s+(?-i:[A-ZА-ЯЁ][\w'’-]*))?)"  # "суд Москвы"
    r"(?:\s+(?:on|в|во)\s+\w+)?"  # "police on Friday arrested", "суд в среду приговорил"
    r"(?:\s+(?:has|have|had|will|would|could|also|then|now|later|is|are|was|were|\w+ly"
    r"|did|does|do|not|never|didn['’]t|don['’]t|doesn['’]t))*"
    r"\s+$",
    re.IGNORECASE,
)
# A question of who or what did not do something, its words opening with the
# "not" ("who did not attend?": "did not attend", "кто не приехал?"): answered
# only by a sentence that says something did not happen. Not one with a "not"
# further in ("how old is the boy who hasn't been heard from?"): what is
# asked is not what did not happen, and the answer may say it otherwise.
_NEGATED = re.compile(
    r"\s*(?:(?:do|does|did|has|have|had|is|are|was|were|will|would|could|can)\s+not"
    r"|[a-z]+n['’]t|never|не|никогда)(?![\w'’])",
    re.IGNORECASE,
)
# What a sentence says it with ("did not", "refused to attend", "no one
# came", "отказались приехать").
_SAYS_NOT = re.compile(
    r"(?<![\w'’])(?:not|never|nobody|none|no|without|refus\w*|declin\w*|fail\w*"
    r"|den(?:y|ies|ied)|unable|absent|не|ни|никто|никогда|нет|без|отказ\w*)(?![\w'’])"
    r"|\Bn['’]t\b",
    re.IGNORECASE,
)
# Words that give a sentence's source, right before it (with what it is:
# "according to the human rights group OVD-Info").
_SOURCE_BEFORE = re.compile(
    r"(?:\baccording\s+to|(?<!\w)(?:по\s+(?:данным|словам|информации)|сообща(?:ет|ют)))"
    r"(?:\s+[\w'’-]+){0,4}?\s+$",
    re.IGNORECASE,
)
# The kinds of answer that are names the article lists.
_BY_NAME = ("place", "person", "organization")
# Asked who (or which organisation) did something: the name of who does it.
_WHO = ("person", "organization")
# The most characters between a sentence and the next (spaces, a line break).
_NEXT_SENTENCE = 3
# What opens reported words, or words about someone: between "said" and a
# name, the name is no speaker ("wrote that Peskov looked tired").
_REPORTED = re.compile(r"\b(?:that|about|что|чтобы|о|об|про)\b", re.IGNORECASE)
# After these, a name is whom, not who ("told Reuters"), but after quoted words.
_TO_SOMEONE = ("told", "warned", "urged")
# A word that may be a first name: capitalised, nothing after it ("Congress,").
_FIRST_NAME = re.compile(r"[A-ZА-ЯЁ][\w'’-]*")
# Between "said" and a name, a role set off by a comma: " the association's
# chief economist, " (its last word in lower case: not " the spokesman Marie Harf, ").
_ROLE_THEN_NAME = re.compile(r"\s+the\s[^,]{0,60}\b[a-z][\w'’-]*,\s+(?:[A-Z][\w'’.-]*\s+){0,3}")
# Between a name and "said", a role set off by commas, in lower case: ", the
# country's biggest steelmaker, " (not ", Kremlin spokesman Dmitry Peskov, ").
_NAME_THEN_ROLE = re.compile(r",\s+(?:the|a|an|one|its|his|her|their)\s[^,A-Z]{0,60},\s+")
# Two capitalised words or more in a row: a person's whole name ("Dmitry Peskov"),
# unless after one of _AFFILIATION ("of the Joint Chiefs of Staff", "with The Atlantic").
_CAPITALISED_RUN = re.compile(r"[A-ZА-ЯЁ][\w'’-]*(?:\s+[A-ZА-ЯЁ][\w'’-]*)+")
_AFFILIATION = frozenset("of the with at from for in".split())
# After a name: whose ("Blair's spokesman", "the Williams' lawyer").
_POSSESSIVE = re.compile(r"['’](?:s\b|(?=\s))")
# Who says it when the sentence before named them: "... ," he added.
_PRONOUN = re.compile(r"\b(?:he|she|they|он|она|они)\b", re.IGNORECASE)
# Quoted words: 12 characters or more between an opening and a closing mark.
_QUOTED = re.compile(r"[\"“«]([^\"“”«»]{12,})[\"”»]")
# The kinds whose answers are few among an article's sentences: words are
# weighed among those of the wider kind (None: all sentences), then narrowed.
_WEIGHED_AMONG: dict[Wants, Wants | None] = {
    "money": "figure",
    "share": "figure",
    "frequency": None,
    "time": None,
    "reason": None,
    "ordinal": None,
    "score": None,
}
