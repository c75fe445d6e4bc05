"""Canonical URLs, so one story reached by different links is stored once."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit, urlunsplit

_DEFAULT_PORTS = {"http": 80, "https": 443}
_PATH_SAFE = "/:@!$&'()*+,;=-._~%"
# A path that quote(unquote(path)) leaves as it is: no "%", nothing to escape.
_PLAIN_PATH_PATTERN = r"[A-Za-z0-9/:@!$&'()*+,;=\-._~]*"
_PLAIN_PATH = re.compile(_PLAIN_PATH_PATTERN)
# A URL that is canonical already: lower-case host without port, user or
# trailing dot, a plain path, no query or fragment. Most links in feeds and
# files are; they skip the parsing, a few percent of preparing an article.
_ALREADY_CANONICAL = re.compile(rf"https?://[a-z0-9-]+(?:\.[a-z0-9-]+)*/{_PLAIN_PATH_PATTERN}")
_TRACKING_PREFIXES = ("utm_", "mc_", "pk_", "hsa_")
_TRACKING_PARAMS = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "gclsrc",
        "msclkid",
        "yclid",
        "igshid",
        "mkt_tok",
        "_hsenc",
        "_hsmi",
        "ref_src",
        "cmpid",
        "ocid",
        "at_medium",
        "at_campaign",
        "wt_mc",
    }
)


def canonical_url(url: str) -> str | None:
    """The canonical form of an http(s) URL, or None if `url` is not one.

    Scheme and host are lower-cased, the default port, the fragment and
    tracking parameters (utm_*, fbclid, gclid, ...) are removed; the path and
    the remaining query keep their case and order.
    """
    url = url.strip()
    return url if _ALREADY_CANONICAL.fullmatch(url) else _parsed_canonical(url)


def link_variants(canonical: str) -> list[str]:
    """A canonical URL, then the same page as readers also write it: with the
    other of http and https, and with or without "www." (sites answer on both,
    and a pasted link rarely has the form the feed gave)."""
    scheme, _, rest = canonical.partition("://")
    other_scheme = "http" if scheme == "https" else "https"
    other_host = rest.removeprefix("www.") if rest.startswith("www.") else "www." + rest
    variants = [canonical, f"{other_scheme}://{rest}", f"{scheme}://{other_host}"]
    return [*variants, f"{other_scheme}://{other_host}"]


def _parsed_canonical(url: str) -> str | None:
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").rstrip(".")
    if scheme not in _DEFAULT_PORTS or not host or len(url.split(None, 1)) > 1:
        return None
    try:
        host = host.encode("idna").decode("ascii") if not host.isascii() else host
    except UnicodeError:
        return None
    netloc = host.lower()
    if ":" in netloc:  # IPv6 literal
        netloc = f"[{netloc}]"
    if port is not None and port != _DEFAULT_PORTS[scheme]:
        netloc += f":{port}"
    path = parts.path
    if not _PLAIN_PATH.fullmatch(path):  # quoting would change it
        path = quote(unquote(path), safe=_PATH_SAFE)
    query = parts.query
    if query:
        pairs = parse_qsl(query, keep_blank_values=True)
        query = urlencode([(k, v) for k, v in pairs if not _tracking(k)])
    return urlunsplit((scheme, netloc, path or "/", query, ""))


def _tracking(key: str) -> bool:
    key = key.lower()
    return key in _TRACKING_PARAMS or key.startswith(_TRACKING_PREFIXES)
