"""A Reply drawn as Telegram HTML: escaped, and split into messages that fit.

Telegram refuses a message over 4096 characters and any HTML that is not
well formed, so every piece of text is escaped here and a long reply is cut
between blocks, or inside a block at a paragraph, sentence or word boundary,
never inside a tag.
"""

from __future__ import annotations

import html
import re

from bot.commands.reply import Block, Reply, Span

# Telegram's limit is 4096 characters of text after the tags are parsed; we
# keep the markup itself under it (counted in UTF-16 units, as Telegram
# counts), which is stricter and needs no parser.
MESSAGE_LIMIT = 4096
_TAGS = {"bold": "b", "italic": "i", "code": "code", "mark": "b"}
_BREAKS = (
    re.compile(r"\n\s*\n"),
    re.compile(r"\n"),
    re.compile(r"(?<=[.!?…])\s+"),
    re.compile(r"\s+"),
)


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def render_span(span: Span) -> str:
    shown = html.escape(span.text, quote=False)
    tag = _TAGS.get(span.style)
    if tag:
        shown = f"<{tag}>{shown}</{tag}>"
    if span.url and span.url.startswith(("http://", "https://")):
        shown = f'<a href="{html.escape(span.url, quote=True)}">{shown}</a>'
    return shown


def render_block(block: Block) -> str:
    return "".join(render_span(s) for s in block)


def render_messages(reply: Reply, limit: int = MESSAGE_LIMIT) -> list[str]:
    """The reply as one or more HTML messages, each under `limit`."""
    pieces = [piece for block in reply.blocks for piece in _block_pieces(block, limit)]
    return _pack(pieces, "\n\n", limit)


def _block_pieces(block: Block, limit: int) -> list[str]:
    """A block as HTML no longer than `limit`: whole if it fits, else cut."""
    whole = render_block(block)
    if utf16_len(whole) <= limit:
        return [whole]
    return _pack([part for span in block for part in _span_parts(span, limit)], "", limit)


def _pack(pieces: list[str], separator: str, limit: int) -> list[str]:
    """Pieces joined by `separator` into as few strings under `limit` as they go."""
    packed: list[str] = []
    current = ""
    for piece in pieces:
        joined = f"{current}{separator}{piece}" if current else piece
        if utf16_len(joined) <= limit:
            current = joined
            continue
        if current:
            packed.append(current)
        current = piece
    if current:
        packed.append(current)
    return packed


def _span_parts(span: Span, limit: int) -> list[str]:
    """A span rendered in parts that each fit, cut at the gentlest boundary."""
    budget = limit - (utf16_len(render_span(Span("", span.style, span.url))) + 8)
    return [render_span(Span(chunk, span.style, span.url)) for chunk in _cut(span.text, budget)]


def _cut(text: str, budget: int) -> list[str]:
    """`text` in chunks whose escaped form fits `budget`, cut at the gentlest
    boundary (paragraph, line, sentence, word) inside the part that fits."""
    chunks: list[str] = []
    while not _fits(text, budget):
        end = _fitting_prefix(text, budget)
        cut = next((c for p in _BREAKS if (c := _last_break(text[:end], p))), 0)
        if cut:
            chunks.append(text[:cut].rstrip())
            text = text[cut:].lstrip()
        else:
            chunks.append(text[:end])
            text = text[end:]
    chunks.append(text)
    return [c for c in chunks if c]


def _fits(text: str, budget: int) -> bool:
    return utf16_len(html.escape(text, quote=False)) <= budget


def _last_break(head: str, pattern: re.Pattern[str]) -> int:
    """Where the last `pattern` match in `head` starts (0 when there is none)."""
    starts = [m.start() for m in pattern.finditer(head)]
    return starts[-1] if starts else 0


def _fitting_prefix(text: str, budget: int) -> int:
    """The longest prefix whose escaped form fits (at least one character)."""
    low, high = 1, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if _fits(text[:middle], budget):
            low = middle
        else:
            high = middle - 1
    return low
