"""A records file remembers its `--field` mapping: a new one reads it again, a run without one keeps it."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from flows.ingest import ingest_articles
from flows.unchanged_run import answer_unchanged_run
from tests.flows.test_incremental import sql
from tests.flows.test_unchanged_run import parameters
from tests.warehouse.v3_lake import as_v3
from transforms.formats.fields import MappingError
from warehouse.lake import read_manifest
from warehouse.schemas import SCHEMA_VERSION

# No column of this export has a name themelake recognises as the article text.
EXPORT = "guid,heading,copy\ng1,Troops at the border,Soldiers and troops: the war goes on.\n" \
    "g2,Trade talks,Sanctions hit trade; export prices rise.\n"


def item(n: int) -> str:
    return json.dumps({"guid": f"g{n}", "headline": f"Headline {n}", "kicker": f"Kicker {n}",
                       "body": f"Troops and soldiers moved on day {n} of the war."})


def names(summary: dict) -> list[tuple[str, str]]:
    return [(os.path.basename(s), r) for s, r, _ in summary["quarantined"]]


def run(inbox: Path, lake: Path, taxonomy: str, *fields: str) -> dict:
    return ingest_articles(source=str(inbox), lake=str(lake), taxonomy=taxonomy, fields=list(fields) or None)


@pytest.fixture
def inbox(tmp_path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    return folder


def test_a_csv_quarantined_for_no_text_field_is_read_when_a_run_maps_it(tmp_path, inbox, taxonomy_file) -> None:
    lake = tmp_path / "lake"
    (inbox / "export.csv").write_text(EXPORT)
    (inbox / "note.txt").write_text("A note\n\nTroops at the border.\n")
    first = run(inbox, lake, taxonomy_file)
    assert names(first) == [("export.csv", "no_text_field")]
    # The file is not touched: the mapping alone reads it again; the text file is left as it is.
    assert answer_unchanged_run(parameters(inbox, lake, taxonomy_file, fields=["text=copy"])) is None
    mapped = run(inbox, lake, taxonomy_file, "text=copy")
    assert mapped["articles_written"] == 2 and mapped["files_changed"] == 1 and mapped["files_unchanged"] == 1
    assert sql(lake, "select title from articles where format = 'csv' order by 1") == [
        ("Trade talks",), ("Troops at the border",),
    ]
    assert sql(lake, "select count(*) from quarantine") == [(0,)]
    # The same mapping again: nothing to read, nothing written, and no flow run is needed for it.
    again = answer_unchanged_run(parameters(inbox, lake, taxonomy_file, fields=["text=copy"]))
    assert again is not None and again["files_unchanged"] == 2
    same = run(inbox, lake, taxonomy_file, "text=copy")
    assert (same["files_unchanged"], same["articles_written"]) == (2, 0)
    remembered = "select regexp_extract(source, '[^/]+$'), fields from sources where status <> 'article' order by 1"
    assert sql(lake, remembered) == [("export.csv", "text=copy")]
    assert sql(lake, "select fields from sources where source like '%note.txt'") == [(None,)]


def test_a_new_mapping_rewrites_the_records_it_changes(tmp_path, inbox, taxonomy_file) -> None:
    lake = tmp_path / "lake"
    (inbox / "feed.jsonl").write_text("\n".join(item(n) for n in (1, 2)) + "\n")
    run(inbox, lake, taxonomy_file)
    assert sql(lake, "select title from articles order by 1") == [("Headline 1",), ("Headline 2",)]
    kicker = run(inbox, lake, taxonomy_file, "title=kicker")
    assert kicker["articles_written"] == 2
    assert sql(lake, "select title from articles order by 1") == [("Kicker 1",), ("Kicker 2",)]
    assert sql(lake, "select count(*) from articles_history") == [(4,)]  # the earlier versions stay as history
    # `--field auto` goes back to the common names: the records as first read, whose rows the lake
    # still has (current again, not written twice).
    auto = run(inbox, lake, taxonomy_file, "auto")
    assert auto["files_changed"] == 1 and auto["articles_written"] == 0
    assert sql(lake, "select title from articles order by 1") == [("Headline 1",), ("Headline 2",)]
    assert sql(lake, "select fields from sources where source like '%feed.jsonl'") == [(None,)]
    assert run(inbox, lake, taxonomy_file)["articles_written"] == 0


def test_a_run_without_fields_reads_a_changed_file_with_its_remembered_mapping(
    tmp_path, inbox, taxonomy_file
) -> None:
    lake = tmp_path / "lake"
    feed = inbox / "feed.jsonl"
    feed.write_text("\n".join(item(n) for n in (1, 2)) + "\n")
    assert run(inbox, lake, taxonomy_file, "title=kicker", "id=guid")["articles_written"] == 2
    with feed.open("a") as handle:
        handle.write(item(3) + "\n")
    appended = run(inbox, lake, taxonomy_file)  # a scheduled run, without --field
    assert appended["articles_written"] == 1  # only the new record: the others keep their versions
    assert sql(lake, "select title from articles order by 1") == [("Kicker 1",), ("Kicker 2",), ("Kicker 3",)]
    assert sql(lake, "select fields from sources where source like '%feed.jsonl'") == [("id=guid,title=kicker",)]


def test_a_bad_mapping_fails_in_one_line_and_writes_nothing(tmp_path, inbox, taxonomy_file) -> None:
    from typer.testing import CliRunner

    from flows.cli.main import app

    (inbox / "feed.jsonl").write_text(item(1) + "\n")
    lake = tmp_path / "lake"
    result = CliRunner().invoke(app, ["run", str(inbox), "--lake", str(lake), "--field", "auto", "--field", "text=x"])
    assert result.exit_code == 2 and "give it alone" in result.output and "Traceback" not in result.output
    assert not lake.exists()
    with pytest.raises(MappingError, match="give it alone"):  # a deployment's `fields`: the same line
        run(inbox, lake, taxonomy_file, "text=body", "auto")
    # The failed run is recorded, as any failed run is; no file was read, no state written.
    assert sql(lake, "select state from runs") == [("FAILED",)]
    assert sql(lake, "select count(*) from sources") == [(0,)]


def test_a_v3_lake_runs_on_without_writing_its_articles_again(tmp_path, inbox, taxonomy_file) -> None:
    lake = tmp_path / "lake"
    (inbox / "feed.jsonl").write_text("\n".join(item(n) for n in (1, 2)) + "\n")
    (inbox / "note.txt").write_text("A note\n\nTroops at the border.\n")
    run(inbox, lake, taxonomy_file)
    as_v3(lake)
    again = run(inbox, lake, taxonomy_file)  # upgraded by the run; its files and records unchanged
    assert (again["files_unchanged"], again["articles_written"]) == (2, 0)
    assert read_manifest(lake).schema_version == SCHEMA_VERSION
    assert sql(lake, "select count(*), count(fields) from sources") == [(4, 0)]
    mapped = run(inbox, lake, taxonomy_file, "title=kicker")
    assert (mapped["files_changed"], mapped["files_unchanged"], mapped["articles_written"]) == (1, 1, 2)
    assert sql(lake, "select title from articles where format = 'jsonl' order by 1") == [("Kicker 1",), ("Kicker 2",)]
