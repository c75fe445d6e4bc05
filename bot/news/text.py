"""Words, stems, languages and short previews of news text.

Search only works if the index and the query see text the same way, so every
place that turns text into search terms goes through `stems()` here: storage is
handed this function rather than importing it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import snowballstemmer

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[a-zA-Z\u00c0-\u024f]")
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'»”)\]]*\s+(?=[\"'«“(\[]?[A-ZА-ЯЁ0-9])")
_SPACES = re.compile(r"\s+")

_EN = snowballstemmer.stemmer("english")
_RU = snowballstemmer.stemmer("russian")

# Words too common to help ranking. Kept out of the index and out of queries so
# that an OR query is not dominated by "the" matching every article.
STOP_WORDS_EN = frozenset(
    """a an and are as at be been but by for from had has have he her his i if in into is it its
    of on or our she so than that the their them then there these they this to was we were what
    when which who will with would you your not no do does did said says also after over about
    up out more""".split()
)
STOP_WORDS_RU = frozenset(
    """и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только
    ее её мне было вот от меня еще ещё нет о из ему теперь когда даже ну вдруг ли если уже или ни
    быть был него до вас нибудь опять уж вам ведь там потом себя ничего ей может они тут где есть
    надо
    ней для мы тебя их чем была сам чтоб без будто чего раз тоже себе под будет ж тогда кто этот
    того потому этого какой совсем ним здесь этом один почти мой тем чтобы нее сейчас были куда
    зачем всех никогда можно при наконец два об другой хоть после над больше тот через эти нас
    про всего них какая много разве три эту моя впрочем хорошо свою этой перед иногда лучше чуть
    том нельзя такой им более всегда конечно всю между это также""".split()
)
STOP_WORDS = STOP_WORDS_EN | STOP_WORDS_RU

# Zero-width and other invisible format characters (Unicode category Cf) are
# dropped so that "Nav\u200balny" is still "Navalny".
_INVISIBLE = {cp: None for cp in range(0x110000) if unicodedata.category(chr(cp)) == "Cf"}


# For stored text: characters that only get in the way (zero-width space, BOM,
# soft hyphen, word joiner, control characters). Joiners that shape scripts and
# emoji (U+200C, U+200D) are kept.
_JUNK_CODES = (*range(0, 9), 11, 12, *range(14, 32), 127, 0xAD, 0x200B, 0x2060, 0xFEFF)
_JUNK = dict.fromkeys(_JUNK_CODES)


def normalize(text: str) -> str:
    """The form words are compared in: NFKC, invisible characters gone, ё as е."""
    text = unicodedata.normalize("NFKC", text).translate(_INVISIBLE)
    return text.replace("ё", "е").replace("Ё", "Е")


def clean_unicode(text: str) -> str:
    """The form text is stored and shown in: NFC, invisible junk removed."""
    return unicodedata.normalize("NFC", text).translate(_JUNK)


def words(text: str) -> list[str]:
    """Lower-cased words (letters and digits; inner apostrophes kept)."""
    return [w.replace("’", "'") for w in _WORD.findall(normalize(text).lower())]


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """One word's stem, with the stemmer chosen by the word's script."""
    if "'" in word:
        word = word[:-2] if word.endswith("'s") else word
        word = word.replace("'", "")
    if _CYRILLIC.search(word):
        return str(_RU.stemWord(word))
    if word.isascii() and word.isalpha():
        return str(_EN.stemWord(word))
    return word


def stems(text: str, *, keep_stop_words: bool = False) -> list[str]:
    """Search terms for a text: its words, stop words dropped, stemmed."""
    if keep_stop_words:
        return [stem(w) for w in words(text)]
    return [stem(w) for w in words(text) if w not in STOP_WORDS]


def detect_language(text: str) -> str:
    """'ru', 'en' or 'und', by script and by common English words.

    Good enough for choosing stemmers and interface language; not a general
    language identifier.
    """
    sample = text[:5000]
    cyrillic = len(_CYRILLIC.findall(sample))
    latin = len(_LATIN.findall(sample))
    if cyrillic == 0 and latin == 0:
        return "und"
    if cyrillic > latin:
        return "ru"
    sample_words = words(sample)[:400]
    english = sum(1 for w in sample_words if w in STOP_WORDS_EN)
    return "en" if sample_words and english / len(sample_words) >= 0.08 else "und"


def first_sentence(text: str) -> str:
    """The first sentence of a text (or its first line if that is shorter)."""
    text = text.strip()
    line = text.split("\n", 1)[0].strip()
    parts = _SENTENCE_END.split(line, maxsplit=1)
    return parts[0].strip()


def shorten(text: str, limit: int) -> str:
    """Cut at a word boundary to at most `limit` characters, marking the cut."""
    text = _SPACES.sub(" ", text).strip()
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut[: cut.rfind(" ")]
    return cut.rstrip(" ,;:-—") + "…"


def title_from_text(text: str, limit: int = 110) -> str:
    """A headline for an article that came without one: its first sentence."""
    return shorten(first_sentence(text), limit).rstrip(".")


@dataclass(frozen=True)
class Snippet:
    """A short passage of an article with the character spans that matched."""

    text: str
    spans: tuple[tuple[int, int], ...]


def snippet(text: str, query_stems: set[str], width: int = 200) -> Snippet:
    """The passage of `width` characters around the densest run of matches."""
    flat = _SPACES.sub(" ", text).strip()
    hits = [
        (m.start(), m.end())
        for m in _WORD.finditer(flat)
        if stem(normalize(m.group()).lower().replace("’", "'")) in query_stems
    ]
    if not hits:
        return Snippet(shorten(flat, width), ())
    start = _best_window(hits, width)
    start = _back_to_word_start(flat, max(0, start - width // 5))
    end = min(len(flat), start + width)
    if end < len(flat) and " " in flat[start:end]:
        end = flat.rfind(" ", start, end)
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(flat) else ""
    body = flat[start:end]
    spans = tuple(
        (s - start + len(prefix), e - start + len(prefix))
        for s, e in hits
        if s >= start and e <= end
    )
    return Snippet(prefix + body + suffix, spans)


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
