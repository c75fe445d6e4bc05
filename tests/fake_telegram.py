"""A stand-in for the Telegram Bot API over real HTTP on 127.0.0.1, for end-to-end tests.

It speaks the wire protocol python-telegram-bot speaks to Telegram: form
fields in, {"ok": ..., "result": ...} out. It keeps what the bot sent, feeds
it updates by long polling or by posting to its webhook, and refuses what
Telegram refuses (malformed HTML, over-long texts and callback data, unknown
methods), so a test passing here means the bot would pass there.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import aiohttp
from aiohttp import web

TOKEN = "4242:TEST-token-never-logged"
BOT = {
    "id": 4242,
    "is_bot": True,
    "first_name": "Newsroom",
    "username": "NewsroomTestBot",
    "can_join_groups": True,
    "can_read_all_group_messages": False,
    "supports_inline_queries": True,
}
# Parameters Telegram takes as plain strings; every other one arrives JSON-encoded.
_STRINGS = {
    "text",
    "parse_mode",
    "url",
    "secret_token",
    "callback_query_id",
    "inline_query_id",
    "inline_message_id",
    "language_code",
    "next_offset",
}
_ALLOWED_TAGS = {
    "b",
    "strong",
    "i",
    "em",
    "u",
    "ins",
    "s",
    "strike",
    "del",
    "a",
    "code",
    "pre",
    "blockquote",
    "tg-spoiler",
    "span",
    "tg-emoji",
}
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[a-z-]+(?:=\"[^\"<>]*\")?)*)\s*>")
_ENTITY = re.compile(r"&(?:lt|gt|amp|quot|#\d{1,7}|#x[0-9a-fA-F]{1,6});")
_COMMAND_NAME = re.compile(r"^[a-z0-9_]{1,32}$")


class ApiError(Exception):
    def __init__(
        self,
        code: int,
        description: str,
        retry_after: int | None = None,
        migrate_to: int | None = None,
    ) -> None:
        super().__init__(description)
        self.code = code
        self.description = description
        self.retry_after = retry_after
        self.migrate_to = migrate_to


def parse_html(html: str) -> str:
    """The text Telegram would show for `html`; ApiError where Telegram refuses it."""
    out: list[str] = []
    stack: list[str] = []
    i = 0
    while i < len(html):
        ch = html[i]
        if ch == "<":
            match = _TAG.match(html, i)
            if not match or match.group(2).lower() not in _ALLOWED_TAGS:
                raise ApiError(400, f"Bad Request: can't parse entities: unsupported tag at {i}")
            closing, name = match.group(1) == "/", match.group(2).lower()
            if closing:
                if not stack or stack.pop() != name:
                    raise ApiError(400, f"Bad Request: can't parse entities: unmatched </{name}>")
            else:
                if name == "a" and 'href="' not in match.group(3):
                    raise ApiError(400, "Bad Request: can't parse entities: <a> without href")
                stack.append(name)
            i = match.end()
        elif ch == "&":
            match = _ENTITY.match(html, i)
            if not match:
                raise ApiError(400, f"Bad Request: can't parse entities: bare & at {i}")
            out.append(_unescape(match.group(0)))
            i = match.end()
        elif ch == ">":
            raise ApiError(400, f"Bad Request: can't parse entities: unexpected > at {i}")
        else:
            out.append(ch)
            i += 1
    if stack:
        raise ApiError(400, f"Bad Request: can't parse entities: <{stack[-1]}> not closed")
    return "".join(out)


def _unescape(entity: str) -> str:
    named = {"&lt;": "<", "&gt;": ">", "&amp;": "&", "&quot;": '"'}
    if entity in named:
        return named[entity]
    number = entity[2:-1]
    return chr(int(number[1:], 16) if number.startswith("x") else int(number))


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


@dataclass
class Call:
    """One request the bot made."""

    method: str
    params: dict[str, Any]
    result: Any = None


@dataclass
class Failure:
    """An error to answer instead of the real result, `times` times."""

    method: str
    code: int
    description: str
    retry_after: int | None = None
    migrate_to: int | None = None
    times: int = 1
    chat_id: int | None = None  # only calls for this chat fail


@dataclass
class FakeTelegram:
    """The fake server's state; `start()` serves it on a free loopback port."""

    token: str = TOKEN
    calls: list[Call] = field(default_factory=list)
    updates: list[dict[str, Any]] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    webhook: dict[str, Any] | None = None
    commands: dict[tuple[str, str], list[dict[str, Any]]] = field(default_factory=dict)
    delays: dict[str, float] = field(default_factory=dict)  # seconds before answering
    # Chats the bot can look up (getChat), by id and by "@username", and who is
    # what in them (getChatMember): (chat id, user id) -> status.
    chats: dict[int | str, dict[str, Any]] = field(default_factory=dict)
    members: dict[tuple[int, int], str] = field(default_factory=dict)
    # Files users sent, by file_id: what getFile names and the file URL serves.
    files: dict[str, bytes] = field(default_factory=dict)
    port: int = 0

    def __post_init__(self) -> None:
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(1000)
        self._changed = asyncio.Condition()
        self._messages: dict[tuple[int, int], dict[str, Any]] = {}
        self._runner: web.AppRunner | None = None
        self._client: aiohttp.ClientSession | None = None
        self._delivery: asyncio.Task[None] | None = None
        self._releasing = False

    # ---- running ----------------------------------------------------------

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def start(self) -> None:
        app = web.Application()
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        app.router.add_get("/file/bot{token}/documents/{file_id}", self._download)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self._client = aiohttp.ClientSession()

    async def release_polls(self) -> None:
        """Answer long polls at once from now on, so a stopping bot need not wait
        out its polling timeout (a new getMe, a new bot, ends this)."""
        async with self._changed:
            self._releasing = True
            self._changed.notify_all()

    async def stop(self) -> None:
        await self.release_polls()
        if self._delivery:
            self._delivery.cancel()
        async with self._changed:
            self._changed.notify_all()
        if self._client:
            await self._client.close()
        if self._runner:
            await self._runner.cleanup()

    # ---- what tests do ------------------------------------------------------

    async def push(self, update: dict[str, Any]) -> dict[str, Any]:
        """Queue an update (given without update_id) for the bot."""
        update = {"update_id": next(self._update_ids), **update}
        async with self._changed:
            self.updates.append(update)
            self._changed.notify_all()
        return update

    def fail(self, method: str, code: int, description: str, **options: Any) -> None:
        self.failures.append(Failure(method, code, description, **options))

    async def wait_for(
        self,
        method: str,
        where: Callable[[Call], bool] = lambda call: True,
        after: int = 0,
        within: float = 10.0,
    ) -> Call:
        """The first call of `method` (from index `after`) matching `where`."""
        deadline = time.monotonic() + within
        async with self._changed:
            while True:
                for call in self.calls[after:]:
                    if call.method == method and where(call):
                        return call
                left = deadline - time.monotonic()
                if left <= 0:
                    seen = [c.method for c in self.calls]
                    raise AssertionError(f"no {method} call within {within}s; calls: {seen}")
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._changed.wait(), left)

    async def quiet(self, seconds: float = 0.5) -> None:
        """Let the bot work for a moment (to show that it sends nothing)."""
        await asyncio.sleep(seconds)

    def sent(self, chat_id: int | None = None, after: int = 0) -> list[Call]:
        return [
            c
            for c in self.calls[after:]
            if c.method in ("sendMessage", "editMessageText")
            and (chat_id is None or c.params.get("chat_id") == chat_id)
        ]

    # ---- serving ------------------------------------------------------------

    async def _handle(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return _error(ApiError(401, "Unauthorized"))
        method = request.match_info["method"]
        params = await _params(request)
        if method in self.delays:
            await asyncio.sleep(self.delays[method])
        try:
            self._injected_failure(method, params)
            handler = getattr(self, "_api_" + method, None)
            if handler is None:
                raise ApiError(400, f"Bad Request: method {method} not found")
            result = await handler(params)
        except ApiError as error:
            await self._record(Call(method, params, error))
            return _error(error)
        if method != "getUpdates":
            await self._record(Call(method, params, result))
        return web.json_response({"ok": True, "result": result})

    async def _download(self, request: web.Request) -> web.Response:
        """A file's bytes, at the address getFile's file_path names."""
        if request.match_info["token"] != self.token:
            return web.Response(status=401)
        data = self.files.get(request.match_info["file_id"])
        return web.Response(body=data) if data is not None else web.Response(status=404)

    def _injected_failure(self, method: str, params: dict[str, Any]) -> None:
        for failure in self.failures:
            if failure.method != method or failure.times <= 0:
                continue
            if failure.chat_id is not None and params.get("chat_id") != failure.chat_id:
                continue
            failure.times -= 1
            raise ApiError(
                failure.code, failure.description, failure.retry_after, failure.migrate_to
            )

    async def _record(self, call: Call) -> None:
        async with self._changed:
            self.calls.append(call)
            self._changed.notify_all()

    # ---- the methods ----------------------------------------------------------

    async def _api_getFile(self, params: dict[str, Any]) -> dict[str, Any]:
        file_id = str(params.get("file_id"))
        if file_id not in self.files:
            raise ApiError(400, "Bad Request: invalid file_id")
        size = len(self.files[file_id])
        if size > 20 * 1024 * 1024:
            raise ApiError(400, "Bad Request: file is too big")
        path = f"documents/{file_id}"
        return {"file_id": file_id, "file_unique_id": file_id, "file_size": size, "file_path": path}

    async def _api_getMe(self, params: dict[str, Any]) -> dict[str, Any]:
        self._releasing = False
        return BOT

    async def _api_getUpdates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        if self.webhook is not None:
            raise ApiError(409, "Conflict: can't use getUpdates method while webhook is active")
        offset = int(params.get("offset") or 0)
        timeout = float(params.get("timeout") or 0)
        limit = int(params.get("limit") or 100)
        deadline = time.monotonic() + timeout
        async with self._changed:
            while True:
                # Confirming an offset forgets every earlier update, as Telegram does.
                self.updates = [u for u in self.updates if u["update_id"] >= offset]
                if self.updates or self._releasing or time.monotonic() >= deadline:
                    return self.updates[:limit]
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._changed.wait(), deadline - time.monotonic())

    async def _api_sendMessage(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = int(params["chat_id"])
        shown = self._check_text(params)
        self._check_markup(params.get("reply_markup"))
        message_id = next(self._message_ids)
        message: dict[str, Any] = {
            "message_id": message_id,
            "date": int(time.time()),
            "chat": self._chat_of(chat_id),
            "from": BOT,
            "text": shown,
        }
        if params.get("message_thread_id"):
            message["message_thread_id"] = int(params["message_thread_id"])
            message["is_topic_message"] = True
        if params.get("reply_markup"):
            message["reply_markup"] = params["reply_markup"]
        self._messages[(chat_id, message_id)] = message
        return message

    async def _api_editMessageText(self, params: dict[str, Any]) -> dict[str, Any] | bool:
        shown = self._check_text(params)
        self._check_markup(params.get("reply_markup"))
        if params.get("inline_message_id"):
            return True
        key = (int(params["chat_id"]), int(params["message_id"]))
        message = self._messages.get(key)
        if message is None:
            raise ApiError(400, "Bad Request: message to edit not found")
        markup = params.get("reply_markup")
        if message["text"] == shown and message.get("reply_markup") == markup:
            raise ApiError(400, "Bad Request: message is not modified")
        message.update(text=shown, edit_date=int(time.time()))
        if markup:
            message["reply_markup"] = markup
        return message

    def _chat_of(self, chat_id: int) -> dict[str, Any]:
        """A message's chat: one added with add_chat (a channel), else a private
        chat or a supergroup by the sign of the id."""
        known = self.chats.get(chat_id)
        if known is not None:
            return dict(known)
        return {"id": chat_id, "type": "private" if chat_id > 0 else "supergroup"}

    def add_chat(self, chat_id: int, kind: str, title: str, username: str | None = None) -> None:
        chat = {"id": chat_id, "type": kind, "title": title}
        if username:
            chat["username"] = username
            self.chats["@" + username] = chat
        self.chats[chat_id] = chat

    async def _api_getChat(self, params: dict[str, Any]) -> dict[str, Any]:
        chat = self.chats.get(params["chat_id"])
        if chat is None:
            raise ApiError(400, "Bad Request: chat not found")
        gifts = dict.fromkeys(
            ("unlimited_gifts", "limited_gifts", "unique_gifts", "premium_subscription"), False
        )
        gifts["gifts_from_channels"] = False
        return {
            **chat,
            "accent_color_id": 0,
            "max_reaction_count": 11,
            "accepted_gift_types": gifts,
        }

    async def _api_getChatMember(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id, user_id = int(params["chat_id"]), int(params["user_id"])
        if chat_id not in self.chats:
            raise ApiError(400, "Bad Request: chat not found")
        status = self.members.get((chat_id, user_id), "left")
        member: dict[str, Any] = {
            "status": status,
            "user": {**user(user_id), "is_bot": user_id == BOT["id"]},
        }
        if status == "creator":
            member["is_anonymous"] = False
        if status == "administrator":
            rights = (
                "can_be_edited is_anonymous can_manage_chat can_delete_messages "
                "can_manage_video_chats can_restrict_members can_promote_members can_change_info "
                "can_invite_users can_post_stories can_edit_stories can_delete_stories"
            ).split()
            member.update(dict.fromkeys(rights, False), can_post_messages=True)
        return member

    async def _api_answerCallbackQuery(self, params: dict[str, Any]) -> bool:
        if len(params.get("text") or "") > 200:
            raise ApiError(400, "Bad Request: text is too long")
        return True

    async def _api_answerInlineQuery(self, params: dict[str, Any]) -> bool:
        results = params.get("results") or []
        if len(results) > 50:
            raise ApiError(400, "Bad Request: too many inline query results")
        for result in results:
            if not 1 <= len(result["id"].encode()) <= 64:
                raise ApiError(400, "Bad Request: RESULT_ID_INVALID")
            content = result["input_message_content"]
            self._check_text({"text": content["message_text"], **content})
            self._check_markup(result.get("reply_markup"))
        return True

    async def _api_setMyCommands(self, params: dict[str, Any]) -> bool:
        commands = params["commands"]
        for command in commands:
            if not _COMMAND_NAME.match(command["command"]):
                raise ApiError(400, "Bad Request: BOT_COMMAND_INVALID")
            if not 1 <= len(command["description"]) <= 256:
                raise ApiError(400, "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID")
        scope = params.get("scope") or {"type": "default"}
        where = f"chat:{scope['chat_id']}" if "chat_id" in scope else scope["type"]
        self.commands[(where, params.get("language_code") or "")] = commands
        return True

    async def _api_setWebhook(self, params: dict[str, Any]) -> bool:
        self.webhook = params
        if self._delivery is None or self._delivery.done():
            self._delivery = asyncio.create_task(self._deliver())
        return True

    async def _api_deleteWebhook(self, params: dict[str, Any]) -> bool:
        self.webhook = None
        if self._delivery:
            self._delivery.cancel()
        return True

    # ---- checks Telegram makes --------------------------------------------------

    def _check_text(self, params: dict[str, Any]) -> str:
        text = params.get("text") or ""
        shown = parse_html(text) if params.get("parse_mode") == "HTML" else text
        if not shown.strip():
            raise ApiError(400, "Bad Request: message text is empty")
        if _utf16_len(shown) > 4096:
            raise ApiError(400, "Bad Request: message is too long")
        return shown

    def _check_markup(self, markup: Any) -> None:
        if not markup:
            return
        for row in markup["inline_keyboard"]:
            for button in row:
                data = button.get("callback_data")
                if data is not None and not 1 <= len(data.encode()) <= 64:
                    raise ApiError(400, "Bad Request: BUTTON_DATA_INVALID")
                if data is None and "url" not in button:
                    raise ApiError(400, "Bad Request: button has no action")

    # ---- webhook delivery -----------------------------------------------------

    async def _deliver(self) -> None:
        """Post each queued update to the webhook until it answers 200."""
        assert self._client is not None
        while self.webhook is not None:
            async with self._changed:
                while not self.updates:
                    await self._changed.wait()
                update = self.updates[0]
            headers = {}
            if self.webhook.get("secret_token"):
                headers["X-Telegram-Bot-Api-Secret-Token"] = self.webhook["secret_token"]
            try:
                async with self._client.post(
                    self.webhook["url"], json=update, headers=headers
                ) as response:
                    delivered = response.status == 200
            except aiohttp.ClientError:
                delivered = False
            if delivered:
                async with self._changed:
                    self.updates.remove(update)
            else:
                await asyncio.sleep(0.1)


async def _params(request: web.Request) -> dict[str, Any]:
    if request.content_type == "application/json":
        raw: dict[str, Any] = await request.json()
        return raw
    form = await request.post() if request.can_read_body else request.query
    params: dict[str, Any] = {}
    for key, value in form.items():
        if not isinstance(value, str):
            continue
        params[key] = value if key in _STRINGS else _json(value)
    return params


def _json(value: str) -> Any:
    try:
        return json.loads(value)
    except ValueError:
        return value


def _error(error: ApiError) -> web.Response:
    body: dict[str, Any] = {
        "ok": False,
        "error_code": error.code,
        "description": error.description,
    }
    if error.retry_after is not None:
        body["parameters"] = {"retry_after": error.retry_after}
    if error.migrate_to is not None:
        body["parameters"] = {"migrate_to_chat_id": error.migrate_to}
    return web.json_response(body, status=error.code)


# ---- updates as Telegram sends them ---------------------------------------------------


def user(user_id: int = 111, language: str = "en", name: str = "Reader") -> dict[str, Any]:
    return {"id": user_id, "is_bot": False, "first_name": name, "language_code": language}


def message(
    text: str | None,
    chat_id: int = 111,
    *,
    chat_type: str = "private",
    sender: dict[str, Any] | None = None,
    thread: int | None = None,
    reply_to: dict[str, Any] | None = None,
    message_id: int = 1,
    extra: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """A message update; commands get their bot_command entity as Telegram adds it."""
    sender = sender or user(chat_id if chat_id > 0 else 111)
    chat: dict[str, Any] = {"id": chat_id, "type": chat_type}
    if chat_type != "private":
        chat.update(title="Newsroom readers", is_forum=thread is not None)
    body: dict[str, Any] = {
        "message_id": message_id,
        "date": int(time.time()),
        "chat": chat,
        "from": sender,
    }
    if text is not None:
        body["text"] = text
        command = re.match(r"/[A-Za-z0-9_@]+", text)
        if command:
            length = _utf16_len(command.group(0))
            body["entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
    if thread is not None:
        body.update(message_thread_id=thread, is_topic_message=True)
    if reply_to is not None:
        body["reply_to_message"] = reply_to
    body.update(extra or {})
    return {"message": body}


def edited(text: str, chat_id: int = 111, *, message_id: int, **options: Any) -> dict[str, Any]:
    """The update Telegram sends when a user edits message `message_id` to `text`."""
    body = message(text, chat_id, message_id=message_id, **options)["message"]
    return {"edited_message": {**body, "edit_date": int(time.time())}}


def document(
    telegram: FakeTelegram, name: str, data: bytes, chat_id: int = 111, **options: Any
) -> dict[str, Any]:
    """A message with a file, which the fake serves to getFile and its URL."""
    file_id = f"doc{len(telegram.files) + 1}"
    telegram.files[file_id] = data
    sent = {
        "file_id": file_id,
        "file_unique_id": file_id,
        "file_name": name,
        "file_size": len(data),
    }
    return message(None, chat_id, extra={"document": sent, **options.pop("extra", {})}, **options)


def callback(
    data: str, on_message: dict[str, Any], sender: dict[str, Any] | None = None
) -> dict[str, Any]:
    """A button press on a message the bot sent."""
    return {
        "callback_query": {
            "id": f"cb{time.monotonic_ns()}",
            "from": sender or user(on_message["chat"]["id"]),
            "chat_instance": "ci1",
            "message": on_message,
            "data": data,
        }
    }


def inline_query(
    query: str, sender: dict[str, Any] | None = None, offset: str = ""
) -> dict[str, Any]:
    return {
        "inline_query": {
            "id": f"iq{time.monotonic_ns()}",
            "from": sender or user(),
            "query": query,
            "offset": offset,
        }
    }
