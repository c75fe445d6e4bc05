"""Language-neutral keys: what links an English and a Russian report of one story."""

from __future__ import annotations

import math

import pytest

from bot.news.crosslingual import (
    KEY_TERMS,
    bridge_keys,
    by_spelling,
    h_key,
    keyed_words,
    latin_spellings,
    name_key,
    names_in,
    number_key,
    query_keys,
    spelling_match,
    spelt_by_letters,
    spelt_in,
    wordings,
)


@pytest.mark.parametrize(
    ("english", "russian"),
    [
        ("Brussels", "Брюсселе"),
        ("Navalny", "Навального"),
        ("Zelensky", "Зеленский"),
        ("Calder", "Колдере"),
        ("Germany", "Германии"),
        ("Washington", "Вашингтон"),
        ("Scholz", "Шольц"),  # German z and Russian ц
        ("Mensah", "Менсы"),
        ("Biden", "Байдена"),  # read in the dictionary form, not stemmed to "байд"
        ("Kyiv", "Киеве"),
        ("Sorrel", "Соррел"),  # a name the dictionary lacks is read as a noun
        ("Okafor", "Окафором"),  # and in the instrumental, as a man's name
        ("Port-Elms", "Порт-Элмсом"),
        ("Moscow", "Москве"),  # names that sound apart are listed
        ("Kremlin", "Кремле"),
        ("Americans", "США"),
        ("Russian", "России"),  # a nationality as its country
        ("EU", "Евросоюза"),
        ("February", "Феврале"),
    ],
)
def test_a_name_has_one_key_in_both_scripts(english: str, russian: str) -> None:
    assert name_key(english) is not None
    assert name_key(english) == name_key(russian)


@pytest.mark.parametrize(("one", "other"), [("Brussels", "Berlin"), ("Putin", "Patel")])
def test_different_names_have_different_keys(one: str, other: str) -> None:
    assert name_key(one) != name_key(other)


def test_abbreviations_with_stops_are_keyed() -> None:
    assert "=usa" in bridge_keys("", "Officials in the U.S. said the U.S. would act.")


def test_stop_words_and_one_sound_names_make_no_key() -> None:
    assert name_key("The") is None and name_key("Это") is None
    assert name_key("Anna") is None  # "n" alone would match half the names


@pytest.mark.parametrize(
    ("digits", "scale", "key"),
    [
        ("20,000", "", "#20000"),
        ("20", "тысяч", "#20000"),
        ("20\u00a0000", "", "#20000"),
        ("41,2", "", "#41.2"),
        ("41.2", "", "#41.2"),
        ("2.3", "million", "#2.3e+06"),
        ("2,3", "млн", "#2.3e+06"),
        ("1961", "", "#1961"),
        ("7", "", None),  # small counts say little
    ],
)
def test_numbers_are_keyed_by_value(digits: str, scale: str, key: str | None) -> None:
    assert number_key(digits, scale) == key


def test_keys_of_a_report_and_its_translation_overlap() -> None:
    english = bridge_keys(
        "Calder rations water as Lake Sorrel falls to record low",
        "The city of Calder will cut water pressure after Lake Sorrel fell to 31% of "
        "capacity, the lowest since records began in 1961. Mayor Irene Castell said so "
        "on 2 August.",
    )
    russian = bridge_keys(
        "Засуха на озере Соррел",
        "Власти города Колдер ограничили подачу воды: уровень озера Соррел упал до 31% — "
        "минимум с 1961 года. Об этом 2 августа сообщила мэр Ирен Кастелл.",
    )
    shared = english.keys() & russian.keys()
    assert {"~kldr", "~srl", "~kstl", "#31", "#1961", "#m8"} <= shared
    assert math.isclose(sum(w * w for w in english.values()), 1.0, rel_tol=1e-6)


def test_sentence_openers_are_not_names_unless_capitalised_elsewhere() -> None:
    keys = bridge_keys(
        "",
        "Около 300 активистов собрались в Брюсселе. Власти Брюсселя не возражали. "
        "Участники встретятся снова.",
    )
    assert "~brsl" in keys  # opens a sentence once, capitalised inside another
    assert not {"~kl", "~vlst", "~skstnk"} & keys.keys()
    assert "#300" in keys


def test_title_case_headline_words_are_not_names() -> None:
    keys = bridge_keys("Water Rationing Begins In Calder", "The city of Calder cut supplies.")
    assert "~kldr" in keys and "~vtr" not in keys and "~rsnng" not in keys


def test_a_russian_month_needs_its_whole_word() -> None:
    assert "#m5" in bridge_keys("", "Выборы пройдут 5 мая в Самаре.")
    assert "#m5" not in bridge_keys("", "В Самаре открылись 5 магазинов.")


@pytest.mark.parametrize(
    "text",
    ["", "!!! ... ???", "🙂" * 1000, "A" * 50_000, "Слово " * 20_000, "1,2,3,4,5 " * 5000],
)
def test_odd_text_gives_few_keys_and_no_error(text: str) -> None:
    keys = bridge_keys("", text)
    assert len(keys) <= KEY_TERMS
    assert all(w > 0 for w in keys.values())


@pytest.mark.parametrize(
    ("english", "russian"),
    [
        ("Navalny", "Навальный"),
        ("navalny brussels", "Навальный в Брюсселе"),  # any case; stop words pass
        ("U.S. Congress", "Конгресс США"),
        ("Zelensky", "Зеленский"),
        ("20,000 in Moscow", "20 тысяч в Москве"),
        ("Kremlin in March", "Кремль в марте"),
        ("Putin", "Путин"),  # short skeletons too ("ptn"): see by_spelling
        ("OVD-Info", "ОВД-Инфо"),
    ],
)
def test_search_words_have_the_same_keys_in_both_scripts(english: str, russian: str) -> None:
    keys = query_keys(english)
    assert keys and sorted(keys) == sorted(query_keys(russian))


@pytest.mark.parametrize(
    "query",
    [
        "Navalny 5",  # a small count is no key
        "Iraq x",  # one consonant ("x") is too little for a name
        "2022",  # figures and months alone say too little
        "March 2022",
        "5 arrests",  # a small count is no key
        "the and",  # stop words only
        "",
        "!!! ((( )))",
    ],
)
def test_search_words_without_keys_for_every_word_are_not_looked_for_across(query: str) -> None:
    assert query_keys(query) == []


@pytest.mark.parametrize(
    ("query", "names"),
    [
        ("ипотека в Велории", "Велории"),
        ("mortgages in Veloria and Calder", "Veloria Calder"),
        # A Russian first word the dictionary knows is capitalised as a message's is.
        ("Ипотека Велории", "Велории"),
        ("Ипотека в Велории и Колдере", "Велории Колдере"),
        ("ипотека и Ставка в Велории", "Ставка Велории"),
        ("ипотека в Велории 2025", "Велории"),
        ("Навальный и Брюссель", ""),  # all names: query_keys looked for them
        ("Navalny Brussels", ""),
        ("ипотека в столице", ""),  # no name
        # A name typed in lower case: the dictionary reads it as a name only, or not at all.
        ("ипотека в велории", "велории"),
        ("когда отставка окафора", "окафора"),
        ("ипотека в российских банках", ""),
        ("Ипотека", ""),
        ("", ""),
    ],
)
def test_names_in_are_what_a_query_finding_nothing_looks_for_across(query: str, names: str) -> None:
    assert names_in(query) == names


def test_the_words_a_key_was_found_by_are_marked() -> None:
    text = "В Брюсселе прошёл конгресс. Фонд Алексея Навального и ФБК."
    assert keyed_words(text, query_keys("Navalny Brussels")) == {"брюссел", "навальн"}
    assert keyed_words(text, query_keys("Moscow")) == set()


def test_texts_with_the_name_itself_come_before_others_of_its_skeleton() -> None:
    gardener = "The Gardener said the show would go on."
    gordon = "Chancellor Gordon Brown spoke on Monday."
    assert name_key("Gardener") == name_key("Gordon") == name_key("Гордон")
    assert spelling_match("Гордон", gordon) > spelling_match("Гордон", gardener)
    assert by_spelling("Гордон", [gardener, gordon, gardener]) == [1, 0, 2]
    assert spelling_match("Moscow", gardener) == 1.0  # a listed name is spelt as listed


def test_short_names_count_only_where_the_text_spells_them_nearly_alike() -> None:
    putin = "Президент Владимир Путин выступил в среду. Кремль повторил слова Путина."
    patton = "Генерал Джордж Патон командовал армией. Позже Патон написал книгу."
    assert name_key("Putin") == name_key("Путин") == name_key("Патон") == "~ptn"
    assert by_spelling("Putin", [patton, putin, patton]) == [1]
    assert by_spelling("Патон", [putin, patton]) == [1]
    # Spelt alike as sounds, not letters: English "ai", "q", "c", "y" and "ea"
    # are what a transliteration writes "е", "к", "к", "и" and "и" as.
    blair = "Prime Minister Tony Blair met Iraq's leaders. Chelsea and Tokyo agreed."
    assert by_spelling("Блэр", [blair]) == by_spelling("Ирак", [blair]) == [0]
    assert by_spelling("Челси Токио", [blair]) == [0]
    assert by_spelling("Блэр", ["The band Blur played in London on Friday."]) == []
    # German names: English keeps their "ei", Russian writes its sound, "ай".
    klein = "Finance director Sofia Klein will lead the company. Klaus Meyer left."
    assert by_spelling("Кляйн", [klein]) == by_spelling("Майер", [klein]) == [0]
    # and English "au" is the "о" of "Пол" (Paul), "Лора" (Laura)
    assert by_spelling("Пол Ананд", ["Club doctor Paul Anand said the surgery went well."]) == [0]
    # A skeleton of four consonants and more is specific enough: ranked, not dropped.
    gardener = "The Gardener said the show would go on."
    assert by_spelling("Гордон", [gardener]) == [0]


def test_names_starting_with_an_h_sound_are_also_tried_spelt_the_other_way() -> None:
    assert wordings("Helsinki") == ["Helsinki", "Khelsinki", "Gelsinki"]
    assert wordings("Хельсинки") == ["Хельсинки", "Ельсинки"]
    assert query_keys("Ельсинки") == query_keys("Helsinki")  # Хельсинки for Helsinki
    assert query_keys("Gamburg") == query_keys("Гамбург")  # and Гамбург for Hamburg
    assert wordings("Michael Howard") == ["Michael Howard", "Michael Khoward", "Michael Goward"]
    # Not when the name so spelt would be too short to look up alone, nor other words.
    assert wordings("house Navalny") == ["house Navalny"]
    assert wordings("Хонда") == ["Хонда"]


def test_a_russian_name_ending_in_s_is_also_tried_without_it() -> None:
    # The English stemmer takes the "s" off "Mendes" ("mend"), the Russian keeps "Мендес".
    assert wordings("Мендес") == ["Мендес", "Менде"]
    assert wordings("Мендеса") == ["Мендеса", "Менде"]  # its dictionary form ends so
    assert wordings("с Мендесом") == ["с Мендесом", "с Менде"]
    assert query_keys("Менде") == query_keys("Mendes") != query_keys("Мендес")
    assert spelt_in("Мендес", "Calder Rovers striker Luka Mendes will miss the start") == "Mendes"
    assert wordings("Навальный") == ["Навальный"]
    assert wordings("Лавров") == ["Лавров"]
    # Spelt as typed, not as the key's word: "Monday" shares the skeleton `mnd`.
    monday, mendes = "Texts began arriving on Monday.", "Luka Mendes scored the winner."
    assert by_spelling("Менде", [monday, mendes], typed="Мендес") == [1]


def test_a_query_is_spelt_as_a_report_in_the_other_language_writes_its_names() -> None:
    russian = (
        "В дискуссиях участвовали сотрудники Фонда борьбы с коррупцией Алексея Навального. "
        "Конгресс прошёл в Брюсселе, учёные приехали из Порт-Элмса."
    )
    assert spelt_in("Alexei Navalny in Brussels", russian) == "Алексей Навальный Брюссель"
    assert spelt_in("Port Elms", russian) is None  # "Port": no such word in the text
    assert spelt_in("Navalny 2022", russian) is None  # figures are no names
    assert spelt_in("Navalny prison", russian) is None
    english = "Gardener and Gordon Brown spoke. Tony Blair's speech followed."
    assert spelt_in("Гордон", english) == "Gordon"  # of one skeleton, the closest spelt
    assert spelt_in("Тони Блэр", english) == "Tony Blair"
    # a name too short to key ("Анна": one consonant) is left out; alone, none
    petrov = "said the association's chief economist, Ana Petrov."
    assert spelt_in("Анна Петрова", petrov) == "Petrov"
    assert spelt_in("Анна", petrov) is None
    # spelt as its letters spell it: "Холт" keys `klt`, "Holt" `lt`; "Аббас" shares
    # its skeleton with "Bush", but the text writes "Abbas"
    holt = "said Marek Holt, who grows maize near the lake."
    assert spelt_in("Марек Холт", holt) == "Marek Holt"
    assert spelt_in("Аббас", "President Bush met Mahmoud Abbas.") == "Abbas"
    assert spelt_by_letters("Холта", holt) == "Holt"  # in any case
    assert spelt_by_letters("Holt", holt) is None  # of Russian names only


def test_russian_names_that_start_with_h_sounds_are_keyed_as_english_writes_them() -> None:
    assert (h_key("Хельсинки"), name_key("Helsinki")) == ("~lsnk", "~lsnk")
    assert (h_key("Гамбургом"), name_key("Hamburg")) == ("~mbrg", "~mbrg")
    assert h_key("Харькова") == "~rkv" and name_key("Kharkiv") == name_key("Харьков") == "~krkv"
    assert h_key("Германия") is None  # a listed name has its own key
    assert h_key("ХАМАС") is None  # "ms": too short to mean one name
    assert h_key("Москва") is None and h_key("Helsinki") is None


def test_a_russian_name_is_spelt_as_english_may_write_it() -> None:
    assert latin_spellings("Пономарёв") == ["ponomarev"]
    assert latin_spellings("Навального") == ["navalnyy", "navalny", "navalniy"]
    assert latin_spellings("Горький") == ["gorkiy", "gorky", "gorki"]
    assert "hodorkovsky" in latin_spellings("Ходорковского")
    # an English vowel of a silent "e", as Russian writes it: Hale, Blake
    assert latin_spellings("Хейла")[-1] == "hale" and "blake" in latin_spellings("Блейк")
    assert latin_spellings("Сергей") == ["sergey"]
