"""The bilingual list of news words a search looks for across languages."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from bot.news import glossary
from bot.news.glossary import MAX_WORDINGS, equivalents, phrasings


def wordings(
    choices: Sequence[tuple[str, ...]],
    as_written: Collection[int] = (),
    whole: bool = False,
    nouns: Collection[int] | None = None,
) -> list[str]:
    return [wording for wording, _ in phrasings(choices, as_written, whole, nouns)]


def test_a_russian_word_in_any_form_has_its_english_equivalents() -> None:
    assert equivalents("конгрессе") == ("congress",)
    assert equivalents("засуху") == ("drought",)
    assert equivalents("Инфляция") == ("inflation",)
    assert equivalents("клиентов") == ("customers",)
    # forms the search reads as one are looked for once
    assert equivalents("аккумуляторов") == ("batteries",)
    assert equivalents("стоит") == ("cost",)  # a verb by its dictionary form
    assert equivalents("евросоюза") == ("european union", "EU")  # a phrase, its words
    assert equivalents("марте") == ("March",)
    assert equivalents("гендиректора") == ("chief executive",)  # the role, as English writes it
    assert equivalents("капитана") == ("captain",)
    assert equivalents("дискуссиях") == ("discussed",)  # "discussion" read as one with it
    assert equivalents("добровольческий") == equivalents("волонтёры") == ("volunteer",)
    assert equivalents("российских") == equivalents("русский") == ("russian",)
    assert equivalents("заплатил") == ("paid",)  # "pay" the search reads as one with it
    assert equivalents("ушёл") == ("resigned", "left")  # of a post, as news writes it first
    # "глава" (a head, a chapter) is none: "chief" is a chief economist's too
    assert equivalents("глава") == ()
    assert equivalents("July") == equivalents("july") == ("июль",)
    assert equivalents("march") == equivalents("may") == ()  # a protest march, "may" modal


def test_an_english_word_has_its_russian_equivalents_only_where_one_sense() -> None:
    assert equivalents("drought") == ("засуха",)
    assert equivalents("batteries") == ("аккумулятор", "батарея")
    assert equivalents("congress") == ("конгресс", "съезд")
    # a court's trial, a training session, a final decision, who funds it:
    # no Russian word of one sense for them
    for word in ("trial", "trained", "final", "funds", "fine", "talks", "lost"):
        assert equivalents(word) == (), word


def test_words_not_listed_have_none() -> None:
    for word in ("абонентов", "катке", "quokka", "", "2022", "Велории"):
        assert equivalents(word) == (), word


def test_the_list_reads_as_russian_forms_and_english_words() -> None:
    lines = [line for line in glossary._LINES.splitlines() if line.strip()]
    assert len(lines) > 200
    for line in lines:
        russian_side, english_side = re.split("[|>]", line)
        english_side, _, read_only = english_side.partition("<")
        assert not read_only or ("|" in line and not russian_side.strip()), line  # one language's
        assert re.fullmatch(r"[a-z ]*", read_only), line
        assert russian_side.strip() or english_side.strip(), line
        # a side may be empty: words of one sense in one language only ("| resigned quit")
        assert re.fullmatch(r"[а-яё -]*", russian_side.strip()), line
        assert re.fullmatch(r"[A-Za-z_ -]*", english_side.strip()), line
        assert "|" in line or russian_side.strip(), line  # one way: Russian to English


def test_wordings_are_tried_likeliest_first_and_capped() -> None:
    choices = [("fans",), ("final",)]
    assert wordings(choices) == ["fans final", "final", "fans"]
    # each way of leaving a word out in its likeliest wording before the next wording of any
    found = wordings([("a", "b"), ("c", "d")])
    assert found == ["a c", "c", "a", "a d", "d", "b", "b c", "b d"]
    assert next(phrasings([(), ("congress",), ("spoke",)])) == ("congress spoke", 2)
    many = [("a", "b", "c")] * 5
    assert len(wordings(many)) == MAX_WORDINGS


def test_words_without_equivalents_are_left_out_while_fewer_than_half() -> None:
    assert wordings([(), ("congress",)]) == ["congress"]
    assert wordings([(), (), ("residents",)]) == []  # "жители о новом катке"
    assert wordings([]) == []


def test_names_are_never_left_out_nor_looked_for_alone() -> None:
    # "засуха в Велории": drought and Veloria, never Veloria alone
    assert wordings([("drought",), ("Veloria",)], as_written=[1]) == ["drought Veloria"]
    # "кто возглавил Kestrel после отставки?": either verb may be left out, not Kestrel
    found = wordings([("lead",), ("Kestrel",), ("resigned",)], as_written=[1])
    assert found == ["lead Kestrel resigned", "Kestrel resigned", "lead Kestrel"]


def test_a_topic_is_worded_whole_or_not_at_all() -> None:
    assert wordings([("drought",), ("Veloria",)], [1], whole=True) == ["drought Veloria"]
    assert wordings([(), ("inflation",)], whole=True) == []
    assert wordings([("lead",), ("resigned",)], whole=True) == ["lead resigned"]


def test_a_wording_less_a_word_keeps_a_noun_where_the_words_are_known() -> None:
    # "сколько стоит билет?": never "cost" alone, the first cost a report gives
    assert wordings([("cost",), ("ticket",)], nouns=[1]) == ["cost ticket", "ticket"]
    assert wordings([("cost",), ("ticket",)]) == ["cost ticket", "ticket", "cost"]
    # "сколько стоит билет на ночной поезд?": "cost night train" keeps its nouns
    found = wordings([("cost",), ("ticket",), ("night",), ("train",)], nouns=[1, 2, 3])
    assert "cost night train" in found


def test_words_of_one_sense_in_their_own_language() -> None:
    assert glossary.same_sense("hacked") == ("breach",)
    assert glossary.same_sense("breach") == ("hack", "leak")
    assert glossary.same_sense("съезде") == ("конгресс",)  # any form, by its dictionary form
    assert glossary.same_sense("soldiers") == ("troops",)
    # Forms of one stem are one word; an English word listed one way only has
    # two senses, so none is the same ("rally": a protest, or prices rising).
    assert glossary.same_sense("batteries") == ()
    assert glossary.same_sense("rally") == ()
    assert glossary.same_sense("Brussels") == ()
    # Words of one sense in English only: never looked for across ("shots fired").
    assert glossary.same_sense("fired") == ("sacked", "dismissed")
    assert glossary.same_sense("quit") == ("resigned",)
    # "fired" is read as "sacked", never written for it, nor "fire" read so
    assert glossary.same_sense("sacked") == ("dismissed",)
    assert glossary.same_sense("fire") == () and glossary.same_sense("fires") == ()
    assert equivalents("fired") == () and "fired" not in equivalents("уволили")


def test_a_wording_with_the_verbs_it_left_out() -> None:
    choices = [("spoke",), ("congress",)]
    assert glossary.with_verbs_left_out("congress", choices, verbs=[0]) == "congress spoke"
    assert glossary.with_verbs_left_out("spoke congress", choices, verbs=[0]) == "spoke congress"
    # a noun left out stays out ("cost night train" asks the fare of a ticket)
    fare = [("cost",), ("ticket", "tickets"), ("night",), ("train", "trains")]
    assert glossary.with_verbs_left_out("cost night train", fare, verbs=[0]) == "cost night train"


def test_a_query_whose_nouns_have_no_equivalent_has_no_wording() -> None:
    # "сколько стоит проезд?": "проезд" (a noun, by place 1) has none; "cost" alone
    # would be any cost.
    assert wordings([("cost",), ()], nouns=[1]) == []
    assert wordings([("cost",), ("ticket",)], nouns=[1]) == ["cost ticket", "ticket"]


def test_english_words_of_the_list_are_words_of_news() -> None:
    assert glossary.listed("fare") and glossary.listed("Trial") and glossary.listed("fired")
    assert not glossary.listed("far") and not glossary.listed("Brussels")
    assert not glossary.listed("проезд")  # Russian words: the dictionary tells
