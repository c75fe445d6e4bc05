"""The sentence of a few articles that answers a reader's question.

Asked "how many people were detained?", a search lists the articles, and the
reader still has to find the figure in them. The question's first words say
what kind of thing answers it (how many: a figure; when: a date; where: a
place; who: a person or an organisation; what did X say: X's words; who is
X: the words that say who or what X is), and the rest which sentence holds
it. So the answer is the sentence that has the most of the question's
words, weighed by how rare each is among the sentences looked at, and an
answer of that kind that the question does not name already; its
articles' titles count a little, as the search found them by their words
too. Extractive, as all the bot says: the sentence as written, with what
answers it marked. When no sentence holds enough of the question, there is
no answer: the search's results are better than a guess.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from bot.news.entities import Entities, find_entities
from bot.news.facts import attributions, figures_and_dates
from bot.news.gazetteer import TITLES
from bot.news.sentences import Sentence, split_sentences
from bot.news.text import STOP_WORDS, has_russian_letters, stems

Wants = Literal["figure", "date", "place", "person", "quote", "identity"]

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
# How many of the question's words a sentence of the articles a search found
# must hold, with its article's title (all, if it has fewer): one rare word
# alone can outweigh the topic's words, which many sentences have ("will lead
# the company" for "who leads the Bank of Veloria?"). Asked of one article,
# one will do.
MIN_WORDS_HELD = 2
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


@dataclass(frozen=True)
class _Candidate:
    article: int
    sentence: Sentence
    terms: frozenset[str]
    marks: tuple[tuple[int, int], ...]


def answer(
    question: str,
    wants: Wants | None,
    articles: Sequence[tuple[str, str]],
    min_coverage: float = MIN_COVERAGE,
    named_too: bool = False,
    min_words: int = MIN_WORDS_HELD,
) -> Answer | None:
    """The best answer to the question among the articles' sentences (each
    article a (title, text) pair, best match first), or None. With no kind
    wanted, any sentence may answer (what evaluation compares with). A sentence must
    hold `min_words` of the question's words (all, if it has fewer). With
    `named_too`, what the question names may answer it: a question made of
    an article's title ("when?" of a card) names its own answer."""
    asked = frozenset(stems(question))
    if not asked:
        return None
    articles = articles[:MAX_ARTICLES]
    candidates = [
        candidate
        for number, (title, text) in enumerate(articles)
        for candidate in _candidates(number, text[:MAX_CHARS], wants, asked, named_too)
    ]
    if not candidates:
        return None
    weights = _weights(asked, candidates)
    whole = sum(weights.values())
    titles = [frozenset(stems(title)) & asked for title, _ in articles]
    best, best_coverage = None, 0.0
    enough = min(min_words, len(asked))
    for candidate in candidates:
        held = asked & candidate.terms
        in_title = titles[candidate.article] - held
        if len(held) + len(in_title) < enough:
            continue  # one rare word alone: "will lead the company" for "who leads the bank?"
        coverage = sum(weights[t] for t in held)
        coverage += TITLE_SHARE * sum(weights[t] for t in in_title)
        coverage = round(coverage, 9)  # sets sum in any order: ties stay ties
        if coverage > best_coverage:  # ties: the better article, the earlier sentence
            best, best_coverage = candidate, coverage
    if best is None or best_coverage / whole < min_coverage:
        return None
    text = best.sentence.text
    marks = _nearest(text, best.marks, asked)
    return Answer(best.article, text, marks, round(best_coverage / whole, 3))


def _candidates(
    number: int, text: str, wants: Wants | None, asked: frozenset[str], named_too: bool
) -> list[_Candidate]:
    """The article's sentences that hold an answer of the kind wanted."""
    sentences = [s for s in split_sentences(text)[:MAX_SENTENCES] if s.is_prose]
    entities = find_entities(text, sentences) if wants in ("place", "person") else None
    found = []
    for sentence in sentences:
        if len(sentence.text) > MAX_ANSWER_CHARS:
            continue
        unnamed = frozenset() if named_too else asked
        marks = _marks(sentence.text, wants, entities, unnamed) if wants else ()
        if marks is not None:
            found.append(_Candidate(number, sentence, frozenset(sentence.terms), marks))
    return found


def _marks(
    sentence: str, wants: Wants, entities: Entities | None, asked: frozenset[str]
) -> tuple[tuple[int, int], ...] | None:
    """Where the sentence answers (nothing the question names itself), or
    None when it does not. Someone's words are marked where quoted; words
    given as someone's ("..., according to OVD-Info") answer unmarked."""
    if wants == "quote":
        quoted = tuple(m.span(1) for m in _QUOTED.finditer(sentence))
        return quoted if quoted or attributions(sentence) else None
    if wants == "identity":
        return _apart(descriptions(sentence, asked)) or None
    if wants == "figure":
        spans = [_with_unit(sentence, a, b) for a, b in figures_and_dates(sentence)[0]]
    elif wants == "date":
        spans = [_with_year(sentence, a, b) for a, b in figures_and_dates(sentence)[1]]
    else:
        assert entities is not None
        spans = _names_in(sentence, _names_wanted(entities, wants))
    marks = _apart([(a, b) for a, b in spans if not asked & set(stems(sentence[a:b]))])
    return marks or None


def descriptions(sentence: str, asked: frozenset[str]) -> list[tuple[int, int]]:
    """Where the sentence says who or what the name asked about is, as news
    says it when it names someone: after the name ("Alexei Navalny, the
    opposition leader who ...", "OVD-Info is a human rights group", "Алексей
    Навальный, основатель ФБК"), or before it ("Chief executive Daniel
    Okafor", "the human rights group OVD-Info", "правозащитный проект
    ОВД-Инфо")."""
    words = list(_WORD.finditer(sentence))
    asked_words = [bool(asked.intersection(stems(w.group()))) for w in words]
    spans = []
    i = 0
    while i < len(words):
        if not asked_words[i]:
            i += 1
            continue
        last = i
        while last + 1 < len(words) and asked_words[last + 1] and _joined(sentence, words, last):
            last += 1
        named = {stem for w in words[i : last + 1] for stem in stems(w.group())}
        if asked <= named:  # the whole name, not "Justice Department" for "Police Department"
            first = i
            while first > 0 and _given_name(sentence, words, first - 1):
                first -= 1
            listed = first > 0 and words[first - 1].group() in ("and", "or")  # "A, B and X, a"
            quoted = _inside_quotes(sentence, words[first].start())
            if not (listed or quoted or _opening_clause_ends(sentence, words[last].end())):
                opens = first == 0 or (first == 1 and words[0].group() in ("The", "the"))
                said = _said_after(sentence, words[last].end(), opens)
                spans += [said] if said else []
            spans += [before] if (before := _said_before(sentence, words, first)) else []
            spans += [full] if (full := _spelt_out(sentence, words, first, last)) else []
        i = last + 1
    return spans


def _spelt_out(
    sentence: str, words: list[re.Match[str]], first: int, last: int
) -> tuple[int, int] | None:
    """ "the Anti-Corruption Foundation (FBK)", "Фонда борьбы с коррупцией
    (ФБК)": the name that an acronym in brackets stands for."""
    opened = sentence[: words[first].start()].rstrip()
    if first == 0 or not opened.endswith("(") or not sentence.startswith(")", words[last].end()):
        return None
    end = first - 1  # the name's last word, right before the bracket
    if sentence[words[end].end() : words[first].start()].strip() != "(":
        return None
    start = end
    if has_russian_letters(words[end].group()):  # "Фонда борьбы с коррупцией": back to a capital
        while not words[start].group()[:1].isupper():
            if start == 0 or end - start >= 5 or not _joined(sentence, words, start - 1):
                return None
            start -= 1
        return words[start].start(), words[end].end()
    if not words[end].group()[:1].isupper():
        return None  # "he said (FBK)"
    while start > 0 and end - start < 7 and _joined(sentence, words, start - 1):
        before = words[start - 1].group()
        if not before[:1].isupper() and not (before in _NAME_JOINERS and start > 1):
            break
        start -= 1
    while words[start].group() in _NAME_JOINERS:
        start += 1
    return words[start].start(), words[end].end()


def _inside_quotes(sentence: str, at: int) -> bool:
    """Whether a quotation opened before `at` is still open there: quoted
    words are someone's view ("Boko Haram is a permanent metamorphosis")."""
    before = sentence[:at]
    straight = before.count('"') % 2 == 1
    return (
        straight or before.count("“") > before.count("”") or before.count("«") > before.count("»")
    )


def _opening_clause_ends(sentence: str, end: int) -> bool:
    """Whether the name ends a sentence's opening clause ("After controllers
    lost contact with MH370, the plane flew on"): what follows its comma is
    the sentence's subject, not what the name is."""
    opening = _OPENING.match(sentence)
    return opening is not None and "," not in sentence[:end] and sentence.startswith(",", end)


def _joined(sentence: str, words: list[re.Match[str]], at: int) -> bool:
    """Whether words at and at + 1 stand together in one name ("Kara-Murza")."""
    return sentence[words[at].end() : words[at + 1].start()] in (" ", "-", "’", "'", ". ", ".")


def _given_name(sentence: str, words: list[re.Match[str]], at: int) -> bool:
    """Whether the word at `at` opens the name after it: capitalised, no
    title, right before it ("Alexei" of "Alexei Navalny")."""
    word = words[at].group()
    return word[:1].isupper() and word.lower() not in TITLES and _joined(sentence, words, at)


def _said_after(sentence: str, end: int, opens: bool) -> tuple[int, int] | None:
    """ "X, the ...", "X, 45, a lawyer", "X — ..." (Russian), "X was
    secretary of state" (a title), and when the name opens the sentence "X
    is a ...": the words that follow, to the end of their clause."""
    found = _AFTER_NAME.match(sentence, end)
    if found is None and opens:  # "OVD-Info is a ..."; not "inspired by X is an honour"
        found = _IS_A.match(sentence, end)
    if found is None:  # "... that Hillary Clinton was secretary of state"
        found = _IS_TITLE.match(sentence, end)
        if found is None or found.group(1).lower() not in TITLES:
            return None
    start = found.end() if found.lastindex is None else found.start(1)
    stop = _CLAUSE_END.search(sentence, start)
    stop_at = stop.start() if stop else len(sentence.rstrip('.!?…"”»'))
    return (start, stop_at) if len(sentence[start:stop_at].split()) >= 2 else None


def _said_before(sentence: str, words: list[re.Match[str]], first: int) -> tuple[int, int] | None:
    """ "Chief executive X", "the human rights group X": a title or what the
    thing is, with up to four words before it that say more of it ("U.S." two)."""
    if first == 0 or not _joined(sentence, words, first - 1):
        return None
    role = words[first - 1].group()
    if role.lower() not in TITLES and role.lower() not in _KINDS_OF_THING | _ROLES:
        return None
    start, lower = first - 1, 0
    while start > 0 and first - 1 - start < 4 and _describes(sentence, words, start - 1, role):
        lower += words[start - 1].group().islower() and not _hyphened(sentence, words, start - 1)
        if lower > 2:  # "movie theater massacre suspect": two will do
            break
        start -= 1
    if start == first - 1 and role.lower() in _HONORIFICS:
        return None  # "Mr", "Sir": no more than a name
    return words[start].start(), words[first - 1].end()


def _describes(sentence: str, words: list[re.Match[str]], at: int, role: str) -> bool:
    """Whether a word before a title or a kind of thing says more of it
    ("opposition" leader, "Russian" President, "правозащитный" проект). A
    capitalised title takes capitalised words only ("saw Mr", "God save King")."""
    word = words[at].group()
    low = word.lower()
    if not _joined(sentence, words, at) or low in STOP_WORDS or low in _VERBS_BEFORE:
        return False
    if word.isdigit() or sentence[words[at].start() - 1 : words[at].start()] in ("'", "’"):
        return False  # "Toro Rosso's 17 year old driver": no more than "driver"
    if has_russian_letters(word):
        return word[:1].isupper() or low.endswith(_ADJECTIVE_ENDINGS_RU)
    if word[:1].isupper():
        return True
    # "former military leader", "Oscar-nominated actor"; not "phoned former military leader"
    hyphened = _hyphened(sentence, words, at)
    return not role[:1].isupper() and (not low.endswith("ed") or hyphened)


def _hyphened(sentence: str, words: list[re.Match[str]], at: int) -> bool:
    """Whether the word at `at` is joined to the one before by a hyphen ("Oscar-nominated")."""
    return at > 0 and sentence[words[at - 1].end() : words[at].start()] == "-"


def _nearest(
    sentence: str, marks: tuple[tuple[int, int], ...], asked: frozenset[str]
) -> tuple[tuple[int, int], ...]:
    """Of several answers a sentence holds, those nearest the question's words:
    "where was the congress?" in "... the war in Ukraine spent Tuesday in
    Brussels at the Congress" is Brussels."""
    if len(marks) < 2:
        return marks
    asked_at = [m.start() for m in _WORD.finditer(sentence) if asked.intersection(stems(m.group()))]
    if not asked_at:
        return marks
    away = [min(max(a - at, at - b, 0) for at in asked_at) for a, b in marks]
    reach = min(away) + NEAR_CHARS
    return tuple(mark for mark, far in zip(marks, away, strict=True) if far <= reach)


def _names_wanted(entities: Entities, wants: Wants) -> list[str]:
    """The names that answer "where" or "who", with how the text writes them."""
    names = entities.places if wants == "place" else entities.people + entities.organizations
    return names + [form for name in names for form in entities.written.get(name, ())]


def _names_in(sentence: str, names: list[str]) -> list[tuple[int, int]]:
    """Where the names stand in the sentence as whole words."""
    spans = []
    for name in names:
        at = sentence.find(name)
        while at >= 0:
            end = at + len(name)
            if (at == 0 or not sentence[at - 1].isalnum()) and (
                end == len(sentence) or not sentence[end].isalnum()
            ):
                spans.append((at, end))
            at = sentence.find(name, end)
    return spans


def _with_unit(sentence: str, start: int, end: int) -> tuple[int, int]:
    """A figure with the word that scales it ("20" of "20 тысяч", "2.3 million")."""
    unit = _UNIT.match(sentence, end)
    return start, unit.end() if unit else end


def _with_year(sentence: str, start: int, end: int) -> tuple[int, int]:
    """A date with the year after it ("24 February" of "24 February 2022")."""
    year = _YEAR.match(sentence, end)
    return start, year.end() if year else end


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
# After a name: what introduces words that say who or what it is ("former"
# opens lists as often: "Dick Cheney, former CIA Director George Tenet and";
# "who" and "which" what someone did: "Serena Williams, who was 19 then").
_AFTER_NAME = re.compile(
    r",\s+(?:\d{1,3},\s+)?(?=(?:a|an|the|one\s+of)\s)"
    r"|,\s+(?=[а-яё])|\s+[—–]\s+(?=[а-яё])",
)
_IS_A = re.compile(r"\s+(?:is|was)\s+(?=(?:a|an|the)\s)")
_IS_TITLE = re.compile(r"\s+(?:is|was)\s+(?:(?:now|then|still|also)\s+)?(\w+)")
_CLAUSE_END = re.compile(r"[,;:()—–\"“”«»]|\s(?:said|says|told)\b")
# What a thing named is, before its name ("the rights group OVD-Info").
_KINDS_OF_THING = frozenset(
    """group organisation organization company firm party movement agency charity bank
    project network foundation union website outlet newspaper broadcaster operator regulator
    watchdog carrier insurer lender retailer startup developer maker campaign initiative
    группа организация компания партия движение фонд издание банк проект сеть агентство
    правозащитник политик оппозиционер активист журналист""".split()
)
# What people are, before their names, that is no title ("England footballer
# Adam Johnson"): words the name rules need not read as titles.
_ROLES = frozenset(
    """footballer player star model artist designer scientist doctor nurse teacher student
    soldier pilot driver golfer cyclist athlete skier sprinter champion legend veteran host
    anchor blogger businessman businesswoman tycoon billionaire entrepreneur heiress heir
    candidate nominee rival ally critic suspect victim defendant gunman militant fighter rebel
    dissident poet filmmaker musician
    футболист хоккеист теннисист спортсмен певец певица актёр актер актриса режиссёр режиссер
    писатель поэт бизнесмен предприниматель""".split()
)
# Small words inside names ("Bank of England", "Doctors without Borders").
_NAME_JOINERS = frozenset("of for and on de del der la le du von van without".split())
# Titles that say no more than that a name follows.
_HONORIFICS = frozenset("mr mrs ms dr sir dame lady lord rev reverend prof".split())
# What opens a sentence with a clause before its subject.
_OPENING = re.compile(
    r"(?:(?:but|and|yet|so|а|но|и)\s+)?(?:after|when|while|as|since|although|though|if|because|before|once|until|at|in|on"
    r"|with|by|for|despite|during|according|unlike|like|после|когда|хотя|если|в|на|по)\b",
    re.IGNORECASE,
)
# Words before a title that say nothing of it ("said opposition leader X",
# "comments since Kremlin critic X").
_VERBS_BEFORE = frozenset(
    """said says told added announced warned claimed reported according including since
    before under against between during without within until like appears seems became
    becomes called named aside away out up down off back""".split()
)
_ADJECTIVE_ENDINGS_RU = (
    "ый",
    "ий",
    "ой",
    "ая",
    "яя",
    "ое",
    "ее",
    "ые",
    "ие",
    "ого",
    "его",
    "ому",
    "ему",
    "ым",
    "им",
    "ую",
    "юю",
)
# Quoted words: 12 characters or more between an opening and a closing mark.
_QUOTED = re.compile(r"[\"“«]([^\"“”«»]{12,})[\"”»]")
_YEAR = re.compile(r",?\s(?:19|20)\d\d\b(?:\s?(?:года|г\.))?")
# Words that scale a figure just before them.
_UNIT = re.compile(
    r"\s?(?:bn|m|k|million|billion|trillion|thousand|hundred|%|percent|per cent"
    r"|тыс\.?|тысяч\w*|млн|млрд|миллион\w*|миллиард\w*|процент\w*)(?!\w)",
    re.IGNORECASE,
)
