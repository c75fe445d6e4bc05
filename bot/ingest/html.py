"""Plain text from the snippets of HTML that feeds carry (summaries, content)."""

from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCKS = {
    "p",
    "div",
    "br",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "tr",
    "section",
}
_SKIP = {"script", "style", "noscript", "template", "iframe", "svg"}
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
_BREAKS = re.compile(r"\s*\n\s*\n\s*")


class _Text(HTMLParser):
    """The visible text. Pictures' captions ("Pickets at the gate. Photograph:
    Anna Lee") are no part of the story: read as prose, they opened
    summaries. One left open to the end (broken markup) is kept, so that no
    story is lost in it."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0
        self._caption: list[str] = []  # the open caption's text
        self._captions_open = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self._skipping += 1
        elif tag == "figcaption":
            self._captions_open += 1
        elif tag in _BLOCKS:
            self._out().append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP and self._skipping:
            self._skipping -= 1
        elif tag == "figcaption" and self._captions_open:
            self._captions_open -= 1
            if not self._captions_open:
                self._caption = []
        elif tag == "figure" and self._captions_open:
            self._caption, self._captions_open = [], 0  # "</figure>" closes it too
        elif tag in _BLOCKS:
            self._out().append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self._out().append(data)

    def text(self) -> str:
        return "".join(self.parts + self._caption)

    def _out(self) -> list[str]:
        return self._caption if self._captions_open else self.parts


def html_to_text(markup: str) -> str:
    """Visible text with paragraphs kept as blank lines; scripts, styles and
    captions dropped."""
    if "<" not in markup and "&" not in markup:
        return markup.strip()
    parser = _Text()
    parser.feed(markup)
    parser.close()
    text = _SPACES.sub(" ", parser.text())
    return _BREAKS.sub("\n\n", text).strip()
