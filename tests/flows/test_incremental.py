from __future__ import annotations

import os

import duckdb
import pytest

from flows.ingest import ingest_articles
from warehouse.lake import CATALOG

WAR = "Troops at the border\n\nSoldiers and troops: the war goes on, fighting in the north.\n"
TRADE = "Trade talks\n\nSanctions hit trade; an economist sees export prices rise.\n"
HUNGER = "Food banks\n\nPoverty and hunger grow; the food bank queue is longer.\n"


def sql(lake, query: str) -> list[tuple]:
    con = duckdb.connect(str(lake / CATALOG), read_only=True)
    try:
        return con.sql(query).fetchall()
    finally:
        con.close()


def accounted(summary: dict) -> bool:
    parts = ("files_new", "files_changed", "files_unchanged", "files_quarantined")
    return sum(summary[k] for k in parts) == summary["files_seen"]


@pytest.mark.slow
def test_changed_file_replaces_its_previous_version(tmp_path, taxonomy_file) -> None:
    inbox, lake = tmp_path / "inbox", tmp_path / "lake"
    inbox.mkdir()
    (inbox / "a.txt").write_text(WAR)
    (inbox / "b.txt").write_text(TRADE)
    (inbox / "sub").mkdir()
    (inbox / "sub" / "b-copy.txt").write_text(TRADE)  # the same content under two names
    first = ingest_articles(source=str(inbox), lake=str(lake), taxonomy=taxonomy_file)
    assert first["files_new"] == first["articles_written"] == 3
    (inbox / "a.txt").write_text(HUNGER)
    os.utime(inbox / "b.txt", ns=(1_000_000_000, 1_000_000_000))  # touched: same bytes, new mtime
    second = ingest_articles(source=str(inbox), lake=str(lake), taxonomy=taxonomy_file)

    assert (second["files_changed"], second["files_unchanged"], second["articles_written"]) == (1, 2, 1)
    assert accounted(second)
    # The touched file's new mtime is recorded, so the next run skips it by (size, mtime) alone.
    assert sql(lake, "select mtime_ns from sources where source like '%/b.txt'") == [(1_000_000_000,)]
    counts = "select count(*), count(distinct article_id), count(distinct content_hash) from articles"
    assert sql(lake, counts) == [(3, 3, 2)]  # both names recorded, two distinct contents
    titles = sql(lake, "select title from articles order by title")
    assert titles == [("Food banks",), ("Trade talks",), ("Trade talks",)]
    themes = sql(lake, "select distinct theme_id from paragraph_themes order by 1")
    assert themes == [("medtop:04000000",), ("medtop:14000000",)]  # the war version's labels are gone
    assert sql(lake, "select count(*) from paragraphs where text ilike '%troops%'") == [(0,)]
    # History keeps every version.
    assert sql(lake, "select count(*) from articles_history") == [(4,)]
    assert sql(lake, "select count(*) from paragraph_themes_history where theme_id = 'medtop:16000000'") != [
        (0,)
    ]


@pytest.mark.slow
def test_file_that_returns_to_an_earlier_content_is_not_written_twice(tmp_path, taxonomy_file) -> None:
    inbox, lake = tmp_path / "inbox", tmp_path / "lake"
    inbox.mkdir()
    for text in (WAR, TRADE, WAR):
        (inbox / "a.txt").write_text(text)
        ingest_articles(source=str(inbox), lake=str(lake), taxonomy=taxonomy_file)
    assert sql(lake, "select title from articles") == [("Troops at the border",)]
    assert sql(lake, "select count(*), count(distinct paragraph_id) from paragraphs") == [(2, 2)]
    labels = sql(lake, "select count(*), count(distinct (paragraph_id, theme_id)) from paragraph_themes")
    assert labels[0][0] == labels[0][1] > 0
    # Deleted, then back: a new file again, its rows still in history, current again.
    os.remove(inbox / "a.txt")
    gone = ingest_articles(source=str(inbox), lake=str(lake), taxonomy=taxonomy_file)
    assert gone["files_deleted"] == 1 and sql(lake, "select count(*) from articles") == [(0,)]
    (inbox / "a.txt").write_text(WAR)
    back = ingest_articles(source=str(inbox), lake=str(lake), taxonomy=taxonomy_file)
    assert (back["files_new"], back["articles_written"]) == (1, 0)
    assert sql(lake, "select title from articles") == [("Troops at the border",)]


@pytest.mark.slow  # several flow runs
def test_deleted_file_is_reported_and_leaves_the_current_views(tmp_path, taxonomy_file) -> None:
    inbox, lake = tmp_path / "inbox", tmp_path / "lake"
    inbox.mkdir()
    (inbox / "a.txt").write_text(WAR)
    (inbox / "b.txt").write_text(TRADE)
    (inbox / "empty.txt").write_text("")
    ingest_articles(source=str(inbox), lake=str(lake), taxonomy=taxonomy_file)
    os.remove(inbox / "a.txt")
    os.remove(inbox / "empty.txt")
    second = ingest_articles(source=str(inbox), lake=str(lake), taxonomy=taxonomy_file)

    assert second["files_deleted"] == 2 and second["deleted"] == [
        str(inbox / "a.txt"),
        str(inbox / "empty.txt"),
    ]
    assert accounted(second) and second["files_seen"] == 1
    assert sql(lake, "select title from articles") == [("Trade talks",)]
    assert sql(lake, "select count(*) from quarantine") == [(0,)]
    assert sql(lake, "select relative_path from paragraphs join articles using (article_id) group by 1") == [
        ("b.txt",)
    ]
    status = sql(lake, "select split_part(source, '/', -1), status from sources order by 1")
    assert status == [("a.txt", "deleted"), ("b.txt", "article"), ("empty.txt", "deleted")]
    assert sql(lake, "select files_deleted from runs order by started_at") == [(0,), (2,)]


@pytest.fixture
def other(tmp_path):
    """Another taxonomy than the runs' first, of one theme: war."""
    path = tmp_path / "other.toml"
    path.write_text(
        '[taxonomy]\nname = "other"\n\n[[themes]]\nid = "war"\nname = "war"\nterms = ["troops", "war", "soldiers"]\n'
    )
    return path


@pytest.mark.slow  # several flow runs
def test_a_file_back_to_an_earlier_content_gets_the_labels_of_the_runs_taxonomy(tmp_path, taxonomy_file, other) -> None:
    # Its rows were written under another taxonomy: pointed at again, they had none of this one's
    # labels, and the current views showed the article without a theme.
    inbox, lake = tmp_path / "inbox", tmp_path / "lake"
    inbox.mkdir()
    (inbox / "a.txt").write_text(WAR)
    ingest_articles(source=str(inbox), lake=str(lake), taxonomy=taxonomy_file)
    (inbox / "a.txt").write_text(TRADE)
    ingest_articles(source=str(inbox), lake=str(lake), taxonomy=str(other))
    (inbox / "a.txt").write_text(WAR)
    back = ingest_articles(source=str(inbox), lake=str(lake), taxonomy=str(other))
    assert (back["files_changed"], back["articles_written"]) == (1, 0)  # its rows pointed at, not written
    assert back["themes_written"] > 0
    assert sql(lake, "select distinct theme_id from paragraph_themes") == [("war",)]


@pytest.mark.slow  # several flow runs
def test_a_record_back_to_an_earlier_content_gets_the_labels_of_the_runs_taxonomy(
    tmp_path, taxonomy_file, other
) -> None:
    import json

    inbox, lake = tmp_path / "inbox", tmp_path / "lake"
    inbox.mkdir()
    feed = inbox / "feed.jsonl"

    def write(text: str) -> None:
        feed.write_text(json.dumps({"id": "r1", "title": "Border", "text": text}) + "\n"
                        + json.dumps({"id": "r2", "title": "Trade", "text": TRADE}) + "\n")

    write(WAR)
    ingest_articles(source=str(inbox), lake=str(lake), taxonomy=taxonomy_file)
    write(HUNGER)
    ingest_articles(source=str(inbox), lake=str(lake), taxonomy=str(other))
    write(WAR)
    back = ingest_articles(source=str(inbox), lake=str(lake), taxonomy=str(other))
    assert back["articles_written"] == 0 and back["themes_written"] > 0
    labelled = "select count(*) from paragraph_themes t join articles a using (article_id) where a.title = 'Border'"
    assert sql(lake, labelled)[0][0] > 0
    # Only that article was read again for labels: the other record's paragraphs were not.
    assert sql(lake, "select count(distinct article_id) from paragraph_themes where run_id = "
                     "(select run_id from runs order by started_at desc limit 1)") == [(1,)]


@pytest.mark.slow  # several flow runs
def test_a_records_file_quarantined_whole_takes_its_records_out_of_the_current_views(
    tmp_path, taxonomy_file, monkeypatch
) -> None:
    # A records file that grew past the size limit was quarantined, and its records stayed current
    # articles: only a file read (and found bad) deleted them, not one that could not be read.
    import json

    inbox, lake = tmp_path / "inbox", tmp_path / "lake"
    inbox.mkdir()
    feed = inbox / "feed.jsonl"
    lines = [json.dumps({"id": i, "text": text}) + "\n" for i, text in enumerate((WAR, TRADE))]
    feed.write_text("".join(lines))
    ingest_articles(source=str(inbox), lake=str(lake), taxonomy=taxonomy_file)
    assert sql(lake, "select count(*) from articles") == [(2,)]
    monkeypatch.setenv("THEMELAKE_MAX_FILE_BYTES", str(feed.stat().st_size + 10))
    feed.write_text("".join(lines) + json.dumps({"id": 2, "text": HUNGER}) + "\n")
    big = ingest_articles(source=str(inbox), lake=str(lake), taxonomy=taxonomy_file)

    assert big["files_quarantined"] == 1 and accounted(big)
    assert sql(lake, "select reason from quarantine") == [("too_large",)]
    assert sql(lake, "select count(*) from articles") == [(0,)]
    assert sql(lake, "select count(*) from paragraphs") == [(0,)]
    assert sql(lake, "select count(*) from sources where status = 'article'") == [(0,)]
    monkeypatch.delenv("THEMELAKE_MAX_FILE_BYTES")
    back = ingest_articles(source=str(inbox), lake=str(lake), taxonomy=taxonomy_file)
    assert back["articles_written"] == 1  # the new record; the two others pointed at again
    assert sql(lake, "select count(*) from articles") == [(3,)]
    assert sql(lake, "select count(*) from quarantine") == [(0,)]
