"""Topic parsing and matching new articles to topics (percolation)."""

from __future__ import annotations

import random

from hypothesis import given
from hypothesis import strategies as st

from bot.news.topics import ArticleTerms, Topic, TopicIndex, matches, parse_topic

CONGRESS = ArticleTerms.of(
    "Russian anti-war activists meet in Brussels",
    "About 300 Russian activists opposed to the war met in Brussels at the Anti-war Initiatives "
    "Congress. "
    + "Filler sentence about other things entirely. "
    * 20
    + "Members of the Anti-Corruption Foundation, founded by the late Alexei Navalny, took part. "
    "OVD-Info counted detentions.",
)


def topic(text: str) -> Topic:
    parsed = parse_topic(text)
    assert parsed is not None
    return parsed


def test_parse_words_phrases_and_exclusions() -> None:
    parsed = topic('"Climate summit" -sport Brussels')
    assert parsed.words == ("brussel",)
    assert parsed.phrases == (("climat", "summit"),)
    assert parsed.excluded == ("sport",)
    assert topic("Summits, climate").key == topic("climate SUMMIT").key
    assert topic("anti-war").words and not topic("anti-war").excluded
    # Phones and Russian keyboards type other quotation marks, and some a minus sign.
    for typed in ("“Climate summit” −sport Brussels", "«Climate summit» −sport Brussels"):
        assert topic(typed) == parsed


def test_nothing_to_look_for_is_no_topic() -> None:
    for text in ("", "   ", "?!…", "the of and", "-sport", '""'):
        assert parse_topic(text) is None


def test_headline_and_lead_words_match() -> None:
    assert matches(topic("Brussels activists"), CONGRESS)
    assert matches(topic("брюссель"), ArticleTerms.of("Конгресс в Брюсселе", "Текст."))
    assert matches(topic('"anti-war activists"'), CONGRESS)


def test_a_passing_mention_deep_in_the_text_is_not_enough() -> None:
    assert not matches(topic("Navalny"), CONGRESS)  # once, far from the lead
    twice = ArticleTerms.of("Title", "Lead words here. " * 40 + "Navalny spoke. Navalny left.")
    assert matches(topic("Navalny"), twice)
    assert not matches(topic('"Alexei Navalny" foundation'), CONGRESS)


def test_excluded_words_and_missing_words() -> None:
    assert not matches(topic("Brussels -congress"), CONGRESS)
    assert not matches(topic("Brussels Paris"), CONGRESS)
    assert not matches(topic('"war activists anti"'), CONGRESS)


def test_a_phrase_left_out() -> None:
    parsed = topic('Brussels -"Initiatives Congress"')
    assert parsed.excluded_phrases == (("initi", "congress"),) and not parsed.excluded
    assert parsed.key == 'brussel -"initi congress"'
    assert topic("Brussels").key == "brussel"  # keys of topics with no phrase left out stay
    assert not matches(parsed, CONGRESS)  # its text has the phrase
    assert matches(topic('Brussels -"congress initiatives"'), CONGRESS)  # not in that order
    assert matches(topic('Brussels -"Navalny Congress"'), CONGRESS)
    assert topic('Brussels -"congress"').excluded == ("congress",)  # a phrase of one word
    index = TopicIndex()
    index.extend([(1, parsed), (2, topic("Brussels"))])
    assert index.matching(CONGRESS) == [2]


def test_index_finds_what_checking_every_topic_finds() -> None:
    rng = random.Random(1)
    vocab = (
        "russia brussels war congress activists bank rates climate summit drought cup final".split()
    )
    topics = {}
    for n in range(2000):
        words = rng.sample(vocab, rng.choice((1, 2, 3)))
        text = " ".join(words) + (" -" + rng.choice(vocab) if rng.random() < 0.2 else "")
        if rng.random() < 0.1:
            text += ' -"' + " ".join(rng.sample(vocab, 2)) + '"'  # a phrase left out
        if rng.random() < 0.3:  # a phrase, alone or beside words
            pair = " ".join(rng.sample(vocab, 2))
            text = f'"{pair}"' + (" " + text if rng.random() < 0.5 else "")
        parsed = parse_topic(text)
        if parsed:
            topics[n] = parsed
    index = TopicIndex()
    index.extend(topics.items())
    for _ in range(30):
        body = " ".join(rng.choice(vocab) for _ in range(80))
        article = ArticleTerms.of(" ".join(rng.sample(vocab, 3)), body)
        expected = sorted(n for n, t in topics.items() if matches(t, article))
        assert index.matching(article) == expected


@given(st.text(max_size=200))
def test_any_text_parses_or_is_refused(text: str) -> None:
    parsed = parse_topic(text)
    if parsed is not None:
        assert parsed.required and parsed.key


def test_a_phrase_of_one_repeated_word() -> None:
    index = TopicIndex()
    index.add(1, topic('"bye bye"'))
    assert index.matching(ArticleTerms.of("Bye bye, summer", "The season ends.")) == [1]
