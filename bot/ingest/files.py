"""Reading article records out of files and directories.

Each reader yields `Record`s (a dict of fields and where it came from) or
`Rejected` entries; a bad line or file never stops the others.
"""

from __future__ import annotations

import codecs
import json
import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

SUFFIXES = (".jsonl", ".ndjson", ".json", ".txt", ".md", ".markdown", ".html", ".htm")
# A folder's own documentation is not news: skipped when walking a folder
# (still read when named on the command line).
NOT_ARTICLES = ("readme", "license", "licence", "changelog", "contributing")
# Whole-file formats are read into memory: refuse anything absurdly large.
MAX_FILE_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class Record:
    origin: str  # "path:line" or "path"
    fields: dict[str, object]
    size: int  # bytes read for it (progress reporting)


@dataclass(frozen=True)
class Rejected:
    origin: str
    reason: str
    size: int = 0


Item = Record | Rejected


def find_files(paths: list[Path]) -> Iterator[Path | Rejected]:
    """Files to read under `paths`, recursively, in a stable order."""
    for path in paths:
        if path.is_dir():
            yield from _walk(path)
        elif path.exists() or path.is_symlink():
            yield (
                path
                if path.suffix.lower() in SUFFIXES
                else Rejected(str(path), f"unsupported file type {path.suffix or '(none)'!r}")
            )
        else:
            yield Rejected(str(path), "no such file or directory")


def _walk(root: Path) -> Iterator[Path | Rejected]:
    def on_error(err: OSError) -> None:
        errors.append(Rejected(str(err.filename or root), _os_reason(err)))

    errors: list[Rejected] = []
    for folder, dirs, names in os.walk(root, onerror=on_error):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        yield from errors
        errors.clear()
        for name in sorted(names):
            if _wanted(name):
                yield Path(folder) / name
    yield from errors


def _wanted(name: str) -> bool:
    path = Path(name)
    return (
        not name.startswith(".")
        and path.suffix.lower() in SUFFIXES
        and path.stem.lower() not in NOT_ARTICLES
    )


def read_file(path: Path) -> Iterator[Item]:
    """Records from one file, chosen by its suffix."""
    suffix = path.suffix.lower()
    try:
        if suffix in (".jsonl", ".ndjson"):
            with path.open("rb") as handle:
                yield from _read_jsonl(str(path), handle, lambda: path.stat().st_size)
            return
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            yield Rejected(str(path), f"file is {size / 2**20:.1f} MB; the limit is 64 MB", size)
            return
        data = path.read_bytes()
    except OSError as err:
        yield Rejected(str(path), _os_reason(err))
        return
    yield from _read_whole(str(path), suffix, data)


def read_upload(name: str, data: bytes) -> Iterator[Item]:
    """Records from a file's contents sent by name (an editor's file in
    Telegram), read as the file itself would be."""
    suffix = Path(name).suffix.lower()
    if suffix not in SUFFIXES:
        yield Rejected(name, f"unsupported file type {suffix or '(none)'!r}")
    elif suffix in (".jsonl", ".ndjson"):
        yield from _read_jsonl(name, data.splitlines(keepends=True), lambda: len(data))
    elif len(data) > MAX_FILE_BYTES:
        yield Rejected(name, f"file is {len(data) / 2**20:.1f} MB; the limit is 64 MB", len(data))
    else:
        yield from _read_whole(name, suffix, data)


def _read_whole(origin: str, suffix: str, data: bytes) -> Iterator[Item]:
    """A whole-file format's records (JSON, Markdown, plain text, a saved page)."""
    if not data.strip():
        yield Rejected(origin, "empty file")
        return
    if suffix in (".html", ".htm"):
        from bot.ingest.web import read_html_file  # web reads files' records: imported late

        yield read_html_file(origin, data)
        return
    try:
        text = decoded(data)
    except UnicodeDecodeError as err:
        reason = f"not UTF-8 text (bad byte at offset {err.start}); save it as UTF-8"
        yield Rejected(origin, reason, len(data))
        return
    if suffix == ".json":
        yield from _parse_json(origin, text, len(data))
    elif suffix in (".md", ".markdown"):
        yield Record(origin, parse_markdown(text), len(data))
    else:
        yield Record(origin, parse_plain_text(text), len(data))


def decoded(data: bytes) -> str:
    """A text file's text: UTF-8, or what editors that save in something else
    write news in: UTF-16 with its byte order mark (Windows Notepad's
    "Unicode"), and Windows-1251 when most letters read so are Cyrillic (older
    Russian newsroom files; a Latin-1 "Café" reads "Cafй": mostly Latin, kept
    out). Raises UnicodeDecodeError for the UTF-8 reading otherwise."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1251", errors="replace")
        letters = _LETTERS.findall(text)
        cyrillic = sum(1 for ch in letters if "\u0400" <= ch <= "\u04ff")
        if "\ufffd" not in text and letters and cyrillic / len(letters) >= 0.5:
            return text
        raise


_LETTERS = re.compile(r"[^\W\d_]")


def _read_jsonl(origin: str, lines: Iterable[bytes], size: Callable[[], int]) -> Iterator[Item]:
    """JSON Lines, one record a line (a file's lines are read as they come)."""
    empty = True
    for number, raw in enumerate(lines, start=1):
        where = f"{origin}:{number}"
        if not raw.strip():
            continue
        empty = False
        if number == 1 and raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            yield Rejected(origin, "UTF-16 text: JSON Lines must be UTF-8", size())
            return
        try:
            value = json.loads(decoded(raw))
        except UnicodeDecodeError as err:
            yield Rejected(where, f"not UTF-8 (bad byte at offset {err.start})", len(raw))
            continue
        except (json.JSONDecodeError, RecursionError) as err:
            yield Rejected(where, f"invalid JSON: {_json_reason(err)}", len(raw))
            continue
        if isinstance(value, dict):
            yield Record(where, value, len(raw))
        else:
            yield Rejected(where, f"expected a JSON object, got {_kind(value)}", len(raw))
    if empty:
        yield Rejected(origin, "empty file")


def _parse_json(origin: str, text: str, size: int) -> Iterator[Item]:
    try:
        value = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as err:
        yield Rejected(origin, f"invalid JSON: {_json_reason(err)}", size)
        return
    if isinstance(value, dict) and isinstance(value.get("articles"), list):
        value = value["articles"]
    items = value if isinstance(value, list) else [value]
    share = size // max(1, len(items))
    for index, item in enumerate(items):
        where = f"{origin}[{index}]" if isinstance(value, list) else origin
        if isinstance(item, dict):
            yield Record(where, item, share)
        else:
            yield Rejected(where, f"expected a JSON object, got {_kind(item)}", share)


_HEADING = re.compile(r"^#{1,6}\s+(.*?)\s*#*\s*$")
_FRONT_MATTER_LINE = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*)$")
_MD_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1")
_MD_LIST = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")


def parse_markdown(text: str) -> dict[str, object]:
    """Front matter (key: value lines between ---), a # title, plain paragraphs."""
    fields: dict[str, object] = {}
    lines = text.replace("\r\n", "\n").split("\n")
    if lines and lines[0].strip() == "---" and "---" in (ln.strip() for ln in lines[1:]):
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
        for line in lines[1:end]:
            m = _FRONT_MATTER_LINE.match(line)
            if m:
                fields[m.group(1).lower()] = m.group(2).strip().strip("\"'")
        lines = lines[end + 1 :]
    body: list[str] = []
    for line in lines:
        heading = _HEADING.match(line)
        if heading and "title" not in fields and not "".join(body).strip():
            fields["title"] = _strip_inline(heading.group(1))
            continue
        if heading:
            line = heading.group(1)
        if line.strip() in ("```", "---", "***"):
            continue
        body.append(_strip_inline(_MD_LIST.sub("- ", line)))
    fields["text"] = "\n".join(body)
    return fields


def _strip_inline(line: str) -> str:
    line = _MD_IMAGE.sub(r"\1", line)
    line = _MD_LINK.sub(r"\1", line)
    return _MD_EMPHASIS.sub(r"\2", line)


def parse_plain_text(text: str) -> dict[str, object]:
    """A short first line without a full stop is a title; the rest is the text."""
    stripped = text.strip()
    first, _, rest = stripped.partition("\n")
    first = first.strip()
    looks_like_title = (
        rest.strip() and len(first) <= 150 and not first.endswith((".", "!", "?", "…", ":", ";"))
    )
    if looks_like_title:
        return {"title": first, "text": rest}
    return {"text": stripped}


def _os_reason(err: OSError) -> str:
    return err.strerror.lower() if err.strerror else str(err)


def _json_reason(err: Exception) -> str:
    if isinstance(err, json.JSONDecodeError):
        return f"{err.msg} at character {err.pos + 1}"
    return "nested too deeply"


def _kind(value: object) -> str:
    return {
        list: "a list",
        str: "a string",
        int: "a number",
        float: "a number",
        bool: "true/false",
        type(None): "null",
    }.get(type(value), type(value).__name__)
