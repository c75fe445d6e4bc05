"""Everything the bot says about one article, computed in one place."""

from __future__ import annotations

from dataclasses import dataclass

from bot.news.entities import Entities, find_entities
from bot.news.facts import Fact, key_facts
from bot.news.sentences import Sentence, split_sentences
from bot.news.summarize import summarize


@dataclass(frozen=True)
class Analysis:
    summary: list[Sentence]
    facts: list[Fact]
    entities: Entities

    def as_json(self) -> dict[str, object]:
        return {
            "summary": [s.text for s in self.summary],
            "facts": [{"text": f.text, "kinds": list(f.kinds)} for f in self.facts],
            "entities": {
                "people": self.entities.people,
                "organizations": self.entities.organizations,
                "places": self.entities.places,
            },
        }


# Only the top of a huge text is analysed: bounded work, and the news is there.
MAX_CHARS = 60_000


def analyze(text: str, title: str | None = None, sentences: int = 3) -> Analysis:
    """Summary, key facts and names, sharing one split into sentences."""
    text = text[:MAX_CHARS]
    split = split_sentences(text)
    entities = find_entities(text, split)
    return Analysis(
        summary=summarize(text, title, count=sentences, sentences=split),
        facts=key_facts(text, entities=entities, sentences=split),
        entities=entities,
    )
