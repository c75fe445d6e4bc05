"""The newsroom-bot command and the console chat, run as a user runs them."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.harness import free_port


def run(
    args: list[str], db: Path, stdin: str = "", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
    environ.update({"NEWSROOM_DB": str(db), "NO_COLOR": "1", **(env or {})})
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=environ,
        cwd=db.parent,
        timeout=60,
    )


@pytest.fixture
def feed(tmp_path: Path) -> Path:
    path = tmp_path / "in.jsonl"
    rows = [
        {
            "id": "wire-1",
            "title": "Congress opens",
            "text": "Activists met in Brussels for the congress.",
            "url": "https://example.org/1",
            "published": "2025-06-12",
        },
        {
            "id": "wire-2",
            "title": "Rates rise",
            "text": "The central bank raised interest rates again.",
            "published": "2025-06-13",
            "category": "Business",
        },
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\nnot json\n")
    return path


def test_ingest_stats_search_show(tmp_path: Path, feed: Path) -> None:
    db = tmp_path / "cli.db"
    ingest = run(["ingest", str(feed)], db)
    assert ingest.returncode == 0
    assert ingest.stdout.splitlines()[0] == "added 2, updated 0, duplicates skipped 0, rejected 1"
    assert f"{feed}:3: invalid JSON" in ingest.stdout

    stats = json.loads(run(["stats", "--json"], db).stdout)
    assert stats["articles"] == 2 and stats["schema_version"] >= 2
    assert stats["by_category"] == {"Business": 1}
    assert "\ncategories: Business 1\n" in run(["stats"], db).stdout

    found = run(["search", "congress", "--json"], db)
    [hit] = [json.loads(line) for line in found.stdout.splitlines()]
    assert (hit["external_id"], hit["url"]) == ("wire-1", "https://example.org/1")

    shown = run(["show", "wire-2", "--json"], db)
    article = json.loads(shown.stdout)
    assert article["title"] == "Rates rise" and article["external_id"] == "wire-2"
    missing = run(["show", "999"], db)
    assert missing.returncode == 1 and "no article with id '999'" in missing.stderr


def test_backup_copies_the_database_once(tmp_path: Path, feed: Path) -> None:
    db = tmp_path / "cli.db"
    assert run(["ingest", str(feed)], db).returncode == 0
    copy = tmp_path / "backups" / "monday.db"
    done = run(["backup", str(copy)], db)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"copied {db} to {copy}: 2 articles, ")
    assert json.loads(run(["stats", "--json"], copy).stdout)["articles"] == 2
    again = run(["backup", str(copy)], db)
    assert again.returncode == 1 and "exists already" in again.stderr
    missing = run(["backup", str(tmp_path / "x.db")], tmp_path / "none.db")
    assert missing.returncode == 1 and "no database at" in missing.stderr
    assert not (tmp_path / "none.db").exists()  # a backup creates no database


def test_remove_then_the_same_article_is_not_stored_again(tmp_path: Path, feed: Path) -> None:
    db = tmp_path / "cli.db"
    assert run(["ingest", str(feed)], db).returncode == 0
    removed = run(["remove", "wire-1", "--reason", "retracted by the wire"], db)
    assert removed.returncode == 0, removed.stderr
    assert removed.stdout.startswith("removed 1 “Congress opens”: out of search")
    again = run(["ingest", str(feed)], db)
    assert again.stdout.splitlines()[0] == (
        "added 0, updated 0, duplicates skipped 1, rejected 1, skipped as removed by an editor 1"
    )
    stats = json.loads(run(["stats", "--json"], db).stdout)
    assert (stats["articles"], stats["removed"]) == (1, 1)
    assert "removed by editors: 1" in run(["stats"], db).stdout
    missing = run(["remove", "wire-1"], db)
    assert missing.returncode == 1 and "no article with id 'wire-1'" in missing.stderr
    undone = run(["remove", "--undo", "1"], db)
    assert undone.stdout.startswith("article 1 “Congress opens” may be stored again")
    back = run(["ingest", str(feed), "--json"], db)
    assert json.loads(back.stdout)["added"] == 1
    assert json.loads(run(["show", "wire-1", "--json"], db).stdout)["id"] == 3  # a new id
    assert run(["remove", "--undo", "1"], db).returncode == 1  # nothing to take back now


def test_ingest_with_worker_processes(tmp_path: Path, feed: Path) -> None:
    result = run(["ingest", "--jobs", "2", str(feed)], tmp_path / "jobs.db")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == "added 2, updated 0, duplicates skipped 0, rejected 1"


def test_ingest_fails_when_nothing_could_be_read(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text("nope\n")
    result = run(["ingest", str(bad), "--json"], tmp_path / "x.db")
    assert result.returncode == 1
    assert json.loads(result.stdout)["rejected"][0]["where"] == f"{bad}:1"


def test_console_chat_over_the_demo_set(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    session = "/help\n/latest 2\nVeloria\n6\n7\n2\n/read 31\n1\n/search\n/nope\nNav\u200balny\n"
    result = run([], db, stdin=session)
    out = result.stdout
    assert result.returncode == 0, result.stderr
    assert "loaded the demo set (31 articles written for this project)" in out
    assert "/search anti-war congress Brussels" in out
    assert "1. Night trains return between Port Elms and Calder" in out
    assert "Results for “Veloria”" in out
    assert "[1] [2] [3] [4] [5]  [6] More results" in out
    assert "6. " in out  # pressing [6] showed the second page
    assert "[6] [7] [8] [9]  [10] Newest first\n" in out  # the last page: no More button
    assert "/read 31 — the whole text" in out  # /help's example is the demo's filed statement
    assert "Page 1 of 2\n\n[1] Next ›" in out and "Page 2 of 2\n\n[1] ‹ Back" in out
    assert "[1] More  [2] Key facts  [3] Related" in out  # 7 opened the seventh result's card
    assert "Key facts\n\n• " in out  # and 2 pressed Key facts
    assert "What should I look for?" in out
    assert "I don't know the command /nope" in out
    assert "Results for “Navalny”" in out  # a zero-width space copied in is no letter
    assert "Traceback" not in result.stderr

    again = run(["chat"], db, stdin="/latest 1\n")
    assert "loaded the demo set" not in again.stdout
    assert "console chat over 31 articles" in again.stdout


def test_console_chat_reads_plain_words_about_the_card_last_shown(tmp_path: Path) -> None:
    session = "/summary 3\nkey facts\nmore like this\nfollow this\n"
    out = run([], tmp_path / "demo.db", stdin=session).stdout
    assert "Key facts\n\n• More than 20,000 people" in out  # of article 3, the card shown
    assert "Related to\n\nOVD-Info: over 20,000 people detained" in out
    # The related list is no card: "this" names no article there.
    assert out.rstrip().endswith(
        "Which article's story should I follow? Give its id, e.g. /follow 12."
    )


def test_console_chat_reads_an_item_of_the_list_last_shown_by_its_place(tmp_path: Path) -> None:
    session = "/latest 3\nthe second one\n"
    out = run([], tmp_path / "demo.db", stdin=session).stdout
    # /latest 3 lists ids 30, 11, 29: the second is the rate decision's card
    assert "· id 11\n\n• The Bank of Veloria kept its main interest rate" in out


def test_whoever_runs_the_console_is_an_editor(tmp_path: Path) -> None:
    # They hold the database file; Telegram users are editors only by ADMIN_IDS.
    session = "/stats\n/remove 30\n1\n/summary 30\n"
    out = run([], tmp_path / "demo.db", stdin=session).stdout
    assert "What I hold\n\nArticles: 31 (en 27, ru 4)" in out
    assert "only the bot's editors" not in out
    assert "Remove article 30, “Night trains return" in out
    assert "Removed article 30" in out and "Article 30 was removed by the editors." in out


def test_webhook_mode_needs_its_secret(tmp_path: Path) -> None:
    env = {"TELEGRAM_BOT_TOKEN": "123:abc", "WEBHOOK_URL": "https://bot.example.org/hook"}
    result = run([], tmp_path / "t.db", env=env)
    assert result.returncode == 2
    assert "webhook mode needs both WEBHOOK_URL and WEBHOOK_SECRET" in result.stderr
    assert "123:abc" not in result.stderr + result.stdout


def test_no_way_to_reach_telegram_is_said_in_one_line(tmp_path: Path) -> None:
    api = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    env = {"TELEGRAM_BOT_TOKEN": "123:abc", "TELEGRAM_API_URL": api}
    result = run([], tmp_path / "t.db", env=env)
    assert result.returncode == 1
    assert result.stderr == (
        f"newsroom-bot: Could not reach the Telegram Bot API at {api} (httpx.ConnectError: All"
        " connection attempts failed). Check the network, or TELEGRAM_API_URL.\n"
    )
    assert "123:abc" not in result.stderr + result.stdout


def test_analyze_jsonl_from_stdin(tmp_path: Path) -> None:
    rows = [
        {
            "id": "a1",
            "title": "Rates rise",
            "text": "The Bank of Veloria raised rates to 4.25% on "
            "Thursday. Governor Elena Varga said inflation was far too high. Markets fell 2%.",
        },
        {"title": "no text here"},
        {"text": "Second article without an id. It has two sentences."},
    ]
    stdin = "\n".join(json.dumps(r) for r in rows) + "\n{broken\n"
    result = run(["analyze", "--json", "--sentences", "2", "-"], tmp_path / "unused.db", stdin)
    assert result.returncode == 0, result.stderr
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in out] == ["a1", None, None, None]
    assert out[0]["summary"][0] == "The Bank of Veloria raised rates to 4.25% on Thursday."
    assert len(out[0]["summary"]) == 2
    assert any("figure" in f["kinds"] for f in out[0]["facts"])
    assert out[0]["entities"]["people"] == ["Elena Varga"]
    assert out[1] == {"id": None, "error": "no text"}
    assert out[2]["summary"]
    assert out[3]["error"].startswith("invalid JSON")
    assert not (tmp_path / "unused.db").exists()


def test_analyze_plain_text_file(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text("Some 300 activists met in Brussels on Tuesday. They discussed the war.")
    result = run(["analyze", str(path)], tmp_path / "unused.db")
    assert result.returncode == 0
    assert "Summary:" in result.stdout and "Key facts:" in result.stdout
    assert "[figure, date, place]" in result.stdout


def test_related_and_stories_on_the_demo_set(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    run(["chat"], db, stdin="")  # loads the demo set
    stories = [json.loads(line) for line in run(["stories", "--json"], db).stdout.splitlines()]
    ids = [a["id"] for s in stories for a in s["articles"]]
    assert sorted(ids) == list(range(1, 32))  # every article in exactly one story
    cup = next(s for s in stories if any(a["id"] == 23 for a in s["articles"]))
    assert {a["id"] for a in cup["articles"]} >= {22, 23}
    related = [
        json.loads(line) for line in run(["related", "23", "--json"], db).stdout.splitlines()
    ]
    assert related and related[0]["same_story"] and 23 not in [r["id"] for r in related]
    lines = run(["related", "1", "--json"], db).stdout.splitlines()
    first = json.loads(lines[0])  # the demo's Russian report of the congress
    assert (first["id"], first["language"], first["same_story"]) == (5, "ru", True)
    assert "[ru]" in run(["related", "1"], db).stdout.splitlines()[0]
    lines = run(["search", "Navalny", "--json", "--across"], db).stdout.splitlines()
    hits = [json.loads(line) for line in lines]
    assert [(hit["id"], hit["across"]) for hit in hits] == [(1, False), (5, True)]
    assert "[ru] В Брюсселе" in run(["search", "Navalny", "--across"], db).stdout
    assert "В Брюсселе" not in run(["search", "Navalny"], db).stdout  # only when asked
    assert hits[0]["respelt"] is None
    lines = run(["search", "Kestrl", "--json"], db).stdout.splitlines()
    respelt = [json.loads(line) for line in lines]
    assert respelt and {hit["respelt"] for hit in respelt} == {"Kestrel"}
    said = run(["search", "Kestrl"], db).stdout
    assert said.startswith("(no article has every word as typed; results for “Kestrel”)\n")
    assert run(["related", "nope"], db).returncode == 1
    top = [
        json.loads(line)
        for line in run(["top", "--days", "365", "--json"], db).stdout.split("\n")
        if line
    ]
    assert len(top) == 7 and top[0]["id"] == 28 and (top[0]["reports"], top[0]["sources"]) == (2, 2)
    said = run(["top"], db).stdout
    assert said == "0 stories of two reports or more in 1 day to 2025-11-25T07:00:00Z\n"


def test_console_chat_shows_updates_on_followed_topics(tmp_path: Path) -> None:
    db = tmp_path / "follow.db"
    environ = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
    environ.update({"NEWSROOM_DB": str(db), "NO_COLOR": "1"})
    chat = subprocess.Popen(
        [sys.executable, "-m", "bot", "chat"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=environ,
        cwd=tmp_path,
    )
    assert chat.stdin is not None and chat.stdout is not None
    try:
        chat.stdin.write("/subscribe Kestrel fine\n")
        chat.stdin.flush()
        lines = iter(chat.stdout.readline, "")
        assert any(line.startswith("Following “Kestrel fine”") for line in lines)
        story = tmp_path / "story.jsonl"
        story.write_text(
            json.dumps(
                {
                    "title": "Regulator will fine Kestrel Mobile over the data breach",
                    "text": "The data protection authority said it would fine Kestrel Mobile "
                    "for failing to protect the records of 2.3 million customers.",
                }
            )
            + "\n"
        )
        ingest = run(["ingest", str(story)], db)  # an editor, in another shell
        assert "queued 1 updates for followers" in ingest.stdout
        chat.stdin.write("/briefing 08:00\n")
        chat.stdin.flush()
        assert any(line.startswith("The briefing of the day's") for line in lines)
        with sqlite3.connect(db) as database:  # as if 08:00 had come
            database.execute("UPDATE chats SET briefing_due = '2000-01-01T00:00:00Z'")
        chat.stdin.write("/help\n")
        chat.stdin.close()
        rest = chat.stdout.read()
    finally:
        chat.wait(timeout=30)
    assert "New on “Kestrel fine”\n\nRegulator will fine Kestrel Mobile" in rest
    assert "Your briefing for " in rest and "1. Regulator will fine Kestrel Mobile" in rest
    stats = run(["stats"], db).stdout
    assert "topics followed: 1 in 1 chats" in stats and "daily briefings: 1 chats" in stats
    assert "updates (finished ones kept 30 days): sent 1" in stats
