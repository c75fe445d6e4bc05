"""Turn what a user typed into a safe FTS5 MATCH expression.

User text never reaches MATCH as syntax: it is split into words and "quoted
phrases", each word is reduced to its stem by the injected `terms` function,
and every stem is emitted inside double quotes. Stems hold only letters and
digits, so nothing the user types (quotes, brackets, *, -, :, ^, NEAR, AND,
OR, NOT) can become an operator.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

Terms = Callable[[str], list[str]]

_PHRASE = re.compile(r'"([^"]*)"')
_SAFE_STEM = re.compile(r"^[^\W_]+$")


@dataclass(frozen=True)
class ParsedQuery:
    """Groups of stems: a group of one is a word, a longer group a phrase."""

    groups: tuple[tuple[str, ...], ...]

    @property
    def stems(self) -> set[str]:
        return {s for g in self.groups for s in g}

    def match(self, mode: str) -> str:
        """The MATCH string: all groups ('all') or any group ('any')."""
        joiner = " AND " if mode == "all" else " OR "
        return joiner.join('"' + " ".join(g) + '"' for g in self.groups)


def parse_query(text: str, terms: Terms) -> ParsedQuery:
    groups: list[tuple[str, ...]] = []
    seen: set[tuple[str, ...]] = set()

    def add(group: list[str]) -> None:
        safe = tuple(s for s in group if _SAFE_STEM.match(s))
        if safe and safe not in seen:
            seen.add(safe)
            groups.append(safe)

    rest = []
    last = 0
    for m in _PHRASE.finditer(text):
        rest.append(text[last : m.start()])
        add(terms(m.group(1)))
        last = m.end()
    rest.append(text[last:])
    for word in terms(" ".join(rest)):
        add([word])
    return ParsedQuery(tuple(groups))
