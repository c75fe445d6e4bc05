"""People, organisations and places named in a text, by rules (no model).

Names are runs of capitalised words (with "of", "for", "de", "van"... inside
them, and "-" joins). A run is an organisation if it has an organisation word
("Ministry", "Foundation", "Bank", "Фонд") or is an acronym; a place if it is
in a short gazetteer or follows "in"/"at"/"from" ("in Brussels"); a person if
a title or a role comes before it ("President Vladimir Putin", "Governor
Elena Varga"), if it is followed by "said" or "told", or if it is two or
three capitalised words that are none of the above. Good enough to mark facts
and list names; not a general named-entity recogniser.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

from bot.news.sentences import Sentence, split_sentences

# A capital, then optionally more word characters, ending in one. Written
# starting with the character class (not with an alternation) so the regex
# engine skips to capitals in C.
_NAME_WORD = r"[A-ZА-ЯЁ](?:[\w'’.-]*\w)?"
_CONNECTOR = r"(?:of|for|de|del|der|van|von|la|le|du|the|and|и|по|за)"
_NAME_RUN = re.compile(rf"{_NAME_WORD}(?:\s+(?:{_CONNECTOR}\s+)?{_NAME_WORD})*")

ORG_WORDS = frozenset(
    """ministry ministries foundation campaign corps congress union bank party council committee
    agency authority association university institute inc ltd corp company group federation
    office court parliament army police service news times post mobile steel united rovers fc
    club commission organisation organization department government assembly league network
    initiative initiatives center centre coalition movement board fund trust society airlines
    airways motors media press bureau guard forces navy school college hospital church
    фонд министерство союз партия комитет совет университет банк служба центр движение""".split()
)
TITLES = frozenset(
    """mr mrs ms dr prof president minister governor mayor chancellor senator sir lady lord king
    queen prince pope judge general gen colonel captain coach manager chairman chairwoman chief
    executive director spokesman spokeswoman secretary leader founder premier ambassador
    striker captain defender researcher author librarian opponent activist economist
    президент министр мэр губернатор глава""".split()
)
PLACES = frozenset(
    """afghanistan albania algeria argentina armenia australia austria azerbaijan belarus belgium
    brazil bulgaria canada chile china colombia croatia cuba cyprus czechia denmark egypt england
    estonia finland france georgia germany greece hungary iceland india indonesia iran iraq
    ireland israel italy japan kazakhstan kenya korea latvia lebanon libya lithuania luxembourg
    mexico moldova netherlands nigeria norway pakistan poland portugal romania russia scotland
    serbia slovakia slovenia spain sweden switzerland syria taiwan turkey ukraine wales yemen
    britain america europe africa asia london paris berlin brussels moscow kyiv kiev washington
    rome madrid warsaw vienna prague tokyo beijing istanbul jerusalem tehran geneva amsterdam
    россия украина москва брюссель берлин европа германия""".split()
)
_PLACE_BEFORE = frozenset("in at from near across outside inside в из во".split())
_POSSESSIVE = re.compile(r"['’]s\s+")
_CAPITALS = re.compile(r"[A-ZА-ЯЁ]{2,}")
_PERSON_AFTER = frozenset(
    "said says told added wrote argued warned explained сказал заявил".split()
)
_NOT_NAMES = frozenset(
    """the a an this that these those it he she they we i his her its their our my but and or so
    if when while after before since as at in on for from by with about many some most all not
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december related news read more""".split()
)

# One-word runs that _trim() empties: skipped before any other work.
_NEVER_ALONE = _NOT_NAMES | TITLES


@dataclass
class Entities:
    people: list[str] = field(default_factory=list)
    organizations: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)

    def kind_of(self, name: str) -> str | None:
        for kind, names in (
            ("person", self.people),
            ("organization", self.organizations),
            ("place", self.places),
        ):
            if name in names:
                return kind
        return None


def find_entities(text: str, sentences: list[Sentence] | None = None, limit: int = 20) -> Entities:
    """Named people, organisations and places, most mentioned first."""
    if sentences is None:
        sentences = split_sentences(text[:60_000])
    mentions: list[tuple[str, str]] = []
    for sentence in sentences:
        mentions += _names(sentence.text)
    counts: dict[str, Counter[str]] = {
        "person": Counter(),
        "organization": Counter(),
        "place": Counter(),
    }
    for (name, kind), count in Counter(mentions).items():  # counted in C
        counts[kind][name] = count
    _fold_surnames(counts)
    people = _merge_short_forms([n for n, _ in counts["person"].most_common()])
    return Entities(
        people=people[:limit],
        organizations=[n for n, _ in counts["organization"].most_common(limit)],
        places=[n for n, _ in counts["place"].most_common(limit)],
    )


def _names(sentence: str) -> list[tuple[str, str]]:
    found = []
    for m in _NAME_RUN.finditer(sentence):
        for offset, reading in _run_readings(m.group()):
            if reading.kind is not None:
                if reading.name:
                    found.append((reading.name, reading.kind))
                continue
            kind = _kind_in_context(sentence, reading, m.start() + offset, owned=offset > 0)
            if kind:
                found.append((reading.name, kind))
    return found


def _owner_split(run: str) -> list[str]:
    """'Alexei Navalny's Anti-Corruption Foundation' -> owner, then what is theirs;
    'Congress of People's Deputies' stays whole (the owner part is an organisation)."""
    if "'" not in run and "’" not in run:
        return [run]
    parts = _POSSESSIVE.split(run, maxsplit=1)
    if len(parts) == 2 and not any(w.lower() in ORG_WORDS for w in parts[0].split()):
        return [parts[0], *_owner_split(parts[1])]
    return [run]


@functools.lru_cache(maxsize=50_000)
def _run_readings(run: str) -> tuple[tuple[int, _Reading], ...]:
    """What a run of capitalised words says by itself: each name in it (an
    owner and what is theirs are two), with where it starts in the run.
    Cached: the same runs come back in article after article."""
    if " " not in run and run.lower() in _NEVER_ALONE:
        return ()  # "The", "But", "Mr": nothing left once trimmed
    readings = []
    offset = 0
    for part in _owner_split(run):
        offset = run.find(part, offset)
        readings.append((offset, _reading(part)))
        offset += len(part)
    return tuple(readings)


def _kind_in_context(
    sentence: str, reading: _Reading, offset: int, owned: bool = False
) -> str | None:
    """The kind of a name its run alone does not settle, from the words around
    it: 'in Brussels' -> place, 'Governor Elena Varga', 'Varga said' -> person.
    What an owner has ("France's Peugeot warned", "Melbourne's Herald-Sun
    said") is more often a thing than a person: "said" after it proves nothing."""
    start = offset + reading.lead
    prev = _word_before(sentence, start)
    if prev in _PLACE_BEFORE and reading.size <= 2 and start != 0:
        return "place"
    said = not owned and _word_after(sentence, offset + len(reading.run)) in _PERSON_AFTER
    if prev in TITLES or said:
        return "person" if reading.size <= 4 else None
    return "person" if reading.plain_person else None


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


# A run with nothing left once trimmed ("The Mr"): settled, and no name.
_NOT_A_NAME = _Reading("", "none")


def _reading(run: str) -> _Reading:
    if " " in run or "'" in run or "’" in run:
        return _run_reading(run)
    return _word_reading(run)


def _word_reading(word: str) -> _Reading:
    """_run_reading() for one word (no apostrophe): most runs, and most of the
    new ones each article brings, at a third of the cost."""
    low = word.lower()
    if low in _NOT_NAMES or low in TITLES:
        return _NOT_A_NAME
    if low.strip(".") in ORG_WORDS or _acronym(word) or _CAPITALS.search(word):
        return _Reading(word, "organization")
    if low in PLACES:
        return _Reading(word, "place")
    return _Reading(word, None, word, 1, 0, False)


def _run_reading(run: str) -> _Reading:
    words = run.split()
    titled = [i for i, w in enumerate(words) if w.lower().strip(".") in TITLES]
    if titled and titled[-1] < len(words) - 1:
        person = _trim(" ".join(words[titled[-1] + 1 :]))
        keep = person and len(person.split()) <= 3
        return _Reading(person if keep else "", "person")
    name = _trim(run)
    if not name:
        return _NOT_A_NAME
    words = name.split()
    lower = [w.lower().strip(".") for w in words]
    if any(w in ORG_WORDS for w in lower) or _acronym(name) or _CAPITALS.search(name):
        return _Reading(name, "organization")
    if name.lower() in PLACES:
        return _Reading(name, "place")
    plain = 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words)
    return _Reading(name, None, run, len(words), run.find(words[0]), plain)


def _trim(run: str) -> str:
    words = run.replace("’", "'").split()
    while words and (words[0].lower() in _NOT_NAMES or words[0].lower() in TITLES):
        words = words[1:]
    while words and words[-1].lower() in _NOT_NAMES:
        words = words[:-1]
    name = " ".join(words)
    return name[:-2] if name.endswith("'s") else name


def _word_before(sentence: str, start: int) -> str:
    parts = sentence[:start].rsplit(None, 1)
    return parts[-1].lower().strip(",.") if parts else ""


def _word_after(sentence: str, end: int) -> str:
    parts = sentence[end:].split(None, 1)
    return parts[0].lower().strip(",.") if parts else ""


def _acronym(name: str) -> bool:
    letters = name.replace("-", "").replace(".", "")
    return 2 <= len(letters) <= 6 and letters.isupper() and letters.isalpha()


def _fold_surnames(counts: dict[str, Counter[str]]) -> None:
    """A lone 'Putin' counted as a mention of 'Vladimir Putin'."""
    people = counts["person"]
    endings = _endings(people)
    for kind in ("organization", "place"):
        for name in list(counts[kind]):
            owner = endings.get(name)
            if owner:
                people[owner] += counts[kind].pop(name)


def _merge_short_forms(people: list[str]) -> list[str]:
    """'Putin' is 'Vladimir Putin' when the full name is there too."""
    endings = _endings(people)
    return [p for p in people if " " in p or p not in endings]


def _endings(names: Iterable[str]) -> dict[str, str]:
    """Every ending of a multi-word name that starts after one of its spaces
    ("Putin", "Bin Laden") -> the first name that ends so."""
    found: dict[str, str] = {}
    for name in names:
        parts = name.split(" ")
        for i in range(1, len(parts)):
            found.setdefault(" ".join(parts[i:]), name)
    return found
