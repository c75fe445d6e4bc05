"""Words news writes for one another, read as one word by answers.

A question has the reader's words, the sentence that answers it the
writer's: "how many people were killed?" is answered by "37 people died",
"how many activists gathered?" by "some 300 activists met", "сколько
человек задержали?" by "арестованы 20 человек". Missing from every
sentence, the reader's word weighs most and no sentence holds enough of the
question. A few groups of such words, English and Russian, each read as its
first: what counts or measures (deaths, injuries, arrests, who came, what
rose or fell, what was paid or sold), where a figure is the answer. Groups
of what means the same in news, not of what is alike: a rise is never a
fall, an injury never a death. A search ranks its results by the words
typed; where no article has every one of them, it looks for them as these
write them (rewordings: "who was arrested?" of reports of the "detained"),
and for those of a sense in the glossary ("hacked": "breach").
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable, Iterator, Sequence

from bot.news.abbreviations import with_abbreviations
from bot.news.glossary import first_of_each_stem, same_sense
from bot.news.russian import participle_verb
from bot.news.text import has_russian_letters, stem, stems

_GROUPS = (
    # Deaths. Not "victims"/"жертвы": the injured are victims too.
    "die died dies dying dead death deaths kill killed killing killings fatalities fatality"
    " perished погиб погибли погибло погибла погибших гибель умер умерли умерло умерла"
    " смерть смерти убиты убито",
    # Injuries. Not "hurt": "a strong crown is hurting orders".
    # Not "ранены", "ранен": their stem is that of "ранее" (earlier).
    "injured injuries injury wounded wounding ранения раненых раненые пострадали"
    " пострадавших пострадал",
    # Arrests.
    "arrest arrested arrests arresting detain detained detaining detention detentions"
    " задержан задержаны задержали задержано задержаний задержания арестован"
    " арестованы арестовали арест аресты арестов",
    # Who came: attendance, gatherings, taking part (and "met": _MET). Not
    # "пришли": its stem is that of "пришлось" (had to); nor "прибыли" (profits).
    "attend attended attending attendance attendees gathered gathering participate"
    " participated participating participants участвовали участвовало участвует"
    " участвуют участников участники собрались собралось приехали приехало съехались"
    # visiting a place: "how many visitors came to the library?" is answered by
    # "3,000 people visited". Not "came": "Not every group came to Brussels"
    # is no answer to who attended the congress.
    " visit visited visiting visitors посетили посетило посетителей посетители",
    # What rose.
    # Not "grew": "grew up in London".
    "rise rises rose risen rising increase increased increases increasing climb climbed"
    " climbing jump jumped surge surged soar soared"
    " вырос выросла выросло выросли рост увеличился увеличилась увеличилось"
    " увеличились увеличение подскочил подскочила подскочили",
    # What fell, or was cut ("lowered" stems as "lower": "the lower house" too).
    "fall falls fell fallen falling drop dropped drops dropping decline declined"
    " declines declining decrease decreased decreases slump slumped plunge plunged"
    " упал упала упало упали падение снизился снизилась снизилось снизились снижение"
    " сократился сократилась сократилось сократились сокращение снизит снизить сократит"
    " сократить cut cuts cutting lowered lowering reduce reduced reduces reducing",
    # What was paid.
    # Not "стоил": its stem is "сто" (a hundred).
    "pay paid pays paying spend spent spending cost costs costing заплатил"
    " заплатила заплатили потратил потратила потратили",
    # Who won: "the winner" is the winning goal, the winning side.
    "win wins won winning winner winners",
    # What was sold.
    "sell sold sells selling sale sales продал продала продали продано продажи продаж",
    # Who supports (and backs: _BACKING).
    "support supports supported supporting поддерживает поддерживают поддержал поддержали"
    " поддержка поддержку финансирует финансируют финансировал финансировали",
    # Who is jailed: prisoners, those imprisoned or jailed ("how many prisoners ...?":
    # "120 people imprisoned"). Not "held": held talks, held a meeting.
    "imprison imprisoned imprisoning imprisonment prison prisons prisoner prisoners jail jails"
    " jailed jailing заключённых заключенных политзаключённых политзаключенных",
    # Who was sacked. Not "fired": shots are.
    "sack sacked sacking dismissed ousted уволил уволила уволили уволен уволена",
    # Who leads: "who leads the Bank of Veloria?" is answered by "Governor Elena
    # Varga", "who heads the project?" by "project leader Kofi Mensah". Not
    # "run": trains run; not "president" or "director": a film's director
    # leads nothing, and "president" is as often a country's word for its head
    # as a firm's; nor "chief": a chief economist leads no bank.
    "lead leads leading led leader leaders head heads headed governor boss chairman"
    " chairwoman руководит руководил руководила руководитель руководителя возглавляет"
    " возглавил возглавила возглавлял",
    # Heat, by its measure: "какая была температура в Колдере?" is answered by "в
    # субботу в Колдере зафиксировали рекордные 41,2 градуса".
    "temperature temperatures degrees температура температуры температуру градус градуса градусов",
    # Who watched: "how many fans?" is answered by "47,812 spectators", "the crowd".
    # Not "supporters": its stem is that of "support".
    "fans spectators crowd crowds болельщики болельщиков зрители зрителей",
    # The first time: "где проходил первый конгресс?" is answered by "Впервые
    # конгресс прошёл в Берлине".
    "первый первая первое первые первого первой первом впервые",
    # Who, counted: "how many people" asks for a count of persons. Not "лица": faces.
    "people persons individuals человек люди людей",
)
# Persons a sentence counts, more precisely than "people": a question's
# "people" is held by "300 activists" (but its "activists" not by "people").
# Not "protesters", "prisoners": their stems are those of "protest", "prison"
# ("supporters" is "support", but a sentence with a count of it most often
# counts people: "tens of thousands of supporters").
_PERSONS = (
    "activists demonstrators participants residents civilians soldiers troops migrants"
    " supporters fans crowd crowds"
    " refugees workers employees passengers students children adults visitors fans voters"
    " patients inmates delegates pilgrims tourists spectators survivors victims"
    " активистов участников протестующих демонстрантов жителей солдат мигрантов беженцев"
    " работников сотрудников пассажиров студентов детей посетителей болельщиков"
    " избирателей пациентов заключённых политзаключённых граждан россиян делегатов"
    " зрителей туристов"
)
# Backing, read as "support": its stem is that of "back" ("came back").
_BACKING = re.compile(
    # funding, financing, sponsoring as support; not "fund(s)", whose stem a fund
    # has ("the Anti-Corruption Fund")
    r"\b(?:backs|backed|backing|funded|funding|financed|financing|finances|sponsors|sponsored"
    r"|sponsoring)\b",
    re.IGNORECASE,
)
# Taking part, in two words: read as "participated".
_TAKING_PART = re.compile(
    r"\b(?:take|takes|took|taken|taking)\s+part\b|(?<!\w)(?:принял|приняла|приняли|принимал"
    r"|принимала|принимали|примут|принимают)\s+участие(?!\w)",
    re.IGNORECASE,
)

# Who met, read as "attended": "meet" is the stem of "meetings" too
# ("groups have held their own meetings" is no answer to who attended).
_MET = re.compile(r"\bmet\b", re.IGNORECASE)
# Who came, in two words: "how many activists turned up?" (read as "attended").
_TURNED_UP = re.compile(
    r"\b(?:turn|turns|turned|turning|show|shows|showed|showing)\s+up\b", re.IGNORECASE
)


# In charge, in two words: read as "managed" ("how long did Hale manage
# Eastport?": "Hale had been in charge for three seasons").
_IN_CHARGE = re.compile(r"\b(?:in|take|takes|took|taken|taking)\s+charge\b", re.IGNORECASE)
# Going up or down, in two words: what rose or fell ("is inflation going
# down?": "expects inflation to fall to 3.2%"). Not "went up in flames".
_GOING_UP = re.compile(
    r"\b(?:go|goes|going|gone|went)\s+up\b(?!\s+in\s+(?:flames|smoke))", re.IGNORECASE
)
_GOING_DOWN = re.compile(r"\b(?:go|goes|going|gone|went)\s+down\b", re.IGNORECASE)
# What a question's words are read as, besides their groups.
_READ_AS = (
    (_TAKING_PART, "participated"),
    (_BACKING, "supports"),
    (_MET, "attended"),
    (_TURNED_UP, "attended"),
    (_IN_CHARGE, "managed"),
    (_GOING_UP, "rose"),
    (_GOING_DOWN, "fell"),
)


def _read(groups: Iterable[str]) -> dict[str, str]:
    """Each word's stem to its group's first stem."""
    first: dict[str, str] = {}
    for group in groups:
        found = stems(group)
        for term in found:
            first.setdefault(term, found[0])
    return first


_AS = _read(_GROUPS)
_PEOPLE = _AS["peopl"]
_COUNTED = frozenset(stems(_PERSONS))


def _words_by_stem(groups: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Each word's stem to its group's words, the first of each stem."""
    found: dict[str, tuple[str, ...]] = {}
    for group in groups:
        words = first_of_each_stem(group.split())
        for word in words:
            found.setdefault(stem(word), words)
    return found


_WORDS = _words_by_stem(_GROUPS)


@functools.lru_cache(maxsize=20_000)
def written_otherwise(word: str) -> tuple[str, ...]:
    """Words news writes for the word in its language, each of another stem,
    the likeliest first: its group's ("arrested": "detain", "detention"),
    then its sense's in the glossary ("hacked": "breach"). What a search
    that finds no article with the words typed looks for instead
    (Newsroom.reworded)."""
    own = stem(word.lower())
    russian_word = has_russian_letters(word)
    grouped = [w for w in _WORDS.get(own, ()) if has_russian_letters(w) == russian_word]
    return first_of_each_stem([*grouped, *same_sense(word)], seen=[own])


# How many of a word's other wordings a search tries, and how many wordings
# of a query at most.
OTHERWISE_PER_WORD = 3
MAX_REWORDINGS = 8


def rewordings(words: Sequence[str]) -> Iterator[list[tuple[str, str]]]:
    """Ways to write some of the query's words otherwise (written_otherwise),
    each as the words changed and what they become, fewest changed first,
    each word's likeliest first: "arrested Calder" -> [("arrested",
    "detain")], [("arrested", "detention")]. MAX_REWORDINGS at most; none
    when no word has another wording."""
    choices = [(w, *written_otherwise(w)[:OTHERWISE_PER_WORD]) for w in words]
    if all(len(c) == 1 for c in choices):
        return iter(())
    picks = itertools.product(*(range(len(c)) for c in choices))
    ranked = sorted(p for p in picks if any(p))  # picks: each word's choice by place
    ranked.sort(key=lambda p: (sum(map(bool, p)), sum(p)))
    changes = ([(c[0], c[i]) for c, i in zip(choices, p, strict=True) if i] for p in ranked)
    return itertools.islice(changes, MAX_REWORDINGS)


def as_one(terms: Iterable[str]) -> frozenset[str]:
    """The terms (stems), each of a group read as the group's first."""
    return frozenset(_AS.get(term, term) for term in terms)


# "funds" asked as what someone does, the question's first word (after
# "who", which the question has lost) before what is funded: "who funds the
# congress?" is answered by "receives support from the European Union". Not
# the noun: "what funds were raised?", "funds for the library".
_FUNDS_FIRST = re.compile(
    r"^\s*funds?\s+(?=(?:the|a|an|its|his|her|their|this|these|those)\b|[A-Z])"
)


def in_question(question: str) -> frozenset[str]:
    """The question's terms, each of a group read as the group's first."""
    question = _FUNDS_FIRST.sub("supports ", question)
    for pattern, word in _READ_AS:
        question = pattern.sub(word, question)
    return as_one(stems(question)) | _participles_as_verbs(question)


# Russian words, to read their participles as their verbs.
_CYRILLIC_WORD = re.compile(r"[а-яё]{4,}", re.IGNORECASE)


def _participles_as_verbs(text: str) -> frozenset[str]:
    """The stems of the verbs the text's Russian participles are of:
    "поливать из шланга запрещено" holds "запретили" ("запрет")."""
    if not has_russian_letters(text):
        return frozenset()
    verbs = filter(None, (participle_verb(w.lower()) for w in _CYRILLIC_WORD.findall(text)))
    return as_one(stems(" ".join(verbs)))


def in_sentence(terms: Iterable[str], text: str, counts: bool = False) -> frozenset[str]:
    """A sentence's terms (its stems) as in_question reads a question's, with
    taking part held by its two words, support by "backed", attending by "met",
    a name by its abbreviation and the other way round (news.abbreviations);
    asked for a count (`counts`), with "people" held by the persons it counts.
    Only then: held by every sentence naming "residents" or "children",
    "people" would weigh next to nothing in "who said many people owe Wilson
    an apology?"."""
    written = frozenset(with_abbreviations(tuple(terms)))  # "the European Union" holds "EU"
    found = as_one(written)
    if counts and not written.isdisjoint(_COUNTED):
        found |= {_PEOPLE}
    for pattern, word in _READ_AS:
        if pattern.search(text):
            found |= as_one(stems(word))
    return found | _participles_as_verbs(text)


def holds_half_of_question(question: str, text: str) -> bool:
    """Whether `text` holds at least half of a question's terms (all of none),
    in its own words or in words news writes for them: "how many fans?" is
    about the report of "47,812 spectators"."""
    asked = in_question(question)
    return 2 * len(asked & in_sentence(stems(text), text, counts=True)) >= len(asked)


def without_paraphrased(question: str) -> str:
    """The question without its words of a group ("people attended the
    congress": "the congress"), to find the articles that write them
    otherwise; "" when it has none, or nothing else."""
    kept: list[str] = []
    unphrased = question
    for pattern, _ in _READ_AS:
        unphrased = pattern.sub(" ", unphrased)
    for word in unphrased.split():
        found = stems(word)
        if not found or not all(term in _AS for term in found):
            kept.append(word)
    rest = " ".join(kept)
    return rest if rest != " ".join(question.split()) and stems(rest) else ""
