"""Splitting news text into sentences, with their places in the text.

News prose is full of full stops that end nothing: "Mr.", "U.S.", "$1.13bn",
"Feb. 3", "J. K. Rowling", "т.е.", "В. В. Путин". A boundary is a run of
. ! ? … (plus closing quotes or brackets) followed by white space and
something that can start a sentence; it is then vetoed if the word before the
stop is an abbreviation or an initial. A line break always ends a sentence:
headings, bullets and datelines have no full stop.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from bot.news.credits import CREDIT_HINTS, MAX_CLOSING, closing_credits
from bot.news.text import dateline_end, shorten, stems, unfinished_line

# What may follow a run of stops at a boundary: closing quotes or brackets,
# then white space and something that can start a sentence.
_AFTER_STOPS = r"[\"'»”’)\]]*(?=\s+[\"'«“‘(\[]?[-–—]?\s*[A-ZА-ЯЁ0-9\"'«“‘(\[])"
# Written [.!?…][.!?…]* rather than [.!?…]+: a pattern that opens with a
# character class lets the regex engine skip to the next stop in C.
_BOUNDARY = re.compile(r"[.!?…][.!?…]*" + _AFTER_STOPS)
# For ASCII lines, searched in a copy with "!" and "?" written as ".": a
# pattern that opens with a literal is skipped to faster still (a third less
# work for the splitter's search).
_STOPS_AS_DOTS = bytes.maketrans(b"!?", b"..")
_DOT_BOUNDARY = re.compile(r"\.\.*" + _AFTER_STOPS)
_BULLET = re.compile(r"^\s*(?:[-*•–—]|\d+[.)])\s+")

# Lower-cased, without the final stop. A stop after one of these does not end
# a sentence (unless the next word is a typical sentence opener, for the ones
# that also end sentences, like "U.S." or "etc.").
ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof st sr jr gen col lt sgt capt cmdr adm maj gov sen rep rev hon pres
    insp supt det fr mt ft no nos vol vols pp fig figs art ch sec dept est approx inc ltd co corp
    bros jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs fri sat sun
    vs v al ave blvd rd e.g i.e a.m p.m u.s u.k u.n e.u u.s.a d.c n.y l.a ph.d
    г гг т.е т.д т.п т.н др пр ул им см стр руб тыс млн млрд чел проф акад св напр обл р н.э
    до н.э и.о т т.к""".split()
)
# Abbreviations that also often end a sentence: they only block a boundary
# when the next word does not look like the start of a new sentence.
_ALSO_ENDINGS = frozenset("u.s u.k u.n e.u u.s.a d.c etc inc ltd co corp a.m p.m".split())
_OPENERS = frozenset(
    """the a an he she it they we i this that these those his her its their but and or so yet
    in on at for from after before when while if as there here what why how who mr mrs ms dr
    police officials some many most one two three meanwhile however""".split()
)


# Quotation marks, opening and closing (the same for straight quotes); and
# how far past a boundary the close of a quotation is looked for.
_QUOTE_PAIRS = (('"', '"'), ("“", "”"), ("«", "»"))
_QUOTE_REACH = 400
_QUOTE_SENTENCE = 1_000

MIN_PROSE_WORDS = 4
# How far around a stop the words that decide it are looked for.
_NEAR = 32


@dataclass(slots=True)
class Sentence:
    """A sentence and where it stands: text[start:end] of the original text.

    A plain slotted class rather than a frozen one: an article makes dozens,
    and a frozen dataclass's __init__ costs three times as much.
    """

    text: str
    start: int
    end: int
    paragraph: int
    _terms: tuple[str, ...] | None = field(default=None, init=False, repr=False, compare=False)
    _prose: bool | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def is_prose(self) -> bool:
        """Neither a heading nor a bullet, and at least MIN_PROSE_WORDS words:
        what summaries and facts are made of. Kept, like the terms."""
        if self._prose is None:
            self._prose = (
                not is_heading(self)
                and has_words(self.text, MIN_PROSE_WORDS)
                and not is_name_list(self.text)
            )
        return self._prose

    @property
    def terms(self) -> tuple[str, ...]:
        """Its search terms (stems, stop words dropped, repeats kept), computed
        on first use and kept: the summary and the facts of one analysis share
        its sentences, so each is stemmed once."""
        if self._terms is None:
            self._terms = tuple(stems(self.text))
        return self._terms


# A list of names has this many separators at least ("G Jenkins (Blues), M
# Davies (Gloucester), ..."), and a word in lower case at most (its "and").
_LIST_SEPARATORS = 4
_LOWER_WORDS_IN_LIST = 1
# A long list may have more: one word in lower case for so many separators
# ("B O'Driscoll (Ireland, capt), P de Villiers (France), ...").
_SEPARATORS_A_LOWER_WORD = 5
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-zа-яё]")


def is_name_list(text: str) -> bool:
    """Whether the text is a list of names and nothing else: a sports
    report's team sheet ("De Marigny; Mi Bergamasco, Canale, Masi, ...",
    "Replacements: A Titterrell (Sale Sharks), P Vickery (Gloucester), ...")
    says no fact of its own and sums up nothing, though it ends with a stop."""
    separators = text.count(",") + text.count(";")
    if separators < _LIST_SEPARATORS:
        return False
    lower = max(_LOWER_WORDS_IN_LIST, separators // _SEPARATORS_A_LOWER_WORD)
    return len(_LOWER_WORD.findall(text)) <= lower


def has_words(text: str, low: int, high: int | None = None) -> bool:
    """Whether the text has `low` to `high` words (split at white space),
    without splitting all of it: under 2 * high + 1 characters there is no
    room for more than `high` words."""
    if low and len(text.split(None, low)) < low:
        return False
    return high is None or len(text) <= 2 * high or len(text.split()) <= high


def split_sentences(text: str) -> list[Sentence]:
    """The sentences of a text in order, each with its offsets and paragraph
    number; a dateline opening the first and the credit lines closing the
    text (news.credits) are no part of the story and left out."""
    sentences: list[Sentence] = []
    paragraph = 0
    pos = 0
    for line in text.split("\n"):
        line_start = pos
        pos += len(line) + 1
        if not line.strip():
            paragraph += 1 if sentences and sentences[-1].paragraph == paragraph else 0
            continue
        for start, end in _line_spans(line):
            chunk = line[start:end]
            lead = len(chunk) - len(chunk.lstrip())
            body = chunk.strip()
            if body:
                begin = line_start + start + lead
                sentences.append(Sentence(body, begin, begin + len(body), paragraph))
    if sentences:
        sentences[0] = _without_dateline(sentences[0])
        credits = closing_credits([s.text for s in sentences[-MAX_CLOSING - 1 :]])
        if credits:
            del sentences[-credits:]
    return sentences


# story_end looks for credit lines in this much of the end of a text, when
# the last of it has a word every credit has.
_CREDITS_REACH = 1_500
_LAST_CREDIT_REACH = 600


def story_end(text: str) -> int:
    """Where the story ends: len(text), or where the credit lines closing it
    begin (split_sentences leaves them out). Only the end of the text is
    split: its first piece may be part of a sentence, which is no credit."""
    last = text[-_LAST_CREDIT_REACH:].lower()
    if not any(hint in last for hint in CREDIT_HINTS):
        return len(text)  # most texts: no splitting
    start = max(0, len(text) - _CREDITS_REACH)
    found = split_sentences(text[start:])
    end = start + found[-1].end if found else len(text)
    return end if text[end:].strip() else len(text)


def _without_dateline(sentence: Sentence) -> Sentence:
    """The text's first sentence without the dateline it opens with
    ("Washington (CNN)If it looks like a treaty..."): the place and agency
    are no part of the sentence, and a summary or a fact opening with them
    reads as a glitch. The sentence keeps pointing into the text."""
    cut = dateline_end(sentence.text)
    if not cut:
        return sentence
    return Sentence(sentence.text[cut:], sentence.start + cut, sentence.end, sentence.paragraph)


def _line_spans(line: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    quotes = [pair for pair in _QUOTE_PAIRS if pair[0] in line]  # once a line, not a stop
    for m in _stops(line):
        if _vetoed(line, start, m.start(), m.end()):
            continue
        if quotes and _in_quote(line, start, m.end(), quotes):
            continue
        spans.append((start, m.end()))
        start = m.end()
    spans.append((start, len(line)))
    return spans


def _stops(line: str) -> Iterator[re.Match[str]]:
    """Where the line has a run of stops that may end a sentence."""
    if line.isascii():
        dotted = line.encode("ascii").translate(_STOPS_AS_DOTS).decode("ascii")
        return _DOT_BOUNDARY.finditer(dotted)
    return _BOUNDARY.finditer(line)


def _vetoed(line: str, start: int, stop: int, after: int) -> bool:
    """Whether the stop at line[stop] belongs to an abbreviation or an initial."""
    if line[stop] != ".":
        return False
    if line[stop : stop + 3] == "..." and after - stop <= 3:
        return False
    if stop == start or line[stop - 1].isspace():
        return False
    # The word before the stop; abbreviations are short, so a bounded look back
    # (a line of initials with no sentence end is not re-read per stop).
    before = line[stop - _NEAR : stop] if stop - _NEAR > start else line[start:stop]
    word = before.rsplit(None, 1)[-1].lstrip("\"'«“‘([").lower()
    if ")" in word:  # "(CNN)Sen.": a dateline's agency glued to the word
        word = word.rpartition(")")[2]
    if len(word) == 1 and word.isalpha():
        return True  # an initial: "J. K. Rowling", "В. В. Путин"
    if word in ABBREVIATIONS or word.rstrip(".") in ABBREVIATIONS:
        if word.rstrip(".") not in _ALSO_ENDINGS:
            return True
    elif not _dotted_initials(word):
        return False
    # "U.S." and unlisted initials ("George H.W. Bush", "J.K. Rowling", "A.M.C.")
    # may also end a sentence: they do when a typical opener follows.
    following = line[after : after + _NEAR].split(None, 1)
    next_word = following[0].strip("\"'«“‘([").lower() if following else ""
    return next_word not in _OPENERS


def _dotted_initials(word: str) -> bool:
    """Letters with full stops between them, as "h.w" of "H.W." (lower-cased,
    without the last stop)."""
    return len(word) >= 3 and word[1::2] == "." * (len(word) // 2) and word[::2].isalpha()


def _in_quote(line: str, start: int, after: int, quotes: list[tuple[str, str]]) -> bool:
    """Whether a boundary falls inside a quotation that closes later on the
    line: '"The breach was the first harm. This is the second," said Ines
    Duarte' is one sentence, or the second would open with a closing quote
    and no speaker's first words. A quotation running on past the line (a
    quote of several paragraphs) or past _QUOTE_REACH characters is split,
    and so is a sentence past _QUOTE_SENTENCE characters: the marks are
    counted over at most that much, so stray ones cost linear time.
    `quotes`: the (opening, closing) marks the line has."""
    if after - start > _QUOTE_SENTENCE:
        return False
    for opening, closing in quotes:
        opened = line.count(opening, start, after)
        still_open = (
            opened % 2 if opening == closing else opened > line.count(closing, start, after)
        )
        if still_open:
            return _closes_first(line, after, opening, closing)
    return False


def _closes_first(line: str, after: int, opening: str, closing: str) -> bool:
    """Whether a quotation open at `after` closes within _QUOTE_REACH before
    another opens. News often leaves a quotation open, or opens each of its
    paragraphs anew ('... some football. "We had a slow first half'): the
    next mark opening one, the sentence ends, or one left open keeps whole
    sentences after it together. A straight mark opens one after white space
    (or at the line's start), and closes one after anything else."""
    end = min(len(line), after + _QUOTE_REACH)
    if opening != closing:
        close = line.find(closing, after, end)
        return close >= 0 and line.find(opening, after, close) < 0
    mark = line.find(opening, after, end)
    return mark > 0 and not line[mark - 1].isspace()


def is_heading(sentence: Sentence) -> bool:
    """A line that is not prose: no closing punctuation and short, or a bullet."""
    return unfinished_line(sentence.text) or _is_bullet(sentence.text)


def _is_bullet(text: str) -> bool:
    # Most lines start with a letter: no bullet, and no call into the regex
    # engine (which costs more to set up than to run on a line's first characters).
    first = text[:1]
    if first.isalpha() or first in "\"'«“‘(":
        return False
    return bool(_BULLET.match(text))


def first_sentence(text: str) -> str:
    """The first sentence of a text (or its first line if that is shorter),
    past opening lines that only label what follows: a date ("March 10,
    2015": a transcript's or a newsletter's, which would make every title a
    date) or a few words before a colon ("Latest developments:")."""
    first = ""
    for line in text.strip().split("\n", _LABEL_LINES)[:_LABEL_LINES]:
        found = split_sentences(line)
        if not found:
            continue
        sentence = found[0].text
        first = first or sentence
        if not _is_label(line, sentence):
            return sentence
    return first


_LABEL_LINES = 4


def _is_label(line: str, sentence: str) -> bool:
    short_heading = sentence.endswith(":") and not has_words(sentence, 6) and len(line) < 60
    return short_heading or bool(_DATE_LINE.match(line))


_DATE_LINE = re.compile(
    r"\s*(?:[A-Za-z]+day,?\s+)?"
    r"(?:[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+\.?,?\s+\d{4}"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}\s+[а-яё]+\s+\d{4}(?:\s+г(?:ода|\.)?)?)\s*$"
)


def title_from_text(text: str, limit: int = 110) -> str:
    """A headline for an article that came without one: its first sentence,
    less a dateline ("LONDON (Reuters) - ", "Moscow (CNN)", "WASHINGTON — "):
    a list of headlines that all begin "(CNN)" says nothing. A bullet's
    mark is no part of it either."""
    sentence = first_sentence(text)
    return shorten(_BULLET.sub("", sentence) or sentence, limit).rstrip(".")
