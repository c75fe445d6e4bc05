from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.news.dates import check_published, parse_date
from bot.news.urls import _ALREADY_CANONICAL, _parsed_canonical, canonical_url, link_variants

NOW = datetime(2026, 1, 15, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("raw", "canonical"),
    [
        ("HTTPS://Example.ORG/News/Story", "https://example.org/News/Story"),
        ("https://example.org:443/a", "https://example.org/a"),
        ("http://example.org:80/a", "http://example.org/a"),
        ("http://example.org:8080/a", "http://example.org:8080/a"),
        ("https://example.org/a#comments", "https://example.org/a"),
        (
            "https://example.org/a?utm_source=x&id=7&fbclid=1&gclid=2&UTM_Medium=y",
            "https://example.org/a?id=7",
        ),
        ("https://example.org", "https://example.org/"),
        ("  https://example.org/a  ", "https://example.org/a"),
        ("https://example.org/a%20b", "https://example.org/a%20b"),
    ],
)
def test_canonical_url(raw: str, canonical: str) -> None:
    assert canonical_url(raw) == canonical


_URL_CHARS = st.sampled_from(list("aZ09-._~/:@!$&'()*+,;=%?#[] //..aa"))


@given(
    st.sampled_from(["http", "https", "HTTP", "ftp"]),
    st.text(alphabet=st.sampled_from(list("ab9-.:@A[]")), min_size=0, max_size=12),
    st.text(alphabet=_URL_CHARS, max_size=30),
)
def test_links_taken_as_canonical_are_what_parsing_makes_of_them(
    scheme: str, host: str, path: str
) -> None:
    url = f"{scheme}://{host}/{path}"
    if _ALREADY_CANONICAL.fullmatch(url):
        assert _parsed_canonical(url) == url
    assert canonical_url(url) == _parsed_canonical(url.strip())


def test_a_link_as_readers_also_write_it() -> None:
    assert link_variants("https://example.org/a?b=1") == [
        "https://example.org/a?b=1",
        "http://example.org/a?b=1",
        "https://www.example.org/a?b=1",
        "http://www.example.org/a?b=1",
    ]
    assert link_variants("http://www.example.org/")[1:3] == [
        "https://www.example.org/",
        "http://example.org/",
    ]


@pytest.mark.parametrize(
    "raw", ["ftp://example.org/a", "example.org/a", "https://", "javascript:alert(1)", "http://a b"]
)
def test_not_a_web_link(raw: str) -> None:
    assert canonical_url(raw) is None


@pytest.mark.parametrize(
    ("raw", "iso"),
    [
        ("2025-06-12", "2025-06-12T00:00:00+00:00"),
        ("2025-06-12T17:30:00Z", "2025-06-12T17:30:00+00:00"),
        ("2025-06-12T19:30:00+02:00", "2025-06-12T17:30:00+00:00"),
        ("Thu, 12 Jun 2025 17:30:00 GMT", "2025-06-12T17:30:00+00:00"),
        ("Thu, 12 Jun 2025 20:30:00 +0300", "2025-06-12T17:30:00+00:00"),
    ],
)
def test_parse_date(raw: str, iso: str) -> None:
    parsed = parse_date(raw)
    assert parsed is not None and parsed.isoformat() == iso


def test_missing_date_is_ingestion_time_without_warning() -> None:
    assert check_published(None, NOW) == ("2026-01-15T12:00:00Z", None)


def test_unparseable_and_future_dates_warn() -> None:
    value, warning = check_published("next Tuesday-ish", NOW)
    assert value == "2026-01-15T12:00:00Z" and warning and "unparseable" in warning
    value, warning = check_published("2052-01-01", NOW)
    assert value == "2026-01-15T12:00:00Z" and warning and "future" in warning
    value, warning = check_published("2026-01-15T20:00:00Z", NOW)  # hours ahead: a time zone
    assert value == "2026-01-15T20:00:00Z" and warning is None
