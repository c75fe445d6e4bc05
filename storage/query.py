"""Turn what a user typed into a safe FTS5 MATCH expression.

User text never reaches MATCH as syntax: it is split into words and "quoted
phrases", each word is reduced to its stem by the injected `terms` function,
and every stem is emitted inside double quotes. Stems hold only letters and
digits, so nothing the user types (quotes, brackets, *, -, :, ^, NEAR, AND,
OR, NOT) can become an operator. A word written with a minus before it
("Brussels -congress") leaves out the articles holding it, as in a topic
one follows: the NOT is ours, around quoted stems.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

Terms = Callable[[str], list[str]]

# A phrase in any quotation marks (phones and Russian keyboards type “ ” and
# « »), with a minus before it to leave it out.
_PHRASE = re.compile(r'((?<!\S)[-−])?["“”„«»]([^"“”„«»]*)["“”„«»]')
# "-word" (or with a minus sign) at the start or after a space: "anti-war" and
# "1-0" are no exclusions.
_EXCLUDED = re.compile(r"(?:^|\s)[-−](\w[\w'-]*)")
_SAFE_STEM = re.compile(r"^[^\W_]+$")


@dataclass(frozen=True)
class ParsedQuery:
    """Groups of stems: a group of one is a word, a longer group a phrase;
    and the groups to leave out."""

    groups: tuple[tuple[str, ...], ...]
    excluded: tuple[tuple[str, ...], ...] = ()

    @property
    def stems(self) -> set[str]:
        """The stems looked for (not those left out)."""
        return {s for g in self.groups for s in g}

    def match(self, mode: str) -> str:
        """The MATCH string: all groups ('all') or any group ('any')."""
        joiner = " AND " if mode == "all" else " OR "
        return self.without(joiner.join('"' + " ".join(g) + '"' for g in self.groups))

    def without(self, match: str) -> str:
        """`match` less the rows that hold a word left out."""
        if not self.excluded:
            return match
        left_out = " OR ".join('"' + " ".join(g) + '"' for g in self.excluded)
        return f"({match}) NOT ({left_out})"


def parse_query(text: str, terms: Terms) -> ParsedQuery:
    groups: list[tuple[str, ...]] = []
    seen: set[tuple[str, ...]] = set()

    def add(group: list[str]) -> None:
        safe = _safe(group)
        if safe and safe not in seen:
            seen.add(safe)
            groups.append(safe)

    rest = []
    left_out: set[tuple[str, ...]] = set()
    last = 0
    for m in _PHRASE.finditer(text):
        rest.append(text[last : m.start()])
        if m.group(1):
            left_out.add(_safe(terms(m.group(2))))
        else:
            add(terms(m.group(2)))
        last = m.end()
    rest.append(text[last:])
    words = " ".join(rest)
    left_out |= {(s,) for m in _EXCLUDED.finditer(words) for s in _safe(terms(m.group(1)))}
    for word in terms(_EXCLUDED.sub(" ", words)):
        if (word,) not in left_out:
            add([word])
    return ParsedQuery(tuple(groups), tuple(sorted(g for g in left_out if g)))


def _safe(stems: list[str]) -> tuple[str, ...]:
    """The stems that can stand in a MATCH string (letters and digits only)."""
    return tuple(s for s in stems if _SAFE_STEM.match(s))
