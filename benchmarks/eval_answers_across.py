"""Questions asked in Russian of a story only English reports tell.

    python -m benchmarks.eval_answers_across

A reader asks "кто такой Ширак?" or "что сказал Ширак?" and no stored
article is in Russian: the search lists the English reports naming Chirac
(see eval_search_across), and the question is answered from them, its names
spelt as they write them (commands.question.answer_among). No bilingual
question set comes with the dev data, so the 2,225 BBC dev articles (English)
are stored, and the Russian-English name pairs of eval_search_across (NAMES
and HELD_OUT: people, places, firms) are asked about both ways: "who is X?" /
"кто такой X?" and "what did X say?" / "что сказал X?". Rows: how often the
English question is answered; the Russian one before answers across
languages (the English reports' answer was not looked for) and with them;
of the Russian answers, how many are the sentence the English question gets,
and how many hold the English name (as eval_search_across judges a report).
Skips without ../shared.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from benchmarks.eval_search_across import HELD_OUT, NAMES, bbc_rows, has_names, pairs
from bot.commands.question import answer_among
from bot.config import Settings
from bot.ingest import ingest_items
from bot.ingest.files import Record
from bot.news.questions import read_message
from bot.newsroom import Newsroom

QUESTIONS = {
    "who is X?": ("кто такой {}?", "who is {}?"),
    "what did X say?": ("что сказал {}?", "what did {} say?"),
}


async def ask(room: Newsroom, message: str, across: bool = True) -> str | None:
    """The sentence the bot answers the message with, if it answers it."""
    asked = read_message(message)
    if asked.wants is None:
        return None
    result = await room.search(asked.words)
    if not across:
        result = replace(result, across=[])
    got = answer_among(result, asked.words, asked.wants, asked.speaker)
    return got[0].text if got else None


async def evaluate(rows: list[dict[str, Any]]) -> dict[str, dict[str, int]]:
    names = pairs(NAMES) + pairs(HELD_OUT)
    table: dict[str, dict[str, int]] = {}
    with tempfile.TemporaryDirectory() as folder:
        room = await Newsroom.open(Settings(db_path=str(Path(folder) / "eval.db")))
        try:
            records = [Record("bbc", row, n) for n, row in enumerate(rows)]
            await ingest_items(room.storage, records)
            for kind, (russian_form, english_form) in QUESTIONS.items():
                counts = dict.fromkeys(("en", "ru before", "ru", "same", "named"), 0)
                for russian, english in names:
                    theirs = await ask(room, english_form.format(" ".join(english)))
                    before = await ask(room, russian_form.format(russian), across=False)
                    ours = await ask(room, russian_form.format(russian))
                    counts["en"] += theirs is not None
                    counts["ru before"] += before is not None
                    counts["ru"] += ours is not None
                    counts["same"] += ours is not None and ours == theirs
                    counts["named"] += ours is not None and has_names(ours, english)
                table[kind] = counts | {"asked": len(names)}
        finally:
            await room.close()
    return table


def main(argv: Sequence[str] | None = None) -> int:
    formatter = argparse.RawDescriptionHelpFormatter
    argparse.ArgumentParser(description=__doc__, formatter_class=formatter).parse_args(argv)
    rows = bbc_rows()
    if rows is None:
        return 0
    table = asyncio.run(evaluate(rows))
    names = len(pairs(NAMES) + pairs(HELD_OUT))
    print(f"Russian questions about {names} names, {len(rows):,} BBC dev articles (English)\n")
    print("| question | English answered | Russian: before | now | same sentence | names X |")
    print("|---|---|---|---|---|---|")
    for kind, c in table.items():
        n = c["asked"]
        print(
            f"| {kind} | {c['en']} of {n} | {c['ru before']} | {c['ru']} "
            f"| {c['same']} of {c['ru']} | {c['named']} of {c['ru']} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
