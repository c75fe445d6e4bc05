from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.ingest import ingest_paths, records
from bot.ingest.files import decoded, parse_markdown, parse_plain_text
from bot.news.text import stems
from storage import Storage
from tests.conftest import NOW

SEED_LIKE = (
    "Some 300 Russian anti-war activists met in Brussels on Tuesday and Wednesday.\n"
    "The congress was the third held since the start of the invasion in February 2022.\n"
)


def jsonl(path: Path, *records: object) -> Path:
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n")
    return path


def article(n: int, **extra: object) -> dict[str, object]:
    return {
        "id": f"ext-{n}",
        "title": f"Story {n}",
        "text": f"Story number {n} tells about the congress of activists in Brussels.",
        "url": f"https://example.org/story/{n}?utm_source=feed",
        "published": "2025-06-12T10:00:00Z",
        **extra,
    }


async def test_jsonl_report_counts_every_outcome(storage: Storage, tmp_path: Path) -> None:
    path = jsonl(tmp_path / "a.jsonl", article(1), article(2), {"title": "No text"})
    with path.open("a") as handle:
        handle.write('{"title": "broken", \n')
        handle.write("[1, 2]\n")
    report = await ingest_paths(storage, [path], now=NOW)
    assert (report.added, report.updated, report.duplicates) == (2, 0, 0)
    assert report.rejected == [
        (f"{path}:3", "no text"),
        (
            f"{path}:4",
            "invalid JSON: Expecting property name enclosed in double quotes at character 22",
        ),
        (f"{path}:5", "expected a JSON object, got a list"),
    ]
    stored = await storage.articles_by_external_id("ext-1")
    assert stored[0].url == "https://example.org/story/1"
    assert stored[0].published_at == "2025-06-12T10:00:00Z"


async def test_reingest_is_idempotent_and_updates_by_url(storage: Storage, tmp_path: Path) -> None:
    path = jsonl(tmp_path / "a.jsonl", article(1), article(2))
    await ingest_paths(storage, [path], now=NOW)
    again = await ingest_paths(storage, [path], now=NOW)
    assert (again.added, again.updated, again.duplicates) == (0, 0, 2)
    changed = article(2, text="Story two was corrected: the congress met in Brussels twice.")
    jsonl(path, article(1), changed)
    third = await ingest_paths(storage, [path], now=NOW)
    assert (third.added, third.updated, third.duplicates) == (0, 1, 1)
    assert await storage.count() == 2
    # A new version with no date or source of its own (a page read after its feed
    # item) keeps those stored, not the time it was read.
    bare = {"url": changed["url"], "text": "Story two, as its page has it: the congress met."}
    jsonl(path, bare)
    await ingest_paths(storage, [path], now=NOW)
    [hit] = (await storage.search("page")).hits
    assert (hit.article.published_at, hit.article.external_id) == ("2025-06-12T10:00:00Z", "ext-2")


async def test_a_page_is_one_article_however_its_link_is_written(
    storage: Storage, tmp_path: Path
) -> None:
    # A feed gives http://www., an editor pastes https:// without www.: the same page.
    first = article(1, url="http://www.example.org/story/1")
    await ingest_paths(storage, [jsonl(tmp_path / "a.jsonl", first)], now=NOW)
    fuller = article(1, url="https://example.org/story/1", text="Story one, now in full: " * 3)
    report = await ingest_paths(storage, [jsonl(tmp_path / "b.jsonl", fuller)], now=NOW)
    assert (report.added, report.updated) == (0, 1)
    [stored] = await storage.articles_by_external_id("ext-1")
    assert stored.url == "https://example.org/story/1" and stored.text.startswith("Story one")
    other = article(2, url="https://example.org/story/2")  # another page entirely
    assert (await ingest_paths(storage, [jsonl(tmp_path / "c.jsonl", other)], now=NOW)).added == 1
    await storage.remove_article(stored.id, "a legal request", "2026-01-01T00:00:00Z")
    again = article(1, url="http://example.org/story/1", text="Yet another version of it.")
    withheld = await ingest_paths(storage, [jsonl(tmp_path / "d.jsonl", again)], now=NOW)
    assert (withheld.added, withheld.withheld) == (0, 1)


async def test_json_object_and_list(storage: Storage, tmp_path: Path) -> None:
    (tmp_path / "one.json").write_text(json.dumps(article(1)))
    (tmp_path / "many.json").write_text(json.dumps([article(2), article(3), "junk"]))
    report = await ingest_paths(storage, [tmp_path], now=NOW)
    assert report.added == 3
    assert report.rejected == [
        (f"{tmp_path / 'many.json'}[2]", "expected a JSON object, got a string")
    ]


async def test_text_and_markdown_files(storage: Storage, tmp_path: Path) -> None:
    (tmp_path / "seed.txt").write_text(SEED_LIKE)
    (tmp_path / "note.md").write_text(
        "---\nurl: https://example.org/md\npublished: 2025-05-01\nsource: Desk\n---\n"
        "# Rates rise *again*\n\nThe [central bank](https://x.example) raised rates on Thursday.\n"
    )
    report = await ingest_paths(storage, [tmp_path], now=NOW)
    assert report.added == 2 and not report.rejected
    latest = await storage.latest(5)
    by_title = {a.title: a for a in latest}
    md = by_title["Rates rise again"]
    assert md.text == "The central bank raised rates on Thursday."
    assert (md.url, md.published_at, md.source) == (
        "https://example.org/md",
        "2025-05-01T00:00:00Z",
        "Desk",
    )
    seed = by_title["Some 300 Russian anti-war activists met in Brussels on Tuesday and Wednesday"]
    assert seed.language == "en" and seed.published_at == "2026-01-15T12:00:00Z"


async def test_files_saved_in_utf16_or_windows_1251_are_read(
    storage: Storage, tmp_path: Path
) -> None:
    russian = "Суд приговорил журналиста\n\nМещанский суд приговорил Игоря Петрова к 5,5 годам."
    (tmp_path / "old.txt").write_bytes(russian.encode("cp1251"))
    notepad = "Bridge to close\n\nThe council in Port Elms voted to close the old bridge."
    (tmp_path / "notepad.txt").write_bytes(notepad.encode("utf-16"))
    line = '{"title": "Засуха", "text": "Озеро Соррел обмелело до 31%."}\n'
    (tmp_path / "lines.jsonl").write_bytes(line.encode("cp1251"))
    (tmp_path / "wide.jsonl").write_bytes(line.encode("utf-16"))
    report = await ingest_paths(storage, [tmp_path], now=NOW)
    assert report.added == 3
    assert dict(report.rejected) == {
        str(tmp_path / "wide.jsonl"): "UTF-16 text: JSON Lines must be UTF-8"
    }
    titles = {a.title: a.text for a in await storage.latest(10)}
    assert titles["Суд приговорил журналиста"].startswith("Мещанский суд приговорил Игоря")
    assert titles["Bridge to close"].startswith("The council in Port Elms")
    assert titles["Засуха"] == "Озеро Соррел обмелело до 31%."


async def test_a_saved_web_page_is_read_as_the_page(storage: Storage, tmp_path: Path) -> None:
    page = (
        '<html><head><meta charset="windows-1251"><title>Засуха</title>'
        '<link rel="canonical" href="https://example.org/ru/zasukha"></head><body>'
        "<nav>Главная Новости Спорт</nav><article><h1>Город Колдер ограничил подачу воды</h1>"
        "<p>Власти города Колдер ввели ограничения на подачу воды: уровень озера Соррел, "
        "главного источника питьевой воды, упал до 31% — это минимум с 1961 года.</p>"
        "<p>Ограничения сохранятся, пока озеро не наполнится хотя бы до 45%, сообщили в мэрии."
        "</p></article></body></html>"
    )
    (tmp_path / "saved.html").write_bytes(page.encode("cp1251"))
    (tmp_path / "menu.htm").write_text("<html><body><p>Just a menu</p></body></html>")
    report = await ingest_paths(storage, [tmp_path], now=NOW)
    assert report.added == 1
    assert dict(report.rejected) == {
        str(tmp_path / "menu.htm"): "found no article text in the page"
    }
    [article] = await storage.latest(1)
    assert article.title == "Город Колдер ограничил подачу воды"
    assert article.url == "https://example.org/ru/zasukha"  # the page's own link
    assert article.text.startswith("Власти города Колдер") and "Главная" not in article.text


def test_a_latin_text_is_not_read_as_cyrillic() -> None:
    with pytest.raises(UnicodeDecodeError):
        decoded("Café society gathers again in Paris.".encode("latin-1"))
    assert decoded("Привет, мир".encode("cp1251")) == "Привет, мир"
    assert decoded("\ufeffBOM".encode()) == "BOM"


def test_plain_text_title_heuristic() -> None:
    assert parse_plain_text("Headline here\nBody text. More.")["title"] == "Headline here"
    assert "title" not in parse_plain_text("A sentence that ends.\nMore text.")
    assert "title" not in parse_plain_text("Only one line")


def test_markdown_without_front_matter() -> None:
    fields = parse_markdown("Intro line\n\n## Sub\n\n- item one\n- item two\n")
    assert "title" not in fields
    assert fields["text"] == "Intro line\n\nSub\n\n- item one\n- item two\n"


async def test_bad_files_are_reported_and_the_rest_ingested(
    storage: Storage, tmp_path: Path
) -> None:
    jsonl(tmp_path / "good.jsonl", article(1))
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 society gathers again.".encode("latin-1"))
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "empty.jsonl").write_text("\n\n")
    (tmp_path / "huge.txt").write_text("word " * 4_200_000)  # about 20 MB
    (tmp_path / "notes.docx").write_text("ignored: not a supported type")
    (tmp_path / "README.md").write_text("# About this folder\n\nThese are the files we ingest.")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "missing-target.txt")
    report = await ingest_paths(storage, [tmp_path], now=NOW)
    reasons = dict(report.rejected)
    assert report.added == 1
    assert reasons[str(tmp_path / "latin1.txt")] == (
        "not UTF-8 text (bad byte at offset 3); save it as UTF-8"
    )
    assert reasons[str(tmp_path / "empty.txt")] == "empty file"
    assert reasons[str(tmp_path / "empty.jsonl")] == "empty file"
    assert "at most 1,000,000" in reasons[str(tmp_path / "huge.txt")]
    assert reasons[str(tmp_path / "gone.txt")] == "no such file or directory"
    assert str(tmp_path / "notes.docx") not in reasons  # unsupported files in folders are skipped
    assert await storage.count() == 1  # and so is the folder's README


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
async def test_unreadable_file_is_reported(storage: Storage, tmp_path: Path) -> None:
    secret = jsonl(tmp_path / "secret.jsonl", article(1))
    secret.chmod(0)
    report = await ingest_paths(storage, [tmp_path], now=NOW)
    assert report.rejected == [(str(secret), "permission denied")]


async def test_odd_dates_are_warnings_not_rejections(storage: Storage, tmp_path: Path) -> None:
    path = jsonl(
        tmp_path / "a.jsonl",
        article(1, published="2099-01-01"),
        article(2, published="sometime last week"),
        article(3, published="Thu, 12 Jun 2025 17:30:00 GMT"),
    )
    report = await ingest_paths(storage, [path], now=NOW)
    assert report.added == 3
    assert [w for _, w in report.warnings] == [
        "date '2099-01-01' is in the future, used the ingestion time",
        "unparseable date 'sometime last week', used the ingestion time",
    ]


async def test_missing_path_is_reported(storage: Storage, tmp_path: Path) -> None:
    report = await ingest_paths(storage, [tmp_path / "nope.jsonl"], now=NOW)
    assert report.rejected == [(str(tmp_path / "nope.jsonl"), "no such file or directory")]


async def test_odd_unicode_is_cleaned_not_lost(storage: Storage, tmp_path: Path) -> None:
    text = "Zero\u200bwidth and RTL \u05e9\u05dc\u05d5\u05dd text sit in this\x00 story."
    path = jsonl(tmp_path / "a.jsonl", {"text": text})
    report = await ingest_paths(storage, [path], now=NOW)
    assert report.added == 1
    [stored] = await storage.latest(1)
    assert stored.text == "Zerowidth and RTL שלום text sit in this story."
    assert len((await storage.search("שלום")).hits) == 1


def test_report_lines_are_readable() -> None:
    from bot.ingest import IngestReport

    report = IngestReport(added=2, duplicates=1, rejected=[("a.jsonl:3", "no text")])
    assert report.lines() == [
        "added 2, updated 0, duplicates skipped 1, rejected 1",
        "rejected:",
        "  a.jsonl:3: no text",
    ]


async def test_worker_processes_give_the_same_result(tmp_path: Path) -> None:
    rows = [article(n) for n in range(30)] + [{"title": "No text"}, article(3)]
    path = jsonl(tmp_path / "many.jsonl", *rows)
    reports = []
    for jobs in (1, 2):
        store = await Storage.open(tmp_path / f"{jobs}.db", stems)
        try:
            report = await ingest_paths(store, [path], now=NOW, jobs=jobs)
            latest = [(a.external_id, a.title, a.text, a.url) for a in await store.latest(50)]
        finally:
            await store.close()
        reports.append((report.added, report.duplicates, report.rejected, report.warnings, latest))
    assert reports[0] == reports[1]
    assert reports[1][:3] == (30, 1, [(f"{path}:31", "no text")])


@given(st.one_of(st.text(max_size=40), st.text(alphabet=st.sampled_from(" a-\t\n.é"), max_size=12)))
def test_tidy_fields_skip_the_clean_up_and_lose_nothing(value: str) -> None:
    assert records._short(value, 20) == records._cleaned(value, 20)
