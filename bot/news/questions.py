"""What a reader's message in plain words asks for.

Readers write to a chat bot as they would to a person: "tell me about
OVD-Info", "any news on the congress?", "что нового о Навальном?". Searched
as they stand, the framing words ("tell", "news", "нового") are in no
article, so every such search fell back to "some of the words" and ranked by
words the reader never meant. The frame is taken off and the rest searched;
a message that is only a frame ("what's new?", "новости") asks for the latest
articles, one that asks what is new on a topic ("latest on Navalny", "что
нового о конгрессе?") for the newest articles on it, one for the top stories
("what happened this week?", "главные новости") for the most reported, and a
greeting, thanks or a question about the bot itself gets an answer of its own
instead of a search for "hello". An article asked for by its id ("open 5",
"read 31") is its card or its text. A request for a summary or the facts in plain words
("summarise the Brussels congress", "кратко о конгрессе", "key facts about
OVD-Info"), for articles like one ("more like 5", "похожие на 3"), or for
updates on a topic ("follow Navalny", "подпиши меня на ОВД-Инфо", "stop
following drought"), is that command with those words. A question ("how
many people were detained?", "who is Daniel Okafor?", "что сказал
Навальный?") is a search for its topic that also says what kind of thing
answers it, for news.answers to find.

Only the start and the end of a message are read, so a headline pasted as
search words ("New York news on strike") keeps every word: a frame must open
the message and leave words after it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from bot.news.answers import Wants
from bot.news.russian import noun_lemma
from bot.news.text import STOP_WORDS, has_russian_letters, stems
from bot.news.text import words as text_words

Kind = Literal[
    "search",
    "open",
    "summary",
    "facts",
    "related",
    "latest",
    "subscribe",
    "unsubscribe",
    "subscriptions",
    "top",
    "read",
    "digest",
    "briefing",
    "quiet",
    "greeting",
    "thanks",
    "acknowledged",
    "goodbye",
    "more",
    "help",
    "lang",
    "byline",
    "sources",
    "versions",
]


@dataclass(frozen=True)
class Asked:
    kind: Kind
    # What it is about, as the reader wrote it; for "top", the span ("week");
    # "" when it names nothing ("what's new?", "more like this" in reply).
    words: str = ""
    # For a question ("how many ...?", "who ...?"), what kind of thing answers it.
    wants: Wants | None = None
    # For "what did X say (about Y)?", X: whose words answer it.
    speaker: str = ""
    # For "when did the strike end?", "how long does the train take?": the verb
    # taken off the words searched ("end"), which the answer is best to write.
    verb: str = ""


_FLAGS = re.IGNORECASE
# "News of the World", "USA Today": words that would take a name apart are no frame.
_ON_EN = r"(?:about|on|regarding|concerning|from)"
_IN_EN = r"(?:about|on|regarding|concerning|from|in|with|at|to|for)"
_ABOUT_RU = r"(?:про|о|об|обо|по|из|в|во|на|с|со|у|насчёт|насчет)"
_REPORTS_EN = r"(?:news|articles?|stories|story|reports?|updates?|coverage|headlines)"
_REPORTS_RU = r"(?:новост(?:и|ей|ь)|стать(?:и|ю|я|ей)|материал(?:ы|ов)?|сообщени(?:я|й))"
_POLITE_EN = (
    r"(?:(?:please|pls|kindly|so|ok|okay|and|now)[,!]?\s+)*"
    r"(?:(?:can|could|would|will)\s+you\s+(?:please\s+)?)?"
)
_POLITE_RU = (
    r"(?:(?:пожалуйста|а|ну|и|так|ладно|слушай)[,!]?\s+)*"
    r"(?:(?:можешь|можете|могли\s+бы|мог\s+бы)\s+)?"
)

_GREETING = re.compile(
    # One word ("Hi Navalny news" is a greeting and a search), or two that need
    # a stop after them: "Good Morning America" is a show.
    r"(?:(?:hi|hello|hey|hiya|howdy|greetings|привет(?:ствую)?|здравствуй(?:те)?|здрасте|салют)"
    r"(?:\s+(?:there|bot|бот|all|everyone|всем))?(?=[\s,.!:;)—–]|$)"
    r"|(?:good\s+(?:morning|afternoon|evening|day)|добр(?:ый|ое|ой)\s+(?:день|утро|вечер)"
    r"|доброго\s+(?:дня|утра|вечера))(?:\s+(?:bot|бот|all|everyone|всем))?(?=[,.!:;)—–]|\s*$))"
    r"[\s,.!:;)—–]*",
    _FLAGS,
)
# "ok", "got it", "понятно": a reader saying the answer was taken in, not words to search.
_ACKNOWLEDGING = (
    r"(?:ok(?:ay|ey)?|k|kk|got\s+it|i\s+see|great|cool|perfect|good|awesome|understood"
    r"|alright|all\s+right|ок|окей|хорошо|понятно|ясно|понял[аи]?|отлично|супер|класс|круто|ага)"
)
_ACKNOWLEDGED = re.compile(rf"{_ACKNOWLEDGING}(?:[\s,!.]+{_ACKNOWLEDGING})*", _FLAGS)
# 👍, 🙏 and the like alone (with a skin tone or a heart's variation selector).
_THANKFUL_SIGN = "👍👌🙏🤝💯👏🙂😊❤♥💙"
_THANKFUL_SIGNS = re.compile(
    rf"[\s!.]*(?:[{_THANKFUL_SIGN}][\U0001F3FB-\U0001F3FF\uFE0F]?[\s!.]*)+", _FLAGS
)
_GOODBYE = re.compile(
    r"(?:(?:ok(?:ay)?|thanks?|спасибо)[\s,!.]+)?"
    r"(?:bye(?:\s+bye)?|good\s*bye|see\s+(?:you|ya)(?:\s+later)?|cya|good\s+night"
    r"|пока(?:-пока)?|до\s+свидания|до\s+встречи|всего\s+(?:доброго|хорошего)|спокойной\s+ночи)"
    r"(?:[\s,!.]+(?:bot|бот|and\s+thanks|и\s+спасибо))?",
    _FLAGS,
)
_THANKS = re.compile(
    rf"(?:{_ACKNOWLEDGING}[\s,!.]+)?"  # "great, thanks"
    r"(?:thanks?(?:\s+you)?|thx|ty|cheers|many\s+thanks|спасибо|спс|благодарю)"
    r"(?:\s+(?:a\s+lot|so\s+much|very\s+much|again|большое|огромное|тебе|вам|bot|бот))*",
    _FLAGS,
)
_HELP = re.compile(
    r"(?:please\s+)?help(?:\s+(?:me|please|pls))?|помощь|помоги(?:те)?(?:\s+мне)?|start|старт"
    r"|menu|меню"
    r"|(?:(?:what\s+are|show\s+me|list)\s+(?:the\s+|your\s+)?|which\s+|what\s+)?commands"
    r"(?:\s+(?:are\s+there|do\s+you\s+have|can\s+i\s+use))?"
    r"|(?:какие\s+(?:есть\s+|у\s+(?:тебя|вас)\s+)?)?команды(?:\s+есть)?|список\s+команд"
    r"|what\s+(?:can|do)\s+you\s+do|what\s+(?:can|does)\s+(?:this|the)\s+bot\s+do"
    r"|how\s+does\s+(?:this|it|the\s+bot|this\s+bot)\s+work"
    r"|how\s+do\s+(?:i|you)\s+use\s+(?:this|you|it|the\s+bot|this\s+bot)"
    r"|who\s+are\s+you|what\s+are\s+you"
    r"|что\s+(?:ты|вы)\s+(?:умее(?:шь|те)|може(?:шь|те))|что\s+(?:умеет|может)\s+(?:этот\s+)?бот"
    r"|как\s+(?:тобой|вами|этим|ботом|этим\s+ботом)\s+пользоваться"
    r"|как\s+пользоваться\s+(?:тобой|вами|ботом|этим\s+ботом)|кто\s+(?:ты|вы)",
    _FLAGS,
)
# "how do I subscribe?", "как отписаться?": the help of the command that does
# it; "what does /facts do?", "how to use summary": of the command named.
_HOW_DO_I = (
    r"(?:how\s+(?:do|can|could|should)\s+(?:i|we|one)|how\s+to|is\s+there\s+a\s+way\s+to)\s+"
)
_HOW_RU = r"как\s+(?:(?:мне|нам)\s+)?(?:можно\s+)?"
_HOW_TO_DO = (
    (
        r"subscribe|sign\s+up|follow|track|get\s+(?:news\s+)?(?:updates|alerts|notifications)",
        r"подписаться|следить|получать\s+(?:новости|уведомления|обновления)",
        "subscribe",
    ),
    (
        r"unsubscribe|unfollow|stop\s+(?:following|updates|alerts|notifications|getting|receiving)"
        r"|cancel\s+(?:a\s+|my\s+)?subscriptions?",
        r"отписаться|отменить\s+подписку|перестать\s+(?:получать|следить)",
        "unsubscribe",
    ),
    (
        r"search|(?:find|look\s+for)\s+(?:an?\s+|the\s+)?(?:articles?|news|stor(?:y|ies)|reports?)",
        r"искать|найти\s+(?:статью|статьи|новость|новости)",
        "search",
    ),
    (
        r"(?:get|see|read|make)\s+(?:a\s+|the\s+)?summar(?:y|ies)|summari[sz]e",
        r"(?:получить\s+)?(?:краткое\s+содержание|пересказ)|кратко\s+пересказать",
        "summary",
    ),
    (
        r"(?:get|see|find)\s+(?:the\s+)?(?:key\s+)?facts",
        r"(?:узнать|получить|увидеть)\s+(?:ключевые\s+|главные\s+)?факты",
        "facts",
    ),
    (
        r"(?:get|see|find)\s+(?:the\s+)?(?:related|similar)\s+(?:articles|stories|news)",
        r"(?:найти|получить|увидеть)\s+(?:похожие|связанные)\s+(?:статьи|новости)",
        "related",
    ),
    (
        r"(?:get|set\s+up|set|have)\s+(?:a\s+|the\s+|my\s+)?(?:daily\s+)?digest",
        r"(?:настроить|получать|включить)\s+дайджест",
        "digest",
    ),
    (
        r"(?:change|switch|set)\s+(?:the\s+)?language",
        r"(?:сменить|поменять|выбрать|переключить)\s+язык",
        "lang",
    ),
    (
        r"(?:see|list|check)\s+(?:my\s+)?(?:subscriptions|topics)",
        r"(?:посмотреть|увидеть)\s+(?:мои\s+)?подписки",
        "subscriptions",
    ),
)
_HOW_TO = tuple(
    (re.compile(rf"(?:{_HOW_DO_I}(?:{en})|{_HOW_RU}(?:{ru}))(?:\s.*)?", _FLAGS), name)
    for en, ru, name in _HOW_TO_DO
)
# "help with subscriptions", "помощь по подписке": the help of the command
# for that (or of the command named: "help on /digest").
_HELP_WITH = re.compile(
    r"(?:help|помощь|справка)(?:\s+(?:with|on|for|about|по|о|об|про))?\s+(?P<topic>.+)", _FLAGS
)
_HELP_TOPICS = tuple(
    (re.compile(pattern, _FLAGS), name)
    for pattern, name in (
        (
            r"(?:my\s+)?(?:subscri\w*|follow\w*|alerts?|updates|notifications|подписк\w*"
            r"|уведомлени\w*)",
            "subscribe",
        ),
        (r"search\w*|поиск\w*", "search"),
        (r"summar\w*|кратк\w+|пересказ\w*", "summary"),
        (r"(?:key\s+)?facts?|факт\w*", "facts"),
        (r"digests?|дайджест\w*", "digest"),
        (r"(?:the\s+)?languages?|язык\w*", "lang"),
        # A command by its name: any after "/", these without.
        (
            r"/(?P<name>[a-z_]+)|(?P<bare>latest|top|related|sources|sections|unsubscribe"
            r"|subscriptions|quiet|briefing|lang|read)",
            "",
        ),
    )
)
_WHAT_DOES = re.compile(
    r"(?:what\s+(?:does|is)\s+/|(?:how\s+(?:do|can)\s+i|how\s+to)\s+use\s+/?"
    r"|что\s+(?:делает|значит|такое)\s+/|как\s+пользоваться\s+/?)(?P<name>[a-z_]+)"
    r"(?:\s+(?:do|for|command|mean))?",
    _FLAGS,
)
# Who wrote an article, where and when it was published: of the card replied
# to ("who wrote this?", "кто автор?"), or of the best match of its words
# ("who wrote the article about the drought?"); not the article's own words.
_ARTICLE_EN = r"(?:the\s+)?(?:article|story|piece|report)"
_ARTICLE_RU = r"(?:эт(?:а|у)\s+)?(?:стать(?:я|ю)|новость|материал)"
_BYLINE = re.compile(
    r"who\s+(?:wrote|is\s+the\s+author\s+of|is\s+the\s+writer\s+of)\s+(?:this|it|that)"
    r"(?:\s+(?:article|story|piece|report))?"
    r"|who(?:\s+is|'s)\s+(?:the|its)\s+(?:author|writer|reporter|journalist)"
    r"|whose\s+(?:article|story|piece|report)\s+is\s+(?:this|it)"
    r"|when\s+(?:was|did)\s+(?:this|it|that)(?:\s+(?:article|story|piece|report))?\s+"
    r"(?:published|written|posted|come\s+out|appear|out)"
    # its link: "link?", "send me the link", "ссылку, пожалуйста"
    r"|(?:(?:send|give|show)\s+(?:me\s+)?|what(?:'s|\s+is)\s+)?(?:the\s+|its\s+)?"
    r"(?:link|url|original\s+(?:article|story|link)|(?<=the\s)original|source\s+link)"
    r"(?:\s+(?:to|for)\s+(?:this|it))?"
    r"|where\s+can\s+i\s+read\s+(?:this|it)(?:\s+in\s+full)?"
    r"|(?:дай(?:те)?\s+|пришли(?:те)?\s+|скинь(?:те)?\s+)?ссылк(?:а|у|и)(?:\s+на\s+(?:статью|неё|нее|это))?"
    r"|где\s+(?:это\s+)?(?:почитать|прочитать)"
    r"|what(?:'s|\s+is)\s+(?:the|its)\s+source|where\s+(?:is|does)\s+(?:this|it)\s+"
    r"(?:from|come\s+from)|how\s+old\s+is\s+(?:this|it)(?:\s+(?:article|story|news))?"
    rf"|кто\s+(?:автор|написал|писал|это\s+написал)(?:\s+(?:это|её|ее|{_ARTICLE_RU}))?"
    r"|чья\s+(?:это\s+)?статья|откуда\s+(?:это|эта\s+(?:статья|новость))"
    r"|(?:какой|что\s+за)\s+источник|когда\s+(?:это\s+|её\s+|ее\s+)?(?:опубликовали|вышла"
    r"|написали|была\s+опубликована)(?:\s+(?:эта\s+)?(?:статья|новость))?",
    _FLAGS,
)
_BYLINE_OF = re.compile(
    rf"who\s+wrote\s+{_ARTICLE_EN}\s+(?:about|on)\s+(?P<topic>.+)"
    rf"|when\s+was\s+{_ARTICLE_EN}\s+(?:about|on)\s+(?P<topic2>.+?)\s+"
    r"(?:published|written|posted)"
    r"|кто\s+(?:написал|автор)\s+(?:статью|статьи|материала?)\s+(?:о|об|обо|про)\s+(?P<topic3>.+)"
    r"|когда\s+(?:вышла|опубликовали)\s+(?:статью|статья)\s+(?:о|об|обо|про)\s+(?P<topic4>.+)",
    _FLAGS,
)
# The card's story in another language ("is there a Russian version?",
# "переведи на русский", "есть на английском?"); the language, if named.
_RU_NAMED = r"russian|русск(?:ом|ий|ая|ую)"
_EN_NAMED = r"english|английск(?:ом|ий|ая|ую)"
_VERSIONS = re.compile(
    rf"(?:is\s+there\s+(?:a|an)\s+|do\s+you\s+have\s+(?:a|an)\s+)?(?:(?P<ru>{_RU_NAMED})"
    rf"|(?P<en>{_EN_NAMED}))\s+version(?:\s+of\s+(?:this|it))?"
    r"|translate(?:\s+(?:this|it))?(?:\s+(?:in)?to\s+(?:(?P<ru2>russian)|(?P<en2>english)))?"
    r"|(?:is\s+(?:this|it|there\s+one)|do\s+you\s+have\s+(?:this|it|one))\s+in\s+"
    r"(?:(?P<ru3>russian)|(?P<en3>english))"
    r"|переведи(?:те)?(?:\s+(?:это|её|ее|статью))?(?:\s+на\s+(?:(?P<ru4>русский)"
    r"|(?P<en4>английский)))?"
    r"|(?:а\s+)?(?:есть\s+(?:ли\s+)?(?:это\s+|эта\s+статья\s+|она\s+)?)?на\s+(?:(?P<ru5>русском)"
    r"|(?P<en5>английском))(?:\s+есть)?"
    r"|(?P<ru6>русская)\s+версия|(?P<en6>английская)\s+версия"
    r"|(?:(?:and|is\s+it|it's)\s+)?in\s+(?:(?P<ru7>russian)|(?P<en7>english))(?:\s+please)?",
    _FLAGS,
)
# Where the news comes from, and how much there is: /sources.
_SOURCES = re.compile(
    r"how\s+many\s+(?:articles|stories|news)\s+(?:do\s+you\s+have|are\s+(?:there|stored))"
    r"|(?:what|which)\s+(?:news\s+)?sources\s+(?:do\s+you\s+(?:use|have|read|follow)|are\s+there)"
    r"|(?:what|which)\s+(?:are\s+)?(?:your\s+)?(?:news\s+)?sources"
    r"|where\s+do\s+you\s+get\s+(?:your\s+|the\s+)?(?:news|articles|stories)(?:\s+from)?"
    r"|(?:show|list)\s+(?:me\s+)?(?:the\s+|your\s+|all\s+)?(?:news\s+)?sources"
    r"|(?:покажи(?:те)?|список)\s+(?:все\s+)?источник(?:и|ов)"
    r"|сколько\s+(?:у\s+(?:тебя|вас)\s+)?(?:статей|новостей)(?:\s+у\s+(?:тебя|вас))?"
    r"|какие\s+(?:у\s+(?:тебя|вас)\s+)?источники(?:\s+(?:у\s+(?:тебя|вас)|ты\s+читаешь))?"
    r"|откуда\s+(?:ты\s+берёшь\s+|ты\s+берешь\s+|вы\s+берёте\s+|вы\s+берете\s+)?"
    r"(?:новости|статьи)",
    _FLAGS,
)
# What the chat follows.
_SUBSCRIPTIONS = re.compile(
    r"(?:(?:show|list|see)\s+(?:me\s+)?)?(?:my|our)\s+(?:subscriptions|topics|alerts)"
    r"|(?:remind\s+me\s+)?what\s+(?:do\s+|am\s+)?(?:i|we)\s+(?:follow|following"
    r"|subscribed\s+to)|(?:what|which)\s+topics\s+(?:do\s+(?:i|we)\s+follow|am\s+i\s+following)"
    r"|(?:покажи(?:те)?\s+)?(?:мои|наши)\s+(?:подписки|темы)|на\s+что\s+я\s+подписан(?:а)?"
    r"|за\s+чем\s+я\s+слежу|список\s+(?:моих\s+)?(?:подписок|тем)"
    r"|что\s+у\s+(?:меня|нас)\s+в\s+подписках",
    _FLAGS,
)
# Every topic, as a request to stop following names them ("unsubscribe me from
# everything", "отпишись от всего"): /unsubscribe all.
_ALL_TOPICS = re.compile(
    r"(?:all|everything)(?:\s+(?:topics|subscriptions))?|(?:всего|всех|всё|все)(?:\s+(?:тем|темы"
    r"|подписок|подписки))?",
    _FLAGS,
)
_STOP_EVERYTHING = re.compile(
    r"(?:stop|cancel)\s+(?:all\s+)?(?:the\s+|my\s+)?(?:updates|alerts|notifications|subscriptions)"
    r"|(?:please\s+)?(?:stop\s+sending\s+(?:me\s+)?(?:any\s+|the\s+)?|no\s+more\s+)"
    r"(?:updates|alerts|notifications)(?:\s+please)?"
    r"|(?:пожалуйста\s+)?(?:не\s+присылай(?:те)?\s+(?:мне\s+)?(?:больше\s+)?|хватит\s+присылать\s+)"
    r"(?:обновлени[яй]|уведомлени[яй])",
    _FLAGS,
)
# The chat's language, in plain words: "switch to Russian", "говори по-английски" (/lang).
_LANGUAGE_CHOICE = re.compile(
    r"(?:please\s+)?(?:(?:change|switch|set)\s+(?:the\s+|your\s+|my\s+)?(?:language|interface)"
    r"\s+to|(?:switch|change)\s+to|speak(?:\s+to\s+me)?(?:\s+in)?|talk\s+to\s+me\s+in"
    r"|(?:answer|reply|write)\s+(?:to\s+me\s+|me\s+)?in)\s+(?P<en>english|russian)"
    r"(?:\s+(?:language|please))*"
    r"|(?:пожалуйста\s+)?(?:(?:говори|отвечай|пиши|общайся)(?:те)?\s+(?:со\s+мной\s+|мне\s+)?"
    r"(?:по-(?P<po>русски|английски)|на\s+(?P<na>русском|английском)(?:\s+языке)?)"
    r"|(?:смени|поменяй|переключи|установи)(?:те)?(?:сь)?\s+(?:язык\s+)?на\s+(?P<to>русский|английский)"
    r"(?:\s+язык)?)(?:\s+пожалуйста)?",
    _FLAGS,
)
# What asks for the most reported stories of a span ("top stories this week",
# "what happened yesterday?", "главные новости за неделю"): /top for a week,
# month or year; for a day, the day's briefing (commands.plain).
_SPAN_EN = (
    r"(?:today|yesterday|(?:(?:this|the\s+past|the\s+last|last|the)\s+)(?:day|week|month|year))"
)
_SPAN_RU = (
    r"(?:сегодня|вчера|за\s+(?:день|сутки|неделю|месяц|год)"
    r"|на\s+этой\s+неделе|в\s+этом\s+(?:месяце|году))"
)
# How many top stories: "top 3 stories", "the 5 biggest stories", "главные 3 новости"
# (a group of its own at each place it may stand: count1, count2 ...).
_TOP_COUNT = r"(?P<count{}>\d{{1,2}})"
_TOP = re.compile(
    rf"(?:(?:show\s+me|give\s+me|what(?:'s|’s|\s+is|\s+are|\s+were|\s+was))\s+)?(?:the\s+)?"
    rf"(?:(?:{_SPAN_EN}|today|yesterday)(?:'s|’s)\s+)?(?:{_TOP_COUNT.format(1)}\s+)?"
    rf"(?:(?:top|main|biggest|big|most\s+important|key|most\s+reported)\s+"
    rf"(?:{_TOP_COUNT.format(2)}\s+)?"
    rf"(?:news|stories|story|headlines)"
    rf"|(?:(?<=['’]s\s)(?:news|stories|headlines)))"  # "today's news" needs no "top"
    rf"(?:\s+(?:(?:of|for|from|in|over)\s+)?{_SPAN_EN})?"
    rf"|headlines(?:\s+(?:(?:of|for|from)\s+)?{_SPAN_EN})?"
    rf"|(?:the\s+)?news\s+(?:(?:of|for|from|over)\s+)?(?:yesterday|{_SPAN_EN})"
    rf"|what\s+(?:(?:has|have)\s+)?happened\s+(?:(?:over|during|in)\s+)?(?:yesterday|{_SPAN_EN})"
    rf"|(?:покажи(?:те)?\s+)?(?:{_TOP_COUNT.format(3)}\s+)?(?:самые\s+|самых\s+)?"
    rf"(?:главн(?:ые|ых)|важн(?:ые|ых)|основн(?:ые|ых)|топ(?:-?{_TOP_COUNT.format(4)})?)"
    rf"(?:\s+{_TOP_COUNT.format(5)})?(?:\s+(?:новости|новостей|события|событий|истории|историй"
    rf"|сюжета?|сюжетов))?"
    rf"(?:\s+{_SPAN_RU}|\s+(?:дня|недели|месяца|года))?"
    rf"|главное(?:\s+{_SPAN_RU}|\s+(?:дня|недели|месяца|года))?"
    rf"|что\s+(?:случилось|произошло)\s+{_SPAN_RU}|новости\s+{_SPAN_RU}"
    # What is talked about most is what most report: "what's trending?", "о чём говорят?"
    rf"|(?:what(?:'s|’s|\s+is|\s+are)\s+)(?:trending|hot|popular)(?:\s+(?:right\s+)?now)?"
    rf"(?:\s+{_SPAN_EN})?"
    rf"|(?:(?:show\s+me|give\s+me)\s+)?(?:the\s+)?(?:trending|popular|hottest"
    rf"|most\s+(?:popular|read|talked[-\s]about|discussed))\s+(?:news|stories|story|headlines"
    rf"|articles|topics)(?:\s+{_SPAN_EN})?"
    rf"|what\s+(?:are|is)\s+(?:people|everyone|everybody)\s+talking\s+about(?:\s+{_SPAN_EN})?"
    rf"|что\s+(?:сейчас\s+)?(?:в\s+тренде|обсуждают|популярно)(?:\s+{_SPAN_RU})?"
    rf"|(?:самые\s+)?(?:популярные|обсуждаемые|читаемые)(?:\s+(?:новости|статьи|истории|темы))?"
    rf"(?:\s+{_SPAN_RU})?"
    rf"|о\s+ч[её]м\s+(?:все\s+|сейчас\s+)*говорят(?:\s+{_SPAN_RU})?"
    # What to read, asked of the bot: what most report ("what should I read today?")
    rf"|what\s+(?:should|can|could|shall)\s+i\s+read(?:\s+(?:now|{_SPAN_EN}))?"
    rf"|(?:is\s+there\s+)?(?:anything|something)\s+(?:worth|good\s+to)\s+read(?:ing)?"
    rf"(?:\s+{_SPAN_EN})?"
    r"|(?:tell|show)\s+me\s+something\s+(?:interesting|new)"
    r"|(?:can\s+you\s+)?recommend\s+(?:me\s+)?(?:something|an?\s+(?:article|story))"
    r"(?:\s+to\s+read)?"
    rf"|что\s+(?:бы\s+)?(?:мне\s+)?(?:почитать|прочитать)(?:\s+{_SPAN_RU})?"
    r"|посоветуй(?:те)?\s+(?:что-нибудь|что-то|статью)(?:\s+почитать)?"
    r"|(?:расскажи(?:те)?\s+)?(?:что-нибудь|что-то)\s+интересное",
    _FLAGS,
)
# A topic with a span before or after it ("this week in Veloria", "Navalny
# today", "в России за неделю"): the span asks for the newest on the topic.
_NEAR_SPAN = (
    r"(?:today|yesterday|this\s+(?:week|month|year)"
    r"|сегодня|вчера|за\s+(?:неделю|месяц|год)|на\s+этой\s+неделе)"
)
_TOPIC_SPAN = re.compile(
    rf"{_NEAR_SPAN}\s+(?:(?:in|on|about|with|for|в|во|о|об|про|с|у)\s+)?(?P<topic>.+)"
    rf"|(?P<topic2>.+?)\s+{_NEAR_SPAN}",
    _FLAGS,
)
# A frame that asks for nothing but the news: the latest articles.
_LATEST = re.compile(
    rf"(?:(?:any|anything|something|what(?:'s|’s|\s+is)|show\s+me|give\s+me|get\s+me)\s+)?"
    rf"(?:the\s+)?(?:latest|newest|new|fresh|recent)?\s*(?:{_REPORTS_EN})?"
    rf"(?:\s+(?:today|now|please))*"
    rf"|what\s+(?:(?:has|have)\s+)?happened(?:\s+(?:today|now))?"
    rf"|what(?:'s|’s|\s+is)\s+(?:happening|going\s+on|up)(?:\s+(?:today|now))?"
    rf"|(?:что\s+(?:нового|новенького|слышно|случилось|произошло|происходит|было)"
    rf"|(?:последние|свежие|новые)\s+{_REPORTS_RU}"
    rf"|{_REPORTS_RU}|(?:покажи(?:те)?|дай(?:те)?)\s+(?:последние\s+|свежие\s+)?{_REPORTS_RU})"
    rf"(?:\s+(?:сегодня|сейчас|пожалуйста))*",
    _FLAGS,
)
# The newest, so many of them: "show me the latest 3 articles", "last 5 news",
# "покажи 5 последних новостей", "последние 10 статей" (/latest 3).
_LATEST_COUNTED = re.compile(
    r"(?:(?:show|give|get|send)\s+me\s+)?(?:the\s+)?"
    r"(?:(?:latest|newest|last|most\s+recent|recent)\s+(?P<count>\d{1,2})"
    r"|(?P<count_before>\d{1,2})\s+(?:latest|newest|last|most\s+recent|recent|new))"
    rf"(?:\s+{_REPORTS_EN})?(?:\s+please)?"
    r"|(?:(?:покажи|дай|пришли|присылай)(?:те)?\s+)?(?:мне\s+)?"
    r"(?:(?:последние|свежие)\s+(?P<count_ru>\d{1,2})"
    r"|(?P<count_ru_before>\d{1,2})\s+(?:последних|последние|свежих|свежие|новых|новые))"
    r"\s+(?:новост(?:и|ей|ь)|стат(?:ьи|ей|ью|ья)|материал(?:а|ов)?|сообщени(?:я|й))",
    _FLAGS,
)
# What a reader calls an article: "what is this story about?", "о чём эта заметка?"
_PIECE_EN = r"(?:article|story|report|piece|news)"
_PIECE_RU = r"(?:статья|новость|материал|заметка|история)"
# Frames that ask for a summary or the facts of what follows them.
_SUMMARY = re.compile(
    # "what was the congress about?": the summary of its best match (not "what
    # are you talking about?", "what is he laughing about?")
    r"what(?:['’]s|\s+is|\s+was|\s+are|\s+were)\s+(?=\S.*\s(?:all\s+)?about$)"
    r"(?!(?:you|u|i|we|they|he|she)\s)(?!.*ing\s+about$)"
    r"|о\s+ч[её]м\s+(?:был[аио]?|были)\s+"
    rf"|о\s+ч[её]м\s+(?:(?:эта|та)\s+)?{_PIECE_RU}\s+(?:о|об|обо|про)\s+|"
    rf"{_POLITE_EN}(?:(?:give\s+me\s+|send\s+me\s+|what(?:['’]s|\s+is|\s+was)\s+)?(?:a\s+|the\s+)?"
    rf"(?:short\s+|brief\s+|quick\s+)?(?:summary|recap|gist|tl;?dr|main\s+points?|key\s+points)"
    rf"\s+(?:of|on|about|for)(?:\s+the\s+(?:article|story))?"
    rf"|summari[sz]e|sum\s+up|recap|brief\s+me\s+on"
    # "timeline of the Kestrel breach": a topic summary is dated, oldest first
    rf"|(?:give\s+me\s+|show\s+me\s+)?(?:a\s+|the\s+)?(?:timeline|chronology)\s+(?:of|for|on)"
    # "explain the Kestrel breach", "catch me up on the drought": what it is, in short
    r"|explain(?!\s+(?:yourself|you|me|myself|how\s+(?:you|this\s+bot|it)\s+works?)\b)"
    r"|catch\s+me\s+up\s+on|bring\s+me\s+up\s+to\s+speed\s+on|fill\s+me\s+in\s+on"
    r"|(?:give\s+me\s+)?(?:an\s+)?overview\s+of|remind\s+me\s+(?:about|of|what\s+happened\s+"
    r"(?:with|to|in))|what(?:['’]s|\s+is)\s+the\s+background\s+(?:to|of|on))\s+"
    r"|(?:объясни|напомни)(?:те)?,?\s+что\s+(?:случилось|произошло|было)\s+(?:с|со|в)\s+"
    r"|хронология\s+(?:событий\s+)?(?:(?:с|со|о|об|про|вокруг|по)\s+)?(?=\S)"
    # "в чём суть истории с Kestrel?", "суть конгресса": what it comes to
    r"|(?:в\s+ч[её]м\s+(?:(?:была|есть)\s+)?(?:суть|смысл)|суть)\s+(?:(?:истории|дела|ситуации|новости"
    r"|статьи|скандала)\s+(?:с|со|о|об|про|вокруг)\s+)?(?=\S)"
    rf"|{_POLITE_RU}(?:перескажи(?:те)?|кратко|вкратце|коротко|(?:краткое\s+)?(?:содержание|резюме|сводка)"
    r"|объясни(?:те)?|напомни(?:те)?|в\s+двух\s+словах)"
    rf"(?:\s+(?:кратко|вкратце|коротко))?(?:\s+(?:статью|статьи|новость|новости|материал))?"
    rf"(?:\s+(?:о|об|обо|про|по))?\s+",
    _FLAGS,
)
# Who and what an article names: its facts card lists its people,
# organisations and places ("who is mentioned in article 3?").
_LISTED_EN = r"(?:people|persons|names|organi[sz]ations|companies|groups|places|countries|cities)"
_LISTED_RU = r"(?:люди|лица|имена|организации|компании|места|страны|города)"
_MENTIONED_EN = r"(?:mentioned|named|quoted|cited)"
_MENTIONED_RU = r"(?:упоминаются|упомянуты|названы|фигурируют|есть)"
_FACTS = re.compile(
    rf"{_POLITE_EN}(?:(?:give|show|tell)\s+me\s+)?(?:what\s+are\s+)?(?:the\s+)?(?:key\s+|main\s+)?"
    rf"facts\s+(?:of|on|about|from|in)\s+"
    rf"|(?:who(?:['’]s|\s+is|\s+are|\s+was|\s+were|\s+gets?)|(?:which|what)\s+{_LISTED_EN}"
    rf"\s+(?:is|are|were|get|gets))\s+{_MENTIONED_EN}\s+in\s+"
    rf"|(?:(?:who|what|which)\s+(?:are\s+)?)?(?:the\s+)?{_LISTED_EN}\s+(?:are\s+)?"
    rf"(?:{_MENTIONED_EN}\s+)?in\s+"
    r"(?=(?:(?:the|this|that)\s+)?(?:\S+\s+){0,4}(?:article|story|report|piece)\b|#?\d+\s*\??$)"
    rf"|кто\s+(?:упоминается|упомянут|назван|фигурирует)\s+(?:в|во)\s+"
    rf"|какие\s+{_LISTED_RU}\s+{_MENTIONED_RU}\s+(?:в|во)\s+"
    rf"|{_POLITE_RU}(?:(?:главные|основные|ключевые)\s+)?факты\s+(?:о|об|обо|про|по|из)\s+",
    _FLAGS,
)
_RELATED = re.compile(
    rf"{_POLITE_EN}(?:(?:show\s+me\s+|find\s+|any\s+)?(?:more|other)(?:\s+(?:articles|stories|reports|news))?"
    rf"\s+like|(?:(?:show\s+me\s+|find\s+|any\s+)?(?:articles|stories|reports|anything))"
    rf"\s+(?:like|similar\s+to|related\s+to)"
    rf"|(?:what(?:'s|’s|\s+is)\s+|anything\s+)?(?:similar\s+to|related\s+to))\s+"
    rf"|{_POLITE_RU}(?:(?:покажи(?:те)?\s+)?(?:(?:похожие|похожее|связанные)\s+(?:статьи\s+)?"
    rf"|(?:статьи|материалы|новости)\s+(?:похожие|связанные)\s+)(?:на|с|к))\s+",
    _FLAGS,
)
# Frames that ask for updates on what follows them, or for no more of them.
_SUBSCRIBE = re.compile(
    rf"{_POLITE_EN}(?:(?:subscribe|sign)\s+(?:me\s+)?(?:up\s+)?(?:to|for)"
    rf"|follow|(?:keep|get)\s+me\s+(?:posted|updated|informed)\s+{_ON_EN}"
    rf"|(?:notify|alert)\s+me\s+(?:about|of|on|to)(?:\s+(?:any\s+)?new\s+{_REPORTS_EN}\s+{_ON_EN})?"
    rf"|(?:send\s+me|i\s+want)\s+(?:the\s+)?updates\s+{_ON_EN}"
    # "let me know when there's news on the drought", "notify me if anything
    # happens with Kestrel"
    rf"|(?:let\s+me\s+know|notify\s+me|alert\s+me|tell\s+me|ping\s+me)\s+(?:when|if|whenever)\s+"
    rf"(?:(?:there(?:'s|’s|\s+is|\s+are)|you\s+(?:get|have))"
    rf"\s+(?:(?:any(?:thing)?|something)\s+)?(?:new\s+)?(?:{_REPORTS_EN}\s+)?{_ON_EN}"
    r"|(?:anything|something)\s+(?:new\s+)?(?:happens|changes|comes\s+up)\s+(?:with|to|on|in|about)))\s+"
    # "сообщи, если будут новости о засухе", "дай знать, когда появятся новости про ..."
    r"|(?:сообщи(?:те)?|дай(?:те)?\s+знать|напиши(?:те)?)\s*,?\s+(?:если|когда)\s+(?:будут|будет"
    r"|появятся|появится)\s+(?:(?:что-то|что-нибудь)\s+)?(?:новое\s+|новые\s+)?"
    r"(?:(?:новости|статьи|материалы)\s+)?(?:о|об|обо|про)\s+"
    rf"|{_POLITE_RU}(?:подпиши(?:те|сь|тесь)?\s+(?:меня\s+|нас\s+)?на|подписаться\s+на|подписка\s+на"
    rf"|(?:хочу\s+)?следи(?:ть|те)?\s+за"
    rf"|(?:сообщай(?:те)?|присылай(?:те)?|пиши(?:те)?|уведомляй(?:те)?|оповещай(?:те)?)\s+"
    rf"(?:(?:мне|нам|меня|нас)\s+)?(?:(?:о|об|обо|про)\s+(?:новостях|статьях)\s+|{_REPORTS_RU}\s+)?"
    r"(?:о|об|обо|про))\s+",
    _FLAGS,
)
_UNSUBSCRIBE = re.compile(
    rf"{_POLITE_EN}(?:unsubscribe(?:\s+me)?(?:\s+from)?|unfollow|stop\s+following"
    rf"|stop\s+(?:sending\s+me\s+)?(?:the\s+)?updates\s+{_ON_EN}"
    # "stop sending me drought news": the topic (bot.commands.subscribe)
    rf"|stop\s+sending\s+(?:me\s+)?(?:(?:any\s+)?(?:more\s+)?{_REPORTS_EN}\s+{_ON_EN}\s+)?(?=\S))\s*"
    r"|(?:не\s+присылай(?:те)?|хватит\s+присылать)\s+(?:мне\s+)?(?:больше\s+)?"
    r"(?:(?:новости|статьи)\s+)?(?:о|об|обо|про)\s+"
    rf"|{_POLITE_RU}(?:отпиши(?:те|сь|тесь)?\s+(?:меня\s+|нас\s+)?от|отписаться\s+от"
    rf"|(?:не|перестань|перестаньте)\s+следи(?:ть|те)?\s+за)\s+",
    _FLAGS,
)
# A command's name alone, as a reply to a card ("summary", "key facts",
# "more on this", "похожие"): that card's article; alone, the command asks which.
_SUMMARY_ALONE = re.compile(
    r"(?:(?:give|tell)\s+me\s+)?(?:a\s+|the\s+)?(?:short\s+|quick\s+)?"
    r"(?:summary|summari[sz]e(?:\s+(?:it|this))?|tl;?dr|gist|explain(?:\s+(?:it|this|that))?)"
    # "what's the gist?", "what are the main points?"
    r"|what(?:['’]s|\s+is|\s+are)\s+the\s+(?:gist|main\s+points?|key\s+points)"
    r"(?:\s+of\s+(?:it|this|that|the\s+(?:article|story)))?"
    # "what is it about?", "о чём статья?": what the card replied to says
    rf"|what(?:['’]s|\s+is|\s+was)\s+(?:(?:it|this|that)(?:\s+{_PIECE_EN})?|the\s+{_PIECE_EN})"
    r"(?:\s+all)?\s+about"
    r"|кратко|вкратце|(?:краткое\s+)?содержание|резюме|перескажи(?:те)?|объясни(?:те)?"
    r"|(?:в\s+ч[её]м\s+(?:суть|смысл)|суть)(?:\s+(?:статьи|новости|истории|дела))?|в\s+двух\s+словах"
    rf"|о\s+ч[её]м\s+(?:(?:эта|та|это|она)\s*)?(?:{_PIECE_RU}|речь)?(?:\s+вообще)?",
    _FLAGS,
)
_FACTS_ALONE = re.compile(
    r"(?:the\s+)?(?:key\s+|main\s+)?facts|(?:главные\s+|основные\s+|ключевые\s+)?факты"
    # "who is mentioned?", "which places are named?", "кто упоминается?"
    rf"|(?:who(?:['’]s|\s+is|\s+are|\s+was|\s+were|\s+gets?)|(?:which|what)\s+{_LISTED_EN}"
    rf"\s+(?:is|are|were|get|gets))\s+{_MENTIONED_EN}(?:\s+(?:in\s+)?(?:it|here|there))?"
    rf"|(?:the\s+)?{_LISTED_EN}\s+{_MENTIONED_EN}"
    rf"|кто\s+(?:(?:там|здесь|тут)\s+)?(?:упоминается|упомянут|назван|фигурирует)"
    rf"|какие\s+{_LISTED_RU}\s+(?:(?:там|здесь|тут)\s+)?{_MENTIONED_RU}",
    _FLAGS,
)
_RELATED_ALONE = re.compile(
    r"related|similar|(?:anything|something|what)\s+else(?:\s+on\s+(?:this|it))?|more\s+on\s+(?:this|it)"
    r"|(?:(?:show|give|find|get|send)\s+me\s+)?(?:(?:any|some|more|other)\s+){0,2}"
    r"(?:articles|stories|reports|news)\s+(?:about|on)\s+(?:this|it|that)(?:\s+(?:story|topic|subject))?"
    # "what happened next?": the story's other reports, the newer among them
    r"|what\s+happened\s+(?:next|after\s+that|then)|(?:any\s+)?(?:updates|follow-ups?)\s+"
    r"(?:on|to)\s+(?:this|it|that)(?:\s+story)?|(?:is\s+there\s+)?anything\s+newer"
    r"|что\s+было\s+(?:дальше|потом)|(?:есть\s+)?продолжение|что\s+дальше"
    r"|похожие|похожее|(?:что\s+)?(?:ещё|еще)\s+(?:об\s+этом|на\s+эту\s+тему)"
    r"|(?:(?:покажи(?:те)?|найди(?:те)?)\s+)?(?:другие\s+|ещё\s+|еще\s+)?(?:статьи|новости|материалы)"
    r"\s+(?:об\s+этом|на\s+эту\s+тему|по\s+теме)",
    _FLAGS,
)
# The whole text, as a reply to a card ("the full story", "полный текст").
_READ_ALONE = re.compile(
    r"(?:(?:show|give|send)\s+me\s+)?(?:the\s+)?(?:full|whole|entire)\s+(?:text|article|story)"
    r"|(?:покажи(?:те)?\s+|дай(?:те)?\s+)?(?:весь|полный)\s+текст|читать\s+полностью",
    _FLAGS,
)
# More of what was said: in reply to a card, its longer summary.
_MORE = re.compile(
    r"(?:(?:tell\s+me|say|give\s+me|show\s+me)\s+)?(?:more|a\s+bit\s+more|more\s+detail)"
    r"|go\s+on|continue|keep\s+going|in\s+more\s+detail|details"
    r"|(?:расскажи(?:те)?\s+|а\s+)?(?:подробнее|поподробнее|больше|ещё|еще|дальше)"
    r"|продолжа(?:й|йте)|детали|подробности",
    _FLAGS,
)
# Messages that ask for something by all their words.
_WHOLE_MESSAGES = (
    (_THANKS, "thanks"),
    (_MORE, "more"),
    (_ACKNOWLEDGED, "acknowledged"),
    (_GOODBYE, "goodbye"),
    (_HELP, "help"),
    (_SUBSCRIPTIONS, "subscriptions"),
    (_SOURCES, "sources"),
    (_TOP, "top"),
    (_LATEST, "latest"),
    (_SUMMARY_ALONE, "summary"),
    (_FACTS_ALONE, "facts"),
    (_RELATED_ALONE, "related"),
    (_READ_ALONE, "read"),
)
# An article asked for by its id: its card ("open 5", "статья 5"), or its
# whole text ("read 31", "полный текст 31"). The id is all that follows.
_ID = r"(?:(?:article|story|report|статью|статья|новость)\s+)?(?:#|no\.?\s*|№\s*)?(?=\d+$)"
_OPEN = re.compile(
    rf"{_POLITE_EN}(?:open|show(?:\s+me)?|article|story)\s+{_ID}"
    rf"|{_POLITE_RU}(?:открой(?:те)?|покажи(?:те)?|статья|новость)\s+{_ID}",
    _FLAGS,
)
_READ = re.compile(
    rf"{_POLITE_EN}(?:read(?:\s+me)?|(?:the\s+)?(?:full|whole)\s+(?:text|article|story)(?:\s+of)?)"
    rf"(?:\s+{_ID}|(?=\s+(?:this|it)$))"
    rf"|{_POLITE_RU}(?:прочитать|прочти(?:те)?|читать|(?:весь|полный)\s+текст)(?:\s+{_ID}|(?=\s+(?:её|ее|эту(?:\s+статью)?)$))",
    _FLAGS,
)
# One article asked for by its words ("open the article about the congress",
# "show me the Kestrel breach story", "покажи статью про засуху"): the best
# match's card, not what several articles say (/summary of words).
_OPEN_ABOUT = re.compile(
    rf"{_POLITE_EN}(?:open|show(?:\s+me)?|give\s+me|find(?:\s+me)?)\s+the\s+(?:article|story|report"
    rf"|piece)\s+(?:about|on)\s+"
    rf"|{_POLITE_RU}(?:открой(?:те)?|покажи(?:те)?|найди(?:те)?|дай(?:те)?)\s+(?:мне\s+)?"
    rf"(?:статью|новость|материал)\s+(?:о|об|обо|про)\s+",
    _FLAGS,
)
_OPEN_NAMED = re.compile(
    rf"{_POLITE_EN}(?:open|show(?:\s+me)?|give\s+me|find(?:\s+me)?)\s+the\s+"
    r"(?!(?:full|whole|latest|newest|top|main|big|biggest|next|last|first|same|other|real|entire)\b)"
    r"(?P<topic>.+?)\s+(?:article|story|report|piece)",
    _FLAGS,
)
# When updates come, in plain words: "a daily digest at 8am", "briefing at
# 07:30 Berlin", "quiet hours 22:00-07:00"; what follows is the command's.
_DIGEST = re.compile(
    rf"{_POLITE_EN}(?:(?:send\s+me|i\s+want|give\s+me)\s+)?(?:a\s+|one\s+|the\s+|my\s+)?"
    r"(?:(?:daily|morning|evening)\s+)?(?:digest|(?:one\s+)?updates?\s+a\s+day)"
    r"(?:\s+every\s+(?:day|morning|evening))?"
    rf"\s+at(?=\s+\d)|{_POLITE_RU}(?:присылай(?:те)?\s+)?(?:ежедневн(?:ый|ую|ая)\s+)?"
    r"(?:дайджест|сводк[ау])(?:\s+(?:каждое\s+утро|каждый\s+день|ежедневно))?\s+в(?=\s+\d)",
    _FLAGS,
)
_BRIEFING = re.compile(
    rf"{_POLITE_EN}(?:(?:send\s+me|i\s+want|give\s+me)\s+)?(?:a\s+|the\s+|my\s+)?"
    r"(?:(?:daily|morning|evening)\s+)?(?:briefing|(?:top|main)\s+(?:stories|news)|headlines)"
    r"(?:\s+every\s+(?:day|morning|evening))?\s+at(?=\s+\d)"
    rf"|{_POLITE_RU}(?:(?:присылай(?:те)?|присылать)\s+(?:мне\s+|нам\s+)?)?"
    r"(?:ежедневн(?:ый|ую|ая)\s+|утренн(?:ий|юю|яя)\s+)?(?:брифинг|обзор|главные\s+новости)"
    r"(?:\s+(?:каждое\s+утро|каждый\s+день|ежедневно))?\s+в(?=\s+\d)",
    _FLAGS,
)
# "stop the briefing", "не присылай обзор": /briefing off.
_BRIEFING_OFF = re.compile(
    r"(?:stop|cancel|turn\s+off|no\s+more)\s+(?:the\s+|my\s+)?(?:daily\s+|morning\s+)?briefings?"
    r"|(?:не\s+присылай(?:те)?|отключи(?:те)?|выключи(?:те)?|останови(?:те)?)\s+"
    r"(?:(?:мне|нам)\s+)?(?:утренн(?:ий|юю)\s+|ежедневн(?:ый|ую)\s+)?(?:брифинг|обзор)",
    _FLAGS,
)
# Updates in one digest a day, with no time said ("send me a daily digest",
# "присылай обновления раз в день"): /digest, which asks when.
_DIGEST_ALONE = re.compile(
    r"(?:please\s+)?(?:(?:send\s+me|i\s+want|give\s+me|switch\s+(?:me\s+)?to|set\s+up)\s+)?"
    r"(?:a\s+|one\s+|the\s+|my\s+)?(?:daily\s+digest|digest"
    r"|(?:updates?|news)\s+(?:once|one\s+time)\s+a\s+day|one\s+update\s+a\s+day)(?:\s+please)?"
    r"|(?:please\s+)?send\s+(?:me\s+)?(?:the\s+|my\s+)?updates\s+once\s+a\s+day(?:\s+please)?"
    r"|(?:присылай(?:те)?\s+)?(?:мне\s+)?(?:(?:ежедневн(?:ый|ую)\s+)?(?:дайджест|сводку)"
    r"(?:\s+раз\s+в\s+день)?|(?:обновления|новости)\s+(?:один\s+)?раз\s+в\s+день)",
    _FLAGS,
)
# Updates as they come, not in a digest: /digest off.
_DIGEST_OFF = re.compile(
    r"(?:please\s+)?(?:(?:send\s+me\s+|i\s+want\s+|switch\s+(?:me\s+)?to\s+|give\s+me\s+)?"
    r"(?:instant|immediate|real[-\s]time)\s+(?:updates|alerts|notifications)"
    r"|send\s+(?:me\s+)?(?:the\s+)?updates\s+(?:as\s+(?:soon\s+as\s+)?they\s+(?:come|arrive)"
    r"|right\s+away|immediately|at\s+once)"
    r"|(?:no|stop\s+the|cancel\s+the|turn\s+off\s+the)\s+(?:daily\s+)?digest)(?:\s+please)?"
    r"|(?:присылай(?:те)?\s+)?(?:обновления\s+)?(?:сразу|немедленно|мгновенно)"
    r"|(?:отключи(?:те)?|выключи(?:те)?|отмени(?:те)?)\s+(?:ежедневный\s+)?дайджест"
    r"|без\s+дайджеста|не\s+надо\s+дайджеста",
    _FLAGS,
)
_QUIET = re.compile(
    r"(?:(?:set\s+)?quiet\s+hours?|(?:no|don'?t\s+send(?:\s+me)?)\s+updates|do\s+not\s+disturb)"
    r"(?:\s+from)?(?=\s+\d)"
    r"|(?:тихие\s+часы|не\s+(?:присылай(?:те)?|беспокой(?:те)?)(?:\s+ничего)?)(?:\s+с)?(?=\s+\d)",
    _FLAGS,
)
_ABOUT_END = re.compile(r"\s+(?:all\s+)?about$", _FLAGS)
# Frames that open a command's words, checked in this order.
_COMMAND_FRAMES = (
    (_OPEN, "summary"),
    (_OPEN_ABOUT, "open"),
    (_READ, "read"),
    (_SUMMARY, "summary"),
    (_FACTS, "facts"),
    (_RELATED, "related"),
    (_UNSUBSCRIBE, "unsubscribe"),
    (_SUBSCRIBE, "subscribe"),
    (_DIGEST, "digest"),
    (_BRIEFING, "briefing"),
    (_QUIET, "quiet"),
)
# What a reply says for the article it answers: "summarise this", "похожие на эту".
_THIS = frozenset(
    (
        *("this", "this one", "this article", "this story", "this report", "it", "that"),
        *("это", "эта", "эту", "этой", "этому", "этого", "этим", "этот"),
        *("эту статью", "этой статье", "этой статьёй", "этой статьей", "этот сюжет"),
        *("этим сюжетом", "эту новость", "этой новостью", "эту историю", "этой историей"),
        *("неё", "нее", "него", "нему", "ним", "ней", "this news", "this topic"),
    )
)


def names_this(words: str) -> bool:
    """Whether the words are "this", "it", "эту статью" ...: in reply to a
    card, its article ("tell me more about it")."""
    return words.lower() in _THIS


# Frames that ask for what is new on a topic: the newest articles on it.
_NEWEST = r"(?:latest|newest|most\s+recent|recent|new|fresh)"
_LATEST_FRAMES = [
    re.compile(pattern, _FLAGS)
    for pattern in (
        rf"{_POLITE_EN}(?:(?:show|give|get|send|bring)\s+(?:me|us)\s+)?"
        rf"(?:what(?:'s|’s|\s+is|\s+are)\s+)?(?:(?:the|any|some)\s+)?{_NEWEST}\s+"
        rf"(?:{_REPORTS_EN}\s+)?{_ON_EN}\s+",
        rf"(?:(?:is|are)\s+there\s+|do\s+you\s+have\s+|have\s+you\s+got\s+)?"
        rf"(?:any|anything|something)\s+(?:new|newer|recent)\s+(?:{_REPORTS_EN}\s+)?{_ON_EN}\s+",
        rf"what(?:'s|’s|\s+is)\s+new\s+{_IN_EN}\s+",
        rf"что\s+(?:нового|новенького)\s+(?:{_ABOUT_RU}\s+)?",
        rf"{_POLITE_RU}(?:(?:покажи(?:те)?|дай(?:те)?)\s+(?:(?:мне|нам)\s+)?)?"
        rf"(?:есть\s+(?:ли\s+)?)?(?:последние|свежие|новые)\s+{_REPORTS_RU}\s+{_ABOUT_RU}\s+",
        rf"(?:есть\s+(?:ли\s+)?)?(?:что-нибудь|что-то)\s+новое\s+{_ABOUT_RU}\s+",
        # "последние новости засухи": news of (a genitive or a name) needs no "о".
        rf"{_POLITE_RU}(?:последние|свежие)\s+новости\s+",
    )
]
# Frames that open a request for words: what follows them is the topic.
_FRAMES = [
    re.compile(pattern, _FLAGS)
    for pattern in (
        # English
        rf"{_POLITE_EN}tell\s+me\s+(?:(?:more|something|anything|everything|all|the\s+news)\s+)?"
        rf"{_ON_EN}\s+",
        rf"{_POLITE_EN}help\s+me\s+(?:to\s+)?(?:find|search\s+for|look\s+for)\s+"
        rf"(?:(?:{_REPORTS_EN}|something|anything)\s+{_ON_EN}\s+)?",
        rf"what\s+do\s+(?:you|we)\s+(?:know|have)\s+{_ON_EN}\s+",
        rf"what(?:'s|’s|\s+is)\s+(?:already\s+)?known\s+{_ON_EN}\s+",
        rf"where\s+can\s+i\s+(?:read|find|learn)\s+(?:more\s+)?{_ON_EN}\s+",
        rf"what\s+(?:should|can|could|shall)\s+i\s+read\s+{_ON_EN}\s+",
        r"i(?:'m|’m|\s+am)\s+interested\s+in\s+",
        # "I heard something about a data breach at Kestrel"
        r"i(?:\s+(?:have|had)|['’]ve)?\s+(?:just\s+)?(?:heard|read|saw|seen)\s+(?:(?:something|things"
        r"|a\s+lot|stuff|(?:the\s+)?news|rumou?rs|reports)\s+)?(?:about|on|of|regarding)\s+",
        rf"{_POLITE_EN}(?:show|give|find|get|send|bring)\s+(?:me|us)\s+"
        rf"(?:(?:the|some|any)\s+)?(?:(?:latest|newest|recent|new)\s+)?"
        rf"(?:(?:{_REPORTS_EN}|something|anything|more)\s+{_ON_EN}\s+)?",
        # "more about the night trains" ("more on this" in reply: related articles)
        rf"{_POLITE_EN}more\s+{_ON_EN}\s+",
        rf"{_POLITE_EN}(?:search|look|hunt)\s+(?:for|up)\s+",
        # "find X" alone may be a name ("Find Cayman"); asked for, it is a frame.
        r"(?:can|could|would|will)\s+you\s+(?:please\s+)?(?:find|search|show)\s+"
        rf"(?:(?:{_REPORTS_EN}|something|anything)\s+{_ON_EN}\s+)?",
        rf"{_POLITE_EN}(?:find|search)\s+(?:for\s+)?(?:{_REPORTS_EN}|anything)\s+{_ON_EN}\s+",
        rf"(?:(?:is|are)\s+there\s+|do\s+you\s+have\s+|have\s+you\s+got\s+)?"
        rf"(?:any|anything|something)\s+(?:(?:new|newer|recent|else|other|more)\s+)?(?:{_REPORTS_EN}\s+)?{_ON_EN}\s+",
        # "other stories on Kestrel"
        rf"(?:(?:some|any)\s+)?(?:other|more)\s+{_REPORTS_EN}\s+{_ON_EN}\s+",
        # "is there news about the library?" (without "any": "news" was respelt "new")
        rf"(?:is|are)\s+there\s+(?:(?:new|recent|more|other)\s+)?{_REPORTS_EN}\s+{_ON_EN}\s+",
        rf"(?:the\s+)?(?:(?:top|main|biggest|key)\s+)?{_REPORTS_EN}\s+{_ON_EN}\s+",
        rf"what(?:'s|’s|\s+is|\s+was)\s+(?:new|happening|going\s+on|up|the\s+news|the\s+story)\s+{_IN_EN}\s+",
        rf"what\s+(?:(?:has|have|had)\s+)?(?:happened|happens|is\s+happening)\s+(?:{_IN_EN}\s+)?",
        # "can you tell me what happened to the Kestrel boss?"
        rf"{_POLITE_EN}(?:tell|show)\s+(?:me|us)\s+what\s+(?:(?:has|have|had)\s+)?"
        rf"(?:happened|is\s+happening|is\s+going\s+on)\s+(?:{_IN_EN}\s+)?",
        r"(?:i\s+(?:want|wanna|would\s+like|'d\s+like|’d\s+like|need)\s+to\s+(?:know|read|learn|hear)"
        r"|i(?:'m|’m|\s+am)\s+(?:looking|searching)\s+for)\s+(?:(?:more|something|anything)\s+)?"
        rf"(?:{_ON_EN}\s+)?",
        # Russian
        rf"{_POLITE_RU}(?:расскажи(?:те)?|скажи(?:те)?|напиши(?:те)?)\s+(?:(?:мне|нам)\s+)?"
        rf"(?:(?:что-нибудь|что-то|всё|все|подробнее|больше)\s+)?{_ABOUT_RU}\s+",
        rf"{_POLITE_RU}(?:покажи(?:те)?|дай(?:те)?|найди(?:те)?|поищи(?:те)?|ищи(?:те)?)\s+"
        rf"(?:(?:мне|нам)\s+)?(?:(?:последние|свежие|новые|все)\s+)?(?:{_REPORTS_RU}\s+)?(?:{_ABOUT_RU}\s+)?",
        rf"что\s+(?:(?:ещё|еще)\s+)?(?:слышно|известно|пишут|писали|происходит|случилось|произошло)"
        rf"\s+(?:{_ABOUT_RU}\s+)?",
        rf"(?:есть\s+(?:ли\s+)?(?:что-нибудь\s+|что-то\s+)?)?(?:(?:главные|важные|основные|ещё|еще"
        rf"|другие)\s+)?{_REPORTS_RU}\s+{_ABOUT_RU}\s+",
        rf"есть\s+(?:ли\s+)?(?:что-нибудь|что-то)\s+{_ABOUT_RU}\s+",
        # "новости Велории", "новости засухи"; not "статьи 207.3", an article of a law.
        r"(?:(?:главные|важные|основные)\s+)?новост(?:и|ей)\s+",
        rf"(?:хочу|хотел(?:а|и)?\s+бы|хочется)\s+(?:узнать|почитать|прочитать|прочесть)\s+"
        rf"(?:(?:больше|подробнее|что-нибудь)\s+)?(?:{_ABOUT_RU}\s+)?",
        r"(?:ищу|я\s+ищу)\s+",
        # "слышал про засуху в Колдере", "я читала что-то о ..."
        r"(?:я\s+)?(?:слышал|читал|видел)(?:а|и)?\s+(?:(?:что-то|кое-что|новости)\s+)?"
        rf"{_ABOUT_RU}\s+",
        rf"что\s+(?:ты\s+знаешь|вы\s+знаете|у\s+(?:тебя|вас)\s+есть)\s+{_ABOUT_RU}\s+",
        r"что\s+(?:там\s+)?(?:с|со)\s+",  # "что с библиотекой?": what of it
        r"(?:меня\s+)?интересу(?:ет|ют)\s+",
    )
]
# A question about a topic: its words, less the question's own, and what kind
# of thing answers it (news.answers), if any.
_AUX_EN = r"(?:is|was|did|does|do|are|were|has|have|had|will|would|could|can|should|might|must)"
# What "which ...?" asks a name of: an organisation's ("which club won the
# cup?", "which university is testing batteries?": the University of Port
# Elms, not its project leader) or a person's ("which player scored?").
_ORGANIZATIONS_EN = (
    r"clubs?|teams?|compan(?:y|ies)|firms?|part(?:y|ies)|groups?|organi[sz]ations?|banks?"
    r"|brands?|airlines?|universit(?:y|ies)|newspapers?|agenc(?:y|ies)"
)
_PEOPLE_EN = r"players?|politicians?|ministers?|officials?|candidates?|leaders?"
_ORGANIZATIONS_RU = (
    r"клуб\w*|команд\w*|компани\w*|фирм\w*|парти\w*|групп\w*|организаци\w*|банк\w*"
    r"|бренд\w*|авиакомпани\w*|университет\w*|газет\w*|агентств\w*|ведомств\w*"
)
_PEOPLE_RU = r"игрок\w*|политик\w*|министр\w*|чиновник\w*|кандидат\w*|лидер\w*"
_NAMED_EN = f"{_ORGANIZATIONS_EN}|{_PEOPLE_EN}"
_NAMED_RU = f"{_ORGANIZATIONS_RU}|{_PEOPLE_RU}"
# Past participles with no "-ed" or "-en" ("who was paid?", "what was sold?").
_IRREGULAR_DONE = (
    "stolen|taken|given|chosen|broken|spoken|written|driven|hidden|beaten|frozen|seen|done"
    "|shown|thrown|drawn|grown|found|held|sold|built|made|bought|agreed|caught|lost|won|paid"
    "|spent|sent|kept|cut|set|put|born"
)
# After "who is", "who was": what names nobody, but asks for one.
_NO_NAME = re.compile(
    rf"(?:the|a|an|behind|in|at|on|to|for)\s|[a-z]+(?:ed|en|ing)\b|(?:{_IRREGULAR_DONE})\b"
)
# "who was sacked?": the being of a passive, kept with its participle, as it
# asks whom it was done to (news.answers), not who did it.
_BEING_DONE = re.compile(r"who\s+(is|are|was|were)\s", _FLAGS)
_DONE = re.compile(rf"(?:[a-z]+(?:ed|en)|{_IRREGULAR_DONE})\b(?!\s+by\b)")
# What asks for a sum of money ("стоит" only after "сколько": "стоит ли ехать?").
_MONEY_WORDS = re.compile(
    r"\b(?:costs?|costing|prices?|priced|paid|pay|paying|spen[dt]|spending|worth|fines?"
    r"|salar(?:y|ies)|wages?|fees?|bills?|budget|ransom|bail|reward|compensation|damages|money"
    r"|tickets?|fares?|rent|revenues?|profits?|turnover|income|earnings"
    r"|charged?)\b|(?<!\w)(?:сколько\s+(?:сто(?:ит|ят|ил|ила|ило|или)|заплати\w*|потрати\w*"
    r"|плат(?:ят|ит|или|ил|ила))|стоимост\w*|цен(?:а|у|ы|ой)|штраф\w*|зарплат\w*|бюджет\w*"
    r"|денег|деньги|билет\w*|выручк\w*|прибыл\w*|доход\w*)(?!\w)",
    _FLAGS,
)
# What asks for a count, or for how much a sum changed, not the sum.
_COUNT_OR_CHANGE = re.compile(
    r"\b(?:how\s+many|by\s+how\s+much|rise|rises|rose|risen|raised?|increased?|fall|fell|fallen"
    r"|drop(?:ped)?|cut|cuts|percent(?:age)?|share|rate)\b|(?<!\w)(?:на\s+сколько|насколько"
    r"|вырос\w*|вырастет|упал\w*|снизил\w*|сократил\w*|повысил\w*|процент\w*|дол(?:я|ю|и))(?!\w)",
    _FLAGS,
)
# What "how ...?" asks the measure of, when any figure near the words may say
# it; not "how far" (a distance, not "47,812 spectators"), "how bad", "how close".
_MEASURED_EN = r"(?:low|high|big|large|deep|expensive|heavy|fast|quickly|hot|cold|warm|tall|wide)"
_HOW_HOT = re.compile(r"how\s+(?:hot|cold|warm)\s", _FLAGS)
# Russian verbs of how long something takes or lasts.
_LASTING_RU = (
    r"ид[её]т|ехать|едет|лететь|летит|длится|длил(?:ся|ась|ось|ись)|продлится"
    r"|продлил(?:ся|ась|ось|ись)|занимает|займ[её]т|занял[аои]?"
)
# Russian verbs of an event's end or opening: "когда откроется библиотека?".
_ENDS_RU = (
    r"откро(?:ется|ются)|открыл(?:ся|ась|ось|ись)|открыва(?:ется|ются)|закро(?:ется|ются)"
    r"|закрыл(?:ся|ась|ось|ись)|закрыва(?:ется|ются)"
    r"|законч(?:ится|атся|ился|илась|илось|ились)|заверш(?:ится|атся|ился|илась|илось|ились)"
)
_QUESTION_FRAMES: tuple[tuple[str, Wants | None], ...] = (
    # "who is Navalny?", "what is OVD-Info?": who or what it is
    # (a "what" only of a name: "what is the plan?" is a search)
    # "what was the reason for the rate rise?", "what is behind the drought?"
    (
        r"what(?:['’]s|\s+is|\s+was|\s+are|\s+were)\s+(?:the\s+)?(?:(?:main|real)\s+)?"
        r"(?:reasons?|causes?)\s+(?:for|of|behind)\s+|what(?:['’]s|\s+is|\s+was)\s+behind\s+(?!(?:you|me|us|i)\b)",
        "reason",
    ),
    (r"(?:who|what)(?:\s+(?:is|are|was|were)|'s|’s)\s+", "identity"),
    # (not "кто это сказал?": a verb in the past after "это" asks who did it)
    (
        r"(?:кто|что)\s+(?:(?:это\s+)?(?:такой|такая|такое|такие)|это(?!\s+(?-i:[а-яё]+л[аои]?)\b))\s+",
        "identity",
    ),
    # Which one of them: "how many congresses have there been?", "какой это по
    # счёту конгресс?": "the third held since 2022", "третий такой конгресс"
    (r"how\s+many\s+(?=\S.*\s(?:have|has)\s+there\s+been\b)|what\s+number\s+", "ordinal"),
    (
        r"(?:какой|какая|какое|который|которая|которое|какую|которую)\s+(?:(?:это|уже)\s+)*"
        r"по\s+сч[её]ту\s+",
        "ordinal",
    ),
    # "how much could Kestrel be fined?": the auxiliary is the question's, not the topic's
    (rf"(?:by\s+)?how\s+(?:many|much)\s+(?:{_AUX_EN}\s+(?=\w))?", "figure"),
    (rf"how\s+old\s+{_AUX_EN}\s+", "figure"),  # "Ilya Ponomarev, 49, ..."
    # "what percentage of exporters lost orders?": "38% of exporters"
    (r"what\s+(?:percentage|per\s*cent|proportion|share|fraction)\s+of\s+", "figure"),
    # "how low is Lake Sorrel?": "fell to 31% of capacity"
    # ("how hot did it get in Calder?": "temperatures reached 41.2C in Calder")
    (
        rf"how\s+{_MEASURED_EN}\s+(?:{_AUX_EN}\s+)?(?:it\s+(?:(?:get|got|become|go)\s+)?)?",
        "figure",
    ),
    (rf"(?:in\s+)?what\s+(?:year|month|day|date)\s+(?:{_AUX_EN}\s+)?", "date"),
    (rf"how\s+long\s+(?:{_AUX_EN}\s+)?", "duration"),  # "three years", "since 2019"
    (rf"(?:at\s+)?what\s+time\s+(?:{_AUX_EN}\s+)?", "time"),  # "at 23:15"
    # "how often": "three times a week", not any figure ("ten years after")
    (rf"how\s+often\s+(?:{_AUX_EN}\s+)?", "frequency"),
    (rf"how(?:\s+{_AUX_EN}|['’]s)\s+", None),
    (rf"when(?:\s+{_AUX_EN}|['’]s)\s+", "date"),
    (rf"where(?:\s+{_AUX_EN}|['’]s)\s+", "place"),
    # "why did Okafor resign?", "what caused the drought?": a cause (news.reasons)
    (rf"(?:why\s+{_AUX_EN}|what\s+(?:caused|led\s+to|prompted)|how\s+come)\s+", "reason"),
    # "who spoke at the congress?" (not "who do you think you are?": no news answers it)
    (
        r"who\s+(?!(?:is|are|was|were|'s|’s)\b|(?:do|did|does|would|will|can|could)\s+(?:you|i|we)\b)",
        "person",
    ),
    (rf"whom\s+(?:{_AUX_EN}\s+)?", "person"),  # "whom did the club sign?"
    # "which club won the cup?": a name; of a place, a place; of a year, a date
    (
        r"(?:which|what)\s+(?:countr(?:y|ies)|cit(?:y|ies)|towns?|regions?|states?|villages?)\s+",
        "place",
    ),
    (rf"which\s+(?:year|month|day)\s+(?:{_AUX_EN}\s+)?", "date"),
    (rf"which\s+(?:{_ORGANIZATIONS_EN})\s+", "organization"),
    (rf"which\s+(?:{_PEOPLE_EN})\s+", "person"),
    (r"(?:как\s+долго|сколько\s+времени)\s+", "duration"),
    # "сколько идёт ночной поезд?", "сколько длился конгресс?": how long (not "сколько стоит")
    (rf"сколько\s+(?=(?:{_LASTING_RU})\s)", "duration"),
    # "во сколько уходит поезд?": "в 23:15" (not "во сколько раз": how many times)
    (r"(?:во\s+сколько(?!\s+раз)|в\s+какое\s+время|в\s+котором\s+часу)\s+", "time"),
    (r"как\s+часто\s+", "frequency"),
    # "сколько лет пенсионерке?": her age, "72-летняя" (not "сколько лет дали Петрову?", a
    # verb in the past after it: the years of a sentence, which "лет" may be written as)
    (r"сколько\s+(?:ему\s+|ей\s+)?лет\s+(?:было\s+|исполнилось\s+)?(?![а-яё]+л[аио]?\b)", "figure"),
    # "сколько", and its other cases after a preposition: "к скольким годам приговорили?"
    (
        r"(?:(?:(?:к|на|до|из|с|со|от|по|за)\s+)?(?:сколько|скольк(?:и|их|им|ими))|насколько)\s+",
        "figure",
    ),
    # "какой город ограничил подачу воды?", "в каком году?", "какая команда выиграла?"
    (
        r"(?:(?:в|из)\s+)?(?:как(?:ой|ая|ое|ие|ом|ую|их)\s+)(?:стран\w*|город\w*|регион\w*"
        r"|област\w*|сел\w*|деревн\w*)\s+",
        "place",
    ),
    (r"(?:в\s+)?(?:как(?:ой|ом|ая|ую))\s+(?:год\w*|месяц\w*|день|дня|дату)\s+", "date"),
    (r"(?:какой\s+процент|какая\s+доля|какая\s+часть)\s+", "figure"),
    (rf"(?:как(?:ой|ая|ое|ие))\s+(?:{_ORGANIZATIONS_RU})\s+", "organization"),
    (rf"(?:как(?:ой|ая|ое|ие))\s+(?:{_PEOPLE_RU})\s+", "person"),
    (r"когда\s+", "date"),
    (r"где\s+", "place"),
    (r"(?:почему|зачем|из-за\s+чего|по\s+какой\s+причине|за\s+что)\s+", "reason"),
    # "в чём причина засухи?", "какова причина отставки Окафора?"
    (r"(?:в\s+ч[её]м|како(?:ва|вы)|что)\s+(?:главная\s+)?(?:причин[аы])\s+", "reason"),
    (r"кто\s+(?!(?:такой|такая|такое|такие)\b|это\b(?!\s+(?-i:[а-яё]+л[аои]?)\b))", "person"),
    # "кого задержали?", "кому вручили премию?": who, as the verb's object
    (r"(?:кого|кому)\s+", "person"),
)
_QUESTIONS = [(re.compile(pattern, _FLAGS), wants) for pattern, wants in _QUESTION_FRAMES]
# A question for a measure is one for a figure: "what is the interest rate in
# Veloria?", "what rate did the bank set?", "какова ставка банка?". Only when
# it names what is measured besides the measure ("what is the rate?" names
# nothing measured: a search).
_MEASURE_EN = (
    r"(?:rates?|prices?|fares?|percentage|share|amount|number|sum|total|costs?|fines?|salary|age|toll"
    r"|value|budget|deficit|debt|population|turnout|temperature|distance|height|level|bill"
    r"|fees?|wages?|pay|unemployment|inflation|result|revenues?|profits?|turnover|income"
    r"|earnings|losses|gdp|targets?)"
)
_MEASURE_RU = (
    r"(?:ставк|процент|сумм|цен|стоимост|числ|количеств|дол|размер|уровен|уровн|штраф"
    r"|зарплат|бюджет|населени|явк|инфляц|безработиц|температур|высот|глубин|скорост"
    r"|расстояни|возраст|выручк|прибыл|доход|убыт)\w*"
)
_MEASURE_FRAMES = [
    re.compile(pattern, _FLAGS)
    for pattern in (
        rf"what(?:\s+(?:is|was|are|were|will\s+be)|'s|’s)\s+(?:the\s+)?"
        rf"(?=(?:[\w'’-]+\s+){{0,2}}{_MEASURE_EN}\b)",  # "what was Kestrel's revenue?"
        # "to what level did the lake fall?", "до какого уровня упало озеро?"
        rf"(?:(?:to|at|by)\s+)?what\s+(?={_MEASURE_EN}\s+{_AUX_EN}\b)",
        rf"(?:(?:до|на|с|по)\s+)?(?:какова|каков|каково|каковы|какой|какая|какое|какие|какую"
        rf"|каким|какого|какому)\s+(?!(?:процент|доля|часть)\s)(?=(?:[\w-]+\s+)?{_MEASURE_RU}\b)",
    )
]
# "What is the number of people detained?" asks how many were: articles write no "number".
_COUNT_OF = re.compile(r"^(?:number|amount|total)\s+of\s+", _FLAGS)
_QUESTION_WORD_KINDS: tuple[tuple[str, Wants], ...] = (
    (r"how\s+(?:many|much)|сколько|насколько|на\s+сколько", "figure"),
    (r"how\s+long|как\s+долго", "duration"),
    (r"(?:at\s+)?what\s+time|во\s+сколько|в\s+какое\s+время|в\s+котором\s+часу", "time"),
    (r"when|когда", "date"),
    (r"where|где", "place"),
    (r"who|кто", "person"),
    (r"why|почему|зачем|за\s+что", "reason"),
)
_QUESTION_WORDS = [(re.compile(pattern, _FLAGS), kind) for pattern, kind in _QUESTION_WORD_KINDS]
# What "when", "where" and "how long" questions end with that articles seldom
# write; in Russian, what they open with ("где прошёл конгресс?": articles
# write "собрались в Брюсселе", and the title's "прошёл" drew "Впервые
# конгресс прошёл в Берлине").
_EVENT_VERB = re.compile(
    r"\s+(?:held|take\s+place|took\s+place|taking\s+place|happen|happened|occur|occurred"
    r"|located|based|start|started|begin|began|end|ended|last|lasted|take|took|run|runs|ran"
    r"|operate|depart|leave|fly|sail|meet|met|arrive|come|came|go|goes|went|open|opens|opened"
    r"|close|closes|closed|finish|finished|complete|completed"
    r"|be\s+(?:ready|finished|completed?|done|built|open|opened))$"
    r"|^(?:прош(?:ёл|ел|ла|ло|ли)|пройд(?:ёт|ет|ут)|проход(?:ил|ила|ило|или|ит|ят)"
    r"|состоял(?:ся|ась|ось|ись)|состоится|состоятся|начал(?:ся|ась|ось|ись)"
    r"|случил(?:ся|ась|ось|ись)|произош(?:ёл|ел|ла|ло|ли)|находи(?:тся|лся|лась|лось)"
    rf"|{_LASTING_RU}|{_ENDS_RU})\s+",
    _FLAGS,
)
# "What did OVD-Info say (about the detentions)?": what they said, in quotes.
_WHAT_SAID = [
    re.compile(pattern, _FLAGS)
    for pattern in (
        r"what\s+(?:did|does|do|has|have|had)\s+(?P<who>.+?)\s+"
        r"(?:say|said|tell|told|think|write|wrote|claim|claimed|report|reported|announce"
        r"|announced|warn|warned|argue|argued)"
        r"(?:\s+(?:about|on|of|regarding|to|after|before|at|during|following|in|over)"
        r"\s+(?P<about>.+))?",
        r"что\s+(?:сказал|сказала|сказали|говорит|говорят|говорил|говорила|говорили|заявил"
        r"|заявила|заявили|пишет|пишут|думает|думают|сообщает|сообщают|сообщил|сообщила"
        r"|сообщили|считает|считают|утверждает|утверждают|рассказал|рассказала|рассказали)"
        r"\s+(?P<who>.+?)"
        r"(?:\s+(?:о|об|про|насчёт|насчет)\s+(?P<about>.+))?",
        # "что он сказал?", "что Окафор сказал о взломе?": the speaker before the verb
        r"что\s+(?P<who>он|она|(?-i:[А-ЯЁA-Z][\w-]*)(?:\s+(?-i:[А-ЯЁA-Z][\w-]*))?)\s+"
        r"(?:сказал|сказала|говорил|говорила|говорит|заявил|заявила|сообщил|сообщила|думает"
        r"|считает|рассказал|рассказала|написал|написала|пишет)"
        r"(?:\s+(?:о|об|про|насчёт|насчет)\s+(?P<about>.+))?",
    )
]
# Who said it, when anyone may have: no words of the topic's, no speaker to find.
_ANYONE = re.compile(
    r"(?:they|people|everyone|everybody|anyone|anybody|others|folks|они|люди|все|вс[её]\s+вокруг)",
    _FLAGS,
)
# A language named at the end of a message: "in Russian", "на английском", "по-русски".
_IN_LANGUAGE = re.compile(
    r"(?:^|\s+)(?:(?:in|на)\s+(?P<lang>russian|english|русском|английском)(?:\s+(?:language|языке))?"
    r"|(?P<po>по-русски|по-английски))$",
    _FLAGS,
)
# A question's topic that names nothing by itself: "what time is it?".
_PRONOUNS = re.compile(
    r"(?:it|this|that|he|she|they|him|her|them|это|он|она|оно|они|его|её|ее|их)", _FLAGS
)
# One person, by a pronoun: "who is he?" asks who the person read about is
# (bot.commands.question names them).
ONE_PERSON = re.compile(r"(?:he|she|him|her|он|она|его|её|ее)", _FLAGS)
# "who said that?", "кто это сказал?": who in what the reader is reading, as "who?" is.
_SAID_THIS = re.compile(
    r"(?:(?:это|that|this)\s+)?(?:said|says|say|told|wrote|сказал[аи]?|заявил[аи]?|говорит"
    r"|написал[аи]?)(?:\s+(?:that|this|it|so|это|так))?",
    _FLAGS,
)
# What a message may end with that is no search word.
_CLOSING_WORDS = ("please", "pls", "thanks", "thank you", "пожалуйста", "спасибо")
_CLOSING_MARKS = " ?!.…"
_ONLY_MARKS = re.compile(r"[\W_]*", re.UNICODE)


def read_message(message: str) -> Asked:
    """What a message in plain words asks for (see the module's docstring)."""
    text = " ".join(message.split())
    if text.isupper() and any(w in STOP_WORDS for w in text_words(text.lower())):
        text = text.lower()  # "WHO PAID FOR THE LIBRARY???" is asked as any question; not "EU NATO"
    greeted = _GREETING.match(text)
    rest = text[greeted.end() :] if greeted else text
    if claim := _claim_checked(rest):
        # "is this real? <a headline>", "<a claim> - is it true?": whether it is so
        return Asked("search", claim, "whether")
    bare = _without_closing(_without_idle_question(rest))
    if _THANKFUL_SIGNS.fullmatch(bare):
        return Asked("acknowledged")
    if not bare or _ONLY_MARKS.fullmatch(bare):
        if greeted:
            return Asked("greeting")
        return Asked("search", text)  # "?" or "…": the search says it has no words
    bare = _direct(_without_conjunction(_one_question(_written_out(bare))))
    if versions := _VERSIONS.fullmatch(bare):
        # Of the card replied to; with none, the newest in that language.
        named = [k for k, v in versions.groupdict().items() if v]
        return Asked("versions", named[0][:2] if named else "")
    if chosen := _LANGUAGE_CHOICE.fullmatch(bare):
        chose = next(name for name in chosen.groups() if name).lower()
        return Asked("lang", "en" if chose.startswith(("eng", "англ")) else "ru")
    asked = _in_language(bare) or _read(bare)
    if asked.kind == "search" and not asked.wants and asked.words == bare and "?" in text[-3:]:
        # no frame read: "did Okafor resign?", "what laws were passed?"
        return _said_whole(bare) or asked
    return asked


# A question whether something is so: "did Okafor resign?", "is the library
# open again?", "is it true that ...?", "открылась ли библиотека?", "правда
# ли, что ...?". Not of the bot ("can you ...?", "are you a bot?"), and with
# two words after the verb at least ("Will Smith?" is a name).
_YES_NO = re.compile(
    rf"(?:is\s+it\s+true|is\s+it\s+so|правда\s+ли|верно\s+ли)\s*,?\s*(?:that\s+|что\s+)?"
    rf"|{_AUX_EN}\s+(?!(?:you|i|we|u)\b)(?=\S+\s+\S)"
    r"|(?P<verb>[а-яё-]+)\s+ли\s+(?!(?:ты|вы)\b)",
    _FLAGS,
)


_BEING = r"(?:is|are|was|were)"  # "what is X?", asked of a name (_QUESTION_FRAMES)
_PRONOUN_EN = r"(?:you|u|i|we|it|this|that|these|those|they|he|she|there)"
# "what laws were passed in March 2022?", "какие законы приняли в 2022 году?":
# what things (of none of the kinds of _QUESTION_FRAMES), the sentence that
# says it; the thing is a word of the topic. Not of the news itself ("what
# news is there?"), nor a name ("What Apple is doing").
_WHAT_THINGS = re.compile(
    rf"(?:what|which)\s+(?!{_REPORTS_EN}\b)(?=(?-i:[a-z][a-z-]+)\s+{_AUX_EN}\s+\S)"
    r"|(?:какие|какой|какая|какое|каких|какую)\s+(?!(?:новост|стат|материал|сюжет)\w*)"
    r"(?=(?-i:[а-яё][а-яё-]+)\s+\S)"
    # "what did the mayor ban?", "что запретил мэр?": what someone did, of
    # someone named (not "what does it mean?", "что это?") and a verb.
    # "they" of a place or event named after the verb: "what did they discuss
    # at the congress?" (not "what did they decide?": of whom?)
    rf"|what\s+(?!{_BEING}\b){_AUX_EN}\s+(?!{_PRONOUN_EN}\b(?<!they))(?=\S+\s+\S)"
    r"(?!they\s+\S+\s*\??$)"
    r"(?!.*\s(?:do|doing|done)$)"  # "what should customers do?": no verb to look for
    r"|что\s+(?!(?:ты|вы|я|мы|он|она|они|оно|это|такое|будет|было|будут|был|была|были"
    r"|нового|новенького|ещё|еще|там|же|с|со|у|за|по|в|на)\b)(?=(?-i:[а-яё][а-яё-]+)\s+\S)",
    _FLAGS,
)


def _said_whole(bare: str) -> Asked | None:
    """A question whether something is so, or of what things, searched
    without the words that make it one ("did", "what"; Russian "ли" alone),
    wanting the sentence that says it (news.answers.SAYS_IT); None for other
    words."""
    for pattern, wants in _SAID_WHOLE:
        if found := pattern.match(bare):
            verb = found.groupdict().get("verb") or ""
            topic = _topic(f"{verb} {bare[found.end() :]}")
            if wants == "statement" and _PAYING.search(topic):
                wants = "money"  # "what will Kestrel spend on security?": a sum
            return Asked("search", topic, wants) if topic else None
    return None


# What someone pays, asked what: a sum of money ("what will Kestrel spend on
# security?", "что потратит город?"). Not "raise": rates are raised too.
_PAYING = re.compile(
    r"\b(?:spend|spent|spending|pay|paid|paying|cost|invest|invested|owe|owed|charge|charged)\b"
    r"|(?<!\w)(?:потрат\w*|заплат\w*|вложит|вложил\w*|инвестир\w*)(?!\w)",
    _FLAGS,
)


_SAID_WHOLE: tuple[tuple[re.Pattern[str], Wants], ...] = (
    (_YES_NO, "whether"),
    (_WHAT_THINGS, "statement"),
)


# "whats new", "whos Daniel Okafor": a question word's contraction typed without
# its apostrophe, as chat often is; none of these is a word of its own.
_UNAPOSTROPHED = re.compile(r"(what|who|where|how|when)s(?=\s)", _FLAGS)


def _help_topic(topic: str) -> str:
    """The command "help with <topic>" asks about, or ""."""
    for pattern, name in _HELP_TOPICS:
        if found := pattern.fullmatch(topic):
            return name or (found["name"] or found["bare"]).lower()
    return ""


def _written_out(bare: str) -> str:
    """The message with its opening question word as written out ("whats" ->
    "what's", "wen" -> "when", "скока" -> "сколько"), as chat often spells it."""
    found = _UNAPOSTROPHED.match(bare)
    if found:
        return f"{found.group(1)}'s{bare[found.end() :]}"
    found = _CHAT_SPELT.match(bare)
    if found:
        return _CHAT_WORDS[found.group(1).lower()] + bare[found.end() :]
    found = _GOT_DONE.match(bare)
    if found and _DONE_WHAT.match(bare, found.end()):
        being = "is" if found.group(2).lower() in ("get", "gets") else "was"
        return f"{found.group(1)} {being} {bare[found.end() :]}"  # "who got sacked?"
    return bare


# "who got sacked?", "what got stolen?": the passive, as chat says it.
_GOT_DONE = re.compile(r"(who|what)\s+(got|gets|get|has\s+got|have\s+got)\s+", _FLAGS)


# A question word as chat spells it, opening a message: "wat did OVD-Info say",
# "wen did Okafor resign", "y did he resign", "скока человек задержали", "чё там
# с Kestrel"; none of these opens a search of its own ("y" only before a verb).
_CHAT_WORDS = {
    **dict.fromkeys(("wat", "wut", "wht"), "what"),
    **dict.fromkeys(("wen", "whn"), "when"),
    **dict.fromkeys(("wher", "whr"), "where"),
    "hw": "how",
    "y": "why",
    **dict.fromkeys(("скока", "скоко", "скок"), "сколько"),
    **dict.fromkeys(("чё", "чо", "шо"), "что"),
    "када": "когда",
}
_CHAT_SPELT = re.compile(
    r"(wat|wut|wht|wen|whn|wher|whr|hw|y(?=\s+(?:did|does|do|is|was|are|were|has|have|will"
    r"|would|can|could)\b)|скока|скоко|скок|чё|чо|шо|када)(?=\s)",
    _FLAGS,
)


# "and when did he resign?", "а сколько за протесты?": a question that goes on
# from the last answer opens with a conjunction, no word of its topic.
_CONJUNCTION = re.compile(
    r"(?:and|but|so|also|then|ok(?:ay)?|а|и|но|так|ну|тогда)\s*,?\s+"
    r"(?=(?:who|whom|whose|what|when|where|why|how|which|кто|кого|кому|что|чего|когда|где"
    r"|куда|откуда|почему|зачем|сколько|как|какой|какая|какое|какие|какую|каком|какого"
    r"|каких|во\s+сколько|чей|чья|чьё|чьи)\b)",
    _FLAGS,
)


def _without_conjunction(bare: str) -> str:
    opened = _CONJUNCTION.match(bare)
    return bare[opened.end() :] if opened else bare


def _with_half_of_day(frame: str, topic: str) -> str:
    """A bare hour after a frame that says which half of the day ("every
    morning at 7", "каждое утро в 8", "evening briefing at 6") as /briefing
    reads one ("7am"); "at 7" alone stays as typed, for /briefing to ask."""
    hour, _, rest = topic.partition(" ")
    if not (hour.isdecimal() and 1 <= int(hour) <= 11):
        return topic
    if _MORNING.search(frame):
        return f"{hour}am {rest}".strip()
    if _EVENING.search(frame):
        return f"{hour}pm {rest}".strip()
    return topic


_MORNING = re.compile(r"\b(?:morning|утр\w*|утренн\w*)\b", _FLAGS)
_EVENING = re.compile(r"\b(?:evening|вечер\w*)\b", _FLAGS)


# A question asked indirectly ("can you tell me when the trains start?", "do
# you know who resigned?", "скажите, пожалуйста, сколько человек задержали?"):
# the question after the wrapper. In English its words are in a statement's
# order ("when the trains start"): the question frames want an auxiliary.
_INDIRECT = re.compile(
    rf"(?:{_POLITE_EN}(?:tell|show)\s+me|do\s+you\s+know|(?:does\s+)?any(?:one|body)\s+know"
    r"|i\s+(?:was\s+)?wonder(?:ing|ed)?(?:\s+(?:whether|if)\s+you\s+(?:could|can)\s+tell\s+me)?"
    r"|i(?:'d|’d|\s+would)\s+like\s+to\s+know|i\s+want\s+to\s+know|any\s+idea)[,:]?\s+"
    r"(?=(?:who|what|when|where|why|how|which)\b)"
    r"|(?:(?:не\s+)?подскаж(?:и|ите|ешь|ете)|скаж(?:и|ите)|расскаж(?:и|ите)|(?:ты\s+|вы\s+)?знаешь"
    r"|(?:ты\s+|вы\s+)?знаете|интересно)(?:\s*,?\s*пожалуйста)?\s*,?\s+"
    r"(?=(?:кто|что|когда|где|почему|зачем|сколько|как\w*)(?!\w))",
    _FLAGS,
)
_SAID_IN_ORDER = re.compile(
    rf"(what)\s+(?!{_AUX_EN}\b)\S.*?\s(?:said|says|thinks|wrote|writes|told|claimed|reported"
    r"|announced|warned|argued)\b",
    _FLAGS,
)
_BEING_LAST = re.compile(r"(what|who)\s+(.+?)\s+(is|are|was|were)", _FLAGS)
_AUX_IN_CLAUSE = re.compile(rf"\s({_AUX_EN})\b", _FLAGS)
_STATEMENT_ORDER = re.compile(
    rf"(?P<word>when|where|why|how(?:\s+(?:long|often))?)\s+(?!{_AUX_EN}\b|many\b|much\b)", _FLAGS
)


def _direct(bare: str) -> str:
    """The question an indirect one asks, in a question's order ("can you
    tell me when the trains start": "when do the trains start"); the
    message as it is when it asks none so."""
    wrapped = _INDIRECT.match(bare)
    if wrapped is None:
        return bare
    asked = bare[wrapped.end() :]
    if said := _SAID_IN_ORDER.match(asked):  # "what Navalny said": "what did Navalny said"
        return f"what did {asked[said.end(1) :].strip()}"
    if being := _BEING_LAST.fullmatch(asked):  # "what the rate is": "what is the rate"
        return f"{being.group(1)} {being.group(3)} {being.group(2)}"
    ordered = _STATEMENT_ORDER.match(asked)
    if ordered is None:
        return asked
    rest = asked[ordered.end() :]
    # "where the congress was held": "where was the congress held"; else "when do ..."
    aux = _AUX_IN_CLAUSE.search(rest)
    if aux is None:
        return f"{ordered.group('word')} do {rest}"
    return f"{ordered.group('word')} {aux.group(1)} {rest[: aux.start()]}{rest[aux.end() :]}"


def _in_language(bare: str) -> Asked | None:
    """News asked for in one language ("latest news in Russian", "the
    drought in Russian", "новости на английском"): /latest in that language,
    with the words if any. None when no language is named at the end, or
    when the rest asks something else ("who speaks in Russian?")."""
    named = _IN_LANGUAGE.search(bare)
    if named is None:
        return None
    written = (named.group("lang") or named.group("po")).lower()
    language = "ru" if written.startswith(("рус", "ru", "по-рус")) else "en"
    asked = _read(bare[: named.start()].strip() or "news")
    if asked.kind not in ("latest", "search") or asked.wants:
        return None
    return Asked("latest", f"{language} {asked.words}".strip())


def _read(bare: str) -> Asked:
    if counted := _LATEST_COUNTED.fullmatch(bare):
        return Asked("latest", next(n for n in counted.groups() if n))
    for pattern, kind in _WHOLE_MESSAGES:
        if found := pattern.fullmatch(bare):
            if kind == "top":  # its span, and how many if said: "3 week" (/top 3 week)
                count = next(
                    (n for g, n in found.groupdict().items() if g.startswith("count") and n), ""
                )
                return Asked("top", f"{count} {_span(bare)}".strip())
            return Asked(kind)  # type: ignore[arg-type]
    if _BYLINE.fullmatch(bare):
        return Asked("byline")  # of the card replied to
    if (of := _BYLINE_OF.fullmatch(bare)) and (topic := _topic(next(t for t in of.groups() if t))):
        return Asked("byline", topic)
    if named_command := _WHAT_DOES.fullmatch(bare):
        return Asked("help", named_command.group("name").lower())
    if name := next((name for pattern, name in _HOW_TO if pattern.fullmatch(bare)), None):
        return Asked("help", name)
    if (helped := _HELP_WITH.fullmatch(bare)) and (name := _help_topic(helped["topic"])):
        return Asked("help", name)
    if _STOP_EVERYTHING.fullmatch(bare):
        return Asked("unsubscribe", "all")
    if _BRIEFING_OFF.fullmatch(bare):
        return Asked("briefing", "off")
    if _DIGEST_OFF.fullmatch(bare):
        return Asked("digest", "off")
    if _DIGEST_ALONE.fullmatch(bare):
        return Asked("digest")  # /digest asks when
    if (named := _OPEN_NAMED.fullmatch(bare)) and (topic := _topic(named.group("topic"))):
        return Asked("open", topic)  # "open the congress article"
    for pattern, kind in _COMMAND_FRAMES:
        found = pattern.match(bare)
        if found and (topic := _topic(bare[found.end() :])):
            if kind == "unsubscribe" and _ALL_TOPICS.fullmatch(topic):
                topic = "all"  # "unsubscribe me from everything"
            elif kind in ("briefing", "digest"):  # "every morning at 7": 7am
                topic = _with_half_of_day(bare[: found.end()], topic)
            elif kind == "summary":  # "what was the congress about": the congress
                topic = _ABOUT_END.sub("", topic) or topic
            elif kind in ("subscribe", "unsubscribe"):
                # "follow Kestrel news", "news about the drought": a topic of "news" would
                # wait for articles that say it
                topic = _without_news_after_name(_NEWS_ABOUT.sub("", topic, count=1)) or topic
                topic = _in_dictionary_form(topic)
            # "More like this" in reply to a card: the card's article, as the command's reply.
            return Asked(kind, "" if topic.lower() in _THIS else topic)  # type: ignore[arg-type]
    did = _DID_WHAT.fullmatch(bare)
    topic = _topic(did["topic"] or did["topic2"]) if did else ""
    if did and topic and not (_PRONOUNS.fullmatch(topic) or _SPEAKING.fullmatch(topic)):
        does = (did["does"] and did["do"]) or did["does2"]
        of_a_name = any(word[:1].isupper() for word in topic.split())
        return Asked("search", topic, "identity" if does and of_a_name else None)
    named = _NEWS_OF.fullmatch(bare)
    if named and (topic := _topic(named.group("topic"))) and not _REPORT_WORD.fullmatch(topic):
        return Asked("latest" if named.group("newest") else "search", topic)
    if (then := _LATEST_AFTER.fullmatch(bare)) and (topic := _topic(then.group("topic"))):
        return Asked("latest", topic)  # "kestrel breach latest"
    for frames, kind in ((_LATEST_FRAMES, "latest"), (_FRAMES, "search")):
        for frame in frames:
            found = frame.match(bare)
            if found and (topic := _topic(bare[found.end() :])):
                # "what happened this week in Veloria": the newest on Veloria.
                dated = _TOPIC_SPAN.fullmatch(topic)
                if dated and (rest := _topic(dated.group("topic") or dated.group("topic2"))):
                    return Asked("latest", rest)
                return Asked(kind, _without_news_after_name(topic))  # type: ignore[arg-type]
    return _question(bare) or Asked("search", _without_news_after_name(bare))


# "what happened in March?", "что было вчера?": what was most reported then.
_HAPPENED = re.compile(
    r"what\s+(?:(?:has|have)\s+)?happened|что\s+(?:было|произошло|случилось)", _FLAGS
)


def asks_what_happened(words: str) -> bool:
    """Whether the words before a period ask what happened then (the most
    reported stories), not for its news (the newest published)."""
    return _HAPPENED.fullmatch(words.strip()) is not None


def _in_dictionary_form(topic: str) -> str:
    """A Russian noun followed in plain words, as the dictionary writes it:
    "следи за засухой", "присылай новости о конгрессе" follow "засуха",
    "конгресс" ("Слежу за темой «засуха»", not «засухой»), which match as
    the word typed did. One word only: a phrase's words agree with each other."""
    if not _RUSSIAN_WORD.fullmatch(topic) or (len(topic) > 1 and topic.isupper()):
        return topic  # not "США" as "Сша"
    lemma = noun_lemma(topic.lower())
    return lemma.capitalize() if topic[0].isupper() else lemma


_RUSSIAN_WORD = re.compile(r"[а-яё]+", re.IGNORECASE)


def _without_news_after_name(topic: str) -> str:
    """ "Kestrel news", "Navalny stories": the name; news is what all articles
    are, and few write the word. Not after a word in lower case ("fake news")
    nor of a name ("BBC News")."""
    found = _NEWS_AFTER_NAME.search(topic)
    return topic[: found.start(1)] if found else topic


# "latest Kestrel news", "any Navalny stories": the newest on the topic, or a search.
# "Kestrel breach latest", "drought latest news": the newest on the topic.
_LATEST_AFTER = re.compile(
    rf"(?P<topic>.+?)\s+(?:-\s+|:\s+)?(?:the\s+)?(?:latest|newest)(?:\s+{_REPORTS_EN})?", _FLAGS
)
# What someone has done ("what did the regulator do?", "what has Kestrel been up
# to?", "что сделал регулятор?"): the news of them, searched by their name;
# "do" is in no article that answers it.
# Asked what a name does, as a rule ("what does OVD-Info do?", "что делает
# ОВД-Инфо?"), it is asked what it is (news.answers' "identity").
_DID_WHAT = re.compile(
    r"what\s+(?:(?P<does>does|do)|did|has|have|is|are)\s+(?P<topic>.+?)\s+(?:(?P<do>do)|done|doing"
    r"|been\s+(?:up\s+to|doing))"
    r"|что\s+(?:(?P<does2>делает|делают)|сделал[аио]?|делал[аи]?)\s+(?P<topic2>.+)",
    _FLAGS,
)
# Who is talking, besides _PRONOUNS: "what are you doing?" asks no one's news.
_SPEAKING = re.compile(r"you|i|we|ты|вы|я|мы", _FLAGS)
_NEWS_OF = re.compile(
    rf"(?:(?P<newest>{_NEWEST})|any|some)\s+(?P<topic>.+?)\s+{_REPORTS_EN}", _FLAGS
)
# News of a topic, opening it: "(follow) news about the drought", "(подпишись на)
# новости о засухе", "(следить за) новостями о засухе"; in lower case ("News of the
# World" is a name).
_NEWS_ABOUT = re.compile(
    rf"^(?:(?:the|any|all)\s+)?(?-i:{_REPORTS_EN})\s+(?:about|on|of|regarding|from)\s+"
    r"|^(?:все\s+)?(?:новост(?:и|ям|ях|ями)|стать(?:и|ям|ях|ями)|материал(?:ы|ам|ами))"
    r"\s+(?:о|об|обо|про|по)\s+",
    _FLAGS,
)
# A report word in lower case after a capitalised word, ending a topic.
_NEWS_AFTER_NAME = re.compile(
    r"(?<!\S)[A-ZА-ЯЁ][\w'’.-]*(\s+(?:news|stories|articles|reports|updates))$"
)
_REPORT_WORD = re.compile(rf"{_REPORTS_EN}|news", _FLAGS)


def _question(message: str) -> Asked | None:
    """A question about a topic: a search for its words, wanting an answer of
    the kind the question asks for. A question word alone ("when?") names
    nothing: asked in reply to a card, it is about that article."""
    for word, kind in _QUESTION_WORDS:
        if word.fullmatch(message):
            return Asked("search", "", kind)
    for score in _SCORE_QUESTIONS:
        if found := score.fullmatch(message):
            return Asked("search", _topic(found.group("topic") or ""), "score")
    for said in _WHAT_SAID:
        found = said.fullmatch(message)
        if found and (who := _topic(found.group("who"))):
            about = _topic(found.group("about") or "")
            if about and _ANYONE.fullmatch(who):  # "what did people say about the drought?"
                return Asked("search", about, "quote", who)  # anyone's words (no name's)
            return Asked("search", f"{who} {about}".strip(), "quote", who)
    for frame in _MEASURE_FRAMES:
        found = frame.match(message)
        topic = _topic(_COUNT_OF.sub("", message[found.end() :])) if found else ""
        if len([w for w in text_words(topic.lower()) if w not in STOP_WORDS]) >= 2:
            return Asked("search", topic, _figure_or_money(message))
    for frame, wants in _QUESTIONS:
        found = frame.match(message)
        if found and (topic := _topic(message[found.end() :])):
            if _HOW_HOT.match(message):  # what news measures it by: temperatures
                topic = f"temperature {topic}"
            timed = wants in ("date", "time", "duration", "place", "frequency")
            said_this = wants == "person" and _SAID_THIS.fullmatch(topic) is not None
            if said_this or _PRONOUNS.fullmatch(_EVENT_VERB.sub("", topic) if timed else topic):
                # "when is it (open)?", "who is he?": what the reader is reading, in
                # reply to its card; no words to search for without one. Who he or
                # she is: the person it names (bot.commands.question), the pronoun kept.
                if wants in ("identity", "person") and ONE_PERSON.fullmatch(topic):
                    return Asked("search", topic, "identity")  # "кто он?" too
                return Asked("search", "", wants)
            verb = ""
            if timed:
                topic, verb = event_verb(topic)
            elif wants == "figure":
                topic = _without_coming(topic)
            if wants == "identity" and _DONE_WHAT.match(topic) and message[:4].lower() == "what":
                return Asked("search", topic, "statement")  # "what was discussed at ...?"
            if wants == "identity" and topic.islower() and message.lower().startswith("what"):
                # No name to say what it is: "what is the plan?" searches "the plan",
                # "what's next for consoles?" all of it.
                if message[4:5].isspace():
                    return Asked("search", topic)
                continue
            if wants == "figure":
                wants = _figure_or_money(message)
            if wants == "identity" and message[:3].lower() == "who" and _NO_NAME.match(topic):
                # "who was sacked by Eastport United?", "who is the bank's governor?":
                # a name ("who is navalny?" names one, in lower case)
                wants = "person"
                if (being := _BEING_DONE.match(message)) and _DONE.match(topic):
                    topic = f"{being[1]} {topic}"  # "was sacked": whom it was done to
            return Asked("search", topic, wants, verb=verb)
    return None


# What was done, in the passive: "what was discussed at the congress?", "what
# was stolen?" (the sentence that says it, news.answers.SAYS_IT); not "what was
# said?" (whose words), nor "what is needed?" or "what is known?" (no deed).
_DONE_WHAT = re.compile(
    r"(?!(?:said|told|known|needed|wanted|meant|supposed|expected)\b)"
    rf"(?-i:[a-z]{{2,}}[^e\W]ed|{_IRREGULAR_DONE})\b",
    _FLAGS,
)


# How a match ended: "what was the score (in the final)?", "what's the final
# score?", "how did the final end?", "какой счёт (был в финале)?", "с каким
# счётом закончился финал?", "чем закончился матч?": its score ("beat
# Eastport United 2-1"). A result only of a match: "the result of the vote" is
# a figure.
_MATCH_EN = r"(?:match|game|final|semi-?final|quarter-?final|derby|tie|clash|fixture)e?s?"
_MATCH_RU = r"(?:матч|игр|финал|полуфинал|четвертьфинал|дерби)\w*"
_ENDED_RU = r"(?:закончил|завершил|окончил)(?:ся|ась|ось|ись)"
_SCORE_QUESTIONS = [
    re.compile(pattern, _FLAGS)
    for pattern in (
        r"(?:what|how)(?:['’]s|\s+(?:is|was))\s+the\s+(?:(?:final|full-time|half-time)\s+)?"
        r"score(?:line)?(?:\s+(?:of|in|at|from|for)\s+(?P<topic>.+))?",
        rf"(?:what|how)(?:['’]s|\s+(?:is|was))\s+the\s+result\s+(?:of|in)\s+"
        rf"(?P<topic>(?:.+\s)?{_MATCH_EN}\b.*)",
        rf"how\s+did\s+(?P<topic>(?:.+\s)?{_MATCH_EN})\s+(?:end|finish)",
        r"(?:какой|каков)\s+(?:был\s+)?(?:итоговый\s+)?сч[её]т(?:\s+(?P<topic>.+))?",
        rf"(?:с\s+)?каким\s+сч[её]том\s+(?:{_ENDED_RU}\s+)?(?P<topic>.+)",
        rf"чем\s+{_ENDED_RU}\s+(?P<topic>(?:.+\s)?{_MATCH_RU}(?:\s.*)?)",
    )
]


def _figure_or_money(question: str) -> Wants:
    """A sum of money for "how much did the restoration cost?", "what is the
    fine?", "сколько стоит билет?": there "40 homes" is no answer. Not for
    "how many" (a count: "how many hours have crews spent?") nor for how
    much a sum changed ("by how much were salaries cut?": "10%")."""
    if _MONEY_WORDS.search(question) and not _COUNT_OR_CHANGE.search(question):
        return "money"
    return "figure"


# Coming, at the end of a question of how many ("how many fans came?"):
# reports count who was there ("47,812 spectators", "the crowd at 60,000"),
# seldom writing that they came.
_COMING = re.compile(
    r"\s+(?:came|come|turned\s+up|turn\s+up|showed\s+up|show\s+up|were\s+there|пришл[оаи]?"
    r"|приехал[оаи]?)$",
    _FLAGS,
)


def _without_coming(topic: str) -> str:
    """The topic of a question of how many without its coming at the end
    ("fans came": "fans"); as it is when nothing would be left but people
    ("how many people turned up?" is of no one thing: any count of people
    would answer it)."""
    rest = _COMING.sub("", topic)
    words = [w for w in text_words(rest.lower()) if w not in STOP_WORDS]
    return rest if any(w not in _PEOPLE_ONLY for w in words) else topic


_PEOPLE_ONLY = frozenset("people persons anyone everyone люди людей человек".split())


def event_verb(topic: str) -> tuple[str, str]:
    """The topic without the verb of when, where or how long something
    happened, and that verb: "when did the war start?": articles write
    "began", "broke out"; "where was the congress held?": "in Brussels". The
    search is for the rest; the answer is best to write the verb ("the strike
    ended", not "began"; "take seven hours"). Kept when nothing else is left."""
    found = _EVENT_VERB.search(topic)
    if found is None:
        return topic, ""
    rest = topic[: found.start()] + topic[found.end() :]
    if not any(w not in STOP_WORDS for w in text_words(rest.lower())):
        return topic, ""
    verb = found.group().strip()
    return rest, verb if _TELLING_VERB.fullmatch(verb) else ""


# Of those verbs, the ones a sentence that answers is best to write: which end
# of an event (began or ended), how long it took or lasted, when it left or
# arrived. Not those of any event ("held", "прошёл", "happened", "based"): "the
# congress was first held in Berlin" writes "held" of another year's.
_TELLING_VERB = re.compile(
    r"start|started|begin|began|end|ended|finish|finished|close|closes|closed|complete"
    r"|completed|open|opens|opened|last|lasted|take|took|leave|depart|arrive|fly|sail"
    rf"|начал(?:ся|ась|ось|ись)|{_ENDS_RU}|{_LASTING_RU}",
    _FLAGS,
)


def search_words(message: str) -> str:
    """What a search for a message looks for: the topic a request names ("tell
    me about OVD-Info", "summarise the congress"), nothing for a request for
    the news ("what's new?", "top stories"), else the words as written. For
    what answers with articles only (inline mode)."""
    asked = read_message(message)
    if asked.kind == "top":
        return ""  # "top stories": the newest, as inline mode has no /top
    if asked.wants == "score" and not asked.words:
        return score_words("ru" if has_russian_letters(message) else "en")
    return asked.words if asked.kind in _WITH_WORDS else message


def score_words(language: str) -> str:
    """What "what was the score?" of no match in particular searches for: the
    reports of scoring, whose first with a score answers."""
    return "счёт" if language == "ru" else "score"


_WITH_WORDS = frozenset(
    ("search", "open", "summary", "facts", "related", "latest", "subscribe", "unsubscribe")
)


def _span(message: str) -> str:
    """The span a request for the top stories names, as /top reads it ("week",
    "yesterday", "last week"); "" for the last day (today)."""
    low = message.lower()
    if last := _LAST_SPAN.search(low):  # the calendar week (month, year) before: a period
        return f"last {last.group(1)}"
    for span, words in _SPANS:
        if words.search(low):
            return span
    return ""


# "last week" (not "the last week", seven days): the week before, as news.periods reads it.
_LAST_SPAN = re.compile(r"(?<!the\s)\blast\s+(week|month|year)\b")
_SPANS = (
    ("yesterday", re.compile(r"yesterday|вчера")),  # a period: /top yesterday
    ("week", re.compile(r"week|недел")),
    ("month", re.compile(r"month|месяц")),
    ("year", re.compile(r"\byear\b|\bгод(?:а|у)?\b")),
)


def _topic(rest: str) -> str:
    """What follows a frame, without the marks around it; "" if only marks.
    Quotation marks come off only in pairs around the whole topic: in
    '"people" were detained' they make a phrase."""
    topic = rest.strip(" ,:;-—–")
    quoted = topic[1:-1]
    paired = len(topic) > 1 and topic[0] in _QUOTES and topic[-1] in _QUOTES
    if paired and not any(mark in quoted for mark in _QUOTES):
        topic = quoted.strip(" ,:;-—–")
    return "" if _ONLY_MARKS.fullmatch(topic) else topic


_QUOTES = "\"'“”«»„"


# A question after a sentence that says what it is of, asking nothing of its
# own: "I heard about the Kestrel breach. What should I do?", "Navalny. What
# happened?"
_LAST_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[^.!?]+\?+$)")


_IDLE_WORDS = frozenset(
    stems(
        "should would could can do does did happen happened happening true think mean meant idea"
        " know any news anything something else going on up new about this that"
        " случилось произошло происходит делать правда думаешь думаете значит известно"
        " новости нового новенького там это"
    )
)


def _without_idle_question(text: str) -> str:
    """The text without a last question that has no words of a topic, when
    what comes before it has some ("Dr. Who?" stays whole)."""
    parts = _LAST_SENTENCE.split(text, maxsplit=1)
    if len(parts) != 2 or set(stems(parts[1])) - _IDLE_WORDS:
        return text
    before = parts[0]
    last = before.split()[-1].rstrip(".!?")
    if (len(last) < 4 and len(before.split()) < 2) or not set(stems(before)) - _IDLE_WORDS:
        return text
    return before


# A claim the reader asks us to check, before or after the asking: "is this
# real? Kestrel Mobile says hackers stole data", "<a headline> - is it
# true?", "это правда? В Брюсселе прошёл конгресс".
_CHECKING = (
    r"(?:is\s+(?:this|that|it)\s+(?:true|real|right|correct|so)|really|"
    r"(?:это|эта\s+новость)\s+(?:правда|так)|правда\s+ли|неужели)"
)
_CHECK_FIRST = re.compile(rf"{_CHECKING}\s*[?!.:]+\s*(?P<claim>\S.+)", _FLAGS)
_CHECK_LAST = re.compile(rf"(?P<claim>.+?\S)\s*(?:[-–—,.:;]\s*)?{_CHECKING}\s*[?!.]*", _FLAGS)


def _claim_checked(text: str) -> str:
    """The claim a message asks to check, without the quotes round it (of two
    words at least); "" for none."""
    found = _CHECK_FIRST.fullmatch(text) or _CHECK_LAST.fullmatch(text)
    if found is None:
        return ""
    claim = _topic(found["claim"].rstrip(" .?!"))
    return claim if len(claim.split()) >= 2 else ""


# Two questions in one: "when and where was the congress held?", "who
# resigned and why?", "кто и когда ушёл?": the first is asked (the sentence
# that answers it often answers the other: "met in Brussels on Tuesday").
_QUESTION_WORD = r"(?:when|where|why|who|how|когда|где|почему|зачем|кто|как)"
_SECOND_WORD = re.compile(rf"^({_QUESTION_WORD})\s*(?:,|\s+and|\s+и)\s+{_QUESTION_WORD}\s+", _FLAGS)
_SECOND_AT_END = re.compile(
    rf"^({_QUESTION_WORD}\s.+?)(?:,|\s+and|\s+и)\s+{_QUESTION_WORD}$", _FLAGS
)


def _one_question(bare: str) -> str:
    """The first of two questions asked in one ("when and where ..." is "when ...")."""
    bare = _SECOND_WORD.sub(r"\1 ", bare)
    return _SECOND_AT_END.sub(r"\1", bare)


def _without_closing(text: str) -> str:
    """The text without the marks and courtesies it ends with ("..., please?")."""
    while True:
        text = text.rstrip(_CLOSING_MARKS)
        lowered = text.lower()
        for word in _CLOSING_WORDS:
            cut = len(text) - len(word)
            if cut > 0 and lowered.endswith(word) and lowered[cut - 1] in " ,":
                text = text[:cut].rstrip(" ,")
                break
        else:
            return text


# An item of a list by its place in it: "the second one", "number 3", "the
# last article", "вторую", "номер 3", "третья статья". Not "#2" or "№ 2",
# which are ids, nor a figure alone.
_ORDINALS = {
    **{w: n for n, w in enumerate("first second third fourth fifth".split(), 1)},
    **{w: n for n, w in enumerate("1st 2nd 3rd 4th 5th".split(), 1)},
    **dict.fromkeys(("last", "последний", "последняя", "последнюю", "последнее"), -1),
    **{
        form: n
        for n, forms in enumerate(
            (
                "первый первая первую первое первой первого",
                "второй вторая вторую второе второго",
                "третий третья третью третье третьей третьего",
                "четвёртый четвертый четвёртая четвертая четвёртую четвертую четвёртое",
                "пятый пятая пятую пятое пятой пятого",
            ),
            1,
        )
        for form in forms.split()
    },
}
_ITEM = re.compile(
    r"(?:(?:open|show(?:\s+me)?|read|give\s+me|открой(?:те)?|покажи(?:те)?|дай(?:те)?)\s+)?"
    r"(?:(?:the|that|эт(?:а|у|от|о|ой))\s+)?(?:(?P<ordinal>[a-zа-яё0-9]+)"
    r"(?:\s+(?:one|article|story|result|link|item|report|статья|статью|статье|новость|новости"
    r"|ссылка|ссылку|материал|сюжет|результат))?"
    r"|(?:number|item|result|номер|пункт)\s+(?P<number>\d{1,2}))",
    _FLAGS,
)


def item_number(words: str) -> int | None:
    """The place in a list the words name ("the second one": 2, "the last":
    -1), or None when they name none."""
    found = _ITEM.fullmatch(words.strip().rstrip("?!."))
    if found is None:
        return None
    if found["number"]:
        return int(found["number"]) or None
    return _ORDINALS.get(found["ordinal"].lower())
