"""A single web page as an article: fetched, its main text extracted by trafilatura.

trafilatura is the field's standard for finding an article's text among a
page's menus, adverts and footers. It is an optional extra
(`pip install 'newsroom-bot[web]'`), as only editors ingesting pages need it.
"""

from __future__ import annotations

import asyncio
import json
import re
from typing import Any

import httpx

from bot.ingest.files import Record, Rejected, decoded
from bot.ingest.http_errors import described

MAX_PAGE_BYTES = 10 * 1024 * 1024
TIMEOUT_SECONDS = 20.0
# Less than this is a page's furniture (a notice, a login wall, a caption), not
# an article: a news brief runs to 50 words and more.
MIN_ARTICLE_WORDS = 25
USER_AGENT = "newsroom-bot/0.1 (article ingest)"


def is_web_address(arg: str) -> bool:
    return arg.lower().startswith(("http://", "https://"))


async def fetch_pages(urls: list[str]) -> list[Record | Rejected]:
    async with httpx.AsyncClient(timeout=TIMEOUT_SECONDS, follow_redirects=True) as client:
        return [await fetch_page(client, url) for url in urls]


async def fetch_page(client: httpx.AsyncClient, url: str) -> Record | Rejected:
    try:
        import trafilatura  # noqa: F401  (checked before any download)
    except ImportError:
        return Rejected(
            url, "reading web pages needs the web extra: pip install 'newsroom-bot[web]'"
        )
    try:
        response = await client.get(url, headers={"User-Agent": USER_AGENT}, follow_redirects=True)
    except (httpx.HTTPError, httpx.InvalidURL) as error:
        return Rejected(url, described(error))
    if response.status_code != 200:
        return Rejected(url, f"the server answered HTTP {response.status_code}")
    kind = response.headers.get("content-type", "")
    if "html" not in kind and "xml" not in kind:
        return Rejected(url, f"not a web page ({kind.split(';')[0] or 'unknown type'})")
    if len(response.content) > MAX_PAGE_BYTES:
        return Rejected(url, "the page is larger than 10 MB")
    if _FEED.search(kind) or _FEED_ROOT.search(response.content[:2048]):
        return Rejected(
            url,
            "this is a news feed, not a page: add it as a feed "
            "(/feed_add, or newsroom-bot feeds add)",
        )
    fields = await asyncio.to_thread(extract_article, page_text(response), str(response.url))
    if fields is None:
        return Rejected(url, "found no article text on the page")
    return Record(url, fields, len(response.content))


def page_text(response: httpx.Response) -> str:
    """The page in the charset it is written in: its header's, else the one
    its own markup names (`<meta charset="windows-1251">`, as many Russian
    sites send none in the header, where httpx would read UTF-8), else as a
    file would be read (UTF-8, or Windows-1251 when that reads as Cyrillic)."""
    if response.charset_encoding:
        return response.text
    return markup_text(response.content)


def markup_text(content: bytes) -> str:
    """A page's text by the charset its markup names, else as a file's."""
    named = _CHARSET.search(content[:4096])
    if named:
        try:
            return content.decode(named.group(1).decode("ascii"), errors="replace")
        except LookupError:  # a charset Python does not know: read on
            pass
    try:
        return decoded(content)
    except UnicodeDecodeError:
        return content.decode("utf-8", errors="replace")


def read_html_file(origin: str, content: bytes) -> Record | Rejected:
    """A web page saved as a file: its article, as from the page itself (its
    link, when it names its own: `<link rel="canonical">`)."""
    try:
        import trafilatura  # noqa: F401
    except ImportError:
        return Rejected(
            origin, "reading HTML files needs the web extra: pip install 'newsroom-bot[web]'"
        )
    fields = extract_article(markup_text(content), "")
    if fields is None:
        return Rejected(origin, "found no article text in the page", len(content))
    return Record(origin, fields, len(content))


# A feed given as a page (/add of an RSS or Atom address): its type, or its
# root element when served as plain XML.
_FEED = re.compile(r"rss|atom", re.IGNORECASE)
_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF)[\s>]")
# <meta charset="...">, <meta http-equiv="Content-Type" content="text/html; charset=...">,
# <?xml ... encoding="..."?>
_CHARSET = re.compile(
    rb"""<(?:meta|\?xml)\b[^>]*?(?:charset|encoding)\s*=\s*["']?([A-Za-z0-9_.:-]+)""",
    re.IGNORECASE,
)


def extract_article(html: str, url: str) -> dict[str, object] | None:
    """Title, text (paragraphs as blank lines), date, author and site of a page."""
    import trafilatura

    raw = trafilatura.extract(
        html, url=url, output_format="json", with_metadata=True, include_comments=False
    )
    if not raw:
        return None
    found: dict[str, Any] = json.loads(raw)
    title = str(found.get("title") or "")
    lines = [line.strip() for line in str(found.get("text") or "").split("\n") if line.strip()]
    if lines and lines[0] == title:
        lines = lines[1:]
    if sum(len(line.split()) for line in lines) < MIN_ARTICLE_WORDS:
        return None
    return {
        "title": title,
        "text": "\n\n".join(lines),
        "url": url or found.get("source") or None,  # a saved page's own link
        "published": found.get("date"),
        "author": found.get("author"),
        "source": found.get("sitename") or found.get("hostname"),
        "language": found.get("language"),
    }
