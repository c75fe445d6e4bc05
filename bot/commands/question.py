"""A question in plain words ("how many people were detained?", "who spoke
at the congress?"): the search for its topic, under the sentence of the best
matches that answers it (news.answers), when one does. Asked in reply to an
article's card ("how many were detained?"), the article itself answers, when
it can: the reader asks about what they are reading."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from bot.commands.cards import card_buttons, meta_line
from bot.commands.reply import Block, Reply, Request, Span, bold, italic
from bot.commands.search import searched
from bot.news.answers import (
    MAX_ARTICLES,
    MIN_COVERAGE,
    MIN_COVERAGE_OF_ONE,
    MIN_WORDS_HELD,
    SAYS_IT,
    Answer,
    Wants,
    answer,
    came_as_attended,
    negated,
    predecessor,
    successor_asked,
    writes_verb,
)
from bot.news.crosslingual import spelt_in
from bot.news.entities import find_entities
from bot.news.paraphrases import holds_half_of_question, without_paraphrased
from bot.news.questions import ONE_PERSON, score_words
from bot.news.text import LIGHT_WORDS, has_russian_letters, languages_differ, shorten, stems
from bot.news.topics import split_exclusions
from bot.newsroom import Newsroom, SearchResult
from bot.texts import text
from storage.models import Article


async def question_command(
    newsroom: Newsroom, request: Request, wants: Wants, speaker: str = "", verb: str = ""
) -> Reply:
    """`speaker`: for "what did X say?", X (news.answers.answer); `verb`: the
    verb taken off the words of "when did the strike end?" (news.questions)."""
    card = None
    if request.reply_to_article is not None:
        card = await newsroom.article(request.reply_to_article)
    pronoun = {"quote": speaker, "identity": request.args}.get(wants, "")
    meant: str = wants
    if not _PRONOUN.fullmatch(pronoun):
        pronoun, meant = _only_a_pronoun(request.args), "other"  # "where is he now?"
    if _PRONOUN.fullmatch(pronoun):
        if card is None:  # "what did he say?", "who is she?" of nothing read: no one to search for
            return Reply().add(text(f"answer.who_meant.{meant}", request.language))
        request, named = _named_for_pronoun(card, request, pronoun)
        speaker = named if wants == "quote" else speaker
    if card is not None and (asked := await _asked_of_card(newsroom, card, request, speaker)):
        question, theirs = asked
        answered = _answered_by_card(card, question, wants, theirs, verb)
        if answered is not None:
            return answered
    if wants == "score" and not request.args and card is None:
        # "what was the score?" of no match in particular: the reports of one, best first
        request = replace(request, args=score_words(request.language))
    reply, result = await searched(newsroom, request, offer_follow=False)
    if result is None:
        return reply
    if card is not None and not result.found and not result.across:
        # No article has its words, the card neither ("how long is the journey?"
        # under the night train's): it may say it in others.
        return _unworded_either(reply, card, request.language)
    found = await answer_search(newsroom, result, request.args, wants, speaker, verb)
    if found is not None:
        reply.blocks[0:0] = answer_blocks(*found, request.language)
    return reply


# A speaker the reader names by a pronoun: one person ("what did he say?"), or
# not ("they": a group, a company, anyone).
_PRONOUN = re.compile(rf"{ONE_PERSON.pattern}|they|them|они|их", re.IGNORECASE)


def _only_a_pronoun(words: str) -> str:
    """The pronoun of one person that is all the words hold but light ones
    ("he now" of "where is he now?"); "" when they hold more."""
    persons = [w for w in words.split() if ONE_PERSON.fullmatch(w)]
    if len(persons) != 1:
        return ""
    held = set(stems(words)) - _LIGHT_STEMS - set(stems(persons[0]))
    return "" if held else persons[0]


_LIGHT_STEMS = frozenset(stems(" ".join(LIGHT_WORDS)))


def _named_for_pronoun(card: Article, request: Request, pronoun: str) -> tuple[Request, str]:
    """ "What did he say?" of a card: the person it names most (its subject,
    most often), in the question's words in place of the pronoun. "What did
    they say?", or of a card that names no one: anyone's words in it."""
    named = _first_person(card.text) if ONE_PERSON.fullmatch(pronoun) else ""
    words = re.sub(rf"(?<!\w){re.escape(pronoun)}(?!\w)", named, request.args, count=1)
    return replace(request, args=" ".join(words.split())), named or pronoun


def _first_person(text: str) -> str:
    """The person a text names first ("Daniel Okafor, the chief executive
    ..., resigned"), as it writes them or in another form; "" for none."""
    found = find_entities(text)

    def first_at(person: str) -> int:
        at = [text.find(form) for form in (person, *found.written.get(person, ()))]
        return min((a for a in at if a >= 0), default=len(text))

    return min(found.people, key=first_at, default="")


def _answered_by_card(
    card: Article, request: Request, wants: Wants, speaker: str, verb: str
) -> Reply | None:
    """The card's answer to the question, with its buttons; None when it has
    none, but for a bare "where?" of it: it does not say, and there is no
    other article to search for."""
    question = request.args or card.title  # "When?" alone: when what the title says happened.
    # Whether something is so, one word of the question is no sign the card says it.
    whole = wants in SAYS_IT

    def asked(words: str) -> tuple[Answer, Article] | None:
        got = answer(
            words,
            wants,
            [(card.title, card.text)],
            MIN_COVERAGE if whole else MIN_COVERAGE_OF_ONE,
            named_too=not request.args,
            min_words=MIN_WORDS_HELD if whole else 1,
            speaker=speaker,
        )
        return (got, card) if got else None

    found = with_verb(asked, question, verb)
    if not found and request.args:
        return None
    reply = Reply(answer_blocks(*found, request.language) if found else [])
    if not found:
        what = text(f"answer.unsaid.{wants}", request.language)
        reply.add(text("answer.unsaid", request.language, what=what))
    reply.buttons = card_buttons(card, request.language)
    return reply


async def _asked_of_card(
    newsroom: Newsroom, card: Article, request: Request, speaker: str
) -> tuple[Request, str] | None:
    """The question and its speaker as the card is asked them: as typed where
    it is about the card ("how many were detained in Russia?" under the
    library's card is not); in the card's words, a card in the other
    language, where a wording of its equivalents is ("сколько стоит билет?"
    under the night train's English card: "cost ticket", held by its "will
    cost from 65 crowns"); None when neither."""
    question = request.args
    if _about(card, question):
        return request, speaker
    language = "ru" if has_russian_letters(question) else "en"
    if not question or not languages_differ(language, card.language):
        return None
    theirs = (spelt_in(speaker, card.text) or "") if speaker else ""
    for wording in await newsroom.other_wordings(question):
        if _about(card, wording):
            return replace(request, args=wording), theirs
    return None


def _unworded_either(reply: Reply, card: Article, lang: str) -> Reply:
    """'Nothing found', and that the card the question was put to has not the
    words either: not that it does not say, which it may in other words ("take
    just under seven hours" for "how long is the journey?")."""
    reply.add(text("answer.unworded_either", lang))
    reply.buttons = card_buttons(card, lang)
    return reply


def _about(article: Article, question: str) -> bool:
    """Whether a question asked in reply to an article's card is about it:
    the article has at least half of the question's words, or of words news
    writes for them ("spectators" for "fans"; all of a bare "when?"). A
    reply may name something else ("how many people were detained in
    Russia?" under a library's reopening, whose "3,000 people visited" it is
    not asking for), and the console takes every message
    after a card as a reply to it."""
    return holds_half_of_question(question, article.title + "\n" + article.text)


async def answer_search(
    newsroom: Newsroom,
    result: SearchResult,
    question: str,
    wants: Wants,
    speaker: str = "",
    verb: str = "",
) -> tuple[Answer, Article] | None:
    """The answer the articles a search found give the question (answer_among);
    else, when the question has words news writes otherwise ("how many people
    attended?": "300 activists met"), that of the articles found without them:
    the search wanted every word as typed. With the verb the search was
    without (news.questions.event_verb), the sentence that writes it first."""
    if wants == "figure":  # "how many came to ...?": those who attended, as reports write
        question = came_as_attended(question)
    found = with_verb(lambda words: answer_among(result, words, wants, speaker), question, verb)
    if found is None and wants in ("person", "identity") and (who := predecessor(question)):
        return await _successor_search(newsroom, who)
    words = split_exclusions(result.respelt or question)[0]
    if found is not None or not (looser := without_paraphrased(words)):
        return found
    wider = await newsroom.search(looser, limit=MAX_ARTICLES, across=0)
    if wider.mode != "all" or wider.respelt:
        return None
    return _answered_by([f.article for f in wider.found], words, wants, speaker)


async def _successor_search(newsroom: Newsroom, who: str) -> tuple[Answer, Article] | None:
    """Who came after someone ("who took over from Okafor?"), from the
    articles that name them, in either language: the search for the whole
    question may find none that says who ("took" is in another report)."""
    named = await newsroom.search(who, limit=MAX_ARTICLES)
    articles = [f.article for f in named.found] or [f.article for f in named.across]
    spelt = next(filter(None, (spelt_in(who, a.text) for a in articles)), who)
    return _answered_by(articles, f"replaced {spelt}", "person", "")


def with_verb(
    asked: Callable[[str], tuple[Answer, Article] | None], question: str, verb: str
) -> tuple[Answer, Article] | None:
    """The answer to the question with its verb ("when did the strike end?")
    when the sentence writes it ("ended on Monday", not "began"), else the
    answer to the question without it."""
    if verb and (found := asked(f"{question} {verb}")) and writes_verb(found[0].text, verb):
        return found
    return asked(question)


def answer_among(
    result: SearchResult, question: str, wants: Wants, speaker: str = ""
) -> tuple[Answer, Article] | None:
    """The answer the articles a search found give the question, if any;
    else, when it found none, the answer the reports in the other language
    give, the question's names spelt as they write them ("кто такой
    Окафор?": Okafor): a reader asking in Russian of a story only English
    reports tell gets their sentence rather than none. Not when the reader's
    own language has reports: a word spelt like a name is not always one
    ("who funds the congress?" is no question about the Anti-Corruption Fund,
    "Фонд")."""
    # A misspelt question is answered in the words the articles were found by;
    # words left out ("-Russia") are no words of the question.
    words, _ = split_exclusions(result.respelt or question)
    articles = [found.article for found in result.found]
    pairs = [(a.title, a.text) for a in articles]
    got = answer(words, wants, pairs, speaker=speaker)
    if got is None and wants == "quote" and result.mode == "all" and speaker not in ("", words):
        # Found by what was said or when ("what did Mendes say after the final?"),
        # the articles answer with the speaker's words, though not in those words.
        got = answer(speaker, wants, pairs, speaker=speaker)
    if got is None and result.across and (result.worded or not result.found):
        articles = [found.article for found in result.across]
        if result.worded:  # found by the words' equivalents: asked in those
            asked = result.asked_across
            if negated(words) and not negated(asked):  # "не приехали": not, in theirs too
                asked = f"did not {asked}"
            if successor_asked(words) and not successor_asked(asked):  # "новый тренер": "new"
                asked = f"new {asked}"
            got = _answer_worded(asked, wants, articles, speaker)
        else:
            got = _answer_across(words, wants, articles, speaker)
    return (got, articles[got.article]) if got is not None else None


def _answered_by(
    articles: list[Article], words: str, wants: Wants, speaker: str
) -> tuple[Answer, Article] | None:
    """The answer these articles give, with the article that gives it."""
    got = answer(words, wants, [(a.title, a.text) for a in articles], speaker=speaker)
    return (got, articles[got.article]) if got is not None else None


def _answer_across(
    words: str, wants: Wants, articles: list[Article], speaker: str
) -> Answer | None:
    """The answer of reports in another language, asked in the names'
    spelling of the first of them that spells every name of the question
    (crosslingual.spelt_in; none when a word of it is no name)."""
    for article in articles:
        if spelt := spelt_in(words, article.text):
            theirs = spelt_in(speaker, article.text) if speaker else ""
            pairs = [(a.title, a.text) for a in articles]
            return answer(spelt, wants, pairs, speaker=theirs or spelt)
    return None


def _answer_worded(
    words: str, wants: Wants, articles: list[Article], speaker: str
) -> Answer | None:
    """The answer of reports in another language found by the question's
    words in their equivalents there (Newsroom._words_across), asked in
    those ("кто организовал конгресс?" as "organised congress"), the speaker
    as the first of them that names them spells them."""
    spelt = (spelt_in(speaker, a.text) for a in articles) if speaker else iter(())
    theirs = next(filter(None, spelt), "")
    return answer(words, wants, [(a.title, a.text) for a in articles], speaker=theirs)


def answer_blocks(got: Answer, article: Article, lang: str) -> list[Block]:
    """ "Answer", then the sentence with what answers it in bold, and where
    it is from, with its source and date: news answers age ("more than
    20,000 detained" was so in June), and its "on Tuesday" is that week's."""
    spans: list[Span] = []
    at = 0
    for start, end in got.marks:
        spans += [Span(got.text[at:start]), bold(got.text[start:end])]
        at = end
    spans.append(Span(got.text[at:]))
    source = Span(shorten(article.title, 80), "italic", article.url)
    where = (Span("— "), source, italic(" · " + meta_line(article, lang)))
    title = text("answer.title.whether" if got.wants == "whether" else "answer.title", lang)
    return [(bold(title),), tuple(s for s in spans if s.text), where]
