from __future__ import annotations

import os
import shutil

import duckdb
import pytest

import flows.ingest
import warehouse.sources.reading
from flows.ingest import ingest_articles
from warehouse.lake import CATALOG

PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
)
LIMIT = 4 * 1024 * 1024
LONG_LINE = b"Headline\n\n" + b"lorem ipsum dolor sit amet, " * 110_000  # one 3 MB line, under the limit

# file name → expected outcome: a quarantine reason code, or "article:<encoding>".
EXPECTED = {
    "empty.txt": "empty",
    "blank.txt": "whitespace_only",
    "nul.txt": "article:utf-8",  # a stray NUL in UTF-8 text: read, the NUL dropped (transforms.text)
    "image.txt": "binary",
    "garbage.txt": "undecodable",
    "latin1.txt": "article:cp1252",
    "utf16.txt": "article:utf-16",
    "big.txt": "too_large",
    "long-line.txt": "article:utf-8",
    "locked.txt": "permission_denied",
    "dangling.txt": "broken_symlink",
    "loop.txt": "symlink_loop",
    "vanishing.txt": "vanished",
    "fifo.txt": "not_a_file",
    "with space.txt": "article:utf-8",
    "new\nline.txt": "article:utf-8",
    "naïve café – 東京.txt": "article:utf-8",
}
NO_HASH = {"too_large", "permission_denied", "broken_symlink", "symlink_loop", "vanished", "not_a_file"}


def build_cases(folder, data_dir) -> None:
    """Write one file for each case the quarantine must handle."""
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_bytes(b"  \n\t\r\n   \n")
    (folder / "nul.txt").write_bytes(b"Headline\n\nText with a \x00 NUL byte in it.\n")
    (folder / "image.txt").write_bytes(PNG)
    (folder / "garbage.txt").write_bytes(bytes(range(0x80, 0x100)) * 20)
    shutil.copy(data_dir / "latin1.txt", folder / "latin1.txt")
    (folder / "utf16.txt").write_bytes("Überschrift\n\nTroops and war near the border.\n".encode("utf-16"))
    (folder / "big.txt").write_bytes(b"word " * (LIMIT // 5 + 1))
    (folder / "long-line.txt").write_bytes(LONG_LINE)
    (folder / "locked.txt").write_text("Headline\n\nSecret war plans.\n")
    os.chmod(folder / "locked.txt", 0)
    os.symlink(folder / "nowhere.txt", folder / "dangling.txt")
    os.symlink(folder / "loop.txt", folder / "loop.txt")
    (folder / "vanishing.txt").write_text("Headline\n\nHere when listed, gone when read.\n")
    os.mkfifo(folder / "fifo.txt")
    for name in ("with space.txt", "new\nline.txt", "naïve café – 東京.txt"):
        (folder / name).write_text(f"Headline of {name}\n\nTroops and trade, in a file named {name!r}.\n")


@pytest.fixture
def cases(tmp_path, data_dir, monkeypatch):
    """A folder holding every case, with unreadable and vanishing files made so for this process."""
    folder = tmp_path / "inbox"
    build_cases(folder, data_dir)
    monkeypatch.setenv("THEMELAKE_MAX_FILE_BYTES", str(LIMIT))
    real_open = os.open

    def open_as_user(path, flags, *args, **kwargs):
        # Tests may run as root, which reads a chmod-000 file anyway: refuse it as the kernel would a user.
        if str(path).endswith("locked.txt"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(warehouse.sources.reading.os, "open", open_as_user)
    real_list = flows.ingest.iter_sources

    def list_then_delete(source, *args):
        entries = list(real_list(source, *args))
        (folder / "vanishing.txt").unlink(missing_ok=True)  # gone between listing and reading
        return iter(entries)

    monkeypatch.setattr(flows.ingest, "iter_sources", list_then_delete)
    return folder


def outcomes(lake) -> dict[str, tuple]:
    con = duckdb.connect(str(lake / CATALOG), read_only=True)
    found = {}
    for source, encoding in con.sql("select source, encoding from articles").fetchall():
        found[os.path.basename(source)] = (f"article:{encoding}", None, None, None)
    for source, reason, content_hash, detail, run_id in con.sql(
        "select source, reason, content_hash, detail, run_id from quarantine"
    ).fetchall():
        found[os.path.basename(source)] = (reason, content_hash, detail, run_id)
    return found


@pytest.mark.slow
def test_every_bad_input_ends_in_quarantine_once_or_is_parsed(tmp_path, cases, taxonomy_file, monkeypatch) -> None:
    lake = tmp_path / "lake"
    summary = ingest_articles(source=str(cases), lake=str(lake), taxonomy=taxonomy_file, batch_size=5)

    found = outcomes(lake)
    assert {name: outcome[0] for name, outcome in found.items()} == EXPECTED
    for name, (reason, content_hash, detail, run_id) in found.items():
        if not reason.startswith("article:"):
            assert run_id == summary["run_id"] and detail, name
            assert (content_hash is None) == (reason in NO_HASH), name
    quarantined = sum(not v.startswith("article:") for v in EXPECTED.values())
    assert summary["files_seen"] == len(EXPECTED)
    assert (summary["files_new"], summary["files_quarantined"]) == (len(EXPECTED) - quarantined, quarantined)
    con = duckdb.connect(str(lake / CATALOG), read_only=True)
    (long_line,) = con.sql("select n_chars from articles where source like '%long-line.txt'").fetchall()
    assert long_line == (len(LONG_LINE.rstrip()),)
    con.close()

    # A re-run records no quarantined file twice.
    second = ingest_articles(source=str(cases), lake=str(lake), taxonomy=taxonomy_file)

    # The vanished file is gone for good now: a deletion, not a file seen.
    assert second["files_seen"] == len(EXPECTED) - 1 and second["deleted"] == [str(cases / "vanishing.txt")]
    assert second["files_unchanged"] == second["files_seen"]
    assert second["files_quarantined"] == 0 and second["articles_written"] == 0
    con = duckdb.connect(str(lake / CATALOG), read_only=True)
    ((history,),) = con.sql("select count(*) from quarantine_history").fetchall()
    ((current,),) = con.sql("select count(*) from quarantine").fetchall()
    assert history == sum(not v.startswith("article:") for v in EXPECTED.values())
    assert current == history - 1  # the vanished file's row is history, it is no longer a file
    con.close()  # an open connection would keep this catalog's views for the next reads of the file

    # A raised limit reads the file it kept out, once (its size and mtime had not moved).
    monkeypatch.setenv("THEMELAKE_MAX_FILE_BYTES", str(2 * LIMIT))
    third = ingest_articles(source=str(cases), lake=str(lake), taxonomy=taxonomy_file)
    assert third["files_changed"] == 1 and outcomes(lake)["big.txt"][0] == "article:utf-8"
    fourth = ingest_articles(source=str(cases), lake=str(lake), taxonomy=taxonomy_file)
    assert fourth["files_unchanged"] == fourth["files_seen"] and fourth["articles_written"] == 0
