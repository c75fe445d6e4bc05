"""Time of analyze() on the inputs news should never be but sometimes is.

    python -m benchmarks.bench_bad_input

The issue asks for bounded time on bad input with no quadratic blow-up: each
input is timed at two sizes, and the table shows how the time grows with the
size (about 2x for 2x the text is linear; the analysis reads at most 60,000
characters, so past that the time stops growing). Needs nothing from ../shared.
"""

from __future__ import annotations

import random
import sys
import time
from collections.abc import Callable

from bot.news.analysis import analyze

random.seed(1)
_WORDS = "Putin said the Congress of People's Deputies in Brussels met on March 3 2024".split()

# name -> a text of about n characters
INPUTS: dict[str, Callable[[int], str]] = {
    "no punctuation": lambda n: " ".join(random.choice(_WORDS) for _ in range(n // 6)),
    "all capitals": lambda n: "THE PRESIDENT SAID ON MONDAY THAT 3.5% WENT TO NATO. " * (n // 52),
    "emoji": lambda n: "🙂🎉 " * (n // 3),
    "a table flattened": lambda n: "\n".join(
        " | ".join(str(random.randint(0, 10**6)) for _ in range(8)) for _ in range(n // 56)
    ),
    "one long word": lambda n: "a" * n,
    "names, no stops": lambda n: "Police, " * (n // 8),
    "Russian names, no stops": lambda n: "Жители, " * (n // 8),
    "initials": lambda n: "A. " * (n // 3),
    "initials run together": lambda n: "J.K. H.W. Bush " * (n // 15),
    "mixed Russian and English": lambda n: (
        "Путин заявил 3 марта 2024 г. в Брюсселе, что NATO выделит $1.2bn. " * (n // 66)
    ),
    "quotation marks": lambda n: '"' + "x " * (n // 2),
    # every stop inside a quotation that closes within reach: the splitter
    # must not count the marks from the line's start at each stop
    "quotation marks in pairs": lambda n: '"' + 'Word here. "" ' * (n // 14),
}


def _ms(text: str) -> float:
    start = time.perf_counter()
    analyze(text, "Title")
    return (time.perf_counter() - start) * 1000


def main() -> int:
    analyze("Сторонники Алексея Навального собрались в Вильнюсе.")  # load the Russian dictionary
    print("| input | 15,000 chars ms | 30,000 chars ms | growth (2x text) | 5 MB ms |")
    print("|---|---|---|---|---|")
    for name, make in INPUTS.items():
        small, large = _ms(make(15_000)), _ms(make(30_000))
        huge = _ms(make(5_000_000))
        print(f"| {name} | {small:.1f} | {large:.1f} | {large / small:.1f}x | {huge:.1f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
