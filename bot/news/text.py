"""Words, stems, languages and short previews of news text.

Search only works if the index and the query see text the same way, so every
place that turns text into search terms goes through `stems()` here: storage is
handed this function rather than importing it.
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import snowballstemmer

from bot.news.russian import noun_lemma

K = TypeVar("K")
V = TypeVar("V")

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
# The same, for text whose curly apostrophes are already straight (a smaller
# character class makes the hottest regex of indexing a third faster).
_PLAIN_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
# For words() without the regex engine on Latin-1 text: each byte that is a
# letter or digit by _PLAIN_WORD's own definition, or the apostrophe, is kept;
# every other byte becomes a space.
_LATIN1_WORD_BYTES = bytes(
    b if _PLAIN_WORD.fullmatch(chr(b)) or chr(b) == "'" else ord(" ") for b in range(256)
)
_WORD_CHAR_BEYOND_LATIN1 = re.compile(r"[^\W\x00-\xff]")
_GENERAL_PUNCTUATION = b"\xe2\x80"  # UTF-8 lead of U+2000-U+203F: dashes, quotes, bullets
_EURO = "€".encode()
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_NOT_ASCII_LETTER = bytes(b for b in range(256) if not chr(b).isascii() or not chr(b).isalpha())


def _snowball(language: str) -> Any:
    """A Snowball stemmer: PyStemmer's compiled one when installed, made without
    its own cache. The word cache below stands in front of it, and PyStemmer's
    cache (10,000 words, purged when full) makes each new word ~3x slower to
    stem once a news vocabulary outgrows it (1.5 us against 0.5 us)."""
    try:
        from Stemmer import Stemmer
    except ImportError:  # the pure-Python build: same stems, no cache size
        return snowballstemmer.stemmer(language)
    return Stemmer(language, 0)


_EN = _snowball("english")
_RU = _snowball("russian")

# Words too common to help ranking. Kept out of the index and out of queries so
# that an OR query is not dominated by "the" matching every article.
STOP_WORDS_EN = frozenset(
    """a an and are as at be been but by for from had has have he her his i if in into is it its
    of on or our she so than that the their them then there these they this to was we were what
    when which who will with would you your not no do does did said says also after over about
    up out more him me us my say""".split()
)
# Russian: with every form of the question words ("какие законы приняли?"
# searched "какие" too, which no report writes, and found only some words).
STOP_WORDS_RU = frozenset(
    """и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только
    ее её мне было вот от меня еще ещё нет о из ему теперь когда даже ну вдруг ли если уже или ни
    быть был него до вас нибудь опять уж вам ведь там потом себя ничего ей может они тут где есть
    надо
    ней для мы тебя их чем была сам чтоб без будто чего раз тоже себе под будет ж тогда кто этот
    того потому этого какой совсем ним здесь этом один почти мой тем чтобы нее сейчас были куда
    зачем всех никогда можно при наконец два об другой хоть после над больше тот через эти нас
    про всего них какая много разве три эту моя впрочем хорошо свою этой перед иногда лучше чуть
    том нельзя такой им более всегда конечно всю между это также
    какое какие каких каким какую каком какого какому какими каков какова каково каковы почему
    сколько чей чья чьё чье чьи""".split()
)
STOP_WORDS = STOP_WORDS_EN | STOP_WORDS_RU

# Words a reader's message carries that say little of its topic: light verbs
# ("is inflation going down?", "the battery being tested"), modal verbs and
# fillers. Indexed and searched as typed, since an article may be about "the
# going rate"; left out only when no article has all the words as typed, from
# the words that rank "some of them" (Newsroom.search): in a small store
# "going" is in one article, and ranked it second for a question on inflation.
LIGHT_WORDS = frozenset(
    """be being go going goes gone went get gets getting got like make makes making take
    takes taking come comes coming see seen know think want look looking seem seems become
    can could should may might must shall really very just now still much many some any
    anything something what's it's that's there's how why where whether
    стать стал стала стали очень просто вообще ли можно""".split()
)
_LIGHT_WORD = re.compile(
    r"(?<![\w'’-])(?:"
    + "|".join(sorted(map(re.escape, LIGHT_WORDS), key=len, reverse=True))
    + r")(?![\w'’-])",
    re.IGNORECASE,
)


def without_light_words(text: str) -> str:
    """The words less LIGHT_WORDS, when something is left; "" when nothing
    would change, or the words hold a "phrase" or a word left out ("-word"),
    which are meant as typed."""
    if any(mark in text for mark in '"“”„«»') or re.search(r"(?:^|\s)[-−]\w", text):
        return ""
    lighter = " ".join(_LIGHT_WORD.sub(" ", text.replace("’", "'")).split())
    changed = lighter != " ".join(text.replace("’", "'").split())
    return lighter if changed and any(stems(lighter)) else ""


# English words the stemmer leaves apart from their own verb or noun, as
# their base form: "did Kestrel lose customers?" must find "lost", "who will
# win?" "won", "women" "woman", "what did the survey find?" "found" (far
# more often than "to found", whose "founded" stems apart). Not those that
# are other words too: "left", "rose" (and Rose), "fed" (the Fed), "wound",
# "saw", "lay".
IRREGULAR_EN = {
    form: base
    for base, forms in (
        ("arise", "arose arisen"),
        ("become", "became"),
        ("begin", "began begun"),
        ("break", "broke broken"),
        ("bring", "brought"),
        ("build", "built"),
        ("buy", "bought"),
        ("catch", "caught"),
        ("choose", "chose chosen"),
        ("come", "came"),
        ("deal", "dealt"),
        ("draw", "drew drawn"),
        ("drive", "drove driven"),
        ("eat", "ate eaten"),
        ("fall", "fell fallen"),
        ("feel", "felt"),
        ("fight", "fought"),
        ("find", "found"),
        ("flee", "fled"),
        ("fly", "flew flown"),
        ("forget", "forgot forgotten"),
        ("freeze", "froze frozen"),
        ("get", "got gotten"),
        ("give", "gave given"),
        ("go", "went gone"),
        ("grow", "grew grown"),
        ("hang", "hung"),
        ("hear", "heard"),
        ("hide", "hid hidden"),
        ("hold", "held"),
        ("keep", "kept"),
        ("know", "knew known"),
        ("lead", "led"),
        ("lose", "lost"),
        ("make", "made"),
        ("mean", "meant"),
        ("meet", "met"),
        ("overthrow", "overthrew overthrown"),
        ("pay", "paid"),
        ("ride", "rode ridden"),
        ("run", "ran"),
        ("see", "seen"),
        ("seek", "sought"),
        ("sell", "sold"),
        ("send", "sent"),
        ("shake", "shook shaken"),
        ("shoot", "shot"),
        ("sink", "sank sunk"),
        ("sit", "sat"),
        ("sleep", "slept"),
        ("speak", "spoke spoken"),
        ("spend", "spent"),
        ("stand", "stood"),
        ("steal", "stole stolen"),
        ("strike", "struck stricken"),
        ("swear", "swore sworn"),
        ("swim", "swam swum"),
        ("take", "took taken"),
        ("teach", "taught"),
        ("tell", "told"),
        ("think", "thought"),
        ("throw", "threw thrown"),
        ("understand", "understood"),
        ("uphold", "upheld"),
        ("wake", "woke woken"),
        ("wear", "wore worn"),
        ("win", "won"),
        ("withdraw", "withdrew withdrawn"),
        ("write", "wrote written"),
        ("child", "children"),
        ("man", "men"),
        ("woman", "women"),
        ("foot", "feet"),
        ("tooth", "teeth"),
        ("wife", "wives"),
        ("thief", "thieves"),
        ("knife", "knives"),
        ("crisis", "crises"),
    )
    for form in forms.split()
}


def _irregular_forms() -> dict[str, list[str]]:
    """Each such word's stem to its forms, which begin no word of that stem
    ("lead": "led"): what snippets look for besides the stem."""
    forms: dict[str, list[str]] = {}
    for form, base in IRREGULAR_EN.items():
        forms.setdefault(str(_EN.stemWord(base)), []).append(form)
    return forms


_IRREGULAR_OF = _irregular_forms()

# Invisible characters that can sit inside a word ("Nav\u200balny"): zero-width
# spaces and joiners, soft hyphen, direction marks and embeddings, BOM.
_INVISIBLE = re.compile(
    "[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)
# For stored text: characters that only get in the way (zero-width space, BOM,
# soft hyphen, word joiner, control characters). Joiners that shape scripts and
# emoji (U+200C, U+200D) and direction marks are kept.
_JUNK = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u00ad\u200b\u2060\ufeff]")
_JUNK_WIDE = ("\u00ad", "\u200b", "\u2060", "\ufeff")
_CONTROL_BYTES = bytes([*range(0, 9), 11, 12, *range(14, 32), 127])


# Characters a typed message may hold that render as nothing and only get in
# the way of commands and words (copied text brings them).
_UNSEEN = dict.fromkeys(
    map(ord, "\u200b\u200c\u200d\u2060\ufeff\u200e\u200f\u202a\u202b\u202c\u202d\u202e")
)


def visible(text: str) -> str:
    """A typed message without zero-width and direction-control characters."""
    return text.translate(_UNSEEN)


def normalize(text: str) -> str:
    """The form words are compared in: NFKC, invisible characters gone, ё as е."""
    if text.isascii():
        return text
    text = _INVISIBLE.sub("", unicodedata.normalize("NFKC", text))
    return text.replace("ё", "е").replace("Ё", "Е")


def clean_unicode(text: str) -> str:
    """The form text is stored and shown in: NFC, invisible junk removed."""
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
        if any(c in text for c in _JUNK_WIDE):
            text = _JUNK.sub("", text)
    data = text.encode("utf-8", "surrogatepass")
    if len(data.translate(None, _CONTROL_BYTES)) != len(data):
        text = _JUNK.sub("", text)
    return text


def words(text: str) -> list[str]:
    """Lower-cased words (letters and digits; inner apostrophes kept)."""
    text = normalize(text).lower()
    if "’" in text:
        text = text.replace("’", "'")
    if text.isascii():
        return _latin1_words(text.encode("ascii"))
    # Beyond Latin-1, characters that are not letters or digits ("—", "“",
    # "€") separate words like any other, so each may become "?" (a separator
    # too). Counted in C: general punctuation and the euro sign are all there
    # is in most English news; anything else is looked at by the regex.
    data = text.encode("latin-1", "replace")
    beyond = data.count(b"?") - text.count("?")
    if beyond:
        utf8 = text.encode("utf-8", "surrogatepass")
        separators = utf8.count(_GENERAL_PUNCTUATION) + utf8.count(_EURO)
        if separators != beyond and _WORD_CHAR_BEYOND_LATIN1.search(text):
            return _PLAIN_WORD.findall(text)
    return _latin1_words(data)


def _latin1_words(data: bytes) -> list[str]:
    """words() for lower-cased Latin-1 text, without the regex engine: every byte
    but letters, digits and the apostrophe becomes a space, then apostrophes that
    are not between two letters or digits go too. Same output, several times faster."""
    spaced = data.translate(_LATIN1_WORD_BYTES).decode("latin-1")
    if "'" in spaced:
        while "''" in spaced:
            spaced = spaced.replace("''", " ")
        spaced = f" {spaced} ".replace(" '", " ").replace("' ", " ")
    return spaced.split()


_RUSSIAN_LETTER = re.compile("[А-ЯЁа-яё]")


def has_russian_letters(text: str) -> bool:
    """Whether a text has Russian letters: what sends a name through the Russian
    rules. ASCII text (most English) is answered without the regex."""
    return not text.isascii() and _RUSSIAN_LETTER.search(text) is not None


def stem(word: str) -> str:
    """One word's stem, with the stemmer chosen by the word's script."""
    if "'" in word:
        word = word[:-2] if word.endswith("'s") else word
        word = word.replace("'", "")
    if word.isascii():  # most words: no need to look for Cyrillic letters
        word = IRREGULAR_EN.get(word, word)
        return str(_EN.stemWord(word)) if word.isalpha() else word
    if _CYRILLIC.search(word):
        return str(_RU.stemWord(noun_lemma(word)))
    return word


def stems(text: str, *, keep_stop_words: bool = False) -> list[str]:
    """Search terms for a text: its words, stop words dropped, stemmed."""
    return stems_of(words(text), keep_stop_words=keep_stop_words)


def holds_half_of(words_of: str, text: str) -> bool:
    """Whether `text` has at least half of the stems of `words_of` (all of
    none): what a question is about, what a page is the story of."""
    asked = set(stems(words_of))
    return 2 * len(asked & set(stems(text))) >= len(asked)


def stems_of(word_list: list[str], *, keep_stop_words: bool = False) -> list[str]:
    """Stems of already split words: the hot path of indexing.

    One C-level pass of dict lookups; only words never seen before reach the
    stemmer (through the cache's __missing__). Stop words are cached as "".
    """
    found = word_stems(word_list)
    if keep_stop_words:
        return [s or stem(w) for s, w in zip(found, word_list, strict=True)]
    return list(filter(None, found))


def word_stems(word_list: list[str]) -> list[str]:
    """Each word's stem, "" for a stop word: one per word, so that the stems of
    any stretch of the words (an article's lead) are a slice, not another pass."""
    return list(map(_STEMS.__getitem__, word_list))


def cached_stem(word: str) -> str:
    """stem() through the shared cache ("" for a stop word)."""
    return _STEMS[word]


class Memo(dict[K, V]):
    """key -> compute(key), filled on first sight, emptied when `limit` keys
    are held: a lookup of a key seen before is a dict lookup in C, and a map
    over Memo.__getitem__ a loop in C, where functools.lru_cache costs a
    Python call a key (about three times as long)."""

    def __init__(self, compute: Callable[[K], V], limit: int) -> None:
        super().__init__()
        self._compute = compute
        self._limit = limit

    def __missing__(self, key: K) -> V:
        if len(self) >= self._limit:
            self.clear()
        value = self[key] = self._compute(key)
        return value


def _stem_or_nothing(word: str) -> str:
    return "" if word in STOP_WORDS else stem(word)


_STEMS = Memo(_stem_or_nothing, 500_000)  # word -> stem, "" for a stop word


UNDETERMINED = "und"


def languages_differ(language: str, other: str) -> bool:
    """Whether two texts are known to be in different languages. One whose
    language could not be told (a team line-up, a table of figures: Latin
    letters without English words) is in no other language than its reader's."""
    return language != other and UNDETERMINED not in (language, other)


def detect_language(text: str, text_words: list[str] | None = None) -> str:
    """'ru', 'en' or 'und', by script and by common English words.

    Good enough for choosing stemmers and interface language; not a general
    language identifier.
    """
    sample = text[:2000].encode("utf-8", "surrogatepass")
    latin = len(sample.translate(None, _NOT_ASCII_LETTER))
    cyrillic = sample.count(b"\xd0") + sample.count(b"\xd1")  # UTF-8 lead bytes
    if latin == 0:
        return "ru" if cyrillic else UNDETERMINED
    sample_words = (text_words if text_words is not None else words(text[:2000]))[:400]
    if cyrillic and (by_words := _by_words(sample_words)):
        return by_words
    if cyrillic > latin:
        return "ru"
    if not sample_words:
        return UNDETERMINED
    # Latin text: English if at least 8% of its first 400 words are English stop
    # words. English prose has about 40%, so the first 100 words usually settle it.
    needed = math.ceil(0.08 * len(sample_words))
    english = sum(map(STOP_WORDS_EN.__contains__, sample_words[:100]))
    if english < needed:
        english += sum(map(STOP_WORDS_EN.__contains__, sample_words[100:]))
    return "en" if english >= needed else UNDETERMINED


def _by_words(sample: list[str]) -> str:
    """Of a text in both scripts, the language more of whose common words
    it has ("Who is Алексей Навальный?": English, its name aside; "Кто такая
    Clara Novak?": Russian); "" when as many."""
    english = sum(map(STOP_WORDS_EN.__contains__, sample))
    russian = sum(map(STOP_WORDS_RU.__contains__, sample))
    return "" if english == russian else "en" if english > russian else "ru"


def squeeze(text: str) -> str:
    """Runs of white space as one space, none at the ends. (str.split() splits
    at the same characters as the regex class of white space, on every code
    point, and is four times faster than a regex substitution.)"""
    return " ".join(text.split())


def unfinished_line(text: str) -> bool:
    """Short and with no closing stop: a heading, or a link's headline
    ("Inspire: Patricia Arquette's rallying cry"), not a sentence."""
    return len(text) < 80 and not text.endswith((".", "!", "?", "…", '"', "”", "»", ":"))


def shorten(text: str, limit: int) -> str:
    """Cut at a word boundary to at most `limit` characters, marking the cut."""
    text = squeeze(text)
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut[: cut.rfind(" ")]
    return cut.rstrip(" ,;:-—") + "…"


@dataclass(frozen=True)
class Snippet:
    """A short passage of an article with the character spans that matched."""

    text: str
    spans: tuple[tuple[int, int], ...]


# A place (and date), then a news agency in brackets or a dash after capitals.
_AGENCY = (
    r"CNN|Reuters|AP|AFP|Bloomberg|dpa|UPI|PA|ANSA|EFE|Xinhua|TASS|Interfax|RIA Novosti"
    r"|ТАСС|Интерфакс|РИА Новости|Интерфакс-Украина"
)
_DATELINE = re.compile(
    rf"^(?:[^\W\d][\w .,'’-]{{0,60}}?\s*)?\((?:{_AGENCY})\)\s*(?:[-—–]{{1,2}}\s*)?(?=\S)"
    r"|^[A-ZА-ЯЁ][A-ZА-ЯЁ .'’-]{2,40}(?:,[^—–\n]{1,30})?\s+[—–-]{1,2}\s+(?=[A-ZА-ЯЁ\"“«])"
)


def dateline_end(text: str) -> int:
    """Where the dateline a text opens with ends ("Washington (CNN)", "LONDON
    (Reuters) - ", "WASHINGTON — "); 0 when it has none, or nothing after it."""
    found = _DATELINE.match(text)
    return found.end() if found is not None and found.end() < len(text) else 0


def snippet(text: str, query_stems: set[str], width: int = 200) -> Snippet:
    """The passage of `width` characters around the densest run of matches
    (less the dateline the text opens with)."""
    flat = squeeze(text)
    lead = dateline_end(flat)  # "(CNN)" opened most CNN snippets
    hits = _matches(flat, query_stems)
    if not hits:
        return Snippet(shorten(flat[lead:], width), ())
    start = _best_window(hits, width)
    start = max(lead, _back_to_word_start(flat, max(0, start - width // 5)))
    end = min(len(flat), start + width)
    if end < len(flat) and " " in flat[start:end]:
        end = flat.rfind(" ", start, end)
    prefix = "…" if start > lead else ""
    suffix = "…" if end < len(flat) else ""
    body = flat[start:end]
    spans = tuple(
        (s - start + len(prefix), e - start + len(prefix))
        for s, e in hits
        if s >= start and e <= end
    )
    return Snippet(prefix + body + suffix, spans)


def _matches(flat: str, query_stems: set[str]) -> list[tuple[int, int]]:
    """Where the words with one of the stems are. Rather than stem every word,
    the regex engine finds (in C) the words that start as a stem does, and
    only those are stemmed: a stem, but for its last letter, begins its word
    (Snowball ends "navalny" in "navalni"), given ё as е and apostrophes; one
    of three letters or fewer, its first letter ("lying" is "lie"). So on all
    56,448 distinct words of the dev sets and the demo; the same hits as
    stemming every word on 10,989 snippets of them, in half the time. (A word
    that NFKC rewrites, such as "2½", is not marked.)"""
    starts = {s[:-1] if len(s) > 3 else s[:1] for s in query_stems if s}
    starts.update(form for s in query_stems for form in _IRREGULAR_OF.get(s, ()))  # "led"
    if not starts:
        return []
    hits = []
    for m in _starting_with(tuple(sorted(starts))).finditer(flat):
        at = m.start()
        if at and (
            flat[at - 1].isalnum() or (flat[at - 1] in "'’" and flat[at - 2 : at - 1].isalnum())
        ):
            continue  # inside a word, not at its start
        if (cached_stem(normalize(m.group()).lower().replace("’", "'")) or None) in query_stems:
            hits.append((at, m.end()))
    return hits


@functools.lru_cache(maxsize=256)
def _starting_with(starts: tuple[str, ...]) -> re.Pattern[str]:
    """Words (as _WORD reads them, from the match on) that start with one of
    `starts`, in any case, with ё for е and apostrophes anywhere between."""
    letters = [
        "['’]?".join("[её]" if c == "е" else re.escape(c) for c in start) for start in starts
    ]
    return re.compile("(?i:" + "|".join(letters) + r")[^\W_]*(?:['’][^\W_]+)*")


def _best_window(hits: list[tuple[int, int]], width: int) -> int:
    best_start, best_count, left = hits[0][0], 0, 0
    for right, (start, _) in enumerate(hits):
        while start - hits[left][0] > width * 0.8:
            left += 1
        if right - left + 1 > best_count:
            best_count, best_start = right - left + 1, hits[left][0]
    return best_start


def _back_to_word_start(text: str, pos: int) -> int:
    if pos == 0:
        return 0
    space = text.rfind(" ", 0, pos)
    return space + 1 if space >= 0 else 0
