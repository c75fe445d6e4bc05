"""Where a sentence says why: the clause a word of cause opens.

News gives its reasons in a few set ways: "resigned a month after the
company disclosed the breach", "detained because of their stance against
the war", "postponed due to concerns over the drugs", "cut water pressure
amid the drought", "left the tour, citing stress", "задержаны из-за
антивоенной позиции". The clause from such a word to the next stop of the
sentence (a comma, a dash, a semicolon) is what answers "why ...?"
(news.answers); the words the question has choose among the sentences.

", as" opens a cause when a verb follows ("rose 0.5%, as consumer prices
kept rising"), and not in "such as", "as well as", "as many as", nor
as a likeness ("as he did last year").

"after" is also a time ("after 61 minutes", "after 2,000 cycles"): not
before a number. "due to" is also a timetable ("is due to reopen"): not
after a form of "to be". Russian "после" alone is a time ("после войны"):
only "после того как" is a cause.
"""

from __future__ import annotations

import re

_CAUSE_EN = (
    r"because(?:\s+of)?|due\s+to|owing\s+to|as\s+a\s+result\s+of|thanks\s+to|in\s+order\s+to"
    r"|so\s+as\s+to|so\s+that|after|amid(?:st)?|following|in\s+response\s+to"
    r"|in\s+protest\s+(?:at|against|over|of)|citing|in\s+the\s+wake\s+of|caused\s+by"
)
_CAUSE_RU = (
    r"потому\s+что|так\s+как|из-за(?:\s+того,?\s+что)?|в\s+связи\s+с|благодаря|вследствие"
    r"|после\s+того,?\s+как|чтобы|ради|на\s+фоне|по\s+причине|в\s+ответ\s+на"
    r"|в\s+знак\s+протеста"
)
_CAUSE = re.compile(rf"(?<![\w-])(?:{_CAUSE_EN}|{_CAUSE_RU})(?![\w-])", re.IGNORECASE)
# ", as prices kept rising": "as" after a comma, with a verb in its clause
# (one in the past tense, or a form of "to be" or "to have").
# Not a likeness: "as he did last year", "as it has before".
_AS_CLAUSE = re.compile(
    r",\s+(as)\s+(?!well\b|much\b|many\b|far\b|long\b|soon\b|if\b|though\b"
    r"|(?:he|she|it|they|we|i|you)\s+(?:did|does|do|has|have|had|was|is|were|are|would|will)\b)",
    re.IGNORECASE,
)
_VERB = re.compile(
    r"\b(?:\w{3,}ed|is|are|was|were|has|have|had|kept|rose|fell|grew|began|took|made|left"
    r"|came|went|became|lost|won|saw|hit|cut|put|set|spent|sold|paid|met|held)\b",
    re.IGNORECASE,
)
# What a cause clause ends at: a stop inside the sentence, or its end.
_CLAUSE_END = re.compile(r"\s*(?:[,;:()]|\s[-–—]\s|[.!?…]+[\"'»”’]*\s*$|$)")
# "after 61 minutes", "после 2022 года": a time, not a cause.
_NUMBER_NEXT = re.compile(r"\s+\d")
# "after which she was taken into custody": what came next, not why.
_WHICH_NEXT = re.compile(r"\s+(?:which|that|this|all)\b", re.IGNORECASE)
# "is due to reopen", "the following day", "the tour was due to": no cause.
_NOT_CAUSE_BEFORE = re.compile(
    r"(?:\b(?:is|was|are|were|be|been|being|'s)\s+)$|(?:\bthe\s+)$", re.IGNORECASE
)
_NEEDS_NO_BEFORE = ("due", "following")
# The fewest characters a clause must hold past its cause word to say a cause.
MIN_CLAUSE_CHARS = 6


def reasons(sentence: str) -> list[tuple[int, int]]:
    """The spans of the sentence that say why: each from a word of cause
    to the end of its clause."""
    spans = []
    for found in _AS_CLAUSE.finditer(sentence):
        stop = _clause_end(sentence, found.end(1))
        if _VERB.search(sentence, found.end(1), stop):
            spans.append((found.start(1), stop))
    for found in _CAUSE.finditer(sentence):
        if _NUMBER_NEXT.match(sentence, found.end()) or _WHICH_NEXT.match(sentence, found.end()):
            continue
        word = found.group().split()[0].lower()
        if word in _NEEDS_NO_BEFORE and _NOT_CAUSE_BEFORE.search(sentence[: found.start()]):
            continue
        stop = _clause_end(sentence, found.end())
        if stop - found.end() >= MIN_CLAUSE_CHARS:
            spans.append((found.start(), stop))
    return sorted(spans)


def _clause_end(sentence: str, start: int) -> int:
    """Where the clause that goes on at `start` ends."""
    end = _CLAUSE_END.search(sentence, start + 1)
    return end.start() if end else len(sentence)
