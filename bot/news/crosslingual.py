"""Keys that reports of one story share across languages: names, numbers, months.

An English and a Russian report of the same event share no words, but they
name the same people and places and give the same figures and dates. Names
are reduced to their consonants as a Latin transliteration spells them
("Brussels" and "Брюсселе" are both "brsl", "Navalny" and "Навального"
"nvln"), numbers to their value ("20,000" and "20 тысяч" are both 20000),
month names to their number. Russian names are read in their dictionary
form first, as case endings change consonants. Places whose English and
Russian names sound apart ("Moscow", "Москва") are listed, and so are the
nationality words English capitalises ("Russian" keys as Russia).

Only words capitalised inside a sentence count as names, so that a Russian
sentence's first word is not taken for one; such a word still counts when
the text capitalises it elsewhere mid-sentence.
"""

from __future__ import annotations

import difflib
import functools
import itertools
import math
import re
from collections import Counter
from operator import itemgetter

from bot.news import russian
from bot.news.text import Memo, cached_stem, has_russian_letters, normalize

KEY_TERMS = 24
MAX_TEXT = 20_000
# Figures and dates are taken from the title and the lead (about 250 words):
# on BASIL (eval_related, keys only) as good as from the whole text (P@5 0.930
# both), and the number pattern is the costliest pass over a long text.
LEAD_CHARS = 1500

_TRANSLIT = str.maketrans(
    {
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
        "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
        "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
        "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
        "я": "ya",
    }
)  # fmt: skip
# Letter groups that spell one sound, longest first; then vowels (and h, y)
# go, and letters that spell the same sound become one.
_SOUNDS = (
    ("shch", "s"), ("dzh", "j"), ("sch", "s"), ("tch", "c"), ("ch", "c"), ("sh", "s"),
    ("zh", "z"), ("kh", "k"), ("ph", "f"), ("th", "t"), ("ts", "z"), ("tz", "z"),
    ("ck", "k"), ("ks", "x"),
)  # fmt: skip
_SOFT_C = re.compile(r"c(?=[eiy])")
_HARD_C = re.compile(r"c(?!h)")
# English letter groups and the letters a transliteration from Russian spells
# their sound with, in this order ("ey" before "y"); for sounded_spelling.
# German names English keeps as written, Russian as said: "ei" is "ай"
# ("Klein", "Кляйн"; "Meyer", "Майер"), whose "я" after a consonant is
# only its softness ("yay").
_SPELT_SOUNDS = (
    ("yay", "ay"),
    ("ck", "k"), ("q", "k"), ("ph", "f"), ("th", "t"), ("w", "v"), ("x", "ks"),
    ("ee", "i"), ("oo", "u"), ("ea", "i"), ("ai", "e"), ("ou", "u"), ("au", "o"), ("ey", "ei"),
    ("y", "i"), ("j", "dzh"), ("ei", "ai"),
)  # fmt: skip
_CONSONANTS = str.maketrans("wqc", "vkk", "aeiouyh")
_REPEATS = re.compile(r"(.)\1+")

_MONTHS_EN = "january february march april may june july august september october november december"
_MONTHS_RU = "январ феврал март апрел ма июн июл август сентябр октябр ноябр декабр"
# Month stems (both stemmers') -> "#m<number>", for capitalised words; Russian
# months in lower case are found by _RUSSIAN_MONTH.
_MONTHS = {
    **{cached_stem(m): f"#m{n}" for n, m in enumerate(_MONTHS_EN.split(), 1)},
    **{m: f"#m{n}" for n, m in enumerate(_MONTHS_RU.split(), 1)},
}
# Places and organisations whose English and Russian names sound apart, and
# nationality words (capitalised in English, not in Russian) as their country:
# each keyed by its English name. Russian words in their dictionary form.
_LISTED = {
    "moscow": "Moscow Москва", "kremlin": "Kremlin Кремль",
    "eu": "EU Евросоюз ЕС", "europe": "Europe European Европа",
    "un": "UN ООН", "usa": "US USA America American Americans США Америка",
    "britain": "UK Britain British Великобритания Британия",
    "russia": "Russia Russian Russians Россия РФ",
    "ukraine": "Ukraine Ukrainian Ukrainians Украина",
    "germany": "Germany German Germans Германия ФРГ",
    "france": "France French Франция", "china": "China Chinese Китай КНР",
    "poland": "Poland Polish Польша", "japan": "Japan Japanese Япония",
    "israel": "Israel Israeli Israelis Израиль", "turkey": "Turkey Turkish Турция",
    "lithuania": "Lithuania Lithuanian Литва", "sweden": "Sweden Swedish Швеция",
    "spain": "Spain Spanish Испания", "hungary": "Hungary Hungarian Венгрия",
    "czechia": "Czech Czechia Чехия", "belarus": "Belarus Belarusian Беларусь Белоруссия",
    "kyiv": "Kyiv Kiev Киев", "finland": "Finland Finnish Финляндия",
    "netherlands": "Netherlands Dutch Нидерланды Голландия",
}  # fmt: skip
_LISTED_BY_FORM = {
    (word.lower() if has_russian_letters(word) else cached_stem(word.lower())): f"={name}"
    for name, words in _LISTED.items()
    for word in words.split()
}
# Abbreviations written with stops, which the word pattern reads letter by letter.
_DOTTED = {"U.S.": "=usa", "U.K.": "=britain", "U.N.": "=un", "E.U.": "=eu"}

# Words starting with a capital or a digit (\b[A-ZА-ЯЁ0-9][^\W_]*), and those
# that open a sentence or a line. Each pattern starts with a character class,
# the word start checked looking back, so that the regex engine skips to
# candidates in C: twice as fast.
_CAPITALISED = re.compile(r"[A-ZА-ЯЁ0-9](?<!\w\w)[^\W_]*")
_OPENING = re.compile(r"[.!?…\n][\"'“”«»„)]*\s*([A-ZА-ЯЁ][^\W_]*)")
_NUMBER = re.compile(
    r"(\d(?<![\w.,]\d)(?:\d{0,2}(?:,\d{3})+(?!\d)"
    r"|\d{0,2}(?:[ \u00a0\u202f]\d{3})+(?![\d,.])"
    r"|\d*(?:[.,]\d+)?))"
    r"(?:\s*(thousand|million|billion|bn|тыс|тысяч[аи]?|млн|миллион\w*|млрд|миллиард\w*)\b)?"
)
_THOUSANDS = re.compile(r"\d{1,3}(?:[, \u00a0\u202f]\d{3})+")
_SCALES = (
    ("thousand", 1e3), ("тыс", 1e3), ("million", 1e6), ("млн", 1e6), ("миллион", 1e6),
    ("billion", 1e9), ("bn", 1e9), ("млрд", 1e9), ("миллиард", 1e9),
)  # fmt: skip
# Russian months are written in lower case: their forms are listed.
_RUSSIAN_MONTH = re.compile(
    r"\b(январ|феврал|апрел|июн|июл|сентябр|октябр|ноябр|декабр)[ьяе]\b"
    r"|\b(март|август)[ае]?\b|\b(ма)[йяе]\b"
)


def names_and_numbers(text: str) -> list[str]:
    """The words of a text that start with a capital or a digit, in order."""
    return _CAPITALISED.findall(text)


def skeleton(name_stem: str) -> str:
    """A name's consonants, as an English or a transliterated Russian spelling gives them."""
    spelt = _SOFT_C.sub("s", name_stem.translate(_TRANSLIT))
    for group, sound in _SOUNDS:
        if group in spelt:
            spelt = spelt.replace(group, sound)
    return _REPEATS.sub(r"\1", spelt.translate(_CONSONANTS))


def name_key(word: str) -> str | None:
    """The key of a capitalised word: its month, its listed name, or its name's
    skeleton (None for stop words and one-consonant names, which match far too
    much). Russian names are read in their dictionary form, as case endings
    change consonants ("Навального"); English ones by their stem ("Brussels")."""
    lower = word.lower()
    stem = cached_stem(lower)
    if not stem:
        return None
    month = _MONTHS.get(stem)
    if month is not None:
        return month
    form = russian.name_form(lower) if has_russian_letters(lower) else stem
    listed = _LISTED_BY_FORM.get(form)
    if listed is not None:
        return listed
    sound = skeleton(form)
    return f"~{sound}" if len(sound) >= 2 else None


def h_key(word: str) -> str | None:
    """A Russian name that starts with Х or Г, keyed once more without that
    letter: English writes the sound H, which a skeleton drops, so Helsinki
    (`lsnk`) and Hamburg (`mbrg`) share no key with Хельсинки (`klsnk`) and
    Гамбург (`gmbrg`) otherwise. Three consonants at least, as respelt
    query names keep (MIN_RESPELT_SKELETON)."""
    if word[:1] not in "ХГ" or len(word) < 2:
        return None
    form = russian.name_form(word.lower())
    if form[:1] not in "хг" or form in _LISTED_BY_FORM:
        return None
    sound = skeleton(form[1:])
    return f"~{sound}" if len(sound) >= MIN_RESPELT_SKELETON else None


def number_key(digits: str, scale: str = "") -> str | None:
    """'20,000' and ('20', 'тысяч') -> '#20000'; small counts (under 10) say little."""
    if not digits.isdigit() and _THOUSANDS.fullmatch(digits):
        digits = "".join(filter(str.isdigit, digits))
    value = float(digits.replace(",", "."))
    if scale:
        scale = scale.lower()
        value *= next((factor for word, factor in _SCALES if scale.startswith(word)), 1.0)
    if value < 10 and value == int(value):
        return None
    return f"#{value:g}"


def bridge_keys(title: str, text: str, capitalised: list[str] | None = None) -> dict[str, float]:
    """An article's KEY_TERMS most frequent keys, weighted 1 + log(count), unit
    length: names from the text, figures and dates from the title and lead.

    `capitalised` is names_and_numbers(text[:MAX_TEXT]) when the caller has it.
    """
    text = text[:MAX_TEXT]
    found = names_and_numbers(text) if capitalised is None else capitalised
    # Words capitalised mid-sentence are names; sentence openers and a title
    # (often in title case) name only what is also capitalised mid-sentence.
    # The text's first word opens a sentence too.
    openers = Counter(_OPENING.findall(text))
    if found and text.startswith(found[0]):
        openers[found[0]] += 1
    counts: dict[str, int] = {}  # in the order of the text: ties keep it
    keyed: dict[str, str] = {}
    opened = openers.get
    for word, n in Counter(found).items():
        # Numbers (which sort before capitals) and words that only open sentences go.
        if word < "A" or n <= opened(word, 0):
            continue
        key = _NAME_KEYS[word]
        if key is not None:
            counts[key] = counts.get(key, 0) + n
            keyed[word] = key
            respelt = _h_key(word) if word[0] in "ХГ" else None
            if respelt is not None:
                counts[respelt] = counts.get(respelt, 0) + n
    for word in names_and_numbers(title):
        key = keyed.get(word)
        if key is not None:
            counts[key] += 1
    for body in (title, text[:LEAD_CHARS]):
        for dotted, key in _DOTTED.items():
            if dotted in body:
                counts[key] = counts.get(key, 0) + body.count(dotted)
        for digits, scale in _NUMBER.findall(body):
            key = number_key(digits, scale)
            if key is not None:
                counts[key] = counts.get(key, 0) + 1
        if has_russian_letters(body):
            for groups in _RUSSIAN_MONTH.findall(body.lower()):
                month = _MONTHS[next(g for g in groups if g)]
                counts[month] = counts.get(month, 0) + 1
    # most_common(n) without its Python-level heap: one C sort (ties keep their order).
    top = sorted(counts.items(), key=itemgetter(1), reverse=True)[:KEY_TERMS]
    weights = [(key, 1 + math.log(n)) for key, n in top]
    norm = math.sqrt(sum(w * w for _, w in weights)) or 1.0
    return {key: w / norm for key, w in weights}


# word -> name_key(word): names recur across articles, and ingest looks up
# every capitalised word.
_NAME_KEYS: Memo[str, str | None] = Memo(name_key, 50_000)

_h_key = functools.lru_cache(maxsize=10_000)(h_key)


# A reader's word is looked for across languages by its key. A name's skeleton
# of SOUND_ALONE consonants or more is specific enough by itself: on names in
# BBC articles looked up by their Russian spellings (benchmarks/
# eval_search_across.py), skeletons of three consonants found another name a
# tenth of the time ("Браун" found Brian, "Ширак" Shrek), of four, a sixteenth.
SOUND_ALONE = 4
# A shorter one (Putin "ptn", Bush "bs", Iran "rn") counts only in a report
# that spells a word of its skeleton nearly as the reader spelt the name, as
# sounds (difflib's ratio of their sounded_spelling: "путин"/"putin" 1.0,
# "браун"/"brian" 0.8). Chosen on the same names, then spelt as letters: 33
# of 65 answered, 97.8% of the listed right, against 24 and 97.0% when every
# name needed four consonants; as sounds, 47 and 97.6% (0.8: 50, 93.3%).
SHORT_NAME_SPELLING = 0.85
_QUERY_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


# English writes H where Russian writes Х ("Хельсинки") or Г ("Гамбург"), and a
# skeleton has no H: names that start with that sound are looked up spelt the
# other way too (wordings), when their skeleton so spelt keeps this many consonants.
_H_READINGS = ("Kh", "G")
MIN_RESPELT_SKELETON = 3
MAX_WORDINGS = 5


# A Russian name ending in "с" whose English spelling ends in an "s" the
# English stemmer takes off: "Мендес" keys `mnds`, "Mendes" (stem "mend")
# `mnd`; so is "Борис"/"Boris". Tried without it after the name as written.
_STEMMED_S = re.compile(r"(?<=[а-яё]{2})с$", re.IGNORECASE)


def wordings(query: str) -> list[str]:
    """The query, then the query with its names that start with an H sound
    spelt as the other language would (Helsinki as "Khelsinki" or "Gelsinki",
    Хельсинки as "Ельсинки"), each such name either way, MAX_WORDINGS in all
    at most: what a search across languages tries, in this order, until one
    finds reports."""
    options = {}  # word -> its respellings
    for word in dict.fromkeys(_QUERY_WORD.findall(query)):
        respelt = list(dict.fromkeys(filter(None, (_respelt(word, r) for r in _H_READINGS))))
        if without_s := _without_final_s(word):  # as typed first, then without its "с"
            respelt = [word, *respelt, without_s]
        if respelt:
            options[word] = respelt
    if not options:
        return [query]
    found = [query]
    for chosen in itertools.islice(itertools.product(*options.values()), MAX_WORDINGS - 1):
        respelling = dict(zip(options, chosen, strict=True))
        found.append(_QUERY_WORD.sub(functools.partial(_word_from, respelling), query))
    return list(dict.fromkeys(found))


def _without_final_s(word: str) -> str:
    """A Russian name whose dictionary form ends in "с", without it, in that
    form ("Мендеса" -> "Менде"); "" for any other word."""
    if not has_russian_letters(word):
        return ""
    form = word if _STEMMED_S.search(word) else russian.name_form(word.lower())
    return word[:1] + form[1:-1] if _STEMMED_S.search(form) else ""


def _word_from(respelt: dict[str, str], match: re.Match[str]) -> str:
    return respelt.get(match[0], match[0])


def _respelt(word: str, reading: str) -> str | None:
    if has_russian_letters(word):  # the rule stored Russian names follow (h_key)
        return word[1:].capitalize() if _h_key(word.capitalize()) else None
    new = reading + word[1:] if word[:1] in "Hh" else ""
    key = _NAME_KEYS[new] if new else None
    if key is None or not key.startswith("~") or len(key) - 1 < MIN_RESPELT_SKELETON:
        return None
    return new


def query_keys(query: str, min_skeleton: int = 2) -> list[str]:
    """The keys of a reader's search words, when each of them has one: then the
    words can be looked for in reports in other languages ("Navalny Brussels"
    finds "Навального" and "Брюсселе"). Empty when any word is not a name (with
    a skeleton of `min_skeleton` consonants or more), a listed place, a month or
    a figure ("Navalny 5": too small a count), and when the words are figures
    and months only, which say too little by themselves. Stop words are passed
    over. Short skeletons need close spelling: see by_spelling."""
    marked, named = _query_parts(query)
    keys = [key for key in marked if key is not None]
    if len(keys) < len(marked):
        return []  # a figure too small to be a key
    for _, key in named:
        if key is None or (key.startswith("~") and len(key) - 1 < min_skeleton):
            return []
        keys.append(key)
    if all(key.startswith("#") for key in keys):
        return []
    return list(dict.fromkeys(keys))


def query_words(query: str) -> list[str]:
    """A query's words as typed (capitals kept), but stop words."""
    return [w for w in _QUERY_WORD.findall(normalize(query)) if cached_stem(w.lower())]


def names_in(query: str) -> str:
    """The query's capitalised words that have a key, in its order: what is
    left to look for across languages when the whole query finds nothing
    ("ипотека в Велории": "Велории"). A Russian first word the dictionary
    knows as no name is capitalised as a message's first word is ("Ипотека
    Велории"). "" when the names are all its words: query_keys looked for those."""
    words = query_words(query)
    names = [w for w in words if is_name(w)]
    if names and names[0] == words[0] and _capitalised_first(names[0]):
        names = names[1:]
    return " ".join(names) if len(names) < len(words) else ""


def is_name(word: str) -> bool:
    """Whether a query's word is a name with a key: capitalised, or a Russian
    word the dictionary reads as a name only or not at all, as a name typed in
    lower case ("когда отставка окафора")."""
    if _NAME_KEYS[word] is None:
        return False
    if word[:1].isupper():
        return True
    return has_russian_letters(word) and word.isalpha() and russian.name_like(word)


def _capitalised_first(word: str) -> bool:
    return has_russian_letters(word) and russian.common_word(word.lower())


def _query_parts(query: str) -> tuple[list[str | None], list[tuple[str, str | None]]]:
    """A query's dotted abbreviations and figures as keys (None for a figure too
    small to be one), and its other words but stop words, each with its key."""
    query = normalize(query).replace("’", "'")
    marked: list[str | None] = []
    for dotted, key in _DOTTED.items():
        if dotted in query:
            marked.append(key)
            query = query.replace(dotted, " ")
    marked += [number_key(digits, scale) for digits, scale in _NUMBER.findall(query)]
    words = _QUERY_WORD.findall(_NUMBER.sub(" ", query))
    return marked, [(word, _NAME_KEYS[word]) for word in words if cached_stem(word.lower())]


def spelt_in(query: str, text: str) -> str | None:
    """The query's names as `text`, a report in another language, writes them,
    in their dictionary form ("Navalny in Brussels" in a Russian report:
    "Навальный Брюссель"): a topic to follow in that language. None unless
    every word of the query is a name (no figures) the text has a word for,
    but a name too short to key, which is left out ("Анна Петрова": "Petrov",
    of "Ana Petrov"); a Russian name as its letters spell it where the text
    writes it so (spelt_by_letters: "Аббас": "Abbas", not "Bush" of its
    skeleton), else of several words of one skeleton, the one spelt most
    like the query's."""
    marked, named = _query_parts(query)
    if marked or not named:
        return None
    words = [word for word in set(names_and_numbers(text[:MAX_TEXT])) if word >= "A"]
    spelt = []
    for word, key in named:
        if key is None:
            continue
        if by_letters := _by_letters(word, words):  # "Холт": "Holt", whatever its key
            spelt.append(by_letters)
            continue
        mates = sorted(w for w in words if _NAME_KEYS[w] == key)
        if not mates and _STEMMED_S.search(word):  # "Мендес": "Mendes", keyed as "Менде"
            mates = sorted(w for w in words if _NAME_KEYS[w] == _NAME_KEYS[word[:-1]])
        if not mates:
            return None
        sound = sounded_spelling(word)
        best = max(
            mates, key=lambda w: difflib.SequenceMatcher(None, sound, sounded_spelling(w)).ratio()
        )
        spelt.append(_dictionary_form(best))
    return " ".join(dict.fromkeys(spelt)) or None


def _dictionary_form(word: str) -> str:
    """ "Навального" -> "Навальный", "Порт-Элмса" -> "Порт-Элмс", "Blair's" -> "Blair"."""
    if not has_russian_letters(word):
        return re.sub(r"['’]s$", "", word)
    form = russian.name_form(word.lower())
    return "-".join(part.capitalize() for part in form.split("-"))


def keyed_words(text: str, keys: list[str]) -> set[str]:
    """The stems of a text's capitalised words that have one of the keys: what
    to mark in a passage found by query_keys."""
    return {cached_stem(word.lower()) for word in _words_keyed(text, set(keys))}


def spelt_by_sound(keys: list[str]) -> bool:
    """Whether some key is a name's skeleton, which other names share (so that
    the texts found by it go through by_spelling)."""
    return any(key.startswith("~") for key in keys)


def by_spelling(
    query: str, texts: list[str], short_spelling: float = SHORT_NAME_SPELLING, typed: str = ""
) -> list[int]:
    """The places of the texts that spell each of the query's short names
    (skeletons under SOUND_ALONE consonants) at least `short_spelling` alike,
    the best spelling_match first (to one decimal: ties keep the order given).
    `typed`: the words as the reader spelt them, when the query is a wording
    of them (wordings: "Менде" of "Мендес"), whose spelling is compared."""
    names = _sounded_names(query, typed)
    short = [key for key in names if len(key) - 1 < SOUND_ALONE]
    ratios = [_spelling_ratios(names, text) for text in texts]
    kept = [
        i for i, found in enumerate(ratios) if all(found[key] >= short_spelling for key in short)
    ]
    return sorted(kept, key=lambda i: -round(_mean(ratios[i]), 1))


def spelling_match(query: str, text: str) -> float:
    """How alike the query's names and the text's words of the same skeleton
    are spelt, 0..1 (difflib's ratio of their Latin spellings, the best word
    for each name, averaged): among texts that share a skeleton with the
    query, the ones with the name itself ("Gordon") before the others
    ("Gardener"). 1.0 when the query has no skeleton key (listed names only)."""
    return _mean(_spelling_ratios(_sounded_names(query), text))


def _sounded_names(query: str, typed: str = "") -> dict[str, str]:
    """The query's names keyed by their sound: skeleton key -> Latin spelling
    (of the word `typed` has in its place, if given)."""
    _, named = _query_parts(query)
    spelt = [word for word, _ in _query_parts(typed)[1]] if typed else []
    if len(spelt) != len(named):
        spelt = [word for word, _ in named]
    return {
        key: sounded_spelling(as_typed)
        for (_, key), as_typed in zip(named, spelt, strict=True)
        if key and key.startswith("~")
    }


def _spelling_ratios(names: dict[str, str], text: str) -> dict[str, float]:
    """For each name (by its key), how alike the text's best spelt word of its
    skeleton is, 0..1."""
    best = dict.fromkeys(names, 0.0)
    for word in _words_keyed(text, set(names)):
        key = _NAME_KEYS[word] or ""
        if key not in names:  # keyed as English writes its first sound (h_key)
            key = _h_key(word) or ""
        ratio = difflib.SequenceMatcher(None, names[key], sounded_spelling(word)).ratio()
        best[key] = max(best[key], ratio)
    return best


def _mean(ratios: dict[str, float]) -> float:
    return sum(ratios.values()) / len(ratios) if ratios else 1.0


def latin_spelling(word: str) -> str:
    """A name in Latin letters: Russian ones in their dictionary form, transliterated."""
    lower = word.lower().replace("'s", "").replace("'", "")
    if has_russian_letters(lower):
        return russian.name_form(lower).translate(_TRANSLIT)
    return lower


# Endings of a transliterated Russian name and the ways English writes them
# ("Навальный": "navalnyy", Navalny; "Горький": "gorkiy", Gorky, Gorki).
_ENGLISH_ENDINGS = (("yy", "y"), ("iy", "y"), ("iy", "i"), ("yy", "iy"))


def latin_spellings(word: str) -> list[str]:
    """The ways an English report may spell a Russian name: its
    transliteration ("Пономарёв": "ponomarev") and that with the endings and
    the H English writes ("navalny", "gorky"; "Ходорковский": "hodorkovsky"), to be
    looked for as words where the name is too rare in a report to be among
    its keys (KEY_TERMS)."""
    base = latin_spelling(word)
    found = [base]
    found += [
        base[: -len(end)] + english for end, english in _ENGLISH_ENDINGS if base.endswith(end)
    ]
    found += [spelt.replace("kh", "h") for spelt in found if "kh" in spelt]
    found += [_SILENT_E.sub(r"a\1e", spelt) for spelt in found if _SILENT_E.search(spelt)]
    return list(dict.fromkeys(found))


# The English name's vowel Russian writes "ей" before its last consonant, of a
# silent "e" after it: "Хейл" Hale, "Блейк" Blake, "Кейт" Kate.
_SILENT_E = re.compile(r"(?<=\w)ey([bdfgklmnprstvz])$")


def spelt_by_letters(word: str, text: str) -> str | None:
    """The text's name that a Russian name's latin_spellings writes, as the
    text writes it ("Холт": "Holt"): a name whose key the English one does
    not share, as English writes no H sound a skeleton keeps; None when the
    text writes none."""
    return _by_letters(word, [w for w in set(names_and_numbers(text[:MAX_TEXT])) if w >= "A"])


def _by_letters(word: str, names: list[str]) -> str | None:
    """spelt_by_letters, of the text's names."""
    if not has_russian_letters(word):
        return None
    spellings = set(latin_spellings(word))
    return next((w for w in sorted(names) if latin_spelling(w) in spellings), None)


def names_written(names: list[str], text: str) -> bool:
    """Whether a report in another language writes each of the names: by
    their keys, spelt alike where short (by_spelling), or as their letters
    spell them ("Холт": "Holt", whose key it does not share)."""
    keyed = [n for n in names if not spelt_by_letters(n, text)]
    if not all(keyed_words(text, query_keys(name)) for name in keyed):
        return False
    return not keyed or bool(by_spelling(" ".join(keyed), [text]))


def sounded_spelling(word: str) -> str:
    """A name's latin_spelling with the English ways of writing a sound that a
    transliteration from Russian writes another way made the transliteration's
    ("Blair" and "Блэр" both "bler", "Iraq" and "Ирак" "irak", "Jackson"
    "dzhakson"), and doubled letters single: what spelling_match compares."""
    spelt = _SOFT_C.sub("s", latin_spelling(word))
    for group, sound in _SPELT_SOUNDS:
        if group in spelt:
            spelt = spelt.replace(group, sound)
    return _REPEATS.sub(r"\1", _HARD_C.sub("k", spelt))


def _words_keyed(text: str, keys: set[str]) -> set[str]:
    return {
        word
        for word in set(names_and_numbers(text[:MAX_TEXT]))
        if word >= "A" and (_NAME_KEYS[word] in keys or _h_key(word) in keys)
    }
