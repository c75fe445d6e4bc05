"""Which message of ours answered which of a reader's (bot.telegram.answers)."""

from __future__ import annotations

from bot.telegram.answers import AnswerMemory


def test_answers_are_found_by_chat_and_message_and_the_oldest_forgotten() -> None:
    memory = AnswerMemory(size=2)
    memory.remember(1, 10, [100])
    memory.remember(2, 10, [200, 201])
    assert memory.answer_to(1, 10) == (100,) and memory.answer_to(2, 10) == (200, 201)
    assert memory.answer_to(1, 11) == ()
    memory.remember(1, 10, [101])  # answered again: kept, as the newest
    memory.remember(3, 10, [300])
    assert memory.answer_to(2, 10) == () and memory.answer_to(1, 10) == (101,)
    assert len(memory) == 2
