"""Which message of ours answered which message of a reader's.

A reader who fixes a typo edits the message rather than sending it again;
Telegram tells the bot of the edit, and the answer to the edited words is
best shown in place of the answer to the old ones, as the reader sees their
own message change. Only the bot's answers since it started are known: an
older message's edit is answered with a new message.
"""

from __future__ import annotations

from collections import OrderedDict

# Messages whose answers are remembered; the oldest are forgotten first. A
# reader edits a message within minutes, seldom days later.
REMEMBERED = 10_000


class AnswerMemory:
    """(chat, reader's message) -> the ids of the messages that answered it."""

    def __init__(self, size: int = REMEMBERED) -> None:
        self._size = size
        self._answers: OrderedDict[tuple[int, int], tuple[int, ...]] = OrderedDict()

    def remember(self, chat_id: int, message_id: int, answer_ids: list[int]) -> None:
        key = (chat_id, message_id)
        self._answers[key] = tuple(answer_ids)
        self._answers.move_to_end(key)
        while len(self._answers) > self._size:
            self._answers.popitem(last=False)

    def answer_to(self, chat_id: int, message_id: int) -> tuple[int, ...]:
        """The messages that answered it, in order; () when not known."""
        return self._answers.get((chat_id, message_id), ())

    def __len__(self) -> int:
        return len(self._answers)
