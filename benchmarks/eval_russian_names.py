"""Whether a Russian name or noun typed as it is finds the forms news declines it in.

    python -m benchmarks.eval_russian_names [--sample 4000] [--seed 1]

Readers type a name in the nominative ("Алексей Навальный", "Киев"); news
writes it in every case ("Алексея Навального", "в Киеве"). Search and
followed topics match stems, so a word's forms must share the stem its
nominative has. No dev set has Russian news, so the words come from
pymorphy3's dictionary (shipped in its package): people's names (given
names, patronymics, surnames), places and bodies, and other nouns, drawn at
random, the names with their singular forms, other nouns with all theirs.
For each set: how many words have a form the nominative's stem misses, how
many forms are missed, and how many words share a stem with another word
of the set (what merging forms may cost), for Snowball alone and for the
bot's stems (bot.news.text.stem). Reading the dictionary takes about a
minute.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import defaultdict
from collections.abc import Callable, Sequence

import pymorphy3
import snowballstemmer

from bot.news.text import stem

PEOPLE = frozenset({"Name", "Patr", "Surn"})
PLACES_AND_BODIES = frozenset({"Geox", "Orgn"})


def dictionary_names(analyzer: pymorphy3.MorphAnalyzer) -> dict[str, dict[str, list[str]]]:
    """Set -> name -> its singular forms, for every name in the dictionary."""
    found: dict[str, dict[str, list[str]]] = {"people": {}, "places and bodies": {}, "nouns": {}}
    for parse in analyzer.iter_known_word_parses(""):
        tags = parse.tag.grammemes
        if "nomn" not in tags or "sing" not in tags or parse.word != parse.normal_form:
            continue
        kind = _kind(tags) if parse.tag.POS == "NOUN" else ""
        if kind and parse.word not in found[kind]:
            forms = {
                f.word for f in parse.lexeme if kind == "nouns" or "plur" not in f.tag.grammemes
            }
            found[kind][parse.word] = sorted(forms)
    return found


def _kind(tags: frozenset[str]) -> str:
    if PEOPLE & tags:
        return "people"
    if PLACES_AND_BODIES & tags:
        return "places and bodies"
    return "" if "Abbr" in tags else "nouns"


def score(names: dict[str, list[str]], rule: Callable[[str], str]) -> dict[str, int]:
    missed_names = missed_forms = forms = 0
    by_stem: dict[str, set[str]] = defaultdict(set)
    for name, name_forms in names.items():
        base = rule(name)
        missed = sum(rule(form) != base for form in name_forms)
        missed_names += missed > 0
        missed_forms += missed
        forms += len(name_forms)
        by_stem[base].add(name)
    shared = sum(len(group) - 1 for group in by_stem.values())
    return {"names": len(names), "missed names": missed_names, "forms": forms,
            "missed forms": missed_forms, "sharing": shared}  # fmt: skip


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Russian nouns' forms found by the nominative.")
    parser.add_argument("--sample", type=int, default=4000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    snowball = snowballstemmer.stemmer("russian")
    rules = {"snowball": snowball.stemWord, "newsroom": stem}
    rng = random.Random(args.seed)
    print("| names | stems | names | a form missed | forms missed | sharing a stem |")
    print("|---|---|---|---|---|---|")
    for kind, names in dictionary_names(pymorphy3.MorphAnalyzer()).items():
        drawn = dict(rng.sample(sorted(names.items()), min(args.sample, len(names))))
        for label, rule in rules.items():
            s = score(drawn, rule)
            missed = f"{s['missed names']:,} ({100 * s['missed names'] / s['names']:.1f}%)"
            forms = f"{s['missed forms']:,} of {s['forms']:,}"
            share = f"{100 * s['missed forms'] / s['forms']:.1f}%"
            print(f"| {kind} | {label} | {s['names']:,} | {missed} | {forms} ({share}) "
                  f"| {s['sharing']:,} |")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
