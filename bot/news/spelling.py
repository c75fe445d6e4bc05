"""Spelling variants of a word: what a reader who mistyped it may have meant.

Every string one edit away (a letter dropped, doubled, swapped with the next
or replaced), in the word's own alphabet: about 55 per letter of an English
word, 70 of a Russian one. Which of them the stored articles use is the
store's business (Newsroom.respelt); the common typo is one edit away, and
two edits would mean a hundred times as many look-ups.
"""

from __future__ import annotations

from os.path import commonprefix

LATIN = "abcdefghijklmnopqrstuvwxyz"
CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
# Shorter words have too many neighbours to guess among ("bank": band, back, ...).
MIN_LETTERS = 4


def one_edit_away(word: str) -> set[str]:
    """The variants of a lower-case word one edit away, itself left out; none
    for words shorter than MIN_LETTERS or not all letters of one alphabet.

    The first letter stays: readers seldom get it wrong, and another first
    letter is mostly another name ("Dario" is not "Mario", "Joost" not
    "Boost"), a wrong guess where a name the store lacks was right."""
    alphabet = _alphabet(word)
    if alphabet is None or len(word) < MIN_LETTERS:
        return set()
    splits = [(word[:i], word[i:]) for i in range(1, len(word) + 1)]
    found = {head + tail[1:] for head, tail in splits if tail}
    found |= {head + tail[1] + tail[0] + tail[2:] for head, tail in splits if len(tail) > 1}
    found |= {head + c + tail[1:] for head, tail in splits if tail for c in alphabet}
    found |= {head + c + tail for head, tail in splits for c in alphabet}
    found.discard(word)
    return found


def _alphabet(word: str) -> str | None:
    if all(c in LATIN for c in word):
        return LATIN
    if all(c in CYRILLIC for c in word):
        return CYRILLIC
    return None


def closest_form(typed: str, forms: list[str]) -> str | None:
    """Of the forms a stored article writes a word in ("protest", "protests",
    "protesters"), the one nearest the typed word: the longest shared start,
    then the nearest length."""

    def distance(form: str) -> tuple[int, int, str]:
        shared = commonprefix([typed, form])  # noqa: RUF071 (letters are what is meant)
        return (-len(shared), abs(len(form) - len(typed)), form)

    return min(forms, key=distance, default=None)
