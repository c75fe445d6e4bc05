"""Which kind of name the rules read, on sentences written for these tests:
the mistakes a reader would notice first in a /facts card's name lists."""

from __future__ import annotations

import pytest

from bot.news.entities import Entities, find_entities


def kinds(text: str) -> dict[str, str]:
    found: Entities = find_entities(text)
    named = {name: "person" for name in found.people}
    named |= {name: "organization" for name in found.organizations}
    return named | {name: "place" for name in found.places}


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # Initials and short abbreviations stay inside the name.
        ("The report by Catherine E. Shoichet was updated.", "Catherine E. Shoichet", "person"),
        ("He met George W. Bush twice.", "George W. Bush", "person"),
        ("Встречу открыл В. В. Путин в Кремле.", "В. В. Путин", "person"),
        ("Protests spread across St. Louis overnight.", "St. Louis", "place"),
        ("Staff at the U.S. Embassy left on Friday.", "U.S. Embassy", "organization"),
        # A paper whose name holds a place and a day's word: neither alone.
        ("He told USA Today that he had trouble.", "USA Today", "organization"),
        ("The actor Robert De Niro spoke first.", "Robert De Niro", "person"),
        # Places the gazetteer and the place words settle, organisation words or not.
        ("Exports to the United States rose.", "United States", "place"),
        ("Flights to Los Angeles were cancelled.", "Los Angeles", "place"),
        ("Snow fell on the French Alps on Monday.", "French Alps", "place"),
        ("Tanks moved into Eastern Ukraine overnight.", "Eastern Ukraine", "place"),
        ("The story ran in the New York Times first.", "New York Times", "organization"),
        # Organisations without an organisation word, and whole possessive names.
        ("The attack was claimed by Boko Haram militants.", "Boko Haram", "organization"),
        (
            "The Bay County Sheriff's Office said it was investigating.",
            "Bay County Sheriff's Office",
            "organization",
        ),
        ("Fans of the Premier League were angry.", "Premier League", "organization"),
        ("The plan was sent to Congress on Monday.", "Congress", "organization"),
        # A person after a compound title.
        ("Secretary of State John Kerry flew to Geneva.", "John Kerry", "person"),
        ("House Speaker John Boehner refused.", "John Boehner", "person"),
        ("Labour MP Kate Hoey voted against.", "Kate Hoey", "person"),
        # Russian organisation words and places in any case.
        (
            "Доклад подготовили в Университете Порт-Элмса.",
            "Университет Порт-Элмса",
            "organization",
        ),
        ("Приехали делегаты Германии и Франции.", "Франция", "place"),
        # "and" between names, and names made adjectives.
        ("Trade between the US and Europe grew.", "Europe", "place"),
        ("The figures come from NGO OVD-Info, which counts arrests.", "OVD-Info", "organization"),
        (
            "The World Health Organization and United Nations Children's Fund warned.",
            "United Nations Children's Fund",
            "organization",
        ),
        (
            "Even the International Monetary Fund agreed.",
            "International Monetary Fund",
            "organization",
        ),
        ("Both the Bank of England and the Fed cut rates.", "Bank of England", "organization"),
        (
            "The Entertainment and Leisure Software Publishers Association said so.",
            "Entertainment and Leisure Software Publishers Association",
            "organization",
        ),
        ("Talks between Democrats and Republicans stalled.", "Republicans", "organization"),
        # Groups of people open sentences, and some organisations' names.
        ("Customers of Kestrel Mobile are angry.", "Kestrel Mobile", "organization"),
        (
            "The Parents Television Council complained.",
            "Parents Television Council",
            "organization",
        ),
        ("Members of the United Auto Workers went out.", "United Auto Workers", "organization"),
        ("Refugees work with the Near East Foundation.", "Near East Foundation", "organization"),
        ("Doctors Without Borders said so.", "Doctors Without Borders", "organization"),
        ("Officials Robert Smith and Anna Lee met.", "Robert Smith", "person"),
        # A given name and a surname are a person's, even after "in" or "from".
        ("She read a letter from Tony Blair on Monday.", "Tony Blair", "person"),
        ("Talks resumed in Abu Dhabi on Monday.", "Abu Dhabi", "place"),
        ("Divisions in Labour deepened after the vote.", "Labour", "organization"),
        ("A UK-based firm bought it.", "UK", "place"),
        ("The U.S.-led coalition struck again.", "U.S.", "place"),
        (
            "The Securities and Exchange Commission agreed.",
            "Securities and Exchange Commission",
            "organization",
        ),
        # What follows a name says it is an organisation's...
        (
            "Parmalat, the Italian food group at the centre of the scandal, has reported a profit.",
            "Parmalat",
            "organization",
        ),
        ("Profits rose at Tesco, Britain's biggest retailer, last year.", "Tesco", "organization"),
        ("Sumitomo, a Japanese bank, said it would bid.", "Sumitomo", "organization"),
        ("An Election Court has heard the case.", "Election Court", "organization"),
        ("Mr Howard Flight quit the party.", "Howard Flight", "person"),  # not a flight
        # Football clubs named as places are.
        ("He scored twice at Chelsea on Saturday.", "Chelsea", "organization"),
        ("West Ham beat Manchester City 2-1.", "Manchester City", "organization"),
        ("West Ham beat Manchester City 2-1.", "West Ham", "organization"),
        ("Fans of Aston Villa Football Club marched.", "Aston Villa Football Club", "organization"),
        (
            "Shares in Vantoria Mills, the textile firm based in Leeds, fell.",
            "Vantoria Mills",
            "organization",
        ),
        (
            "Creditors of Parmalat, the main operating company, may get less.",
            "Parmalat",
            "organization",
        ),
        # A plural owner's organisation is one name; a person after one is theirs.
        (
            "A survey from the British Bankers' Association said so.",
            "British Bankers' Association",
            "organization",
        ),
        ("Groups including the Musicians' Union objected.", "Musicians' Union", "organization"),
        ("The Rolling Stones' Mick Jagger said he was pleased.", "Mick Jagger", "person"),
        # "&" joins a firm's name, not two places.
        ("Independent News & Media is buying a stake.", "Independent News & Media", "organization"),
        ("Shares in Marks & Spencer rose.", "Marks & Spencer", "organization"),
        ("Profits at Cable & Wireless and NTL fell.", "Cable & Wireless", "organization"),
        ("He plays for Serbia & Montenegro now.", "Montenegro", "place"),
        # An organisation word "of the" what it is for.
        (
            "Prices fell, according to the Office of the Deputy Prime Minister.",
            "Office of the Deputy Prime Minister",
            "organization",
        ),
        (
            "She studied at the University of the West of England.",
            "University of the West of England",
            "organization",
        ),
        ("Sales at General Motors of the US fell.", "General Motors", "organization"),
        (
            "Analysts at the Institute for the Study of War said so.",
            "Institute for the Study of War",
            "organization",
        ),
        # Next to a work's title, or written as if next to one, a person is one.
        ("Vera Drake star Imelda Staunton said so.", "Imelda Staunton", "person"),
        ("She was named best musical, Victoria Hamilton said.", "Victoria Hamilton", "person"),
        ("Elton John and his husband David Furnish came.", "David Furnish", "person"),
        ("It was a Tom Cruise movie, Anna Lee said.", "Tom Cruise", "person"),
        (
            "Tory Lord Campbell and the Bishop of Winchester said so.",
            "Campbell",
            "person",
        ),
        ("It starred Frank Sinatra and the Rat Pack.", "Frank Sinatra", "person"),
        ("The show was hosted by DJ Trevor Nelson.", "Trevor Nelson", "person"),
        # Firms named by a word that names none alone, and German ones.
        ("Analysts at Jupiter Research said so.", "Jupiter Research", "organization"),
        (
            "The National Institute of Economic and Social Research warned.",
            "National Institute of Economic and Social Research",
            "organization",
        ),
        ("Deutsche Boerse bid for the exchange.", "Deutsche Boerse", "organization"),
        ("Ireland drew level with a penalty from Ronan O'Gara.", "Ronan O'Gara", "person"),
        # Arabic names' particles in lower case are part of them.
        ("Syrian President Bashar al-Assad spoke.", "Bashar al-Assad", "person"),
        ("Osama bin Laden was killed in 2011.", "Osama bin Laden", "person"),
        ("ISIS named Abu Anas al-Tunisi as one.", "Abu Anas al-Tunisi", "person"),
        ("Talks were held in Sharm el-Sheikh on Monday.", "Sharm el-Sheikh", "place"),
        ("The attack on Charlie Hebdo shocked France.", "Charlie Hebdo", "organization"),
        ("Hundreds of U.S. Marines landed.", "U.S. Marines", "organization"),
        ("IS fighters took the town, Anna Lee said.", "IS", "organization"),
        ("The story ran on CNN Arabic first.", "CNN Arabic", "organization"),
        # A person "of" where they work is two names; a place's department is one.
        ("Mark Longden of Unison said it was wrong.", "Mark Longden", "person"),
        ("Robert Costa of The Washington Post reported.", "Washington Post", "organization"),
        ("Harry Reid of Nevada voted against.", "Nevada", "place"),
        (
            "The Georgia Department of Corrections agreed.",
            "Georgia Department of Corrections",
            "organization",
        ),
        # Someone's age in commas after two capitalised words says they are a person's name.
        ("The parents of Cayman Naib, 13, have not heard from him.", "Cayman Naib", "person"),
        ("Boxer Alexis Vastine, 28, was on board.", "Alexis Vastine", "person"),
        # A name that quotation marks hold whole after an organisation's noun is its name.
        (
            'Cayman was last seen Friday, his parents wrote in the group "Find Cayman" online.',
            "Find Cayman",
            "organization",
        ),
        # ...not when the noun is the description's first word, or a trade.
        ("Lee Harwood, a company director, was fined.", "Lee Harwood", "person"),
        ("Anna Varga, the group's chairman, said so.", "Anna Varga", "person"),
        (
            '"It is new," says Jo Flaherty, a senior broadcaster with the network.',
            "Jo Flaherty",
            "person",
        ),
        # A town written with its state or country is a place, inside a sentence.
        ("Miller, of Owings Mills, Maryland, died Saturday.", "Owings Mills", "place"),
        ("He grew up in a village near Montabaur, Germany.", "Montabaur", "place"),
        ("He grew up in the town of Montabaur near the border.", "Montabaur", "place"),
        ("Fans filled the centre of Calder for a parade.", "Calder", "place"),
        ("Protesters marched through the streets of Kampala.", "Kampala", "place"),
        ("Уровень озера Соррел упал до 31%.", "Соррел", "place"),
        # A title inside an office's name names no one.
        (
            "Most were identified, according to the Office of Chief Medical Examiner.",
            "Office of Chief Medical Examiner",
            "organization",
        ),
        ("Bank of England Governor Mark Carney spoke.", "Mark Carney", "person"),
        # A person "of" a place is two names; an office "of" a place stays one.
        ("They attacked Senator Ted Cruz of Texas, his rival.", "Ted Cruz", "person"),
        ("They attacked Senator Ted Cruz of Texas, his rival.", "Texas", "place"),
        ("Representative Kevin McCarthy of California voted no.", "Kevin McCarthy", "person"),
        ("The Bank of England raised rates.", "Bank of England", "organization"),
        # An organisation's name and a person's right after it are two.
        ("For the Lib Dems David Laws said it was wrong.", "David Laws", "person"),
        ("For the Lib Dems David Laws said it was wrong.", "Lib Dems", "organization"),
        ("The head of the Child Support Agency Doug Smith retires.", "Doug Smith", "person"),
        (
            "The opposition All Progressives Congress won.",
            "All Progressives Congress",
            "organization",
        ),
        # Airlines, and a firm that leads its market.
        ("The government took back Air Jamaica on Monday.", "Air Jamaica", "organization"),
        ("It trails market leader Best Buy in sales.", "Best Buy", "organization"),
        # A title to come is a title.
        ("President-elect Donald Trump spoke.", "Donald Trump", "person"),
        ("House Speaker-to-be Nancy Pelosi arrived.", "Nancy Pelosi", "person"),
        # "from" or "at" before a name the text calls someone's elsewhere.
        (
            "Wales won with efforts from Brent Cockbain and Shane Williams. Cockbain said so.",
            "Brent Cockbain",
            "person",
        ),
        (
            "A survivor spoke at Dzhokhar Tsarnaev's trial. Tsarnaev admits the attacks.",
            "Dzhokhar Tsarnaev",
            "person",
        ),
        ("Rioters looted shops in Rodeo Drive on Sunday.", "Rodeo Drive", "place"),
        # An organisation, then a title, then the person who holds it.
        ("House Majority Whip Kevin McCarthy disagreed.", "Kevin McCarthy", "person"),
        ("FBI Special Agent Peter Strzok was moved.", "Peter Strzok", "person"),
        ("Google CFO Patrick Pichette is leaving.", "Patrick Pichette", "person"),
        ("Green MSP Mark Ballard asked a question.", "Mark Ballard", "person"),
        ("White House Counsel Don McGahn left.", "Don McGahn", "person"),
        ("Then EADS Philippe Camus took the stage.", "Philippe Camus", "person"),
        # Roles before a full name; a surname that is a month alone.
        ("Producer Mel Gibson was not there.", "Mel Gibson", "person"),
        ("England fly-half Jonny Wilkinson is fit.", "Jonny Wilkinson", "person"),
        ("Theresa May said it was fine.", "Theresa May", "person"),
        ("Guitarist Brian May expects a tour.", "Brian May", "person"),
        ("It was backed by Tom McCabe MSP and others.", "Tom McCabe", "person"),
        ("Counsel for the families, Ben Emmerson QC, objected.", "Ben Emmerson", "person"),
        (
            "Director of National Intelligence James Clapper testified.",
            "James Clapper",
            "person",
        ),
        ("Secretary of Homeland Security Jeh Johnson left.", "Jeh Johnson", "person"),
        ("Deputy U.S. Marshal Josie Wells was shot.", "Josie Wells", "person"),  # not "Wells"
        ("The carrier USS George Washington sailed.", "USS George Washington", "organization"),
        ("Shares rose, said an analyst at Daiwa Securities.", "Daiwa Securities", "organization"),
        ("He scored twice in La Liga last season.", "La Liga", "organization"),
        (
            "The US Securities and Exchange Commission fined it.",
            "US Securities and Exchange Commission",
            "organization",
        ),
    ],
)
def test_names_read_as_their_kind(text: str, name: str, kind: str) -> None:
    assert kinds(text).get(name) == kind


@pytest.mark.parametrize(
    ("text", "not_a_name"),
    [
        ("Ratings for the World Cup final were high, Anna Lee said.", "World Cup"),
        ("The Prime Minister arrived late.", "Prime Minister"),
        ("North Korean troops crossed the line.", "North Korean"),
        ("Tickets for International Women's Day sold out.", "International Women"),
        ("He appeared on TV with the CEO of the firm.", "TV"),
        ("He appeared on TV with the CEO of the firm.", "CEO"),
        ("Several MPs voted against the bill.", "MPs"),
        ("The match starts at 15:00 GMT on Saturday.", "GMT"),
        ("Police said two men were arrested.", "Police"),
        ("Analysts said the figures were weak.", "Analysts"),
        ("They won the FA Cup final in May.", "FA Cup"),
        ("Права ЛГБТ-людей обсуждали отдельно.", "ЛГБТ-людей"),
        ("An LGBTQ-friendly bar opened.", "LGBTQ-friendly"),
        ("He wrote about it in Sunday's paper.", "Sunday"),
        ("Trade between the US and Europe grew.", "US and Europe"),
        ("TRANSCRIPT OF THE BROADCAST follows here.", "TRANSCRIPT OF THE BROADCAST"),
        ("The Budget comes before the General Election, Anna Lee said.", "Election"),
        ("A survey from the British Bankers' Association said so.", "Association"),
        ("Independent News & Media is buying a stake.", "Media"),
        ("Prices fell, according to the Office of the Deputy Prime Minister.", "Office"),
        ("Profits at Cable & Wireless and NTL fell.", "Cable & Wireless and NTL"),
        ("A biography of Mary Queen of Scots won.", "Mary Queen"),
        ("Phones send it over GPRS, Anna Lee said.", "GPRS"),  # a technology, no firm
        ("Sales of the PSP rose.", "PSP"),
        ("Tropical Cyclone Pam hit Vanuatu. Pam killed 11.", "Tropical Cyclone Pam"),
        ("Tropical Cyclone Pam hit Vanuatu. Pam killed 11.", "Pam"),
        ("Thousands of South Koreans marched.", "South Koreans"),  # people, no name
        ("England lost the RBS Six Nations opener.", "RBS Six Nations"),  # the Six Nations
        ("The NBA Finals were on TV, Anna Lee said.", "NBA Finals"),
        ("Hundreds of ISIS fighters fled.", "Hundreds of ISIS"),
        ("Does Putin care what they think?", "Does Putin"),  # a question opens so
        ("The sign was written in Hindi and in English.", "Hindi"),  # no place
        ("They believe in God, Anna Lee said.", "God"),
        ("She won praise for her role in Closer, Anna Lee said.", "Closer"),  # a film
        ('"I\'ve never seen it," Anna Lee said.', "I've"),
        ("Most were identified, the Chief Medical Examiner said.", "Medical Examiner"),
        ("Indeed, Tunisia is calm, Anna Lee said.", "Indeed"),  # an opening word, no town
        # A work's title named as one is no person, anywhere in the text.
        (
            "The abortion drama Vera Drake won. Vera Drake has scooped three awards.",
            "Vera Drake",
        ),
        ("Vera Drake star Imelda Staunton was there. Vera Drake won.", "Vera Drake"),
        ("The rock band Franz Ferdinand played.", "Franz Ferdinand"),
        ("Harry Potter and the Goblet of Fire opened, Anna Lee said.", "Harry Potter"),
        # A sentence's first word before "said" that is a pronoun or a group of people.
        ('One said, "Did you like your package?"', "One"),
        ("Diplomats said the talks would go on.", "Diplomats"),
        ("He enjoys calling on the Pope Emeritus.", "Emeritus"),
        # A word before a description of an organisation is not always its name.
        ("Soon, the group was running a bar of its own.", "Soon"),
        ("Eventually, the firm in question paid.", "Eventually"),
        ("It is backed by Il Sole 24 Ore, Italy's business newspaper, in Milan.", "Ore"),
        (
            "Her husband, Robert, Britain's Telegraph newspaper reported.",
            "Robert",
        ),  # the newspaper is "Britain's Telegraph"
    ],
)
def test_words_that_are_no_name_are_not_listed(text: str, not_a_name: str) -> None:
    assert not_a_name not in kinds(text)


def test_a_surname_after_an_arabic_article_is_the_persons() -> None:
    found = find_entities("Syrian President Bashar al-Assad spoke. Assad said no.")
    assert found.people == ["Bashar al-Assad"]


def test_an_acronym_after_its_name_spelt_out_is_one_entry() -> None:
    text = (
        "An official at the Food and Drug Administration said the device was never cleared. "
        "The FDA has since written to the maker, and the FDA will inspect it."
    )
    assert find_entities(text).organizations == ["Food and Drug Administration (FDA)"]
    # A name of those initials first written after the acronym is another.
    later = "The IRA said it would disarm. Later the Irish Rugby Association said no."
    assert find_entities(later).organizations == ["IRA", "Irish Rugby Association"]


def test_a_given_name_alone_is_the_one_person_of_that_name() -> None:
    text = "Phil McGraw met Nick Gordon. Gordon cried, and Dr. Phil listened. Then Dr. Phil spoke."
    assert find_entities(text).people == ["Phil McGraw", "Nick Gordon"]
    # Two people of that given name: which one is not known, so it stays.
    two = "Phil McGraw met Phil Knight. Then Dr. Phil spoke, and Dr. Phil listened."
    assert find_entities(two).people == ["Phil", "Phil McGraw", "Phil Knight"]


def test_a_lone_organisation_word_counts_inside_a_sentence_not_opening_one() -> None:
    assert kinds("Congress passed the bill.").get("Congress") is None
    assert kinds("The bill passed Congress.").get("Congress") == "organization"
    assert kinds('"Congress failed us," she said.').get("Congress") is None
    # A number after it means a longer name ("Channel 4"): no fragment of it.
    assert kinds("It was shown on Channel 4 last night.").get("Channel") is None
    assert kinds("They joined the 120 Campaign for prisoners.").get("Campaign") is None
    # In Russian the name goes on in lower case: the capitalised word alone is none.
    assert kinds("Выступили сотрудники Фонда борьбы с коррупцией.").get("Фонда") is None


def test_two_capitalised_words_are_a_person_only_when_something_says_so() -> None:
    found = find_entities(
        "The Six Nations starts on Saturday. Kate Winslet watched from the stand. "
        "Andreas Lubitz was the co-pilot. Investigators said Lubitz had hidden an illness."
    )
    assert "Kate Winslet" in found.people  # a common given name
    assert "Andreas Lubitz" in found.people  # named again by surname alone
    assert "Six Nations" not in found.people and "Six Nations" in found.others


def test_a_name_after_from_or_in_stays_a_place_when_its_words_say_place() -> None:
    found = find_entities(
        "Crowds filled the pier in Santa Monica, where Monica waited. "
        "He moved from Swiss Xstrata to Glencore; Xstrata said it was sorry."
    )
    assert "Santa Monica" in found.places  # a Spanish place's first word
    assert "Swiss Xstrata" not in found.people  # a nationality opens no one's name


def test_an_adverb_opening_a_sentence_is_no_part_of_a_name() -> None:
    found = find_entities("Now Vodafone said it would cut prices. Like Kazaa, it shares files.")
    assert "Vodafone" in found.people + found.organizations + found.others
    assert not [n for n in found.people + found.organizations if n.startswith(("Now", "Like"))]


def test_a_word_opening_a_sentence_before_the_is_no_part_of_a_name() -> None:
    assert find_entities("Eventually the TPM agreed to talk.").organizations == ["TPM"]
    assert find_entities("Catherine the Great ruled Russia.").organizations == []
    assert find_entities("He was on Meet the Press.").organizations == ["Meet the Press"]


def test_and_parts_names_that_stand_alone_but_not_one_name() -> None:
    two = find_entities("Trade between the United States and France grew.")
    assert two.places == ["United States", "France"] and two.organizations == []
    gift = find_entities("Money came from the Clinton Foundation and Hillary Clinton.")
    assert (gift.organizations, gift.people) == (["Clinton Foundation"], ["Hillary Clinton"])
    for whole in (
        "The England and Wales Cricket Board met.",
        "The Port Authority of New York and New Jersey said so.",
        "The Food and Drug Administration approved it.",
    ):
        found = find_entities(whole)
        assert len(found.organizations) == 1 and found.places == [], whole


def test_an_unlisted_place_that_speaks_is_a_firm() -> None:
    found = find_entities("Engineers at Symantec found the flaw. Symantec said a fix was out.")
    assert found.organizations == ["Symantec"] and found.places == []
    listed = find_entities("Talks in Moscow ended. Moscow said it would reply.")
    assert listed.places == ["Moscow"]


def test_a_capitalised_word_the_text_also_writes_in_lower_case_is_no_place() -> None:
    found = find_entities("The band played in Rock last year. Its rock songs sold well.")
    assert found.places == [] and found.others == ["Rock"]
    town = find_entities("He lives in Montabaur, a town, and works in Montabaur too.")
    assert town.places == ["Montabaur"]


def test_a_places_initials_are_no_persons() -> None:
    found = find_entities("It taps into nine leading U.S. Internet companies.")
    assert "U.S. Internet" not in found.people
    assert find_entities("It was signed by George W. Bush.").people == ["George W. Bush"]


def test_a_role_before_one_word_is_no_persons_title() -> None:
    found = find_entities("Nobody from Channel 4 or Big Brother producer Endemol placed bets.")
    assert "Endemol" not in found.people
    assert find_entities("Elections are due in May.").people == []


def test_a_name_owning_something_after_from_is_no_place() -> None:
    found = find_entities("Chelsea led from Diego Costa's 18th goal of the season.")
    assert "Diego Costa" not in found.places


def test_a_passage_naming_something_of_no_settled_kind_still_counts_a_name() -> None:
    from bot.news.facts import _names_by_span

    text = "The Six Nations starts on Saturday in Cardiff."
    entities = find_entities(text)
    names = _names_by_span(text, [(0, len(text))], entities)
    assert names[0] == (("place",), 2)  # Cardiff is a place; Six Nations a name all the same


def test_russian_places_are_listed_once_as_the_gazetteer_has_them() -> None:
    text = "Делегаты приехали в Брюссель. В Брюсселе прошёл конгресс, но из России приехали не все."
    assert find_entities(text).places == ["Брюссель", "Россия"]


def test_a_fact_naming_a_russian_place_in_another_case_still_names_it() -> None:
    from bot.news.facts import key_facts

    facts = key_facts("В Брюсселе 12 июня собрались 300 активистов. Погода была тёплой весь день.")
    assert facts and "place" in facts[0].kinds


def test_a_run_of_many_owners_is_read_without_running_out_of_stack() -> None:
    text = "Anna's Bob's " * 3000 + "house is here."
    found = find_entities(text)
    assert found.others == [] and set(found.people) <= {"Anna", "Bob"}


def test_no_name_is_a_run_longer_than_a_name_can_be() -> None:
    found = find_entities("Bank of " * 2000 + "Smith. " + "Mr " * 2000 + "Jones.")
    assert found.organizations == [] and found.people == []
    headline = find_entities(
        "Russian Anti-War Activists Meet In Brussels For The Third Congress Of Exiled Groups"
    )
    assert headline.organizations == []


def test_a_name_after_the_is_no_persons_unless_the_text_says_so() -> None:
    found = find_entities(
        "Fans queued for the Harry Potter films. The story was in the Daily Mail, "
        "the Guardian said."
    )
    assert found.people == []
    assert {"Harry Potter", "Daily Mail", "Guardian"} <= set(found.others)
    found = find_entities("The David Blunkett affair went on. Blunkett said he would stay.")
    assert found.people == ["David Blunkett"]


def test_a_name_and_its_acronym_in_brackets_are_listed_once() -> None:
    found = find_entities(
        "The Securities and Exchange Commission (SEC) sued the bank. The SEC said so. "
        "Вчера сотрудники Фонда борьбы с коррупцией (ФБК) показали, что ФБК работает."
    )
    assert found.organizations == [
        "Securities and Exchange Commission (SEC)",
        "Фонд борьбы с коррупцией (ФБК)",
    ]
    assert set(found.written["Фонд борьбы с коррупцией (ФБК)"]) >= {
        "Фонда борьбы с коррупцией",
        "ФБК",
    }


def test_a_name_and_its_acronym_count_as_one_name_in_a_fact() -> None:
    from bot.news.facts import _names_by_span

    text = "The Securities and Exchange Commission (SEC) sued Anna Lee in Ohio."
    names = _names_by_span(text, [(0, len(text))], find_entities(text))
    assert names[0] == (("person", "organization", "place"), 3)


def test_one_word_of_an_organisations_name_is_that_organisation() -> None:
    found = find_entities(
        "Hackers stole data of 3 million Kestrel Mobile customers. Kestrel said it would "
        "cooperate. Eastport United will play Calder Rovers on Saturday. "
        "Rovers have never lifted the cup."
    )
    assert found.people == []
    assert set(found.organizations) == {"Kestrel Mobile", "Eastport United", "Calder Rovers"}
    # A person's surname stays the person's.
    found = find_entities(
        "John Kerry met the board. Profits at Kerry Group rose. Kerry said he was pleased."
    )
    assert found.people == ["John Kerry"] and found.organizations == ["Kerry Group"]


def test_the_words_next_to_a_name_count_far_into_a_long_sentence() -> None:
    # Names look only a few dozen characters around them for their neighbours
    # (benchmarks/bench_bad_input.py times why); far into a sentence without
    # stops, "said" after a name still makes it a person's.
    found = find_entities("Police, " * 7000 + "Varga said so")
    assert found.people == ["Varga"]


def test_a_name_whose_chief_or_spokesman_someone_is_is_an_organisation_throughout() -> None:
    found = kinds(
        "Blue Bell said it was recalling the cups. "
        '"We are devastated," Paul Kruse, Blue Bell CEO and president, said.'
    )
    assert found["Blue Bell"] == "organization"
    assert found["Paul Kruse"] == "person"
    # A seat or an honour after a name is the person's own.
    assert kinds("Frank Field MP said the plan was wrong.")["Frank Field"] == "person"
    assert kinds("John Smith QC said the case was weak.")["John Smith"] == "person"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The People's Bank of China cut interest rates.", "People's Bank of China"),
        ("Soldiers of the People's Liberation Army marched.", "People's Liberation Army"),
        ("The Workers' Party of Korea met in Pyongyang.", "Workers' Party of Korea"),
    ],
)
def test_a_name_owned_by_people_in_general_is_one_organisation(text: str, name: str) -> None:
    assert kinds(text)[name] == "organization"


def test_a_band_owning_a_person_is_still_apart_from_them() -> None:
    assert kinds("It was written by the Beach Boys' Brian Wilson.")["Brian Wilson"] == "person"


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "Indianapolis Colts owner Jim Irsay says fans are welcome.",
            "Indianapolis Colts",
            "organization",
        ),
        ("Blue Bell chief executive Paul Kruse said no.", "Blue Bell", "organization"),
        ("Blue Bell chief executive Paul Kruse said no.", "Paul Kruse", "person"),
        # People have spokesmen and coaches too; a people's man is no firm's.
        ("Hillary Clinton spokesman Brian Fallon said no.", "Hillary Clinton", "person"),
        ("Sunderland sacked their Uruguayan manager Gus Poyet.", "Gus Poyet", "person"),
    ],
)
def test_a_role_between_two_names_tells_the_organisation_from_the_person(
    text: str, name: str, kind: str
) -> None:
    assert kinds(text)[name] == kind


def test_a_common_word_opening_a_sentence_before_a_role_is_no_organisation() -> None:
    assert "New" not in kinds("New coach Tony Spreadbury arrived on Monday.")
    assert "Factory" not in kinds("Factory manager Herbert Klein said no.")


def test_the_ends_of_a_way_between_two_names_are_places() -> None:
    found = kinds("A night train between Port Elms and Calder will run again from December.")
    assert found["Port Elms"] == found["Calder"] == "place"
    assert kinds("Talks between Smith and Jones failed.").get("Smith") != "place"


def test_more_ways_a_person_is_told_from_the_words_beside_them() -> None:
    # A part in a trial between commas, as an age is: "Madhu" is in no list of names.
    court = kinds("Madhu Rai, prosecuting, said the man broke in. The judge agreed.")
    assert court["Madhu Rai"] == "person"
    # A band's roles before a name are roles, not part of it.
    band = kinds("Frontman Win Butler thanked the crowd, and bassist Nicky Wire waved.")
    assert band["Win Butler"] == band["Nicky Wire"] == "person"
    assert "Frontman Win Butler" not in band


def test_an_adjective_or_a_contraction_opening_a_sentence_is_no_name() -> None:
    found = kinds(
        "Famous Ruskin College alumni include John Prescott. "
        '"Stuart Gray did well. We\'ve worked together at Southampton," he said.'
    )
    assert "Ruskin College" in found and "Famous Ruskin College" not in found
    assert "We've" not in found and found["Stuart Gray"] == "person"


def test_a_chamber_is_an_organisation_and_a_film_rating_no_name() -> None:
    found = kinds(
        "Democrats hope to win back the Upper Chamber. The film was rated PG-13 by censors,"
        " screenwriter Rhett Reese said."
    )
    assert found["Upper Chamber"] == "organization"
    assert found["Rhett Reese"] == "person" and "PG-13" not in found


def test_a_surnames_particle_is_part_of_the_persons_name() -> None:
    found = kinds(
        "Festival director Sandra den Hamer said it was fine. President Luiz Inacio Lula da"
        " Silva said no. Leonardo da Vinci painted it in 1503. Chelsea's Roberto di Matteo was"
        " sacked. The film was made with politician Ayaan Hirsi Ali last year."
    )
    for name in (
        "Sandra den Hamer",
        "Luiz Inacio Lula da Silva",
        "Leonardo da Vinci",
        "Roberto di Matteo",
        "Ayaan Hirsi Ali",
    ):
        assert found[name] == "person", name


def test_names_listed_with_a_person_are_people_unless_the_list_holds_a_place() -> None:
    found = kinds(
        "Other contributors include Sting, Mariah Carey, Elton John, Noel Gallagher and"
        " Simon Cowell. He toured Lake Geneva, Port Elms, Kestrel Bay and Tony Blair's home."
    )
    for name in ("Mariah Carey", "Elton John", "Noel Gallagher", "Simon Cowell"):
        assert found[name] == "person", name
    assert found.get("Port Elms") != "person"


def test_a_middle_name_once_is_the_same_person_and_headings_in_capitals_no_names() -> None:
    found = find_entities(
        "Michael Thomas Slager, 33, was charged with murder. Police officer Michael Slager said"
        " he feared for his life.\nPOLICE VERSION\nOfficers gave him CPR at the scene."
    )
    assert found.people == ["Michael Slager"]
    assert found.written["Michael Slager"] == ["Michael Thomas Slager"]
    assert found.organizations == []


def test_a_surname_alone_is_the_person_whose_name_ends_with_jr() -> None:
    found = find_entities(
        "Solicitor General Donald B. Verrilli Jr. wrote a brief. Verrilli said the laws harm"
        " families. Robert Downey Jr. starred. Downey said nothing."
    )
    assert found.people == ["Donald B. Verrilli Jr.", "Robert Downey Jr."]
    assert found.places == []


def test_a_surname_of_an_organisation_is_both_and_a_gallery_an_organisation() -> None:
    found = find_entities(
        '"It is bad," said Tom Perry of the aid group CARE International. Perry of CARE'
        " International said more. The show is at the Tate Gallery."
    )
    assert found.people == ["Tom Perry"]
    assert sorted(found.organizations) == ["CARE International", "Tate Gallery"]


def test_two_particles_are_part_of_the_name_and_one_capitalised_opens_its_surname() -> None:
    found = find_entities(
        "Actor Rodrigo de la Serna took the prize. Ursula von der Leyen said so. Juan Martin"
        " del Potro won in Paris. Del Potro said he was happy."
    )
    assert found.people == ["Juan Martin del Potro", "Rodrigo de la Serna", "Ursula von der Leyen"]


def test_a_name_made_an_adjective_is_a_place_of_its_own() -> None:
    found = find_entities(
        "There is pressure on Swiss-based Xstrata to raise its offer. Bookmakers made"
        " London-based Levy's novel the favourite. Andrea Levy said she was thrilled. A"
        " Nigerian-based Islamic group claimed the attack."
    )
    assert found.people == ["Andrea Levy"]
    assert found.organizations == ["Xstrata"]
    assert found.places == ["London"]


def test_an_initial_and_a_surname_are_the_person_the_text_names_in_full() -> None:
    found = find_entities(
        "Ludovico Nitoglia said he was tired. Luciano Orquera said little. Gareth Thomas and"
        " Geraint Thomas said nothing.\n"
        "L Nitoglia, L Orquera, G Thomas, T Shanklin."
    )
    assert "L Nitoglia" not in found.people and "L Orquera" not in found.people
    assert found.written["Ludovico Nitoglia"] == ["L Nitoglia"]
    assert "Gareth Thomas" not in found.written  # two Thomases with a G: no guess


def test_a_title_of_the_office_before_a_person_is_no_name() -> None:
    found = find_entities(
        '"This is a first," said UK Chancellor of the Exchequer Gordon Brown. Prime Minister'
        " of the Netherlands Mark Rutte agreed. Tony Blair of the Labour Party said no."
    )
    assert found.people == ["Gordon Brown", "Mark Rutte", "Tony Blair"]
    assert found.organizations == ["Labour Party"]


def test_what_a_person_is_in_commas_after_their_name_says_a_person() -> None:
    found = kinds(
        '"It is a message," said Zarrar Khuhro, a senior journalist and analyst in Karachi.'
        " Police held Faisal Mota, a former MQM worker who had been convicted. Xinhua News,"
        " the official news agency, said so."
    )
    assert found["Zarrar Khuhro"] == "person" and found["Faisal Mota"] == "person"
    assert found.get("Xinhua News") != "person"


def test_a_word_for_a_persons_name_is_no_part_of_it() -> None:
    found = kinds(
        "Waiting for Benjamin Netanyahu at the airport, reporters were tired. Spurs bid for"
        " Andy Reid. The Institute for Tony Blair opened."
    )
    assert found["Benjamin Netanyahu"] == "person" and found["Andy Reid"] == "person"
    assert found["Institute for Tony Blair"] == "organization"


def test_four_capitalised_words_after_a_title_are_a_persons_name() -> None:
    found = kinds(
        "Interior Minister Chaudhry Nisar Ali Khan said the raid was legal. Rep. Gabrielle"
        " Giffords of Arizona was there."
    )
    assert found["Chaudhry Nisar Ali Khan"] == "person"
    assert found["Gabrielle Giffords"] == "person" and found["Arizona"] == "place"


def test_streets_awards_laws_and_shouted_words_read_as_what_they_are() -> None:
    found = kinds(
        "Statues stand in Church Square, and in Parliament Square. He attended the South"
        " Carolina Criminal Justice Academy and won an Academy Award under the Parliament Act."
        " Who do you think WILL win?"
    )
    assert found["Church Square"] == "place" and found["Parliament Square"] == "place"
    assert found["South Carolina Criminal Justice Academy"] == "organization"
    for name in ("Academy Award", "Parliament Act", "WILL", "Academy"):
        assert name not in found, name


def test_names_written_apart_only_in_their_capitals_are_listed_once() -> None:
    found = find_entities(
        "WASHINGTON (CNN) Steven MacLean scored. Steven Maclean left. Steven MacLean said so in"
        " Washington. Us magazine said the US agreed."
    )
    assert found.people == ["Steven MacLean"]
    assert found.written["Steven MacLean"] == ["Steven Maclean"]
    assert "Washington" in found.places and "WASHINGTON" not in found.places


def test_bin_capitalised_opens_the_surname_and_whatever_opens_no_name() -> None:
    found = find_entities(
        "The CIA looked for Osama bin Laden. Relatives of Bin Laden gave samples. Whatever Putin"
        " does, he said, Virginia Kice, a spokeswoman for U.S. Immigration and Customs"
        " Enforcement, was right."
    )
    assert sorted(found.people) == ["Osama bin Laden", "Virginia Kice"]  # not "Whatever Putin"
    assert found.organizations == ["CIA", "U.S. Immigration and Customs Enforcement"]


def test_a_peoples_man_is_no_name_and_scotland_yard_and_a_duchy_are_organisations() -> None:
    found = kinds(
        "The Northern Irishman won in Erfurt. Scotland Yard said there were 11 arrests. Aides"
        " from the Duchy of Cornwall will appear."
    )
    assert "Northern Irishman" not in found
    assert found["Scotland Yard"] == "organization"
    assert found["Duchy of Cornwall"] == "organization"


def test_whose_chief_executive_someone_is_is_an_organisation_and_a_prosecutor_a_title() -> None:
    found = kinds(
        "The CEO of World Vision announced a change. ICC Prosecutor Fatou Bensouda said so."
        " Chairman of the Board John Smith agreed."
    )
    assert found["World Vision"] == "organization"
    assert found["Fatou Bensouda"] == "person" and found["John Smith"] == "person"


def test_a_title_before_a_country_is_a_characters_not_a_persons() -> None:
    found = kinds(
        "Evans donned his Captain America costume. Mr Ferguson took the helm in 2003."
        " The youngest prime minister was Lord Liverpool."
    )
    assert "America" not in found  # a character, no one called America
    assert found["Ferguson"] == "person"  # Ferguson, Missouri is a place too
    assert found["Liverpool"] == "person"  # a peer's seat
