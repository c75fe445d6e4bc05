"""The Telegram front end: the PTB Application and its handlers, wired in one place.

Every handler turns an update into a Request, lets `bot.commands.dispatch`
answer it, and draws the Reply as Telegram HTML. Nothing here knows what a
command does.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Any
from urllib.parse import urlparse

from telegram import (
    Bot,
    BotCommand,
    BotCommandScopeAllGroupChats,
    BotCommandScopeAllPrivateChats,
    BotCommandScopeChat,
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InputTextMessageContent,
    LinkPreviewOptions,
    Message,
    Update,
)
from telegram.constants import ChatType, ParseMode
from telegram.error import (
    BadRequest,
    Conflict,
    InvalidToken,
    NetworkError,
    TelegramError,
)
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    ApplicationHandlerStop,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    Defaults,
    InlineQueryHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.commands import (
    CHANGING,
    CHANGING_A_CHAT,
    HANDLERS,
    button_request,
    dispatch,
    intended_command,
    parse_command,
)
from bot.commands.add import add_file, file_refusal
from bot.commands.feeds import feed_alert
from bot.commands.help import COMMANDS, EDITOR_COMMANDS, menu_names
from bot.commands.links import article_payload, deep_link
from bot.commands.question import answer_blocks, answer_search
from bot.commands.reply import Button, Reply, Request, answered_in, button_language, italic
from bot.commands.summary import article_summary
from bot.commands.target import Target, article_id, items_of, next_page_of
from bot.config import Settings
from bot.delivery.briefings import Briefings
from bot.delivery.outbox import CONSOLE_CHAT, Outbox
from bot.ingest.feeds import PollResult
from bot.ingest.files import SUFFIXES
from bot.news.answers import Answer
from bot.news.questions import read_message, search_words
from bot.news.text import shorten, visible
from bot.newsroom import Newsroom, interface_language, written_language
from bot.telegram.answers import AnswerMemory
from bot.telegram.channels import (
    FOR_ANOTHER_CHAT,
    GroupAdmins,
    NotAllowed,
    managed_chat,
    split_target,
)
from bot.telegram.render import render_messages
from bot.telegram.sender import TelegramSender
from bot.telegram.throttle import Throttle
from bot.telegram.updates import addressed_in_group, addressee, message_request
from bot.texts import LANGUAGES, text
from storage import Article

log = logging.getLogger(__name__)

Context = ContextTypes.DEFAULT_TYPE
# Commands in the menu Telegram shows (all of them work anywhere), as /help
# lists them; in the menu of each editor's private chat (ADMIN_IDS), the
# editors' commands after them.
MENU = menu_names(COMMANDS)
EDITOR_MENU = menu_names(EDITOR_COMMANDS)
ALLOWED_UPDATES = [
    Update.MESSAGE,
    Update.EDITED_MESSAGE,
    Update.CALLBACK_QUERY,
    Update.INLINE_QUERY,
]
CALLBACK_LIMIT = 64  # bytes of callback data Telegram keeps on a button
INLINE_RESULTS = 10
INLINE_MAX = 50  # results an inline search pages through as the reader scrolls
INLINE_SHARE = 3  # inline queries a reader may send, as a multiple of their share of requests
PERCOLATE_SECONDS = 5
DRAIN_SECONDS = 1.0
FEED_CHECK_SECONDS = 30
# Commands that fetch a page or a feed (up to 20 s): answered in a task of
# their own, as the bot otherwise answers one update at a time and every
# reader would wait for an editor's slow page.
FETCHING = {"add", "feed_add"}
TIDY_SECONDS = 6 * 3600
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)


class TelegramBot:
    """The handlers, sharing one Newsroom opened when the Application starts."""

    def __init__(self, settings: Settings, *, rate_limit: bool = True) -> None:
        self.settings = settings
        self.rate_limit = rate_limit
        self._newsroom: Newsroom | None = None
        self._outbox: Outbox | None = None
        self._briefings: Briefings | None = None
        self._throttle = Throttle(settings.reader_burst, settings.reader_per_minute)
        # Inline queries come a keystroke at a time: a share of their own, larger.
        self._inline_throttle = Throttle(
            INLINE_SHARE * settings.reader_burst, INLINE_SHARE * settings.reader_per_minute
        )
        self._group_admins = GroupAdmins()
        self._answers = AnswerMemory()

    @property
    def newsroom(self) -> Newsroom:
        if self._newsroom is None:
            raise RuntimeError("the Application has not been initialised")
        return self._newsroom

    # ---- wiring ---------------------------------------------------------

    def build(self) -> Application[Any, Any, Any, Any, Any, Any]:
        api = self.settings.telegram_api_url
        builder = (
            ApplicationBuilder()
            .token(self.settings.telegram_token or "")
            .base_url(f"{api}/bot")
            .base_file_url(f"{api}/file/bot")
            .defaults(Defaults(parse_mode=ParseMode.HTML, link_preview_options=NO_PREVIEW))
            .post_init(self._post_init)
            .post_shutdown(self._post_shutdown)
        )
        app: Application[Any, Any, Any, Any, Any, Any]
        if self.rate_limit:  # Telegram's limits: ~30 messages/s, 20/min per group
            app = builder.rate_limiter(AIORateLimiter(max_retries=2)).build()
        else:
            app = builder.build()
        app.add_handler(TypeHandler(Update, self.on_any_update), group=-1)
        new = filters.UpdateType.MESSAGE  # channel posts are left alone
        said = filters.UpdateType.MESSAGES  # new or edited: an edit is asked again
        private = filters.ChatType.PRIVATE
        app.add_handler(CommandHandler(list(HANDLERS), self.on_message, filters=said))
        app.add_handler(MessageHandler(said & filters.COMMAND, self.on_unknown_command))
        app.add_handler(MessageHandler(said & private & filters.TEXT, self.on_message))
        groups = filters.ChatType.GROUPS
        app.add_handler(MessageHandler(said & groups & filters.TEXT, self.on_group_text))
        app.add_handler(MessageHandler(filters.StatusUpdate.MIGRATE, self.on_migrate))
        app.add_handler(MessageHandler(new & private & ~filters.TEXT, self.on_not_text))
        app.add_handler(CallbackQueryHandler(self.on_button))
        app.add_handler(InlineQueryHandler(self.on_inline_query))
        app.add_error_handler(self.on_error)
        if app.job_queue is not None:
            app.job_queue.run_repeating(self._percolate, PERCOLATE_SECONDS, first=1)
            app.job_queue.run_repeating(self._drain, DRAIN_SECONDS, first=2)
            app.job_queue.run_repeating(self._poll_feeds, FEED_CHECK_SECONDS, first=3)
            app.job_queue.run_repeating(self._tidy, TIDY_SECONDS, first=60)
        return app

    async def _post_init(self, app: Application[Any, Any, Any, Any, Any, Any]) -> None:
        self._newsroom = await Newsroom.open(self.settings)
        if self.settings.load_demo:
            report = await self._newsroom.load_demo_if_empty()
            if report is not None:
                log.warning("new database: loaded the demo set (%d articles)", report.added)
        await self._newsroom.refresh_stories()
        # One bot runs per token, so rows claimed by an earlier run are orphans.
        released = await self._newsroom.storage.release_leases()
        if released:
            log.warning("took back %d updates a previous run had claimed", released)
        sender = TelegramSender(lambda chat_id, reply: self._send_to(app.bot, chat_id, reply))
        self._outbox = Outbox(self._newsroom, sender, except_chat=CONSOLE_CHAT)
        self._briefings = Briefings(self._newsroom, sender, except_chat=CONSOLE_CHAT)
        await self._set_commands(app)
        log.info(
            "serving %d articles as @%s", await self.newsroom.storage.count(), app.bot.username
        )

    async def _post_shutdown(self, app: Application[Any, Any, Any, Any, Any, Any]) -> None:
        if self._newsroom is not None:
            await self._newsroom.close()
            self._newsroom = None

    async def _set_commands(self, app: Application[Any, Any, Any, Any, Any, Any]) -> None:
        """The command menu: readers' commands everywhere, and in each
        editor's private chat the editors' commands after them."""
        for language in LANGUAGES:
            menu = [BotCommand(name, text(f"menu.{name}", language)) for name in MENU]
            code = None if language == "en" else language
            for scope in (BotCommandScopeAllPrivateChats(), BotCommandScopeAllGroupChats()):
                await app.bot.set_my_commands(menu, scope=scope, language_code=code)
            menu += [BotCommand(name, text(f"menu.{name}", language)) for name in EDITOR_MENU]
            for editor in sorted(self.settings.admin_ids):
                try:
                    await app.bot.set_my_commands(
                        menu, scope=BotCommandScopeChat(editor), language_code=code
                    )
                except TelegramError as error:  # an editor who never started the bot
                    log.warning("no editor menu for %d: %s", editor, error)

    async def _percolate(self, context: Context) -> None:
        """Group and match articles stored meanwhile (by a feed, or an editor's
        ingest in another process that did not get to it)."""
        queued = await self.newsroom.after_ingest()
        if queued:
            log.info("queued %d topic updates", queued)

    async def _poll_feeds(self, context: Context) -> None:
        for result in await self.newsroom.feeds.poll_due():
            log.info("feed %s: %s", result.url, result.error or result.status)
            if result.alert:
                await self._tell_editors(context.bot, result)

    async def _tell_editors(self, bot: Bot, result: PollResult) -> None:
        """A feed failing for a while (or back) is news for the editors: in a
        log nobody reads, a dead feed goes unnoticed for days."""
        for editor in sorted(self.settings.admin_ids):
            lang = await self.newsroom.language(editor, None)
            try:
                await self._send_to(bot, editor, feed_alert(result, lang))
            except TelegramError as error:  # an editor who never started the bot
                log.warning(
                    "could not tell editor %d about feed %d: %s", editor, result.feed_id, error
                )

    async def _drain(self, context: Context) -> None:
        if self._outbox is None:
            return
        report = await self._outbox.drain()
        if report.sent or report.failed or report.dropped_chats:
            log.info(
                "delivered %d updates, %d failed, chats gone: %s",
                report.sent,
                report.failed,
                report.dropped_chats,
            )
        if self._briefings is not None:
            briefed = await self._briefings.send_due()
            if briefed.sent or briefed.failed:
                log.info("sent %d briefings, %d failed", briefed.sent, briefed.failed)

    async def _tidy(self, context: Context) -> None:
        if (forgotten := await self.newsroom.forget_unanswered_searches()) > 0:
            log.info("deleted %d rows of unanswered searches kept long enough", forgotten)
        if self._outbox is None:
            return
        forgotten = await self._outbox.forget_finished()
        if forgotten:
            log.info("deleted %d rows of updates sent long ago", forgotten)

    async def _open_in_private(self, query: CallbackQuery, command: str) -> None:
        """A button under a channel post (an update on a followed topic): an
        answer there would be posted to every reader of the channel, so the
        reader who pressed it is taken to a private chat with the bot instead,
        opened on the article the button is about (Telegram follows a
        t.me/<bot>?start= link given in the answer to the press)."""
        words = parse_command("/" + button_language(command)[0]).args.split()
        await query.answer(
            url=_deep_link(query.get_bot().username, article_id(words[0]) if words else None)
        )

    async def on_migrate(self, update: Update, context: Context) -> None:
        """A group became a supergroup: its topics and waiting updates follow it."""
        message = update.effective_message
        if message is None or message.migrate_to_chat_id is None:
            return
        await self.newsroom.storage.migrate_chat(
            message.chat_id, message.migrate_to_chat_id, self.newsroom.subscriptions.now()
        )

    # ---- handlers -------------------------------------------------------

    async def on_any_update(self, update: Update, context: Context) -> None:
        """Every update first: a reader past their share (throttle.py) is told
        once to wait, and their requests go no further until it refills; an
        inline query past its own, larger share gets no results."""
        user = update.effective_user
        if user is None or self.newsroom.is_admin(user.id):
            return
        if update.inline_query is not None:
            if self._inline_throttle.admit(user.id) != "answer":
                await update.inline_query.answer([], cache_time=0)  # nothing, silently
                raise ApplicationHandlerStop
            return
        if not _answerable(update, context.bot.id, context.bot.username or ""):
            return
        verdict = self._throttle.admit(user.id)
        if verdict == "answer":
            return
        query, message = update.callback_query, update.message or update.edited_message
        if verdict == "tell":
            hint = interface_language(user.language_code)
            chat = update.effective_chat
            lang = await self.newsroom.language(chat.id, hint) if chat else hint
            said = text("throttle.wait", lang, seconds=self._throttle.wait_seconds(user.id))
            if query is not None:
                await query.answer(said, show_alert=True)
            elif message is not None:
                await message.reply_text(said)
        elif query is not None:
            await query.answer()  # the button stops spinning, nothing more
        raise ApplicationHandlerStop

    async def on_message(self, update: Update, context: Context) -> None:
        message = update.message or update.edited_message
        if message is None:
            return
        user = message.from_user
        request = message_request(message, user.language_code if user else None)
        next_page, items = await self._list_replied(message)
        request = replace(request, reply_next=next_page, reply_items=items)
        target, rest = split_target(request.args)
        if target and request.command.lower() in FOR_ANOTHER_CHAT:
            await self._for_another_chat(message, request, target, rest)
            return
        answer = self._answer(message, request)
        if request.command.lower() in FETCHING:
            context.application.create_task(answer, update=update)
        else:
            await answer

    async def _answer(
        self, message: Message, request: Request, query: CallbackQuery | None = None
    ) -> None:
        if not await self._manages(message, request, query):
            request = replace(request, manages_chat=False)
        reply = await dispatch(self.newsroom, request)
        if query is not None and reply.replaces:
            await self._replace(message, reply)
        elif query is not None:
            await self._send(message, reply)
        elif message.edit_date is None or not await self._revise(message, request, reply):
            sent = await self._send(message, reply)
            self._answers.remember(message.chat_id, message.message_id, sent)

    async def _revise(self, message: Message, request: Request, reply: Reply) -> bool:
        """An edited message's answer shown in place of the answer to its old
        words, as the reader sees their message change; False when it cannot
        be: the old answer is not known or took several messages, the new one
        takes several, or the request changed something (its answer is news,
        and what the old words did stays done)."""
        earlier = self._answers.answer_to(message.chat_id, message.message_id)
        if len(earlier) != 1 or intended_command(self.newsroom, request) in CHANGING:
            return False
        try:
            return await self._edit(
                message.get_bot(), message.chat_id, earlier[0], reply, _preview(reply)
            )
        except BadRequest:  # the old answer was deleted meanwhile: a new one
            return False

    async def _manages(
        self, message: Message, request: Request, query: CallbackQuery | None
    ) -> bool:
        """Whether the user may change what this chat follows: in a group,
        its admins (an anonymous admin writes as the group itself), and the
        bot's editors; in a private chat, its user. Telegram is asked only
        for requests that may change it."""
        if message.chat.type not in (ChatType.GROUP, ChatType.SUPERGROUP):
            return True
        if intended_command(self.newsroom, request) not in CHANGING_A_CHAT:
            return True
        if self.newsroom.is_admin(request.user_id):
            return True
        if query is None and message.sender_chat and message.sender_chat.id == message.chat_id:
            return True
        return await self._group_admins.is_admin(
            message.get_bot(), message.chat_id, request.user_id
        )

    async def _for_another_chat(
        self, message: Message, request: Request, target: str, rest: str
    ) -> None:
        """`/subscribe @channel topic`: act for a channel or group the user runs."""
        written = request.answer_in or written_language(rest)
        lang = await self.newsroom.language(request.chat_id, request.language, written)
        try:
            chat_id, name = await managed_chat(message.get_bot(), request.user_id, target)
        except NotAllowed as refusal:
            await self._send(message, Reply().add(text(refusal.key, lang, chat=refusal.chat)))
            return
        # The bot may post there (managed_chat asked): a channel switched off
        # when the bot was removed, where nobody can send /start, is on again.
        if await self.newsroom.subscriptions.reactivate(chat_id):
            log.info("chat %d is back: the bot may post there again", chat_id)
        reply = await dispatch(
            self.newsroom, replace(request, chat_id=chat_id, args=rest, answer_in=lang)
        )
        reply.blocks.insert(0, (italic(text("channel.for", lang, chat=name)),))
        # Its buttons act for that chat too ("My topics", "✕ 1", "Follow ..."):
        # the button handler checks the user's rights there again.
        reply.buttons = [[_for_chat(button, target) for button in row] for row in reply.buttons]
        await self._send(message, reply)

    async def on_group_text(self, update: Update, context: Context) -> None:
        """In a group, plain words are answered only when they are meant for
        the bot (updates.addressed_in_group); the rest is the group's talk."""
        message = update.message or update.edited_message
        if message is None:
            return
        words = addressed_in_group(message, context.bot.id, context.bot.username or "")
        if words is None:
            return
        user = message.from_user
        request = message_request(message, user.language_code if user else None)
        next_page, items = await self._list_replied(message)
        request = replace(request, command="", args=words, reply_next=next_page, reply_items=items)
        await self._answer(message, request)

    async def on_unknown_command(self, update: Update, context: Context) -> None:
        """Answer unknown commands meant for us; in groups, ones naming no bot may
        be another bot's, so they get silence."""
        message = update.message or update.edited_message
        if message is None or not message.text:
            return
        to = addressee(visible(message.text))
        if to is not None and to.lower() != (context.bot.username or "").lower():
            return
        if to is None and message.chat.type != ChatType.PRIVATE:
            return
        await self.on_message(update, context)

    async def on_not_text(self, update: Update, context: Context) -> None:
        message = update.message
        if message is None:
            return
        if message.document is not None and self._reads_document(message):
            # Fetching and storing take a while: readers are answered meanwhile.
            context.application.create_task(self._read_document(message), update=update)
            return
        if message.caption:  # a photo with words: a channel post forwarded, often
            await self.on_message(update, context)
            return
        user = message.from_user
        lang = await self.newsroom.language(message.chat_id, user.language_code if user else None)
        await self._send(message, Reply().add(text("not_text", lang)))

    def _reads_document(self, message: Message) -> bool:
        """Whether a file sent is read as articles (or refused as an editor's
        would be): any file of an editor's, a file of articles of anyone's;
        other files of readers' are no request (a caption may be)."""
        user = message.from_user
        if user is not None and self.newsroom.is_admin(user.id):
            return True
        name = (message.document.file_name or "") if message.document else ""
        return name.lower().endswith(SUFFIXES)

    async def _read_document(self, message: Message) -> None:
        """An editor's file of articles: refused before it is fetched (not an
        editor, not a kind of file articles come in, too large), else
        fetched from Telegram and stored (commands.add)."""
        document = message.document
        assert document is not None
        user = message.from_user
        request = message_request(message, user.language_code if user else None)
        lang = await self.newsroom.language(message.chat_id, request.language)
        request = replace(request, language=lang)
        name = document.file_name or "file"
        reply = file_refusal(self.newsroom, request, name, document.file_size or 0)
        if reply is None:
            data = bytes(await (await document.get_file()).download_as_bytearray())
            reply = await add_file(self.newsroom, request, name, data)
        await self._send(message, reply)

    async def on_button(self, update: Update, context: Context) -> None:
        query = update.callback_query
        if query is None:
            return
        command = await self._button_command(query.data)
        message = query.message if isinstance(query.message, Message) else None
        if command is None or message is None:
            lang = interface_language(query.from_user.language_code)
            await query.answer(text("button.expired", lang), show_alert=True)
            return
        if message.chat.type == ChatType.CHANNEL:
            await self._open_in_private(query, command)
            return
        await query.answer()
        request = replace(
            button_request(command, interface_language(query.from_user.language_code)),
            chat_id=message.chat_id,
            user_id=query.from_user.id,
        )
        target, rest = split_target(request.args)
        if target and request.command.lower() in FOR_ANOTHER_CHAT:
            await self._for_another_chat(message, request, target, rest)
            return
        answer = self._answer(message, request, query)
        if request.command.lower() in FETCHING:
            context.application.create_task(answer, update=update)
        else:
            await answer

    async def on_inline_query(self, update: Update, context: Context) -> None:
        query = update.inline_query
        if query is None:
            return
        typed = visible(query.query).strip()
        lang = written_language(typed) or interface_language(query.from_user.language_code)
        words = search_words(typed)
        offset = min(int(query.offset), INLINE_MAX) if query.offset.isdecimal() else 0
        next_offset = None
        bot_name = context.bot.username
        results: list[InlineQueryResultArticle] = []
        sections = await self.newsroom.section_named(words, True) if words else []
        if sections:  # "sport": that section's newest, one page of them
            articles = await self.newsroom.newest_in(sections, INLINE_RESULTS) if not offset else []
        elif words:  # Telegram asks for more (offset = next_offset) as the reader scrolls
            found = await self.newsroom.search(words, limit=INLINE_RESULTS, offset=offset)
            articles = [f.article for f in found.found + found.across][:INLINE_RESULTS]
            if found.has_more and offset + INLINE_RESULTS < INLINE_MAX:
                next_offset = str(offset + INLINE_RESULTS)
            asked = read_message(typed)
            wants = asked.wants
            answered = None
            if wants and not offset:
                answered = await answer_search(
                    self.newsroom, found, words, wants, asked.speaker, asked.verb
                )
            if answered is not None:  # a question: its answer first, to send on
                results.append(self._inline_answer(*answered, lang, bot_name))
        else:
            articles = [a for a, _ in await self.newsroom.latest_reports(INLINE_RESULTS)]
        results += [self._inline_result(a, lang, bot_name) for a in articles]
        await query.answer(results, cache_time=30, is_personal=False, next_offset=next_offset)

    async def on_error(self, update: object, context: Context) -> None:
        """Log what broke; tell the user only that something did. Polling's
        own troubles (no update) are said plainly: another copy of the bot
        reading updates, or Telegram out of reach for a while (PTB retries)."""
        if update is None and isinstance(context.error, Conflict):
            log.error(
                "another copy of the bot is reading updates with this token (Telegram gives"
                " them to one at a time): stop the other copy"
            )
            return
        if update is None and isinstance(context.error, NetworkError):
            log.warning("Telegram cannot be reached for now (%s); trying again", context.error)
            return
        log.error("update failed: %r", context.error, exc_info=context.error)
        if not isinstance(update, Update) or update.effective_message is None:
            return
        chat = update.effective_chat
        if chat is None or chat.type == ChatType.CHANNEL:
            return
        user = update.effective_user
        try:
            lang = await self.newsroom.language(chat.id, user.language_code if user else None)
            await self._send(update.effective_message, Reply().add(text("error", lang)))
        except Exception:  # the failure may be the database or Telegram itself
            log.exception("could not tell the user about the failure")

    # ---- drawing replies --------------------------------------------------

    async def _send(self, anchor: Message, reply: Reply) -> list[int]:
        """Send `reply` to the chat (and forum topic) `anchor` came from."""
        thread = anchor.message_thread_id if anchor.is_topic_message else None
        return await self._send_to(anchor.get_bot(), anchor.chat_id, reply, thread)

    async def _send_to(
        self, bot: Bot, chat_id: int, reply: Reply, thread: int | None = None
    ) -> list[int]:
        """The ids of the messages sent."""
        messages = render_messages(reply)
        markup = await self._keyboard(reply.buttons)
        sent = []
        for number, html in enumerate(messages, start=1):
            last = number == len(messages)
            message = await bot.send_message(
                chat_id,
                html,
                message_thread_id=thread,
                reply_markup=markup if last else None,
                link_preview_options=_preview(reply) if number == 1 else NO_PREVIEW,
            )
            sent.append(message.message_id)
        return sent

    async def _replace(self, message: Message, reply: Reply) -> None:
        """Show a button's answer in place of the message it was on (paging);
        one too long to fit there, as a new message."""
        bot = message.get_bot()
        if not await self._edit(bot, message.chat_id, message.message_id, reply, NO_PREVIEW):
            await self._send(message, reply)

    async def _edit(
        self, bot: Bot, chat_id: int, message_id: int, reply: Reply, preview: LinkPreviewOptions
    ) -> bool:
        """Show `reply` in place of a message of ours; False when it takes
        several messages. The same answer again (a button pressed twice, a
        message edited back) leaves the message as it is."""
        messages = render_messages(reply)
        if len(messages) != 1:
            return False
        try:
            await bot.edit_message_text(
                messages[0],
                chat_id=chat_id,
                message_id=message_id,
                reply_markup=await self._keyboard(reply.buttons),
                link_preview_options=preview,
            )
        except BadRequest as error:
            if "not modified" not in str(error).lower():
                raise
        return True

    async def _keyboard(self, buttons: list[list[Button]]) -> InlineKeyboardMarkup | None:
        if not buttons:
            return None
        rows = [
            [
                InlineKeyboardButton(b.label, callback_data=await self._callback_data(b.command))
                for b in row
            ]
            for row in buttons
        ]
        return InlineKeyboardMarkup(rows)

    async def _callback_data(self, command: str) -> str:
        """The command itself when it fits on a button, else a stored key for it."""
        if len(command.encode()) <= CALLBACK_LIMIT and not command.startswith("k:"):
            return command
        return f"k:{await self.newsroom.storage.button_key(command)}"

    async def _list_replied(self, message: Message) -> tuple[str, tuple[int, ...]]:
        """The next-page command of a list of ours the message replies to
        ("more" under search results turns their page), else ""; and the
        articles its numbered buttons open ("the second one" under it)."""
        replied = message.reply_to_message
        markup = replied.reply_markup if replied else None
        if markup is None:
            return "", ()
        labelled = [
            (b.text, await self._button_command(b.callback_data))
            for row in markup.inline_keyboard
            for b in row
            if isinstance(b.callback_data, str)
        ]
        commands = [(label, command) for label, command in labelled if command]
        return next_page_of(c for _, c in commands), items_of(commands)

    async def _button_command(self, data: str | None) -> str | None:
        if not data:
            return None
        if data.startswith("k:"):
            key = data[2:]
            return await self.newsroom.storage.button_command(int(key)) if key.isdecimal() else None
        return data

    def _inline_answer(
        self, got: Answer, article: Article, lang: str, bot_name: str | None
    ) -> InlineQueryResultArticle:
        """The answer to a question asked inline: the sentence that answers it
        and where it is from, to send into the chat."""
        html = render_messages(Reply(answer_blocks(got, article, lang)))[0]
        return InlineQueryResultArticle(
            id=f"answer{article.id}",
            title=shorten(got.text, 200),
            description=f"{text('answer.title', lang)} · {shorten(article.title, 100)}",
            input_message_content=InputTextMessageContent(
                html, parse_mode=ParseMode.HTML, link_preview_options=NO_PREVIEW
            ),
            reply_markup=_open_markup(bot_name, article.id, lang),
        )

    def _inline_result(
        self, article: Article, lang: str, bot_name: str | None
    ) -> InlineQueryResultArticle:
        """A search result that, chosen, posts the article's card with its summary."""
        card = article_summary(self.newsroom, Target(article), lang)
        card.buttons = []
        html = render_messages(card)[0]
        markup = _open_markup(bot_name, article.id, lang)
        description = " · ".join(p for p in (article.source, article.published_at[:10]) if p)
        return InlineQueryResultArticle(
            id=str(article.id),
            title=shorten(article.title, 200),
            description=description or None,
            input_message_content=InputTextMessageContent(
                html, parse_mode=ParseMode.HTML, link_preview_options=_preview(card)
            ),
            reply_markup=markup,
        )


def _open_markup(bot_name: str | None, article_id: int, lang: str) -> InlineKeyboardMarkup | None:
    """A button that opens the article in a chat with the bot."""
    if not bot_name:
        return None
    link = _deep_link(bot_name, article_id)
    return InlineKeyboardMarkup([[InlineKeyboardButton(text("button.open", lang), url=link)]])


def _answerable(update: Update, bot_id: int, bot_name: str) -> bool:
    """Whether the bot would answer this update: a button, any private
    message, a command in a group that names no other bot, or words in a
    group meant for the bot."""
    if update.callback_query is not None:
        return True
    message = update.message or update.edited_message
    if message is None or message.from_user is None:
        return False
    if message.chat.type == ChatType.PRIVATE:
        return True
    said = visible(message.text or "")
    if not said.startswith("/"):
        return addressed_in_group(message, bot_id, bot_name) is not None
    to = addressee(said)
    return to is None or to.lower() == bot_name.lower()


def _preview(reply: Reply) -> LinkPreviewOptions:
    """A preview only for a single article's card, and only of that article."""
    if reply.preview_url:
        return LinkPreviewOptions(url=reply.preview_url, prefer_small_media=True)
    return NO_PREVIEW


def build_application(settings: Settings) -> Application[Any, Any, Any, Any, Any, Any]:
    return TelegramBot(settings).build()


def webhook_options(settings: Settings) -> dict[str, Any]:
    """How the webhook server listens: the path of WEBHOOK_URL, checked by its secret."""
    if not settings.webhook_url or not settings.webhook_secret:
        raise ValueError("webhook mode needs both WEBHOOK_URL and WEBHOOK_SECRET")
    return {
        "listen": settings.webhook_listen,
        "port": settings.webhook_port,
        "url_path": urlparse(settings.webhook_url).path.lstrip("/"),
        "webhook_url": settings.webhook_url,
        "secret_token": settings.webhook_secret,
        "allowed_updates": ALLOWED_UPDATES,
    }


class StartFailed(Exception):
    """The bot could not start talking to Telegram; the message says why."""


def run(settings: Settings) -> int:
    """Serve Telegram until stopped: a webhook when WEBHOOK_URL is set, else long polling.

    A wrong token or an unreachable Bot API ends start-up (PTB's first call,
    getMe) with StartFailed, saying what to check, not with a traceback."""
    app = build_application(settings)
    try:
        if settings.webhook_url:
            app.run_webhook(**webhook_options(settings))
        else:
            app.run_polling(allowed_updates=ALLOWED_UPDATES)
    except InvalidToken as error:
        raise StartFailed(
            "Telegram refused the bot token (TELEGRAM_BOT_TOKEN): check it with @BotFather."
            " With no token set, the console chat runs instead."
        ) from error
    except NetworkError as error:
        said = str(error).replace(settings.telegram_token or "\0", "<token>")
        raise StartFailed(
            f"Could not reach the Telegram Bot API at {settings.telegram_api_url} ({said})."
            " Check the network, or TELEGRAM_API_URL."
        ) from error
    return 0


def _for_chat(button: Button, target: str) -> Button:
    """A button of a reply made for another chat (`/subscribe @channel ...`),
    its command naming that chat when it is one that may."""
    command, language = button_language(button.command)
    name, _, args = command.partition(" ")
    if name.lower() not in FOR_ANOTHER_CHAT:
        return button
    command = f"{name} {target} {args}".rstrip()
    return replace(button, command=answered_in(command, language) if language else command)


def _deep_link(bot_name: str, number: int | None) -> str:
    """The link that opens a private chat with the bot, on article `number` if given."""
    return deep_link(bot_name, article_payload(number) if number is not None else "")
