"""What a story says a name is, where it names it: for "who is X?" and
"what is X?" (news.answers).

News introduces the people and bodies it names in a few set ways: after
the name ("Alexei Navalny, the opposition leader", "Ilya Ponomarev, 49, a
former MP", "Алексей Навальный — российский политик", "OVD-Info is a rights
group", "Marek Holt, who grows maize near the lake"), before it ("Russian
President Vladimir Putin", "England footballer Adam Johnson", "the human
rights group OVD-Info", "правозащитный проект ОВД-Инфо"), as the name an
acronym in brackets stands for ("the Anti-Corruption Foundation (FBK)"), or
as what it is called ("an exhibition called the 120 Campaign"). The words
around a name that look like these but say something else are left: "Mr"
alone, what someone did ("who was 19 then"), quoted views, lists ("Dick
Cheney, former CIA Director George Tenet and ..."), and the subject after an
opening clause ("After radar lost MH370, the plane ...").
"""

from __future__ import annotations

import re

from bot.news.gazetteer import TITLES
from bot.news.russian import noun_lemma
from bot.news.text import STOP_WORDS, has_russian_letters, stems


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
        if _year_after(sentence, words, last):
            last += 1  # "the Anti-war Initiatives Congress 2025 was ...": the year is its name's
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
            # Not an acronym that only qualifies the words after it: "The
            # bicyclist, MIT mathematics Ph.D. candidate Nathan Harman".
            qualifies = words[first].group().isupper() and bool(
                _LOWER_WORD_AFTER.match(sentence, words[last].end())
            )
            if not qualifies:
                spans += [role] if (role := _role_before_comma(sentence, words, first)) else []
            whose = sentence.startswith(("'s", "’s"), words[last].end())  # "Ponomarev's"
            spans += [kind] if (kind := _called(sentence, words, first, whose)) else []
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


def _year_after(sentence: str, words: list[re.Match[str]], at: int) -> bool:
    """Whether a year follows the capitalised word at `at` in one name
    ("Congress 2025", "Euro 2024"), which a question may leave out."""
    if at + 1 >= len(words) or not words[at].group()[:1].isupper():
        return False
    return bool(_YEAR.fullmatch(words[at + 1].group())) and _joined(sentence, words, at)


_YEAR = re.compile(r"(?:19|20)\d\d")


def _given_name(sentence: str, words: list[re.Match[str]], at: int) -> bool:
    """Whether the word at `at` opens the name after it: capitalised, no
    title nor role, right before it ("Alexei" of "Alexei Navalny")."""
    word = words[at].group()
    if _says_what(word):
        return False  # "Политолог Екатерина Шульман" opening a sentence
    return word[:1].isupper() and _joined(sentence, words, at)


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
    # After "X, the" or "X is a", what follows; after "X was", the title itself.
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
    if role.lower() in _HONORIFICS and first > 1 and _joined(sentence, words, first - 2):
        # "Project leader Dr Kofi Mensah": the role before the honorific.
        return _said_before(sentence, words, first - 1)
    if not _says_what(role):
        return _russian_role_of(sentence, words, first)
    start, lower = first - 1, 0
    while start > 0 and first - 1 - start < 4 and _describes(sentence, words, start - 1, role):
        lower += words[start - 1].group().islower() and not _hyphened(sentence, words, start - 1)
        if lower > 2:  # "movie theater massacre suspect": two will do
            break
        start -= 1
    if start == first - 1 and role.lower() in _HONORIFICS:
        return None  # "Mr", "Sir": no more than a name
    return words[start].start(), words[first - 1].end()


def _russian_role_of(
    sentence: str, words: list[re.Match[str]], first: int
) -> tuple[int, int] | None:
    """A Russian role with whose it is between it and the name: "вдова
    политика Юлия Навальная", "глава МИД Сергей Лавров", "брат погибшего Иван
    Петров" (the word before the name says no role by itself)."""
    at = first - 2
    if at < 0 or not has_russian_letters(words[first - 1].group()):
        return None
    if not _joined(sentence, words, at) or not _says_what(words[at].group()):
        return None
    return words[at].start(), words[first - 1].end()


def _role_before_comma(
    sentence: str, words: list[re.Match[str]], first: int
) -> tuple[int, int] | None:
    """ "said the association's chief economist, Ana Petrov", "the bank's
    governor, Elena Varga, said": a title or role set before the name by a
    comma, back to what opens it (the, a, his, her, or whose: "the
    association's"), up to five words. Not a preposition's object ("on its
    website, Blue Bell said"; "As a pastor, X" is one) nor a list's item
    ("the Tudors and their playwright, Richard", "the minister, the mayor,
    Ana Petrov")."""
    at = first - 1
    if at < 0 or sentence[words[at].end() : words[first].start()] != ", ":
        return None
    role = words[at].group().lower()
    if not _says_what(role):
        return None
    end = at
    while at > 0 and end - at < 5 and _joined(sentence, words, at - 1):
        at -= 1
        word = words[at].group()
        if word.lower() in _OPENS_A_ROLE or (word == "s" and _possessive(sentence, words, at)):
            opens = at
            if word == "s":  # "the association's": from "the"
                opens = at - 1
                if opens > 0 and words[opens - 1].group().lower() == "the":
                    opens -= 1
            before = words[opens - 1].group().lower() if opens > 0 else ""
            gap = sentence[words[opens - 1].end() : words[opens].start()] if opens > 0 else ""
            if before in _NOT_BEFORE_A_ROLE or gap == ", ":
                return None
            return words[opens].start(), words[end].end()
        if word.lower() in STOP_WORDS or not word.isalpha() or word.lower() in _VERBS_BEFORE:
            return None
    return None


def _possessive(sentence: str, words: list[re.Match[str]], at: int) -> bool:
    """Whether the word at `at` is the s of a possessive ("association's")."""
    return at > 0 and sentence[words[at - 1].end() : words[at].start()] in ("'", "’")


def _called(
    sentence: str, words: list[re.Match[str]], first: int, whose: bool = False
) -> tuple[int, int] | None:
    """ "an exhibition called the 120 Campaign", "a rights group known as
    OVD-Info": what the thing named is, back to its article (or a
    possessive: "its project called X"), up to four words; not "a man named
    X", which says no more than the name. "exhibitions, such as X": the kind
    it is one of (_one_of), not when the name is `whose` it is ("such as Ilya
    Ponomarev's Congress": the Congress is the faction)."""
    at = first - 1
    if at >= 0 and words[at].group().lower() in ("the", "a"):
        at -= 1  # "called the 120 Campaign"
    if at < 0 or not _joined(sentence, words, at):
        return None
    if at > 0 and words[at].group().lower() == "as" and words[at - 1].group().lower() == "such":
        return None if whose else _one_of(sentence, words, at - 2)
    if listed := _listed_after_such_as(sentence, words, at):
        return None if whose else _one_of(sentence, words, listed)
    if words[at].group().lower() in ("called", "named", "dubbed", "titled", "entitled"):
        at -= 1
    elif at > 0 and words[at].group().lower() == "as" and words[at - 1].group().lower() == "known":
        at -= 2
    else:
        return None
    end = at
    if words[end].group().lower() in _ANYONE:
        return None  # "a man named John Smith": no more than a name
    while at >= 0 and end - at < 5 and _joined(sentence, words, at):
        word = words[at].group().lower()
        if word in _OPENS_A_KIND:
            return (words[at].start(), words[end].end()) if at < end else None
        if word in STOP_WORDS or not words[at].group().isalpha():
            return None
        at -= 1
    return None


def _listed_after_such_as(sentence: str, words: list[re.Match[str]], at: int) -> int | None:
    """Where the kind of thing stands that a later name of a list after "such
    as" is one of ("factions such as Ilya Ponomarev's Congress of People's
    Deputies and the far-right Russian Volunteer Corps": factions), when only
    names and their small words come between; None otherwise."""
    for i in range(at, max(at - _LIST_WORDS, 1), -1):
        word = words[i].group()
        if word.lower() == "as" and words[i - 1].group().lower() == "such":
            return i - 2 if i < at else None  # the first item: _called's own case
        between = sentence[words[i - 1].end() : words[i].start()]
        hyphened = _hyphened(sentence, words, i) or sentence.startswith("-", words[i].end())
        small = word.lower() in _LIST_JOINERS or hyphened  # "the far-right ..."
        if not (word[:1].isupper() or word.isdigit() or small) or between.strip(" ,'’-"):
            return None
    return None


# How far back a name may stand in a list after "such as", and the small
# words of such a list.
_LIST_WORDS = 16
_LIST_JOINERS = frozenset("and or the s of for de von van".split())


def _one_of(sentence: str, words: list[re.Match[str]], at: int) -> tuple[int, int] | None:
    """ "workshops and exhibitions, such as the 120 Campaign": the kind of
    thing it is one of, the word before "such as" (a plural in lower case)."""
    if at < 0 or sentence[words[at].end() : words[at + 1].start()] not in (", ", " "):
        return None
    kind = words[at].group()
    if not (kind.isalpha() and kind.islower() and kind.endswith("s")) or kind in STOP_WORDS:
        return None
    return words[at].start(), words[at].end()


def _describes(sentence: str, words: list[re.Match[str]], at: int, role: str) -> bool:
    """Whether a word before a title or a kind of thing says more of it
    ("opposition" leader, "Russian" President, "правозащитный" проект). A
    capitalised title takes capitalised words only ("saw Mr", "God save King")."""
    word = words[at].group()
    low = word.lower()
    if not _joined(sentence, words, at) or low in STOP_WORDS or low in _VERBS_BEFORE:
        return False
    after_quote = sentence[words[at].start() - 1 : words[at].start()] in ("'", "’")
    if after_quote or (word.isdigit() and not sentence.startswith("-", words[at].end())):
        return False  # "Toro Rosso's 17 year old driver": only "driver"; "17-time winner" all
    if has_russian_letters(word):
        # "правозащитный" проект; "руководителя" проекта, whose role it is
        return word[:1].isupper() or low.endswith(_ADJECTIVE_ENDINGS_RU) or _says_what(low)
    if word[:1].isupper():
        return True
    # "former military leader", "Oscar-nominated actor"; not "phoned former military leader"
    hyphened = _hyphened(sentence, words, at)
    return not role[:1].isupper() and (not low.endswith("ed") or hyphened)


def _hyphened(sentence: str, words: list[re.Match[str]], at: int) -> bool:
    """Whether the word at `at` is joined to the one before by a hyphen ("Oscar-nominated")."""
    return at > 0 and sentence[words[at - 1].end() : words[at].start()] == "-"


_WORD = re.compile(r"\w+")
_LOWER_WORD_AFTER = re.compile(r" [a-z]")
# Verbs of reporting that follow a comma after a name in Russian.
_REPORTS_RU = (
    r"(?:переда[её]т|сообща(?:ет|ют)|сообщил[аи]?|пиш(?:ет|ут)|отмеча(?:ет|ют)|отметил[аи]?"
    r"|уточня(?:ет|ют)|уточнил[аи]?|добавил[аи]?|добавляет|заявил[аи]?|говорится|рассказал[аи]?"
    r"|подчеркнул[аи]?|счита(?:ет|ют)|полага(?:ет|ют))\b"
)
# After a name: what introduces words that say who or what it is ("former"
# opens lists as often: "Dick Cheney, former CIA Director George Tenet and";
# "who" and "which" what someone did: "Serena Williams, who was 19 then").
_AFTER_NAME = re.compile(
    r",\s+(?:\d{1,3},\s+)?(?=(?:a|an|the|one\s+of)\s)"
    # "OVD-Info, which is a rights group", "..., which tracks arrests": what a
    # thing is or does; not what it did ("which ruled on Thursday"), has
    # done, or says.
    # Of a person likewise, "..., who grows maize near the lake".
    r"|,\s+(?:which|who)\s+(?:(?:is|was)\s+(?=(?:a|an|the|one\s+of)\s)"
    r"|(?=(?!(?:has|is|was|does|says|adds|denies|declines)\b)[a-z]+[^s\W]s\b))"
    # Russian: what follows a comma or a dash, but a source's verb ("заявил
    # Иван Петров, передаёт ТАСС": who reports it, not who he is)
    rf"|,\s+(?=[а-яё])(?!{_REPORTS_RU})|\s+[—–]\s+(?=[а-яё])(?!{_REPORTS_RU})"
    # "Jim Sells, Grantville's former mayor, bought ...": whose role it is
    r"|,\s+(?=(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*['’]s\s+[a-z])",
)
_IS_A = re.compile(r"\s+(?:is|was)\s+(?=(?:a|an|the)\s)")
_IS_TITLE = re.compile(r"\s+(?:is|was)\s+(?:(?:now|then|still|also)\s+)?(\w+)")
_CLAUSE_END = re.compile(r"[,;:()—–\"“”«»]|\s(?:said|says|told)\b")
# What a thing named is, before its name ("the rights group OVD-Info").
_KINDS_OF_THING = frozenset(
    """group organisation organization company firm party movement agency charity bank
    project network foundation union website outlet newspaper broadcaster operator regulator
    watchdog carrier insurer lender retailer startup developer maker campaign initiative
    ngo nonprofit нко
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
    dissident poet filmmaker musician dictator winner contractor subcontractor reporter
    politician lawmaker wrestler quarterback astronaut explorer chef songwriter
    commentator pundit campaigner historian expert spokesperson cleric priest prosecutor
    owner investor banker trader hacker whistleblower head boss superstar international
    wife husband widow widower son daughter mother father brother sister girlfriend boyfriend
    fiancee fiancé fiance friend partner cousin grandson granddaughter grandmother grandfather
    футболист хоккеист теннисист спортсмен певец певица актёр актер актриса режиссёр режиссер
    писатель поэт бизнесмен предприниматель председатель основатель сооснователь депутат
    сенатор посол секретарь генсек эксперт аналитик экономист юрист адвокат правозащитница
    блогер учёный ученый историк политолог социолог директор руководитель лидер координатор
    редактор корреспондент художник музыкант профессор журналистка активистка пенсионер
    пенсионерка студентка житель жительница сотрудник сотрудница волонтёр волонтер врач
    учитель учительница свидетель свидетельница жена муж супруга супруг вдова вдовец мать
    отец сын дочь брат сестра подруга друг""".split()
)
# A word before a name that says who or what it names: a title, a role or a kind of thing.
_SAYS_WHAT = TITLES | _ROLES | _KINDS_OF_THING


def _says_what(word: str) -> bool:
    """Whether a word is one of _SAYS_WHAT, a Russian one in any case
    ("руководителя проекта Кофи Менсы": руководитель, проект), or an English
    one of what someone does by its ending ("conservationist Li Weidong",
    "comedian X")."""
    low = word.lower()
    if low in _SAYS_WHAT or (word.islower() and _ROLE_ENDING.search(word)):
        return True
    return has_russian_letters(low) and noun_lemma(low) in _SAYS_WHAT


# What someone does, by the ending of its word: "-ist", "-ian" (lower case:
# "Russian" is whose).
_ROLE_ENDING = re.compile(r"^[a-z]{3,}(?:ist|ian)$")


# What opens the noun before "called X" ("an exhibition called ...").
_OPENS_A_KIND = frozenset("a an the its his her their our new".split())
# What opens a role before a comma and a name ("the governor, Elena Varga"); not
# "its", "their": whose, the sentence before said ("its governor" says less than
# another sentence's "Governor Elena Varga").
_OPENS_A_ROLE = frozenset("a an the his her".split())
# What before such a role makes it no apposition: a preposition's object ("after
# its rival, Boeing's 737"; "As a pastor, X" is one) or a list's last item.
_NOT_BEFORE_A_ROLE = frozenset(
    """on in at from for with by to of about under over into onto upon after before than
    and or""".split()
)
_ANYONE = frozenset("man woman person boy girl child baby guy lady people someone".split())
# Small words inside names ("Bank of England", "Doctors without Borders").
_NAME_JOINERS = frozenset("of for and on de del der la le du von van without".split())
# Titles that say no more than that a name follows.
_HONORIFICS = frozenset("mr mrs ms dr sir dame lady lord rev reverend prof".split())
# What opens a sentence with a clause before its subject.
_OPENING = re.compile(
    r"(?:(?:but|and|yet|so|а|но|и)\s+)?(?:after|when|while|as|since|although|though|if|because|before|once|until|at|in|on"
    r"|with|by|for|despite|during|according|unlike|like|после|когда|хотя|если|в|на|по|как)\b",
    re.IGNORECASE,
)
# Words before a title that say nothing of it ("said opposition leader X",
# "comments since Kremlin critic X").
_VERBS_BEFORE = frozenset(
    """said says told added announced warned claimed reported according including since
    before under against between during without within until like appears seems became
    becomes called named aside away out up down off back behind pay""".split()
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
