"""Deep links, t.me/<bot>?start=<payload>: what a newsroom's site puts beside
its articles and tags, so that one tap opens an article or follows a topic.

Telegram hands the payload to /start, and allows only A-Z, a-z, 0-9, "_" and
"-" in it, 64 characters at most. A topic of Latin letters, digits, spaces
and "-" is written as it is, "_" standing for a space (t_Kestrel_Mobile: a
link an editor can read and write by hand); any other (Навальный, a
"phrase") as its UTF-8 bytes in URL-safe Base64 (u_0J3QsNCy...).
"""

from __future__ import annotations

import base64
import binascii
import re

MAX_PAYLOAD = 64
_PLAIN_TOPIC = re.compile(r"[A-Za-z0-9 -]+")


class TooLong(ValueError):
    """A topic whose payload would not fit in the 64 characters Telegram allows."""


def deep_link(bot_name: str, payload: str = "") -> str:
    return f"https://t.me/{bot_name}" + (f"?start={payload}" if payload else "")


def article_payload(article_id: int) -> str:
    """Opens the article's card."""
    return f"a{article_id}"


def follow_payload(article_id: int) -> str:
    """Follows the article's story."""
    return f"f{article_id}"


def topic_payload(topic: str) -> str:
    """Follows the topic (see the module's docstring for how it is written)."""
    topic = " ".join(topic.split())
    if _PLAIN_TOPIC.fullmatch(topic):
        payload = "t_" + topic.replace(" ", "_")
    else:
        payload = "u_" + base64.urlsafe_b64encode(topic.encode()).decode().rstrip("=")
    if len(payload) > MAX_PAYLOAD:
        raise TooLong(
            f"“{topic}” is too long for a link: Telegram keeps {MAX_PAYLOAD} characters"
            f" ({len(payload)} here; a topic not in Latin letters takes about 2.7 a letter)"
        )
    return payload


def topic_from_payload(payload: str) -> str | None:
    """The topic a payload names, or None when it names none (or is damaged,
    or has no letter or digit to follow)."""
    if payload.startswith("t_"):
        topic = payload[2:].replace("_", " ")
    elif payload.startswith("u_"):
        encoded = payload[2:]
        try:
            topic = base64.urlsafe_b64decode(encoded + "=" * (-len(encoded) % 4)).decode()
        except (binascii.Error, UnicodeDecodeError, ValueError):
            return None
    else:
        return None
    topic = " ".join(topic.split())
    return topic if any(ch.isalnum() for ch in topic) else None
