"""Running the bot against the fake Bot API server: shared by the end-to-end tests."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import socket
import sys
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

from telegram.error import TelegramError
from telegram.ext import Application

from bot.config import Settings
from bot.telegram.app import ALLOWED_UPDATES, build_application
from tests import fake_telegram as tg
from tests.fake_telegram import Call, FakeTelegram

App = Application[Any, Any, Any, Any, Any, Any]


def settings_for(fake: FakeTelegram, db: Path, **extra: Any) -> Settings:
    return Settings(
        db_path=str(db), telegram_token=fake.token, telegram_api_url=fake.api_url, **extra
    )


async def start_polling(app: App) -> None:
    """What Application.run_polling does, without taking over the event loop."""
    await app.initialize()
    if app.post_init:
        await app.post_init(app)
    assert app.updater is not None

    def polling_failed(error: TelegramError) -> None:  # as run_polling passes it on
        app.create_task(app.process_error(error=error, update=None))

    await app.updater.start_polling(
        allowed_updates=ALLOWED_UPDATES, timeout=5, error_callback=polling_failed
    )
    await app.start()


async def stop(app: App) -> None:
    assert app.updater is not None
    if app.updater.running:
        await app.updater.stop()
    await app.stop()
    await app.shutdown()
    if app.post_shutdown:
        await app.post_shutdown(app)


async def say(fake: FakeTelegram, text: str | None, chat: int = 111, **options: Any) -> Call:
    """Send a message as a user and wait for the bot's first answer in that chat."""
    start = len(fake.calls)
    await fake.push(tg.message(text, chat, **options))
    return await fake.wait_for("sendMessage", lambda c: c.params["chat_id"] == chat, after=start)


async def silence(fake: FakeTelegram, update: dict[str, Any], chat: int = 111) -> None:
    start = len(fake.calls)
    await fake.push(update)
    await fake.quiet(0.6)
    assert fake.sent(chat, after=start) == []


def buttons(call: Call) -> list[tuple[str, str]]:
    markup = call.params.get("reply_markup") or {"inline_keyboard": []}
    return [
        (b["text"], b.get("callback_data") or b["url"])
        for row in markup["inline_keyboard"]
        for b in row
    ]


async def press(fake: FakeTelegram, call: Call, label: str, answer: str = "sendMessage") -> Call:
    """Press the button labelled `label` under the message `call` sent, and
    wait for the bot's `answer` (a new message, or an edit of that one)."""
    [data] = [data for text, data in buttons(call) if text == label]
    start = len(fake.calls)
    await fake.push(tg.callback(data, call.result))
    return await fake.wait_for(answer, after=start)


@contextlib.asynccontextmanager
async def telegram_bot(fake: FakeTelegram, settings: Settings) -> AsyncIterator[None]:
    """The real application polling the stand-in Bot API, stopped after the test."""
    app = build_application(settings)
    await start_polling(app)
    try:
        yield
    finally:
        await fake.release_polls()
        await stop(app)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


async def run_bot(fake: FakeTelegram, db: Path, **env: str) -> asyncio.subprocess.Process:
    """`newsroom-bot run` as an operator starts it, pointed at the fake server."""
    environ = {k: v for k, v in os.environ.items() if not k.startswith(("WEBHOOK_", "TELEGRAM_"))}
    environ.update(
        {
            "TELEGRAM_BOT_TOKEN": fake.token,
            "TELEGRAM_API_URL": fake.api_url,
            "NEWSROOM_DB": str(db),
            "LOG_LEVEL": "INFO",
            **env,
        }
    )
    with log_file(db).open("ab") as log:  # a file, so a chatty bot never blocks on a pipe
        return await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "run", env=environ, cwd=db.parent, stdout=log, stderr=log
        )


def log_file(db: Path) -> Path:
    return db.with_suffix(".log")


async def finish(process: asyncio.subprocess.Process, db: Path) -> str:
    """Stop the bot as a service manager would; its log, checked for the token."""
    process.send_signal(signal.SIGTERM)
    await asyncio.wait_for(process.wait(), 30)
    log = log_file(db).read_text(encoding="utf-8", errors="replace")
    assert process.returncode == 0, log
    assert "TEST-token" not in log
    return log
