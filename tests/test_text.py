from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.news.analysis import analyze
from bot.news.sentences import split_sentences, title_from_text
from bot.news.text import (
    _snowball,
    clean_unicode,
    detect_language,
    languages_differ,
    normalize,
    snippet,
    stem,
    stems,
    without_light_words,
    words,
)


def test_english_inflections_share_a_stem() -> None:
    assert stem("protesters") == stem("protests") == stem("protest")
    assert stem("detained") == stem("detain") == stem("detaining")


@pytest.mark.parametrize(
    "forms",
    [
        ("lose", "lost", "losing"),
        ("win", "won", "winning"),
        ("take", "took", "taken"),
        ("lead", "led", "leading"),
        ("woman", "women"),
        ("child", "children"),
        ("crisis", "crises"),
    ],
)
def test_irregular_english_forms_share_their_words_stem(forms: tuple[str, ...]) -> None:
    assert len({stem(form) for form in forms}) == 1


def test_words_that_are_other_words_too_keep_their_own_stem() -> None:
    # "found" is far more often "find" than "to found", whose "founded" keeps its own.
    assert stem("found") == stem("find") != stem("founded")  # "founded the party"
    assert stem("left") != stem("leave")  # "the left"
    assert stem("rose") != stem("rise")  # Rose


def test_russian_inflections_share_a_stem() -> None:
    forms = ["задержание", "задержания", "задержанию", "задержанием"]
    assert len({stem(f) for f in forms}) == 1
    assert stem("Навального".lower()) == stem("навальный") == stem("навальному")
    assert stem("протестов") == stem("протесты")


def test_a_russian_name_typed_as_it_is_meets_its_declined_forms() -> None:
    """Snowball stems "Алексей" "алекс" but "Алексея" "алексе", and "Киев"
    "ки" but "Киеве" "киев": a name is stemmed from its dictionary form."""
    assert stems("Алексей Навальный") == stems("Алексея Навального") == stems("Алексею Навальному")
    assert stems("Сергей Лавров") == stems("Сергеем Лавровым") == stems("Сергея Лаврова")
    assert stems("Киев") == stems("в Киеве") == stems("Киева")
    assert stems("Харьков") == stems("в Харькове")
    assert stems("Китай") == stems("Китая")
    # Nouns too: "день" and "дня", "уровень" and "уровня" were two stems.
    assert stem("дня") == stem("день") and stem("уровня") == stem("уровень")
    assert stem("задержания") == stem("задержание") and stem("власти") == stem("власть")
    assert stem("марта") == stem("март")  # the month, though Марта is a name too
    # Verbs are stemmed as before.
    assert stem("задержали") == "задержа" and stem("собрались") == "собра"


def test_yo_is_folded_so_spellings_match() -> None:
    assert stems("прошёл") == stems("прошел")


def test_zero_width_characters_do_not_split_words() -> None:
    assert words("Nav\u200balny and Put\u00adin") == ["navalny", "and", "putin"]


def test_possessive_and_apostrophes() -> None:
    assert stems("Putin's") == stems("Putin")
    assert stems("O'Brien") == ["obrien"]


# The definition of a word; words() takes faster paths for ASCII text and for
# text whose only non-ASCII characters are punctuation, which must agree with it.
_WORD_DEFINITION = re.compile(r"[^\W_]+(?:'[^\W_]+)*")


# Apostrophes, underscores, Latin-1 letters and digits, punctuation and symbols
# beyond Latin-1, Cyrillic, invisible and control characters, compatibility forms.
_TRICKY = "aZ9_' -.,—“£é’Ж\u200b\t\n\x00½ﬁßª²×\xa0\x85µÀ€"


def _reference_words(text: str) -> list[str]:
    return _WORD_DEFINITION.findall(normalize(text).lower().replace("’", "'"))


def test_words_fast_paths_keep_inner_apostrophes_only() -> None:
    assert words("'Rock'n'roll' isn''t dead — it’s “alive”, £5 ") == [
        "rock'n'roll",
        "isn",
        "t",
        "dead",
        "it's",
        "alive",
        "5",
    ]
    assert words("snake_case x'' ''y café") == ["snake", "case", "x", "y", "café"]


def test_general_punctuation_and_euro_are_separators() -> None:
    # words() relies on this to skip the regex for English text with “quotes” — and €.
    separators = [chr(c) for c in range(0x2000, 0x2040)] + ["€"]
    assert not any(_WORD_DEFINITION.search(c) for c in separators)
    assert words("“Brexit” — €5bn…") == ["brexit", "5bn"]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(_TRICKY), max_size=30))
def test_words_agree_with_the_definition_on_any_text(text: str) -> None:
    assert words(text) == _reference_words(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_words_agree_with_the_definition_on_arbitrary_unicode(text: str) -> None:
    assert words(text) == _reference_words(text)


def test_stop_words_are_dropped_unless_asked() -> None:
    assert stems("the war and the peace") == [stem("war"), stem("peace")]
    assert "the" in stems("the war", keep_stop_words=True)


LINE_UP = (
    "Man Utd: Howard, Phil Neville, Gary Neville, O'Shea, Fortune, Giggs (Saha 70), Miller, "
    "Scholes, Ronaldo, Rooney. Subs not used: Carroll, Bellion. Booked: Scholes. Goals: Rooney 23."
)


def test_language_detection() -> None:
    assert detect_language("The congress was held in Brussels on Tuesday.") == "en"
    assert detect_language("Конгресс прошёл в Брюсселе во вторник.") == "ru"
    assert detect_language("12345 !!!") == "und"
    assert detect_language(LINE_UP) == "und"  # Latin letters, but no English words
    # Russian words around names written in Latin letters: Russian.
    assert detect_language("Кто такая Clara Novak?") == "ru"
    assert detect_language("что нового о Kestrel Mobile?") == "ru"
    assert detect_language("Who is Алексей Навальный?") == "en"


def test_a_text_of_undetermined_language_is_in_no_other_language() -> None:
    assert languages_differ("en", "ru") and languages_differ("ru", "en")
    assert not languages_differ("en", "en")
    assert not languages_differ("en", "und") and not languages_differ("und", "ru")


def test_title_from_text_uses_first_sentence() -> None:
    text = "Some 300 activists met in Brussels. They talked for two days."
    assert title_from_text(text) == "Some 300 activists met in Brussels"
    long = "word " * 100
    title = title_from_text(long)
    assert len(title) <= 110 and title.endswith("…")


def test_a_title_from_text_leaves_out_its_dateline() -> None:
    cases = {
        "(CNN)A quick descent. No distress call.": "A quick descent",
        "Moscow (CNN)This was supposed to be a rally.": "This was supposed to be a rally",
        "LONDON (Reuters) - Britain's economy grew 0.3%.": "Britain's economy grew 0.3%",
        "NEW YORK, March 3 (AP) -- Stocks rose.": "Stocks rose",
        "WASHINGTON — The Senate voted on Tuesday.": "The Senate voted on Tuesday",
        "МОСКВА, 3 марта (РИА Новости) — Путин заявил о переговорах.": "Путин заявил о переговорах",
        # Not datelines: brackets that are no agency, capitals before a lower-case word.
        "Anti-Corruption Foundation (FBK) staff met.": "Anti-Corruption Foundation (FBK) staff met",
        "US (and UK) markets fell.": "US (and UK) markets fell",
        "NATO - the alliance - met.": "NATO - the alliance - met",
        "(CNN)": "(CNN)",  # nothing after it: kept
        # An abbreviation glued to the agency is still one.
        "(CNN)Sen. Ted Cruz spoke. He left.": "Sen. Ted Cruz spoke",
        "Lynchburg (CNN)U.S. Sen. Ted Cruz spoke. He left.": "U.S. Sen. Ted Cruz spoke",
        "(CNN)T.J. Maxx pulled a shirt. It sold out.": "T.J. Maxx pulled a shirt",
        # A first line that is only a date is no headline.
        "March 10, 2015\nWe visit Italy today. Then Nepal.": "We visit Italy today",
        "12 марта 2025 года\nСуд оштрафовал активиста. Он обжалует.": "Суд оштрафовал активиста",
        "March 10, 2015": "March 10, 2015",  # nothing else: kept
        # Nor are a few words before a colon, or a bullet's mark.
        "(CNN)Latest developments:\nFull story:\nSaudi Arabia struck. More.": "Saudi Arabia struck",
        "(CNN)Latest developments:\n• Transponder data was found.": "Transponder data was found",
        "Note:": "Note:",
    }
    asked = "In 1796 George Washington asked Congress for:"  # more than a few words
    cases[asked + '\n"A university"'] = asked
    for text, title in cases.items():
        assert title_from_text(text) == title, text


def test_summaries_and_facts_leave_out_the_dateline_of_the_first_sentence() -> None:
    text = (
        "Washington (CNN)If it looks like a treaty, is it a treaty? "
        "Senators said on Tuesday that 47 of them signed a letter to Iran. "
        "WASHINGTON — This dash inside the text is no dateline."
    )
    sentences = split_sentences(text)
    assert [s.text for s in sentences][::2] == [
        "If it looks like a treaty, is it a treaty?",
        "WASHINGTON — This dash inside the text is no dateline.",
    ]
    assert all(text[s.start : s.end] == s.text for s in sentences)
    found = analyze(text)
    assert found.summary[0].text == "If it looks like a treaty, is it a treaty?"
    assert not any("(CNN)" in fact.text for fact in found.facts)


def test_a_snippet_from_the_top_of_a_text_leaves_out_its_dateline() -> None:
    text = "Montabaur, Germany (CNN)Co-pilot Andreas Lubitz's voice isn't heard in a recording."
    found = snippet(text, {stem("lubitz")})
    assert found.text == "Co-pilot Andreas Lubitz's voice isn't heard in a recording."
    assert [found.text[a:b] for a, b in found.spans] == ["Lubitz's"]
    assert snippet(text, {stem("nothing")}).text.startswith("Co-pilot")
    assert snippet("(CNN)", {stem("cnn")}).text == "(CNN)"  # nothing else: kept


def test_snippet_marks_matched_words() -> None:
    text = "Intro sentence here. " * 20 + "The congress in Brussels drew 300 activists."
    snip = snippet(text, {stem("congress"), stem("brussels")}, width=120)
    marked = [snip.text[s:e] for s, e in snip.spans]
    assert marked == ["congress", "Brussels"]
    assert snip.text.startswith("…")


@pytest.mark.parametrize(
    ("text", "query", "marked"),
    [
        ("He was lying. Lies spread.", "lie", ["lying", "Lies"]),  # Snowball: lying is lie
        ("Mr D'Souza and d’souza spoke.", "D'Souza", ["D'Souza", "d’souza"]),
        ("Ёлка и ЕЛКИ в лесу.", "елки", ["Ёлка", "ЕЛКИ"]),  # ё as е, any case
        ("Unnaval ships; Navalny's team, NAVALNY.", "Navalny", ["Navalny's", "NAVALNY"]),
        ("rock'n'roll and roll", "roll", ["roll"]),  # not inside a word's apostrophes
        ("Navalny-led protests", "led", ["led"]),
        ("Kestrel lost 2.3 million customers", "lose", ["lost"]),  # the form, by its base
    ],
)
def test_snippet_marks_every_word_of_the_stems_and_nothing_inside_a_word(
    text: str, query: str, marked: list[str]
) -> None:
    snip = snippet(text, set(stems(query)))
    assert [snip.text[s:e] for s, e in snip.spans] == marked


def test_snippet_without_match_is_the_beginning() -> None:
    snip = snippet("Alpha beta gamma.", {"zzz"})
    assert snip.text == "Alpha beta gamma." and snip.spans == ()


def test_clean_unicode_keeps_text_but_drops_junk() -> None:
    assert clean_unicode("a\u200bb\x00c\u00add ё") == "abcd ё"
    assert clean_unicode("👨\u200d👩") == "👨\u200d👩"


def test_stemmers_without_pystemmer_stem_alike(monkeypatch: pytest.MonkeyPatch) -> None:
    compiled = _snowball("russian")
    monkeypatch.setitem(sys.modules, "Stemmer", None)  # import Stemmer now fails
    fallback = _snowball("russian")
    for word in ("задержания", "задержание", "конгресса", "антивоенный"):
        assert fallback.stemWord(word) == compiled.stemWord(word)


@pytest.mark.parametrize(
    ("typed", "lighter"),
    [
        ("is inflation going down", "is inflation down"),
        ("what's the weather like tomorrow", "the weather tomorrow"),
        ("where is the battery being tested", "is the battery tested"),
        ("What’s NEW in Veloria", "NEW in Veloria"),
        ("Navalny", ""),  # nothing to leave out
        ("going", ""),  # nothing left
        ("take that", ""),  # nothing left that says something ("that" is a stop word)
        ('Kestrel "going down"', ""),  # a phrase is meant as typed
        ("Brussels -going", ""),  # and so is a word left out
        ("очень сильная засуха", "сильная засуха"),
    ],
)
def test_words_that_say_little_of_a_topic_come_off(typed: str, lighter: str) -> None:
    assert without_light_words(typed) == lighter
