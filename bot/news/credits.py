"""The credit and copyright lines that close a report.

"CNN's Greg Botelho and Holly Yan contributed to this report.", "(Reporting
by Anna Petrova; Editing by Mark Heinrich)", "©2015 The Hollywood Reporter.
All rights reserved.", "Фото: ТАСС", "Read more: ...": 318 of the 1,000 CNN
dev stories end with such lines. They are no part of the news, yet read as
prose: the reporters came out as the story's people, and "Catherine E.
Shoichet and Ashley Fantz reported from Atlanta." as a key fact "who said
it". Only the closing run of sentences is looked at, and a credit must read
as one through and through (names, then one of the credit phrases), so that
"He reported from Kabul." or "She contributed $5 to the fund." stay part of
the story.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.news.text import unfinished_line

# How many sentences at the end of a text may be credits, links and the like.
MAX_CLOSING = 6

# Lines that are credits whatever follows: rights, and "This article was
# originally published on ..." of a syndicated piece.
_RIGHTS_LINE = re.compile(
    r"^[\W_]*(?:©|\(c\)\s*\d{4}|copyright\s+(?:©\s*)?\d{4}|(?:all|some)\s+rights\s+reserved\b"
    r"|(?:this|the)\s+(?:story|article|report|piece)\s+(?:was\s+|has\s+been\s+)?"
    r"(?:first|originally)\s+(?:published|appeared)\b)",
    re.IGNORECASE,
)
# "Photo: Reuters", "Фото: ТАСС", "Source: BBC": a short line, a name after the colon.
_SHORT_LINE = 100
_LABELLED_CREDIT = re.compile(
    r"(?:photo|photos|photograph|image|images|video|source|sources|text|author|authors|editor"
    r"|illustration|фото|видео|текст|автор|авторы|редактор|источник|иллюстрация)\s*:\s*\S",
    re.IGNORECASE,
)
# What closes a page rather than a story: "Read more: ...", "Читайте также: ...".
_ELSEWHERE = re.compile(
    r"(?:read more|read also|see also|related|more on this|читайте также|читайте ещё"
    r"|читайте еще|смотрите также|по теме)\b\s*:",
    re.IGNORECASE,
)
# Wire-service credits, "(Reporting by Anna Petrova in Moscow; Editing by
# Mark Heinrich)": the roles are taken out and the rest must be names.
_BY_ROLES = re.compile(
    r"(?:additional\s+)?(?:reporting|writing|editing|research|translation|graphics)\s+by\b"
    r"|with\s+(?:assistance|additional\s+reporting)\s+from\b",
    re.IGNORECASE,
)
# "<names> [also] contributed to this report", "... reported from Atlanta":
# the names before the phrase and what follows it are checked apart.
_CREDIT_PHRASE = re.compile(
    r"""\s(?:also\s+)?(?:
        contributed(?:\s+reporting)?(?:\s+to\s+(?:this|the)\s+(?:report|story|article))?
      | (?:reported|wrote)(?:\s+and\s+(?:reported|wrote))?
        (?:\s+(?:this|the)\s+(?:story|report))?(?=\s+(?:from|in)\s)
      | wrote\s+(?:this|the)\s+(?:story|report)
    )(?P<rest>.*)$""",
    re.IGNORECASE | re.VERBOSE,
)
# Words a list of names may hold besides names: "CNN's Shen Lu in Beijing,
# as well as journalist Ana Díaz", "Associated Press writers ...".
_NAME_LIST_WORDS = frozenset(
    """and in of from as well also the
    writer writers correspondent correspondents journalist journalists producer producers
    reporter reporters staff contributor contributors freelance editor editors photographer
    photographers meteorologist meteorologists researcher researchers intern interns
    wire wires service services agency agencies news
    de del da di van von der al bin el la le""".split()
)
# After the first credit phrase, more credits may follow: "Farid Ahmed
# reported from Dhaka, and Greg Botelho wrote this story from Atlanta."
_MORE_CREDIT_WORDS = _NAME_LIST_WORDS | frozenset(
    "reported wrote contributed reporting this story report to while did".split()
)
# Every credit has one of these (lower-cased): texts without them in their
# last few hundred characters need no closer look (most texts).
_LABELS = (
    "photo photos photograph image images video source sources text author authors editor"
    " illustration фото видео текст автор авторы редактор источник иллюстрация"
)
CREDIT_HINTS = (
    "contributed",
    "reported",
    "wrote",
    "ing by",  # reporting, writing, editing by
    "research by",
    "translation by",
    "graphics by",
    "assistance",
    "©",
    "(c)",
    "copyright",
    "rights reserved",
    "published",
    "appeared",
    "read more",
    "read also",
    "see also",
    "related:",
    "more on this",
    "читайте",
    "смотрите также",
    "по теме",
    *(label + ":" for label in _LABELS.split()),
)
_PRONOUNS = frozenset("he she they it we i you this that who which there".split())


def closing_credits(sentences: Sequence[str]) -> int:
    """How many of the last MAX_CLOSING sentences are credit lines (and the
    bare link lines that may follow them): 0 when the text ends in its
    story, and never all of those given (a text that is a credit and nothing
    else is left as it is; give one sentence more than MAX_CLOSING)."""
    count = 0
    for back, text in enumerate(reversed(sentences[-MAX_CLOSING:]), start=1):
        if is_credit(text):
            count = back
        elif not unfinished_line(text):
            break
    return count if count < len(sentences) else 0


def is_credit(sentence: str) -> bool:
    """Whether a sentence credits who reported, wrote or owns the story."""
    text = sentence.strip().strip("()[]").strip()
    if _RIGHTS_LINE.match(text) or _ELSEWHERE.match(text):
        return True
    labelled = _LABELLED_CREDIT.match(text) if len(text) < _SHORT_LINE else None
    if labelled is not None:
        return text[labelled.end() - 1].isupper() and len(text.split()) <= 10
    roles = _BY_ROLES.match(text.lstrip("-—– "))
    if roles is not None:
        return _names_only(_BY_ROLES.sub(" ", text.lstrip("-—– ")).rstrip(".)"))
    phrase = _CREDIT_PHRASE.search(text)
    if phrase is None:
        return False
    rest = phrase.group("rest").strip().rstrip(".!")
    if rest and not rest.lower().startswith(("from ", "in ", "and ", ", ")):
        return False
    return _names_only(text[: phrase.start()]) and _names_only(rest, _MORE_CREDIT_WORDS)


def _names_only(words: str, others: frozenset[str] = _NAME_LIST_WORDS) -> bool:
    """Whether words are names and the few `others` that go between names in
    a credit (nothing said, no pronoun: "He reported from Kabul" is news)."""
    found = words.replace(",", " ").replace(";", " ").split()
    if found and found[0].lower() in _PRONOUNS:
        return False
    for word in found:
        bare = word.strip("\"'“”‘’.-")
        if not bare:
            continue
        if bare[0].isupper() or bare[0].isdigit() or bare.rpartition("-")[2][:1].isupper():
            continue  # a name, a figure, "al-Arab"
        if bare.lower() not in others:
            return False
    return True
