"""Telling a copy of a report from another report of the same story.

Story signatures say that two articles are about the same thing, and that is
all they can say: a report that a bid was made and one that it was accepted
are as alike to them as a report and its reprint. A copy repeats the words:
most of its runs of four words are in the earlier article. On the dev sets'
same-story pairs (`python -m benchmarks.eval_copies`), reprints as another
site runs them (a new headline, the last paragraph cut, a credit line) repeat
81-99% of their runs, other outlets' reports of one event at most 38%, and
the BBC's later developments of a story at most 65%; from 85% up the BBC's
pairs are the same article released again, one with a new headline.
"""

from __future__ import annotations

import functools
import re

from bot.news.sentences import story_end

RUN = 4
MAX_WORDS = 5000  # enough of any report to tell; bounds the work on huge texts
COPY_SHARE = 0.85
LEAD_WORDS = 60

_WORD = re.compile(r"\w+")


def word_runs(text: str) -> frozenset[int]:
    """The text's runs of RUN words (all of it, when shorter), case folded, as
    their hashes: a set of ints takes two thirds of the memory of one of
    tuples of words and is quicker to build, and 64-bit hashes of two runs
    collide too rarely to move a share."""
    words = _WORD.findall(text.casefold())[:MAX_WORDS]
    if len(words) <= RUN:
        return frozenset({hash(tuple(words))}) if words else frozenset()
    return frozenset(map(hash, zip(*(words[i:] for i in range(RUN)), strict=False)))


def copied_share(text: str, earlier: str) -> float:
    """How much of `text` (its runs of words) is in `earlier` already."""
    runs = _runs(text)  # cached: ingest compares a new text with each of its candidates
    if not runs:
        return 0.0
    return len(runs & _runs(earlier)) / len(runs)


def is_copy(text: str, earlier: str) -> bool:
    return copied_share(text, earlier) >= COPY_SHARE


def same_report(text: str, other: str) -> bool:
    """Whether either text copies the other (search lists them once). Their
    leads are compared first: reports that open differently are not copies,
    and most pairs are told apart by LEAD_WORDS words."""
    return _same_report(text, other, _lead_runs(text), _lead_runs(other))


def _same_report(text: str, other: str, lead: frozenset[int], other_lead: frozenset[int]) -> bool:
    if 2 * len(lead & other_lead) < min(len(lead), len(other_lead)):
        return False
    runs, other_runs = _runs(text), _runs(other)
    common = len(runs & other_runs)
    return common >= COPY_SHARE * min(len(runs), len(other_runs)) > 0


def fold(texts: list[str]) -> list[list[int]]:
    """Groups of positions in `texts`, in order: each a text followed by the
    later ones that are the same report (a list shown once per report).
    A search's later pages fold a hundred results or more: leads are read
    once each, and a text is compared only with the groups whose first text
    shares a run of its lead (no other can be the same report)."""
    leads = [_lead_runs(text) for text in texts]
    groups: list[list[int]] = []
    having: dict[int, list[int]] = {}  # a lead run -> groups whose first has it
    for position, text in enumerate(texts):
        lead = leads[position]
        firsts = sorted({g for run in lead for g in having.get(run, ())})
        same = (
            g for g in firsts if _same_report(text, texts[groups[g][0]], lead, leads[groups[g][0]])
        )
        home = next(same, None)
        if home is not None:
            groups[home].append(position)
            continue
        for run in lead:
            having.setdefault(run, []).append(len(groups))
        groups.append([position])
    return groups


# A list of results compares each text with the others: each is read once.
# A whole text's runs take about 110 bytes a word (195 KB for 1,800 words):
# fewer of them are kept.
@functools.lru_cache(maxsize=64)
def _lead_runs(text: str) -> frozenset[int]:
    return word_runs(" ".join(text.split(maxsplit=LEAD_WORDS)[:LEAD_WORDS]))


@functools.lru_cache(maxsize=24)  # /related compares up to 24 candidates
def _runs(text: str) -> frozenset[int]:
    return word_runs(_story(text))


def _story(text: str) -> str:
    """The text less the credit lines closing it: a reprint's own credit
    ("Additional reporting by wire services.") is no word of the report,
    and in a short item it was enough to hide the copy."""
    return text[: story_end(text)]
