"""An unchanged re-run reads no file (README, "Re-runs"): it lists and stats the files, and that is all.

Before the second run every file's bytes are replaced by garbage of the same size, with the same
mtime (os.utime): a run that read any file would hash new content, and count it changed or
quarantine it. Opening files is also watched, so that a read that happens to agree cannot hide.
This works as root too, where chmod 000 would not stop a read.
"""

from __future__ import annotations

import os

import duckdb
import pytest

import warehouse.sources.reading
from flows.ingest import ingest_articles
from warehouse.lake import CATALOG

WAR = "Troops at the border\n\nSoldiers and troops: the war goes on, fighting in the north.\n"
TRADE = "Trade talks\n\nSanctions hit trade; an economist sees export prices rise.\n"
HUNGER = "Food banks\n\nPoverty and hunger grow; the food bank queue is longer.\n"


def current(lake) -> dict[str, list[tuple]]:
    con = duckdb.connect(str(lake / CATALOG), read_only=True)
    try:
        return {
            view: con.sql(f"select * exclude (run_id) from {view} order by all").fetchall()
            for view in ("articles", "paragraphs", "paragraph_themes", "quarantine")
        }
    finally:
        con.close()


@pytest.mark.slow
def test_an_unchanged_rerun_reads_no_file(tmp_path, taxonomy_file, monkeypatch) -> None:
    inbox, lake = tmp_path / "inbox", tmp_path / "lake"
    (inbox / "sub").mkdir(parents=True)
    files = {"a.txt": WAR, "b.md": TRADE, "sub/c.txt": HUNGER, "empty.txt": ""}
    for name, text in files.items():
        (inbox / name).write_text(text)
    first = ingest_articles(source=str(inbox), lake=str(lake), taxonomy=taxonomy_file)
    assert (first["files_new"], first["files_quarantined"]) == (3, 1)
    before = current(lake)

    for name in files:  # the same size and mtime, other bytes
        path = inbox / name
        stat = path.stat()
        path.write_bytes(b"\x00" * stat.st_size)
        os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    opened: list[str] = []
    real_open = os.open

    def watched_open(path, flags, *args, **kwargs):
        if str(path).startswith(str(inbox)):
            opened.append(str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(warehouse.sources.reading.os, "open", watched_open)  # os.open, as the batches read
    second = ingest_articles(source=str(inbox), lake=str(lake), taxonomy=taxonomy_file)

    assert opened == []
    assert (second["files_seen"], second["files_unchanged"]) == (4, 4)
    assert (second["files_new"], second["files_changed"], second["files_quarantined"]) == (0, 0, 0)
    assert (second["articles_written"], second["paragraphs_written"]) == (0, 0)
    assert current(lake) == before
