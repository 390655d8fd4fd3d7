"""Runs over every input format: a mixed folder with no options, records files re-run, gzip, one file."""

from __future__ import annotations

import gzip
import json
import os
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from flows.artifacts import summary_markdown
from flows.ingest import ingest_articles
from flows.summary_text import plain_text
from tests.flows.test_incremental import sql

MIXED = Path(__file__).parents[1] / "data" / "formats" / "mixed"


def record(n: int, text: str = "") -> str:
    body = text or f"Troops and soldiers moved again on day {n} of the war at the border."
    return json.dumps({"id": f"r{n}", "title": f"Day {n}", "text": body, "date": f"2022-09-{n:02d}"})


@pytest.mark.slow
def test_mixed_folder_with_no_options(tmp_path, taxonomy_file) -> None:
    lake = tmp_path / "lake"
    english = Path(taxonomy_file).read_text().replace("[taxonomy]", '[taxonomy]\nlanguages = ["en"]')
    Path(taxonomy_file).write_text(english)
    summary = ingest_articles(source=str(MIXED), lake=str(lake), taxonomy=taxonomy_file)
    # 9 files listed (README.md left out): 7 read into articles, scan.pdf and index.html quarantined.
    assert (summary["files_seen"], summary["files_new"], summary["files_quarantined"]) == (9, 7, 2)
    assert summary["left_out"] == ["README.md"]
    assert sorted((os.path.basename(s), r) for s, r, _ in summary["quarantined"]) == [
        ("index.html", "no_article_text"), ("scan.pdf", "unsupported_format"),
    ]
    assert sorted(r for _, r, _ in summary["bad_records"]) == ["malformed_record", "malformed_record", "no_text"]
    by_format = sql(lake, "select format, count(*) from articles group by 1 order by 1")
    assert by_format == [("csv", 1), ("html", 2), ("json", 1), ("jsonl", 2), ("md", 1), ("txt", 1)]
    assert sql(lake, "select count(*) from articles where published_at is not null") == [(7,)]
    bad = "select regexp_extract(source, '[^/]+$'), record, reason from quarantine where record is not null order by 1"
    assert sql(lake, bad) == [
        ("export.csv#record=2", 2, "malformed_record"), ("wire.jsonl#record=3", 3, "malformed_record"),
        ("wire.jsonl#record=4", 4, "no_text"),
    ]
    # The French page is stored, not labelled; the run says so.
    assert summary["not_labelled"] == 1
    french = "select count(*) from paragraphs p join articles a using (article_id) where a.language = 'fr'"
    assert sql(lake, french) == [(3,)]
    assert sql(lake, "select count(*) from paragraph_themes t join articles a using (article_id) "
                     "where a.language = 'fr'") == [(0,)]
    again = ingest_articles(source=str(MIXED), lake=str(lake), taxonomy=taxonomy_file)
    assert (again["files_unchanged"], again["articles_written"], again["bad_records"]) == (9, 0, [])


@pytest.mark.slow
def test_appended_jsonl_reprocesses_only_new_and_changed_records(tmp_path, taxonomy_file) -> None:
    inbox, lake = tmp_path / "inbox", tmp_path / "lake"
    inbox.mkdir()
    feed = inbox / "feed.jsonl"
    feed.write_text("\n".join(record(n) for n in (1, 2, 3)) + "\n")
    first = ingest_articles(source=str(inbox), lake=str(lake), taxonomy=taxonomy_file)
    assert first["articles_written"] == 3
    # Two lines appended, record 2 changed, record 3 gone, a bad line added.
    lines = [record(1), record(2, "Sanctions hit trade and export prices rise."), record(4), record(5), "{oops"]
    feed.write_text("\n".join(lines) + "\n")
    second = ingest_articles(source=str(inbox), lake=str(lake), taxonomy=taxonomy_file)
    assert second["articles_written"] == 3  # records 2 (changed), 4 and 5 (new); record 1 untouched
    assert second["records_deleted"] == 1
    assert [r for _, r, _ in second["bad_records"]] == ["malformed_record"]
    current = sql(lake, "select title, record from articles order by title")
    assert current == [("Day 1", 1), ("Day 2", 2), ("Day 4", 3), ("Day 5", 4)]
    assert sql(lake, "select count(*) from paragraphs where text like '%day 3 of the war%'") == [(0,)]
    assert sql(lake, "select count(*) from quarantine") == [(1,)]
    # The bad line fixed: its quarantine row goes, the record comes in.
    feed.write_text("\n".join(lines[:-1] + [record(6)]) + "\n")
    third = ingest_articles(source=str(inbox), lake=str(lake), taxonomy=taxonomy_file)
    assert third["articles_written"] == 1
    assert sql(lake, "select count(*) from quarantine") == [(0,)]
    assert sql(lake, "select count(*), count(distinct article_id) from articles") == [(5, 5)]
    # A bad line added, then taken out: its quarantine row goes, and no article was deleted (the
    # summary said "1 records gone from their files since the last run: deleted").
    feed.write_text("\n".join(lines[:-1] + [record(6), "{oops"]) + "\n")
    assert len(ingest_articles(source=str(inbox), lake=str(lake), taxonomy=taxonomy_file)["bad_records"]) == 1
    feed.write_text("\n".join(lines[:-1] + [record(6)]) + "\n")
    fixed = ingest_articles(source=str(inbox), lake=str(lake), taxonomy=taxonomy_file)
    assert (fixed["records_deleted"], fixed["articles_written"]) == (0, 0)
    assert sql(lake, "select count(*) from quarantine") == [(0,)]
    assert sql(lake, "select count(*) from articles") == [(5,)]
    # The whole file gone with a bad record in it: its articles are deleted, its bad record is no article.
    feed.write_text("\n".join(lines[:-1] + [record(6), "{oops"]) + "\n")
    ingest_articles(source=str(inbox), lake=str(lake), taxonomy=taxonomy_file)
    feed.unlink()
    gone = ingest_articles(source=str(inbox), lake=str(lake), taxonomy=taxonomy_file)
    assert (gone["files_deleted"], gone["records_deleted"]) == (1, 5)


@pytest.mark.slow
def test_records_file_with_wrong_content_is_quarantined_whole_and_its_records_deleted(
    tmp_path, taxonomy_file
) -> None:
    inbox, lake = tmp_path / "inbox", tmp_path / "lake"
    inbox.mkdir()
    feed = inbox / "feed.jsonl"
    feed.write_text(record(1) + "\n")
    ingest_articles(source=str(inbox), lake=str(lake), taxonomy=taxonomy_file)
    feed.write_text("<html><body>Not JSON lines at all</body></html>\n")
    summary = ingest_articles(source=str(inbox), lake=str(lake), taxonomy=taxonomy_file)
    assert [(os.path.basename(s), r) for s, r, _ in summary["quarantined"]] == [("feed.jsonl", "not_records")]
    assert sql(lake, "select count(*) from articles") == [(0,)]


@pytest.mark.slow
def test_deleted_records_file_deletes_its_records(tmp_path, taxonomy_file) -> None:
    inbox, lake = tmp_path / "inbox", tmp_path / "lake"
    inbox.mkdir()
    (inbox / "feed.jsonl").write_text(record(1) + "\n" + record(2) + "\n")
    (inbox / "keep.txt").write_text("Keep\n\nTroops stay.\n")
    ingest_articles(source=str(inbox), lake=str(lake), taxonomy=taxonomy_file)
    (inbox / "feed.jsonl").unlink()
    summary = ingest_articles(source=str(inbox), lake=str(lake), taxonomy=taxonomy_file)
    assert summary["files_deleted"] == 1 and summary["records_deleted"] == 2
    assert sql(lake, "select title from articles") == [("Keep",)]


@pytest.mark.slow
def test_gzip_files_of_every_kind(tmp_path, taxonomy_file) -> None:
    inbox, lake = tmp_path / "inbox", tmp_path / "lake"
    inbox.mkdir()
    for name in ("heatwave-farmers.html", "wire.jsonl", "notes.md"):
        (inbox / f"{name}.gz").write_bytes(gzip.compress((MIXED / name).read_bytes()))
    ingest_articles(source=str(inbox), lake=str(lake), taxonomy=taxonomy_file)
    assert sql(lake, "select format, count(*) from articles group by 1 order by 1") == [
        ("html", 1), ("jsonl", 2), ("md", 1),
    ]


@pytest.mark.slow
def test_a_gzip_file_with_trailing_garbage_is_read_and_its_articles_say_so(tmp_path, taxonomy_file) -> None:
    # It was quarantined whole as corrupt_gzip ("Not a gzipped file"), its records lost.
    inbox, lake = tmp_path / "inbox", tmp_path / "lake"
    inbox.mkdir()
    # Two gzip members (a file appended to with `gzip -c >>`), then the garbage: both members are read.
    members = gzip.compress((record(1) + "\n").encode()) + gzip.compress((record(2) + "\n").encode())
    (inbox / "feed.jsonl.gz").write_bytes(members + b"<html>502 Bad Gateway</html>")
    summary = ingest_articles(source=str(inbox), lake=str(lake), taxonomy=taxonomy_file)
    assert summary["quarantined"] == []
    assert sql(lake, "select title, metadata->>'gzip_trailing_data' from articles order by 1") == [
        ("Day 1", "28 bytes after the gzip stream ignored (trailing data that is not gzip)"),
        ("Day 2", "28 bytes after the gzip stream ignored (trailing data that is not gzip)"),
    ]
    # The run says so itself, not only the articles' metadata.
    assert summary["gzip_trailing"] == [
        (str(inbox / "feed.jsonl.gz"), "28 bytes after the gzip stream ignored (trailing data that is not gzip)")]
    assert "Gzip files with data after their stream (1)" in plain_text(summary_markdown(summary))


@pytest.mark.slow
def test_a_nul_escaped_in_a_jsonl_record_reaches_no_title_paragraph_or_author(tmp_path, taxonomy_file) -> None:
    # "\u0000" in a field was decoded into the article's title, paragraphs and authors, and so into every
    # export of the lake, where a NUL byte in a text file is dropped.
    inbox, lake = tmp_path / "inbox", tmp_path / "lake"
    inbox.mkdir()
    line = r'{"id": "r1", "title": "Day\u0000 1", "text": "Troops moved\u0000 at the line.", "author": "Jo\u0000 Doe"}'
    (inbox / "feed.jsonl").write_text(line + "\n")
    ingest_articles(source=str(inbox), lake=str(lake), taxonomy=taxonomy_file)
    assert sql(lake, "select title, authors from articles") == [("Day 1", ["Jo Doe"])]
    assert sql(lake, "select text from paragraphs order by ordinal") == [("Day 1",), ("Troops moved at the line.",)]


@pytest.mark.slow
def test_a_hand_edited_json_export_is_quarantined_naming_its_trailing_comma(tmp_path, taxonomy_file) -> None:
    # The detail was json's "Expecting value at line 3", the line after the comma, with no column.
    inbox, lake = tmp_path / "inbox", tmp_path / "lake"
    inbox.mkdir()
    (inbox / "export.json").write_text('[\n  {"title": "Day 1", "text": "Troops moved at the line."},\n]\n')
    (inbox / "feed.jsonl").write_text(record(2) + "\n")
    summary = ingest_articles(source=str(inbox), lake=str(lake), taxonomy=taxonomy_file)
    detail = "not JSON: a trailing comma before ] (JSON allows none) at line 2, column 58"
    quarantined = [(os.path.basename(s), r, d) for s, r, d in summary["quarantined"]]
    assert quarantined == [("export.json", "not_records", detail)]
    assert sql(lake, "select reason, detail from quarantine") == [("not_records", detail)]
    # The run's summary says it in one line: the file, the reason and where the comma is.
    [line] = [line for line in plain_text(summary_markdown(summary)).splitlines() if "export.json" in line]
    assert "not_records" in line and line.rstrip().endswith(detail)


@pytest.mark.slow
def test_single_file_source_leaves_the_rest_of_its_folder_alone(tmp_path, taxonomy_file) -> None:
    inbox, lake = tmp_path / "inbox", tmp_path / "lake"
    shutil.copytree(MIXED, inbox)
    ingest_articles(source=str(inbox), lake=str(lake), taxonomy=taxonomy_file)
    before = sql(lake, "select count(*) from articles")
    (inbox / "wire.jsonl").write_text(record(9) + "\n")
    summary = ingest_articles(source=str(inbox / "wire.jsonl"), lake=str(lake), taxonomy=taxonomy_file)
    assert (summary["files_seen"], summary["files_deleted"], summary["articles_written"]) == (1, 0, 1)
    assert sql(lake, "select count(*) from articles") == [(before[0][0] - 2 + 1,)]
    again = ingest_articles(source=str(inbox / "wire.jsonl"), lake=str(lake), taxonomy=taxonomy_file)
    assert (again["files_unchanged"], again["articles_written"]) == (1, 0)


@pytest.mark.slow
def test_a_single_file_source_the_globs_leave_out_is_not_read_and_the_run_says_so(tmp_path, taxonomy_file) -> None:
    # `themelake run story.txt --exclude '*.txt'` ingested the file all the same.
    inbox, lake = tmp_path / "inbox", tmp_path / "lake"
    shutil.copytree(MIXED, inbox)
    source = str(inbox / "wire.jsonl")
    summary = ingest_articles(source=source, lake=str(lake), taxonomy=taxonomy_file, exclude=["*.jsonl"])
    assert (summary["files_seen"], summary["articles_written"]) == (0, 0)
    line = "nothing to read: the source wire.jsonl is one file and --exclude '*.jsonl' matches it"
    assert summary["source_left_out"] == line
    assert line in plain_text(summary_markdown(summary))
    ingest_articles(source=source, lake=str(lake), taxonomy=taxonomy_file)
    before = sql(lake, "select count(*) from articles")
    # Left out, the file the lake knows is not seen, so not deleted either (as in a folder).
    again = ingest_articles(source=source, lake=str(lake), taxonomy=taxonomy_file, include=["*.csv"])
    assert (again["files_seen"], again["files_deleted"], again["records_deleted"]) == (0, 0, 0)
    assert "no --include glob matches it ('*.csv')" in again["source_left_out"]
    assert sql(lake, "select count(*) from articles") == before


def test_cli_rejects_a_bad_field_option_in_one_line(tmp_path) -> None:
    from typer.testing import CliRunner

    from flows.cli.main import app

    result = CliRunner().invoke(app, ["run", str(MIXED), "--lake", str(tmp_path / "lake"), "--field", "body=text"])
    assert result.exit_code == 2
    assert "'body' is not one of id, title, text" in result.output and "Traceback" not in result.output
    assert not (tmp_path / "lake").exists()


@pytest.mark.slow
def test_cli_include_and_exclude_reach_the_flow(tmp_path, taxonomy_file) -> None:
    from typer.testing import CliRunner

    from flows.cli.main import app

    lake = tmp_path / "lake"
    args = ["run", str(MIXED), "--lake", str(lake), "--taxonomy", taxonomy_file]
    result = CliRunner().invoke(app, [*args, "--exclude", "*.html", "--exclude", "scan.pdf", "--include", "*.*"])
    assert result.exit_code == 0, result.output
    assert sql(lake, "select distinct format from articles order by 1") == [("csv",), ("json",), ("jsonl",), ("md",),
                                                                           ("txt",)]
    assert sql(lake, "select count(*) from quarantine where record is null") == [(0,)]


@pytest.mark.slow
def test_relabel_leaves_undeclared_languages_unlabelled(tmp_path, taxonomy_file) -> None:
    from flows.relabel import relabel_paragraphs

    lake = tmp_path / "lake"
    ingest_articles(source=str(MIXED), lake=str(lake), taxonomy=taxonomy_file)
    english = Path(taxonomy_file).read_text().replace("[taxonomy]", '[taxonomy]\nlanguages = ["en"]')
    english = english.replace('"conflict"]', '"conflict", "récolte", "agriculteurs"]')
    other = tmp_path / "english.toml"
    other.write_text(english)
    relabel_paragraphs(lake=str(lake), taxonomy=str(other))
    labelled = "select count(*) from paragraph_themes t join articles a using (article_id) where a.language = 'fr'"
    assert sql(lake, labelled) == [(0,)]
    assert sql(lake, "select count(*) from paragraph_themes") != [(0,)]


@pytest.mark.slow
def test_a_json_file_nested_too_deep_is_quarantined_and_the_run_goes_on(tmp_path, taxonomy_file) -> None:
    inbox, lake = tmp_path / "inbox", tmp_path / "lake"
    inbox.mkdir()
    (inbox / "deep.json").write_bytes(b"[" * 100_000)  # RecursionError stopped the run
    (inbox / "feed.jsonl").write_text(record(1) + "\n")
    summary = ingest_articles(source=str(inbox), lake=str(lake), taxonomy=taxonomy_file)
    assert [(os.path.basename(s), r) for s, r, _ in summary["quarantined"]] == [("deep.json", "not_records")]
    assert sql(lake, "select title from articles") == [("Day 1",)]


def feed_item(n: int, text: str = "") -> str:
    body = text or f"Troops and soldiers moved again on day {n} of the war at the border."
    return (f"<item><title>Day {n}</title><link>https://wire.test/day-{n}</link><guid>wire-{n}</guid>"
            f"<pubDate>Fri, {n:02d} Sep 2022 08:00:00 +0200</pubDate><dc:creator>Ann Lee</dc:creator>"
            f"<content:encoded><![CDATA[<p>{body}</p><p>More on day {n}.</p>]]></content:encoded></item>")


def feed(*items: str) -> bytes:
    return ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0" '
            'xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">'
            f"<channel><title>The Wire</title>{''.join(items)}</channel></rss>").encode()


@pytest.mark.slow
def test_a_gzip_rss_feed_yields_its_items_as_articles_and_reruns_write_only_new_ones(tmp_path, taxonomy_file) -> None:
    inbox, lake = tmp_path / "inbox", tmp_path / "lake"
    inbox.mkdir()
    path = inbox / "wire.rss.gz"
    path.write_bytes(gzip.compress(feed(feed_item(1), feed_item(2), "<item><title>Photo only</title></item>")))
    first = ingest_articles(source=str(inbox), lake=str(lake), taxonomy=taxonomy_file)
    assert (first["articles_written"], [r for _, r, _ in first["bad_records"]]) == (2, ["no_text"])
    rows = "select record, format, title, url, site, authors, published_at from articles order by title"
    assert [(*row[:-1], row[-1].astimezone(UTC)) for row in sql(lake, rows)] == [
        (n, "feed", f"Day {n}", f"https://wire.test/day-{n}", "The Wire", ["Ann Lee"],
         datetime(2022, 9, n, 6, tzinfo=UTC))  # 08:00 +0200
        for n in (1, 2)
    ]
    records = "select regexp_extract(source, '[^/]+$') from sources where status = 'article' order by 1"
    assert sql(lake, records) == [("wire.rss.gz#id=wire-1",), ("wire.rss.gz#id=wire-2",)]
    day_1 = "select p.text from paragraphs p join articles a using (article_id) where a.title = 'Day 1' order by 1"
    assert sql(lake, day_1) == [("Day 1",), ("More on day 1.",),
                                ("Troops and soldiers moved again on day 1 of the war at the border.",)]
    assert sql(lake, "select regexp_extract(source, '[^/]+$'), reason from quarantine") == [
        ("wire.rss.gz#record=3", "no_text"),
    ]
    # An item added, one gone; a --field changes nothing in a feed, which takes none.
    path.write_bytes(gzip.compress(feed(feed_item(3), feed_item(1))))
    second = ingest_articles(source=str(inbox), lake=str(lake), taxonomy=taxonomy_file, fields=["text=title"])
    assert (second["articles_written"], second["records_deleted"], second["bad_records"]) == (1, 1, [])
    assert sql(lake, "select title from articles order by 1") == [("Day 1",), ("Day 3",)]
    assert sql(lake, "select count(*) from quarantine") == [(0,)]
    again = ingest_articles(source=str(inbox), lake=str(lake), taxonomy=taxonomy_file)
    assert (again["files_unchanged"], again["articles_written"]) == (1, 0)


def json_feed(*numbers: int) -> str:
    items = [{"id": f"wire-{n}", "url": f"https://wire.test/day-{n}", "title": f"Day {n}",
              "content_html": f"<p>Troops and soldiers moved again on day {n} of the war at the border.</p>",
              "date_published": f"2022-09-{n:02d}T08:00:00+02:00", "authors": [{"name": "Ann Lee"}]}
             for n in numbers]
    return json.dumps({"version": "https://jsonfeed.org/version/1.1", "title": "The Wire", "items": items})


@pytest.mark.slow
def test_a_json_feed_yields_its_items_as_articles_and_reruns_write_only_new_ones(tmp_path, taxonomy_file) -> None:
    inbox, lake = tmp_path / "inbox", tmp_path / "lake"
    inbox.mkdir()
    path = inbox / "feed.json"
    path.write_text(json_feed(1, 2))
    first = ingest_articles(source=str(inbox), lake=str(lake), taxonomy=taxonomy_file)
    assert (first["articles_written"], first["bad_records"], first["files_quarantined"]) == (2, [], 0)
    rows = "select record, format, title, url, site, authors, published_at from articles order by title"
    assert [(*row[:-1], row[-1].astimezone(UTC)) for row in sql(lake, rows)] == [
        (n, "json", f"Day {n}", f"https://wire.test/day-{n}", "The Wire", ["Ann Lee"],
         datetime(2022, 9, n, 6, tzinfo=UTC))  # 08:00 +0200
        for n in (1, 2)
    ]
    records = "select regexp_extract(source, '[^/]+$') from sources where status = 'article' order by 1"
    assert sql(lake, records) == [("feed.json#id=wire-1",), ("feed.json#id=wire-2",)]
    # An item added, one gone; a --field changes nothing in a JSON Feed, which takes none.
    path.write_text(json_feed(3, 1))
    second = ingest_articles(source=str(inbox), lake=str(lake), taxonomy=taxonomy_file, fields=["text=title"])
    assert (second["articles_written"], second["records_deleted"], second["bad_records"]) == (1, 1, [])
    assert sql(lake, "select title from articles order by 1") == [("Day 1",), ("Day 3",)]
