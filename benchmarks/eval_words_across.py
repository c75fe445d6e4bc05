"""Words (not names) looked for across languages by their equivalents (bot/news/glossary.py).

    python -m benchmarks.eval_words_across

No bilingual question set comes with the dev data, so this uses the demo set
shipped with the bot: its 27 English articles stored alone, asked in Russian
as a reader would ask of the stories they tell (QUESTIONS), and its 4 Russian
ones stored alone, asked in English (REVERSE). Each names the story's article
(a part of its title) and, for a question, a part of the right answer. Rows:
the bot as it is, and the bot with no look for words across languages (names
only, as before news.glossary), in the same run: the first article listed
(in either language) is the story's; the story's article is among those
listed; the question is answered; the answer holds the right words. The
questions were written by the people who wrote the glossary, after it: they
show what it does and catch regressions, not how it does on readers at large.
Needs no ../shared.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bot.commands.question import answer_among
from bot.config import Settings
from bot.ingest import ingest_items
from bot.ingest.files import Record
from bot.news.questions import read_message
from bot.newsroom import Newsroom, SearchResult, demo_records

# (message, part of the story's title, part of the right answer or "")
QUESTIONS = (
    ("что было на конгрессе в Брюсселе?", "meet in Brussels", ""),
    ("сколько человек задержали в России?", "over 20,000 people", "20,000"),
    ("разногласия в оппозиции", "Not every anti-Putin group", ""),
    ("банк Велории повысил ставку", "raises interest rates", ""),
    ("на сколько повысили ставку?", "raises interest rates", "half a percentage point"),
    ("инфляция в Велории", "inflation slows", ""),
    ("продажи жилья в Велории", "House sales", ""),
    ("экспортёры и курс кроны", "exporters warn", ""),
    ("хакеры украли данные клиентов", "hackers stole data", ""),
    ("сколько клиентов пострадало от утечки?", "Kestrel", "2.3 million"),
    ("расследование утечки данных", "Regulator opens inquiry", ""),
    ("мошенники и клиенты Kestrel", "fake refund messages", ""),
    ("отставка в Kestrel", "steps down", ""),
    ("кто ушёл в отставку из-за утечки?", "steps down", "Okafor"),
    ("новые правила для данных клиентов", "new rules", ""),
    ("засуха в Колдере", "Sorrel", ""),
    ("фермеры потеряли урожай", "lose a third of their harvest", ""),
    ("учёные о жаре и климате", "climate change made the Sorrel heatwave", ""),
    ("дождь вернулся", "Rain returns", ""),
    ("финал кубка", "National Cup", ""),
    ("кто забил победный гол?", "National Cup", "Mendes"),
    ("сколько болельщиков пришло на финал?", "meet in the National Cup final", "48,000"),
    ("парад в Колдере", "Thousands line Calder streets", ""),
    ("травма Мендеса", "Mendes to miss", ""),
    ("почему уволили тренера?", "sack manager", "Hale"),
    ("испытание натриевых аккумуляторов", "sodium battery", ""),
    ("библиотека и реставрация", "library reopens", ""),
    ("сколько стоила реставрация библиотеки?", "library reopens", "48 million crowns"),
    ("ночной поезд", "Night trains", ""),
    ("сколько стоит билет на ночной поезд?", "Night trains", "65 crowns"),
)
REVERSE = (
    ("anti-war congress in Brussels", "В Брюсселе прошёл", ""),
    ("how many people were detained?", "ОВД-Инфо", "20 тысяч"),
    ("drought in Calder", "Засуха на озере", ""),
    ("what did the mayor ban?", "Засуха на озере", "запрещено"),
    ("sodium batteries", "натриевые аккумуляторы", ""),
    ("where are the batteries tested?", "натриевые аккумуляторы", ""),
)


@dataclass
class Scores:
    first: int = 0
    listed: int = 0
    asked: int = 0
    answered: int = 0
    right: int = 0
    missed: list[str] = field(default_factory=list)  # messages not first, or wrongly answered


def demo_in(language: str) -> list[Record]:
    """The demo set's articles in one language."""
    return [r for r in demo_records() if (r.fields.get("language") or "en") == language]


async def ask(room: Newsroom, message: str) -> tuple[SearchResult, str | None]:
    """What the bot lists for the message, and the sentence it answers with."""
    asked = read_message(message)
    result = await room.search(asked.words)
    if asked.wants is None:
        return result, None
    got = answer_among(result, asked.words, asked.wants, asked.speaker)
    return result, got[0].text if got else None


async def score(room: Newsroom, questions: Sequence[tuple[str, str, str]]) -> Scores:
    scores = Scores()
    for message, title, right in questions:
        result, said = await ask(room, message)
        titles = [f.article.title for f in result.found + result.across]
        first = bool(titles) and title in titles[0]
        scores.first += first
        scores.listed += any(title in t for t in titles)
        answered = not right or (said is not None and right in said)
        if right:
            scores.asked += 1
            scores.answered += said is not None
            scores.right += answered
        if not (first and answered):
            scores.missed.append(message)
    return scores


async def evaluate() -> dict[str, dict[str, Scores]]:
    table: dict[str, dict[str, Scores]] = {}
    sets = (
        ("Russian asked of English", "en", QUESTIONS),
        ("English asked of Russian", "ru", REVERSE),
    )
    with tempfile.TemporaryDirectory() as folder:
        for name, language, questions in sets:
            room = await Newsroom.open(Settings(db_path=str(Path(folder) / f"{language}.db")))
            try:
                await ingest_items(room.storage, demo_in(language))
                table[name] = {"the bot": await score(room, questions)}
                words_across = room._words_across

                async def names_only(*_: object, **__: object) -> None:
                    return None

                room._words_across = names_only  # type: ignore[method-assign]
                table[name]["names only (before)"] = await score(room, questions)
                room._words_across = words_across  # type: ignore[method-assign]
            finally:
                await room.close()
    return table


def render(table: dict[str, dict[str, Scores]]) -> str:
    lines = [
        "| asked | search | first listed is the story's | story's listed | answered | right |",
        "|---|---|---|---|---|---|",
    ]
    for name, rows in table.items():
        count = len(QUESTIONS) if name.startswith("Russian") else len(REVERSE)
        for row, s in rows.items():
            lines.append(
                f"| {name} ({count}) | {row} | {s.first} | {s.listed} "
                f"| {s.answered} of {s.asked} | {s.right} |"
            )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.parse_args(argv)
    table = asyncio.run(evaluate())
    print(render(table))
    missed = [m for rows in table.values() for m in rows["the bot"].missed]
    print(
        "\nthe bot's misses (not listed first, or answered wrongly):", "; ".join(missed) or "none"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
