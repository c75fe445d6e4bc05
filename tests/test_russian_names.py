"""Russian names are listed in the nominative, whatever case the text uses."""

from __future__ import annotations

import pytest

from bot.news.entities import find_entities
from bot.news.facts import key_facts
from bot.news.russian import person_nominative, place_nominative


@pytest.mark.parametrize(
    ("written", "listed"),
    [
        ("Алексея Навального", "Алексей Навальный"),  # genitive
        ("Алексею Навальному", "Алексей Навальный"),  # dative
        ("Алексеем Навальным", "Алексей Навальный"),  # instrumental
        ("Юлии Навальной", "Юлия Навальная"),
        ("Анны Ивановой", "Анна Иванова"),
        ("Ильи Пономарёва", "Илья Пономарёв"),
        ("Владимиром Кара-Мурзой", "Владимир Кара-Мурза"),
        ("Алексей Навальный", "Алексей Навальный"),  # already the nominative
        ("Кофи Менсы", "Кофи Менсы"),  # an indeclinable first name: the case is unknown
        ("В. В. Путин", "В. В. Путин"),  # initials
    ],
)
def test_person_names_in_the_nominative(written: str, listed: str) -> None:
    assert person_nominative(written) == listed


def test_one_person_in_several_cases_is_listed_once() -> None:
    text = (
        "Сторонники Алексея Навального вышли на улицы. "
        "Алексею Навальному посвятили выставку в Брюсселе. "
        "Юлия Навальная выступила на конгрессе."
    )
    found = find_entities(text)
    assert found.people[:1] == ["Алексей Навальный"]
    assert "Юлия Навальная" in found.people
    assert set(found.written["Алексей Навальный"]) == {"Алексея Навального", "Алексею Навальному"}


@pytest.mark.parametrize(
    ("text", "listed", "forms"),
    [
        # "-ом": a consonant stem's case, so "Байдена" is one too
        (
            "По словам Джо Байдена, помощь будет. Встреча с Джо Байденом прошла в Белом доме.",
            "Джо Байден",
            {"Джо Байдена", "Джо Байденом"},
        ),
        # "-ы", "-ой": an "-а" stem's, so "Кисида" is the nominative, not a genitive
        (
            "Фумио Кисида прибыл в Москву. Визит Фумио Кисиды продлится два дня.",
            "Фумио Кисида",
            {"Фумио Кисиды"},
        ),
        ("По словам руководителя Кофи Менсы, ячейки дешевле.", "Кофи Менса", {"Кофи Менсы"}),
    ],
)
def test_a_surname_after_a_first_name_that_never_declines_is_listed_by_its_endings(
    text: str, listed: str, forms: set[str]
) -> None:
    found = find_entities(text)
    assert found.people == [listed]
    assert set(found.written[listed]) == forms


def test_a_surname_whose_endings_do_not_tell_its_case_stays_as_written() -> None:
    # "Байдена" may be Байден's genitive or a nominative, as "Кисида" is.
    assert find_entities("По словам Джо Байдена, помощь будет.").people == ["Джо Байдена"]
    assert find_entities("Фумио Кисида прибыл в Москву.").people == ["Фумио Кисида"]


def test_a_fact_naming_a_person_in_another_case_still_names_a_person() -> None:
    facts = key_facts("Сторонники Алексея Навального 12 июня собрались в Берлине на митинг.")
    assert facts and "person" in facts[0].kinds and "place" in facts[0].kinds


def test_places_the_dictionary_knows_are_listed_in_the_nominative() -> None:
    found = find_entities("Акция прошла в Вильнюсе и Тбилиси. Делегаты из Харькова приехали.")
    assert {"Вильнюс", "Тбилиси", "Харьков"} <= set(found.places)
    assert place_nominative("Нью-Йорке") == "Нью-Йорк"
    assert place_nominative("Навального") is None
    # Adjectives of places are no places ("Украинская сторона", "Московская").
    assert place_nominative("Украинская") is None
    assert find_entities("Украинская сторона заявила об этом.").places == []


def test_places_the_dictionary_does_not_know_are_listed_once_in_the_nominative() -> None:
    found = find_entities(
        "Власти города Колдер ввели ограничения. В субботу в Колдере было жарко. "
        "Учёные из Порт-Элмса начали испытание. В Порт-Элмсе его ждут. Мы были в Кастельбрюке."
    )
    # The nominative the text writes too, or the one two written cases lead to;
    # a single case with nothing to confirm a guess stays as written.
    assert {"Колдер", "Порт-Элмс"} <= set(found.places)
    assert not {"Колдере", "Порт-Элмса", "Порт-Элмсе"} & set(found.places)
    assert found.written["Порт-Элмс"] == ["Порт-Элмса", "Порт-Элмсе"]
    assert "Кастельбрюке" in found.places


def test_english_text_does_not_load_the_russian_dictionary() -> None:
    import subprocess
    import sys

    code = (
        "import sys; from bot.news.analysis import analyze; "
        "analyze('Barack Obama said on Monday that 3% of the funds went to NATO.'); "
        "print('pymorphy3' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize(
    ("text", "organization"),
    [
        # Only the first word is capitalised; the name goes on in lower case.
        ("Выступили сотрудники Фонда борьбы с коррупцией.", "Фонд борьбы с коррупцией"),
        ("Конгресс поддерживает Европейский союз.", "Европейский союз"),
        ("Письмо направили в Государственную думу.", "Государственная дума"),
        ("Делегатов принимал Комитет по правам человека.", "Комитет по правам человека"),
        # A ministry's or an embassy's country is part of its name, in any case.
        (
            "Конгресс поддерживает Министерство иностранных дел Германии.",
            "Министерство иностранных дел Германии",
        ),
        (
            "Конгресс поддерживает министерство иностранных дел Германии.",
            "Министерство иностранных дел Германии",
        ),
        ("Об этом сообщили в министерстве обороны России.", "Министерство обороны России"),
        ("Представитель посольства Франции отказался отвечать.", "Посольство Франции"),
        # An ordinary word opening the sentence is not part of the name.
        ("Решение Европейского союза поддержали не все.", "Европейский союз"),
        ("Сотрудники Министерства обороны отказались отвечать.", "Министерство обороны"),
    ],
)
def test_russian_organisations_are_named_whole_in_the_nominative(
    text: str, organization: str
) -> None:
    assert find_entities(text).organizations == [organization]


def test_the_ministries_of_two_countries_are_two() -> None:
    found = find_entities(
        "Министерство обороны России и министерство обороны Украины обменялись пленными. "
        "Позже в министерстве обороны заявили о новых переговорах."  # whose: not said
    )
    assert sorted(found.organizations) == [
        "Министерство обороны России",
        "Министерство обороны Украины",
    ]


def test_a_verb_after_an_organisation_word_is_not_part_of_a_name() -> None:
    found = find_entities("Вчера в Фонде заявили, что Фонда больше нет.")
    assert found.organizations == []


def test_an_opening_ordinary_word_does_not_join_a_place_or_a_state() -> None:
    found = find_entities("Жители Москвы вышли на улицы. Российская Федерация ответила.")
    assert set(found.places) == {"Москва", "Российская Федерация"}


def test_a_fact_naming_a_russian_organisation_in_another_case_still_names_it() -> None:
    facts = key_facts("Сотрудники Фонда борьбы с коррупцией провели 12 акций в 2024 году.")
    assert facts and "organization" in facts[0].kinds


def test_known_organisations_are_met_in_any_case() -> None:
    found = find_entities("Встречу провели в Кремле. Представители Кремля и Евросоюза промолчали.")
    assert found.organizations == ["Кремль", "Евросоюз"] and found.places == []


def test_a_title_before_an_organisation_names_no_person() -> None:
    found = find_entities("Глава Центрального банка Эльвира Набиуллина выступила в Госдуме.")
    assert found.people == ["Эльвира Набиуллина"]  # a first name the dictionary knows
    assert set(found.organizations) == {"Центральный банк", "Госдума"}


@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        # A title, a place in the genitive, then the person.
        ("Президент России Владимир Путин провёл встречу.", "people", "Владимир Путин"),
        # A name in «» after an organisation word is an organisation's.
        ("Об этом сообщает агентство «Интерфакс».", "organizations", "Интерфакс"),
        ("Депутаты партии «Единая Россия» голосовали за.", "organizations", "Единая Россия"),
        # Places of more than a word, in any case, listed in the nominative.
        ("Акция прошла у посольства Российской Федерации.", "places", "Российская Федерация"),
        ("Посол Соединённых Штатов встретился с министром.", "places", "Соединённые Штаты"),
    ],
)
def test_russian_names_read_from_their_grammar(text: str, kind: str, name: str) -> None:
    assert getattr(find_entities(text), kind) == [name]


def test_an_ordinary_word_opening_a_sentence_is_no_name_before_said() -> None:
    found = find_entities("Как заявил представитель Джон Кирби, помощь продолжится.")
    assert found.people == ["Джон Кирби"]


def test_whose_title_a_person_holds_is_named_too() -> None:
    found = find_entities(
        "Пресс-секретарь президента России Дмитрий Песков заявил, что переговоров не будет. "
        "Глава МИД Украины Дмитрий Кулеба с ним не согласился. Президент России Владимир "
        "Путин промолчал. Президент Путин уехал."
    )
    assert set(found.people) == {"Владимир Путин", "Дмитрий Песков", "Дмитрий Кулеба"}
    assert found.places == ["Россия"] and found.organizations == ["МИД Украины"]


@pytest.mark.parametrize(
    "sentence",
    [
        "По его словам, позиция Москвы не изменилась.",
        "Как сообщает агентство «Интерфакс», стороны обсудили сделку.",
        "Об этом рассказала представитель министерства Анна Иванова.",
        "Сделка выгодна обеим сторонам, говорит экономист Илья Петров.",
    ],
)
def test_russian_attributions_in_any_tense(sentence: str) -> None:
    assert "attribution" in key_facts(sentence)[0].kinds
