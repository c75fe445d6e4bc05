"""Questions answered by a sentence of the articles found (news.answers)."""

from __future__ import annotations

import pytest

from bot.news.answers import (
    MAX_ANSWER_CHARS,
    answer,
    came_as_attended,
    predecessor,
    successor_asked,
    writes_verb,
)
from bot.news.descriptions import descriptions
from bot.news.facts import attributions, figures_and_dates
from bot.news.measures import (
    dates_in_words,
    durations,
    is_money,
    scores,
    spelt_figures,
    times_of_day,
)
from bot.news.text import stems

DETENTIONS = (
    "OVD-Info: over 20,000 people detained in Russia",
    "Activists met in Brussels on Tuesday. More than 20,000 people have been detained in "
    "Russia since 24 February 2022, according to the human rights group OVD-Info. Nearly "
    "19,000 of those detentions were linked to street protests in the first weeks. The group "
    'said it would keep counting. "We will not stop," said Maria Ivanova, the group\'s lawyer.',
)
CONGRESS = (
    "Anti-war congress opens in Brussels",
    "About 300 activists met in Brussels at the Anti-war Initiatives Congress on Tuesday. "
    "The congress was first held in Berlin in 2023. Speakers urged more support for exiles. "
    "The event was backed by the European Union.",
)
RUSSIAN = (
    "ОВД-Инфо: задержаны более 20 тысяч человек",
    "С 24 февраля 2022 года в России задержаны более 20 тысяч человек за антивоенную "
    "позицию, сообщает правозащитный проект ОВД-Инфо. Данные обсуждали на конгрессе в "
    "Брюсселе во вторник.",
)


def marked(got: object) -> list[str]:
    assert got is not None
    return [got.text[a:b] for a, b in got.marks]  # type: ignore[attr-defined]


def test_how_many_is_answered_by_the_sentence_with_the_figure() -> None:
    got = answer("people detained in Russia", "figure", [DETENTIONS])
    assert got is not None and got.text.startswith("More than 20,000 people")
    assert marked(got) == ["20,000"]  # the date beside it is no figure
    assert got.article == 0 and got.coverage >= 0.4


def test_when_and_where_are_answered_by_a_date_and_a_place() -> None:
    when = answer("the congress first held", "date", [CONGRESS])
    assert when is not None and when.text == "The congress was first held in Berlin in 2023."
    assert marked(when) == ["in 2023"]
    where = answer("activists met at the Anti-war Initiatives Congress", "place", [CONGRESS])
    assert marked(where) == ["Brussels"]


def test_a_name_the_question_gives_is_no_answer() -> None:
    # "Brussels" is asked about: the place that answers is another one.
    got = answer("congress in Brussels first held", "place", [CONGRESS])
    assert marked(got) == ["Berlin"]


def test_where_is_a_place_something_is_in_not_one_that_qualifies_a_word() -> None:
    # The seed's: both sentences hold "congress"; "Russia's invasion" says
    # whose, "held in Berlin ... moved to Brussels" where.
    seed = (
        "",
        "The Anti-war Initiatives Congress 2025 was the third held since the start of "
        "Russia's invasion in February 2022. First held in Berlin, the congress has since "
        "moved to Brussels, where it was reportedly held at a secret venue.",
    )
    got = answer("the congress", "place", [seed])
    assert got is not None and got.text.startswith("First held in Berlin")
    assert marked(got) == ["Berlin", "Brussels"]  # both beside "congress", either side
    # Asked of a place written so ("a fifth of ___'s population"), the earlier sentence.
    # In Russian, a place after a preposition says where; "вторжения России" whose.
    russian = (
        "",
        "Конгресс стал третьим с начала вторжения России в феврале 2022 года. Впервые "
        "конгресс прошёл в Берлине, затем переехал в Брюссель.",
    )
    assert marked(answer("конгресс", "place", [russian])) == ["Берлине"]
    kurds = (
        "",
        "Turkey's population is a fifth Kurdish. In Iran the population is a fifth Kurdish.",
    )
    assert marked(answer("'s population is a fifth Kurdish", "place", [kurds])) == ["Turkey"]
    assert marked(answer("the population is a fifth Kurdish", "place", [kurds])) == ["Iran"]


def test_a_place_is_marked_once_where_the_sentence_names_it_twice() -> None:
    parade = (
        "Thousands greet cup-winning Rovers",
        "Supporters filled the centre of Calder on Monday for a bus parade to celebrate "
        "Calder Rovers' first National Cup win.",
    )
    assert marked(answer("the parade", "place", [parade])) == ["Calder"]


def test_who_did_it_is_the_sentence_with_its_verb_of_two_holding_as_much() -> None:
    # Each holds one of the question's words, the title the other: the one
    # that writes "took part" says who did.
    summit = (
        "Activists meet in Brussels for their third congress",
        "The congress is supported by the European Union. "
        "Members of the Anti-Corruption Foundation took part.",
    )
    got = answer("took part in the congress", "person", [summit])
    assert got is not None and got.text == "Members of the Anti-Corruption Foundation took part."
    assert marked(got) == ["Anti-Corruption Foundation"]


REOPENED = (
    "Port Elms library reopens after three-year restoration",
    "The Central Library of Port Elms reopened after a restoration that cost 48 million crowns. "
    "Librarian Marta Iles said 3,000 people visited. "
    "The city council paid for most of the work. "
    "Two men were arrested by police on Friday.",
)


def test_which_one_in_a_row_is_said_by_an_ordinal() -> None:
    congress = (
        "Activists meet in Brussels",
        "About 300 activists met at the congress, its 2025 edition. "
        "It was the third such congress since February 2022. The first was in Berlin.",
    )
    got = answer("congresses have there been", "ordinal", [congress])
    assert marked(got) == ["third"]  # not "300", nor the first of another sentence
    russian = (
        "Конгресс",
        "Около 300 активистов собрались на конгресс. Это уже третий такой конгресс.",
    )
    assert marked(answer("конгресс", "ordinal", [russian])) == ["третий"]
    assert answer("congress", "ordinal", [("Congress", "About 300 activists met.")]) is None


def test_who_did_it_may_be_named_by_what_they_are() -> None:
    # Not the library, before "cost": the council, who "paid" as asked.
    got = answer("paid for the library", "person", [REOPENED])
    assert got is not None and marked(got) == ["The city council"]
    housing = ("Trial", "The city's housing agency is paying for the installations.")
    assert marked(answer("paying for the installations", "person", [housing])) == [
        "The city's housing agency"
    ]
    russian = (
        "Задержания",
        "В пятницу полиция задержала двух мужчин. Городские власти оплатили ремонт.",
    )
    assert marked(answer("задержал двух мужчин", "person", [russian])) == ["полиция"]
    assert marked(answer("оплатил ремонт", "person", [russian])) == ["Городские власти"]
    # A day between them, and a name after what they are.
    court = ("Приговор", "Мещанский районный суд Москвы в среду приговорил журналиста.")
    assert marked(answer("приговорил журналиста", "person", [court])) == [
        "Мещанский районный суд Москвы"
    ]
    friday = ("Arrests", "Police on Friday arrested two men outside the court.")
    assert marked(answer("arrested two men", "person", [friday])) == ["Police"]
    # Asked whom it was done to, the body that did it is no answer.
    assert answer("were arrested on Friday", "person", [REOPENED]) is None
    # Nor is a word that is no body's ("The restoration paid off").
    paid_off = ("Gamble", "The long restoration paid off for the city.")
    assert answer("paid off", "person", [paid_off]) is None


PROSECUTOR = (
    "Prosecutor shot dead in Uganda",
    "Joan Kagezi, a senior prosecutor, was shot dead in Kampala on Monday, police said. Kagezi "
    "was the lead prosecutor in the case of 13 terror suspects before the High Court. Theresa "
    "May's government condemned the killing. The trial had opened in May.",
)


def test_who_is_answered_by_a_person_named_by_surname_after_the_full_name() -> None:
    got = answer("who was the lead prosecutor?", "person", [PROSECUTOR])
    assert got is not None and got.text.startswith("Kagezi was the lead prosecutor")
    assert marked(got) == ["Kagezi"]  # not the High Court beside it
    assert answer("when had the trial opened?", "person", [PROSECUTOR]) is None  # "in May"


BRIEFING = (
    "Spokesman plays down rumours",
    "Presidential spokesman Dmitry Peskov said on Thursday that the rumours were false. "
    'Officials "have been asked to stop worrying about him," a newspaper wrote of Peskov. '
    "Reporters pressed him for an hour. "
    '"When spring is in the air, the fever begins," Peskov said. '
    '"There is nothing more to it," he added. '
    'Anna Peskova said on Friday that "the family is fine".',
)


def test_what_someone_said_is_their_own_words_not_words_about_them() -> None:
    got = answer("Peskov", "quote", [BRIEFING], speaker="Peskov")
    assert got is not None and got.text.startswith("Presidential spokesman Dmitry Peskov said")
    # The words about spring, not the newspaper's about him:
    spring = answer("Peskov spring", "quote", [BRIEFING], speaker="Peskov")
    assert spring is not None and marked(spring) == ["When spring is in the air, the fever begins,"]
    # "he added" right after his words is his too; his name counts as held there.
    more = answer("Peskov nothing more", "quote", [BRIEFING], speaker="Peskov")
    assert more is not None and more.text.startswith('"There is nothing more to it," he added.')
    # The whole name is preferred where both say it: not Anna Peskova, who is another.
    dmitry = answer("Dmitry Peskov", "quote", [BRIEFING], speaker="Dmitry Peskov")
    assert dmitry is not None and dmitry.text.startswith("Presidential spokesman Dmitry")
    # Nobody of that name speaks: another's words are no answer to what Ivanov said.
    assert answer("fever spring", "quote", [BRIEFING], speaker="Ivanov") is None
    # Asked what "people" say, no name: any words given as someone's.
    fever = answer("people fever spring", "quote", [BRIEFING], speaker="people")
    assert fever is not None and "fever begins" in fever.text


INQUIRY = (
    "Regulator opens inquiry into Kestrel breach",
    "The authority can fine a company up to 4% of its turnover. "
    "Kestrel reported revenue of 3.1 billion crowns last year. "
    '"We will look at what the company knew," said the authority\'s head, Ruth Alvarez. '
    "Kestrel said it would cooperate fully.",
)


def test_what_someone_unnamed_said_about_a_name_is_not_that_names_words() -> None:
    # Asked what the regulator said about Kestrel, Kestrel's own words are no
    # answer (the report writes "the authority"): none rather than those.
    asked = answer("the regulator Kestrel", "quote", [INQUIRY], speaker="the regulator")
    assert asked is None or not asked.text.startswith("Kestrel")
    # Asked what Kestrel said, they are.
    kestrel = answer("Kestrel", "quote", [INQUIRY], speaker="Kestrel")
    assert kestrel is not None and kestrel.text.startswith("Kestrel")
    # Asked what the authority said about Kestrel, its head's words.
    head = answer("the authority Kestrel", "quote", [INQUIRY], speaker="the authority")
    assert head is not None and "Ruth Alvarez" in head.text


ABOUT_BLAIR = (
    "Blair under pressure over legal advice",
    "Philippe Sands of Cherie Blair's chambers says Lord Goldsmith warned Tony Blair that the "
    "war could be illegal. Bobby Blair said the family was not involved. Reporters "
    "told Blair on Monday that the advice would be published. Tony Blair's spokesman said the "
    'advice was clear. "It was a fair summary," Mr Blair said. "We acted in good faith," '
    "warned Tony Blair, the prime minister.",
)


@pytest.mark.parametrize(
    ("speaker", "first_words"),
    [
        # Not Cherie Blair's chambers, not Goldsmith's warning to him, not
        # Bobby Blair, not whom reporters told, not his spokesman; of his own
        # words, those with his whole name.
        ("Tony Blair", '"We acted in good faith," warned Tony Blair'),
        ("Mr Blair", '"It was a fair summary," Mr Blair said.'),
        ("Blair", "Bobby Blair said"),  # any Blair
        ("Philippe Sands", "Philippe Sands of Cherie"),
        ("Goldsmith", "Philippe Sands of Cherie"),  # "Goldsmith warned"
        ("Reporters", "Reporters told Blair"),
    ],
)
def test_who_speaks_is_read_from_where_their_name_stands(speaker: str, first_words: str) -> None:
    got = answer(speaker, "quote", [ABOUT_BLAIR], speaker=speaker)
    assert got is not None and got.text.startswith(first_words)


def test_whose_spokesman_speaks_is_not_who_speaks() -> None:
    english = ("Rumours", "The spokesman for President Putin, Dmitry Peskov, said it was false.")
    russian = ("Слухи", "Пресс-секретарь Путина Дмитрий Песков заявил, что слухи ложные.")
    assert answer("Putin", "quote", [english], speaker="Putin") is None
    assert answer("Путин", "quote", [russian], speaker="Путин") is None
    assert answer("Peskov", "quote", [english], speaker="Peskov") is not None
    assert answer("Песков", "quote", [russian], speaker="Песков") is not None
    # Where X works is no other speaker: "of Arizona State University".
    reed = ("Find", "Professor Kaye Reed, of Arizona State University, said it was old.")
    assert answer("Kaye Reed", "quote", [reed], speaker="Kaye Reed") is not None


def test_who_another_says_something_of_does_not_speak() -> None:
    doctor = ("Surgery", "Club doctor Paul Anand said Mendes had played through real pain.")
    assert answer("Mendes", "quote", [doctor], speaker="Mendes") is None
    assert answer("Anand", "quote", [doctor], speaker="Anand") is not None
    # A title before the name is no other person: "said the governor, Elena Varga".
    governor = ("Rates", "Inflation is far too high, said Governor Elena Varga on Thursday.")
    assert answer("Varga", "quote", [governor], speaker="Varga") is not None


def test_who_speaks_past_a_role_set_off_by_commas_speaks() -> None:
    steel = (
        "Orders",
        "Halvard Steel, the country's biggest steelmaker, said it would cut one shift. "
        'The federation\'s president, Jonas Berg, urged the bank to "look beyond the figure".',
    )
    got = answer("Halvard Steel", "quote", [steel], speaker="Halvard Steel")
    assert got is not None and got.text.startswith("Halvard Steel, the country's")
    # Past another's name, still too far: the spokesman speaks, not Putin.
    putin = ("Rumours", "Putin, whose spokesman Dmitry Peskov was asked, said nothing.")
    assert answer("Putin", "quote", [putin], speaker="Putin") is None
    # Urging is saying: "Jonas Berg urged ..." are his words; whom he urged, not.
    berg = answer("Jonas Berg", "quote", [steel], speaker="Jonas Berg")
    assert marked(berg) == ["look beyond the figure"]
    urged = ("Calls", "Berg urged Varga to cut rates.")
    assert answer("Varga", "quote", [urged], speaker="Varga") is None


def test_whom_someone_told_does_not_speak() -> None:
    told = ("Advice", "Reporters told Blair on Monday that the advice would be published.")
    assert answer("Blair", "quote", [told], speaker="Blair") is None
    quoted = ("Advice", '"The advice stands," told Blair to reporters on Monday.')
    assert answer("Blair", "quote", [quoted], speaker="Blair") is not None  # after quoted words


def test_what_someone_said_in_russian_is_their_own_words_too() -> None:
    text = (
        "Дмитрий Песков встретился с журналистами в Кремле. Журналист Иван Петров написал, что "
        "Песков выглядел усталым. «Слухи о болезни президента не соответствуют действительности», "
        "— заявил Песков. «Весной у всех лихорадка», — добавил он."
    )
    got = answer("Песков", "quote", [("Песков о слухах", text)], speaker="Песков")
    assert marked(got) == ["Слухи о болезни президента не соответствуют действительности"]
    more = answer("Песков весной", "quote", [("Песков о слухах", text)], speaker="Песков")
    assert marked(more) == ["Весной у всех лихорадка"]


def test_what_someone_said_is_their_quoted_or_attributed_words() -> None:
    quoted = answer("Maria Ivanova", "quote", [DETENTIONS])
    assert marked(quoted) == ["We will not stop,"]
    attributed = answer("OVD-Info detentions Russia", "quote", [DETENTIONS])
    assert (
        attributed is not None and "according to the human rights group OVD-Info" in attributed.text
    )
    assert attributed.marks == ()  # words given as someone's: nothing in quotes to mark


def test_a_russian_question_gets_the_figure_with_its_scale() -> None:
    got = answer("человек задержали в России", "figure", [RUSSIAN])
    assert marked(got) == ["20 тысяч"]
    when = answer("обсуждали на конгрессе", "date", [RUSSIAN])
    assert marked(when) == ["вторник"]


def test_the_answer_may_come_from_a_later_article() -> None:
    got = answer("Anti-war Initiatives Congress activists", "figure", [DETENTIONS, CONGRESS])
    assert got is not None and got.article == 1 and marked(got) == ["300"]


def test_whether_it_is_so_is_the_sentence_holding_every_word_of_the_question() -> None:
    got = answer("people detained in Russia", "whether", [DETENTIONS])
    assert got is not None and got.text.startswith("More than 20,000 people have been detained")
    assert got.marks == () and got.wants == "whether"  # whether it says yes is the reader's
    # Two words of three are not enough: "met in Brussels" says nothing of detentions.
    assert answer("people detained in Brussels", "whether", [DETENTIONS]) is None
    # Nor does the title say it for a sentence: the sentence must.
    library = ("Port Elms library reopens", "The building cost 48 million crowns. Readers queued.")
    assert answer("the library reopened at a cost", "whether", [library]) is None
    assert answer("the library reopened at a cost", None, [library]) is not None  # as others
    # Of a longer question, all words but one ("in Brussels" is not in it).
    backed = answer("the event in Brussels backed by the European Union", "whether", [CONGRESS])
    assert backed is not None and backed.text == "The event was backed by the European Union."


@pytest.mark.parametrize(
    ("sentence", "verb", "writes"),
    [
        ("The strike ended on Monday.", "end", True),
        ("Talks will go on until the end of the year.", "end", False),
        ("Конгресс начался во вторник.", "начался", True),
        ("Это третий конгресс с начала вторжения.", "начался", False),
        ("Trains take seven hours.", "take", True),
    ],
)
def test_a_verb_is_written_as_a_verb_not_as_its_noun(
    sentence: str, verb: str, writes: bool
) -> None:
    assert writes_verb(sentence, verb) is writes


def test_no_answer_when_no_sentence_holds_enough_of_the_question() -> None:
    assert answer("budget deficit forecast Kestrel shares", "figure", [DETENTIONS]) is None
    assert answer("the the of", "figure", [DETENTIONS]) is None  # no words to look for
    assert answer("people detained", "figure", []) is None
    assert answer("people detained", "place", [("", "")]) is None
    # Asked, with nothing of the kind: Brussels and Tuesday are no figure.
    assert answer("activists met Brussels Tuesday", "figure", [DETENTIONS]) is None


def test_huge_and_odd_texts_answer_in_bounded_time() -> None:
    endless = "word " * 200_000  # no stops: one enormous "sentence"
    many = "In 2020 some 5 people met. " * 20_000
    assert answer("word", "figure", [("t", endless)]) is None
    got = answer("people met", "figure", [("t", many), ("😀", "😀 " * 1000)])
    assert got is not None and marked(got) == ["5"]
    assert len(got.text) <= MAX_ANSWER_CHARS


def test_figures_dates_and_attributions_of_a_passage() -> None:
    passage = "Kestrel said on Monday that 2.3 million customers and $1.13bn were hit in 2024."
    figures, dates = figures_and_dates(passage)
    assert [passage[a:b] for a, b in figures] == ["2.3 million", "$1.13", "13bn"]
    assert [passage[a:b] for a, b in dates] == ["Monday", "in 2024"]
    assert [passage[a:b] for a, b in attributions(passage)] == ["said"]
    assert attributions("Three people were reported missing.") == []
    assert figures_and_dates("No numbers here.") == ([], [])


@pytest.mark.parametrize(
    ("passage", "dates"),
    [
        ("Her father told USA Today he was abused.", []),
        ('He told BBC Radio 4\'s Today programme on Monday: "We act."', ["Monday"]),
        ("Today the bank held its rate.", ["Today"]),
        ('"Today we act," he said.', ["Today"]),
        ("The bank said today that it would act.", ["today"]),
    ],
)
def test_today_inside_a_sentence_with_a_capital_is_a_name(passage: str, dates: list[str]) -> None:
    assert [passage[a:b] for a, b in figures_and_dates(passage)[1]] == dates


@pytest.mark.parametrize(
    ("sentence", "times"),
    [
        ("Trains will leave each city at 23:15 three times a week.", ["23:15"]),
        ("It went down at 10:53 a.m. (5:53 a.m. ET) on Tuesday.", ["10:53 a.m.", "5:53 a.m. ET"]),
        ("The rally starts at 7pm, after the 10.30am session.", ["7pm", "10.30am"]),
        ("Police arrived shortly after midnight.", ["midnight"]),
        ("Поезд уходит в 9 утра и приходит в 10 часов вечера.", ["9 утра", "10 часов вечера"]),
        # Not a score, a decimal, a name, nor a count of days.
        ("Хозяева выиграли 3:1, а за 3 дня цены выросли на 2.45.", []),
        ("Rates rose to 4.25 in the Midnight Mission's report.", []),
        ("He quoted Mark 15:34 (and Matt. 6:10) at 9:35 on Friday.", ["9:35"]),
    ],
)
def test_what_time_is_a_time_of_day(sentence: str, times: list[str]) -> None:
    assert [sentence[a:b] for a, b in times_of_day(sentence)] == times


def test_what_time_is_answered_by_the_sentence_with_the_time_of_day() -> None:
    trains = (
        "Night trains return",
        "A night train will run again from 14 December, the operator said on Tuesday. "
        "Trains will leave each city at 23:15 and take seven hours.",
    )
    assert marked(answer("the trains leave", "time", [trains])) == ["23:15"]
    assert answer("the trains arrive", "time", [CONGRESS]) is None


def test_when_is_answered_by_a_time_of_day_where_a_sentence_gives_no_date() -> None:
    preview = ("Final on Saturday", "Rovers meet United in the final. Kick-off is at 17:00.")
    assert marked(answer("kick-off", "date", [preview])) == ["17:00"]
    trains = (
        "Night trains return",
        "A night train will run again from 14 December, the operator said on Tuesday. "
        "Trains will leave each city at 23:15 and take seven hours.",
    )
    assert marked(answer("the night train run again", "date", [trains])) == ["14 December"]


def test_how_long_is_a_count_of_units_of_time_or_since_when() -> None:
    def said(sentence: str) -> list[str]:
        return [sentence[a:b] for a, b in durations(sentence)]

    assert said("It reopened after a three-year restoration.") == ["three-year"]
    assert said("The trial lasted 10 days, the strike three weeks.") == ["10 days", "three weeks"]
    assert said("It has been closed since 2019.") == ["since 2019"]
    assert said("С 24 февраля 2022 года задержаны 20 тысяч.") == ["24 февраля"]
    assert said("Он провёл в тюрьме три года, забастовка шла 10 дней.") == ["три года", "10 дней"]
    # A point in time or an age is no length of time.
    assert said("A year ago he was 45 years old; the 2,000-year-old temple stood.") == []
    assert said("It happened in 2019.") == []
    assert said("It runs again, ten years after the service was cut.") == []  # when, not how long
    # Sport counts in seasons.
    assert said("Hale had been in charge for three seasons.") == ["three seasons"]
    # How often is no length of time: the journey's is.
    assert said("Trains leave three times a week and take seven hours.") == ["seven hours"]
    assert said("It meets twice a year, once a month in summer.") == []
    trains = (
        "Night trains return",
        "A night train will run again, ten years after the service was cut. Trains will "
        "leave at 23:15 three times a week and take just under seven hours.",
    )
    # The reader's "journey" is not the report's.
    assert marked(answer("the train journey", "duration", [trains])) == ["seven hours"]
    got = answer("people detained in Russia", "duration", [DETENTIONS])
    assert marked(got) == ["24 February 2022"]  # "... since 24 February 2022"
    assert marked(answer("задержаны в России", "duration", [RUSSIAN])) == ["24 февраля 2022 года"]


def said_of(name: str, sentence: str) -> list[str]:
    return [sentence[a:b] for a, b in descriptions(sentence, frozenset(stems(name)))]


def test_who_or_what_a_name_is_is_read_around_it() -> None:
    assert said_of("Navalny", "Allies of Alexei Navalny, the opposition leader, met.") == [
        "the opposition leader"
    ]
    assert said_of("Daniel Okafor", "Chief executive Daniel Okafor apologised.") == [
        "Chief executive"
    ]
    assert said_of("OVD-Info", "It was counted by the human rights group OVD-Info.") == [
        "human rights group"
    ]
    assert said_of("OVD-Info", "OVD-Info is a rights group that counts arrests.") == [
        "a rights group that counts arrests"
    ]
    # What a thing is or does, in a clause of "which"; not what it did or says.
    assert said_of("OVD-Info", "OVD-Info, which tracks political arrests, said 20 were held.") == [
        "tracks political arrests"
    ]
    assert said_of("FBK", "Members of FBK, which was a Navalny project, came.") == [
        "a Navalny project"
    ]
    assert said_of("ISIS", "ISIS, which calls itself the Islamic State, lost ground.") == [
        "calls itself the Islamic State"
    ]
    for did in ("ruled on Thursday", "has captured two towns", "says it will appeal"):
        assert said_of("The court", f"The court, which {did}, sat.") == [], did
    # Of a person, in a clause of "who": what they do; not what they did or say.
    assert said_of("Holt", '"It burned," said Marek Holt, who grows maize near the lake.') == [
        "grows maize near the lake"
    ]
    for did in ("was 19 then", "says he will appeal", "resigned on Monday"):
        assert said_of("Holt", f"Marek Holt, who {did}, spoke.") == [], did
    assert said_of("Putin", "Russian President Vladimir Putin said no.") == ["Russian President"]
    # Past an honorific; a Russian role in any case, with its complement.
    assert said_of("Kofi Mensah", "Project leader Dr Kofi Mensah said so.") == ["Project leader"]
    assert said_of("Smith", "Mr Smith said no.") == []
    menshah = "По словам руководителя проекта Кофи Менсы, ячейки дешевле."
    assert said_of("Кофи Менса", menshah) == ["руководителя проекта"]
    pensioner = "Среди задержанных — 72-летняя пенсионерка Анна Кузнецова."
    assert said_of("Анна Кузнецова", pensioner) == ["72-летняя пенсионерка"]
    assert said_of("Ponomarev", "Ilya Ponomarev, 49, a former member of the Duma, spoke.") == [
        "a former member of the Duma"
    ]
    assert said_of("Cheney", "Former U.S. Vice President Dick Cheney spoke.") == [
        "Former U.S. Vice President"
    ]
    assert said_of("ОВД-Инфо", "Об этом сообщает правозащитный проект ОВД-Инфо.") == [
        "правозащитный проект"
    ]
    assert said_of("Навальный", "Алексей Навальный — российский политик, умер в 2024 году.") == [
        "российский политик"
    ]
    # An acronym in brackets stands for the name before it.
    assert said_of("FBK", "Members of the Anti-Corruption Foundation (FBK) took part.") == [
        "Anti-Corruption Foundation"
    ]
    assert said_of("BoE", "Officials at the Bank of England (BoE) said no.") == ["Bank of England"]
    assert said_of("ФБК", "Сотрудники Фонда борьбы с коррупцией (ФБК) пришли.") == [
        "Фонда борьбы с коррупцией"
    ]
    assert said_of("Adam Johnson", "England footballer Adam Johnson was suspended.") == [
        "England footballer"
    ]
    assert said_of("Clinton", "When Hillary Clinton was secretary of state, she wrote.") == [
        "secretary of state"
    ]
    assert said_of("Nemtsov", "His first comments since Kremlin critic Boris Nemtsov died.") == [
        "Kremlin critic"
    ]
    assert said_of(
        "Verstappen", "Toro Rosso's 17 year old driver Max Verstappen starts sixth."
    ) == ["year old driver"]
    assert said_of("Holmes", "The trial of movie theater massacre suspect James Holmes began.") == [
        "theater massacre suspect"
    ]
    # Roles news sets before names that are no titles; a verb or a preposition
    # before the role is no part of it, a count joined by a hyphen is.
    assert said_of("Scott Kelly", "NASA astronaut Scott Kelly has started a trip.") == [
        "NASA astronaut"
    ]
    assert said_of("Willingham", "It will pay whistleblower Mary Willingham $335,000.") == [
        "whistleblower"
    ]
    assert said_of("Johnson", "He was eight shots behind winner Dustin Johnson.") == ["winner"]
    assert said_of("Federer", "What does 17-time Grand Slam winner Roger Federer say?") == [
        "17-time Grand Slam winner"
    ]
    # Russian roles, opening the sentence too (no part of the name there).
    assert said_of("Екатерина Шульман", "Политолог Екатерина Шульман считает иначе.") == [
        "Политолог"
    ]
    assert said_of("Андрей Зубов", "На конгрессе выступил историк Андрей Зубов.") == ["историк"]


def test_a_role_set_before_a_name_by_a_comma_says_who_it_is() -> None:
    assert said_of("Ana Petrov", '"No," said the association\'s chief economist, Ana Petrov.') == [
        "the association's chief economist"
    ]
    assert said_of("Elena Varga", "The bank's governor, Elena Varga, said no.") == [
        "The bank's governor"
    ]
    assert said_of("Elena Varga", "Its governor, Elena Varga, said no.") == []  # whose?
    assert said_of(
        "Manmohan Singh", "A court summoned India's former Prime Minister, Manmohan Singh."
    ) == ["India's former Prime Minister"]
    assert said_of("Victor Barnard", "As a pastor, Victor Barnard inspired his flock.") == [
        "a pastor"
    ]
    # A preposition's object or a list's last item is no apposition.
    assert said_of("Blue Bell", "In a statement on its website, Blue Bell said no.") == []
    assert (
        said_of("Richard", "According to the Tudors and their playwright, Richard was cruel.") == []
    )
    assert said_of("Ana Petrov", "The minister, the mayor, Ana Petrov and others met.") == []


def test_a_thing_called_so_is_that_kind_of_thing() -> None:
    exhibition = "Visitors walked past portraits, part of an exhibition called the 120 Campaign."
    assert said_of("the 120 Campaign", exhibition) == ["an exhibition"]
    assert said_of("Hope Street", "She set up a charity known as Hope Street.") == ["a charity"]
    assert said_of("Find Cayman", "They began a Facebook group called Find Cayman.") == [
        "a Facebook group"
    ]
    assert said_of("John Smith", "A man named John Smith was arrested.") == []  # anyone
    assert said_of("Bob", "He was called Bob by his friends.") == []  # no kind before it
    assert said_of("Jane Doe", "Police named the suspect as Jane Doe.") == []
    # One of a kind the sentence names before "such as": a plural in lower case.
    featured = "It featured workshops and exhibitions, such as the 120 Campaign, which honoured"
    assert said_of("the 120 Campaign", featured) == ["exhibitions"]
    assert said_of("Calder", "Some towns such as Calder rationed water.") == ["towns"]
    assert said_of("Calder", "Cities such as Calder rationed water.") == []  # no lower case
    assert said_of("Calder", "Many, such as Calder, said no.") == []  # no kind
    # any name of the list, not one whose the next is ("Ponomarev's Congress")
    seed = (
        "Other factions such as Ilya Ponomarev's Congress of People's Deputies and the "
        "far-right Russian Volunteer Corps have staged similar protests."
    )
    assert said_of("Russian Volunteer Corps", seed) == ["factions"]
    assert said_of("Ilya Ponomarev", seed) == []
    assert said_of("Putin", "Towns such as Calder have said Putin lies.") == []  # no list


def test_words_near_a_name_that_do_not_say_what_it_is_are_no_answer() -> None:
    assert said_of("Jumaili", "When he saw Mr. Al-Jumaili, he fired.") == []  # "Mr" alone
    assert (
        said_of("Cheney", "They include Dick Cheney, former CIA Director George Tenet and others.")
        == []
    )
    assert said_of("Serena Williams", "Serena Williams, who was 19 then, won.") == []  # a deed
    assert said_of("Gaye", "To be inspired by Marvin Gaye is an honour.") == []
    assert said_of("Boko Haram", '"Boko Haram is a permanent metamorphosis," he said.') == []
    assert said_of("Kasich", "Updates on Marco Rubio and John Kasich, an economic twist.") == []
    assert said_of("MH370", "After radar lost MH370, the plane flew on for hours.") == []
    assert said_of("Buhari", "Jonathan phoned former military leader Muhammadu Buhari.") == [
        "former military leader"
    ]
    assert said_of("Police Department", "A scathing Justice Department report came out.") == []
    assert said_of("Clinton", "Hillary Clinton was in Iowa.") == []  # "in": no title
    assert said_of("FBK", "He said (FBK) twice.") == []


def test_a_year_after_a_name_is_the_names_when_the_question_leaves_it_out() -> None:
    congress = "The Anti-war Initiatives Congress 2025 was the third held since the invasion."
    said = ["the third held since the invasion"]
    assert said_of("the Anti-war Initiatives Congress", congress) == said
    assert said_of("the Anti-war Initiatives Congress 2025", congress) == said
    # An NGO is a kind of thing, as a group is ("according to NGO OVD-Info").
    detained = "Over 20,000 people have been detained, according to NGO OVD-Info."
    assert said_of("OVD-Info", detained) == ["NGO"]
    # Not a year after a lower-case word, nor a count after the name.
    assert said_of("Congress", "It met in congress 2025 times, a record.") == []


def test_who_is_answered_by_the_sentence_that_says() -> None:
    story = (
        "Kestrel Mobile chief steps down",
        "The company said on Monday that Daniel Okafor would leave. Daniel Okafor, the chief "
        "executive of Kestrel Mobile, resigned on Wednesday.",
    )
    got = answer("Daniel Okafor", "identity", [story])
    assert marked(got) == ["the chief executive of Kestrel Mobile"]


def test_one_rare_word_of_the_question_is_not_enough_among_articles() -> None:
    text = "Finance director Sofia Klein will lead the company. " + " ".join(
        f"Analyst {name} said the bank in Veloria was calm."
        for name in ("Tom Berg", "Jo Lind", "Ed Moss", "Ana Ruiz", "Li Wei")
    )
    story = ("Kestrel chief steps down", text)
    # "lead" is rarer than "bank" and "Veloria", but a sentence holding it alone
    # does not answer "who leads the bank in Veloria?"; one holding two words does.
    got = answer("leads the bank in Veloria", "person", [story])
    assert got is not None and "Klein" not in got.text and "bank in Veloria" in got.text
    alone = answer("leads the bank in Veloria", "person", [story], min_words=1)
    assert alone is not None and marked(alone) == ["Sofia Klein"]


def test_how_old_is_answered_by_the_age_after_a_name() -> None:
    story = ("", "Ilya Ponomarev, 49, a former member of the Duma, spoke on Tuesday.")
    assert marked(answer("Ilya Ponomarev", "figure", [story])) == ["49"]


@pytest.mark.parametrize(
    ("sentence", "counts"),
    [
        ("Farmers expect about a third less wheat.", ["a third"]),
        ("Heat like this is now ten times more likely.", ["ten times"]),
        ("Tens of thousands of supporters filled the centre.", ["Tens of thousands"]),
        ("Hale had been in charge for three seasons.", ["three"]),
        ("Twenty-five people and hundreds of fans came.", ["Twenty-five", "hundreds"]),
        ("Half of the staff left; one man stayed.", ["Half of"]),  # never "one"
        ("They walked to the Seven Sisters.", []),  # a name, not a count
        ("Около трети урожая погибло, в два раза больше.", ["трети", "в два раза"]),
        ("Пришли десятки тысяч человек, вдвое больше.", ["десятки тысяч", "вдвое"]),
    ],
)
def test_counts_written_in_words_are_figures_an_answer_may_give(
    sentence: str, counts: list[str]
) -> None:
    assert [sentence[a:b] for a, b in spelt_figures(sentence)] == counts


def test_how_many_is_answered_by_a_count_in_words() -> None:
    article = (
        "Eastport United sack manager",
        "Eastport United dismissed manager Viktor Hale on Wednesday. Hale had been in "
        "charge for three seasons. United finished fifth in the league with 61 points.",
    )
    assert marked(answer("seasons was Hale in charge", "figure", [article])) == ["three"]


LIBRARY = (
    "Port Elms library reopens after three-year restoration",
    "The Central Library reopened on Wednesday after a three-year restoration. The work "
    "cost 48 million crowns, paid by the city. About 3,000 people visited on the first day.",
)
BATTERY = (
    "University tests a sodium battery",
    "Researchers have begun a year-long trial of sodium batteries in 40 homes. The team "
    "says the cells cost about 30% less to make.",
)


def test_a_sum_of_money_is_answered_only_by_one() -> None:
    assert marked(answer("the library restoration cost", "money", [LIBRARY])) == [
        "48 million crowns"
    ]
    # "40 homes" is a figure, but no price; of no sum, a share answers ("30% less").
    assert marked(answer("the sodium battery cost", "money", [BATTERY])) == ["30%"]
    homes = ("Trial", "Researchers have begun a year-long trial of sodium batteries in 40 homes.")
    assert answer("the sodium battery cost", "money", [homes]) is None
    assert answer("the sodium battery cost", "figure", [BATTERY]) is not None


@pytest.mark.parametrize(
    ("sentence", "money"),
    [
        ("It cost $1.13bn.", True),
        ("The work cost 48 million crowns.", True),
        ("Штраф составил 20 тысяч рублей.", True),
        ("Штраф составляет от 30 до 50 тыс. рублей.", True),  # a short unit's dot
        ("Выручка выросла на 1,2 млрд. долларов.", True),
        ("Их было 50 тыс., а не 40.", False),
        ("Fines of €5 were paid.", True),
        ("About 3,000 people visited.", False),
        ("Prices rose 4%.", False),
    ],
)
def test_a_sum_of_money_has_a_currency(sentence: str, money: bool) -> None:
    figures = figures_and_dates(sentence)[0]
    assert figures
    assert any(is_money(sentence, a, b) for a, b in figures) == money


@pytest.mark.parametrize(
    ("sentence", "when"),
    [
        ("The law passed by 112 votes to 31 and takes effect in January.", ["January"]),
        ("It could cut rates in the first half of next year.", ["next year"]),
        (
            "Elections are due later this year, by March at the latest.",
            ["later this year", "March"],
        ),
        ("You may go in May.", ["May"]),  # the month, not the verb
        (
            "Закон вступит в силу в январе, выборы пройдут в следующем году.",
            ["январе", "в следующем году"],
        ),
        ("The law passed by 112 votes.", []),
    ],
)
def test_when_without_a_number_is_a_date_an_answer_may_give(sentence: str, when: list[str]) -> None:
    assert [sentence[a:b] for a, b in dates_in_words(sentence)] == when


def test_when_is_answered_by_a_month_alone() -> None:
    law = (
        "Telecom breach prompts new rules",
        "Parliament approved rules on Thursday that limit how long telecom companies may keep "
        "data. The law passed by 112 votes to 31 and takes effect in January.",
    )
    assert marked(answer("the new law take effect", "date", [law])) == ["January"]


@pytest.mark.parametrize(
    ("sentence", "often"),
    [
        ("Trains will leave each city at 23:15 three times a week.", "three times a week"),
        ("The board meets twice a year.", "twice a year"),
        ("Buses run every 10 minutes.", "every 10 minutes"),
        ("The paper is published daily.", "daily"),
        ("Поезда ходят три раза в неделю.", "три раза в неделю"),
        ("Автобусы ходят каждые 15 минут.", "каждые 15 минут"),
        ("Trains leave at 23:15 and take seven hours.", None),  # when, not how often
    ],
)
def test_how_often_is_answered_by_a_frequency(sentence: str, often: str | None) -> None:
    got = answer(
        "trains buses board paper поезда автобусы", "frequency", [("", sentence)], 0.0, min_words=0
    )
    assert (marked(got) if often else got) == ([often] if often else None)


FINAL = (
    "Calder Rovers win the National Cup",
    "Calder Rovers beat Eastport United 2-1 in the National Cup final on Saturday to win the "
    "trophy for the first time. Rovers' captain Tom Reilly equalised after Eastport had taken "
    "the lead through Femi Adebayo. Eastport United dismissed manager Viktor Hale on Wednesday. "
    "In the league, Marta Quist scored twice as Northgate beat Westfield. Karl Ode was "
    "injured by Ben Ash in training, the club said. Daniel Okafor, the head of Kestrel Mobile, "
    "resigned a month after the company said that hackers had stolen the data.",
)


@pytest.mark.parametrize(
    ("question", "who"),
    [
        # The sentence's subject, though the name nearest "cup final" is the loser's.
        ("won the cup final", "Calder Rovers"),
        ("equalised", "Tom Reilly"),  # right before the verb
        ("scored twice", "Marta Quist"),  # not the opening "In the league"
        ("was injured in training", "Karl Ode"),  # passive in both: before the verb
        ("sacked by Eastport United", "Viktor Hale"),  # passive asked, active written
        ("was sacked by the club", "Viktor Hale"),
        ("was sacked", "Viktor Hale"),  # whom it was done to, though asked with no "by"
    ],
)
def test_who_did_it_is_the_name_that_does_it(question: str, who: str) -> None:
    assert marked(answer(question, "person", [FINAL], 0.0, min_words=0)) == [who]


@pytest.mark.parametrize(
    ("question", "sentence", "who"),
    [
        # no name the verb takes: nothing marked rather than another's
        (
            "was jailed",
            "Visitors to the Anti-war Initiatives Congress walked past portraits of 120 people "
            "imprisoned in Russia.",
            [],
        ),
        (
            "has been jailed",
            "Many Russians have been imprisoned for opposing President Vladimir Putin's war.",
            [],
        ),
        # in the passive, the name before it, however far
        (
            "was convicted at 14",
            "Lawyer Sara Khan, at the age of 14 was convicted of manslaughter, her family says.",
            ["Sara Khan"],
        ),
        # "is" before no participle is no passive: who is it
        (
            "is largest sponsor of Boy Scout troops",
            "The Mormon Church, which is the largest sponsor of Boy Scout troops, says so.",
            ["Mormon Church"],
        ),
    ],
)
def test_whom_it_was_done_to_is_the_name_the_verb_takes_or_none(
    question: str, sentence: str, who: list[str]
) -> None:
    assert marked(answer(question, "person", [("", sentence)], 0.0, min_words=0)) == who


def test_a_person_inside_the_question_is_marked_by_nearness() -> None:
    # Not asked "who ...?": the cup-final question with its person inside it.
    got = answer("won the cup final", "person", [FINAL], 0.0, min_words=0, doer=False)
    assert marked(got) == ["Eastport United"]


def test_the_name_that_opens_a_sentence_does_not_do_another_clause_s_verb() -> None:
    # "hackers" stole it, within "that ...": Okafor only resigned.
    got = answer("stole the data", "person", [FINAL], 0.0, min_words=0)
    assert got is not None and "hackers had stolen" in got.text
    assert "Daniel Okafor" not in marked(got)


def test_how_many_were_affected_is_answered_by_what_happened_to_them() -> None:
    breach = (
        "Hackers steal customer data",
        "Criminals copied personal data of about 2.3 million customers. Passwords were "
        "stored elsewhere and were not affected. The company is writing to every affected "
        "customer.",
    )
    got = answer("customers were affected", "figure", [breach])
    assert marked(got) == ["2.3 million"]
    # No figure counts what is asked about: no answer.
    assert answer("passwords were affected", "figure", [breach]) is None


def test_how_much_money_or_aid_got_is_answered_by_the_sum_given() -> None:
    farms = (
        "Farmers lose a third of their harvest",
        "Farmers expect to harvest a third less wheat. "
        "The regional government has promised 25 million crowns in emergency aid.",
    )
    assert marked(answer("aid did farmers get", "figure", [farms])) == ["25 million crowns"]
    library = (
        "Library reopens",
        "The city council paid for most of the work, with 9 million crowns raised from residents.",
    )
    assert marked(answer("money did the library raise", "figure", [library])) == [
        "9 million crowns"
    ]


def test_a_price_asked_as_of_tickets_is_answered_by_what_is_sold() -> None:
    trains = (
        "Night trains return between Port Elms and Calder",
        "A night train between Port Elms and Calder will run again from 14 December, "
        "ten years after the service was cut, the national rail operator said on Tuesday. "
        "Sleeper cabins will cost from 65 crowns a person.",
    )
    got = answer("the night train tickets cost", "money", [trains])
    assert marked(got) == ["65 crowns"]
    # With nothing to say what is sold, "tickets" is not left out: no cost answers.
    assert answer("tickets cost", "money", [trains]) is None


def test_how_much_is_answered_by_any_figure_where_no_sentence_gives_a_sum() -> None:
    inquiry = (
        "Regulator opens inquiry",
        "The regulator opened an inquiry on Thursday. "
        "The authority can fine a company up to 4% of its annual turnover.",
    )
    got = answer("the fine", "money", [inquiry])
    assert got is not None and marked(got) == ["4%"]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Calder Rovers beat Eastport United 2-1 in the final on Saturday.", ["2-1"]),
        ("It ended in a 1-1 draw.", ["1-1"]),
        ("They won 3–0, their fifth win.", ["3–0"]),
        ("«Спартак» проиграл «Зениту» со счётом 0:3.", ["0:3"]),
        ("The court issued a 5-4 ruling.", []),  # no result of a match
        ("Kick-off is at 17:00 and they won.", []),  # a time
        ("Voters aged 18-24 won most seats.", []),  # a range
        ("They won a 10-15% share in 1998-2001.", []),
    ],
)
def test_a_score_is_two_numbers_in_a_sentence_that_tells_a_result(
    sentence: str, found: list[str]
) -> None:
    assert [sentence[a:b] for a, b in scores(sentence)] == found


def test_what_was_the_score_is_answered_by_the_match_the_search_found_first() -> None:
    preview = ("Final on Saturday", "Rovers meet United in the final. Kick-off is at 17:00.")
    final = (
        "Rovers win the cup",
        "About 48,000 fans watched. Rovers beat United 2-1 in the final on Saturday.",
    )
    assert marked(answer("score", "score", [preview, final])) == ["2-1"]
    got = answer("the final", "score", [preview, final])
    assert got is not None and got.article == 1 and marked(got) == ["2-1"]
    assert answer("the final", "score", [preview]) is None


def test_a_measure_named_after_what_it_measures_is_answered_by_the_measured() -> None:
    bank = (
        "Bank holds rates",
        "The bank kept its main interest rate at 4.25% and said it could cut if inflation "
        "keeps falling. Inflation of 6.1% in August was far too high, the governor said.",
    )
    # "inflation rate": reports write "inflation of 6.1%", not the rate beside inflation
    assert marked(answer("the inflation rate", "figure", [bank])) == ["6.1%"]
    assert marked(answer("the interest rate", "figure", [bank])) == ["4.25%"]


def test_who_won_the_match_is_who_beat_whom_though_it_writes_no_match() -> None:
    final = (
        "Rovers win the cup",
        "Calder Rovers beat Eastport United 2-1 in the final on Saturday to win the trophy. "
        '"I would play even with one leg," Luka Mendes said after the match.',
    )
    assert marked(answer("won the match", "person", [final])) == ["Calder Rovers"]


def test_now_counts_where_a_sentence_says_it_and_is_not_missed_where_not() -> None:
    resigned = (
        "Kestrel Mobile chief executive steps down",
        "Daniel Okafor resigned on Wednesday. Finance director Sofia Klein will lead the "
        "company until a permanent replacement is found.",
    )
    assert marked(answer("leads Kestrel now", "person", [resigned])) == ["Sofia Klein"]
    # Where someone is now, the news seldom says: a stadium of the past is no answer.
    final = ("Cup final", "Mendes scored the winner at the Port Elms Arena on Saturday.")
    assert answer("Mendes now", "place", [final]) is None


def test_a_count_of_who_came_is_one_of_who_attended() -> None:
    congress = (
        "Anti-war activists meet in Brussels",
        "Some 300 Russian anti-war activists met in Brussels on Tuesday. "
        "Not all anti-Putin groups came to Brussels. "
        "Nearly 19,000 were detained when thousands of people came out in cities across Russia.",
    )
    for question in ("people came to the congress", "people came", "people congress came"):
        assert marked(answer(question, "figure", [congress])) == ["300"], question
    # Who came out to protest is no count of who attended: not rewritten.
    assert came_as_attended("people came out to protest") == "people came out to protest"
    assert came_as_attended("people came from Kenya") == "people came from Kenya"


KESTREL_CEO = (
    "Kestrel Mobile chief executive steps down over data breach",
    "Daniel Okafor, the chief executive of Kestrel Mobile, resigned on Wednesday. "
    "Finance director Sofia Klein will lead the company until a permanent replacement is found.",
)
SACKED = (
    "Eastport United sack manager after cup final defeat",
    "Eastport United dismissed manager Viktor Hale on Wednesday. "
    "Hale had been in charge for three seasons.",
)


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("the new CEO of Kestrel", "leads Kestrel now"),
        ("Kestrel's new boss", "leads Kestrel now"),
        ("in charge of Kestrel now", "leads Kestrel now"),
        ("will be the new manager of Eastport", "manages Eastport now"),
        ("new coach Eastport United", "manages Eastport United now"),
        ("the new prime minister", "prime minister now"),
        ("новый тренер Eastport United", "руководит Eastport United сейчас"),
        ("the CEO of Kestrel", ""),  # who holds it, whenever they began
        ("running the inquiry", ""),
        ("the new rules", ""),
    ],
)
def test_a_question_of_who_takes_a_post_is_read_as_one(question: str, asked: str) -> None:
    assert successor_asked(question) == asked


def test_who_takes_a_post_is_answered_by_who_takes_it_not_who_left_it() -> None:
    for question in ("the new CEO of Kestrel", "Kestrel's new boss"):
        got = answer(question, "person", [KESTREL_CEO])
        assert got is not None and got.text.startswith("Finance director Sofia Klein"), question
    # Only who left and who had been in charge: no new manager named, no answer.
    assert answer("the new manager of Eastport United", "person", [SACKED]) is None
    # Said in the question's words: "new manager Rafael Benitez".
    liverpool = ("Liverpool", "Parry has put one plank in place: new manager Rafael Benitez.")
    assert marked(answer("Liverpool's new manager", "identity", [liverpool])) == ["Rafael Benitez"]
    # Who holds the post, asked without "new", still as before.
    assert answer("the CEO of Kestrel", "person", [KESTREL_CEO]) is not None


@pytest.mark.parametrize(
    ("question", "who"),
    [
        ("replaced Hale", "Hale"),
        ("will replace Okafor", "Okafor"),
        ("took over from Viktor Hale", "Viktor Hale"),
        ("заменит Окафора", "Окафора"),
        ("replaced the old system", ""),  # no one
        ("won the cup", ""),
    ],
)
def test_a_question_of_who_came_after_someone_names_them(question: str, who: str) -> None:
    assert predecessor(question) == who


def test_who_came_after_someone_is_who_the_article_says_took_over() -> None:
    sacked = (
        SACKED[0],
        SACKED[1] + " Assistant coach Lina Marsh will take charge of pre-season training.",
    )
    assert marked(answer("replaced Hale", "person", [sacked])) == ["Lina Marsh"]
    # Said of them, the sentence that says it answers.
    film = (
        "Exorcist prequel",
        "Liam Neeson was cast first. Daniel Craig then replaced Neeson in the role. "
        "Anna Holt will direct.",
    )
    assert marked(answer("replaced Neeson", "person", [film])) == ["Daniel Craig"]
    # An article that does not name them says nothing of who came after them.
    assert answer("replaced Okafor", "person", [sacked]) is None


def test_who_did_not_is_answered_by_who_did_not_and_who_did_not_by_who_did() -> None:
    divided = (
        "Not every anti-Putin group came to Brussels",
        "The organisers wanted a united front. Several well-known anti-Putin groups did not "
        "attend. Not all exiled activists attended the conference either.",
    )
    # Named by what they are: the words before "did not", past "Several".
    got = answer("did not attend", "organization", [divided])
    assert marked(got) == ["well-known anti-Putin groups"]
    # Not who attended: "Not all ... attended" says they did not, of some.
    assert answer("attended the conference", "person", [divided]) is None


def test_came_in_russian_is_not_held_by_what_fell_on_a_count() -> None:
    # "пришло" (came) stems as "пришлись" (fell on): no answer of who came.
    detentions = (
        "ОВД-Инфо: задержаны более 20 тысяч человек",
        "Почти 19 тысяч задержаний пришлись на уличные протесты в первые месяцы войны.",
    )
    assert answer("людей пришло на парад", "figure", [detentions]) is None


TRIAL = (
    "Port Elms university tests a sodium battery for home solar storage",
    "Researchers at the University of Port Elms have begun a year-long trial of sodium-ion "
    "batteries in 40 homes with rooftop solar panels. Project leader Dr Kofi Mensah said the "
    "trial would show whether the batteries cope with cold winters.",
)


def test_which_organisation_is_answered_by_an_organisations_name() -> None:
    # "which university is testing batteries?": the university, not its project leader
    which = answer("is testing batteries", "organization", [TRIAL])
    assert which is not None and marked(which) == ["University of Port Elms"]
    who = answer("is testing batteries", "person", [TRIAL])
    assert who is not None and marked(who) == ["Kofi Mensah"]


def test_who_had_it_done_is_not_the_source_the_sentence_gives() -> None:
    # "according to ... OVD-Info", "сообщает ... ОВД-Инфо": who counted, not who was detained
    detained = answer("was detained", "person", [DETENTIONS])
    assert detained is not None and detained.text.startswith("More than 20,000 people")
    assert marked(detained) == []
    russian = answer("задержали", "person", [RUSSIAN])
    assert russian is not None and marked(russian) == []
    # Asked who said it, the source answers.
    said = answer("were detained in Russia, according to", "person", [DETENTIONS])
    assert marked(said) == ["OVD-Info"]
    # Asked who counted, of a sentence that writes no counting: its source answers.
    assert marked(answer("counted the detentions in Russia", "person", [DETENTIONS])) == [
        "OVD-Info"
    ]


def test_a_question_of_what_did_not_happen_is_answered_only_by_a_sentence_that_says_so() -> None:
    came = (
        "Not every group came",
        "Academics and lawyers took part in the congress. "
        "Several well-known groups did not attend the congress.",
    )
    got = answer("did not attend the congress", None, [came])
    assert got is not None and got.text.startswith("Several well-known groups did not")
    took_part = (CONGRESS[0], CONGRESS[1])
    assert answer("did not attend the congress", "person", [took_part]) is None
    assert answer("не участвовали в конгрессе", "person", [RUSSIAN]) is None
    assert answer("attended the congress", None, [came]) is not None  # asked without "not"
    # said in other words
    refused = ("Boycott", "Three parties refused to attend the congress in Brussels.")
    assert answer("did not attend the congress", None, [refused]) is not None


def test_who_leads_is_answered_by_the_name_a_leading_role_holds() -> None:
    bank = (
        "Bank of Veloria holds rates",
        'Governor Elena Varga said inflation was "far too high" and that the bank was ready.',
    )
    assert marked(answer("leads the Bank of Veloria", "person", [bank])) == ["Elena Varga"]
    # Russian writes the verb's stem in the role's noun: the noun names no doer
    # before it, the name after it holds the role.
    trial = (
        "Учёные испытывают аккумуляторы",
        "По словам руководителя проекта Кофи Менсы, производство ячеек обходится на 30% дешевле.",
    )
    assert marked(answer("руководит проектом", "person", [trial])) == ["Кофи Менсы"]
    # A chief economist leads no bank: "chief" is not read as leading, and the
    # one who will lead is the answer, not the chief executive who resigned.
    kestrel = (
        "Kestrel Mobile chief executive steps down",
        "Daniel Okafor, the chief executive of Kestrel Mobile, resigned on Wednesday. "
        "Finance director Sofia Klein will lead the company.",
    )
    assert marked(answer("leads Kestrel now", "person", [kestrel])) == ["Sofia Klein"]


def test_names_listed_together_answer_together() -> None:
    congress = (
        "Anti-war congress",
        "The congress, which receives support from the European Union and the German Ministry "
        "of Foreign Affairs, aims to unite Russia's opposition.",
    )
    got = answer("supports the congress", "organization", [congress])
    assert marked(got) == ["European Union", "German Ministry of Foreign Affairs"]


def test_a_name_someone_is_for_or_against_is_no_answer_of_who() -> None:
    groups = (
        "Congress",
        "Vladimir Putin was not invited. "
        "Not all anti-Putin groups attended the conference in Brussels.",
    )
    # Not Putin: the groups, named by what they are, with him in their name.
    assert marked(answer("did not attend the conference", "person", [groups])) == [
        "anti-Putin groups"
    ]
    media = ("Media", "Vladimir Putin spoke on Monday. Pro-Putin media ignored the conference.")
    assert answer("ignored the conference", "person", [media]) is None


def test_who_did_it_marks_every_name_of_the_list_that_did() -> None:
    factions = (
        "Congress",
        "Other factions such as Ilya Ponomarev's Congress of People's Deputies and the far-right "
        "Russian Volunteer Corps have staged similar conferences this year.",
    )
    got = answer("staged similar conferences", "organization", [factions])
    assert marked(got) == ["Congress of People's Deputies", "Russian Volunteer Corps"]
    # A name and whose role it has are no list.
    boss = ("Kestrel", "Daniel Okafor, Kestrel Mobile's chief executive, resigned over the breach.")
    assert marked(answer("resigned over the breach", "person", [boss])) == ["Daniel Okafor"]


def test_what_someone_did_is_answered_by_the_sentence_writing_the_verb_not_its_noun() -> None:
    congress = (
        "Congress",
        "The congress aims to act as a platform for high-level discussion with partners. "
        "The platform discussed issues such as military conscription and LGBTQ+ rights.",
    )
    got = answer("the platform discuss", "statement", [congress])
    assert got is not None and got.text.startswith("The platform discussed issues")


def test_a_russian_ministry_written_in_lower_case_is_marked_as_listed() -> None:
    congress = (
        "Конгресс",
        "Около 300 активистов собрались в Брюсселе. "
        "Мероприятие поддерживают Европейский союз и министерство иностранных дел Германии.",
    )
    got = answer("поддерживает конгресс", "organization", [congress], min_words=1)
    assert marked(got) == ["Европейский союз", "министерство иностранных дел Германии"]


def test_a_temperature_is_asked_of_its_degrees() -> None:
    heat = (
        "Засуха",
        "Власти ввели ограничения. В субботу в Колдере зафиксировали рекордные 41,2 градуса.",
    )
    got = answer("температура в Колдере", "figure", [heat])
    assert marked(got) == ["41,2"]


@pytest.mark.parametrize(
    ("name", "sentence", "said"),
    [
        # whose role it is, after the name
        (
            "Jim Sells",
            "Jim Sells, Grantville's former mayor, bought the buildings.",
            ["Grantville's former mayor"],
        ),
        # what someone does, by its word's ending
        (
            "Li Weidong",
            "Fewer than 1,000 are left, says conservationist Li Weidong.",
            ["conservationist"],
        ),
        # whose family or friend they are
        (
            "Patricia Driscoll",
            "He was violent against his former girlfriend, Patricia Driscoll.",
            ["his former girlfriend"],
        ),
        ("Lisa", "That's because his wife, Lisa, is an aspiring dressage rider.", ["his wife"]),
        ("Юлия Навальная", "На конгрессе выступила вдова Юлия Навальная.", ["вдова"]),
        # a Russian role with whose it is between it and the name
        ("Юлия Навальная", "Выступила вдова политика Юлия Навальная.", ["вдова политика"]),
        ("Иван Петров", "Об этом сообщил брат погибшего Иван Петров.", ["брат погибшего"]),
        ("Иван Петров", "Об этом сообщил Иван Петров.", []),
        # an acronym only qualifying the words after it is not the one described
        ("MIT", "The bicyclist, MIT mathematics student Nathan Harman, pointed at him.", []),
    ],
)
def test_more_ways_news_says_who_someone_is(name: str, sentence: str, said: list[str]) -> None:
    assert said_of(name, sentence) == said


def test_a_russian_name_ending_an_opening_clause_of_kak_is_not_described_by_what_follows() -> None:
    # "Как заявил X, ...": what follows the comma is the sentence's news, not who X is.
    assert said_of("Дмитрий Песков", "Как заявил Дмитрий Песков, переговоры продолжатся.") == []
    # "..., передаёт ТАСС": who reports it, not who X is.
    assert said_of("Иван Петров", "Об этом заявил Иван Петров, передает ТАСС.") == []
    assert said_of("Алексей Навальный", "Алексей Навальный, основатель ФБК, умер.") == [
        "основатель ФБК"
    ]


def test_a_name_in_brackets_after_the_one_asked_about_is_the_same_no_answer() -> None:
    members = (
        "Congress",
        "Exiled politicians and members of Alexei Navalny's Anti-Corruption Foundation (FBK)"
        " took part in the discussions.",
    )
    for question in ("founded the Anti-Corruption Foundation", "members of FBK"):
        assert marked(answer(question, "person", [members])) == ["Alexei Navalny"], question
