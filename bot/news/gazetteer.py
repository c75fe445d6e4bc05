"""Word lists that tell the kinds of names apart (bot.news.entities reads them).

All lower-case; a multi-word entry is matched as a whole name ("new york").
Short on purpose: the rules do most of the work, and these lists settle what
the rules cannot (that "Georgia" is a place, that "Hamas" is an organisation).
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _entries(text: str) -> frozenset[str]:
    """One entry per line or comma: multi-word names keep their spaces."""
    return frozenset(e.strip() for line in text.splitlines() for e in line.split(",") if e.strip())


# Words that make a run an organisation wherever they stand in it.
ORG_WORDS = _words(
    """ministry ministries foundation campaign corps congress union bank party council committee
    agency authority association university institute inc ltd corp company group federation
    office court parliament army police service news times post mobile steel united rovers fc
    club commission organisation organization department government assembly league network
    marines alliance forum chamber gallery galleries academy academies division customs duchy
    enforcement
    initiative initiatives center centre coalition movement board fund trust society airlines
    airways motors media press bureau guard forces navy school college hospital church
    force senate house embassy administration cabinet reserve exchange museum watch
    reporter journal herald tribune gazette magazine telegraph channel broadcasting radio
    studios records pictures labs systems technologies holdings partners bros brothers
    railway railways airline energy electric pharmaceuticals entertainment
    democrats republicans dems tories conservatives socialists library libraries
    фонд министерство союз партия комитет совет университет банк служба центр движение
    газета издание телеканал радиостанция холдинг концерн
    конгресс дума суд агентство организация ассамблея парламент прокуратура администрация
    академия институт компания корпорация армия полиция правительство комиссия палата
    управление ассоциация"""
)

# People's titles and roles: a name after one is a person's ("President Vladimir Putin").
TITLES = _words(
    """mr mrs ms dr prof president minister governor mayor chancellor senator sir lady lord king
    queen prince pope judge general gen colonel captain coach manager chairman chairwoman chief
    executive director spokesman spokeswoman secretary leader founder premier ambassador
    striker captain defender researcher author librarian opponent activist economist politician
    ceo mp mep sen rep gov lt col sgt capt vice speaker journalist correspondent editor photographer
    analyst professor lawyer attorney sheriff detective sergeant lieutenant commander admiral
    officer reverend rev bishop archbishop cardinal rabbi imam sheikh emir duke duchess princess
    dame pastor deputy commissioner congressman congresswoman justice det cpl pvt maj adm cmdr
    insp supt inspector superintendent constable trooper corporal examiner coroner marshal
    representative whip agent administrator counsel cfo coo cto msp mla dj co-chairman co-chairwoman
    co-chair undersecretary under-secretary prosecutor
    actor actress singer rapper comedian co-pilot copilot co-founder cofounder boxer swimmer
    президент министр мэр губернатор глава"""
)
# Roles that are titles before a person's full name ("Producer Mel Gibson",
# "fly-half Jonny Wilkinson"), but as often name a firm's or a team's role
# before one word ("Big Brother producer Endemol", "Yukos boss").
ROLES = _words(
    """producer writer presenter novelist playwright composer guitarist drummer
    midfielder goalkeeper winger prop fly-half scrum-half flanker skipper boss
    frontman frontwoman bassist vocalist keyboardist screenwriter scriptwriter songwriter
    filmmaker"""
)
TITLES |= ROLES

# Countries, US states, big cities and regions. A run that is exactly one of
# these is a place even when it holds an organisation word ("United States").
PLACES = _entries(
    """afghanistan, albania, algeria, andorra, angola, argentina, armenia, australia, austria
    azerbaijan, bahamas, bahrain, bangladesh, barbados, belarus, belgium, belize, benin, bhutan
    bolivia, bosnia, botswana, brazil, brunei, bulgaria, burkina faso, burundi, cambodia, cameroon
    canada, chad, chile, china, colombia, congo, costa rica, croatia, cuba, cyprus, czechia
    czech republic, denmark, djibouti, dominican republic, ecuador, egypt, el salvador, eritrea
    estonia, eswatini, ethiopia, fiji, finland, france, gabon, gambia, georgia, germany, ghana
    greece, guatemala, guinea, guyana, haiti, honduras, hungary, iceland, india, indonesia, iran
    iraq, ireland, israel, italy, ivory coast, jamaica, japan, jordan, kazakhstan, kenya, kosovo
    kuwait, kyrgyzstan, laos, latvia, lebanon, lesotho, liberia, libya, liechtenstein, lithuania
    luxembourg, madagascar, malawi, malaysia, maldives, mali, malta, mauritania, mauritius, mexico
    moldova, monaco, mongolia, montenegro, morocco, mozambique, myanmar, burma, namibia, nepal
    netherlands, holland, new zealand, nicaragua, niger, nigeria, north korea, north macedonia
    norway, oman, pakistan, palestine, panama, papua new guinea, paraguay, peru, philippines
    poland, portugal, qatar, romania, russia, rwanda, saudi arabia, senegal, serbia, sierra leone
    singapore, slovakia, slovenia, somalia, south africa, south korea, south sudan, spain
    sri lanka, sudan, suriname, sweden, switzerland, syria, taiwan, tajikistan, tanzania, thailand
    togo, tunisia, turkey, turkmenistan, uganda, ukraine, united arab emirates, uae
    united kingdom, uk, u.k, britain, great britain, england, scotland, wales, northern ireland
    united states, united states of america, us, u.s, usa, america, uruguay, uzbekistan
    vatican, venezuela, vietnam, yemen, zambia, zimbabwe
    alabama, alaska, arizona, arkansas, california, colorado, connecticut, delaware, florida
    hawaii, idaho, illinois, indiana, iowa, kansas, kentucky, louisiana, maine, maryland
    massachusetts, michigan, minnesota, mississippi, missouri, montana, nebraska, nevada
    new hampshire, new jersey, new mexico, new york, north carolina, north dakota, ohio, oklahoma
    oregon, pennsylvania, rhode island, south carolina, south dakota, tennessee, texas, utah
    vermont, virginia, west virginia, wisconsin, wyoming, d.c, washington d.c, la, l.a
    london, paris, berlin, brussels, moscow, kyiv, kiev, washington, rome, madrid, warsaw, vienna
    prague, tokyo, beijing, istanbul, jerusalem, tehran, geneva, amsterdam, athens, lisbon
    dublin, edinburgh, glasgow, manchester, liverpool, birmingham, oslo, stockholm, copenhagen
    helsinki, budapest, bucharest, sofia, belgrade, zagreb, minsk, vilnius, riga, tallinn
    tbilisi, yerevan, baku, ankara, cairo, baghdad, damascus, beirut, amman, riyadh, dubai
    abu dhabi, doha, kabul, islamabad, karachi, lahore, delhi, new delhi, mumbai, bangalore, kolkata
    dhaka, bangkok, hanoi, manila, jakarta, seoul, pyongyang, shanghai, hong kong, taipei
    sydney, melbourne, toronto, montreal, vancouver, ottawa, mexico city, havana, caracas
    bogota, lima, santiago, buenos aires, rio de janeiro, sao paulo, brasilia, lagos, nairobi
    johannesburg, cape town, addis ababa, khartoum, tripoli, tunis, algiers, gaza, ramallah
    tel aviv, mosul, aleppo, homs, raqqa, sanaa, aden, kandahar, crimea, donetsk, luhansk
    kharkiv, odesa, odessa, mariupol, st. petersburg, saint petersburg, munich, hamburg
    frankfurt, milan, barcelona, zurich, strasbourg, the hague, new york city, los angeles
    chicago, houston, philadelphia, phoenix, san francisco, san diego, seattle, boston, atlanta
    miami, dallas, denver, detroit, baltimore, las vegas, new orleans, ferguson, st. louis
    africa, asia, europe, antarctica, north america, south america, latin america, middle east
    gulf, persian gulf, balkans, caucasus, siberia, scandinavia, caribbean, kashmir, west bank
    gaza strip, golan heights, sahara, sahel, arctic, donbas, silicon valley
    россия, российская федерация, украина, москва, брюссель, берлин, европа, германия, франция
    польша, литва, латвия, эстония, грузия, беларусь, казахстан, сша, киев, лондон, париж
    вильнюс, рига, прага, израиль, соединенные штаты, южная корея, северная корея
    объединенные арабские эмираты, оаэ
    китай, турция, армения, молдова, санкт-петербург, крым"""
)

# Organisations whose names carry no organisation word; among them football
# clubs named as places are ("at Chelsea", "West Ham" and "Manchester City"
# were places in BBC sport stories).
KNOWN_ORGANIZATIONS = _entries(
    """islamic state, isis, isil, al qaeda, al-qaeda, taliban, hamas, hezbollah, boko haram
    al-shabaab, kremlin, pentagon, nato, eu, european union, un, u.n, united nations, opec, fifa
    uefa, interpol, greenpeace, amnesty international, red cross, scotland yard, google, apple
    microsoft, amazon, facebook, twitter, meta, tesla, boeing, airbus, ask jeeves, charlie hebdo
    deutsche bank
    deutsche boerse, deutsche börse, deutsche telekom, deutsche post, deutsche bahn, deutsche welle
    labour, new labour, likud, fatah, sinn fein, ukip, lib dems, liberal democrats, tories
    conservatives, democrats, republicans, doctors without borders
    arsenal, chelsea, tottenham, tottenham hotspur, west ham, west ham united, aston villa
    manchester city, leicester city, norwich city, stoke city, hull city, swansea city
    cardiff city, birmingham city, bristol city, crystal palace, west brom, west bromwich albion
    real madrid, atletico madrid, bayern munich, inter milan, ac milan, borussia dortmund
    paris saint-germain, meet the press, face the nation, usa today
    кремль, хамас, талибан, нато, оон, евросоюз, госдума, центробанк"""
)

# The last word of a firm's name that says nothing alone ("Jupiter Research",
# "Daiwa Securities", "La Liga"): not an organisation word, as "Economic and
# Social Research" and "US Securities and Exchange Commission" are no two.
ORG_ENDINGS = _words("research securities investments liga")

# The first word of a two-or-more-word place ("North Carolina", "St. Louis", "Lake Geneva").
PLACE_OPENINGS = _words(
    """north south east west northern southern eastern western central upper lower greater
    st. st saint mt. mount ft. fort lake cape"""
)

# The last word of a place ("Downing Street", "French Alps", "Gulf Coast").
PLACE_ENDINGS = _words(
    """street avenue road square park bridge river airport station island islands mountains
    alps sea ocean valley bay county city province region peninsula strait desert coast canal
    heights hills beach harbor harbour village district palace state arena stadium drive"""
)

# The last word of a run that names a thing or an event, not a person
# ("World Cup", "Arab Spring", "Boston Marathon", "Germanwings Flight").
THING_ENDINGS = _words(
    """cup war wars spring marathon flight day games olympics award awards prize festival summit
    act week season series show trophy championship championships tournament derby bowl
    treaty accord agreement revolution crisis era prix open slam year election elections
    referendum finals"""
)
# Events whose names end in no event word: a run ending so is the event,
# whatever opens it ("RBS Six Nations" is no bank's). A tuple: str.endswith takes one.
KNOWN_EVENTS = ("six nations", "tour de france", "grand national", "world series")

# The first word of a storm's name: "Hurricane Katrina", "Tropical Cyclone Pam"
# are events, not people, however their names read.
STORM_OPENINGS = _words("hurricane typhoon cyclone storm superstorm tropical")

# Awards: no one's name ("a best actress Oscar nomination"), but someone's
# to have ("Patricia Arquette's Oscar").
AWARDS = _words("oscar oscars bafta baftas grammy grammys emmy emmys globe globes")

# What people of a place are called: a run ending in one is not a name
# ("North Korean", "Middle Eastern"); one with an organisation word still is.
DEMONYMS = _words(
    """american british english scottish welsh irish russian ukrainian belarusian chinese french
    german korean japanese african eastern western northern southern asian european arab israeli
    palestinian iranian iraqi syrian afghan pakistani indian mexican canadian australian italian
    spanish portuguese turkish egyptian saudi nigerian kenyan brazilian cuban greek polish dutch
    swedish norwegian danish finnish belgian swiss austrian hungarian czech serbian croatian
    venezuelan colombian argentine chilean peruvian lebanese jordanian qatari emirati yemeni
    libyan tunisian algerian moroccan somali sudanese ethiopian vietnamese thai filipino
    indonesian malaysian muslim christian jewish catholic sunni shiite kurdish latino hispanic
    uruguayan paraguayan bolivian ecuadorian ghanaian cameroonian ivorian senegalese
    zealander romanian bulgarian slovak slovenian icelandic estonian latvian
    lithuanian georgian armenian azerbaijani kazakh uzbek bangladeshi lankan nepalese
    singaporean taiwanese mongolian chechen kuwaiti bahraini omani shia"""
)

# Capitalised words and acronyms that are not names ("TV", "CEO", "DNA").
NOT_NAMES = _words(
    """the a an this that these those it he she they we i his her its their our my but and or so
    if when while after before since as at in on for from by with about many some most all not
    whatever whenever wherever whoever whichever
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december today yesterday tomorrow
    related news read more former rival fellow veteran emeritus famous
    both even through although though despite during among amid until unless whether because
    where how what why who which there here then also only just every each any once perhaps
    meanwhile however instead nearly almost past across against without
    now like yet neither nor several often earlier again either soon still indeed hence thus later
    i'm i've i'll i'd we've we're we'll we'd you're you've you'll they're they've they'll
    pg-13 nc-17
    tv ok et pt am pm cd mp3 dna gdp lgbt lgbtq hiv aids id iq vip diy ufo atm suv gps pc dvd
    mvp faq ngo ngos dj djs pr gprs gsm umts 3g 4g 5g lte wi-fi wifi lcd hdtv psp
    usb sms cctv mri icu ptsd adhd phd mba gmt bst utc cet cest est edt pst pdt cpr awol
    в во на с со по из к ко о об от у за для до при без над под про через и а но не это этот
    эта эти он она они мы вы я"""
)

# Words that are names of no kind a reader looks for (faiths, languages, a
# disease) when they stand alone: "in God", "in Hindi" are no places. Inside a
# longer name they stay ("In God We Trust", "CNN Arabic", "Mohammed Islam").
NO_KIND_ALONE = _words(
    "god allah islam christianity judaism hinduism buddhism ebola hindi urdu arabic farsi"
)

# Groups of people that open sentences ("Analysts said", "Officials Robert
# Smith"): no name alone, nor the start of one, unless it is an organisation's
# ("Parents Television Council"; but "Customers of Kestrel Mobile" is Kestrel
# Mobile's). An organisation may end with one too ("United Auto Workers").
ROLE_PLURALS = _words(
    """analysts authorities critics doctors experts investigators lawyers members observers
    officers officials organisers organizers prosecutors protesters researchers residents
    scientists sources students voters witnesses workers customers clients patients passengers
    fans viewers readers users consumers shoppers parents teachers farmers drivers pilots soldiers
    troops citizens locals villagers neighbours neighbors economists forecasters engineers
    meteorologists hydrologists geologists historians creditors shareholders investors employees
    agents hundreds thousands dozens millions tens"""
)

# Common given names: two or three capitalised words that start with one are
# a person's name even with nothing around them to say so ("Kate Winslet").
GIVEN_NAMES = _words(
    """aaron abby abdul abdullah adam adrian ahmad ahmed aisha alan albert alberto alec alejandro
    aleksandr alex alexander alexandra alexandre alexei alexey alfred ali alice alicia alison
    allan allen alvaro amanda amber amelia amir amy ana anastasia anders andre andrea andreas
    andrei andres andrew andrey andy angela angelina angus anita ann anna anne annie anthony
    anton antonio arnold arthur ashley audrey barack barbara barry ben benjamin bernard bernie
    beth betty bill billy bob bobby boris brad bradley brandon brenda brendan brett brian bruce
    bruno bryan carl carla carlos carol caroline carolyn catherine cathy charles charlie
    charlotte chris christian christina christine christopher claire clara clare clark claude
    claudia clint clive colin connor craig cristiano cynthia dale dan daniel daniela danny
    darren dave david dean deborah debbie denis dennis derek diana diane dick dmitri dmitry
    dominic don donald donna doris dorothy doug douglas duncan dylan ed eddie edgar edith edward
    edwin elena eli elizabeth ella ellen elon emily emma emmanuel eric erica erik ernest ethan
    eugene eva evan evelyn fatima felix fernando fiona francesca francis francisco frank
    franz fred frederick gabriel gabriela gareth gary gavin gene geoff geoffrey george georgia
    gerald gerard gerhard giovanni giuseppe glen glenn gordon grace graeme graham greg gregory
    hamid hannah hans harold harriet harry hassan hazel heather heinz helen helena henry herbert
    hilary hillary howard hugh hugo hussein ian igor ilya imran irene iris isaac isabel isabella
    ivan jack jacob jacques jake james jamie jan jane janet janice jason javier jean jeff
    jeffrey jennifer jenny jeremy jerry jess jessica jill jim jimmy jo joan joanna joe joel
    johan john johnny jon jonathan jonny jordan jorge jose josef joseph josh joshua joyce juan
    judith judy julia julian julie justin kamala karen karl kate katherine kathleen kathryn
    katie keith kelly ken kenneth kevin khalid kim kirsty kurt kyle lance larry laura lauren
    lawrence lee leo leon leonard leonardo lewis liam linda lindsay lisa liz louis louise lucas
    lucy luis luke lynn malcolm mandy manuel marc marco marcus margaret maria marie marina mario
    mark martha martin mary matt matthew maureen max maxim melanie melissa mia michael michel
    michelle miguel mikhail mike mohamed mohammed muhammad monica nancy naomi natalia natalie
    nathan neil nelson nicholas nick nicola nicolas nigel nikita nikolai noah norman oleg olga
    oliver olivia omar oscar owen pamela patricia patrick paul paula pavel pedro peggy penny
    peter phil philip philippe pierre rachel rafael ralph ramon randy raul ray raymond rebecca
    richard rick rita rob robbie robert roberto robin roger roman ron ronald rose ross roy ruby
    russell ruth ryan sally sam samantha samuel sandra sara sarah scott sean sebastian serena
    sergei sergey shane sharon sheila simon sofia sonia sophie stanley stefan stella stephanie
    stephen steve steven stuart sue susan svetlana tanya ted terry theresa thomas tim timothy
    tina tobias todd tom tommy tony tracy travis trevor valerie vanessa vera victor victoria
    viktor vince vincent virginia vitaly vivian vladimir walter wayne wendy will william willie
    yulia yuri zoe lily chloe megan holly molly daisy freya ellie
    abdel abu adel osama haider ayman hasan saddam yasser nouri nuri hadi nabil
    ronan martyn rhys dafydd ieuan owain seamus siobhan niamh ciaran declan eoin aoife colm
    padraig kieran cormac dermot fergus
    agnieszka aleksander amira anand andrzej angelo antoine arjun ayesha
    bashar beata bernd bjorn carmen chen cheng dieter ebrahim elif emeka emre erdogan fabio
    farid fatma femi francois franco gianni gunther hakan hamza hiroshi hui ibrahim ines ingrid
    jakub jens jiri joachim jonas jurgen kai karim kenji kofi krzysztof kwame lars lei li lina
    lorenzo luca luka lukas magnus malik marek marta mateusz matteo mehmet mei min ming mustafa
    narendra nasser niklas nils olaf ole paolo pawel piotr priya rahul raj rajesh ravi reza
    rui salma salman sanjay santiago sergio shinzo sinead soren stefano sunil tariq tomas
    ulrich uwe vladislav wei wolfgang xavier yasmin yusuf zainab zhang
    александр алексей анастасия андрей анна антон артем борис вадим валентин валентина валерий
    василий вера виктор виктория виталий владимир владислав галина геннадий георгий григорий
    дарья денис дмитрий евгений евгения екатерина елена елизавета иван игорь илья ирина кирилл
    константин ксения лариса лев леонид любовь людмила максим маргарита марина мария михаил
    надежда наталья никита николай оксана олег ольга павел петр роман светлана сергей
    станислав тамара татьяна федор юлия юрий яна ярослав"""
)
