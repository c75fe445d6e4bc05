"""Search across languages: Russian spellings of names, looked up in English articles.

    python -m benchmarks.eval_search_across

/search shows, under its results, reports in other languages that name every
name the words name, found by language-neutral keys (bot/news/crosslingual.py)
and re-ranked by how alike the names are spelt. There is no English-Russian
set with relevance judgements here, so this takes the 2,225 BBC dev articles
(English, 2004-2005) and NAMES below: people, places and firms of that news,
each in its usual Russian spelling and in English. A Russian query is
answered when the search lists English articles for it (up to 3, as /search
shows), and a listed article is right when its text has the English name.
Rows: the skeleton length a name in the query needs (its consonants: 4 until
names of 2 and 3 were looked up too, in the bot's way, only where the report
spells one nearly as the query does), and how alike a short name must be spelt
(0: any spelling; the texts found are re-ranked by spelling in every row).
NAMES was written for this script and the bot's settings were chosen on it;
HELD_OUT was written after that and is scored with the bot's settings only (and
with four consonants needed, as before). Skips without ../shared.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Sequence
from typing import Any

from benchmarks.eval_summary import SHARED
from bot.news.crosslingual import SHORT_NAME_SPELLING, by_spelling, query_keys, wordings
from bot.news.related import StoryIndex, signature
from bot.newsroom import ACROSS_CANDIDATES, SEARCH_ACROSS

NAMES = (
    "Путин Putin|Блэр Blair|Браун Brown|Буш Bush|Ирак Iraq|Лондон London|Гордон Gordon|"
    "Челси Chelsea|Майкрософт Microsoft|Ливерпуль Liverpool|Арсенал Arsenal|Гугл Google|"
    "Сони Sony|Брюссель Brussels|Москва Moscow|Китай China|Франция France|Чарльз Charles|"
    "Хельсинки Helsinki|Гамбург Hamburg|Гарри Harry|Йорк York|Эрик Eric|Юкос Yukos|"
    "Ходорковский Khodorkovsky|Ирландия Ireland|Шотландия Scotland|Уэльс Wales|"
    "Австралия Australia|Индия India|Нинтендо Nintendo|Эппл Apple|Интел Intel|Ширак Chirac|"
    "Шрёдер Schroeder|Берлускони Berlusconi|Кеннеди Kennedy|Мадрид Madrid|Рим Rome|"
    "Токио Tokyo|Бразилия Brazil|Израиль Israel|Иран Iran|Афганистан Afghanistan|"
    "Вашингтон Washington|Манчестер Manchester|Ньюкасл Newcastle|Моуринью Mourinho|"
    "Абрамович Abramovich|Венгер Wenger|Фергюсон Ferguson|Бекхэм Beckham|Руни Rooney|"
    "Федерер Federer|Хьюитт Hewitt|Уимблдон Wimbledon|Оскар Oscar|Голливуд Hollywood|"
    "Джексон Jackson|Елена Elena|Ельцин Yeltsin|Обама Obama|Тони Блэр Tony Blair|"
    "Гордон Браун Gordon Brown|Майкл Ховард Michael Howard"
)
# Written after the settings were chosen on NAMES, and scored once: held out.
HELD_OUT = (
    "Клинтон Clinton|Мандела Mandela|Арафат Arafat|Шарон Sharon|Аббас Abbas|Ющенко Yushchenko|"
    "Янукович Yanukovych|Тимошенко Tymoshenko|Саддам Saddam|Хусейн Hussein|Кофи Аннан Kofi Annan|"
    "Вулфовиц Wolfowitz|Рамсфелд Rumsfeld|Шварценеггер Schwarzenegger|Гринспен Greenspan|"
    "Эвертон Everton|Тоттенхэм Tottenham|Бирмингем Birmingham|Лидс Leeds|Глазго Glasgow|"
    "Эдинбург Edinburgh|Кардифф Cardiff|Дублин Dublin|Париж Paris|Берлин Berlin|Пекин Beijing|"
    "Шанхай Shanghai|Сидней Sydney|Мельбурн Melbourne|Торонто Toronto|Нокиа Nokia|"
    "Сименс Siemens|Фольксваген Volkswagen|Тойота Toyota|Хонда Honda|Пармалат Parmalat|"
    "Энрон Enron|Ямайка Jamaica|Зимбабве Zimbabwe|Мугабе Mugabe|Судан Sudan|Дарфур Darfur|"
    "Ливан Lebanon|Сирия Syria|Египет Egypt|Пакистан Pakistan|Мушарраф Musharraf|Непал Nepal|"
    "Таиланд Thailand|Индонезия Indonesia"
)


def pairs(names: str = NAMES) -> list[tuple[str, list[str]]]:
    """(Russian query, its English words), the words split evenly between the two."""
    found = []
    for pair in names.split("|"):
        words = pair.split()
        half = len(words) // 2
        found.append((" ".join(words[:half]), words[half:]))
    return found


def has_names(text: str, english: list[str]) -> bool:
    """Whether a text has every English name (any ending: Iraq, Iraqi)."""
    return all(re.search(r"\b" + re.escape(word), text) for word in english)


def score(
    index: StoryIndex,
    texts: list[str],
    min_skeleton: int,
    short_spelling: float,
    names: str = NAMES,
    respell: bool = True,
) -> dict[str, float]:
    answered = shown = right = 0
    for russian, english in pairs(names):
        ids: list[int] = []
        for wording in wordings(russian) if respell else [russian]:  # as the bot tries them
            found = index.with_keys(query_keys(wording, min_skeleton), "ru", ACROSS_CANDIDATES)
            kept = by_spelling(wording, [texts[i] for i in found], short_spelling)
            ids = [found[i] for i in kept][:SEARCH_ACROSS]
            if ids:
                break
        answered += bool(ids)
        shown += len(ids)
        right += sum(has_names(texts[i], english) for i in ids)
    return {
        "queries": len(pairs(names)),
        "answered": answered,
        "shown": shown,
        "precision": right / shown if shown else 0.0,
    }


def bbc_rows() -> list[dict[str, Any]] | None:
    """The BBC dev articles; None (having said so) without ../shared."""
    path = SHARED / "dev" / "bbc_news_summary.jsonl"
    if not path.is_file():
        print(f"skipped: {path} not found (the dev sets live in ../shared)")
        return None
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--json", help="also write the figures to this file")
    args = parser.parse_args(argv)
    rows = bbc_rows()
    if rows is None:
        return 0
    index = StoryIndex()
    for i, row in enumerate(rows):
        index.add(i, signature(row.get("title") or "", row["text"], None, language="en"))
    texts = [row["text"] for row in rows]
    print(f"{len(pairs())} Russian names looked up in {len(rows):,} BBC dev articles\n")
    print("| names need | short names spelt alike | answered | listed | right |")
    print("|---|---|---|---|---|")
    results = {}
    settings = ((4, 0.0), (3, 0.0), (2, 0.0), (2, 0.8), (2, SHORT_NAME_SPELLING), (2, 0.9))
    for min_skeleton, short_spelling in settings:
        r = score(index, texts, min_skeleton, short_spelling)
        results[f"{min_skeleton}-{short_spelling}"] = r
        mark = " (the bot)" if (min_skeleton, short_spelling) == (2, SHORT_NAME_SPELLING) else ""
        print(
            f"| {min_skeleton} consonants{mark} | {short_spelling:g} | "
            f"{r['answered']} of {r['queries']} | {r['shown']} | {r['precision']:.3f} |"
        )
    for label, chosen in (("H words only as written", (2, SHORT_NAME_SPELLING)),):
        r = score(index, texts, *chosen, respell=False)
        results["no-respelling"] = r
        print(
            f"| 2 consonants, {label} | {chosen[1]:g} | "
            f"{r['answered']} of {r['queries']} | {r['shown']} | {r['precision']:.3f} |"
        )
    held = score(index, texts, 2, SHORT_NAME_SPELLING, HELD_OUT)
    unspelt = score(index, texts, 2, SHORT_NAME_SPELLING, HELD_OUT, respell=False)
    before = score(index, texts, 4, 0.0, HELD_OUT)
    results["held-out"] = held
    print(
        f"\nheld out ({held['queries']} names written after the settings were chosen), the bot's"
        f" settings: {held['answered']} answered, {held['shown']} listed,"
        f" {held['precision']:.3f} right; with four consonants needed, {before['answered']}"
        f" answered, {before['shown']} listed, {before['precision']:.3f} right; H words only as"
        f" written, {unspelt['answered']} answered, {unspelt['precision']:.3f} right"
    )
    if args.json:
        with open(args.json, "w", encoding="utf-8") as handle:
            json.dump(results, handle, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
