"""Every sentence the bot says, in English and Russian, in one catalogue."""

from __future__ import annotations

LANGUAGES = ("en", "ru")

_TEXTS: dict[str, dict[str, str]] = {
    "help.title": {"en": "Newsroom bot", "ru": "Бот редакции"},
    "help.intro": {
        "en": "I answer from the stored news articles. Send words to search, or a command:",
        "ru": "Я отвечаю по сохранённым новостям. Напишите слова для поиска или команду:",
    },
    "help.latest": {"en": "the newest articles (up to {max})", "ru": "свежие статьи (до {max})"},
    "help.search": {"en": "articles matching the words", "ru": "статьи по словам"},
    "help.help": {"en": "this help", "ru": "эта справка"},
    "help.tips": {
        "en": 'Tip: put a phrase in "double quotes" to find it exactly.',
        "ru": "Совет: фразу в «двойных кавычках» я ищу целиком.",
    },
    "start.welcome": {
        "en": "Hello! I find, summarise and follow the news for you.",
        "ru": "Здравствуйте! Я нахожу новости, пересказываю их и слежу за темами.",
    },
    "latest.title": {"en": "Latest articles", "ru": "Свежие статьи"},
    "latest.empty": {"en": "No articles are stored yet.", "ru": "Пока нет ни одной статьи."},
    "latest.bad_count": {
        "en": "Please give a number from 1 to {max}, for example: /latest 5",
        "ru": "Укажите число от 1 до {max}, например: /latest 5",
    },
    "search.usage": {
        "en": "What should I look for? For example: /search anti-war congress",
        "ru": "Что искать? Например: /search антивоенный конгресс",
    },
    "search.no_words": {
        "en": "I could not find any words to search for in that.",
        "ru": "Не нашёл в этом слов для поиска.",
    },
    "search.too_long": {
        "en": "That is too long to search for; please use at most {max} characters.",
        "ru": "Слишком длинный запрос; не больше {max} символов.",
    },
    "search.none": {
        "en": "Nothing found for “{query}”.",
        "ru": "По запросу «{query}» ничего не найдено.",
    },
    "search.title": {"en": "Results for “{query}”", "ru": "Найдено по запросу «{query}»"},
    "search.partial": {
        "en": "No article has all of the words; these have some of them.",
        "ru": "Нет статей со всеми словами; вот статьи с некоторыми из них.",
    },
    "search.more": {"en": "More results", "ru": "Ещё результаты"},
    "article.id": {"en": "id {id}", "ru": "№ {id}"},
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
