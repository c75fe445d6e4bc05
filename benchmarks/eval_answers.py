"""How often the bot's answer to a question holds the answer, on CNN stories.

    python -m benchmarks.eval_answers [--limit N] [--json out.json]

No question-answering set comes with the dev data, so the questions are made
from the journalists' highlights, as Hermann et al. (2015) made theirs from
the same CNN highlights: a figure, date, length of time, person or place of a highlight
that the story also writes is taken out, and what is left is the question,
asking for that kind of thing ("how many": a figure). Two forms: the whole
highlight less the answer, and the six words either side of it (closer to
what readers type). An answer is right when the sentence chosen from the
story has the answer in it. Compared in the same run: the story's first
sentence, and the sentence holding most of the question's words (the same
weights, any sentence) — what the kind of answer adds. The bot answers only
when a sentence holds enough of the question (news.answers.MIN_COVERAGE):
"answered" is how often, "right" how often it was right then, and "marked"
how often, of those, what it marks in bold is the answer.

The same short questions are then asked as a reader would: searched in a
store of all the stories, and answered from the first three results
(commands.question.answer_search); right when the answer holds the answer,
from whichever story.

"Why ...?" is made from a highlight that gives a cause ("because of
frostbite", "after the club lost the final", "citing stress"): the cause
clause is taken out, and the answer is right when its sentence holds most of
that clause's words (CAUSE_SHARE). The judge knows only the highlight's
cause: "after a test detected listeria" is a right answer to "why is the
company recalling the cups?" that it counts wrong, as the highlight says
"after another group of products was recalled".

"Who is X?" has no answer to take out of a highlight: for each person or
organisation a highlight names, the bot is asked who or what it is, from
the story; how often it answers is counted, and whether its answers say who
or what X is was read by us for 60 of them (benchmarks/identity_cnn.tsv:
the script says how many of those it still answers as they were read).
Skips without ../shared.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import re
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from benchmarks.bench_search import percentiles
from benchmarks.eval_summary import SHARED, load
from bot.commands.question import answer_search
from bot.config import Settings
from bot.ingest import ingest_items
from bot.ingest.files import Record
from bot.news.answers import Answer, Wants, answer
from bot.news.entities import find_entities
from bot.news.facts import figures_and_dates
from bot.news.gazetteer import TITLES
from bot.news.measures import dates_in_words, durations, is_money, spelt_figures
from bot.news.sentences import split_sentences
from bot.news.text import IRREGULAR_EN, stems
from bot.newsroom import Newsroom

KINDS: tuple[Wants, ...] = ("figure", "date", "duration", "person", "place")
IDENTITIES = Path(__file__).with_name("identity_cnn.tsv")
NEAR_WORDS = 6


def questions(row: dict[str, Any]) -> Iterator[Question]:
    """(kind, whole question, short question, answer, whether the answer
    opens the highlight) for each answer a highlight holds that the story
    writes as well. A person who opens it is who does what the rest says, as
    a reader asks "who won the cup final?"; one inside it is not."""
    text = row["text"]
    entities = find_entities(text)
    names: dict[Wants, list[str]] = {
        "person": entities.people + entities.organizations,
        "place": entities.places,
    }
    for line in row["summary"].splitlines():
        figures, dates = figures_and_dates(line)
        spans: dict[Wants, list[tuple[int, int]]] = {
            "figure": figures + spelt_figures(line),  # "about a third", "nine people"
            "date": dates + dates_in_words(line),  # "in January", "next year"
            "duration": durations(line),
        }
        for kind in ("person", "place"):
            spans[kind] = [
                (at, at + len(name)) for name in names[kind] if (at := line.find(name)) >= 0
            ]
        for kind in KINDS:
            for start, end in spans[kind]:
                found = line[start:end]
                if found in text or (kind == "figure" and found.lower() in text.lower()):
                    yield kind, *without_answer(line, start, end), found, start == 0


WHY = "why (whole question)"
_ROWS = (
    "person",
    "date",
    "date in words",
    "duration",
    "place",
    "figure",
    "figure in words",
    "reader's form",
    WHY,
)


def row_name(kind: Wants, found: str) -> str:
    """The table's row for a question: figures written in words ("nine",
    "about a third") apart from those in digits, which the bot found first."""
    if kind == "figure" and not any(c.isdigit() for c in found):
        return "figure in words"
    if kind == "date" and dates_in_words(f"in {found}") == [(3, 3 + len(found))]:
        return "date in words"
    return kind


def without_answer(line: str, start: int, end: int) -> tuple[str, str]:
    """The two questions a highlight makes with line[start:end] taken out:
    the whole line less it, and the NEAR_WORDS words either side of it."""
    before, after = line[:start].split(), line[end:].split()
    return " ".join(before + after), " ".join(before[-NEAR_WORDS:] + after[:NEAR_WORDS])


def holds(text: str, found: str, kind: Wants) -> bool:
    """Whether an answer's text holds the answer: for a person, the name or
    the surname alone ("Kagezi was the lead prosecutor" answers who was, in
    a story that named Joan Kagezi before, as news names people)."""
    if found in text or (kind == "figure" and found.lower() in text.lower()):
        return True  # "Three" of a highlight is the story's "three"
    surname = found.split()[-1]
    return (
        kind == "person"
        and surname != found
        and re.search(rf"\b{re.escape(surname)}\b", text) is not None
    )


def _marked(got: Answer, found: str) -> bool:
    """Whether what the bot marks in its answer is the answer."""
    return any(found in got.text[a:b] or got.text[a:b] in found for a, b in got.marks)


# kind, whole question, short question, answer, whether the answer opens the highlight
Question = tuple[Wants, str, str, str, bool]
# "why" and the whole question, "why" and the short one, the cause's words
WhyQuestion = tuple[str, str, frozenset[str]]


def evaluate(
    rows: list[dict[str, Any]], asked: list[list[Question]], times: list[float]
) -> dict[str, dict[str, float]]:
    """Counts by kind and form of question (asked[i]: rows[i]'s); each
    answer's time added to `times`."""
    counts: dict[str, dict[str, float]] = {}
    for row, row_questions in zip(rows, asked, strict=True):
        article = [(row.get("title") or "", row["text"])]
        first = next((s.text for s in split_sentences(row["text"]) if s.is_prose), "")
        for kind, whole, short, found, opens in row_questions:
            for form, question in (("whole", whole), ("short", short)):
                tally = counts.setdefault(f"{row_name(kind, found)} {form}", {})
                tally["n"] = tally.get("n", 0) + 1
                words = answer(question, None, article, min_coverage=0.0, min_words=0)
                typed = answer(question, kind, article, min_coverage=0.0, min_words=0)
                started = time.perf_counter()
                bot = answer(question, kind, article, doer=opens)
                times.append(time.perf_counter() - started)
                results = {
                    "first sentence": holds(first, found, kind),
                    "most words": words is not None and holds(words.text, found, kind),
                    "bot, always": typed is not None and holds(typed.text, found, kind),
                    "answered": bot is not None,
                    "right": bot is not None and holds(bot.text, found, kind),
                    "marked": bot is not None
                    and holds(bot.text, found, kind)
                    and _marked(bot, found),
                }
                for name, hit in results.items():
                    tally[name] = tally.get(name, 0) + int(hit)
    return counts


async def through_search(
    rows: list[dict[str, Any]], asked: list[list[Question]], asked_why: list[list[WhyQuestion]]
) -> dict[str, dict[str, int]]:
    """The short questions searched in a store of every story, and answered
    from the first results as the bot answers them."""
    counts: dict[str, dict[str, int]] = {}
    with tempfile.TemporaryDirectory() as folder:
        room = await Newsroom.open(Settings(db_path=str(Path(folder) / "eval.db")))
        try:
            await ingest_items(room.storage, [Record("dev", row, n) for n, row in enumerate(rows)])
            for row_questions in asked:
                for kind, _, short, found, _ in row_questions:
                    tally = counts.setdefault(
                        row_name(kind, found), {"n": 0, "answered": 0, "right": 0}
                    )
                    result = await room.search(short, limit=5)
                    got = await answer_search(room, result, short, kind)
                    tally["n"] += 1
                    tally["answered"] += got is not None
                    tally["right"] += got is not None and holds(got[0].text, found, kind)
                    readers = in_readers_form(short)
                    if readers != short:
                        result = await room.search(readers, limit=5)
                        got = await answer_search(room, result, readers, kind)
                        tally = counts.setdefault(READERS, {"n": 0, "answered": 0, "right": 0})
                        tally["n"] += 1
                        tally["answered"] += got is not None
                        tally["right"] += got is not None and holds(got[0].text, found, kind)
            for row_why in asked_why:
                for whole, _, cause in row_why:
                    question = whole.removeprefix("why ")
                    result = await room.search(question, limit=5)
                    got = await answer_search(room, result, question, "reason")
                    tally = counts.setdefault(WHY, {"n": 0, "answered": 0, "right": 0})
                    tally["n"] += 1
                    tally["answered"] += got is not None
                    tally["right"] += got is not None and _gives(stems(got[0].text), cause)
        finally:
            await room.close()
    return counts


READERS = "reader's form"


def in_readers_form(question: str) -> str:
    """The question with its irregular past tenses as a reader asking "did
    ...?" writes them: "Arsenal won the cup" as "Arsenal win the cup", as in
    "did Arsenal win the cup?" (highlights tell, in the past tense)."""
    return " ".join(
        IRREGULAR_EN.get(word, word) if word.islower() else word for word in question.split()
    )


def readers_form(rows: list[dict[str, Any]], asked: list[list[Question]]) -> dict[str, int]:
    """The questions with an irregular past tense, asked in the reader's
    form (in_readers_form), answered from the story."""
    counts = dict.fromkeys(("asked", "answered", "right"), 0)
    for row, row_questions in zip(rows, asked, strict=True):
        article = [(row.get("title") or "", row["text"])]
        for kind, whole, short, found, _ in row_questions:
            for question in (whole, short):
                readers = in_readers_form(question)
                if readers == question:
                    continue
                got = answer(readers, kind, article)
                counts["asked"] += 1
                counts["answered"] += got is not None
                counts["right"] += got is not None and holds(got.text, found, kind)
    return counts


def sums_of_money(rows: list[dict[str, Any]]) -> dict[str, int]:
    """The figures of the highlights that are sums of money ("$1,200", "48
    million crowns"), each asked (whole and short) as any figure and as a
    sum of money, as news.questions reads "how much did it cost?"."""
    counts = dict.fromkeys(("asked", "figure", "figure right", "money", "money right"), 0)
    for row in rows:
        article = [(row.get("title") or "", row["text"])]
        for line in row["summary"].splitlines():
            for start, end in figures_and_dates(line)[0]:
                found = line[start:end]
                if not is_money(line, start, end) or found not in row["text"]:
                    continue
                for question in without_answer(line, start, end):
                    counts["asked"] += 1
                    for kind in ("figure", "money"):
                        got = answer(question, kind, article)
                        counts[kind] += got is not None
                        counts[f"{kind} right"] += got is not None and found in got.text
    return counts


def identities(rows: list[dict[str, Any]]) -> dict[str, int]:
    """'Who is X?' for the names in the highlights, and the answers we read."""
    read = _read_identities()
    counts = {"asked": 0, "answered": 0, "read": len(read), "as read": 0, "right": 0}
    for row in rows:
        entities = find_entities(row["text"])
        for name in entities.people + entities.organizations:
            if name not in row["summary"]:
                continue
            got = answer(name, "identity", [(row.get("title") or "", row["text"])])
            counts["asked"] += 1
            counts["answered"] += got is not None
            marked = " | ".join(got.text[a:b] for a, b in got.marks) if got else ""
            if (row["id"], name) in read and read[row["id"], name][0] == marked.strip():
                counts["as read"] += 1
                counts["right"] += read[row["id"], name][1]
    return counts


# How the judge of "what did X say?" knows X's words: X (by last name) next to a
# verb of saying, "according to X", or "he said" in the sentence right after.
_SAYS = r"(?:said|says|told|added|wrote|tweeted|explained|insisted|argued|warned|stated|noted)"
_HE_SAID = re.compile(rf"\b(?:he|she|they)\s+{_SAYS}\b|\b{_SAYS}\s+(?:he|she)\b", re.IGNORECASE)


def _speaks(sentence: str, person: str) -> bool:
    *first, last = person.split()
    sentence = _others_hidden(sentence, first, last)
    name = f"(?i:{re.escape(last)})"
    says = f"(?i:{_SAYS})"  # the words between "said" and the name: capitalised ones only
    said_by = f"(?i:(?!told){_SAYS})"  # "told X": X is told
    before = re.search(
        rf"\b{name}(?:'s)?\b(?:,[^,]{{0,60}},)?\s+{says}\b"
        rf"|(?i:according to) (?:[\w.'-]+\s+){{0,4}}{name}\b",
        sentence,
    )
    after = re.finditer(rf"\b{said_by}\s+(?:[A-Z][\w.'-]+\s+){{0,4}}{name}\b", sentence)
    # "Susan Rice said Bergdahl had served": another's whole name before "said"
    return before is not None or any(not _other_before(sentence[: m.start()], last) for m in after)


def _other_before(head: str, last: str) -> bool:
    """Whether another's whole name ends the words before a "said"."""
    run = re.search(r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)+\s*$", head)
    return (
        run is not None
        and last not in run.group()
        and not any(w.lower() in TITLES for w in run.group().split())
    )


def _others_hidden(sentence: str, first: list[str], last: str) -> str:
    """The sentence with X's last name hidden where another first name comes
    before it: "Farid Naib wrote" is not Cayman Naib's words ("Mr Naib" and
    "But Naib said" may be)."""

    def hide(match: re.Match[str]) -> str:
        before = match[1]
        if not first or before in first or before.lower() in TITLES or not stems(before):
            return match[0]
        return f"{before} Another"

    return re.sub(rf"\b([A-Z][\w'-]*) {re.escape(last)}\b", hide, sentence)


def said(rows: list[dict[str, Any]]) -> dict[str, int]:
    """'What did X say?' for up to three people each story lists and quotes,
    from the story: right when the answer is one of X's sentences as the judge
    above reads them (it misses some: "said Goddard's Michael Mumma"; and it
    knows only titles and first names before a surname: "Fidel Castro wrote"
    is not Raul Castro's words, but "Cuba's Castro wrote" would be). The
    people it finds no words of are asked too ("unquoted"): an answer to them
    gives someone else's words, unless the judge missed X's."""
    counts = {"asked": 0, "answered": 0, "right": 0, "most words": 0}
    counts |= {"unquoted": 0, "unquoted answered": 0}
    for row in rows:
        text = row["text"]
        article = [(row.get("title") or "", text)]
        sentences = [s.text for s in split_sentences(text) if s.is_prose]
        for person in find_entities(text).people[:3]:
            theirs = {s for s in sentences if _speaks(s, person)}
            theirs |= {
                b for a, b in itertools.pairwise(sentences) if a in theirs and _HE_SAID.search(b)
            }
            got = answer(person, "quote", article, speaker=person)  # the words searched
            if not theirs:
                counts["unquoted"] += 1
                counts["unquoted answered"] += got is not None
                continue
            words = answer(person, None, article, min_coverage=0.0, min_words=0)
            counts["asked"] += 1
            counts["answered"] += got is not None
            counts["right"] += got is not None and got.text in theirs
            counts["most words"] += words is not None and words.text in theirs
    return counts


# The judge of "why": the words of cause a highlight writes (its own list, not
# news.reasons's), and the clause each opens, up to a comma or the end.
_CAUSE_IN_HIGHLIGHT = re.compile(
    r"\b(?:because(?: of)?|due to|owing to|after|amid|following|citing|in order to|thanks to)\b"
    r"(?P<clause>[^,;]+)"
)
# How much of a cause clause's words a sentence must hold to give that cause.
CAUSE_SHARE = 0.6


def why_questions(row: dict[str, Any]) -> Iterator[WhyQuestion]:
    """("why" and the whole highlight less its cause clause, "why" and the
    NEAR_WORDS words before it, the clause's words) for each cause a highlight
    gives that a sentence of the story gives too: "Brutus' legs were
    amputated because of frostbite" asks "why Brutus' legs were amputated"."""
    sentences = [s.terms for s in split_sentences(row["text"]) if s.is_prose]
    for line in row["summary"].splitlines():
        for found in _CAUSE_IN_HIGHLIGHT.finditer(line):
            cause = frozenset(stems(found.group("clause")))
            if len(cause) < 2 or not any(_gives(terms, cause) for terms in sentences):
                continue
            before, after = line[: found.start()].split(), line[found.end() :].split()
            if before:
                short = " ".join(before[-NEAR_WORDS:])
                yield "why " + " ".join(before + after), "why " + short, cause


def _gives(terms: Iterable[str], cause: frozenset[str]) -> bool:
    return len(cause.intersection(terms)) >= CAUSE_SHARE * len(cause)


def why(rows: list[dict[str, Any]], asked_why: list[list[WhyQuestion]]) -> dict[str, int]:
    """'Why ...?' made from the highlights' causes, whole and short, from the
    story: right when the answer gives the cause (CAUSE_SHARE of its words),
    marked when what is bold holds them. Compared: the first sentence, and the
    sentence with the most of the question's words (any sentence, always)."""
    names = ("asked", "first sentence", "most words", "answered", "right", "marked")
    counts = dict.fromkeys(names, 0)
    for row, row_why in zip(rows, asked_why, strict=True):
        article = [(row.get("title") or "", row["text"])]
        first = next((s for s in split_sentences(row["text"]) if s.is_prose), None)
        for whole, short, cause in row_why:
            for question in (whole, short):
                words = answer(question, None, article, min_coverage=0.0, min_words=0)
                got = answer(question, "reason", article)
                marked = "".join(got.text[a:b] + " " for a, b in got.marks) if got else ""
                counts["asked"] += 1
                counts["first sentence"] += first is not None and _gives(first.terms, cause)
                counts["most words"] += words is not None and _gives(stems(words.text), cause)
                counts["answered"] += got is not None
                counts["right"] += got is not None and _gives(stems(got.text), cause)
                counts["marked"] += _gives(stems(marked), cause)
    return counts


def _read_identities() -> dict[tuple[str, str], tuple[str, int]]:
    lines = IDENTITIES.read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line and not line.startswith("#")][1:]
    return {(story, name): (marked.strip(), int(right)) for story, name, marked, right in rows}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Answers to questions made from CNN highlights.")
    parser.add_argument("--limit", type=int)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    if not SHARED.is_dir():
        print(f"skipped: {SHARED} not found (the dev sets live in ../shared)")
        return 0
    rows = load("cnn", args.limit)
    asked = [list(questions(row)) for row in rows]  # made once: entities are the costly part
    asked_why = [list(why_questions(row)) for row in rows]
    times: list[float] = []
    counts = evaluate(rows, asked, times)
    print(f"CNN highlights as questions ({len(rows)} stories); % of questions")
    print(
        "| asks for | questions | first sentence | most words | bot, always | answered | right "
        "| marked |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for key, tally in sorted(
        counts.items(), key=lambda item: _ROWS.index(item[0].rsplit(" ", 1)[0])
    ):
        n = tally["n"]
        cells = [key, f"{n:.0f}"]
        cells += [f"{100 * tally[m] / n:.1f}" for m in ("first sentence", "most words")]
        cells += [f"{100 * tally['bot, always'] / n:.1f}", f"{100 * tally['answered'] / n:.1f}"]
        right = 100 * tally["right"] / tally["answered"] if tally["answered"] else 0.0
        marked = 100 * tally["marked"] / tally["right"] if tally["right"] else 0.0
        cells += [f"{right:.1f}", f"{marked:.1f}"]
        print("| " + " | ".join(cells) + " |")
    searched = asyncio.run(through_search(rows, asked, asked_why))
    print(f"\nthe short questions searched in a store of the {len(rows)} stories, answered from")
    print("the first three results")
    print("| asks for | questions | answered | right |")
    print("|---|---|---|---|")
    for kind, found in sorted(searched.items(), key=lambda item: _ROWS.index(item[0])):
        right = 100 * found["right"] / found["answered"] if found["answered"] else 0.0
        answered = 100 * found["answered"] / found["n"]
        print(f"| {kind} | {found['n']} | {answered:.1f} | {right:.1f} |")
    readers = readers_form(rows, asked)
    print(
        f"\nin a reader's form, the past tense as after 'did' ('won' as 'win'):"
        f" {readers['asked']} questions (whole and short) from the story, answered"
        f" {readers['answered']}, right {readers['right']}"
    )
    money = sums_of_money(rows)
    print(
        f"\nsums of money: {money['asked']} questions (whole and short) whose answer is one;"
        f" asked for any figure, answered {money['figure']}, right {money['figure right']};"
        f" asked for a sum of money, answered {money['money']}, right {money['money right']}"
    )
    who = identities(rows)
    print(
        f"\n'who is X?' for the {who['asked']} people and organisations the highlights name:"
        f" answered {who['answered']} ({100 * who['answered'] / who['asked']:.1f}%); of the"
        f" {who['read']} answers we read, {who['as read']} given as then, {who['right']} of them"
        " saying who or what X is"
    )
    quoted = said(rows)
    speakers = quoted["asked"]
    print(
        f"\n'what did X say?' for the {speakers} people the stories quote (up to three a story):"
        f" answered {100 * quoted['answered'] / speakers:.1f}%, right then"
        f" {100 * quoted['right'] / max(1, quoted['answered']):.1f}% (one of X's own sentences);"
        " the sentence with the most of X's name, always:"
        f" {100 * quoted['most words'] / speakers:.1f}%; of {quoted['unquoted']} people named"
        f" but not quoted, {quoted['unquoted answered']} answered (another's words)"
    )
    causes = why(rows, asked_why)
    n_why = max(1, causes["asked"])
    print(
        f"\n'why ...?' for the {causes['asked'] // 2} causes the highlights give that the"
        f" stories write ({causes['asked']} questions, whole and short): the first sentence"
        f" gives it {100 * causes['first sentence'] / n_why:.1f}%, the sentence with the"
        f" most words {100 * causes['most words'] / n_why:.1f}%; the bot answered"
        f" {100 * causes['answered'] / n_why:.1f}%, right then"
        f" {100 * causes['right'] / max(1, causes['answered']):.1f}%, the cause marked in"
        f" {100 * causes['marked'] / max(1, causes['right']):.1f}% of those"
    )
    median, p95 = percentiles(times)
    print(f"\nan answer from one story: median {median:.2f} ms, p95 {p95:.2f} ms")
    if args.json:
        results = {
            "questions": counts,
            "searched": searched,
            "who": who,
            "said": quoted,
            "why": causes,
        }
        args.json.write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
