"""Messages in plain words: the frame taken off, the topic kept whole."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.news.questions import Asked, item_number, read_message

ASKED_ABOUT = [
    ("what happened in brussels?", "brussels"),
    ("what did the regulator do?", "the regulator"),
    ("What has Kestrel Mobile been up to?", "Kestrel Mobile"),
    ("что сделал регулятор?", "регулятор"),
    ("what are you doing?", "you doing"),  # no one's news: a pronoun
    ("any news about the congress?", "the congress"),
    ("tell me about OVD-Info", "OVD-Info"),
    ("Could you please tell me more about the 120 Campaign", "the 120 Campaign"),
    ("Find articles about OVD-Info", "OVD-Info"),
    ("show me more about the night trains", "the night trains"),
    ("more on Kestrel", "Kestrel"),  # ("more on this": related articles, below)
    # News of a name is the name: few articles write "news".
    ("Kestrel news", "Kestrel"),
    ("show me Kestrel news", "Kestrel"),
    ("any Navalny stories?", "Navalny"),
    ("fake news", "fake news"),  # not after a name
    ("BBC News", "BBC News"),  # a name itself
    ("I want to know about Kestrel Mobile", "Kestrel Mobile"),
    ("what's happening in Ukraine", "Ukraine"),
    ("hi, any news on Navalny?", "Navalny"),
    ("Ebola outbreak please", "Ebola outbreak"),
    ("расскажи про ОВД-Инфо", "ОВД-Инфо"),
    ("есть ли новости о Навальном?", "Навальном"),
    ("покажи статьи про выставку", "выставку"),
    ("help me find articles about Navalny", "Navalny"),
    ("what do you know about OVD-Info?", "OVD-Info"),
    ("what do we know about the congress?", "the congress"),
    ("what should I read about the drought?", "the drought"),
    ("what is known about the congress?", "the congress"),
    ("что там с библиотекой?", "библиотекой"),
    ("can you tell me what happened to the Kestrel boss?", "the Kestrel boss"),
    ("tell me what happened in Brussels", "Brussels"),
    ("can you find Navalny", "Navalny"),
    ("where can I read about the congress", "the congress"),
    ("I'm interested in interest rates", "interest rates"),
    # What the reader heard of, and a last question asking nothing of its own.
    (
        "Hi, I heard something about a data breach at Kestrel. What should I do?",
        "a data breach at Kestrel",
    ),
    ("I saw the news about Mendes", "Mendes"),
    ("Привет! Я читала что-то о конгрессе. Что случилось?", "конгрессе"),
    ("Tell me about Kestrel. What happened?", "Kestrel"),
    ("Kestrel breach. Any news?", "Kestrel breach"),
    ("Dr. Who?", "Dr. Who"),  # no sentence before the question
    ("I saw him", "I saw him"),
    ("что ты знаешь о Навальном?", "Навальном"),
    ("меня интересует Навальный", "Навальный"),
    ("top stories on Brexit", "Brexit"),
    ("tell me about Last Week Tonight", "Last Week Tonight"),  # a show, not a span
    ('tell me about "Kestrel Mobile"', "Kestrel Mobile"),  # quotes around it all come off
    ('tell me about "Kestrel" Mobile', '"Kestrel" Mobile'),  # a phrase stays one
    ("главные новости о Навальном", "Навальном"),
    ("is there news about the library?", "the library"),  # "news" was respelt "new"
    ("are there articles on the drought?", "the drought"),
    ("whats up with kestrel", "kestrel"),  # an apostrophe left out, as chat does
    ("чё там с Kestrel?", "Kestrel"),  # "что", as chat spells it
    # Russian news of a topic in the genitive, or of a name, needs no "о".
    ("новости засухи", "засухи"),
    ("Новости Велории", "Велории"),
    ("Новости Москвы", "Москвы"),
    ("главные новости Kestrel Mobile", "Kestrel Mobile"),
]
# What is new on a topic: its newest articles.
ASKED_NEWEST = [
    ("latest on Veloria interest rates", "Veloria interest rates"),
    ("show me the latest news on Brexit", "Brexit"),
    ("What's the latest on the congress?", "the congress"),
    ("any recent reports about Navalny?", "Navalny"),
    ("latest Kestrel news", "Kestrel"),
    ("recent drought reports", "drought"),
    ("Is there anything new on OVD-Info?", "OVD-Info"),
    ("what's new in Veloria", "Veloria"),
    ("что нового о конгрессе?", "конгрессе"),
    ("Привет! Что нового в России?", "России"),
    ("последние новости о Навальном", "Навальном"),
    ("последние новости Навального", "Навального"),
    ("kestrel breach latest", "kestrel breach"),
    ("Drought: the latest news", "Drought"),
    ("есть что-нибудь новое про ОВД-Инфо?", "ОВД-Инфо"),
    # A span with the topic: its newest.
    ("what happened this week in Veloria?", "Veloria"),
    ("any news on the congress this week?", "the congress"),
    ("что произошло в России за неделю?", "России"),
]
# A frame's words that open a name or a headline are no frame.
KEPT_WHOLE = [
    "News of the World phone hacking",
    "USA Today",
    "Apocalypse Now",
    "New York",
    "Hillary Clinton",
    "Hi-tech industry",
    "Search and rescue",
    "Good Morning America",
    "Reports of gunfire in Paris",
    "Veloria (FBK)",
    "Kestrel hackers",
    "Newest Ebola figures",
    "Top Gear",
    "Main Street",
    "Big News Network",
    "How the Academy Awards flourished",
    "Why Cell will get the hard sell",
    "Open letter to Putin",
    "Show 5 articles",
    "Facts and figures",
    "Quiet hours law",
    "Briefing at the White House",
    "And Then There Were None",  # a conjunction comes off only before a question word
    "Thomas More",
]


# Questions a sentence of an article may answer: the topic, and what answers.
QUESTIONS = [
    ("How many people were detained in Russia?", "people were detained in Russia", "figure"),
    ("how much did the library restoration cost", "the library restoration cost", "money"),
    ("сколько человек задержали в России?", "человек задержали в России", "figure"),
    ("к скольким годам приговорили Петрова?", "годам приговорили Петрова", "figure"),
    # Her age ("72-летняя"), not the years of a sentence: "лет" is no word of the first
    ("сколько лет пенсионерке?", "пенсионерке", "figure"),
    ("сколько лет было Навальному?", "Навальному", "figure"),
    ("сколько лет дали Петрову?", "лет дали Петрову", "figure"),
    ("на сколько снизили ставку?", "снизили ставку", "figure"),
    ("какую инфляцию ожидает ЦБ?", "инфляцию ожидает ЦБ", "figure"),
    ("за что осудили журналиста?", "осудили журналиста", "reason"),
    ("how old is Ilya Ponomarev?", "Ilya Ponomarev", "figure"),
    # A measure, with what it measures: a figure.
    ("what is the interest rate in Veloria?", "interest rate in Veloria", "figure"),
    ("What rate did the Bank of Veloria set?", "rate did the Bank of Veloria set", "figure"),
    ("what was the cost of the restoration", "cost of the restoration", "money"),
    ("what's the death toll?", "death toll", "figure"),
    ("what is the number of people detained?", "people detained", "figure"),  # "how many"
    ("какова ставка Банка Велории?", "ставка Банка Велории", "figure"),
    ("какой процент инфляции?", "инфляции", "figure"),
    ("каково население Велории?", "население Велории", "figure"),
    ("what is the rate?", "the rate", None),  # no name to say what it is
    ("in what year did the war start?", "the war", "date"),
    ("how long did the library restoration take?", "the library restoration", "duration"),
    ("How long has Navalny been in prison?", "Navalny been in prison", "duration"),
    ("как долго длилась забастовка?", "забастовка", "duration"),
    ("сколько времени продлится ремонт?", "ремонт", "duration"),
    ("сколько идёт ночной поезд?", "ночной поезд", "duration"),  # how long it takes
    ("сколько ехать на ночном поезде?", "на ночном поезде", "duration"),
    ("how often do trains run?", "trains", "frequency"),  # "three times a week"
    ("what time do the night trains leave?", "the night trains", "time"),  # "at 23:15"
    ("At what time does the rally start?", "the rally", "time"),
    ("во сколько уходит поезд?", "уходит поезд", "time"),
    ("в какое время открывается библиотека?", "библиотека", "time"),
    ("во сколько раз выросли цены?", "во сколько раз выросли цены", None),  # how many times
    # A pronoun alone names nothing: the article replied to, or nothing to search.
    ("WHERE", "", "place"),  # a question word alone
    ("what time is it?", "", "time"),
    ("when is it?", "", "date"),
    ("when is it open?", "", "date"),
    ("when will the pipeline be ready?", "the pipeline", "date"),  # "by 2028"
    ("when does the library open?", "the library", "date"),
    ("кто он?", "он", "identity"),  # who the person read about is
    ("who is she?", "she", "identity"),
    ("как часто ходят поезда?", "ходят поезда", "frequency"),
    ("какая температура была в Колдере?", "температура была в Колдере", "figure"),
    ("how much is a ticket on the night train?", "a ticket on the night train", "money"),
    ("what day was the congress?", "the congress", "date"),
    ("When was the congress?", "the congress", "date"),
    ("when did the war start?", "the war", "date"),  # articles write "began"
    ("when was the start", "the start", "date"),  # nothing left without it
    ("когда прошёл конгресс?", "конгресс", "date"),
    ("where was the congress held?", "the congress", "place"),
    ("где прошёл конгресс", "конгресс", "place"),
    ("где состоялась встреча?", "встреча", "place"),
    ("когда прошёл", "прошёл", "date"),  # nothing left without it
    ("who spoke at the congress?", "spoke at the congress", "person"),
    ("кто выступал на конгрессе?", "выступал на конгрессе", "person"),
    ('how many "people" were detained?', '"people" were detained', "figure"),
    ("who is Navalny?", "Navalny", "identity"),
    # What a name does, as a rule: what it is; what it did is its news (ASKED_ABOUT).
    ("what does OVD-Info do?", "OVD-Info", "identity"),
    ("что делает ОВД-Инфо?", "ОВД-Инфо", "identity"),
    ("what does the regulator do?", "the regulator", None),
    # What things: the sentence that says it, the thing a word of the topic.
    ("what laws were passed in March 2022?", "laws were passed in March 2022", "statement"),
    ("which exhibitions were held there?", "exhibitions were held there", "statement"),
    ("какие законы приняли в 2022 году?", "законы приняли в 2022 году", "statement"),
    # What someone did: of someone and their verb, not of "it".
    # What share: a figure ("38% of exporters").
    ("what percentage of exporters lost orders?", "exporters lost orders", "figure"),
    ("what share of exporters lost orders?", "exporters lost orders", "figure"),
    ("какой процент экспортёров потерял заказы?", "экспортёров потерял заказы", "figure"),
    ("какая доля урожая погибла?", "урожая погибла", "figure"),
    ("what part of the story is true?", "what part of the story is true", None),
    # A claim to check, before or after the asking: whether it is so.
    (
        'is this real? "Kestrel Mobile says hackers stole data"',
        "Kestrel Mobile says hackers stole data",
        "whether",
    ),
    ("Okafor resigned. Is that true?", "Okafor resigned", "whether"),
    ("это правда? В Брюсселе прошёл конгресс", "В Брюсселе прошёл конгресс", "whether"),
    ("Hale was sacked, really?", "Hale was sacked", "whether"),
    ("Kestrel. Is it true?", "Kestrel", None),  # no claim, a name
    # Two questions in one: the first is asked.
    ("who resigned and why?", "resigned", "person"),
    ("when and where was the congress held?", "the congress", "date"),
    ("why and when did Okafor resign?", "Okafor resign", "reason"),
    ("кто и когда ушёл в отставку?", "ушёл в отставку", "person"),
    ("who is Tom and Jerry?", "Tom and Jerry", "identity"),
    # Why, asked by its noun: the cause.
    ("what was the reason for the rate rise?", "the rate rise", "reason"),
    ("what's behind the drought?", "the drought", "reason"),
    ("what was the cause of the breach?", "the breach", "reason"),
    ("в чём причина засухи?", "засухи", "reason"),
    ("какова причина отставки Окафора?", "отставки Окафора", "reason"),
    ("what is behind you?", "behind you", None),
    ("what did the mayor ban?", "the mayor ban", "statement"),
    # What someone pays: a sum ("raise" is no payment: rates are raised).
    ("what will Kestrel spend on security?", "Kestrel spend on security", "money"),
    ("what did the city pay for the library?", "the city pay for the library", "money"),
    ("что потратит город на трубопровод?", "потратит город на трубопровод", "money"),
    ("what did the bank raise?", "the bank raise", "statement"),
    ("what will the trial show?", "the trial show", "statement"),
    ("что запретил мэр?", "запретил мэр", "statement"),
    ("что запретили в Колдере?", "запретили в Колдере", "statement"),
    ("what did they discuss at the congress?", "they discuss at the congress", "statement"),
    ("what did they decide?", "what did they decide", None),  # of whom?
    # What was done, in the passive: the sentence that says it.
    ("what was discussed at the congress?", "discussed at the congress", "statement"),
    ("what was stolen?", "stolen", "statement"),
    # The passive as chat says it: "got" for "was".
    ("who got sacked?", "was sacked", "person"),
    ("what got stolen?", "stolen", "statement"),
    ("who got the job?", "got the job", "person"),  # no deed done to them
    # A participle with no "-ed": whom it was done to, as "was sacked"
    ("who was paid?", "was paid", "person"),
    ("who was born in Calder?", "was born in Calder", "person"),
    ("what was said at the congress?", "said at the congress", None),  # whose words: a search
    ("what is green energy?", "green energy", None),  # no deed
    ("what does it mean?", "what does it mean", None),
    ("what should customers do?", "what should customers do", None),
    # Typed in capitals, asked as any question; names alone stay as typed.
    ("WHO PAID FOR THE LIBRARY???", "paid for the library", "person"),
    ("EU NATO", "EU NATO", None),
    ("what is the inflation rate?", "inflation rate", "figure"),
    ("что будет с ценами?", "что будет с ценами", None),
    ("what news is there?", "what news is there", None),  # the news, not a thing of it
    ("What high-definition will do to DVDs", "What high-definition will do to DVDs", None),
    ("какие статьи есть про засуху?", "какие статьи есть про засуху", None),
    ("Who's Daniel Okafor", "Daniel Okafor", "identity"),
    ("what is OVD-Info?", "OVD-Info", "identity"),
    ("кто такой Навальный", "Навальный", "identity"),
    ("who is navalny", "navalny", "identity"),  # typed in lower case
    # Who did it or holds a role: a name, not a description of one.
    ("who was sacked by Eastport United?", "sacked by Eastport United", "person"),
    ("who was sacked?", "was sacked", "person"),  # the passive kept: whom it was done to
    ("who is leading the bank?", "leading the bank", "person"),
    ("who is the governor of the bank?", "the governor of the bank", "person"),
    ("who is behind the hack?", "behind the hack", "person"),
    # A measure asked with "how" and what it measures; "насколько" as "сколько".
    ("how low is Lake Sorrel?", "Lake Sorrel", "figure"),
    ("how expensive is the night train?", "the night train", "figure"),
    ("how fast is inflation falling?", "inflation falling", "figure"),
    # How hot: what news measures it by, temperatures.
    ("how hot did it get in Calder?", "temperature in Calder", "figure"),
    ("how cold is it in Port Elms?", "temperature in Port Elms", "figure"),
    ("how tall is the tower?", "the tower", "figure"),
    # Which one in a row.
    ("how many congresses have there been?", "congresses have there been", "ordinal"),
    ("what number congress is this?", "congress is this", "ordinal"),
    ("какой это по счёту конгресс?", "конгресс", "ordinal"),
    # How a match ended: its score; of no match named, the words to search are none.
    ("what was the score?", "", "score"),
    ("what's the final score?", "", "score"),
    ("what was the score in the cup final?", "the cup final", "score"),
    ("what was the result of the final?", "the final", "score"),
    ("how did the final end?", "the final", "score"),
    ("какой был счёт в финале?", "в финале", "score"),
    ("с каким счётом закончился финал?", "финал", "score"),
    ("чем закончился матч?", "матч", "score"),
    ("what was the result of the vote?", "result of the vote", "figure"),  # no match
    ("what is the bank's target?", "bank's target", "figure"),
    ("насколько упал уровень озера?", "упал уровень озера", "figure"),
    ("на сколько упал уровень озера?", "упал уровень озера", "figure"),
    ("до какого уровня упало озеро?", "уровня упало озеро", "figure"),
    ("to what level did the lake fall?", "level did the lake fall", "figure"),
    # "Which" in Russian: a city is a place, a year a date, a team a name.
    ("какой город ограничил подачу воды?", "ограничил подачу воды", "place"),
    ("в какой стране прошёл конгресс?", "конгресс", "place"),
    ("в каком году начались наблюдения?", "наблюдения", "date"),
    ("какая команда выиграла кубок?", "выиграла кубок", "organization"),
    ("какой игрок забил гол?", "забил гол", "person"),
    ("what was the result of the vote?", "result of the vote", "figure"),
    # A sum of money, not any figure; but a count, or how much a sum changed, is one.
    ("сколько стоит билет на ночной поезд?", "стоит билет на ночной поезд", "money"),
    ("what is the price of a sleeper cabin?", "price of a sleeper cabin", "money"),
    ("how many hours have crews spent in space?", "hours have crews spent in space", "figure"),
    ("by how much were salaries cut?", "salaries cut", "figure"),
    # The auxiliary is the question's: "could" is in no article that answers it.
    ("how much could Kestrel be fined?", "Kestrel be fined", "figure"),
    ("how much did house prices fall?", "house prices fall", "figure"),
    ("какова стоимость ремонта?", "стоимость ремонта", "money"),
    ("what was Kestrel's revenue last year?", "Kestrel's revenue last year", "money"),
    ("какова прибыль банка?", "прибыль банка", "money"),
    ("how far is Calder?", "how far is Calder", None),  # a distance: not any figure
    ("what is the plan?", "the plan", None),  # no name to say what it is
    ("What's next for consoles?", "What's next for consoles", None),
    ("Who do you think you are?", "Who do you think you are", None),  # a show, no question
    ("what did OVD-Info say about the detentions?", "OVD-Info the detentions", "quote"),
    ("what did Mendes say after the final?", "Mendes the final", "quote"),
    ("что сообщает ОВД-Инфо?", "ОВД-Инфо", "quote"),
    ("what did the regulator announce?", "the regulator", "quote"),
    # "which" and a kind of name, place or time asks for one.
    ("which club won the National Cup?", "won the National Cup", "organization"),
    ("which university is testing batteries?", "is testing batteries", "organization"),
    ("which player scored the winner?", "scored the winner", "person"),
    # How many came: reports count who was there, seldom writing that they came.
    ("how many fans came?", "fans", "figure"),
    ("сколько болельщиков пришло?", "болельщиков", "figure"),
    ("how many people turned up?", "people turned up", "figure"),  # any count would do
    # whom something was done to, or given
    ("кого задержали?", "задержали", "person"),
    ("кому вручили премию?", "вручили премию", "person"),
    ("whom did the club sign?", "the club sign", "person"),
    ("Which city hosted the congress?", "hosted the congress", "place"),
    ("which year did the war start?", "the war", "date"),
    ("which way now for Labour?", "which way now for Labour", None),  # no kind of name
    ("What does the Bank of Veloria say?", "the Bank of Veloria", "quote"),
    ("что сказал Навальный о войне?", "Навальный войне", "quote"),
    ("что Окафор сказал о взломе?", "Окафор взломе", "quote"),  # the name first
    ("что он сказал?", "он", "quote"),  # of the card replied to
    # Why: a cause.
    ("why did Kestrel shares fall?", "Kestrel shares fall", "reason"),
    ("Why was Viktor Hale sacked?", "Viktor Hale sacked", "reason"),
    ("what caused the drought?", "the drought", "reason"),
    ("how come the lake is so low?", "the lake is so low", "reason"),
    ("почему Колдер ограничил подачу воды?", "Колдер ограничил подачу воды", "reason"),
    ("из-за чего задержали активистов?", "задержали активистов", "reason"),
    # Asked indirectly, in a statement's order: the question it asks.
    (
        "Can you tell me when the night trains start running again?",
        "the night trains start running again",
        "date",
    ),
    ("do you know where the congress was held?", "the congress", "place"),
    ("tell me why Hale was sacked", "Hale sacked", "reason"),
    ("I was wondering how many people were detained", "people were detained", "figure"),
    ("can you tell me what the interest rate is?", "interest rate", "figure"),
    ("do you know who Daniel Okafor is?", "Daniel Okafor", "identity"),
    ("please tell me who resigned over the breach", "resigned over the breach", "person"),
    ("скажите, пожалуйста, сколько человек задержали?", "человек задержали", "figure"),
    ("не подскажете, где прошёл конгресс?", "конгресс", "place"),
    ("where's the congress?", "the congress", "place"),
    ("wheres the congress", "the congress", "place"),
    ("when's the next rate decision?", "the next rate decision", "date"),
    ("whos daniel okafor", "daniel okafor", "identity"),
    # A question word as chat spells it.
    ("wen did okafor resign", "okafor resign", "date"),
    ("y did he resign?", "he resign", "reason"),
    ("hw many people were detained?", "people were detained", "figure"),
    ("скока человек задержали?", "человек задержали", "figure"),
    ("када прошёл конгресс?", "конгресс", "date"),
    ("Y Combinator?", "Y Combinator", None),  # no verb after it: a name
    # A question going on from the last answer opens with a conjunction.
    ("and when did he resign?", "he resign", "date"),
    ("So, who won the cup?", "won the cup", "person"),
    ("а сколько за протесты?", "за протесты", "figure"),
    ("и где это было?", "это было", "place"),
    # "кто это сказал?" asks who did it (in what the reader is reading, as
    # "who?" alone); "кто это Окафор?" who he is.
    ("и кто это сказал?", "", "person"),
    ("who said that?", "", "person"),
    ("кто это посчитал?", "это посчитал", "person"),
    ("кто это Окафор?", "Окафор", "identity"),
    ("кто это такой Окафор?", "Окафор", "identity"),
]


@pytest.mark.parametrize(("message", "topic"), ASKED_ABOUT)
def test_the_frame_comes_off_and_the_topic_is_searched(message: str, topic: str) -> None:
    assert read_message(message) == Asked("search", topic)


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        ("did Okafor resign?", "Okafor resign"),
        ("Was the billing system updated?", "the billing system updated"),
        ("will the trains run in December?", "the trains run in December"),
        ("is it true that Okafor resigned?", "Okafor resigned"),
        ("Is it true, Okafor resigned?", "Okafor resigned"),
        ("открылась ли библиотека?", "открылась библиотека"),
        ("правда ли, что Окафор ушёл в отставку?", "Окафор ушёл в отставку"),
        ("вернутся ли ночные поезда?", "вернутся ночные поезда"),
    ],
)
def test_a_question_whether_something_is_so_wants_the_sentence_that_says(
    message: str, topic: str
) -> None:
    assert read_message(message) == Asked("search", topic, "whether")


@pytest.mark.parametrize(
    ("message", "asked"),
    [
        ("Will Smith?", Asked("search", "Will Smith")),  # a name, not "will Smith ...?"
        ("did Okafor resign", Asked("search", "did Okafor resign")),  # no question mark
        ("are you a bot?", Asked("search", "are you a bot")),  # of the bot, no news
        ("знаешь ли ты Навального?", Asked("search", "знаешь ли ты Навального")),
        ("is there news about the library?", Asked("search", "the library")),  # a frame
        ("есть ли новости о засухе?", Asked("search", "засухе")),
        ("can you summarise the congress?", Asked("summary", "the congress")),
    ],
)
def test_what_only_looks_like_a_question_whether_is_read_as_before(
    message: str, asked: Asked
) -> None:
    assert read_message(message) == asked


@pytest.mark.parametrize(
    ("message", "topic", "verb"),
    [
        ("when did the strike end?", "the strike", "end"),
        ("how long does the night train take?", "the night train", "take"),
        ("when did the congress start?", "the congress", "start"),
        ("когда начался конгресс?", "конгресс", "начался"),
        ("когда откроется библиотека?", "библиотека", "откроется"),
        ("сколько длился конгресс?", "конгресс", "длился"),
        ("когда закончилась забастовка?", "забастовка", "закончилась"),
        ("where was the congress held?", "the congress", ""),  # any event's verb
        ("where do the night trains go?", "the night trains", ""),
        ("когда прошёл конгресс?", "конгресс", ""),
        ("when was the start", "the start", ""),  # nothing left without it
        ("when did Okafor resign?", "Okafor resign", ""),  # no verb of when or where
    ],
)
def test_the_verb_of_when_where_or_how_long_is_kept_apart_for_the_answer(
    message: str, topic: str, verb: str
) -> None:
    asked = read_message(message)
    assert (asked.words, asked.verb) == (topic, verb)


@pytest.mark.parametrize(("message", "topic", "wants"), QUESTIONS)
def test_a_question_searches_its_topic_and_wants_its_kind_of_answer(
    message: str, topic: str, wants: str | None
) -> None:
    asked = read_message(message)
    assert (asked.kind, asked.words, asked.wants) == ("search", topic, wants)


def test_an_indirect_question_about_what_was_said_or_what_happened() -> None:
    said = read_message("do you know what Navalny said?")
    assert (said.wants, said.speaker) == ("quote", "Navalny")
    assert read_message("tell me what happened yesterday") == Asked("top", "yesterday")
    assert read_message("tell me about OVD-Info") == Asked("search", "OVD-Info")  # no question
    assert read_message("When Harry Met Sally") == Asked("search", "When Harry Met Sally")


@pytest.mark.parametrize(
    ("message", "speaker"),
    [
        ("what did OVD-Info say about the detentions?", "OVD-Info"),
        ("What does the Bank of Veloria say?", "the Bank of Veloria"),
        ("что сказал Навальный о войне?", "Навальный"),
        ("how many people were detained?", ""),
    ],
)
def test_what_someone_said_names_whose_words(message: str, speaker: str) -> None:
    assert read_message(message).speaker == speaker


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        ("what did people say about the Kestrel breach?", "the Kestrel breach"),
        ("what did they say about the drought?", "the drought"),
        ("что говорят люди о засухе?", "засухе"),
    ],
)
def test_what_anyone_said_about_a_topic_searches_the_topic(message: str, topic: str) -> None:
    asked = read_message(message)
    assert (asked.words, asked.wants) == (topic, "quote")
    assert not any(ch.isupper() for ch in asked.speaker)  # no name's words only


@pytest.mark.parametrize(
    ("message", "kind", "words"),
    [
        ("summarise the Brussels congress", "summary", "the Brussels congress"),
        ("Can you sum up the OVD-Info report?", "summary", "the OVD-Info report"),
        ("give me a summary of 5", "summary", "5"),
        ("Recap of the week", "summary", "the week"),
        ("перескажи статью про ОВД-Инфо", "summary", "ОВД-Инфо"),
        ("кратко о конгрессе", "summary", "конгрессе"),
        # What something is about: its summary.
        ("what was the congress about?", "summary", "the congress"),
        ("what is the Kestrel story all about?", "summary", "the Kestrel story"),
        ("о чём был конгресс?", "summary", "конгресс"),
        ("о чём статья про засуху?", "summary", "засуху"),
        ("what is it about?", "summary", ""),
        ("what's this article about?", "summary", ""),
        ("give me the gist", "summary", ""),
        ("о чём эта статья?", "summary", ""),
        ("о чём речь?", "summary", ""),
        ("what are you talking about?", "search", "you talking about"),  # asks no news
        # What it is, in short: its summary.
        ("explain the Kestrel breach", "summary", "the Kestrel breach"),
        ("can you explain the drought?", "summary", "the drought"),
        ("catch me up on the Kestrel breach", "summary", "the Kestrel breach"),
        ("bring me up to speed on the drought", "summary", "the drought"),
        ("what is the background to the congress?", "summary", "the congress"),
        ("remind me what happened with Kestrel", "summary", "Kestrel"),
        ("give me an overview of the drought", "summary", "the drought"),
        ("объясни, что случилось с Kestrel", "summary", "Kestrel"),
        ("в двух словах о засухе", "summary", "засухе"),
        ("explain this", "summary", ""),
        ("объясни", "summary", ""),
        # The gist, the point, the timeline: a summary too (a topic's is dated).
        ("what's the gist?", "summary", ""),
        ("what are the main points?", "summary", ""),
        ("what is the gist of the Kestrel breach?", "summary", "the Kestrel breach"),
        ("main points of the congress", "summary", "the congress"),
        ("timeline of the Kestrel breach", "summary", "the Kestrel breach"),
        ("хронология событий вокруг Kestrel", "summary", "Kestrel"),
        ("в чём суть?", "summary", ""),
        ("в чём смысл статьи?", "summary", ""),
        ("в двух словах", "summary", ""),
        ("в чём суть истории с Kestrel?", "summary", "Kestrel"),
        ("суть конгресса", "summary", "конгресса"),
        ("смысл жизни", "search", "смысл жизни"),
        ("timeline", "search", "timeline"),
        ("can you explain yourself?", "search", "can you explain yourself"),
        ("key facts about OVD-Info", "facts", "OVD-Info"),
        ("what are the facts on the congress?", "facts", "the congress"),
        ("главные факты о конгрессе", "facts", "конгрессе"),
        # Who and what an article names: its facts card lists them.
        ("which organisations are mentioned in article 3?", "facts", "article 3"),
        ("who are the people in the Kestrel story?", "facts", "the Kestrel story"),
        ("what places are in the drought story?", "facts", "the drought story"),
        ("people in article 1", "facts", "article 1"),
        ("who is mentioned in this article?", "facts", ""),
        ("кто упоминается в статье 5?", "facts", "статье 5"),
        ("какие страны упоминаются в статье 3?", "facts", "статье 3"),
        ("who is mentioned?", "facts", ""),
        ("which countries are mentioned?", "facts", ""),
        ("кто упоминается?", "facts", ""),
        ("people in Brussels", "search", "people in Brussels"),  # no article named
        ("the people in Russia detained", "search", "the people in Russia detained"),
        ("more like 5", "related", "5"),
        ("similar to the Brussels congress", "related", "the Brussels congress"),
        ("похожие на 5", "related", "5"),
        ("what's similar to the library story?", "related", "the library story"),
        ("anything related to the Kestrel breach?", "related", "the Kestrel breach"),
        # A command's name alone: the card it replies to (or the command asks which).
        ("summary", "summary", ""),
        ("key facts", "facts", ""),
        ("more on this", "related", ""),
        ("what happened next?", "related", ""),
        ("any updates on this story?", "related", ""),
        ("что было дальше?", "related", ""),
        ("show me articles about this", "related", ""),
        ("any other stories on this topic?", "related", ""),
        ("покажи другие статьи на эту тему", "related", ""),
        ("кратко", "summary", ""),
        ("похожие", "related", ""),
        ("open 5", "summary", "5"),
        ("show me article #5", "summary", "5"),
        ("статья 5", "summary", "5"),
        ("read 31", "read", "31"),
        ("full text of article 31", "read", "31"),
        ("прочитать 31", "read", "31"),
        ("read this", "read", ""),
        ("give me the full story", "read", ""),
        ("полный текст", "read", ""),
        # One article by its words: the best match's card.
        ("open the congress article", "open", "congress"),
        ("show me the article about the Kestrel breach", "open", "the Kestrel breach"),
        ("покажи статью про засуху", "open", "засуху"),
        ("send me a daily digest at 8am", "digest", "8am"),
        ("присылай дайджест в 8:00", "digest", "8:00"),
        ("morning briefing at 7:30 London", "briefing", "7:30 London"),
        # A bare hour is /briefing's "7am" when the words say the morning.
        ("send me the top stories every morning at 7", "briefing", "7am"),
        ("evening briefing at 6", "briefing", "6pm"),
        ("briefing at 7", "briefing", "7"),  # morning or evening: /briefing asks
        ("присылай главные новости каждое утро в 8", "briefing", "8am"),
        ("утренний обзор в 8 Москва", "briefing", "8am Москва"),
        ("дайджест каждое утро в 9", "digest", "9am"),
        ("stop the briefing", "briefing", "off"),
        ("не присылай обзор", "briefing", "off"),
        ("no updates from 10pm to 7am", "quiet", "10pm to 7am"),
        ("тихие часы 23:00-07:00", "quiet", "23:00-07:00"),
        ("follow Navalny", "subscribe", "Navalny"),
        ("Subscribe me to OVD-Info, please", "subscribe", "OVD-Info"),
        ("keep me posted on the Kestrel breach", "subscribe", "the Kestrel breach"),
        ("notify me about new articles on drought", "subscribe", "drought"),
        ("let me know when there's news on the drought", "subscribe", "the drought"),
        ("notify me when there is news about Kestrel", "subscribe", "Kestrel"),
        ("let me know if anything happens with Kestrel", "subscribe", "Kestrel"),
        ("сообщи, если будут новости о засухе", "subscribe", "засуха"),
        ("дай знать, когда появятся новости про Kestrel", "subscribe", "Kestrel"),
        ("stop sending me news about the drought", "unsubscribe", "the drought"),
        ("stop sending me drought news", "unsubscribe", "drought news"),  # as followed: "drought"
        ("не присылай больше про засуху", "unsubscribe", "засуха"),
        ("sign me up for Veloria news", "subscribe", "Veloria"),  # no article says "news"
        ("stop following Kestrel news", "unsubscribe", "Kestrel"),
        ("уведомляй о новостях про Kestrel", "subscribe", "Kestrel"),
        ("оповещайте меня о засухе", "subscribe", "засуха"),  # as the dictionary writes it
        ("подпиши меня на Навального", "subscribe", "Навального"),
        ("хочу следить за конгрессом", "subscribe", "конгресс"),
        ("unsubscribe me from Navalny", "unsubscribe", "Navalny"),
        ("stop following drought", "unsubscribe", "drought"),
        ("отпиши меня от ОВД-Инфо", "unsubscribe", "ОВД-Инфо"),
        ("подпишись на засуху", "subscribe", "засуха"),
        ("следи за Москвой", "subscribe", "Москва"),
        ("подпишись на США", "subscribe", "США"),  # an abbreviation as typed
        ("отпишись от ОВД-Инфо", "unsubscribe", "ОВД-Инфо"),
        # Every topic: /unsubscribe all
        ("unsubscribe me from everything", "unsubscribe", "all"),
        ("stop all updates", "unsubscribe", "all"),
        ("отпишись от всего", "unsubscribe", "all"),
        ("отпиши меня от всех тем", "unsubscribe", "all"),
        ("show my subscriptions", "subscriptions", ""),
        ("что у меня в подписках?", "subscriptions", ""),
        ("список подписок", "subscriptions", ""),
        ("what do I follow?", "subscriptions", ""),
        ("мои подписки", "subscriptions", ""),
        # "this" in reply to a card is the card's article: no words, as the command's reply.
        ("follow this story", "subscribe", ""),
        ("More like this", "related", ""),
        ("more stories like the Kestrel breach", "related", "the Kestrel breach"),
        ("статьи похожие на засуху", "related", "засуху"),
        # News of a topic followed is the topic: no article says "news".
        ("subscribe me to news about the drought", "subscribe", "the drought"),
        ("подпишись на новости о засухе", "subscribe", "засуха"),
        ("следить за новостями о засухе", "subscribe", "засуха"),
        ("follow News of the World", "subscribe", "News of the World"),  # a name
        ("any other articles about the drought?", "search", "the drought"),
        ("other stories on Kestrel", "search", "Kestrel"),
        ("что ещё писали о засухе?", "search", "засухе"),
        ("есть ещё статьи про засуху?", "search", "засуху"),
        ("другие статьи о засухе", "search", "засухе"),
        ("summarise this, please", "summary", ""),
        ("главные факты из неё", "facts", ""),
    ],
)
def test_a_summary_or_the_facts_asked_for_in_plain_words(
    message: str, kind: str, words: str
) -> None:
    assert read_message(message) == Asked(kind, words)  # type: ignore[arg-type]


def test_a_frame_with_nothing_after_it_is_searched_as_words() -> None:
    assert read_message("summary of") == Asked("search", "summary of")
    assert read_message("Summary statistics on crime") == Asked(
        "search", "Summary statistics on crime"
    )


@pytest.mark.parametrize(("message", "topic"), ASKED_NEWEST)
def test_what_is_new_on_a_topic_asks_for_its_latest(message: str, topic: str) -> None:
    assert read_message(message) == Asked("latest", topic)


@pytest.mark.parametrize(
    ("message", "words"),
    [
        ("latest news in Russian please", "ru"),
        ("news in English", "en"),
        ("новости на английском", "en"),
        ("новости по-русски", "ru"),
        ("latest on the drought in Russian", "ru the drought"),
        ("Brussels congress in English", "en Brussels congress"),
    ],
)
def test_news_in_one_language_is_its_latest(message: str, words: str) -> None:
    assert read_message(message) == Asked("latest", words)


@pytest.mark.parametrize(
    ("message", "count"),
    [
        ("show me the latest 3 articles", "3"),
        ("last 5 news", "5"),
        ("latest 10 stories please", "10"),
        ("give me 3 latest news", "3"),
        ("покажи 5 последних новостей", "5"),
        ("последние 10 статей", "10"),
        ("3 последние новости", "3"),
    ],
)
def test_so_many_of_the_newest_is_latest_of_that_count(message: str, count: str) -> None:
    assert read_message(message) == Asked("latest", count)


def test_a_count_with_other_words_is_no_count_of_the_newest() -> None:
    assert read_message("last 5 years of drought") == Asked("search", "last 5 years of drought")
    assert read_message("3 new rules") == Asked("search", "3 new rules")


@pytest.mark.parametrize(
    ("message", "language"),
    [
        ("change language to Russian", "ru"),
        ("switch to English", "en"),
        ("speak English please", "en"),
        ("please answer in Russian", "ru"),
        ("говори по-русски", "ru"),
        ("отвечай на английском", "en"),
        ("смени язык на русский", "ru"),
        ("переключись на английский", "en"),
    ],
)
def test_the_chats_language_asked_for_in_plain_words(message: str, language: str) -> None:
    assert read_message(message) == Asked("lang", language)


@pytest.mark.parametrize(
    ("message", "kind", "words"),
    [
        ("news in English", "latest", "en"),  # the news in it, not the chat's language
        ("Russian speaker", "search", "Russian speaker"),
        ("English language school", "search", "English language school"),
        ("remind me what I follow", "subscriptions", ""),
        ("which topics do I follow?", "subscriptions", ""),
        ("stop sending me updates", "unsubscribe", "all"),
        ("no more notifications please", "unsubscribe", "all"),
        ("не присылай мне больше уведомления", "unsubscribe", "all"),
        ("хватит присылать обновления", "unsubscribe", "all"),
        # A digest with no time: /digest asks when; updates as they come: /digest off.
        ("send me a daily digest", "digest", ""),
        ("send updates once a day", "digest", ""),
        ("присылай обновления раз в день", "digest", ""),
        ("instant updates please", "digest", "off"),
        ("send updates as they come", "digest", "off"),
        ("отключи дайджест", "digest", "off"),
        ("Daily Digest of world news", "search", "Daily Digest of world news"),
        ("Reader's Digest", "search", "Reader's Digest"),
    ],
)
def test_chat_settings_in_plain_words(message: str, kind: str, words: str) -> None:
    assert read_message(message) == Asked(kind, words)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "message", ["Trending topics on Twitter", "hot weather", "popular uprising", "what is hot yoga"]
)
def test_words_of_trends_with_a_topic_are_searched(message: str) -> None:
    assert read_message(message).kind == "search"


def test_a_language_named_in_a_question_is_its_words() -> None:
    assert read_message("who speaks in Russian?") == Asked("search", "speaks in Russian", "person")
    assert read_message("Russian") == Asked("search", "Russian")


@pytest.mark.parametrize(
    ("message", "span"),
    [
        ("top stories", ""),
        ("What are the top stories today?", ""),
        ("what happened yesterday?", "yesterday"),  # a period: /top yesterday
        ("news from last week", "last week"),  # the calendar week before: a period
        ("top stories last month", "last month"),
        ("biggest stories of the last week", "week"),  # the seven days to today
        ("headlines", ""),
        ("biggest stories this week", "week"),
        ("this week's top stories", "week"),
        ("news from the past month", "month"),
        ("top stories of the year", "year"),
        ("главные новости", ""),
        ("что случилось вчера?", "yesterday"),
        ("главные новости за неделю", "week"),
        ("главное за месяц", "month"),
        # What is talked about most: what most report.
        ("what's trending?", ""),
        ("what is trending this week?", "week"),
        ("most read stories", ""),
        ("what are people talking about?", ""),
        ("что в тренде?", ""),
        ("о чём все говорят?", ""),
        ("популярные новости за неделю", "week"),
        # What to read, asked of the bot: what most report.
        ("what should I read today?", ""),
        ("what should I read this week?", "week"),
        ("anything worth reading?", ""),
        ("tell me something interesting", ""),
        ("can you recommend an article?", ""),
        ("что почитать?", ""),
        ("посоветуй что-нибудь почитать", ""),
        ("расскажи что-нибудь интересное", ""),
        # So many of them: /top 3 week.
        ("top 3 stories this week", "3 week"),
        ("show me the 5 biggest stories this year", "5 year"),
        ("главные 3 новости недели", "3 week"),
        ("топ-5 новостей", "5"),
        ("5 главных новостей", "5"),
    ],
)
def test_the_top_stories_of_a_span(message: str, span: str) -> None:
    assert read_message(message) == Asked("top", span)


def test_a_count_of_top_stories_in_a_title_is_searched() -> None:
    assert read_message("Top 10 Stories of 2025") == Asked("search", "Top 10 Stories of 2025")


@pytest.mark.parametrize("message", KEPT_WHOLE)
def test_names_and_headlines_keep_every_word(message: str) -> None:
    assert read_message(message) == Asked("search", message)


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        ("hello", "greeting"),
        ("Hi!", "greeting"),
        ("hey bot", "greeting"),
        ("Good morning!", "greeting"),
        ("Здравствуйте", "greeting"),
        ("thanks!", "thanks"),
        ("Thank you so much", "thanks"),
        ("спасибо большое!", "thanks"),
        ("great, thanks a lot", "thanks"),
        # "ok", 👍: the answer was taken in; no words to search.
        ("ok", "acknowledged"),
        ("Got it, thanks!", "acknowledged"),
        ("понятно", "acknowledged"),
        ("Ок, спасибо", "acknowledged"),
        ("👍", "acknowledged"),
        ("👍🏽👍🏽", "acknowledged"),
        ("🙏 !", "acknowledged"),
        ("❤️", "acknowledged"),
        ("tell me more", "more"),
        ("More please", "more"),
        ("а подробнее?", "more"),
        ("ещё", "more"),
        ("bye", "goodbye"),
        ("OK, bye!", "goodbye"),
        ("пока-пока", "goodbye"),
        ("До свидания", "goodbye"),
        ("help", "help"),
        ("what can you do?", "help"),
        ("что ты умеешь?", "help"),
        ("what are the commands?", "help"),
        ("какие есть команды?", "help"),
        ("список команд", "help"),
        ("help me", "help"),
        ("что умеет бот?", "help"),
        ("как пользоваться ботом?", "help"),
        ("что ты можешь?", "help"),
        ("what can this bot do?", "help"),
        ("покажи источники", "sources"),
        ("show me the sources", "sources"),
        ("how many articles do you have?", "sources"),
        ("What sources do you use?", "sources"),
        ("which news sources are there?", "sources"),
        ("сколько у тебя статей?", "sources"),
        ("какие источники?", "sources"),
        ("news", "latest"),
        ("What's new?", "latest"),
        ("whats up?", "latest"),
        ("any news today?", "latest"),
        ("что нового?", "latest"),
        ("последние новости", "latest"),
    ],
)
def test_a_message_that_asks_for_no_words(message: str, kind: str) -> None:
    assert read_message(message) == Asked(kind)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("message", "command"),
    [
        ("how do I subscribe?", "subscribe"),
        ("How can I get alerts on Navalny?", "subscribe"),
        ("how do I follow the election?", "subscribe"),  # asked how, not to
        ("как подписаться на новости?", "subscribe"),
        ("how do I unsubscribe?", "unsubscribe"),
        ("how to stop getting updates", "unsubscribe"),
        ("как мне отписаться?", "unsubscribe"),
        ("how do I search for articles?", "search"),
        ("как найти статью?", "search"),
        ("how can I get a summary?", "summary"),
        ("how do I see the key facts?", "facts"),
        ("how to find similar stories", "related"),
        ("how do I set up a daily digest?", "digest"),
        ("как сменить язык?", "lang"),
        ("what does /facts do?", "facts"),
        ("what is /Related for?", "related"),
        ("how to use summary", "summary"),
        ("что делает /top?", "top"),
        ("what is /frobnicate?", "frobnicate"),  # /help says it has none
        ("help with subscriptions", "subscribe"),
        ("помощь по подписке", "subscribe"),
        ("help on /digest", "digest"),
        ("help latest", "latest"),
    ],
)
def test_how_to_do_something_is_the_help_of_its_command(message: str, command: str) -> None:
    assert read_message(message) == Asked("help", command)


@pytest.mark.parametrize(
    "message",
    [
        "how do I find a job?",
        "how can we stop the war?",
        "what is inflation?",
        "как следует",
        "help Ukraine",  # a search
        "help me with my homework",
    ],
)
def test_how_to_questions_about_the_news_are_no_help(message: str) -> None:
    assert read_message(message).kind != "help"


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        ("who wrote this?", ""),
        ("Who is the author?", ""),
        ("when was it published?", ""),
        ("what's the source?", ""),
        ("кто автор?", ""),
        ("кто написал эту статью?", ""),
        ("когда это опубликовали?", ""),
        ("who wrote the article about the drought?", "the drought"),
        ("when was the story about the library published?", "the library"),
        ("кто написал статью о засухе?", "засухе"),
        # where to read it
        ("link?", ""),
        ("send me the link", ""),
        ("the original", ""),
        ("дай ссылку", ""),
        ("где это почитать?", ""),
    ],
)
def test_who_wrote_an_article_and_when(message: str, topic: str) -> None:
    assert read_message(message) == Asked("byline", topic)


@pytest.mark.parametrize(
    ("message", "language"),
    [
        ("is there a Russian version?", "ru"),
        ("translate this", ""),
        ("translate it into English", "en"),
        ("переведи на русский", "ru"),
        ("есть на английском?", "en"),
        ("in Russian?", "ru"),
        ("английская версия", "en"),
        ("IN ENGLISH", "en"),  # with no card replied to, the newest in English
    ],
)
def test_the_story_in_another_language(message: str, language: str) -> None:
    assert read_message(message) == Asked("versions", language)


@pytest.mark.parametrize(
    "message",
    [
        "who wrote the book?",
        "who is the author of the report on torture?",
        "links between Russia and China",
        "original sin",
    ],
)
def test_who_wrote_something_else_is_a_question(message: str) -> None:
    assert read_message(message).kind != "byline"


def test_marks_alone_are_left_to_the_search_to_refuse() -> None:
    assert read_message("?!…") == Asked("search", "?!…")
    assert read_message("📰") == Asked("search", "📰")
    assert read_message("👎") == Asked("search", "👎")  # no thanks: the search says it has no words


@given(st.text(max_size=300))
def test_any_message_reads_as_something_it_holds(message: str) -> None:
    asked = read_message(message)
    squeezed = " ".join(message.split())
    # Whatever it asks for, its words are the message's own ("new on 0": the newest on "0"),
    # but for the language news is asked in ("IN ENGLISH": "en"; "НА РУССКОМ", a card's
    # versions in Russian: "ru").
    words = asked.words
    if asked.kind in ("latest", "versions") and words[:3].rstrip() in ("en", "ru"):
        words = words[3:]
    if asked.kind == "help":  # the command asked how to use ("how do I follow ...?": subscribe)
        words = ""
    # (A message typed in capitals is read in lower case.)
    assert words in squeezed or (squeezed.isupper() and words in squeezed.lower())
    if asked.kind == "search":
        # No words only for nothing, or a question of the card replied to ("WHERE").
        assert asked.words or not squeezed or asked.wants


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("the second one", 2),
        ("open the first", 1),
        ("number 3", 3),
        ("the last article", -1),
        ("вторую", 2),
        ("третьей статье", 3),
        ("покажи последнюю", -1),
        ("the second half", None),
        ("#2", None),  # an id
        ("2", None),
    ],
)
def test_an_item_of_a_list_is_named_by_its_place(words: str, place: int | None) -> None:
    assert item_number(words) == place
