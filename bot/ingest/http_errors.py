"""What went wrong fetching a page or a feed, in words an editor can act on.

httpx names its failures by class ("ConnectError", "RemoteProtocolError"):
right for a log, not for the message an editor reads after /add or in /feeds.
"""

from __future__ import annotations

import httpx

# Most specific first: an InvalidURL is no TransportError, a ConnectTimeout is a TimeoutException.
_SAID: tuple[tuple[type[httpx.HTTPError] | type[httpx.InvalidURL], str], ...] = (
    (httpx.TimeoutException, "the server took too long to answer"),
    (httpx.ConnectError, "could not connect to the server (is the address right?)"),
    (httpx.TooManyRedirects, "the address redirects too many times"),
    (httpx.UnsupportedProtocol, "that is no web address (it must start with https://)"),
    (httpx.RemoteProtocolError, "the server broke off its answer"),
    (httpx.DecodingError, "the server's answer could not be read"),
)


def described(error: Exception) -> str:
    """The failure in words; "could not fetch it" for any other."""
    for kind, said in _SAID:
        if isinstance(error, kind):
            return said
    return "could not fetch it"
