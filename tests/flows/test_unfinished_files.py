"""A records file caught while it is being written (its last line cut off, no end of line) is read in part:
its complete records are read, the cut one is not quarantined, none of the records it lacks is deleted,
and the next run reads it again."""

from __future__ import annotations

import gzip
import io
import json
import os
import time
from pathlib import Path

import duckdb
import pytest

from flows.ingest import ingest_articles
from warehouse.lake import CATALOG

STORIES = [
    {"id": f"r{n}", "title": title, "text": text}
    for n, (title, text) in enumerate(
        [
            ("Border", "Soldiers and troops: the war goes on, fighting in the north."),
            ("Trade", "Sanctions hit trade; an economist sees export prices rise."),
            ("Food banks", "Poverty and hunger grow; the food bank queue is longer."),
        ],
        start=1,
    )
]


def lines(stories: list[dict]) -> bytes:
    return b"".join(json.dumps(s).encode() + b"\n" for s in stories)


def current(lake) -> list[str]:
    return [row[0] for row in query(lake, "select title from articles order by title")]


def query(lake, sql: str) -> list[tuple]:
    con = duckdb.connect(str(lake / CATALOG), read_only=True)
    try:
        return con.sql(sql).fetchall()
    finally:
        con.close()


WHOLE = lines([{**STORIES[0], "title": "Border, updated"}, *STORIES[1:]])
CUT = WHOLE[: len(lines(STORIES[:1])) + 25]  # a record and a half of it


def cut_run(tmp_path, taxonomy_file) -> tuple[dict, Path, Path]:
    """A lake of feed.jsonl's three records, and a run that came while the export wrote the file again."""
    inbox, lake = tmp_path / "inbox", tmp_path / "lake"
    inbox.mkdir()
    feed = inbox / "feed.jsonl"
    feed.write_bytes(lines(STORIES))
    (inbox / "note.txt").write_text("Rates\n\nThe bank raised rates again.\n")
    ingest_articles(source=str(inbox), lake=str(lake), taxonomy=taxonomy_file)
    assert current(lake) == ["Border", "Food banks", "Rates", "Trade"]
    feed.write_bytes(CUT)
    return ingest_articles(source=str(inbox), lake=str(lake), taxonomy=taxonomy_file), inbox, lake


@pytest.mark.slow
def test_a_jsonl_file_cut_off_mid_record_keeps_its_earlier_records(tmp_path, taxonomy_file) -> None:
    # The export writes the file again from the start, and the run comes while it has written a record
    # and a half: records 2 and 3 were deleted from the views, and the half record quarantined.
    cut, inbox, lake = cut_run(tmp_path, taxonomy_file)
    feed = inbox / "feed.jsonl"
    # the record written again is read; those not written again yet are kept, not deleted
    assert current(lake) == ["Border, updated", "Food banks", "Rates", "Trade"]
    # changed: one of its records is (note.txt is unchanged)
    assert (cut["files_unchanged"], cut["files_changed"], cut["files_quarantined"]) == (1, 1, 0)
    assert cut["bad_records"] == [] and cut["records_deleted"] == 0 and cut["articles_written"] == 1
    [(source, detail)] = cut["unfinished"]
    assert source == str(feed)
    assert detail.startswith("line 2 is cut off (no end of line, not JSON: Unterminated string")
    assert "still being written" in detail


@pytest.mark.slow  # several flow runs
def test_a_jsonl_file_cut_off_is_read_again_until_it_is_whole(tmp_path, taxonomy_file) -> None:
    _, inbox, lake = cut_run(tmp_path, taxonomy_file)
    again = ingest_articles(source=str(inbox), lake=str(lake), taxonomy=taxonomy_file)  # still cut: still kept
    assert current(lake) == ["Border, updated", "Food banks", "Rates", "Trade"] and len(again["unfinished"]) == 1
    assert (again["articles_written"], again["records_deleted"], again["bad_records"]) == (0, 0, [])

    (inbox / "feed.jsonl").write_bytes(lines(STORIES[:2]))  # written to its end, without its third record
    done = ingest_articles(source=str(inbox), lake=str(lake), taxonomy=taxonomy_file)
    assert current(lake) == ["Border", "Rates", "Trade"]
    assert (done["files_changed"], done["unfinished"], done["records_deleted"]) == (1, [], 1)


@pytest.mark.slow
def test_a_file_put_back_as_it_was_after_a_cut_read_loses_the_records_read_from_the_cut(
    tmp_path, taxonomy_file
) -> None:
    # The cut file had a record the committed one lacks; its writer gives up and the old file is put
    # back, size and mtime too (cp -p): the committed state would have skipped it, that record kept.
    inbox, lake = tmp_path / "inbox", tmp_path / "lake"
    inbox.mkdir()
    feed = inbox / "feed.jsonl"
    feed.write_bytes(lines(STORIES[:2]))
    ingest_articles(source=str(inbox), lake=str(lake), taxonomy=taxonomy_file)
    before = feed.stat()
    feed.write_bytes(appended([STORIES[0], STORIES[2], STORIES[1]]))  # written again, another record second
    cut = ingest_articles(source=str(inbox), lake=str(lake), taxonomy=taxonomy_file)
    assert current(lake) == ["Border", "Food banks", "Trade"] and len(cut["unfinished"]) == 1
    assert (cut["files_changed"], cut["files_unchanged"]) == (1, 0)
    feed.write_bytes(lines(STORIES[:2]))
    os.utime(feed, ns=(before.st_atime_ns, before.st_mtime_ns))
    back = ingest_articles(source=str(inbox), lake=str(lake), taxonomy=taxonomy_file)
    assert current(lake) == ["Border", "Trade"] and back["records_deleted"] == 1


@pytest.mark.slow
def test_a_run_s_field_read_into_a_cut_file_is_remembered(tmp_path, taxonomy_file) -> None:
    # A run that asks `--field text=body` of a known file it finds cut writes its whole records with
    # body; the next run, without --field, reads the file with it too, not with the mapping before.
    inbox, lake = tmp_path / "inbox", tmp_path / "lake"
    inbox.mkdir()
    feed = inbox / "feed.jsonl"
    stories = [{**s, "body": f"{s['text']} Body of {s['title']}."} for s in STORIES]
    feed.write_bytes(lines(stories[:1]))
    ingest_articles(source=str(inbox), lake=str(lake), taxonomy=taxonomy_file)
    feed.write_bytes(appended(stories[:2]))
    ingest_articles(source=str(inbox), lake=str(lake), taxonomy=taxonomy_file, fields=["text=body"])
    texts = (
        "select count(*) from paragraphs p join articles a using (article_id)"
        " where a.title = 'Border' and p.text like '%Body of Border%'"
    )
    assert query(lake, texts) == [(1,)]
    feed.write_bytes(lines(stories[:2]))
    done = ingest_articles(source=str(inbox), lake=str(lake), taxonomy=taxonomy_file)
    assert done["unfinished"] == [] and query(lake, texts) == [(1,)]


def appended(stories: list[dict]) -> bytes:
    """A JSON Lines file whose writer appends: `stories`, the last of them cut off half-way."""
    whole = lines(stories)
    return whole[: len(lines(stories[:-1])) + 25]


@pytest.mark.slow
def test_a_file_appended_to_is_read_as_far_as_it_is_written(tmp_path, taxonomy_file) -> None:
    # A crawler appends to its .jsonl for days, buffered: a run most often finds its last record cut off.
    inbox, lake = tmp_path / "inbox", tmp_path / "lake"
    inbox.mkdir()
    feed = inbox / "feed.jsonl"
    fourth = {"id": "r4", "title": "Harvest", "text": "Farmers bring the harvest in; grain prices fall."}
    feed.write_bytes(appended(STORIES))
    first = ingest_articles(source=str(inbox), lake=str(lake), taxonomy=taxonomy_file)
    assert current(lake) == ["Border", "Trade"]
    assert (first["files_new"], first["quarantined"], first["bad_records"], len(first["unfinished"])) == (1, [], [], 1)
    assert query(lake, "select count(*) from quarantine") == [(0,)]

    feed.write_bytes(lines([*STORIES, fourth]))
    second = ingest_articles(source=str(inbox), lake=str(lake), taxonomy=taxonomy_file)
    assert current(lake) == ["Border", "Food banks", "Harvest", "Trade"]
    # records 1 and 2, read again, are the lake's already: only 3 and 4 are written
    assert (second["articles_written"], second["unfinished"], second["records_deleted"]) == (2, [], 0)
    assert query(lake, "select count(*), count(distinct article_id) from articles") == [(4, 4)]


@pytest.mark.slow  # several flow runs
# "x.jsonl#id=5.jsonl": a state with no size nor mtime was taken for the state of a record of `x.jsonl`, never deleted
@pytest.mark.parametrize("name", ["feed.jsonl", "x.jsonl#id=5.jsonl"])
def test_a_new_file_cut_off_and_then_gone_leaves_no_records(tmp_path, taxonomy_file, name) -> None:
    inbox, lake = tmp_path / "inbox", tmp_path / "lake"
    inbox.mkdir()
    feed = inbox / name
    feed.write_bytes(appended(STORIES))
    ingest_articles(source=str(inbox), lake=str(lake), taxonomy=taxonomy_file)
    assert current(lake) == ["Border", "Trade"]
    again = ingest_articles(source=str(inbox), lake=str(lake), taxonomy=taxonomy_file)  # same bytes: nothing new
    assert (again["articles_written"], len(again["unfinished"])) == (0, 1)
    assert query(lake, "select count(*) from articles") == [(2,)]
    feed.unlink()
    gone = ingest_articles(source=str(inbox), lake=str(lake), taxonomy=taxonomy_file)
    assert current(lake) == [] and gone["records_deleted"] == 2


@pytest.mark.slow
def test_a_file_cut_off_and_not_written_for_an_hour_is_read_as_it_is(tmp_path, taxonomy_file) -> None:
    # Its writer stopped (a crash, a full disk), or its last line is a mistake: it was left unread at
    # every run, and none of its records reached the lake.
    inbox, lake = tmp_path / "inbox", tmp_path / "lake"
    inbox.mkdir()
    feed = inbox / "feed.jsonl"
    feed.write_bytes(lines(STORIES)[:-10])
    stopped = time.time() - 2 * 3600
    os.utime(feed, (stopped, stopped))
    done = ingest_articles(source=str(inbox), lake=str(lake), taxonomy=taxonomy_file)
    assert (done["files_new"], done["unfinished"]) == (1, [])
    assert current(lake) == ["Border", "Trade"]
    assert [(source, reason) for source, reason, _ in done["bad_records"]] == [(f"{feed}#record=3", "malformed_record")]


def csv_rows(stories: list[dict]) -> bytes:
    return b"id,title,text\n" + b"".join(f'{s["id"]},"{s["title"]}","{s["text"]}"\n'.encode() for s in stories)


@pytest.mark.slow
def test_a_csv_file_whose_last_row_is_cut_off_keeps_the_rows_it_lacks(tmp_path, taxonomy_file) -> None:
    # Written again from its start and caught a row and a half in: the half row was read as an article
    # ("Trade" with half its text), and the third row, not yet written again, deleted.
    inbox, lake = tmp_path / "inbox", tmp_path / "lake"
    inbox.mkdir()
    feed = inbox / "feed.csv"
    feed.write_bytes(csv_rows(STORIES))
    ingest_articles(source=str(inbox), lake=str(lake), taxonomy=taxonomy_file)
    whole = csv_rows([{**STORIES[0], "title": "Border, updated"}, *STORIES[1:]])
    feed.write_bytes(whole[: len(csv_rows(STORIES[:2])) + len("Border, updated") - len("Border") - 20])
    cut = ingest_articles(source=str(inbox), lake=str(lake), taxonomy=taxonomy_file)
    assert current(lake) == ["Border, updated", "Food banks", "Trade"]
    assert (cut["quarantined"], cut["bad_records"], cut["records_deleted"]) == ([], [], 0)
    [(source, detail)] = cut["unfinished"]
    assert (source, detail) == (str(feed), "row 2 is cut off (no end of line): still being written")
    texts = query(lake, "select a.title, p.text from articles a join paragraphs p using (article_id)")
    assert ("Trade", STORIES[1]["text"]) in texts  # the whole row, not the cut one


@pytest.mark.slow
def test_a_csv_file_without_an_end_of_line_untouched_for_an_hour_is_read_as_it_is(tmp_path, taxonomy_file) -> None:
    inbox, lake = tmp_path / "inbox", tmp_path / "lake"
    inbox.mkdir()
    feed = inbox / "feed.csv"
    feed.write_bytes(csv_rows(STORIES).rstrip(b"\n"))  # a writer that ends its last row without one
    stopped = time.time() - 2 * 3600
    os.utime(feed, (stopped, stopped))
    done = ingest_articles(source=str(inbox), lake=str(lake), taxonomy=taxonomy_file)
    assert (done["files_new"], done["unfinished"], done["bad_records"]) == (1, [], [])
    assert current(lake) == ["Border", "Food banks", "Trade"]


@pytest.mark.slow
def test_a_gzip_records_file_cut_off_while_written_keeps_the_records_it_lacks(tmp_path, taxonomy_file) -> None:
    # Compressed as it is written (a crawler's GzipFile, `gzip -c`): it was quarantined as corrupt_gzip,
    # none of its records read until its writer closed it (a crawler's file: days), even where its
    # stream so far ends with a whole record, as here.
    inbox, lake = tmp_path / "inbox", tmp_path / "lake"
    inbox.mkdir()
    feed = inbox / "feed.jsonl.gz"
    feed.write_bytes(gzip.compress(lines(STORIES)))
    ingest_articles(source=str(inbox), lake=str(lake), taxonomy=taxonomy_file)
    out = io.BytesIO()
    writer = gzip.GzipFile(fileobj=out, mode="wb")
    writer.write(lines([{**STORIES[0], "title": "Border, updated"}, STORIES[1]]))
    writer.flush()  # the writer's last flush: no end of stream yet
    feed.write_bytes(out.getvalue())
    cut = ingest_articles(source=str(inbox), lake=str(lake), taxonomy=taxonomy_file)
    assert current(lake) == ["Border, updated", "Food banks", "Trade"]
    assert (cut["quarantined"], cut["records_deleted"], cut["files_changed"]) == ([], 0, 1)
    [(source, detail)] = cut["unfinished"]
    assert source == str(feed) and detail.startswith("the gzip stream is cut off (")
    assert detail.endswith(f"{len(lines(STORIES[:2])) + len(', updated')} bytes inflated): still being written")
    stopped = time.time() - 2 * 3600  # its writer gone for an hour: corrupt, as before
    os.utime(feed, (stopped, stopped))
    settled = ingest_articles(source=str(inbox), lake=str(lake), taxonomy=taxonomy_file)
    assert [reason for _, reason, _ in settled["quarantined"]] == ["corrupt_gzip"]


@pytest.mark.slow
def test_a_gzip_json_export_cut_after_an_end_of_line_keeps_the_records_it_lacks(tmp_path, taxonomy_file) -> None:
    # Its stream flushed after a line of a pretty-printed record: the end of line taken for the file's end,
    # it was quarantined as not_records and all its records deleted.
    inbox, lake = tmp_path / "inbox", tmp_path / "lake"
    inbox.mkdir()
    feed = inbox / "feed.json.gz"
    feed.write_bytes(gzip.compress(json.dumps(STORIES, indent=2).encode()))
    ingest_articles(source=str(inbox), lake=str(lake), taxonomy=taxonomy_file)
    pretty = json.dumps([{**STORIES[0], "title": "Border, updated"}, *STORIES[1:]], indent=2).encode()
    out = io.BytesIO()
    writer = gzip.GzipFile(fileobj=out, mode="wb")
    writer.write(pretty[: pretty.index(b"\n", pretty.index(b'"id": "r3"')) + 1])
    writer.flush()
    feed.write_bytes(out.getvalue())
    cut = ingest_articles(source=str(inbox), lake=str(lake), taxonomy=taxonomy_file)
    assert current(lake) == ["Border, updated", "Food banks", "Trade"]
    assert (cut["quarantined"], cut["records_deleted"]) == ([], 0)
    [(source, detail)] = cut["unfinished"]
    assert source == str(feed) and detail.startswith("the gzip stream is cut off (")


@pytest.mark.slow
def test_a_file_its_writer_begins_on_after_the_listing_is_still_being_written(
    tmp_path, taxonomy_file, monkeypatch
) -> None:
    # Listed when it had been left for two hours, then written again before its batch read it: the age
    # at listing said settled, so its cut record was quarantined and records 2 and 3 deleted.
    from flows import batch

    inbox, lake = tmp_path / "inbox", tmp_path / "lake"
    inbox.mkdir()
    feed = inbox / "feed.jsonl"
    feed.write_bytes(lines(STORIES))
    ingest_articles(source=str(inbox), lake=str(lake), taxonomy=taxonomy_file)
    feed.write_bytes(lines([{**STORIES[0], "title": "Border, old"}, *STORIES[1:]]))  # changed two hours ago
    left = time.time() - 2 * 3600
    os.utime(feed, (left, left))
    listed_read = batch.read_sources

    def writer_begins(entries, *args, **kwargs):
        feed.write_bytes(CUT)  # after the listing, before the read
        return listed_read(entries, *args, **kwargs)

    monkeypatch.setattr(batch, "read_sources", writer_begins)
    cut = ingest_articles(source=str(inbox), lake=str(lake), taxonomy=taxonomy_file)
    assert current(lake) == ["Border, updated", "Food banks", "Trade"]
    assert cut["bad_records"] == [] and cut["records_deleted"] == 0 and len(cut["unfinished"]) == 1
