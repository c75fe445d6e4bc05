"""Every sentence the bot says, in English and Russian, in one catalogue."""

from __future__ import annotations

LANGUAGES = ("en", "ru")

_TEXTS: dict[str, dict[str, str]] = {
    "help.title": {"en": "Newsroom bot", "ru": "Бот редакции"},
    "help.intro": {
        "en": "I answer from the stored news articles. Send words to search, ask as you would"
        " a person (“what's new?”, “tell me about OVD-Info”, “how many people were detained?”,"
        " “summarise the Brussels congress”), or send a command:",
        "ru": "Я отвечаю по сохранённым новостям. Напишите слова для поиска, спросите как"
        " человека («что нового?», «расскажи про ОВД-Инфо», «сколько человек задержали?»,"
        " «кратко о конгрессе в Брюсселе») или отправьте команду:",
    },
    "help.latest": {
        "en": "the newest articles (up to {max}; /latest ru: those in Russian;"
        " /latest Navalny: the newest with those words; /latest Demo Sports: from that source;"
        " /latest sport: from that section; /latest Kestrel in March: published then)",
        "ru": "свежие статьи (до {max}; /latest ru — только на русском;"
        " /latest Навальный — самые новые с этими словами; /latest Demo Sports — из этого"
        " источника; /latest спорт — из этого раздела; /latest засуха за июль — за этот срок)",
    },
    "help.search": {
        "en": "articles matching the words, then reports in the other language (Russian, English)",
        "ru": "статьи по словам, затем статьи на другом языке (английском, русском)",
    },
    "help.summary": {
        "en": "the key sentences of article 1 (an id, a link, words, or reply to a card; "
        "/summary 1 6 for six)",
        "ru": "главное из статьи 1 (номер, ссылка, слова или ответ на карточку; "
        "/summary 1 6 — шесть предложений)",
    },
    "help.topic": {
        "en": "what several articles say about a topic, with sources",
        "ru": "что пишут о теме несколько статей, с источниками",
    },
    "help.facts": {
        "en": "figures, dates, names and quotes from an article",
        "ru": "цифры, даты, имена и цитаты из статьи",
    },
    "help.related": {
        "en": "other articles on the same story or subject",
        "ru": "другие статьи о том же событии или теме",
    },
    "help.read": {
        "en": "the whole text of an article stored without a link, a page at a time",
        "ru": "полный текст статьи, сохранённой без ссылки, по страницам",
    },
    "help.briefing": {
        "en": "the day's most reported stories, every day at that time",
        "ru": "самые освещаемые сюжеты дня, каждый день в это время",
    },
    "help.lang": {"en": "switch the bot to Russian (or en)", "ru": "язык бота: en или ru"},
    "help.help": {
        "en": "this help (/help summary: of one command)",
        "ru": "эта справка (/help summary — об одной команде)",
    },
    "help.every": {"en": "/help lists every command.", "ru": "/help — все команды."},
    "help.unknown": {
        "en": "I have no command “{asked}”. Here is what I can do.",
        "ru": "Команды «{asked}» у меня нет. Вот что я умею.",
    },
    "help.tips": {
        "en": 'Tip: put a phrase in "quotes" to find it exactly, and a minus before a word '
        "to leave out the articles that have it: /search Kestrel -refund",
        "ru": "Совет: фразу в «кавычках» я ищу целиком, а слово с минусом исключаю: "
        "/search Kestrel -refund",
    },
    "start.welcome": {
        "en": "Hello! I find, summarise and follow the news for you.",
        "ru": "Здравствуйте! Я нахожу новости, пересказываю их и слежу за темами.",
    },
    "group.admins_only": {
        "en": "Only this group's admins can change what it follows, when its updates come "
        "and its language. Everyone can search and read.",
        "ru": "Менять подписки, расписание и язык группы могут только её администраторы. "
        "Искать и читать может каждый.",
    },
    "start.held": {
        "en": "Articles stored: {articles}; the newest published {newest}.",
        "ru": "Сохранено статей: {articles}; самая свежая опубликована {newest}.",
    },
    "start.ways": {
        "en": "• Send words to search: Navalny\n"
        "• Ask as you would a person: how many people were detained?\n"
        "• /latest: the newest articles; /top: the most reported stories\n"
        "• /subscribe and a topic: new articles on it as they arrive\n"
        "• Reply to an article's card to ask about it: when? who said that?\n\n"
        "/help lists every command.",
        "ru": "• Напишите слова для поиска: Навальный\n"
        "• Спросите, как спросили бы человека: сколько человек задержали?\n"
        "• /latest: свежие статьи; /top: самые обсуждаемые сюжеты\n"
        "• /subscribe и тема: новые статьи о ней, как только появятся\n"
        "• Ответьте на карточку статьи, чтобы спросить о ней: когда? кто это сказал?\n\n"
        "/help: все команды.",
    },
    "start.button.latest": {"en": "Latest news", "ru": "Свежие новости"},
    "start.button.top": {"en": "Top stories", "ru": "Главное"},
    "start.button.help": {"en": "All commands", "ru": "Все команды"},
    "latest.title": {"en": "Latest articles", "ru": "Свежие статьи"},
    "latest.empty": {"en": "No articles are stored yet.", "ru": "Пока нет ни одной статьи."},
    "latest.title.en": {"en": "Latest articles in English", "ru": "Свежие статьи на английском"},
    "latest.title.ru": {"en": "Latest articles in Russian", "ru": "Свежие статьи на русском"},
    "latest.none_in": {
        "en": "No articles in that language are stored yet.",
        "ru": "Статей на этом языке пока нет.",
    },
    "latest.bad_count": {
        "en": "Please give a number from 1 to {max}, a language, words, or some of them:"
        " /latest 5, /latest ru, /latest 10 ru, /latest 10 Navalny",
        "ru": "Укажите число от 1 до {max}, язык, слова или что-то из этого:"
        " /latest 5, /latest ru, /latest 10 ru, /latest 10 Навальный",
    },
    "latest.from": {"en": "Newest from {source}", "ru": "Свежее: {source}"},
    "latest.from.en": {
        "en": "Newest in English from {source}",
        "ru": "Свежее на английском: {source}",
    },
    "latest.from.ru": {
        "en": "Newest in Russian from {source}",
        "ru": "Свежее на русском: {source}",
    },
    "latest.in": {"en": "Newest in “{section}”", "ru": "Свежее в разделе «{section}»"},
    "latest.in.en": {
        "en": "Newest in English in “{section}”",
        "ru": "Свежее на английском в разделе «{section}»",
    },
    "latest.in.ru": {
        "en": "Newest in Russian in “{section}”",
        "ru": "Свежее на русском в разделе «{section}»",
    },
    "latest.none_in_section": {
        "en": "“{section}” has no articles in that language.",
        "ru": "В разделе «{section}» нет статей на этом языке.",
    },
    "latest.none_from": {
        "en": "{source} has no articles in that language.",
        "ru": "У источника «{source}» нет статей на этом языке.",
    },
    "sources.title": {
        "en": "Sources, by articles stored",
        "ru": "Источники, по числу статей",
    },
    "sources.line": {
        "en": "{articles} stored, the newest {newest}",
        "ru": "статей: {articles}, последняя {newest}",
    },
    "sources.total": {
        "en": "{articles} articles stored in all.",
        "ru": "Всего сохранено статей: {articles}.",
    },
    "sources.more": {
        "en": "…and {count} more sources.",
        "ru": "…и ещё источников: {count}.",
    },
    "sources.none": {
        "en": "No stored article names its source.",
        "ru": "Ни у одной статьи не указан источник.",
    },
    "sections.title": {
        "en": "Sections, by articles stored",
        "ru": "Разделы, по числу статей",
    },
    "sections.line": {"en": "{articles} stored", "ru": "статей: {articles}"},
    "sections.more": {
        "en": "…and {count} more sections.",
        "ru": "…и ещё разделов: {count}.",
    },
    "sections.follow": {
        "en": "To follow one: /subscribe and its name (/subscribe sport).",
        "ru": "Чтобы следить за разделом: /subscribe и его название (/subscribe спорт).",
    },
    "sections.none": {
        "en": "No stored article is filed under a section.",
        "ru": "Ни одна статья не отнесена к разделу.",
    },
    "help.sections": {
        "en": "the sections the articles are filed under (sport, business…); each opens its newest",
        "ru": "разделы, по которым разложены статьи (спорт, бизнес…); у каждого — свежие статьи",
    },
    "help.sources": {
        "en": "the sources of the stored articles; each opens its newest",
        "ru": "источники статей; у каждого — свежие статьи",
    },
    "latest.on": {"en": "Newest on “{query}”", "ru": "Свежее по запросу «{query}»"},
    "latest.on.en": {
        "en": "Newest in English on “{query}”",
        "ru": "Свежее на английском по запросу «{query}»",
    },
    "latest.on.ru": {
        "en": "Newest in Russian on “{query}”",
        "ru": "Свежее на русском по запросу «{query}»",
    },
    "latest.none_on": {
        "en": "No stored article has all of “{query}”. /search {query} lists those with some"
        " of the words.",
        "ru": "Ни в одной статье нет всех слов «{query}». /search {query} покажет статьи,"
        " где есть некоторые из них.",
    },
    # The same, of one language asked for ("/latest ru Kestrel"): others may have them.
    "latest.none_on.en": {
        "en": "No article in English has all of “{query}”. /latest {query} lists the newest"
        " in any language.",
        "ru": "Ни в одной статье на английском нет всех слов «{query}». /latest {query}"
        " покажет свежие на любом языке.",
    },
    "latest.none_on.ru": {
        "en": "No article in Russian has all of “{query}”. /latest {query} lists the newest"
        " in any language.",
        "ru": "Ни в одной статье на русском нет всех слов «{query}». /latest {query}"
        " покажет свежие на любом языке.",
    },
    "latest.respelt": {
        "en": "Nothing has “{query}”. Newest on “{respelt}”:",
        "ru": "По запросу «{query}» ничего нет. Свежее по запросу «{respelt}»:",
    },
    "latest.newest_first": {"en": "Newest first", "ru": "Сначала новые"},
    "latest.older": {"en": "Older", "ru": "Раньше"},
    "latest.at_most": {
        "en": "{max} at a time: the Older button lists more.",
        "ru": "Не больше {max} за раз: кнопка «Раньше» покажет остальные.",
    },
    "latest.no_older": {
        "en": "There are no older articles.",
        "ru": "Более ранних статей нет.",
    },
    "latest.period": {"en": "Published {period}.", "ru": "Опубликованы {period}."},
    "latest.none_period": {
        "en": "No stored article was published {period}.",
        "ru": "Нет статей, опубликованных {period}.",
    },
    "latest.none_on_period": {
        "en": "No article published {period} has all of “{query}”.",
        "ru": "Среди статей, опубликованных {period}, нет статей со всеми словами «{query}».",
    },
    "latest.none_period.en": {
        "en": "No article in English was published {period}.",
        "ru": "Нет статей на английском, опубликованных {period}.",
    },
    "latest.none_period.ru": {
        "en": "No article in Russian was published {period}.",
        "ru": "Нет статей на русском, опубликованных {period}.",
    },
    "latest.none_on_period.en": {
        "en": "No article in English published {period} has all of “{query}”.",
        "ru": "Среди статей на английском, опубликованных {period}, нет статей со всеми словами"
        " «{query}».",
    },
    "latest.none_on_period.ru": {
        "en": "No article in Russian published {period} has all of “{query}”.",
        "ru": "Среди статей на русском, опубликованных {period}, нет статей со всеми словами"
        " «{query}».",
    },
    "throttle.wait": {
        "en": "You are sending requests faster than I can answer them all. Please wait"
        " {seconds} s and try again.",
        "ru": "Вы отправляете запросы быстрее, чем я успеваю отвечать. Подождите {seconds} с"
        " и попробуйте снова.",
    },
    "top.title": {
        "en": "Most reported stories, {period} to {date}",
        "ru": "Самые освещаемые сюжеты за {period} по {date}",
    },
    "top.title.section": {
        "en": "Most reported in “{section}”, {period} to {date}",
        "ru": "Самые освещаемые сюжеты раздела «{section}» за {period} по {date}",
    },
    "top.none.section": {
        "en": "No story in “{section}” had more than one report in {period} to {date}."
        " /latest {section} lists its newest articles.",
        "ru": "Ни один сюжет раздела «{section}» не освещался больше чем одним материалом"
        " за {period} по {date}. /latest {section} покажет его свежие статьи.",
    },
    # Of a period named: "/top yesterday", "/top sport in March" (news.periods.period_words).
    "top.title.period": {
        "en": "Most reported stories {period}",
        "ru": "Самые освещаемые сюжеты {period}",
    },
    "top.title.period.section": {
        "en": "Most reported in “{section}” {period}",
        "ru": "Самые освещаемые сюжеты раздела «{section}» {period}",
    },
    "top.none.period": {
        "en": "No stored article was published {period}.",
        "ru": "Нет статей, опубликованных {period}.",
    },
    "top.none.period.section": {
        "en": "No article in “{section}” was published {period}.",
        "ru": "В разделе «{section}» нет статей, опубликованных {period}.",
    },
    "top.none.newest.period": {
        "en": "No story had more than one report {period}. The newest then:",
        "ru": "Ни один сюжет не освещался больше чем одним материалом {period}."
        " Самые свежие статьи тех дней:",
    },
    "top.none.newest.period.section": {
        "en": "No story in “{section}” had more than one report {period}. Its newest then:",
        "ru": "Ни один сюжет раздела «{section}» не освещался больше чем одним материалом"
        " {period}. Его самые свежие статьи тех дней:",
    },
    "top.day": {"en": "the last day", "ru": "последний день"},
    "top.week": {"en": "the last week", "ru": "последнюю неделю"},
    "top.month": {"en": "the last month", "ru": "последний месяц"},
    "top.year": {"en": "the last year", "ru": "последний год"},
    "top.reports": {
        "en": "{reports} reports from {sources} sources",
        "ru": "материалов: {reports}, источников: {sources}",
    },
    "top.reports.one_source": {
        "en": "{reports} reports from one source",
        "ru": "материалов: {reports}, из одного источника",
    },
    "top.languages": {"en": ", in English and Russian", "ru": ", на английском и русском"},
    "top.none": {
        "en": "No story had more than one report in {period} to {date}. /latest lists the"
        " newest articles; /top week, /top month or /top year looks further back.",
        "ru": "Ни один сюжет не освещался больше чем одним материалом за {period} по {date}."
        " /latest покажет свежие статьи; /top week, /top month или /top year — за больший"
        " срок.",
    },
    "top.none.newest": {
        "en": "No story had more than one report in {period} to {date}. The newest of those days:",
        "ru": "Ни один сюжет не освещался больше чем одним материалом за {period} по {date}."
        " Самые свежие статьи за эти дни:",
    },
    "top.none.newest.section": {
        "en": "No story in “{section}” had more than one report in {period} to {date}. Its"
        " newest of those days:",
        "ru": "Ни один сюжет раздела «{section}» не освещался больше чем одним материалом"
        " за {period} по {date}. Его самые свежие статьи за эти дни:",
    },
    "top.usage": {
        "en": "Please give a span, a number from 1 to {max}, or both, and a section if you"
        " like: /top, /top week, /top month 10, /top week sport, /top yesterday, /top in March",
        "ru": "Укажите срок, число от 1 до {max} или то и другое, и раздел, если нужно:"
        " /top, /top week, /top month 10, /top week спорт, /top вчера, /top в марте",
    },
    "help.top": {
        "en": "the stories most reported in the last day (or /top week, month, year;"
        " /top week sport: of a section; /top yesterday, /top in March: of that time)",
        "ru": "самые освещаемые сюжеты за последний день (или /top week, month, year;"
        " /top week спорт — раздела; /top вчера, /top в марте — того времени)",
    },
    "menu.top": {"en": "Most reported stories", "ru": "Самые освещаемые сюжеты"},
    "answer.who_meant.identity": {
        "en": "Who do you mean? Name them (“who is Okafor?”), or ask in reply to an article.",
        "ru": "Кого вы имеете в виду? Назовите имя («кто такой Окафор?») или спросите в ответ"
        " на статью.",
    },
    "answer.who_meant.other": {
        "en": "Who do you mean? Name them (“where is Okafor now?”), or ask in reply to an article.",
        "ru": "Кого вы имеете в виду? Назовите имя («где сейчас Окафор?») или спросите в ответ"
        " на статью.",
    },
    "answer.who_meant.quote": {
        "en": "Whose words do you mean? Name them (“what did Okafor say?”), or ask in reply"
        " to an article.",
        "ru": "Чьи слова вы имеете в виду? Назовите имя («что сказал Окафор?») или спросите"
        " в ответ на статью.",
    },
    "search.usage": {
        "en": "What should I look for? For example: /search anti-war congress",
        "ru": "Что искать? Например: /search антивоенный конгресс",
    },
    "search.no_words": {
        "en": "I could not find any words to search for in that.",
        "ru": "Не нашёл в этом слов для поиска.",
    },
    "search.only_left_out": {
        "en": "Tell me what to look for as well as what to leave out: /search Kestrel -refund",
        "ru": "Напишите, что искать, а не только что исключить: /search Kestrel -refund",
    },
    "search.too_long": {
        "en": "That is too long to search for; please use at most {max} characters.",
        "ru": "Слишком длинный запрос; не больше {max} символов.",
    },
    "search.none": {
        "en": "Nothing found for “{query}”.",
        "ru": "По запросу «{query}» ничего не найдено.",
    },
    "search.all_left_out": {
        "en": "Articles have “{query}”, but each of them also has {left_out}, which you left out.",
        "ru": "Статьи со словами «{query}» есть, но в каждой есть и {left_out}: это вы исключили.",
    },
    "search.or": {"en": "or", "ru": "или"},
    "search.quoted": {"en": "“{words}”", "ru": "«{words}»"},
    "search.follow_offer": {
        "en": "Follow it, and I will send you the first article that has it.",
        "ru": "Подпишитесь, и я пришлю первую статью, где это будет.",
    },
    "search.none_in.en": {
        "en": "No article in English has “{query}”.",
        "ru": "Нет статей на английском со словами «{query}».",
    },
    "search.none_in.ru": {
        "en": "No article in Russian has “{query}”.",
        "ru": "Нет статей на русском со словами «{query}».",
    },
    "search.none_in.en_named": {
        "en": "No article in English has “{query}”. These in other languages name “{names}”:",
        "ru": "Нет статей на английском со словами «{query}». Статьи на других языках, "
        "где упомянуто «{names}»:",
    },
    "search.none_in.ru_named": {
        "en": "No article in Russian has “{query}”. These in other languages name “{names}”:",
        "ru": "Нет статей на русском со словами «{query}». Статьи на других языках, "
        "где упомянуто «{names}»:",
    },
    "search.none_in.en_worded": {
        "en": "No article in English has “{query}”. These in other languages have “{names}”:",
        "ru": "Нет статей на английском со словами «{query}». Статьи на других языках "
        "со словами «{names}»:",
    },
    "search.none_in.ru_worded": {
        "en": "No article in Russian has “{query}”. These in other languages have “{names}”:",
        "ru": "Нет статей на русском со словами «{query}». Статьи на других языках "
        "со словами «{names}»:",
    },
    "search.title": {"en": "Results for “{query}”", "ru": "Найдено по запросу «{query}»"},
    "search.respelt": {
        "en": "Nothing has “{query}”. Results for “{respelt}”:",
        "ru": "По запросу «{query}» ничего нет. Найдено по запросу «{respelt}»:",
    },
    "answer.title": {"en": "Answer", "ru": "Ответ"},
    # Asked whether something is so: the sentence that says, not a yes or no.
    "answer.title.whether": {"en": "What the article says", "ru": "Что сказано в статье"},
    "answer.unsaid": {
        "en": "The article does not say {what}.",
        "ru": "В статье не сказано, {what}.",
    },
    "answer.unworded_either": {
        "en": "The article you asked under does not use these words either: "
        "its key facts may answer in others.",
        "ru": "В статье, о которой вы спросили, этих слов тоже нет: "
        "возможно, ответ есть в её главных фактах.",
    },
    "answer.unsaid.figure": {"en": "how many or how much", "ru": "сколько"},
    "answer.unsaid.money": {"en": "how much", "ru": "сколько"},
    "answer.unsaid.frequency": {"en": "how often", "ru": "как часто"},
    "answer.unsaid.time": {"en": "at what time", "ru": "во сколько"},
    "answer.unsaid.date": {"en": "when", "ru": "когда"},
    "answer.unsaid.duration": {"en": "how long", "ru": "как долго"},
    "answer.unsaid.place": {"en": "where", "ru": "где"},
    "answer.unsaid.person": {"en": "who", "ru": "кто"},
    "answer.unsaid.organization": {"en": "which one", "ru": "какая именно"},
    "answer.unsaid.quote": {"en": "what was said", "ru": "что было сказано"},
    "answer.unsaid.identity": {"en": "who or what it is", "ru": "кто или что это"},
    "answer.unsaid.reason": {"en": "why", "ru": "почему"},
    "answer.unsaid.whether": {"en": "whether it is so", "ru": "так ли это"},
    "answer.unsaid.statement": {"en": "what was asked", "ru": "о чём вы спросили"},
    "answer.unsaid.ordinal": {"en": "which one it is", "ru": "какой он по счёту"},
    "answer.unsaid.score": {"en": "the score", "ru": "счёт"},
    "search.partial": {
        "en": "No article has all of the words; these have some of them.",
        "ru": "Нет статей со всеми словами; вот статьи с некоторыми из них.",
    },
    "search.copies": {
        "en": "The same report also from: {sources}",
        "ru": "Тот же материал также у: {sources}",
    },
    "search.more": {"en": "More results", "ru": "Ещё результаты"},
    "search.in.en": {"en": "In English", "ru": "На английском"},
    "search.in.ru": {"en": "In Russian", "ru": "На русском"},
    "search.in.other": {"en": "In other languages", "ru": "На других языках"},
    "article.id": {"en": "id {id}", "ru": "№ {id}"},
    "article.by": {"en": "by {author}", "ru": "автор: {author}"},
    "schedule.which_half": {"en": "At {first} or at {second}?", "ru": "В {first} или в {second}?"},
    "byline.author": {"en": "Written by {author}.", "ru": "Автор: {author}."},
    "byline.no_author": {
        "en": "The article names no author.",
        "ru": "Автор в статье не указан.",
    },
    "byline.source": {"en": "Source: {source}.", "ru": "Источник: {source}."},
    "byline.published": {"en": "Published {day}.", "ru": "Опубликована {day}."},
    "byline.link": {"en": "Link: ", "ru": "Ссылка: "},
    "byline.no_link": {
        "en": "It was stored without a link: /read {id} gives its whole text.",
        "ru": "Статья сохранена без ссылки: её полный текст — /read {id}.",
    },
    "byline.usage": {
        "en": "Which article? Reply to its card with your question, or name it: "
        "“who wrote the article about the drought?”",
        "ru": "О какой статье? Ответьте на её карточку или назовите её: "
        "«кто написал статью о засухе?»",
    },
    "article.removed": {
        "en": "Article {id} was removed by the editors. Try /latest or /search.",
        "ru": "Статья № {id} удалена редакцией. Попробуйте /latest или /search.",
    },
    "article.unknown": {
        "en": "There is no article with id {id}. Try /latest or /search.",
        "ru": "Статьи с номером {id} нет. Попробуйте /latest или /search.",
    },
    "article.unknown_link": {
        "en": "I don't have that page among the stored articles. Try /search with its words.",
        "ru": "Этой страницы нет среди сохранённых статей. Попробуйте /search по её словам.",
    },
    "article.best_match": {
        "en": "Best match: “{title}”",
        "ru": "Лучшее совпадение: «{title}»",
    },
    "button.summary": {"en": "Summary", "ru": "Кратко"},
    "button.facts": {"en": "Key facts", "ru": "Факты"},
    "button.related": {"en": "Related", "ru": "Похожие"},
    "summary.count": {
        "en": "A summary has 1 to {max} sentences: /summary 12 6",
        "ru": "В пересказе от 1 до {max} предложений: /summary 12 6",
    },
    "button.more": {"en": "More", "ru": "Подробнее"},
    "summary.usage": {
        "en": "Which article? Give its id (/summary 12), a link, some words, "
        "or send /summary as a reply to an article.",
        "ru": "Какую статью? Укажите номер (/summary 12), ссылку, слова "
        "или ответьте командой /summary на статью.",
    },
    "read.usage": {
        "en": "Which article? Give its id (/read 12), a link, some words, "
        "or send /read as a reply to an article.",
        "ru": "Какую статью? Укажите номер (/read 12), ссылку, слова "
        "или ответьте командой /read на статью.",
    },
    "read.on_site": {
        "en": "The whole article is on its site: the title above links to it. "
        "Here you can have its summary, key facts and related articles.",
        "ru": "Полный текст статьи на её сайте: ссылка в заголовке выше. "
        "Здесь можно получить краткое содержание, факты и похожие статьи.",
    },
    "read.empty": {"en": "This article has no text.", "ru": "В этой статье нет текста."},
    "read.page": {"en": "Page {page} of {pages}", "ru": "Страница {page} из {pages}"},
    "button.read": {"en": "Full text", "ru": "Полный текст"},
    "button.back": {"en": "‹ Back", "ru": "‹ Назад"},
    "button.next": {"en": "Next ›", "ru": "Дальше ›"},
    "summary.nothing": {
        "en": "This article has no sentences to summarise.",
        "ru": "В этой статье нет предложений для пересказа.",
    },
    "summary.topic": {
        "en": "What the articles say about “{query}”",
        "ru": "Что пишут о «{query}»",
    },
    "summary.respelt": {
        "en": "Nothing has “{query}”: this is for “{respelt}”.",
        "ru": "По запросу «{query}» ничего нет: это о «{respelt}».",
    },
    "summary.sources": {"en": "Sources", "ru": "Источники"},
    "facts.usage": {
        "en": "Which article? Give its id (/facts 12), a link, some words, "
        "or send /facts as a reply to an article.",
        "ru": "Какую статью? Укажите номер (/facts 12), ссылку, слова "
        "или ответьте командой /facts на статью.",
    },
    "facts.title": {"en": "Key facts", "ru": "Главные факты"},
    "facts.none": {
        "en": "I found no figures, dates, names or quotes in this article.",
        "ru": "Не нашёл в этой статье цифр, дат, имён или цитат.",
    },
    "facts.people": {"en": "People", "ru": "Люди"},
    "facts.organizations": {"en": "Organisations", "ru": "Организации"},
    "facts.places": {"en": "Places", "ru": "Места"},
    "kind.figure": {"en": "figure", "ru": "цифры"},
    "kind.date": {"en": "date", "ru": "дата"},
    "kind.quote": {"en": "quote", "ru": "цитата"},
    "kind.attribution": {"en": "who said it", "ru": "кто сказал"},
    "related.usage": {
        "en": "Related to which article? Give its id (/related 12), a link, some words, "
        "or send /related as a reply to an article.",
        "ru": "Похожие на какую статью? Укажите номер (/related 12), ссылку, слова "
        "или ответьте командой /related на статью.",
    },
    "related.title": {"en": "Related to", "ru": "Похожие на"},
    "related.none": {
        "en": "No other stored article is about this story or subject yet.",
        "ru": "Других статей об этом событии или теме пока нет.",
    },
    "related.same_story": {"en": "same story", "ru": "то же событие"},
    "related.same_subject": {"en": "same subject", "ru": "та же тема"},
    "related.sources": {"en": "{count} sources", "ru": "источников: {count}"},
    "about.title": {
        "en": "Stored articles about the text you sent",
        "ru": "Статьи о присланном тексте",
    },
    "chat.greeting": {
        "en": "Hello! Send me a few words to search the news, a link to an article,"
        " or /help to see everything I can do.",
        "ru": "Здравствуйте! Напишите несколько слов для поиска по новостям, пришлите ссылку"
        " на статью или /help — всё, что я умею.",
    },
    "chat.thanks": {
        "en": "You're welcome! Send more words whenever you like.",
        "ru": "Пожалуйста! Пишите, если захотите найти что-нибудь ещё.",
    },
    "chat.acknowledged": {
        "en": "👍 Send me words whenever you want more.",
        "ru": "👍 Пишите, когда захотите узнать больше.",
    },
    "chat.goodbye": {
        "en": "Goodbye! Write any time.",
        "ru": "До свидания! Пишите в любое время.",
    },
    "about.none": {
        "en": "I have no stored article about that text. Send a few key words to search instead.",
        "ru": "Статей об этом тексте у меня нет. Пришлите несколько ключевых слов для поиска.",
    },
    "versions.title": {
        "en": "The same story {where}",
        "ru": "То же событие {where}",
    },
    "versions.none": {
        "en": "I have no report of this story {where}, and I do not translate articles."
        " /related lists what else I have on it.",
        "ru": "Статей об этом событии {where} у меня нет, а переводить статьи я не умею."
        " /related покажет, что ещё о нём есть.",
    },
    "versions.already": {
        "en": "This article is {where} already.",
        "ru": "Эта статья уже {where}.",
    },
    "versions.usage": {
        "en": "Which article? Reply to its card with your question.",
        "ru": "О какой статье? Ответьте на её карточку.",
    },
    "related.in.en": {"en": "in English", "ru": "на английском"},
    "related.in.ru": {"en": "in Russian", "ru": "на русском"},
    "related.in.other": {"en": "in another language", "ru": "на другом языке"},
    "lang.usage": {
        "en": "Choose a language: /lang en or /lang ru",
        "ru": "Выберите язык: /lang en или /lang ru",
    },
    "lang.done": {
        "en": "I will speak English in this chat.",
        "ru": "Теперь я говорю в этом чате по-русски.",
    },
    "button.follow": {"en": "Follow story", "ru": "Следить"},
    "button.subscriptions": {"en": "My topics", "ru": "Мои темы"},
    "button.remove": {"en": "✕ {number}", "ru": "✕ {number}"},
    "subscribe.usage": {
        "en": "What should I follow? For example: /subscribe OVD-Info detentions\n"
        'Put a phrase in "quotes"; -word leaves out articles with that word; "daily" at the '
        "end brings them in one digest a day.",
        "ru": "За чем следить? Например: /subscribe задержания ОВД-Инфо\n"
        "Фразу возьмите в «кавычки»; -слово исключает статьи с этим словом; «ежедневно» в "
        "конце — одной сводкой в день.",
    },
    "subscribe.done.section": {
        "en": "Following the section “{topic}”: every new article filed under it will come here.",
        "ru": "Слежу за разделом «{topic}»: все его новые статьи пришлю сюда.",
    },
    "subscribe.done.source": {
        "en": "Following “{topic}”: every new article from this source will come here.",
        "ru": "Слежу за источником «{topic}»: все его новые статьи пришлю сюда.",
    },
    "subscribe.done.story": {
        "en": "Following the story “{topic}”. New reports of it will come here.",
        "ru": "Слежу за сюжетом «{topic}». Новые статьи о нём пришлю сюда.",
    },
    "subscribe.done": {
        "en": "Following “{topic}”. New articles about it will come here.",
        "ru": "Слежу за темой «{topic}». Новые статьи о ней пришлю сюда.",
    },
    "subscribe.also.ru": {
        "en": "Reports in Russian write it “{topic}”. Follow that too?",
        "ru": "В статьях на русском это «{topic}». Следить и за этим?",
    },
    "subscribe.also.en": {
        "en": "Reports in English write it “{topic}”. Follow that too?",
        "ru": "В статьях на английском это «{topic}». Следить и за этим?",
    },
    "button.follow_also": {"en": "Follow “{topic}”", "ru": "Следить за темой «{topic}»"},
    "subscribe.reworded": {
        "en": "No stored article has “{topic}”; some write “{reworded}”. Follow that too?",
        "ru": "Ни в одной статье нет «{topic}»; в некоторых пишут «{reworded}». Следить и за этим?",
    },
    "subscribe.respelt": {
        "en": "No stored article has “{topic}”; they write “{respelt}”. Follow that instead?",
        "ru": "Ни в одной статье нет «{topic}»; в статьях пишут «{respelt}». Следить за этим"
        " вместо того?",
    },
    "button.follow_instead": {
        "en": "Follow “{topic}” instead",
        "ru": "Следить за «{topic}» вместо того",
    },
    "subscribe.exists": {
        "en": "This chat already follows “{topic}”.",
        "ru": "Этот чат уже следит за темой «{topic}».",
    },
    "subscribe.too_long": {
        "en": "A topic can be at most {chars} characters. Try fewer words.",
        "ru": "Тема — не больше {chars} символов. Попробуйте короче.",
    },
    "subscribe.news_alone": {
        "en": "Every article is news, so that is no topic to follow. For the day's main stories"
        " each morning: /briefing 08:00. Or follow a subject: /subscribe Kestrel.",
        "ru": "Новости — это все статьи, за таким не уследить. Главные новости дня каждое утро:"
        " /briefing 08:00. Или подпишитесь на тему: /subscribe Навальный.",
    },
    "subscribe.no_words": {
        "en": "I found no words to follow in that. Try a name or a few key words.",
        "ru": "Не нашёл в этом слов, за которыми следить. Попробуйте имя или пару ключевых слов.",
    },
    "subscribe.full": {
        "en": "This chat follows {max} topics, the most I keep. Remove one first: /subscriptions",
        "ru": "Этот чат следит уже за {max} темами — это предел. "
        "Сначала уберите одну: /subscriptions",
    },
    "follow.usage": {
        "en": "Which article's story should I follow? Give its id, e.g. /follow 12.",
        "ru": "За событием какой статьи следить? Укажите номер, например /follow 12.",
    },
    "follow.no_story": {
        "en": "I can't follow that article's story yet; please try again in a minute.",
        "ru": "Пока не могу следить за этим событием; попробуйте через минуту.",
    },
    "schedule.briefing": {
        "en": "A briefing of the day's most reported stories comes every day at {at} ({zone}).",
        "ru": "Обзор самых освещаемых сюжетов дня приходит каждый день в {at} ({zone}).",
    },
    "subscriptions.none": {
        "en": "This chat follows no topics yet. For example: /subscribe Navalny",
        "ru": "Этот чат пока ни за чем не следит. Например: /subscribe Навальный",
    },
    "subscriptions.title": {
        "en": "Topics this chat follows ({count} of {max})",
        "ru": "Темы этого чата ({count} из {max})",
    },
    "subscriptions.story": {"en": " (a story)", "ru": " (событие)"},
    "subscriptions.source": {"en": " (a source: all it runs)", "ru": " (источник: всё подряд)"},
    "subscriptions.section": {
        "en": " (a section: all filed under it)",
        "ru": " (раздел: всё, что в нём выходит)",
    },
    "unsubscribe.usage": {
        "en": "Which topic? /unsubscribe Navalny, or /unsubscribe all. See /subscriptions.",
        "ru": "Какую тему? /unsubscribe Навальный или /unsubscribe all. Список: /subscriptions.",
    },
    "unsubscribe.done": {
        "en": "Stopped following “{topic}”.",
        "ru": "Больше не слежу за темой «{topic}».",
    },
    "unsubscribe.none": {
        "en": "This chat follows no topics, so no updates on them come here.",
        "ru": "Этот чат ни за какими темами не следит, так что обновлений по ним не приходит.",
    },
    "unsubscribe.briefing_on": {
        "en": "The daily briefing still comes at {at}: /briefing off stops it.",
        "ru": "Ежедневный обзор по-прежнему приходит в {at}: /briefing off его отключит.",
    },
    "unsubscribe.all": {
        "en": "Stopped following all topics ({count}).",
        "ru": "Больше не слежу ни за одной темой (было {count}).",
    },
    "unsubscribe.nothing_brings": {
        "en": "Nothing this chat follows brings that article. See /subscriptions.",
        "ru": "Эта статья не приходит ни по одной теме этого чата. Список: /subscriptions.",
    },
    "unsubscribe.which_brings": {
        "en": "These topics of this chat bring that article; which should stop?",
        "ru": "Эта статья приходит по этим темам чата; какую отключить?",
    },
    "unsubscribe.unknown": {
        "en": "This chat does not follow “{topic}”. See /subscriptions.",
        "ru": "Этот чат не следит за «{topic}». Список: /subscriptions.",
    },
    "schedule.instant": {
        "en": "Updates come as soon as articles arrive. "
        "Prefer one a day? /digest 08:00 Europe/Berlin",
        "ru": "Новости приходят сразу. Хотите раз в день? /digest 08:00 Europe/Moscow",
    },
    "schedule.digest": {
        "en": "Updates come in one digest a day at {at} ({zone}). /digest off for instant ones.",
        "ru": "Новости приходят одной сводкой в {at} ({zone}). /digest off — присылать сразу.",
    },
    "schedule.quiet": {
        "en": "Updates come as articles arrive, except {start}-{end} ({zone}), when they wait.",
        "ru": "Новости приходят сразу, кроме {start}-{end} ({zone}): тогда они ждут утра.",
    },
    "schedule.unknown_zone": {
        "en": "I don't know the time zone “{zone}”. Write a city (Berlin, New York) or a zone's "
        "name (Europe/Berlin).",
        "ru": "Не знаю часового пояса «{zone}». Напишите город (Москва, Берлин) или название "
        "пояса (Europe/Moscow).",
    },
    "digest.usage": {
        "en": "Give a time and, if you like, a time zone: /digest 08:00 Europe/Berlin "
        "(or /digest off).",
        "ru": "Укажите время и, если нужно, часовой пояс: /digest 08:00 Europe/Moscow "
        "(или /digest off).",
    },
    "digest.off": {"en": "No more digests.", "ru": "Сводок больше не будет."},
    "briefing.usage": {
        "en": "When should the daily briefing of the most reported stories come? "
        "Give a time and, if you like, a time zone: /briefing 08:00 Europe/Berlin "
        "(or /briefing off). /briefing now shows one now.",
        "ru": "Когда присылать ежедневный обзор самых освещаемых сюжетов? Укажите время и, "
        "если нужно, часовой пояс: /briefing 08:00 Europe/Moscow (или /briefing off). "
        "/briefing now покажет обзор сейчас.",
    },
    "briefing.set": {
        "en": "The briefing of the day's most reported stories will come every day at {at} "
        "({zone}), the next on {next}. /briefing off stops it.",
        "ru": "Обзор самых освещаемых сюжетов дня будет приходить каждый день в {at} "
        "({zone}), следующий — {next}. /briefing off — отключить.",
    },
    "briefing.off": {
        "en": "No more daily briefings.",
        "ru": "Ежедневного обзора больше не будет.",
    },
    "briefing.title": {
        "en": "Your briefing for {date}",
        "ru": "Ваш обзор за {date}",
    },
    "briefing.top": {
        "en": "The most reported stories of the day",
        "ru": "Самые освещаемые сюжеты дня",
    },
    "briefing.newest": {
        "en": "No story had more than one report; the newest of the day",
        "ru": "Ни один сюжет не освещался больше чем одним материалом; самое новое за день",
    },
    "quiet.usage": {
        "en": "Give the quiet hours and, if you like, a time zone: "
        "/quiet 22:00-07:00 Europe/Berlin (or /quiet off).",
        "ru": "Укажите тихие часы и, если нужно, часовой пояс: /quiet 22:00-07:00 Europe/Moscow "
        "(или /quiet off).",
    },
    "quiet.set": {
        "en": "Quiet hours: {start}-{end} ({zone}). Instant updates wait until they end.",
        "ru": "Тихие часы: {start}-{end} ({zone}). Мгновенные новости ждут их окончания.",
    },
    "quiet.off": {"en": "No more quiet hours.", "ru": "Тихих часов больше нет."},
    "help.subscribe": {
        "en": 'get new articles on a topic ("phrases", -exclusions; "daily" at the end for a'
        " digest), or all of a source's or a section's; or just write “follow OVD-Info”",
        "ru": "получать новые статьи по теме («фразы», -исключения; «ежедневно» в конце — сводкой)"
        " или все статьи источника или раздела; или просто напишите «следить за ОВД-Инфо»",
    },
    "help.subscriptions": {"en": "the topics this chat follows", "ru": "темы этого чата"},
    "help.unsubscribe": {
        "en": "stop following a topic (/unsubscribe all: every topic)",
        "ru": "больше не следить за темой (/unsubscribe all — за всеми)",
    },
    "help.digest": {
        "en": "one digest a day instead of instant updates",
        "ru": "одна сводка в день вместо мгновенных новостей",
    },
    "help.quiet": {"en": "hours when updates wait", "ru": "часы, когда новости ждут"},
    "menu.subscribe": {"en": "Follow a topic", "ru": "Следить за темой"},
    "menu.subscriptions": {"en": "Topics you follow", "ru": "Ваши темы"},
    "menu.digest": {"en": "Daily digest time", "ru": "Время ежедневной сводки"},
    "quoted": {"en": "“{topic}”", "ru": "«{topic}»"},
    "update.new_on": {"en": "New on {topics}", "ru": "Новое по теме {topics}"},
    "digest.title": {
        "en": "Your daily digest: {count} new articles",
        "ru": "Ваша сводка за день: новых статей — {count}",
    },
    "digest.rest": {
        "en": "…and {stories} more stories on this topic ({count} articles), the older ones.",
        "ru": "…и ещё сюжетов на эту тему: {stories} (статей: {count}), более ранние.",
    },
    "digest.more": {
        "en": "and {count} more on this story",
        "ru": "и ещё {count} об этом же событии",
    },
    "remove.only_admins": {
        "en": "Sorry, only the bot's editors can remove articles.",
        "ru": "Извините, убирать статьи могут только редакторы бота.",
    },
    "remove.usage": {
        "en": "Which article? /remove 42, or /remove 42 a reason. It leaves search, related "
        "articles and waiting updates, and is not stored again from its link or its text.",
        "ru": "Какую статью? /remove 42 или /remove 42 причина. Она пропадёт из поиска, похожих "
        "статей и неотправленных обновлений, и её не сохраню снова ни по ссылке, ни по тексту.",
    },
    "remove.confirm": {
        "en": "Remove article {id}, “{title}”, for good? It leaves search, related articles and "
        "waiting updates, and is not stored again from its link or its text.",
        "ru": "Убрать статью {id} «{title}» насовсем? Она пропадёт из поиска, похожих статей и "
        "неотправленных обновлений, и её не сохраню снова ни по ссылке, ни по тексту.",
    },
    "button.remove_for_good": {"en": "Remove for good", "ru": "Убрать насовсем"},
    "remove.done": {
        "en": "Removed article {id}, “{title}”. It will not be stored again from its link "
        "or its text.",
        "ru": "Статья {id} «{title}» убрана. Ни по ссылке, ни по тексту я её снова не сохраню.",
    },
    "add.only_admins": {
        "en": "Sorry, only the bot's editors can add articles.",
        "ru": "Извините, добавлять статьи могут только редакторы бота.",
    },
    "add.usage": {
        "en": "Send the link of a web page: /add https://example.org/2026/01/story.html. I read "
        "its article, store it and tell the followers of its topics.",
        "ru": "Пришлите ссылку на страницу: /add https://example.org/2026/01/story.html. Я "
        "прочитаю статью, сохраню её и сообщу тем, кто следит за её темами.",
    },
    "add.failed": {
        "en": "I could not add that page: {reason}.",
        "ru": "Не получилось добавить страницу: {reason}.",
    },
    "add.withheld": {
        "en": "An editor removed that article for good, so I don't store it again "
        "(newsroom-bot remove --undo takes a removal back).",
        "ru": "Эту статью редактор убрал насовсем, поэтому снова я её не сохраняю "
        "(отменить: newsroom-bot remove --undo).",
    },
    "add.added": {"en": "Added as article {id}.", "ru": "Добавлена как статья {id}."},
    "add.updated": {
        "en": "Article {id} has this link: updated to the page's current text.",
        "ru": "Статья {id} с этой ссылкой обновлена по текущему тексту страницы.",
    },
    "add.duplicate": {
        "en": "Already stored, as article {id}.",
        "ru": "Уже сохранена как статья {id}.",
    },
    "add.queued": {
        "en": "Updates queued for its followers: {count}.",
        "ru": "Обновлений для подписчиков в очереди: {count}.",
    },
    "add.file_kind": {
        "en": "I read articles from {kinds} files; this one is “{suffix}”.",
        "ru": "Я читаю статьи из файлов {kinds}; у этого файла «{suffix}».",
    },
    "add.file_size": {
        "en": "Telegram lets me fetch files of up to 20 MB; this one is {size} MB. A larger "
        "file can be loaded on the server: newsroom-bot ingest FILE",
        "ru": "Telegram даёт мне скачивать файлы до 20 МБ, а этот — {size} МБ. Файл побольше "
        "можно загрузить на сервере: newsroom-bot ingest ФАЙЛ",
    },
    "add.file_read": {"en": "Read “{name}”", "ru": "Прочитан «{name}»"},
    "add.file_counts": {
        "en": "Added {added}, updated {updated}, already stored {duplicates}, refused {rejected}.",
        "ru": "Добавлено: {added}, обновлено: {updated}, уже были: {duplicates}, "
        "отклонено: {rejected}.",
    },
    "add.file_withheld": {
        "en": "Removed by an editor before, so not stored again: {count}.",
        "ru": "Убраны редактором раньше и снова не сохранены: {count}.",
    },
    "add.file_queued": {
        "en": "Updates queued for their followers: {count}.",
        "ru": "Обновлений для подписчиков в очереди: {count}.",
    },
    "add.file_rejected": {"en": "Refused", "ru": "Отклонено"},
    "add.file_more": {"en": "… and {count} more.", "ru": "… и ещё {count}."},
    "help.add_file": {
        "en": "Send me a .jsonl, .json, .txt or .md file, or a saved .html page, to store its "
        "articles.",
        "ru": "Пришлите файл .jsonl, .json, .txt или .md или сохранённую страницу .html, и я "
        "сохраню его статьи.",
    },
    "button.add_page": {"en": "Add this page", "ru": "Добавить страницу"},
    "help.editors": {"en": "For editors:", "ru": "Для редакторов:"},
    "help.add": {"en": "store the article of a web page", "ru": "сохранить статью со страницы"},
    "help.feeds": {"en": "the feeds I read", "ru": "ленты, которые я читаю"},
    "help.feed_add": {
        "en": "read an RSS or Atom feed (every 15 minutes)",
        "ru": "читать ленту RSS или Atom (каждые 15 минут)",
    },
    "help.feed_remove": {"en": "stop reading a feed", "ru": "перестать читать ленту"},
    "help.remove": {
        "en": "take an article out for good",
        "ru": "убрать статью насовсем",
    },
    "stats.only_admins": {
        "en": "Sorry, only the bot's editors can see its figures.",
        "ru": "Извините, цифры бота видят только его редакторы.",
    },
    "stats.title": {"en": "What I hold", "ru": "Что у меня есть"},
    "stats.articles": {
        "en": "Articles: {count} ({languages})",
        "ru": "Статей: {count} ({languages})",
    },
    "stats.recent_none": {
        "en": "Stored in the last 24 hours: {count}",
        "ru": "Сохранено за последние 24 часа: {count}",
    },
    "stats.recent": {
        "en": "Stored in the last 24 hours: {count}; newest published {newest}",
        "ru": "Сохранено за последние 24 часа: {count}; самая свежая от {newest}",
    },
    "stats.feeds": {
        "en": "Feeds: {count}, failing now: {failing}",
        "ru": "Лент: {count}, сейчас не читаются: {failing}",
    },
    "stats.topics": {
        "en": "Topics followed: {topics} in {chats} chats; daily briefings: {briefed}",
        "ru": "Тем в подписках: {topics}, чатов: {chats}; ежедневных обзоров: {briefed}",
    },
    "stats.none": {"en": "none yet", "ru": "пока нет"},
    "stats.updates": {
        "en": "Updates (finished ones kept 30 days): {states}",
        "ru": "Обновления (завершённые хранятся 30 дней): {states}",
    },
    "stats.state.pending": {"en": "waiting", "ru": "ждут"},
    "stats.state.sent": {"en": "sent", "ru": "отправлено"},
    "stats.state.failed": {"en": "failed", "ru": "не доставлено"},
    "stats.state.dropped": {"en": "dropped", "ru": "отменено"},
    "stats.state.folded": {"en": "copies not sent", "ru": "копии не отправлены"},
    "stats.unanswered": {
        "en": "Searched for in the last {days} days, no article having all the words:",
        "ru": "Искали за последние {days} дней, и ни в одной статье не было всех слов:",
    },
    "stats.unanswered.line": {"en": "• “{words}” ×{times}", "ru": "• «{words}» ×{times}"},
    "stats.removed": {
        "en": "Removed by editors: {count}",
        "ru": "Убрано редакторами: {count}",
    },
    "help.stats": {
        "en": "what I hold, and whether the news is flowing",
        "ru": "что у меня есть и идут ли новости",
    },
    "admin.your_id": {
        "en": "Your Telegram id is {id}: the bot's operator can add it to ADMIN_IDS.",
        "ru": "Ваш id в Telegram — {id}: оператор бота может добавить его в ADMIN_IDS.",
    },
    "admin.only": {
        "en": "Sorry, only the bot's editors can manage feeds.",
        "ru": "Извините, источниками управляют только редакторы бота.",
    },
    "feeds.none": {
        "en": "No feeds yet. Add one: /feed_add https://example.org/rss.xml",
        "ru": "Источников пока нет. Добавьте: /feed_add https://example.org/rss.xml",
    },
    "feeds.title": {"en": "Feeds ({count})", "ru": "Источники ({count})"},
    "feeds.not_polled": {"en": "not read yet", "ru": "ещё не читался"},
    "feeds.state": {
        "en": "every {minutes} min · last: {state}",
        "ru": "каждые {minutes} мин · последний раз: {state}",
    },
    "feed_add.usage": {
        "en": "Give the feed's address and, if you like, how often to read it in minutes: "
        "/feed_add https://example.org/rss.xml 15",
        "ru": "Укажите адрес ленты и, если нужно, как часто её читать (в минутах): "
        "/feed_add https://example.org/rss.xml 15",
    },
    "feed_add.failed": {
        "en": "I could not add that feed: {reason}.",
        "ru": "Не получилось добавить ленту: {reason}.",
    },
    "feed_add.exists": {
        "en": "That feed is already there (number {id}). See /feeds.",
        "ru": "Эта лента уже есть (номер {id}). Список: /feeds.",
    },
    "feed_add.done": {
        "en": "Added feed {id}, “{title}”: {added} new articles stored.",
        "ru": "Добавлена лента {id}, «{title}»: сохранено новых статей — {added}.",
    },
    "feed_add.interval": {
        "en": "I will read it every {minutes} minutes.",
        "ru": "Буду читать её каждые {minutes} мин.",
    },
    "feed_alert.failing": {
        "en": "Feed {id}, “{title}”, failed {count} times in a row: {reason}. I keep trying, "
        "less often (at least once a day). See /feeds.",
        "ru": "Лента {id}, «{title}», не читается {count} раза подряд: {reason}. Я продолжаю "
        "пробовать, реже (не реже раза в день). Список: /feeds.",
    },
    "feed_alert.recovered": {
        "en": "Feed {id}, “{title}”, is read again: {added} new articles.",
        "ru": "Лента {id}, «{title}», снова читается: новых статей — {added}.",
    },
    "feed_remove.usage": {
        "en": "Which feed? Give its number from /feeds, e.g. /feed_remove 2",
        "ru": "Какую ленту? Укажите номер из /feeds, например /feed_remove 2",
    },
    "feed_remove.done": {"en": "Removed feed {id}.", "ru": "Лента {id} удалена."},
    "feed_remove.unknown": {
        "en": "There is no feed {id}. See /feeds.",
        "ru": "Ленты {id} нет. Список: /feeds.",
    },
    "channel.for": {"en": "For {chat}:", "ru": "Для {chat}:"},
    "channel.not_found": {
        "en": "I can't find {chat}, or I am not a member there. Add me to it first.",
        "ru": "Не нахожу {chat} или меня там нет. Сначала добавьте меня туда.",
    },
    "channel.not_admin": {
        "en": "Only the admins of {chat} can choose its topics.",
        "ru": "Темы для {chat} выбирают только его администраторы.",
    },
    "channel.bot_cannot_post": {
        "en": "Make me an admin of {chat} who may post messages, then try again.",
        "ru": "Сделайте меня администратором {chat} с правом публикации и повторите.",
    },
    "button.open": {"en": "Open in the bot", "ru": "Открыть в боте"},
    "button.expired": {
        "en": "This button no longer works. Send /help to start again.",
        "ru": "Эта кнопка больше не работает. Отправьте /help, чтобы начать заново.",
    },
    "not_text": {
        "en": "I can only read text. Send some words to search, or /help.",
        "ru": "Я понимаю только текст. Напишите слова для поиска или /help.",
    },
    "error": {
        "en": "Sorry, something went wrong on my side. Please try again in a moment.",
        "ru": "Извините, у меня что-то пошло не так. Попробуйте ещё раз чуть позже.",
    },
    "menu.latest": {"en": "Newest articles", "ru": "Свежие статьи"},
    "menu.search": {"en": "Search the articles", "ru": "Поиск по статьям"},
    "menu.summary": {"en": "Summary of an article or a topic", "ru": "Кратко о статье или теме"},
    "menu.facts": {"en": "Key facts of an article", "ru": "Главные факты статьи"},
    "menu.related": {"en": "Articles on the same story", "ru": "Статьи о том же"},
    "menu.lang": {"en": "Language: en or ru", "ru": "Язык: en или ru"},
    "menu.add": {
        "en": "Editors: store a web page's article",
        "ru": "Редакторам: статья со страницы",
    },
    "menu.stats": {"en": "Editors: what the bot holds", "ru": "Редакторам: что есть у бота"},
    "menu.feeds": {"en": "Editors: the feeds read", "ru": "Редакторам: читаемые ленты"},
    "menu.feed_add": {"en": "Editors: read a new feed", "ru": "Редакторам: новая лента"},
    "menu.feed_remove": {"en": "Editors: stop reading a feed", "ru": "Редакторам: убрать ленту"},
    "menu.remove": {"en": "Editors: remove an article", "ru": "Редакторам: убрать статью"},
    "menu.help": {"en": "How to use the bot", "ru": "Как пользоваться ботом"},
    "unknown_command.meant": {
        "en": "I don't know the command /{command}. Did you mean /{meant}?",
        "ru": "Не знаю команду /{command}. Может быть, /{meant}?",
    },
    "unknown_command": {
        "en": "I don't know the command /{command}. Send /help to see what I can do.",
        "ru": "Не знаю команду /{command}. Отправьте /help, чтобы увидеть, что я умею.",
    },
}


def text(key: str, language: str = "en", **values: object) -> str:
    """The catalogue entry in `language` (English when missing), filled in."""
    entry = _TEXTS[key]
    template = entry.get(language) or entry["en"]
    return template.format(**values) if values else template
