"""Common news words in Russian and in English, to look for a reader's words
in reports written in the other language.

Words match words of their own language, and only names, figures and dates
are shared across languages (crosslingual.py): a reader asking "что было на
конгрессе?" of a store whose report of the congress is in English, or "засуха в
Колдере" of English reports of the drought, found nothing. Looking each word
up in a bilingual list and searching its equivalents is how search across
languages is done without a translation model (dictionary-based query
translation). A short list does: news is written in a few hundred words of
events, institutions, the economy, crime, weather and sport.

Word by word, and only where every word of the query has an equivalent (or
is a name, which keys across languages as before): a word left untranslated
would find the story without what the reader asked of it. The bot translates
nothing it shows: the reply says which words it looked for.

Each line is one sense: Russian dictionary forms | English words, the first of
each side the one looked for first ("_" joins the words of a phrase); a side
left empty lists words of one sense in the other's language only, not to be
looked for across; words after "<" there are read in that sense, as written
only ("fired", not "fire"), and never looked for instead of the others (a
search for "fired" finds fires and shots too). A word with two senses in the
other language is listed one way only (">": Russian to English): "trial" is
an "испытание" of batteries and a "суд", "crown" a currency and a king's.
"мир" (peace, world) is listed in neither: a wrong sense finds another story.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Collection, Iterable, Iterator, Sequence

from bot.news import russian
from bot.news.text import has_russian_letters, stem

# How many wordings of a query are tried at most (each word's equivalents in
# turn, the likeliest first).
MAX_WORDINGS = 8

_LINES = """
конгресс съезд | congress
конференция | conference
форум | forum
саммит | summit
оппозиция оппозиционный оппозиционер | opposition
активист | activists
правозащитник > rights activists
протест протестовать | protest protests
митинг > rally protest
демонстрация демонстрант | demonstration protesters
война | war
военный > military war
антивоенный | anti-war
вторжение | invasion
армия | army
корпус > corps
добровольческий доброволец волонтёр | volunteer
солдат военнослужащий | soldiers troops
мобилизация | mobilisation mobilization
призыв > conscription draft
правительство | government
власть > authorities
президент | president
министр | minister
министерство | ministry
парламент | parliament
депутат > lawmakers deputy
выборы избирательный | election elections
голосование голосовать | vote
закон | law laws
законопроект > bill
правило > rules
суд | court
судья | judge
приговор приговорить > sentenced sentence
тюрьма | prison jail
заключённый политзаключённый | prisoners
арест арестовать | arrested arrest
задержание задержать | detained detentions
полиция полицейский | police
санкция | sanctions
эмиграция эмигрант изгнание | exile emigrants
беженец | refugees
граница > border
посольство | embassy
дипломат | diplomats
переговоры | negotiations
переговоры > talks
разногласие раскол | disagreements divisions
перемирие | ceasefire
режим > regime
диктатура | dictatorship
демократия демократический | democracy
свобода | freedom
цензура | censorship
журналист | journalists
газета | newspaper
выставка | exhibition
кампания | campaign
резолюция | resolution
декларация | declaration
заявление | statement
выступление выступать выступить | speech spoke
обсуждать обсудить обсуждение дискуссия | discussed discussion
организовать > organised organized
встреча встретиться | meeting met
собраться > gathered met
поддержка поддержать поддерживать | support supported
участник | participants
приехать > came arrived attended
группа | groups group
впервые > first
организатор | organisers organizers
делегат | delegates
евросоюз > european_union EU
европейский | european
русский российский | russian
фонд > foundation fund
страна | country
отставка > resigned
уйти > resigned left
уволить увольнение | sacked dismissed
| sacked dismissed < fired
| resigned quit
назначить назначение | appointed
возглавить возглавлять > lead led head
избрать | elected
убить убийство | killed
погибнуть гибель | died killed
умереть смерть | died death
ранить ранение | injured
нападение атака | attack
взрыв | explosion blast
пожар > fire blaze
авария | accident
авария > crash
эвакуация эвакуировать | evacuated
запрет запретить | ban banned
штраф оштрафовать > fine fined
расследование | investigation inquiry
регулятор | regulator
открыть открыться открытие | opened reopened
закрыть закрыться закрытие | closed closure
вернуться возвращение | returned return
украсть | stole stolen
предупредить предупреждение | warned warning
объявить | announced
инфляция | inflation
ставка > rate rates
банк | bank
центробанк > central_bank
цена | prices
стоить стоимость | cost
заплатить платить оплатить | paid
потратить | spent
повысить повышение > raised rise
снизить снижение > cut lowered
рост вырасти | rose rise growth
падение упасть > fell fall
экономика экономический | economy
рецессия | recession
бюджет | budget
налог | tax
зарплата | wages salaries
пенсия | pensions
безработица | unemployment
компания | company
рынок | market
прибыль | profit
выручка | revenue
убыток | loss losses
долг | debt
кредит | loans credit
ипотека ипотечный | mortgage mortgages
жильё > housing homes
аренда | rent
продажа | sales
экспорт | exports
экспортёр | exporters
импорт | imports
валюта | currency
крона > crown
рубль | rouble ruble
доллар | dollar
евро | euro
нефть | oil
топливо | fuel
энергия | energy
электричество | electricity
завод > factory plant
промышленность | industry
торговля | trade
клиент | customers
потребитель | consumers
опрос | survey poll
доклад > report
данные | data
хакер | hackers
взлом | breach hack
утечка | breach leak
кибератака | cyberattack
мошенничество мошенник | scam fraud
сайт | website
телефон | phone
интернет | internet
аккумулятор батарея | batteries battery
натрий натриевый | sodium
литий литиевый | lithium
солнечный | solar
учёный | scientists
исследователь | researchers
исследование > research study
университет | university
испытание испытывать испытать > trial tests
проезд > fare fares
засуха | drought
дождь | rain
вода | water
озеро | lake
река | river
жара | heat heatwave
климат климатический | climate
наводнение | flood floods
шторм | storm
погода | weather
урожай | harvest
фермер | farmers
температура | temperature
выброс > emissions
финал > final
кубок | cup
матч > match
гол > goal
забить > scored
команда > team
клуб | club
игрок | players
тренер > manager coach
капитан | captain
нападающий > striker
болельщик | fans
стадион | stadium
сезон | season
чемпионат | championship
победа победить выиграть | win won victory
поражение | defeat
проиграть > lost
травма | injury
футбол | football
парад | parade
библиотека | library
поезд > train trains
ночной | night
вокзал > station
билет | ticket tickets
автобус | bus
аэропорт | airport
школа | school
больница | hospital
врач | doctor doctors
музей | museum
мэр | mayor
житель | residents
реставрация | restoration
здание > building
город | city
человек люди | people
ребёнок дети | children
женщина | women
студент | students
учитель | teachers
пациент | patients
пассажир | passengers
турист | tourists
сотрудник работник | employees workers
забастовка > strike
ракета > missile missiles rocket
беспилотник дрон | drones
обстрел > shelling
землетрясение | earthquake
ураган | hurricane
снег | snow
мороз > frost
вакцина вакцинация | vaccine vaccination
вирус | virus
эпидемия | epidemic
пандемия | pandemic
болезнь | disease
фильм > film
книга | book books
концерт | concert
фестиваль | festival
премия > award prize
бизнес | business
инвестиция | investment investments
банкротство | bankruptcy
сделка > deal
автомобиль машина > car cars
мост | bridge
метро | metro
строительство | construction
тариф | tariffs tariff
пошлина > tariffs duties
зерно | grain
пшеница | wheat
газ > gas
ядерный атомный | nuclear
спутник > satellite
космос > space
чемпион | champion
олимпиада олимпийский | olympics olympic
теннис | tennis
хоккей | hockey
баскетбол | basketball
кандидат | candidate candidates
партия > party
референдум | referendum
конституция | constitution
коррупция | corruption
взятка | bribes bribe
теракт > attack
заложник | hostages
мигрант миграция | migrants migration
виза | visa visas
оружие | weapons
танк > tanks
январь | January
февраль | February
март > March
апрель | April
май > May
июнь | June
июль | July
август | August
сентябрь | September
октябрь | October
ноябрь | November
декабрь | December
проект | project
руководить > lead led head
руководитель > leader head chief
гендиректор > chief_executive
директор > director
дом > homes houses
участвовать > participated took_part attended
изменение > change changes
влияние повлиять > impact effect
час > hours hour
рейс > service flights
начаться начать > start begin
"""


_Words = dict[str, tuple[str, ...]]


def _read(lines: str) -> tuple[_Words, _Words, _Words]:
    """Russian dictionary forms to their English words; English stems to the
    Russian forms (a word of several lines has the equivalents of all); and
    each word, by its key (either), to the words of its side of its lines:
    those of its sense in its own language (English only of lines both ways,
    as the ambiguous English words are those listed one way)."""
    to_english: _Words = {}
    to_russian: _Words = {}
    same_sense: _Words = {}
    for line in filter(None, map(str.strip, lines.splitlines())):
        line, _, read_only = line.partition("<")
        for form in read_only.split():  # a one-language line's: "| sacked dismissed < fired"
            same_sense[_AS_WRITTEN + form] = tuple(line.split("|")[1].split())
        both_ways = "|" in line
        russian_side, english_side = (side.split() for side in re.split("[|>]", line))
        english_side = [word.replace("_", " ") for word in english_side]
        russian_keys = [form.replace("ё", "е") for form in russian_side]
        english_keys = [stem(word.lower()) for word in english_side]
        for key in russian_keys:
            to_english[key] = _joined(to_english.get(key, ()), english_side)
            same_sense[key] = _joined(same_sense.get(key, ()), russian_keys)
        for key in english_keys if both_ways else ():
            to_russian[key] = _joined(to_russian.get(key, ()), russian_side)
            same_sense[key] = _joined(same_sense.get(key, ()), english_side)
    return to_english, to_russian, same_sense


_AS_WRITTEN = "="  # a key of a word read as written, not by its stem


def _joined(words: Iterable[str], more: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys((*words, *more)))


_TO_ENGLISH, _TO_RUSSIAN, _SAME_SENSE = _read(_LINES)
# The stems of every English word listed, either way.
_ENGLISH = frozenset(
    stem(word.lower()) for ws in _TO_ENGLISH.values() for w in ws for word in w.split()
) | frozenset(_TO_RUSSIAN)


def listed(word: str) -> bool:
    """Whether an English word is in the list, as a word of news (not a typo
    of another: "fare" is no "far" mistyped)."""
    return not has_russian_letters(word) and stem(word.lower()) in _ENGLISH


@functools.lru_cache(maxsize=20_000)
def equivalents(word: str) -> tuple[str, ...]:
    """A word's equivalents in the other language, the likeliest first; ()
    for a word not listed: "конгрессе" -> ("congress",), "drought" ->
    ("засуха",)."""
    word = word.lower().replace("ё", "е")
    if not has_russian_letters(word):
        return _TO_RUSSIAN.get(stem(word), ())
    forms = (word, *russian.dictionary_forms(word))
    found = [e for form in forms for e in _TO_ENGLISH.get(form, ())]
    # One of those the search reads as one: "batteries", not "battery" too.
    by_stems = {" ".join(map(stem, e.split())): e for e in reversed(found)}
    return tuple(dict.fromkeys(by_stems[" ".join(map(stem, e.split()))] for e in found))


@functools.lru_cache(maxsize=20_000)
def same_sense(word: str) -> tuple[str, ...]:
    """The other words of the word's sense in its own language, each of
    another stem ("hacked" -> ("breach",), "съезде" -> ("конгресс",)); ()
    for a word not listed, or listed only one way."""
    word = word.lower().replace("ё", "е")
    if has_russian_letters(word):
        keys: tuple[str, ...] = (word, *russian.dictionary_forms(word))
    else:
        keys = (stem(word), _AS_WRITTEN + word)
    found = [w for key in keys for w in _SAME_SENSE.get(key, ())]
    return first_of_each_stem(found, seen=[stem(word)])


def first_of_each_stem(words: Iterable[str], seen: Iterable[str] = ()) -> tuple[str, ...]:
    """The words (or phrases), but those of stems before them or `seen`: one
    of those a search reads as one."""
    held = set(seen)
    first: list[str] = []
    for word in words:
        if (key := " ".join(map(stem, word.split()))) not in held:
            held.add(key)
            first.append(word)
    return tuple(first)


def phrasings(
    choices: Sequence[tuple[str, ...]],
    as_written: Collection[int] = (),
    whole: bool = False,
    nouns: Collection[int] | None = None,
) -> Iterator[tuple[str, int]]:
    """The wordings in the other language of a query whose words may each be
    any of their choices, with how many of its words each has: every word's
    first choice first (then the last word's next, and so on); and, as a
    word whose equivalents the reports there do not write is one with none,
    those less one word of the glossary, while another is left; the first of
    each of those before the second of any. MAX_WORDINGS at most. Words
    `as_written` (by place: names, numbers) are never left out, and count
    for no word of the glossary: "засуха в Велории" is never looked for as
    "Veloria" (its names alone, looked for across as before). A word with
    no choice, () (no equivalent, no name), is left out; no wording has
    more than half the words left out: "что думают жители о новом катке?" is
    no question about residents. `whole`: only wordings of every word (a
    topic to follow). `nouns` (by place, when known): the words of the
    glossary that are no verb, one of which a wording less a word keeps
    (what a question is about, not only what it asks of it: "сколько стоит
    билет?" is never looked for as "cost", the first cost a report gives;
    "сколько стоит билет на ночной поезд?" is, as "cost night train"); none
    when none of those words, listed or not, has a choice ("сколько стоит
    проезд?" is no question of any cost)."""
    if whole and not all(choices):
        return iter(())
    if nouns and not any(choices[i] for i in nouns):
        return iter(())  # "сколько стоит проезд?": nothing of what it is about, "cost" alone
    # The words of the glossary, which a wording may leave out (a topic, none).
    listed = [] if whole else [i for i, f in enumerate(choices) if f and i not in as_written]
    about = listed if nouns is None else [i for i in listed if i in nouns]
    left_out = [i for i in listed if len(listed) > 1 and set(about) - {i}]
    fewer = [[*choices[:i], (), *choices[i + 1 :]] for i in left_out]
    rounds = [_all_wordings(some) for some in [choices, *fewer]]
    # Each round's likeliest wording before any round's next: "как изменение
    # климата повлияло на жару?" has eight wordings of all four words.
    found = sorted(
        (other, n, wording)
        for n, wordings in enumerate(rounds)
        for other, wording in enumerate(itertools.islice(wordings, MAX_WORDINGS))
    )
    return itertools.islice(_once(wording for _, _, wording in found), MAX_WORDINGS)


def with_verbs_left_out(
    wording: str, choices: Sequence[tuple[str, ...]], verbs: Collection[int]
) -> str:
    """A wording (of phrasings) with the first choice of each of the `verbs`
    (by place) it left out, which no report there writes: what a question
    asks all the same ("кто выступал на конгрессе?" is found by "congress",
    and asks who "spoke", not who is named with it). Not a noun: "сколько
    стоит билет на ночной поезд?" asks the fare of "cost night train" too."""
    held = f" {wording} "
    left_out = [choices[i] for i in verbs if not any(f" {w} " in held for w in choices[i])]
    return " ".join([wording, *(found[0] for found in left_out if found)])


def _all_wordings(choices: Sequence[tuple[str, ...]]) -> Iterator[tuple[str, int]]:
    known = [found for found in choices if found]
    if not known or 2 * len(known) < len(choices):
        return iter(())
    return ((" ".join(w), len(known)) for w in itertools.product(*known))


def _once(wordings: Iterable[tuple[str, int]]) -> Iterator[tuple[str, int]]:
    seen: set[str] = set()
    for wording, words in wordings:
        if wording not in seen:
            seen.add(wording)
            yield wording, words
