"""BM25 as FTS5 computes it, for re-scoring a few rows in Python.

An any-word query with a common word ("make", "said") matches most of the
store, and FTS5's bm25() costs about a microsecond per matching row. Like
Lucene's common-terms query, the store then matches on the rarer words only
and lets the common ones re-rank the best of those rows; this module scores
the common words for those rows exactly as FTS5 would (same idf, k1, b,
column weights and average row length), so the two parts add up.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

K1 = 1.2
B = 0.75


def idf(rows: int, hits: int) -> float:
    """FTS5's idf: log((N - n + 0.5) / (n + 0.5)), floored at 1e-6."""
    value = math.log((rows - hits + 0.5) / (hits + 0.5)) if rows else 0.0
    return value if value > 0 else 1e-6


def contribution(group_idf: float, frequency: float, length: int, avg_length: float) -> float:
    """One phrase's part of a row's score (frequency already weighted by column)."""
    if frequency <= 0:
        return 0.0
    norm = K1 * (1 - B + B * length / avg_length) if avg_length > 0 else K1
    return group_idf * frequency * (K1 + 1) / (frequency + norm)


@dataclass(frozen=True)
class IndexTotals:
    """Row count and average row length (tokens, all columns) of an FTS5 index."""

    rows: int
    avg_length: float


def parse_totals(block: bytes) -> IndexTotals:
    """Decode FTS5's averages record: a varint row count, then a varint total per column."""
    values = []
    pos = 0
    while pos < len(block):
        value, pos = _varint(block, pos)
        values.append(value)
    rows = values[0] if values else 0
    return IndexTotals(rows, sum(values[1:]) / rows if rows else 0.0)


def _varint(data: bytes, pos: int) -> tuple[int, int]:
    """SQLite's varint: big-endian groups of 7 bits; a 9th byte gives all 8."""
    value = 0
    for i in range(8):
        byte = data[pos + i]
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            return value, pos + i + 1
    return (value << 8) | data[pos + 8], pos + 9
