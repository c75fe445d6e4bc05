"""People, organisations and places named in a text, by rules (no model).

Names are runs of capitalised words (with "of", "for", "de", "van"... inside
them, "-" joins, and initials: "George W. Bush"). A run is a place if it is in
the gazetteer (bot.news.gazetteer), ends in a place word ("Downing Street") or
follows "in"/"at"/"from" ("in Brussels"); an organisation if it has an
organisation word ("Ministry", "Foundation", "Bank", "Фонд") or is an acronym;
a person if a title or a role comes before it ("President Vladimir Putin",
"Governor Elena Varga"), if it is followed by "said" or "told", or if it is two
or three capitalised words that are none of the above and something says so
(a common given name, an initial, the surname alone elsewhere in the text).
Runs that end like an event or a thing ("World Cup") or a people ("North
Korean") are no name.
Good enough to mark facts and list names; not a general named-entity
recogniser (benchmarks/eval_entities.py measures how good).
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from operator import itemgetter
from typing import NamedTuple

from bot.news.gazetteer import (
    AWARDS,
    DEMONYMS,
    GIVEN_NAMES,
    KNOWN_EVENTS,
    KNOWN_ORGANIZATIONS,
    NO_KIND_ALONE,
    NOT_NAMES,
    ORG_ENDINGS,
    ORG_WORDS,
    PLACE_ENDINGS,
    PLACE_OPENINGS,
    PLACES,
    ROLE_PLURALS,
    ROLES,
    STORM_OPENINGS,
    THING_ENDINGS,
    TITLES,
)
from bot.news.russian import (
    common_word,
    dictionary_forms,
    first_name,
    fixed_man_name,
    name_form,
    organization_tail,
    person_nominative,
    phrase_nominative,
    place_nominative,
)
from bot.news.sentences import Sentence, split_sentences
from bot.news.text import STOP_WORDS, has_russian_letters

# A capital, then optionally more word characters, ending in one; or an
# initial or a short abbreviation with its full stop when another capitalised
# word follows ("George W. Bush", "St. Louis", "J.K. Rowling", "В. В. Путин").
# Written starting with the character class (not with an alternation) so the
# regex engine skips to capitals in C.
_CAPITAL = "A-ZА-ЯЁ"
_NAME_WORD = (
    rf"[{_CAPITAL}](?:[a-zа-яё]{{0,3}}\.(?=\s+[{_CAPITAL}])"
    rf"|(?:\.[{_CAPITAL}])+\.(?=\s+[{_CAPITAL}])|[\w'’.-]*\w(?:(?<=s)['’](?=\s+[{_CAPITAL}]))?)?"
)
# The connectors that are part of a person's surname ("de Gaulle", "da Silva",
# "van Gogh", "den Hamer"), not of an organisation's or a place's name ("of").
_PARTICLES = frozenset("de del der van von la le du da di dos das den ter ten los las".split())
_CONNECTORS = frozenset("of for the and & bin ibn bint и по за".split()) | _PARTICLES
# Two particles in a row, which a run takes where it takes one connector
# ("Rodrigo de la Serna", "Edwin van der Sar", "Ursula von der Leyen").
_PARTICLE_PAIR = r"(?:de\s+(?:la|las|los)|van\s+(?:der|den|de)|von\s+(?:der|dem))"
_CONNECTOR = f"(?:{_PARTICLE_PAIR}|{'|'.join(sorted(_CONNECTORS))})"
# Arabic names' article, written in lower case inside a name ("Bashar al-Assad",
# "Abdel Fattah el-Sisi"): a name word after the first.
_ARTICLES = "(?:al|el|ad|ar|as|ash|at|az|ul|ud)-"
_ARTICLE = re.compile(rf"{_ARTICLES}(?=[A-Z])")
_ARTICLE_WORD = rf"{_ARTICLES}[{_CAPITAL}][\w'’.-]*\w"
_PATRONYMIC = frozenset(("bin", "ibn", "bint"))
_LOWER_IN_NAMES = _PARTICLES | _PATRONYMIC
_NAME_RUN = re.compile(rf"{_NAME_WORD}(?:\s+(?:{_CONNECTOR}\s+)?(?:{_NAME_WORD}|{_ARTICLE_WORD}))*")
# The longest run that may hold names, in characters and in words
# ("Congress of People's Deputies of the Soviet Union" is 49 and 8).
_LONGEST_RUN = 200
_MOST_WORDS = 12

# Words that are no name alone but are surnames after a given name ("Theresa May").
_SURNAMES_NOT_NAMES = frozenset("may read march more".split())
# What opens a ship's name: "USS George Washington" is no navy and a president.
_SHIP_PREFIXES = frozenset("uss hms rms ss".split())
# First words of places in Spanish, Portuguese, Italian or French ("San Pedro Sula").
_NO_PERSON_OPENINGS = frozenset("san santa são sao los las el la le chez".split())
_PLACE_BEFORE = frozenset("in at from near across outside inside в из во".split())
# Words before "in" that make what follows a work, not a place: "her role in Closer".
_PLAYED_IN = frozenset(
    "role roles starring starred stars star appears appeared appearing cameo performance".split()
)
_POSSESSIVE = re.compile(r"(?:['’]s|(?<=s)['’])\s+")
_PLURAL_OWNER = re.compile(r"(?<=s)['’]\s+")
_OF_THE = frozenset((" of the ", " for the "))
_CAPITALS = re.compile(r"[A-ZА-ЯЁ]{2,}")
_PLURAL_ACRONYM = re.compile(r"[A-ZА-ЯЁ]{2,}s")
_AND = re.compile(" (?:and|и) ")
_BRACKETED_ACRONYM = re.compile(r"\(([A-ZА-ЯЁ][A-ZА-ЯЁ.-]{1,9})\)")
# Lower-case Russian words after a run: an organisation's name may go on in them.
_LOWER_RUSSIAN_WORDS = re.compile(r"(?:[ \t]+[а-яё]+(?:-[а-яё]+)*){1,6}")
# A ministry's or an embassy's first word, which Russian writes in lower case
# ("министерство иностранных дел Германии", "посольства США"): see _owned_organizations.
_LOWER_CASE_HEAD = re.compile(r"(?<![А-Яа-яЁё])(?:[Мм]инистерств|[Пп]осольств|[Кк]онсульств)[а-я]*")
_CAPITAL_AFTER = re.compile(r"[ \t]+[А-ЯЁ][А-Яа-яЁё-]*")
# What makes a name an adjective: "UK-based", "Russian-born", "Saudi-led".
_ADJECTIVE_ENDING = re.compile(
    r"-(?:based|born|led|backed|owned|run|made|style|funded|linked|bound|winning|nominated)$",
    re.IGNORECASE,
)

# A name made an adjective that says the one word after it names a firm:
# "Swiss-based Xstrata", "State-owned Rosneft", "US-funded Farda". A person is
# based somewhere too ("London-based Levy"): the text's full name for them
# makes them one (_fold_surnames). Not a people or a faith ("Iranian-backed
# Houthi militia", "Nigerian-based Islamic group").
_FIRM_DESCRIBED = re.compile(r"-(?:based|owned|backed|run|funded)$", re.IGNORECASE)
_FAITHS = re.compile(r"(?:ic|ist)$")


_INITIAL = re.compile(r"(?:^|\s)(?:[A-ZА-ЯЁ]\.)+\s")
_BRACKETS = re.compile(r"\([^()]*\)")
_DOTTED_ENDING = re.compile(r"(?:^|\s)(?:[A-ZА-ЯЁ]\.)+[A-ZА-ЯЁ]$")
_PERSON_AFTER = frozenset(
    "said says told added wrote argued warned explained сказал заявил".split()
)
_OPENING_MARKS = " \"“«‘'(["
_OPENING_QUOTES = ("«", '"', "“")
# Words that open a sentence before "said" and name no one: pronouns and
# groups of people (ROLE_PLURALS are never names at all; these may be part of one:
# "One Direction", "Friends Reunited").
_NOT_SPEAKERS = frozenset(
    """one another both each some many most others all none several few neither either
    people diplomats travelers travellers friends relatives colleagues supporters opponents
    campaigners family families""".split()
)
_NON_SPACE = re.compile(r"\S+")  # a run's words, where they start
# A comma and capitalised words that end a clause: "(Owings Mills), Maryland, died".
_PLACE_AFTER_COMMA = re.compile(r", ([A-Z][a-z]+(?: [A-Z][a-z]+){0,2})(?=[,.;:)]|$)")
# A person's age in commas after their name, "Cayman Naib, 13, was last seen",
# or their part in a trial, "Madhu Rai, prosecuting, said".
_PERSON_BETWEEN_COMMAS = re.compile(r", (?:[1-9]|[1-9]\d|10\d|prosecuting|defending|mitigating),")
# What a person is, said in commas after their name: "said Zarrar Khuhro, a
# senior journalist and political analyst", "Faisal Sabzwari, a senior MQM party
# leader". Nouns only people are (not "leader" alone, nor "producer": "Tesco,
# the market leader", "Endemol, the producer"), ending the description
# ("Xinhua, the official news agency" is none).
_PERSON_NOUNS = """journalist correspondent editor photographer analyst professor lawyer attorney
    economist activist researcher author politician spokesman spokeswoman spokesperson president
    chairman chairwoman founder co-founder minister senator governor mayor ambassador diplomat
    teacher student doctor nurse mother father son daughter wife husband brother sister widow
    widower actor actress singer rapper comedian novelist playwright commentator historian
    scientist consultant adviser advisor strategist lobbyist campaigner pastor priest lecturer
    businessman businesswoman worker officer official soldier volunteer resident veteran"""
_DESCRIBED_AS_PERSON = re.compile(
    r",\s+(?:a|an|the|his|her|[A-Z][\w-]*['’]s)\s+(?:[\w-]+\s+){0,4}?"
    rf"(?:party\s+leader|{'|'.join(_PERSON_NOUNS.split())})"
    r"(?=\s*[,.;:)\]—–]|\s*$|\s+(?:at|of|for|in|on|with|who|whose|and|from|told|said|says)\b)"
)
# Mention kinds find_entities() settles for the whole text.
_MAYBE_PERSON = "maybe a person"
_LONE_WORD = "a capitalised word"
_AFTER_THE = "a name after 'the'"
_SAID_WORD = "one word before 'said'"
_WORK = "a work's title"
_GIVES_ROLES = "whose CEO or chairman someone is"
# Words that say the name next to them is a work's title: "the abortion drama
# Vera Drake", "rock band Franz Ferdinand"; "Vera Drake star Imelda Staunton",
# "Harry Potter author JK Rowling" (a role, then whose it is). Not "the
# musical, Victoria Hamilton", "Vince Vaughn stars in", "a Tom Cruise movie".
_WORK_BEFORE = re.compile(
    r"\b(?:film|movie|drama|comedy|sitcom|series|album|single|song|novel|book|band|musical"
    r"|opera|documentary|thriller|biopic) $"
)
_WORK_AFTER = re.compile(
    r" (?:star|director|author|creator|frontman|singer|actor|actress|producer|writer)"
    rf" [{_CAPITAL}]"
)
# Common nouns before a one-word name that say it is an organisation's:
# "oil firm Yukos", "rights group OVD-Info", "record label EMI".
_ORGANIZATION_BEFORE = frozenset(
    """firm company companies group giant carrier airline bank lender insurer retailer
    conglomerate manufacturer startup start-up label newspaper agency charity watchdog
    regulator""".split()
)
# What follows a name to say what it is, when that is an organisation: "Parmalat,
# the Italian food group at the centre of...", "Tesco, Britain's biggest
# retailer,". The noun must end the description: "Smith, the group's chairman",
# "Jones, the head of the firm" and "Lee, a company director" are people, and
# "Robert, Britain's Telegraph newspaper reported" is a newspaper's report.
# (No trade a person may have: "Jo Flaherty, a senior broadcaster".)
_ORGANIZATION_NOUNS = _ORGANIZATION_BEFORE | frozenset(
    "supplier chain supermarket club party".split()
)
_DESCRIBED_AS_ORGANIZATION = re.compile(
    r",\s+(?:the|a|an|its|their|[A-Z][\w-]*['’]s)\s+"
    r"(?:(?!(?:of|for|in|at|on|to|with|from|by|and|or|who|whose|which|that)\b)[\w-]+\s+){0,3}"
    rf"(?:{'|'.join(sorted(_ORGANIZATION_NOUNS))})"
    r"(?=\s*[,.;:)\]—–]|\s*$|\s+(?:at|in|on|that|which|whose|with|based)\b)"
)
# Words that open a sentence before a comma and are no name: "Soon, the group...".
_OPENING_ADVERBS = frozenset(
    """soon later now then today yesterday tomorrow meanwhile however still yet instead
    again also first finally eventually recently""".split()
)

# Words that are no name on their own (NOT_NAMES are not at either end of one
# either; titles not at its start, unless it is an organisation's).
_NEVER_ALONE = NOT_NAMES | TITLES | ROLE_PLURALS
# Roles written after whose they are: "Lufthansa CEO", "Labour MP"; of them,
# those only an organisation gives ("Blue Bell CEO"), not a seat or an honour a
# person holds ("Frank Field MP", "Salford MP", "John Smith QC").
_ROLES_AFTER_NAMES = frozenset(
    "ceo cfo coo mp mep msp mla qc obe mbe cbe chairman chairwoman spokesman spokeswoman".split()
)
_ORGANIZATIONS_ROLES = frozenset("ceo cfo coo chairman chairwoman spokesman spokeswoman".split())
# Nouns for kinds of places, before the place's name ("the town of X", "озеро X"),
# and for parts of one ("the centre of X", "the streets of X"; not "the heart of
# X": of Europe, and of Obamacare, of Labour's campaign).
_PLACE_NOUNS = frozenset(
    "town city village county province region island port centre center outskirts suburbs"
    " streets".split()
)
_PLACE_NOUNS_RU = frozenset(
    """город города городе городом озеро озера озере озером река реки реке рекой
    остров острова острове деревня деревни деревне село села селе посёлок посёлка
    посёлке поселок поселка поселке""".split()
)
# What a "leader" leads when it is a firm: "market leader Best Buy".
_MARKETS = frozenset("market industry sector world category price".split())
# "President-elect", "Speaker-to-be": a title all the same.
_TITLE_TO_COME = frozenset(("elect", "to-be", "designate", "in-waiting"))
# What may close a person's name after the surname.
_NAME_SUFFIXES = frozenset("jr sr ii iii iv vi vii viii".split())
# The last words of runs that name no one and nothing ("North Korean", "World Cup").
# A people's man or woman ends no name either: "the Northern Irishman", "a Frenchman"
# (not "The Scotsman", a newspaper: "Scots" is no demonym here).
_NOT_A_NAME_ENDINGS = (
    DEMONYMS
    | THING_ENDINGS
    | TITLES
    | AWARDS
    | {f"{people}{one}" for people in DEMONYMS for one in ("man", "woman", "men", "women")}
)


@dataclass
class Entities:
    people: list[str] = field(default_factory=list)
    organizations: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    # Names of no settled kind ("Six Nations", or a person named once, by an
    # uncommon first name): not listed, but a passage naming one names something.
    others: list[str] = field(default_factory=list)
    # How the text writes a listed name it writes otherwise: Russian names are
    # listed in the nominative ("Алексей Навальный" for "Алексея Навального").
    written: dict[str, list[str]] = field(default_factory=dict)


def surnames(entities: Entities) -> list[str]:
    """The last names of the listed people ("Kagezi" of "Joan Kagezi"): news
    names a person in full once, then by surname ("Kagezi was the lead
    prosecutor"). Not a word that is no name alone ("Theresa May": "in May"),
    nor one listed as an organisation or a place ("Hillary Clinton", "Clinton
    Foundation" are apart already)."""
    listed = set(entities.organizations) | set(entities.places) | set(entities.people)
    found = []
    for person in entities.people:
        last = person.rsplit(" ", 1)[-1]
        if (
            last != person
            and len(last) > 2
            and last[0].isupper()
            and last.lower() not in _SURNAMES_NOT_NAMES
            and last not in listed
        ):
            found.append(last)
    return list(dict.fromkeys(found))


def find_entities(text: str, sentences: list[Sentence] | None = None, limit: int = 20) -> Entities:
    """Named people, organisations and places, most mentioned first."""
    if sentences is None:
        sentences = split_sentences(text[:60_000])
    mentions: list[tuple[str, str]] = []
    if sentences and sentences[0].start:
        # The dateline the first sentence leaves out names where the story was
        # filed ("London (CNN)"); its news agency is no name of the story's.
        mentions += _names(_BRACKETS.sub(" ", text[: sentences[0].start]))
    for sentence in sentences:
        mentions += _names(sentence.text)
    counts: dict[str, Counter[str]] = {
        "person": Counter(),
        "organization": Counter(),
        "place": Counter(),
        _MAYBE_PERSON: Counter(),
        _LONE_WORD: Counter(),
        _AFTER_THE: Counter(),
        _SAID_WORD: Counter(),
        _WORK: Counter(),
        _GIVES_ROLES: Counter(),
    }
    for (name, kind), count in Counter(mentions).items():  # counted in C
        counts[kind][name] = count
    works = _works_apart(counts)
    _role_givers(counts)
    _settle_said_words(counts)
    lone = counts[_LONE_WORD]  # (_confirm_people takes it out of counts)
    others = _confirm_people(counts)
    if others:
        _listed_with_people(sentences, counts, others)
    others.update(works)
    acronyms = _bracketed_acronyms(text, counts) if "(" in text else {}
    acronyms = _spelt_out_before(text, counts) | acronyms
    written = _as_listed(counts, lone)
    _fold_middle_names(counts["person"], written)
    _fold_initials(counts, others, written)
    if acronyms:
        _fold_acronyms(counts, acronyms, written)
    endings = _endings(counts["person"])
    _people_of_organisations(counts["person"], counts["organization"], endings)
    _people_placed(counts, lone, endings)
    _fold_short_forms(counts, others, endings)
    _fold_surnames(counts, endings)
    _one_kind_each(counts)
    for kind in ("person", "organization", "place"):
        _fold_cases(counts[kind], written)
    _common_words_apart(counts, others, text)
    givens = _given_names(counts["person"])
    people = [
        p for p in _ranked(counts["person"]) if " " in p or (p not in endings and p not in givens)
    ]
    return Entities(
        people=_with_stops(people[:limit], text),
        organizations=_with_stops(_ranked(counts["organization"], limit), text),
        places=_with_stops(_ranked(counts["place"], limit), text),
        others=_ranked(others, limit),
        written=written,
    )


def _given_names(people: Counter[str]) -> set[str]:
    """The first words of the people's whole names that only one of them has:
    a lone "Phil" beside "Phil McGraw" is him, not another to list ("Xi" of Xi
    Jinping is his surname, and him too)."""
    firsts = Counter(name.split()[0] for name in people if " " in name)
    return {first for first, count in firsts.items() if count == 1}


def _works_apart(counts: dict[str, Counter[str]]) -> Counter[str]:
    """The works' titles read as people's names: a title once called one in
    the text is a title in all its mentions ("Vera Drake has scooped...")."""
    works = counts.pop(_WORK)
    for name in works:
        for kind in _PERSON_KINDS:
            works[name] += counts[kind].pop(name, 0)
    return works


def _with_stops(names: list[str], text: str) -> list[str]:
    """The names with the last full stop of their closing initials or "Jr.",
    as the text writes them: "U.S.", "Washington D.C." (mentions are read
    without it, as a sentence's full stop often follows a name)."""
    return [name + "." if _stop_closes(name) and name + "." in text else name for name in names]


def _stop_closes(name: str) -> bool:
    return bool(_DOTTED_ENDING.search(name)) or name.endswith((" Jr", " Sr"))


def _as_listed(counts: dict[str, Counter[str]], lone: Counter[str]) -> dict[str, list[str]]:
    """Russian names in the form a reader looks for, each counted once over
    all its cases: people and organisations in the nominative, places as the
    gazetteer has them ("Брюсселе" is "Брюссель"), or as the text writes the
    nominative the dictionary guesses (`lone`: capitalised words of no kind).
    Returns how the text wrote the renamed ones."""
    written: dict[str, list[str]] = {}
    for kind, listed_form in (
        ("person", person_nominative),
        ("place", _russian_place),
        ("organization", _russian_organization),
    ):
        names = counts[kind]
        for name in [n for n in names if has_russian_letters(n)]:
            listed = listed_form(name) or name
            if listed != name:
                names[listed] += names.pop(name)
                written.setdefault(listed, []).append(name)
    _fold_unknown_places(counts, lone, written)
    _fold_surname_cases(counts["person"], written)
    return written


# A man's surname after a first name that never declines, by its ending: "-ом"
# is a consonant stem's ("Байденом": Байден), "-ы" and "-ой" an "-а" stem's
# ("Кисиды": Кисида); "-а", "-у", "-е" may be either's ("Байдена", "Кисиде").
_SURNAME_ENDING = re.compile(r"(?<=[а-яё]{2})(ом|ой|ы|а|у|е)$")
_CONSONANT_STEM_ENDINGS = frozenset({"", "ом"})
_A_STEM_ENDINGS = frozenset({"ы", "ой"})


def _people_of_organisations(
    people: Counter[str], organizations: Counter[str], endings: dict[str, str]
) -> None:
    """A person's surname "of" an organisation is that person and that
    organisation, not one name: "Perry of CARE International said" after
    "Tom Perry"."""
    for name in [n for n in organizations if " of " in n]:
        surname, _, organization = name.partition(" of ")
        if surname in endings and organization[:1].isupper():
            count = organizations.pop(name)
            people[endings[surname]] += count
            organizations[organization] += count


def _fold_middle_names(people: Counter[str], written: dict[str, list[str]]) -> None:
    """A person named once with a middle name is the one named without it
    ("Walter Lamer Scott" is "Walter Scott", "Michael Thomas Slager" "Michael
    Slager"): listed once, as the shorter name, the longer one as written."""
    for name in [n for n in people if n.count(" ") >= 2]:
        words = name.split()
        short = f"{words[0]} {words[-1]}"
        if short in people and not _PARTICLES.intersection(words):
            people[short] += people.pop(name)
            written.setdefault(short, []).append(name)


# A given name's initial and a surname: "L Nitoglia", "J. Smith".
_INITIAL_AND_SURNAME = re.compile(r"([A-Z])\.? ([A-Z][\w'’-]+)")


def _fold_initials(
    counts: dict[str, Counter[str]], others: Counter[str], written: dict[str, list[str]]
) -> None:
    """A name written as an initial and a surname is the one person the text
    names in full with that initial and surname ("L Nitoglia" of a team sheet
    is Ludovico Nitoglia, however the sheet's line read, or if it was not
    read as a name at all), listed once."""
    people = counts["person"]
    by_initials: dict[tuple[str, str], list[str]] = {}
    for name in itertools.chain(people, others):  # "G Thomas" of Gareth or of Geraint: neither
        words = name.split()
        if len(words) > 1 and len(words[0]) > 2:
            by_initials.setdefault((name[0], words[-1]), []).append(name)
    for names in (people, counts["organization"], counts["place"], others):
        for name in list(names):
            m = _INITIAL_AND_SURNAME.fullmatch(name)
            full = by_initials.get((m[1], m[2]), []) if m else []
            if len(full) == 1 and full[0] in people:
                people[full[0]] += names.pop(name)
                written.setdefault(full[0], []).append(name)


def _fold_cases(names: Counter[str], written: dict[str, list[str]]) -> None:
    """Names written apart only in their capitals are one ("Steven MacLean"
    and "Steven Maclean", "AfriForum" and "Afriforum", a dateline's
    "WASHINGTON"): listed as the one written most, not in capitals on a tie,
    the others as written. Not a short acronym: "US" and "Us" magazine."""
    if len(names) < 2:
        return
    by_case: dict[str, list[str]] = {}
    for name in names:
        by_case.setdefault(name.casefold(), []).append(name)
    for found in (found for key, found in by_case.items() if len(found) > 1 and len(key) > 3):
        main = max(found, key=lambda name: (names[name], not name.isupper()))
        for other in (name for name in found if name != main):
            names[main] += names.pop(other)
            written.setdefault(main, []).extend([other, *written.pop(other, [])])


def _fold_surname_cases(people: Counter[str], written: dict[str, list[str]]) -> None:
    """Russian names whose first name never declines ("Джо Байдена", "Кофи
    Менсы"), the dictionary leaves as written: their cases are one name, listed
    in the nominative, when the text's endings of the surname tell which it is
    ("Джо Байдена", "Джо Байденом": Джо Байден); as written when they do not."""
    forms: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for name in [n for n in people if has_russian_letters(n)]:
        first, _, surname = name.rpartition(" ")
        if first and surname.istitle() and fixed_man_name(first.split()[0]):
            found = _SURNAME_ENDING.search(surname)
            ending = found.group() if found else ""
            stem = surname[: len(surname) - len(ending)]
            forms.setdefault((first, stem), []).append((name, ending))
    for (first, stem), named in forms.items():
        endings = {ending for _, ending in named}
        if endings & _A_STEM_ENDINGS:
            listed = f"{first} {stem}а"
        elif endings & _CONSONANT_STEM_ENDINGS and stem[-1] not in "аеёиоуыэюяй":
            listed = f"{first} {stem}"
        else:
            continue
        for name, _ in named:
            if name != listed:
                people[listed] += people.pop(name)
                written.setdefault(listed, []).append(name)


def _fold_unknown_places(
    counts: dict[str, Counter[str]], lone: Counter[str], written: dict[str, list[str]]
) -> None:
    """Russian places the dictionary does not know ("в Колдере"), listed in the
    nominative it guesses for them when the text writes that too ("города
    Колдер") or writes two cases that both lead to it ("из Порт-Элмса", "в
    Порт-Элмсе"); as written otherwise, as a guess may be wrong."""
    places = counts["place"]
    guesses: dict[str, list[str]] = {}
    for name in [n for n in places if has_russian_letters(n)]:
        if name not in written and " " not in name and not name.isupper():
            guess = "-".join(p.capitalize() for p in name_form(name.lower()).split("-"))
            guesses.setdefault(guess, []).append(name)
    seen = [lone, *counts.values()]
    for guess, forms in guesses.items():
        if len(forms) > 1 or (guess != forms[0] and any(guess in names for names in seen)):
            for form in forms:
                if form != guess:
                    places[guess] += places.pop(form)
                    written.setdefault(guess, []).append(form)


def _fold_acronyms(
    counts: dict[str, Counter[str]],
    acronyms: dict[str, tuple[str, str]],
    written: dict[str, list[str]],
) -> None:
    """A name and the acronym the text gives it, in brackets or after it,
    are one name, listed as "Anti-Corruption Foundation (FBK)". `acronyms`
    maps each such acronym to its (name, kind)."""
    listed_as = {form: listed for listed, forms in written.items() for form in forms}
    for acronym, (name, kind) in acronyms.items():
        names = counts[kind]
        full = listed_as.get(name, name)
        if full not in names:
            continue
        together = f"{full} ({acronym})"
        names[together] = names.pop(full) + sum(
            counts[k].pop(acronym, 0) for k in ("person", "organization", "place")
        )
        written[together] = list(dict.fromkeys([full, *written.pop(full, ()), acronym]))


def _russian_place(name: str) -> str:
    """A Russian place name in the nominative ("Брюсселе" -> "Брюссель"): as
    the gazetteer has it, else as the dictionary knows it ("Вильнюсе"); ""
    when it is no place either knows (or written in capitals)."""
    if name.isupper():
        return ""
    if " " in name:  # "Российской Федерации": a gazetteer place in another case
        nominative = phrase_nominative(name, name.count(" "))
        return nominative if nominative.lower().replace("ё", "е") in PLACES else ""
    listed = _listed_as(name.lower(), PLACES)
    if listed:
        return listed.title()
    return place_nominative(name) or ""


def _russian_organization(name: str) -> str:
    """A Russian organisation's name in the nominative ("Фонда борьбы с
    коррупцией" -> "Фонд борьбы с коррупцией"); "" for an acronym or a name
    with no organisation word."""
    if name.isupper():
        return ""
    words = name.lower().split()
    head = next((i for i, word in enumerate(words) if _organization_word(word)), None)
    if head is not None:
        return phrase_nominative(name, head)
    known = _listed_as(name.lower(), KNOWN_ORGANIZATIONS)  # "Кремле" -> "Кремль"
    return known.capitalize() if known else ""


def _organization_word(word: str) -> bool:
    """Whether a lower-cased word is an organisation word, Russian ones in any case."""
    return word in ORG_WORDS or _listed_as(word, ORG_WORDS) is not None


def _ranked(counts: Counter[str], limit: int | None = None) -> list[str]:
    """The names, most mentioned first (ties in the order met): most_common()
    in one C sort, without its Python-level heap."""
    return [name for name, _ in sorted(counts.items(), key=itemgetter(1), reverse=True)[:limit]]


def _names(sentence: str) -> list[tuple[str, str]]:
    """The (name, kind) mentions in a sentence."""
    russian = has_russian_letters(sentence)
    found = _owned_organizations(sentence) if russian else []
    owned = [name.lower() + " " for name, _ in found]
    for run, begin in _name_runs(sentence):
        if begin and sentence[begin - 1].isalnum():
            # Capitals inside a word ("phpBB", "eBay's David Stern"): no name of their own.
            rest = run.split(None, 1)[1:]
            if not rest:
                continue
            end = begin + len(run)
            run, begin = rest[0], end - len(rest[0])
        if len(run) > _LONGEST_RUN:
            continue  # text in capitals, a word glued many times: no name, nor a cache entry
        if russian and has_russian_letters(run):
            begin, run = _russian_run(sentence, begin, begin + len(run))
            if not run:
                continue
        for offset, reading in _run_readings(run):
            kind = reading.kind
            before = run[:offset].rstrip()  # "Swiss-based" of "Swiss-based Xstrata"
            if kind is None and before and _described_as_firm(before, reading):
                kind = "organization"
            elif kind is None:
                # Not after a name made an adjective: "UK-based Barclays said" is the bank's word.
                theirs = offset > 0 and not _ADJECTIVE_ENDING.search(before)
                kind = _kind_in_context(sentence, reading, begin + offset, theirs)
            elif not reading.name:
                continue
            if kind in _PERSON_KINDS and _names_a_work(sentence, reading.name, begin + offset):
                kind = _WORK
            if kind == "organization" and any(o.startswith(reading.name.lower()) for o in owned):
                continue  # "Министерство иностранных дел" of "... дел Германии"
            if kind:
                found.append((reading.name, kind))
    return found


_PERSON_KINDS = frozenset(("person", _MAYBE_PERSON))


def _owned_organizations(sentence: str) -> list[tuple[str, str]]:
    """Ministries and embassies with the country or city they belong to, in
    the nominative: "в министерстве обороны России" -> "Министерство обороны
    России" (the defence ministries of two countries are two). Russian writes
    them in lower case, so they are found by their first word; without a
    capitalised owner after the words that hang on it ("министерство обороны
    сообщило") a lower-case one is no name."""
    found: list[tuple[str, str]] = []
    for head in _LOWER_CASE_HEAD.finditer(sentence):
        end = head.end()
        after = _LOWER_RUSSIAN_WORDS.match(sentence, end)
        following = after.group().split() if after is not None else []
        taken = organization_tail(head.group().lower(), following, _organization_word)
        for word in following[:taken]:
            end = sentence.index(word, end) + len(word)
        owner = _CAPITAL_AFTER.match(sentence, end)
        if owner is not None:
            name = phrase_nominative(sentence[head.start() : owner.end()], 0)
            found.append((name[0].upper() + name[1:], "organization"))
    return found


def _described_as_firm(before: str, reading: _Reading) -> bool:
    """Whether the one word of a reading follows what says it is a firm
    (_FIRM_DESCRIBED)."""
    low = reading.name.lower()
    return (
        reading.size == 1
        and bool(_FIRM_DESCRIBED.search(before))
        and low not in DEMONYMS
        and not _FAITHS.search(low)
    )


def _names_a_work(sentence: str, name: str, start: int) -> bool:
    """Whether what reads as a person's name is a work's title here (_WORK_BEFORE)."""
    at = sentence.find(name, start)
    if at < 0:
        return False
    end = at + len(name)
    return bool(
        _WORK_BEFORE.search(sentence, max(0, at - 12), at)
        or _WORK_AFTER.match(sentence, end, end + 24)
        or _title_goes_on(sentence, end)
    )


_AND_THE = " and the "


def _title_goes_on(sentence: str, end: int) -> bool:
    """Whether "and the" and a name with "of" follow a name, as in a title
    ("Harry Potter and the Goblet of Fire", "Indiana Jones and the Temple of
    Doom"); not "Tony Blair and the Queen", "Frank Sinatra and the Rat Pack",
    "Lord Campbell and the Bishop of Winchester", "... and the Bank of
    England" or "... and the Isle of Man"."""
    if not sentence.startswith(_AND_THE, end):
        return False
    m = _NAME_RUN.match(sentence, end + len(_AND_THE))
    if m is None or " of " not in m[0]:
        return False
    low = m[0].lower()
    first = low.split(None, 1)[0]
    return first not in TITLES and not _organization_word(first) and low not in PLACES


def _name_runs(sentence: str) -> list[tuple[str, int]]:
    """The runs of capitalised words, with where they start (most sentences
    need neither of the two passes below)."""
    runs = [(m[0], m.start()) for m in _NAME_RUN.finditer(sentence)]
    if " of the " in sentence or " for the " in sentence:
        runs = _joined_of_the(sentence, runs)
    if "s' " in sentence or "s’ " in sentence:
        runs = _plural_owners_apart(sentence, runs)
    return runs


def _joined_of_the(sentence: str, runs: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """An organisation word followed by "of the" or "for the" joins the run
    after it: "the Office of the Deputy Prime Minister", "the University of
    the West of England" (a run takes one connector, and "Tony Blair of the
    Labour Party" is two names). Not an acronym ("General Motors of the US"),
    nor after a place ("the West Bank for the..."). So does a title, before
    an office and a person (_office_of_the)."""
    joined = runs[:1]
    for run, begin in runs[1:]:
        last, at = joined[-1]
        between = sentence[at + len(last) : begin]
        if between in _OF_THE and (_of_the_joins(last, run) or _office_of_the(last, run)):
            joined[-1] = (last + between + run, at)
        else:
            joined.append((run, begin))
    return joined


# Owners that are people in general, not someone: what is theirs is an
# organisation's name or a thing's, whole ("the People's Liberation Army",
# "the Workers' Party of Korea", "International Women's Day").
# Not "boys" or "girls", often a band's ("the Beach Boys' Brian Wilson").
_PEOPLE_OWNERS = frozenset(
    "people peoples children women workers farmers veterans teachers nurses doctors"
    " students miners".split()
)


def _plural_owners_apart(sentence: str, runs: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """A plural owner joins what is theirs only where that is an organisation
    ("the British Bankers' Association", "the Musicians' Union"): elsewhere
    the two are runs of their own, and a person after the owner is told by
    the words around as any other ("the Rolling Stones' Mick Jagger said")."""
    apart = []
    for run, begin in runs:
        pieces = _PLURAL_OWNER.split(run)
        if (
            len(pieces) == 1
            or _organization_word(pieces[-1].rsplit(None, 1)[-1].lower())
            or pieces[0].rsplit(None, 1)[-1].lower() in _PEOPLE_OWNERS  # "Workers' Party of Korea"
        ):
            apart.append((run, begin))
            continue
        for piece in pieces:
            begin = sentence.index(piece, begin)
            apart.append((piece, begin))
            begin += len(piece)
    return apart


def _office_of_the(run: str, after: str) -> bool:
    """Whether a title "of the" an office's name and a person's join as one
    run, a title's as "Secretary of State John Kerry" is: "Chancellor of the
    Exchequer Gordon Brown" (apart, "Exchequer Gordon Brown" read as a name),
    "Prime Minister of the Netherlands Mark Rutte"."""
    words = after.lower().split()
    return (
        run.rsplit(None, 1)[-1].lower() in TITLES
        and any(map(_given_name, words[1:]))
        and not any(map(_organization_word, words))  # "of the Environmental Audit Committee"
    )


def _of_the_joins(run: str, after: str) -> bool:
    return (
        _organization_word(run.rsplit(None, 1)[-1].lower())
        and not _acronym(after.replace(".", ""))
        and run.lower() not in PLACES
    )


def _bracketed_acronyms(text: str, counts: dict[str, Counter[str]]) -> dict[str, tuple[str, str]]:
    """The acronyms the text gives names in brackets right after them
    ("Anti-Corruption Foundation (FBK)"), each with the (name, kind) it
    follows: the longest organisation or place name found that ends there."""
    acronyms: dict[str, tuple[str, str]] = {}
    for m in _BRACKETED_ACRONYM.finditer(text):
        acronym = m.group(1)
        if acronym in acronyms or text[m.start() - 1 : m.start()] != " " or not _acronym(acronym):
            continue
        before = text[max(0, m.start() - _LONGEST_RUN - 4) : m.start() - 1].replace("’", "'")
        before = before.removesuffix("'s")  # "the Disasters Emergency Committee's (DEC)"
        named = [
            (name, kind)
            for kind in ("organization", "place")
            for name in counts[kind]
            if before.endswith(name) and _starts_run(before, len(before) - len(name))
        ]
        if named:
            name, kind = max(named, key=lambda found: len(found[0]))
            if _abbreviates(acronym, name, kind):
                acronyms[acronym] = (name, kind)
    return acronyms


def _spelt_out_before(text: str, counts: dict[str, Counter[str]]) -> dict[str, tuple[str, str]]:
    """The organisations' acronyms of three letters or more that the text
    gives without brackets after spelling the name out ("the Food and Drug
    Administration ... the FDA"), each with the (name, "organization") whose
    initials it is: the only listed one, first named before the acronym.
    Not a name that holds the acronym ("DC Comics"), nor one named after it
    (the IRA is no "Irish Rugby Association" the text names later)."""
    by_initials: dict[str, list[str]] = {}
    for name in counts["organization"]:
        if " " in name:
            by_initials.setdefault(_initials(name), []).append(name)
    found: dict[str, tuple[str, str]] = {}
    for acronym in counts["organization"]:
        if not _acronym(acronym) or len(acronym) < 3 or not acronym.isalpha():
            continue
        named = [name for name in by_initials.get(acronym, ()) if acronym not in name.split()]
        if len(named) == 1 and -1 < text.find(named[0]) < text.find(acronym):
            found[acronym] = (named[0], "organization")
    return found


def _initials(name: str) -> str:
    """A name's capitalised words' first letters ("Food and Drug Administration": FDA)."""
    return "".join(word[0] for word in name.split() if word[0].isupper())


def _starts_run(text: str, at: int) -> bool:
    """Whether a name at text[at] starts its run of capitalised words: the
    word before it is not capitalised, is no name ("The") or an owner
    ("Navalny's")."""
    previous = text[:at].rsplit(None, 1)[-1] if text[:at].strip() else ""
    return not previous[:1].isupper() or previous.endswith("'s") or previous.lower() in _NEVER_ALONE


def _abbreviates(acronym: str, name: str, kind: str) -> bool:
    """Whether an acronym can be a name's: a place's is its initials ("United
    Arab Emirates (UAE)", not "London (CNN)"); an organisation's starts with
    one of them, since it may abbreviate another language's name ("Anti-Corruption
    Foundation (FBK)", the Russian Fond Borby s Korruptsiey)."""
    initials = _initials(name)
    letters = acronym.replace(".", "").replace("-", "")
    if kind == "place":
        return letters == initials
    return kind == "organization" and letters[0] in initials


def _russian_run(sentence: str, start: int, end: int) -> tuple[int, str]:
    """A Russian run (and where it starts) as a name: without the ordinary
    word that opens the sentence ("Жители Москвы", "Решение Европейского
    союза"), and with the lower-case words of the organisation name it
    starts, whose first word alone is capitalised ("Фонда" борьбы с
    коррупцией, "Европейский" союз)."""
    run = sentence[start:end]
    first, _, rest = run.partition(" ")
    if _opens(sentence, start) and _opening_common_word(first):
        if not rest:
            return start, ""  # "Как заявил ...": no name at all
        start = end - len(rest.lstrip())
    after = _LOWER_RUSSIAN_WORDS.match(sentence, end)
    if after is not None:
        following = after.group().split()
        taken = organization_tail(
            sentence[start:end].rsplit(None, 1)[-1].lower(), following, _organization_word
        )
        for word in following[:taken]:
            end = sentence.index(word, end) + len(word)
    return start, sentence[start:end]


def _opening_common_word(word: str) -> bool:
    """Whether a Russian word that opens a run is an ordinary word, capitalised
    only because it opens the sentence: no name, title or organisation word."""
    low = word.lower()
    return low not in TITLES and not _organization_word(low) and common_word(low)


def _owner_split(run: str) -> list[str]:
    """'Alexei Navalny's Anti-Corruption Foundation' -> owner, then what is theirs;
    'Congress of People's Deputies' stays whole (the owner part is an organisation),
    and so do 'International Women's Day' (a thing, not a woman's) and 'the
    County Sheriff's Office' (one office)."""
    if "'" not in run and "’" not in run:
        return [run]
    last = run.rsplit(None, 1)[-1]
    if last.lower() in THING_ENDINGS:
        return [run]
    names, start = [], 0
    for owned in _POSSESSIVE.finditer(run):  # what is theirs may have an owner too
        owner = run[start : owned.start()]
        if any(w.lower() in ORG_WORDS for w in owner.split()):
            break
        if owner.rsplit(None, 1)[-1].lower() in _PEOPLE_OWNERS:
            break  # "the People's Bank of China", "Boston Children's Hospital": no one's
        if owned.end() == len(run) - len(last) and last.lower() in ORG_WORDS:
            break  # "the County Sheriff's Office"
        names.append(owner)
        start = owned.end()
    names.append(run[start:])
    return names


@functools.lru_cache(maxsize=50_000)
def _run_readings(run: str) -> tuple[tuple[int, _Reading], ...]:
    """What a run of capitalised words says by itself: each name in it (an
    owner and what is theirs are two), with where it starts in the run.
    Cached: the same runs come back in article after article."""
    if " " not in run and run.lower() in _NEVER_ALONE:
        return ()  # "The", "But", "Mr": nothing left once trimmed
    if len(run) > 2 * _MOST_WORDS and len(run.split(None, _MOST_WORDS)) > _MOST_WORDS:
        return ()  # a headline in title case, or text in capitals: no name is that long
    readings = []
    offset = 0
    pieces = (named for joined in _joined_names(run) for named in _person_of_apart(joined))
    for piece in (apart for named in pieces for apart in _person_after_for(named)):
        owned = "'" in piece or "’" in piece
        parts = _owner_split(piece) if owned else _before_a_person(piece)
        for part in (apart for whole in parts for apart in _adjective_apart(whole)):
            offset = run.find(part, offset)
            name = _ADJECTIVE_ENDING.sub("", part).removesuffix(".") if "-" in part else part
            readings.append((offset, _reading(name)))
            offset += len(part)
    return tuple(readings)


def _adjective_apart(part: str) -> list[str]:
    """A name made an adjective is a name of its own, apart from the one it
    describes: "London-based Levy" is a place and a person, "UK-based
    Barclays" a place and a bank."""
    if "-" not in part:
        return [part]
    words = part.split(" ")
    for i, word in enumerate(words[:-1]):
        if _ADJECTIVE_ENDING.search(word):
            return [" ".join(words[: i + 1]), *_adjective_apart(" ".join(words[i + 1 :]))]
    return [part]


_FOR_OR_OF = re.compile(r" (?:for|of) ")


def _person_after_for(run: str) -> list[str]:
    """A word "for" or "of" a person's full name is no name with it: "Waiting
    for Benjamin Netanyahu" opening a sentence, "Thanks of Tony Blair". Not an
    organisation's, a title's or a place's word ("Institute for Tony Blair"
    stays whole, "President of ..." is read as a title's)."""
    m = _FOR_OR_OF.search(run)
    if m is None or " " in run[: m.start()]:
        return [run]
    first, after = run[: m.start()].lower(), run[m.end() :].split()
    if _organization_word(first) or first in TITLES or first in PLACES:
        return [run]
    if not 2 <= len(after) <= 3 or not _given_name(after[0].lower()):
        return [run]
    if any(not w[:1].isupper() or _organization_word(w.lower()) for w in after):
        return [run]
    return [run[: m.start()], run[m.end() :]]


def _person_of_apart(run: str) -> list[str]:
    """A person's name "of" where they work or what they stand for is two names:
    "Robert Costa of The Washington Post", "Harry Reid of Nevada". A given
    name and a surname only: "Georgia Department of Corrections" (a place
    first) and "Albert Einstein College of Medicine" (an organisation word)
    are one."""
    if " of " not in run:
        return [run]
    before, _, after = run.partition(" of ")
    words = before.lower().split()
    if not 2 <= len(words) <= 3 or not _given_name(words[0]) or words[0] in PLACES:
        return _titled_person_of_place(run)
    if any(_organization_word(w) or w in TITLES for w in words):
        return [run]  # "Mary Queen of Scots"
    return [before, after]


def _titled_person_of_place(run: str) -> list[str]:
    """A person after a title, "of" a listed place, is two names too: "Senator
    Ted Cruz of Texas", "Representative Kevin McCarthy of California" (read
    whole, as a name too long to be anyone's, they named no one). "Bank of
    England", "Duke of York" and "Archbishop of Canterbury" stay whole."""
    name, _, place = run.rpartition(" of ")
    if place.lower() not in PLACES:
        return [run]
    bare = [_as_title(w.strip(".").lower()) for w in name.split()]
    if bare[0] not in TITLES or all(w in TITLES for w in bare) or not ORG_WORDS.isdisjoint(bare):
        return [run]
    return [name, place]


def _before_a_person(run: str) -> list[str]:
    """A run whose person's name comes after another name: in Russian, a
    title and whose it is make one ("президента России Дмитрий Песков",
    "Глава МИД Украины Дмитрий Кулеба"), in English an organisation's name
    (_organization_then_person): the name before, then the person. A first
    word that only opens the sentence is no name (_russian_run takes it off)."""
    words = run.split()
    if len(words) < 3:
        return [run]
    if not has_russian_letters(run):
        return _organization_then_person(run, words)
    if _given_name(words[0].lower()):
        return [run]
    for i in range(1, len(words) - 1):
        if _given_name(words[i].lower()) and not _given_name(words[i - 1].lower()):
            return [" ".join(words[:i]), " ".join(words[i:])]
    return [run]


def _organization_then_person(run: str, words: list[str]) -> list[str]:
    """An organisation's name and a person's after it, with nothing between,
    are two names: "For the Lib Dems David Laws said", "Manchester United
    Wayne Rooney", "EADS Philippe Camus". Told by an organisation word or an
    acronym right before a given name that opens the run's last two or three
    words."""
    for i in range(max(1, len(words) - 3), len(words) - 1):
        before, given = words[i - 1].lower().strip(".,"), words[i].lower()
        named = before in ORG_WORDS or (
            _acronym(words[i - 1]) and before not in TITLES and before not in _SHIP_PREFIXES
        )
        if named and _given_name(given) and given not in ORG_WORDS:
            cut = [m.start() for m in _NON_SPACE.finditer(run)][i]
            return [run[:cut].rstrip(), run[cut:]]
    return [run]


def _joined_names(run: str) -> list[str]:
    """The names "and" ("и") joins in a run ("US and Europe", "World Health
    Organization and United Nations Children's Fund"), unless the whole is one
    name ("Securities and Exchange Commission", "Trinidad and Tobago"). Then
    the names "&" joins, or not (_ampersand_names)."""
    names = _and_names(run)
    if " & " not in run:
        return names
    return [name for joined in names for name in _ampersand_names(joined)]


def _and_names(run: str) -> list[str]:
    if " and " not in run and " и " not in run:
        return [run]
    low = run.lower()
    if low in PLACES or low in KNOWN_ORGANIZATIONS:
        return [run]
    parts = _AND.split(run)
    if ORG_WORDS.isdisjoint(low.split()) or (
        all(map(_whole_name, parts)) and not _places_in_a_name(parts)
    ):
        return parts
    return [run]


def _places_in_a_name(parts: list[str]) -> bool:
    """Whether the places "and" joins belong to an organisation's name:
    "England and Wales Cricket Board", "Port Authority of New York and New
    Jersey" (but "United States and France" are two)."""
    left, right = parts[0], parts[-1]
    if left.lower() in PLACES:
        return right.lower() not in PLACES
    return " of " in left and right.lower() in PLACES


def _whole_name(part: str) -> bool:
    """Whether one side of "and" names something by itself: an organisation
    (_whole_organization), a listed place or a person's full name ("Clinton
    Foundation and Hillary Clinton", "Bill Gates Foundation and Norway"; not
    "Food and Drug Administration")."""
    if _whole_organization(part) or part.lower() in PLACES:
        return True
    words = part.split()
    return (
        2 <= len(words) <= 3
        and _given_name(words[0].lower())
        and all(w[:1].isupper() for w in words)
        and ORG_WORDS.isdisjoint(w.lower() for w in words)
    )


def _ampersand_names(run: str) -> list[str]:
    """ "&" joins the names of a firm ("Marks & Spencer", "Ernst & Young",
    "Independent News & Media"), unless each side is a place of its own
    ("Serbia & Montenegro")."""
    parts = run.split(" & ")
    if all(_without_possessive(part).lower() in PLACES for part in parts):
        return parts
    return [run]


def _whole_organization(name: str) -> bool:
    """Whether a name is an organisation's by itself: an acronym, a known one,
    or more than a word with an organisation word ("World Health
    Organization"; not "Securities", nor "Entertainment" alone)."""
    low = name.lower()
    words = [word for word in low.split() if word not in NOT_NAMES]  # not "The"
    return (
        _acronym(name)
        or low in KNOWN_ORGANIZATIONS
        or (len(words) > 1 and not ORG_WORDS.isdisjoint(words))
    )


# A role only an organisation gives, between its name and the person's:
# "Indianapolis Colts owner Jim Irsay", "Blue Bell chief executive Paul
# Kruse". Not "spokesman" or "coach": people have those too ("Hillary
# Clinton spokesman Brian Fallon", "Thanou coach Christos Tzekos").
_ITS_PERSON = re.compile(
    r"\s+(?:owner|co-owner|ceo|cfo|coo|chief\s+executive|chairman|chairwoman|founder"
    r"|co-founder|boss|manager|striker|midfielder|defender|goalkeeper"
    r"|quarterback)\s+[A-Z][a-z]"
)


# The ends of a way from one place to another: "a night train between Port
# Elms and Calder", "flights between London and Paris" (not "talks between
# Smith and Jones": people).
_TRAVEL_BETWEEN = re.compile(
    r"\b(?:trains?|services?|routes?|flights?|roads?|railways?|rail\s+links?|links?|lines?"
    r"|border|bridges?|ferry|ferries|buses|bus|journeys?|trips?|motorway|highway|pipeline)"
    r"\s+between\s+(?:[A-Z][\w'-]*\s+){0,3}?(?:and\s+)?$"
)
_TRAVEL_CHARS = 150  # as far back as such words may start: no search of the whole sentence


def _gives_roles(sentence: str, reading: _Reading, start: int) -> bool:
    """Whether the name before such a role is the organisation's: not a
    person's, a place's or a people's ("Uruguayan manager"), nor one word
    opening the sentence, as likely a common one ("New coach Tony Spreadbury",
    "Factory manager")."""
    low = reading.name.lower()
    return not (
        _full_name(reading)
        or low in PLACES
        or low in DEMONYMS
        or (reading.size == 1 and _opens(sentence, start))
    )


def _kind_in_context(
    sentence: str, reading: _Reading, offset: int, owned: bool = False
) -> str | None:
    """The kind of a name its run alone does not settle, from the words around
    it: 'in Brussels' -> place, 'Governor Elena Varga', 'Varga said' -> person.
    What an owner has ("France's Peugeot warned", "Melbourne's Herald-Sun
    said") is more often a thing than a person: "said" after it proves nothing.
    A lone organisation word ("Police", "Congress") names one inside a
    sentence (unless a number is next to it: "Channel 4"), but opening one it is
    as likely a common word capitalised.
    A name after "the" is no person's ("the Harry Potter films", "the
    Guardian said") unless the text names a person so elsewhere.
    Two or three capitalised words with no such word around them are maybe
    a person's name, and one word just a capitalised word: find_entities()
    settles those with the whole text (_confirm_people)."""
    start = offset + reading.lead
    if reading.generic:
        if _opens(sentence, start):
            return None
        # "Channel 4", "the 120 Campaign": the name has a number in it; no fragment of it.
        numbered = _word_after(sentence, start + len(reading.name))[:1].isdigit() or (
            _word_before(sentence, start)[-1:].isdigit()
        )
        return None if numbered else "organization"
    if _quoted_after_organization_word(sentence, reading, start):
        return "organization"  # "агентство «Интерфакс»", 'the Facebook group "Find Cayman"'
    prev = _word_before(sentence, start)
    if _described_as_organization(sentence, reading, offset, start, prev):
        return "organization"  # "at Tesco, Britain's biggest retailer"
    if _ITS_PERSON.match(sentence, offset + len(reading.run)) and _gives_roles(
        sentence, reading, start
    ):
        return _GIVES_ROLES  # "Indianapolis Colts owner Jim Irsay"
    if _named_place(sentence, start, prev) and reading.size <= 3 and len(reading.name) > 1:
        return "place"  # "the town of Montabaur", "озера Соррел"
    if _TRAVEL_BETWEEN.search(sentence, max(0, start - _TRAVEL_CHARS), start) and reading.size <= 3:
        return "place"  # "a night train between Port Elms and Calder"
    if prev in _PLACE_BEFORE and reading.size <= 2 and start != 0 and not _full_name(reading):
        if prev == "in" and _word_before(sentence, start - 3) in _PLAYED_IN:
            return None  # "her role in Closer", "starring in Eternal Sunshine": a work
        if reading.plain_person and _POSSESSIVE.match(sentence, start + len(reading.name)):
            return _MAYBE_PERSON  # "from Diego Costa's 18th goal": more often someone's
        return "place"
    if (
        _placed_in(sentence, offset + len(reading.run))
        and not _full_name(reading)
        and not _opens(sentence, start)  # "Indeed, Tunisia", "Like Tunisia, Egypt"
    ):
        return "place"  # "Owings Mills, Maryland", "Montabaur, Germany"
    if prev == "the":
        return _AFTER_THE  # "the Harry Potter films", "the Daily Mail said": no one's name
    right_before = sentence[start - 2 : start - 1].isalpha()  # "the firm's chief, Ann Lee"
    # A common noun, not the end of a name: "the agency Reuters", not "the
    # Child Support Agency Doug Smith" (_organization_then_person).
    common = sentence[start - 1 - len(prev) : start - len(prev)].islower()
    if prev in _ORGANIZATION_BEFORE and reading.size <= 3 and right_before and common:
        return "organization"
    said = not owned and _word_after(sentence, offset + len(reading.run)) in _PERSON_AFTER
    if prev in TITLES and not (prev in ROLES and reading.size == 1):
        if prev == "leader" and _word_before(sentence, start - len(prev) - 1) in _MARKETS:
            return "organization"  # "market leader Best Buy": a firm that leads
        return "person" if reading.size <= 4 else None
    if said:
        if reading.size == 1 and reading.name.lower() in _NOT_SPEAKERS:
            return None  # "One said", "Diplomats said": a sentence's first word, no name
        return _SAID_WORD if reading.size == 1 else "person" if reading.size <= 4 else None
    if reading.plain_person:
        end = offset + len(reading.run)
        if _PERSON_BETWEEN_COMMAS.match(sentence, end, end + 14):
            return "person"
        return "person" if _DESCRIBED_AS_PERSON.match(sentence, end, end + 80) else _MAYBE_PERSON
    return _LONE_WORD if reading.size == 1 else None


def _named_place(sentence: str, start: int, prev: str) -> bool:
    """Whether a noun for a kind of place names the place: "the town of
    Montabaur", "the village of Musho", "the centre of Calder", "озера
    Соррел", "города Колдер"."""
    if prev == "of":
        return _word_before(sentence, start - 3) in _PLACE_NOUNS
    return prev in _PLACE_NOUNS_RU and sentence[start - 1 - len(prev)].islower()


def _placed_in(sentence: str, end: int) -> bool:
    """Whether a comma and a listed place (a country, a US state) follow a name
    and close the clause: a town is written with its state or country."""
    if sentence[end : end + 2] != ", ":
        return False  # most names
    found = _PLACE_AFTER_COMMA.match(sentence, end)
    return found is not None and found.group(1).lower() in PLACES


def _quoted_after_organization_word(sentence: str, reading: _Reading, start: int) -> bool:
    """Whether the name is in quotation marks after an organisation's noun: a
    Russian one opens them («Интерфакс»), an English one is all they hold
    ('the Facebook group "Find Cayman"', not 'the group "No more..."')."""
    mark = sentence[start - 1 : start]
    if mark not in _OPENING_QUOTES or not _organization_word(_word_before(sentence, start - 1)):
        return False
    end = start + len(reading.name)
    return mark == "«" or sentence[end : end + 1] in ('"', "”")


def _described_as_organization(
    sentence: str, reading: _Reading, offset: int, start: int, prev: str
) -> bool:
    """Whether what follows the name says it is an organisation's (see
    _DESCRIBED_AS_ORGANIZATION); not for the last part of a longer name cut
    at "and" or a number ("Arts and Sciences, the group that...",
    "Il Sole 24 Ore, Italy's business newspaper"), nor an opening adverb."""
    end = offset + len(reading.run)
    if sentence[end : end + 1] != "," or reading.size > 4:
        return False  # most names: no comma after them
    if prev in ("and", "&") or prev[-1:].isdigit():
        return False
    low = reading.name.lower()
    if _opens(sentence, start) and (low in _OPENING_ADVERBS or low.endswith("ly")):
        return False
    return _DESCRIBED_AS_ORGANIZATION.match(sentence, end, end + 2 * _NEAR) is not None


def _full_name(reading: _Reading) -> bool:
    """Two capitalised words, the first a common given name: a person's name
    even after "in" or "from" ("a letter from Tony Blair")."""
    return reading.plain_person and _given_name(reading.name.partition(" ")[0].lower())


def _confirm_people(counts: dict[str, Counter[str]]) -> Counter[str]:
    """Two or three capitalised words with nothing around them to say what
    they name ("Andreas Lubitz", "Six Nations") are a person's name when the
    first is a common given name, one is an initial ("В. В. Путин"), or the
    text calls them a person elsewhere or names them by the last word alone
    ("Lubitz"). The rest, returned, are of no settled kind, as are names
    after "the" that the text does not call a person elsewhere, in full or
    by the last word ("the David Blunkett affair", "Blunkett said")."""
    people = counts["person"]
    lone = counts.pop(_LONE_WORD)
    unsettled: Counter[str] = Counter()
    for name, count in counts.pop(_MAYBE_PERSON).items():
        first, _, rest = name.partition(" ")
        surname = rest.rpartition(" ")[2]
        if (
            name in people
            or surname in lone
            or surname in people
            or _given_name(first.lower())
            or _initialled(name)
        ):
            people[name] += count
        else:
            unsettled[name] = count
    for name, count in counts.pop(_AFTER_THE).items():
        person = name in people or name.rpartition(" ")[2] in people  # "Blunkett said"
        (people if person else unsettled)[name] += count
    return unsettled


# Three names or more in a list: "Sting, Mariah Carey, Elton John and Simon Cowell".
_LIST_ITEM = r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}"
_LISTED_NAMES = re.compile(rf"{_LIST_ITEM}(?:, {_LIST_ITEM}){{2,}}(?:,? and {_LIST_ITEM})?")
_LIST_SEPARATOR = re.compile(r",? and |, ")


def _listed_with_people(
    sentences: list[Sentence], counts: dict[str, Counter[str]], others: Counter[str]
) -> None:
    """Two or three capitalised words of no settled kind are a person's name
    when a list of three names or more holds them with a person's and no
    organisation's or place's: "Other contributors include Sting, Mariah
    Carey, Elton John, Noel Gallagher and Simon Cowell" (only Simon is a
    common given name). Moved from `others`."""
    people, elsewhere = counts["person"], (counts["organization"], counts["place"])
    unsettled = [name for name in others if " " in name]
    lists = [
        s.text
        for s in sentences
        if s.text.count(", ") >= 2 and any(name in s.text for name in unsettled)
    ]
    for found in (m for text in lists for m in _LISTED_NAMES.finditer(text)):
        items = _LIST_SEPARATOR.split(found.group())
        if not any(item in people for item in items) or any(
            item in kind for item in items for kind in elsewhere
        ):
            continue
        for item in items:
            if item in others and " " in item:
                people[item] += others.pop(item)


def _initialled(name: str) -> bool:
    """Whether a name has a person's initials ("George W. Bush", "В. В.
    Путин"), not a place's or a body's ("U.S. Capitol", "U.N. Security")."""
    found = _INITIAL.search(name)
    if found is None:
        return False
    letters = found.group().strip().rstrip(".").lower()
    return letters not in PLACES and letters not in KNOWN_ORGANIZATIONS


class _Reading(NamedTuple):
    """What a run says by itself; the words around it settle the rest.
    (A named tuple: immutable, as what a cache hands out must be, and made
    at half the cost of a frozen dataclass.)"""

    name: str
    kind: str | None  # settled without context ("" name: not a name at all)
    run: str = ""  # the run it was read from, when the context has to settle it
    size: int = 0
    lead: int = 0  # where the name starts in the run
    plain_person: bool = False  # two or three capitalised words
    generic: bool = False  # an organisation word alone ("Police")


# A run with nothing left once trimmed ("The Mr"): settled, and no name.
_NOT_A_NAME = _Reading("", "none")


def _reading(run: str) -> _Reading:
    if " " in run or "'" in run or "’" in run:
        return _run_reading(run)
    return _word_reading(run)


def _word_reading(word: str) -> _Reading:
    """_run_reading() for one word (no apostrophe): most runs, and most of the
    new ones each article brings, with fewer steps."""
    low = word.lower()
    if low in _NEVER_ALONE or low in NO_KIND_ALONE or word in _QUESTION_OPENINGS:
        return _NOT_A_NAME
    return _name_reading(word, word, low, [low.strip(".")])


def _run_reading(run: str) -> _Reading:
    if run.lower() in KNOWN_ORGANIZATIONS:
        return _Reading(run, "organization")  # before trimming: "Doctors Without Borders"
    words = run.split()
    bare = [_as_title(w.strip(".")) for w in run.lower().split()]
    suffix = _without_possessive(bare[-1]).strip(".")
    if len(bare) > 1 and suffix in _NAME_SUFFIXES:
        return _suffixed_reading(words, bare[0], suffix)
    if not TITLES.isdisjoint(bare):
        person = _titled_person(words, bare)
        if person is not None:
            return person
    givers = len(bare) > 1 and bare[-1] in _ORGANIZATIONS_ROLES
    if len(bare) > 1 and bare[-1] in _ROLES_AFTER_NAMES:
        while len(bare) > 1 and bare[-1] in _ROLES_AFTER_NAMES:
            words, bare = words[:-1], bare[:-1]  # "Lufthansa CEO", "Tory MP": whose, not who
        run = " ".join(words)
    name = _trim(run, titles=ORG_WORDS.isdisjoint(bare))
    if not name:
        return _NOT_A_NAME
    if givers and name == run and name.lower() not in PLACES and not has_russian_letters(name):
        return _Reading(name, _GIVES_ROLES)  # "Paul Kruse, Blue Bell CEO": a firm
    if has_russian_letters(name):
        name = _from_given_name(name)
    if " & " in name:
        return _Reading(name, "organization")  # _ampersand_names kept it whole
    low = name.lower()
    return _name_reading(run, name, low, [w.strip(".") for w in low.split()])


def _from_given_name(name: str) -> str:
    """A Russian name starts at its given name: a sentence's first word,
    capitalised, joins the run in front of it ("Сторонники Алексея Навального")."""
    words = name.split()
    if len(words) < 3 or _given_name(words[0].lower()):
        return name
    for i, word in enumerate(words[1:-1], 1):
        if _given_name(word.lower()):
            return " ".join(words[i:])
    return name


def _suffixed_reading(words: list[str], first: str, suffix: str) -> _Reading:
    """A name closed by "Jr." or a regnal number (`suffix`, lower-cased):
    "Martin Luther King Jr.", "Charles II" are people (kept whole); "World
    War II" is what "World War" is, no one's name. `first`: the first word,
    lower-cased."""
    rest = _run_reading(" ".join(words[:-1]))
    given = _given_name(first) or (len(first) == 1 and first.isalpha())
    junior = suffix in ("jr", "sr")  # only ever a person's
    if rest.kind == "person" or (rest.kind is None and (given or (junior and rest.plain_person))):
        return _Reading(f"{rest.name} {_without_possessive(words[-1]).rstrip('.,')}", "person")
    return rest


def _without_possessive(word: str) -> str:
    return word.removesuffix("'s").removesuffix("’s")


def _surname_at(bare: list[str], i: int) -> bool:
    """Whether the title word bare[i] is a surname: right after a given name,
    or second after one ("Stephen King", "Julie Bishop",
    "Martin Luther King"; not "St. Louis County Police Chief", nor "Georgia
    Gov.": a place is no given name here)."""
    before = bare[i - 1 : i] + bare[:1] if i == 2 else bare[i - 1 : i]
    return any(_given_name(w) and w not in PLACES for w in before)


# Titles a surname or a peer's seat follows, whatever places share it: "Mr
# Ferguson", "Lord Liverpool".
_HONORIFICS = frozenset(
    "mr mrs ms miss dr sir dame lord lady baron baroness earl duke duchess count countess".split()
)


def _titled_person(words: list[str], bare: list[str]) -> _Reading | None:
    """The person a title names ("President Vladimir Putin"), if the run has one."""
    titles = [i for i, w in enumerate(bare) if w in TITLES and not _surname_at(bare, i)]
    if not titles or _office_titled(bare, titles[0]):
        return None
    after = max(titles) + 1
    whose = bare[after + 1 :]  # "CEO of World Vision": whose CEO, no person
    if bare[after - 1] in _ORGANIZATIONS_ROLES and bare[after : after + 1] == ["of"]:
        name = _trim(" ".join(words[after + 1 :]))
        if 1 <= len(whose) <= 3 and len(name) > 1 and not any(map(_given_name, whose)):
            return _Reading(name, "organization")
    while after < len(words) - 1 and bare[after] in _CONNECTORS:
        after += 2  # "Secretary of State John Kerry", "Minister for Health Anna Kim"
        after = _given_name_after(bare, after)  # "Director of National Intelligence James Clapper"
    if after >= len(words):
        return None
    person = _trim(" ".join(words[after:]))
    if any(_organization_word(w.strip(".")) for w in person.lower().split()):
        return None  # "Premier League", "Глава Центрального банка" name no person
    if (
        person.lower() in PLACES
        and " " not in person
        and not _given_name(person.lower())
        and bare[after - 1] not in _HONORIFICS
    ):
        return _NOT_A_NAME  # "Captain America": a character, no one of that name
    first, _, last = person.lower().rpartition(" ")
    if last in THING_ENDINGS and not _given_name(first.partition(" ")[0]):
        return _NOT_A_NAME  # "the General Election": an event (but "MP Howard Flight")
    if first and last in TITLES and not _given_name(first.partition(" ")[0]):
        return _NOT_A_NAME  # "Chief Medical Examiner", "Chief Operating Officer": an office
    if has_russian_letters(person):
        if _acronym(person.split()[0]) or _russian_place(person):
            return None  # "Президент России", "Глава МИД Украины": whose the title is
        person = _from_given_name(person)  # "Президент России Владимир Путин"
    return _Reading(person if person and _titled_size_fits(person) else "", "person")


# The most words of a name after a title: three, or four of capitalised words
# alone ("Interior Minister Chaudhry Nisar Ali Khan", "President Abdu Rabu
# Mansour Hadi"; not "Rep. Gabrielle Giffords of Arizona").
_MOST_TITLED_WORDS = 3
_MOST_TITLED_CAPITALISED = 4


def _titled_size_fits(person: str) -> bool:
    words = person.split()
    size = _person_size(words)
    if size <= _MOST_TITLED_WORDS:
        return True
    plain = all(w[:1].isupper() and "'" not in w and "’" not in w for w in words)
    return plain and size <= _MOST_TITLED_CAPITALISED


def _person_size(words: list[str]) -> int:
    """How many words a person's name counts for a title's limit: a
    surname's particle none, and a name with one a word fewer ("Luiz Inacio
    Lula da Silva" is as long as a name gets)."""
    particles = sum(w in _PARTICLES for w in words)
    return len(words) - particles - (particles > 0)


def _given_name_after(bare: list[str], at: int) -> int:
    """Where the person's name starts in an office's longer name: at a given
    name among the last three words, when the word at `at` is none; else at
    the last two of three or more ("of Homeland Security Jeh Johnson")."""
    if at >= len(bare) or _given_name(bare[at]):
        return at
    for i in range(max(at + 1, len(bare) - 3), len(bare) - 1):
        if _given_name(bare[i]):
            return i
    return len(bare) - 2 if len(bare) - at >= 3 else at


def _office_titled(bare: list[str], title: int) -> bool:
    """Whether a title opens an office's name after "of" ("Office of Chief
    Medical Examiner"): the office's name, no person's (but "Bank of England
    Governor Mark Carney" is his)."""
    return title >= 2 and bare[title - 1] == "of" and not ORG_WORDS.isdisjoint(bare[: title - 1])


# An award's or a law's last word, which ends no organisation's name though an
# organisation's word comes before ("Academy Award", "Parliament Act").
_PRIZES = frozenset("award awards prize prizes act".split())
# The ends of a street's or a square's name, which make it a place whatever
# words come before ("Church Street", "Parliament Square", "College Road").
_STREET_ENDINGS = frozenset("street avenue road square".split())


def _name_reading(run: str, name: str, low: str, bare: list[str]) -> _Reading:
    """What a name (its run trimmed; `bare`, its words lower-cased without
    full stops) is by its words alone; kind None when the words around it
    must settle that."""
    if low in PLACES:
        return _Reading(name, "place")
    russian = has_russian_letters(low)
    if low in KNOWN_ORGANIZATIONS or (russian and _listed_as(low, KNOWN_ORGANIZATIONS)):
        return _Reading(name, "organization")  # "Hamas", "в Кремле"
    if russian and _russian_place(name):
        return _Reading(name, "place")  # "Брюсселе": listed as "Брюссель" (_as_listed)
    if low.endswith(KNOWN_EVENTS) and low not in KNOWN_EVENTS:
        return _event_reading(run, name, low)  # "RBS Six Nations" is the Six Nations
    if low in STOP_WORDS and len(low) > 3 and name.isupper():
        return _NOT_A_NAME  # "Who do you think WILL win": a word shouted, no acronym
    if 1 < len(bare) <= 3 and bare[-1] in _STREET_ENDINGS:
        return _Reading(name, "place")  # "Church Square", "Bank Street": an organisation word first
    org = not ORG_WORDS.isdisjoint(bare) or (
        russian and any(_listed_as(w, ORG_WORDS) for w in bare)
    )
    # (Capitalised words have no two capitals in a row: no need to look.)
    if org or _acronym(name) or (not name.istitle() and _CAPITALS.search(name)):
        if not org and "-" in name and name.rpartition("-")[2].islower():
            return _NOT_A_NAME  # "LGBTQ-friendly", "ЛГБТ-людей": not a name, a word
        if _shouted(name, bare) and (not org or len(bare) > 1):
            return _NOT_A_NAME  # "TRANSCRIPT", "POLICE VERSION": a heading in capitals
        if _PLURAL_ACRONYM.fullmatch(name.rpartition(" ")[2]):
            return _NOT_A_NAME  # "MPs", "NGOs", "Labour MPs": common nouns
        if len(bare) > 1 and bare[-1] in THING_ENDINGS and (not org or bare[-1] in _PRIZES):
            return _NOT_A_NAME  # "FA Cup", "US Open", "Academy Award", "Police Act"
        if len(bare) == 1 and org:
            if russian:  # "Фонда" starts "Фонда борьбы с коррупцией": no name alone
                return _NOT_A_NAME
            return _Reading(name, None, run, 1, run.find(name), False, True)
        return _Reading(name, "organization")
    last = bare[-1]
    if len(bare) > 1 and last in PLACE_ENDINGS:
        return _Reading(name, "place")  # "Downing Street", "French Alps"
    if len(bare) > 1 and last in ORG_ENDINGS:
        return _Reading(name, "organization")  # "Jupiter Research"
    if last in _NOT_A_NAME_ENDINGS and not (last in TITLES and _surname_at(bare, len(bare) - 1)):
        return _NOT_A_NAME  # "North Korean", "World Cup", "Prime Minister"
    if last[-1:] == "s" and last[:-1] in DEMONYMS:
        return _NOT_A_NAME  # "South Koreans"
    if len(bare) > 1 and bare[0] == "air" and bare[1] not in TITLES:
        return _Reading(name, "organization")  # an airline: "Air Jamaica", "Air France"
    if len(bare) > 1 and bare[0] in PLACE_OPENINGS:
        return _Reading(name, "place")  # "South Ossetia", "Lake Geneva"
    if len(bare) > 1 and bare[0] in STORM_OPENINGS:
        return _NOT_A_NAME  # "Hurricane Katrina": an event, as "World Cup" is
    words = name.split()
    # Without "bin": "Ahmed bin Hasan Asiri" is three words; without a
    # particle, "Luiz Inacio Lula da Silva" is four and "Leonardo da Vinci" two.
    core = [w for w in words if w not in _PATRONYMIC and w not in _PARTICLES]
    plain = 2 <= len(core) <= 3 and all(w[:1].isupper() or _ARTICLE.match(w) for w in core)
    size = len(words) - sum(w in _PARTICLES for w in words)
    return _Reading(name, None, run, size, run.find(words[0]), plain)


def _event_reading(run: str, name: str, low: str) -> _Reading:
    """A known event named with its sponsor before it, read as the event alone."""
    event = next(e for e in KNOWN_EVENTS if low.endswith(e))
    words = event.split()
    return _name_reading(run, " ".join(name.split()[-len(words) :]), event, words)


def _shouted(name: str, bare: list[str]) -> bool:
    """Written all in capitals, and no acronym: more than one word, or a long one."""
    return name.isupper() and (len(bare) > 1 or len(name) > 6)


def _trim(run: str, titles: bool = True) -> str:
    """The run without the words a name neither starts nor ends with (and
    without leading titles and groups of people, unless it is an
    organisation's: "Premier League", "Citizens Advice Bureau", though
    "Customers of Kestrel Mobile" is Kestrel Mobile's)."""
    words = run.replace("’", "'").split()
    if words and words[-1].endswith("'s"):
        words[-1] = words[-1][:-2]  # "Sunday's" is "Sunday", no name either
    leading = _NEVER_ALONE if titles else NOT_NAMES
    while words and _opens_no_name(words, leading, titles):
        words = words[1:]
    while words and (words[-1].lower() in NOT_NAMES or words[-1] in _CONNECTORS):
        if _surname_not_month(words):
            break
        words = words[:-1]
    return " ".join(words).removesuffix(".")


def _opens_no_name(words: list[str], leading: frozenset[str], titles: bool) -> bool:
    """Whether the first word is no part of the name the run holds: a
    connector in lower case ("De Niro" keeps its "De"), a question's or a
    sentence's opening word, a title, "Customers of", or a word before "the"
    ("Eventually the TPM", "Given the Tories", but "Catherine the Great")."""
    first = words[0]
    return (
        first in _CONNECTORS
        or first in _QUESTION_OPENINGS
        or (_leading_word(first, leading) and not _all_of_name(words, titles))
        or (first.lower() in ROLE_PLURALS and words[1:2] in (["of"], ["for"]))
        or (words[1:2] == ["the"] and not _given_name(first.lower()))
    )


def _surname_not_month(words: list[str]) -> bool:
    """Whether a word that is no name alone ends a person's: "Theresa May",
    "Brian May", "Mike Read" (a given name right before it)."""
    return (
        len(words) >= 2
        and words[-1].lower() in _SURNAMES_NOT_NAMES
        and words[-1][:1].isupper()
        and _given_name(words[-2].lower())
    )


# Words that open a question or a quoted "I'm...", written as they do (not "IS",
# the Islamic State): "Does Putin...", "Is Obama...", "I'm Candida Moss".
_QUESTION_OPENINGS = frozenset(
    "Do Does Did Is Was Are Were Has Have Had Should Could Would Isn't Doesn't Didn't Wasn't "
    "Aren't Weren't Hasn't Haven't Won't Can't Couldn't Shouldn't I'm I've I'd I'll".split()
)


def _all_of_name(words: list[str], titles: bool) -> bool:
    """Whether an organisation's name opens with "All" ("All Progressives
    Congress", "All India Radio"): three words or more, an organisation word
    among them (`titles` False)."""
    return not titles and words[0] == "All" and len(words) >= 3


def _leading_word(word: str, leading: frozenset[str]) -> bool:
    """Whether a name does not start with this word: "The", "Mr.", "В" (a
    preposition), but not "В." (an initial: "В. В. Путин")."""
    return word.lower().strip(".") in leading and not (len(word) == 2 and word[1] == ".")


# How far around a name its neighbouring words are looked for: no word that
# matters there (a title, "in", "said", a number's first digit) is longer, and a
# sentence with no stop in 60,000 characters is not read end to end per name.
_NEAR = 64


def _opens(sentence: str, start: int) -> bool:
    """Whether a name at `start` opens the sentence (only quotes or brackets before it)."""
    return start < _NEAR and not sentence[:start].strip(_OPENING_MARKS)


def _word_before(sentence: str, start: int) -> str:
    parts = (sentence[start - _NEAR : start] if start > _NEAR else sentence[:start]).rsplit(None, 1)
    return _as_title(parts[-1].lower().strip(",.")) if parts else ""


def _as_title(word: str) -> str:
    """A lower-cased title to come, as the title: "president-elect" ->
    "president" ("President-elect Donald Trump", "Speaker-to-be Nancy Pelosi")."""
    if "-" not in word:
        return word
    title, _, when = word.partition("-")
    return title if when in _TITLE_TO_COME and title in TITLES else word


def _word_after(sentence: str, end: int) -> str:
    parts = sentence[end : end + _NEAR].split(None, 1)
    return parts[0].lower().strip(",.") if parts else ""


def _acronym(name: str) -> bool:
    letters = name.replace("-", "").replace(".", "")
    return 2 <= len(letters) <= 6 and letters.isupper() and letters.isalpha()


def _given_name(word: str) -> bool:
    """Whether a lower-cased word is a common given name; Russian ones in any
    case ("Алексея", "Марией"), and any the dictionary knows ("Эльвира")."""
    if word in GIVEN_NAMES:
        return True
    if not has_russian_letters(word):
        return False
    return _listed_as(word, GIVEN_NAMES) is not None or first_name(word)


def _listed_as(word: str, listed: frozenset[str]) -> str | None:
    """The listed word a lower-cased Russian word is, in whatever case the
    text has it ("алексея" is "алексей", "брюсселе" "брюссель"), by its
    dictionary forms; None for other words and other scripts."""
    if " " in word or not has_russian_letters(word):
        return None
    return next((form for form in dictionary_forms(word) if form in listed), None)


def _fold_short_forms(
    counts: dict[str, Counter[str]], others: Counter[str], surnames: dict[str, str]
) -> None:
    """'Kestrel said' and 'Rovers have never won' name 'Kestrel Mobile' and
    'Calder Rovers' when the text names them in full: a one-word name (a
    person's by its context, or of no settled kind, or an organisation word)
    that is the first or last word of just one organisation in the text is
    that organisation, unless it is a person's surname there too."""
    organizations = counts["organization"]
    owners: dict[str, str | None] = {}
    for name in organizations:
        if " " in name:  # most organisations a text names are one word ("CNN")
            words = name.partition(" (")[0].split()
            for word in (words[0], words[-1]):
                owners[word] = name if owners.get(word, name) == name else None
    owner_of = {word: name for word, name in owners.items() if name and word not in surnames}
    if not owner_of:
        return
    for names in (counts["person"], others):
        for word in [n for n in names if n in owner_of]:
            organizations[owner_of[word]] += names.pop(word)
    # An organisation's own one word only when it says what, not who: "Rovers",
    # "the Bank" (but "Sony" is not "Sony Ericsson").
    for word in [n for n in organizations if n in owner_of and n.lower() in ORG_WORDS]:
        organizations[owner_of[word]] += organizations.pop(word)


def _people_placed(
    counts: dict[str, Counter[str]], lone: Counter[str], surnames: dict[str, str]
) -> None:
    """A name read as a place only by the word before it ("efforts from Brent
    Cockbain", "at Dzhokhar Tsarnaev's trial") is a person's when the text
    names someone by its last word elsewhere ("Tamerlan Tsarnaev", "Cockbain
    said", or a capitalised "Cockbain" alone), and nothing in the name says
    place: not a listed place, nor a place's first or last word."""
    places = counts["place"]
    for name in [n for n in places if " " in n and not has_russian_letters(n)]:
        words = name.split(" ")
        last = words[-1]
        if len(words) > 3 or name.lower() in PLACES or last.lower() in PLACES:
            continue
        first = words[0].lower()
        if first in PLACE_OPENINGS or first in _NO_PERSON_OPENINGS or last.lower() in PLACE_ENDINGS:
            continue
        if first in DEMONYMS or "-" in first:  # "Swiss Xstrata", "Ireland-based Elan"
            continue
        if last in surnames or last in lone or last in counts["person"]:
            counts["person"][name] += places.pop(name)


def _common_words_apart(counts: dict[str, Counter[str]], others: Counter[str], text: str) -> None:
    """A one-word place the gazetteer does not know that the text also writes
    in lower case is a word capitalised in a title or a quote ("Make", "Rock",
    "Country" in "from Country to Rock"), not a town: of no settled kind."""
    places = counts["place"]
    for name in [n for n in places if n.isalpha() and n.istitle() and n.lower() not in PLACES]:
        low = name.lower()
        if low in text and re.search(rf"\b{low}\b", text):
            others[name] += places.pop(name)


def _fold_surnames(counts: dict[str, Counter[str]], endings: dict[str, str]) -> None:
    """A lone 'Putin' counted as a mention of 'Vladimir Putin' (`endings` are
    the people's name endings; a person listed as 'Putin' is 'Vladimir Putin'
    when the full name is there too, and is left out of the list)."""
    people = counts["person"]
    for kind in ("organization", "place"):
        for name in list(counts[kind]):
            owner = endings.get(name)
            if owner:
                people[owner] += counts[kind].pop(name)
    for name in [n for n in people if n.split(" ", 1)[0].lower() in _LOWER_IN_NAMES]:
        owner = endings.get(name, name)
        if owner != name:  # "Del Potro" opening a sentence: "Juan Martin del Potro"
            people[owner] += people.pop(name)


def _settle_said_words(counts: dict[str, Counter[str]]) -> None:
    """One word before "said" is a person's surname ("Putin said") unless the
    text calls it an organisation or a place elsewhere ("Yukos said", "oil
    firm Yukos"): firms say things too, and more often than they are named
    as firms. A place the gazetteer does not list that says things is a firm
    too ("at Symantec", "Symantec said"): towns seldom speak."""
    for name, count in counts.pop(_SAID_WORD).items():
        other = max(("organization", "place"), key=lambda kind: counts[kind][name])
        if other == "place" and counts[other][name] and name.lower() not in PLACES:
            counts["organization"][name] += counts["place"].pop(name)
            other = "organization"
        counts[other if counts[other][name] else "person"][name] += count


def _role_givers(counts: dict[str, Counter[str]]) -> None:
    """A name whose CEO, chairman or owner someone is is an organisation in
    all its mentions: "Blue Bell said" is the firm's word, as "Blue Bell CEO"
    says it is one."""
    for name, count in counts.pop(_GIVES_ROLES).items():
        taken = (counts[kind].pop(name, 0) for kind in (*_PERSON_KINDS, _SAID_WORD, _LONE_WORD))
        counts["organization"][name] += count + sum(taken)


def _one_kind_each(counts: dict[str, Counter[str]]) -> None:
    """A name is listed as one kind, the one its mentions said most ("Yukos
    said" a person's, "in Yukos" a place's, but "Yukos spokesman" and most
    of the text an organisation's); on a tie an organisation, then a person."""
    kinds = ("organization", "person", "place")
    for name in set(counts["person"]) & (set(counts["organization"]) | set(counts["place"])) | (
        set(counts["organization"]) & set(counts["place"])
    ):
        best = max(kinds, key=lambda kind: counts[kind][name])  # the first of a tie
        for kind in kinds:
            if kind != best:
                counts[best][name] += counts[kind].pop(name, 0)


def _endings(names: Iterable[str]) -> dict[str, str]:
    """Every ending of a multi-word name that starts after one of its spaces
    ("Putin", "Bin Laden"; "del Potro" also as "Del Potro") -> the first name
    that ends so."""
    found: dict[str, str] = {}
    for name in names:
        parts = name.split(" ")
        if len(parts) > 2 and parts[-1].rstrip(".").lower() in _SUFFIXES:
            found.setdefault(parts[-2], name)  # "Verrilli" for "Donald B. Verrilli Jr."
        for i in range(1, len(parts)):
            ending = " ".join(parts[i:])
            found.setdefault(ending, name)
            if parts[i] in _PARTICLES or parts[i] in _PATRONYMIC:  # "Del Potro", "Bin Laden"
                found.setdefault(ending[0].upper() + ending[1:], name)
            if _ARTICLE.match(ending):  # "Assad" for "Bashar al-Assad"
                found.setdefault(_ARTICLE.sub("", ending, count=1), name)
    return found


# What may follow a surname: "Jr.", "Sr.", "III".
_SUFFIXES = frozenset("jr sr ii iii iv".split())
