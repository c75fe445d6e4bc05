"""Whatever a reader types after any command gets a polite answer.

A property test over every handler: arguments made of the pieces readers
really send (ids, counts, languages, links, times, quotes, minus signs,
search syntax, other scripts, emoji, invisible characters) in any order.
Each must give a reply with text, and every button must carry a command the
bot knows, or pressing it would answer "I don't know the command".
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.commands import HANDLERS, button_request, dispatch
from bot.commands.reply import Request
from bot.newsroom import Newsroom

PIECES = [
    "1",
    "31",
    "0",
    "-3",
    "99999",
    "#2",
    "5",
    "ru",
    "en",
    "Kestrel",
    "Brussels",
    "Навальный",
    "задержания",
    "Demo Sports",
    "year",
    "-refund",
    "−war",
    '"',
    '"Kestrel Mobile"',
    "«",
    "»",
    "*",
    "(",
    ")",
    ":",
    "NEAR",
    "OR",
    "08:00",
    "Europe/Berlin",
    "22:00-07:00",
    "off",
    "https://example.org/world/2025/06/anti-war-congress-brussels",
    "https://example.org/nope",
    "@channel",
    "\u200b",
    "\u202e",
    "🙂",
    "e\u0301",
    "\t",
    "\n",
    "x" * 400,
]

arguments = st.one_of(
    st.lists(st.sampled_from(PIECES), max_size=6).map(" ".join),
    st.text(max_size=40),
)


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(command=st.sampled_from(["", *sorted(HANDLERS)]), args=arguments)
async def test_every_command_answers_any_arguments(
    demo_newsroom: Newsroom, command: str, args: str
) -> None:
    reply = await dispatch(demo_newsroom, Request(command, args, chat_id=5, user_id=5))
    assert reply.plain_text.strip()
    for row in reply.buttons:
        for button in row:
            pressed = button_request(button.command, "en")
            assert pressed.command in HANDLERS, button.command
