"""A records file remembers its `--field` mapping: a new one reads it again, a run without one keeps it."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from flows.artifacts import summary_markdown
from flows.ingest import ingest_articles
from flows.unchanged_run import answer_unchanged_run
from tests.flows.test_incremental import sql
from tests.flows.test_unchanged_run import parameters
from tests.warehouse.v3_lake import as_v3
from transforms.formats.field_options import MappingError
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


@pytest.mark.slow
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
    assert sql(lake, remembered) == [("export.csv", '{"text": "copy"}')]
    assert sql(lake, "select fields from sources where source like '%note.txt'") == [(None,)]


@pytest.mark.slow
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


@pytest.mark.slow
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
    remembered = sql(lake, "select fields from sources where source like '%feed.jsonl'")
    assert remembered == [('{"id": "guid", "title": "kicker"}',)]


@pytest.mark.slow
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
    # With every parameter and the taxonomy's version, as a COMPLETED row has them (it held only
    # those given, and no taxonomy version).
    import json

    from warehouse.taxonomy_files import read_taxonomy

    [(parameters, version)] = sql(lake, "select parameters, taxonomy_version from runs")
    assert version == read_taxonomy(taxonomy_file).version
    assert json.loads(parameters)["batch_size"] == 2000 and json.loads(parameters)["compact"] is True
    assert sql(lake, "select count(*) from sources") == [(0,)]


@pytest.mark.slow
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


@pytest.mark.slow
def test_an_option_that_changes_nothing_in_effect_writes_no_record_again(tmp_path, inbox, taxonomy_file) -> None:
    lake = tmp_path / "lake"
    (inbox / "feed.jsonl").write_text(
        "".join(json.dumps({"guid": f"g{n}", "headline": f"Headline {n}", "copy": f"Troops on day {n}."}) + "\n"
                for n in (1, 2))
    )
    assert run(inbox, lake, taxonomy_file, "text=copy")["articles_written"] == 2
    # `headline` is what the common names give the title already: the records are read as before.
    same = run(inbox, lake, taxonomy_file, "text=copy", "title=headline")
    assert (same["articles_written"], same["files_unchanged"], same["files_changed"]) == (0, 1, 0)
    assert sql(lake, "select count(*) from articles_history") == [(2,)]
    assert sql(lake, "select fields from sources where source like '%feed.jsonl'") == [
        ('{"text": "copy", "title": "headline"}',)
    ]


@pytest.mark.slow
def test_a_runs_mapping_applies_only_to_the_files_that_have_its_fields(tmp_path, inbox, taxonomy_file) -> None:
    lake = tmp_path / "lake"
    (inbox / "feed.jsonl").write_text(json.dumps({"guid": "f1", "copy": "Troops at the border."}) + "\n")
    (inbox / "auto.jsonl").write_text("\n".join(item(n) for n in (1, 2)) + "\n")
    first = run(inbox, lake, taxonomy_file)
    assert names(first) == [("feed.jsonl", "no_text_field")]
    [(_, _, detail)] = first["quarantined"]
    assert "--field text=NAME" in detail
    before = sql(lake, "select article_id, content_hash from articles order by 1")
    mapped = run(inbox, lake, taxonomy_file, "text=copy")  # what the quarantine's hint says to do
    assert mapped["quarantined"] == [] and mapped["articles_written"] == 1
    assert (mapped["files_changed"], mapped["files_unchanged"]) == (1, 1)
    assert sql(lake, "select count(*) from quarantine") == [(0,)]
    # auto.jsonl has no `copy`: read with the common names, as before, its records' versions kept.
    assert set(before) < set(sql(lake, "select article_id, content_hash from articles order by 1"))
    assert sql(lake, "select count(*) from articles where format = 'jsonl'") == [(3,)]
    # Both files remember what the run asked (auto.jsonl: and that it applied none of it): the same
    # --field next time reads nothing again.
    remembered = "select regexp_extract(source, '[^/]+$'), fields from sources where fields is not null order by 1"
    assert sql(lake, remembered) == [
        ("auto.jsonl", '{"applied": {}, "asked": {"text": "copy"}}'), ("feed.jsonl", '{"text": "copy"}'),
    ]
    again = answer_unchanged_run(parameters(inbox, lake, taxonomy_file, fields=["text=copy"]))
    assert again is not None and again["files_unchanged"] == 2


@pytest.mark.slow
def test_a_records_file_that_comes_back_is_read_with_the_mapping_it_had(tmp_path, inbox, taxonomy_file) -> None:
    lake = tmp_path / "lake"
    feed = inbox / "feed.jsonl"
    (inbox / "note.txt").write_text("A note\n\nTroops at the border.\n")
    feed.write_text("\n".join(item(n) for n in (1, 2)) + "\n")
    run(inbox, lake, taxonomy_file, "title=kicker")
    body = feed.read_bytes()
    feed.unlink()
    assert run(inbox, lake, taxonomy_file)["files_deleted"] == 1
    assert sql(lake, "select status, fields from sources where source like '%feed.jsonl'") == [
        ("deleted", '{"title": "kicker"}')
    ]
    feed.write_bytes(body)
    back = run(inbox, lake, taxonomy_file)  # without --field: the mapping the file had
    assert back["articles_written"] == 0  # its records' rows are in the lake already
    assert sql(lake, "select title from articles where format = 'jsonl' order by 1") == [("Kicker 1",), ("Kicker 2",)]


def both(n: int) -> str:
    return json.dumps({"guid": f"a{n}", "copy": f"Troops crossed on day {n}.", "body": f"Trade talks on day {n}."})


@pytest.mark.slow
def test_a_field_given_for_one_file_keeps_what_the_others_apply(tmp_path, inbox, taxonomy_file) -> None:
    lake = tmp_path / "lake"
    (inbox / "a.jsonl").write_text("\n".join(both(n) for n in (1, 2)) + "\n")
    run(inbox, lake, taxonomy_file, "text=copy")
    texts = "select p.text from paragraphs p join articles a using (article_id) where a.source like '%a.jsonl' " \
        "order by 1"
    assert sql(lake, texts) == [("Troops crossed on day 1.",), ("Troops crossed on day 2.",)]
    (inbox / "e.jsonl").write_text(json.dumps({"guid": "e1", "zz": "Sanctions hit trade."}) + "\n")
    assert names(run(inbox, lake, taxonomy_file)) == [("e.jsonl", "no_text_field")]
    fixed = run(inbox, lake, taxonomy_file, "text=zz")  # for e.jsonl: a.jsonl has no zz
    assert fixed["quarantined"] == [] and fixed["articles_written"] == 1
    assert sql(lake, texts) == [("Troops crossed on day 1.",), ("Troops crossed on day 2.",)]
    assert sql(lake, "select count(*) from articles_history where source like '%a.jsonl%'") == [(2,)]
    # a.jsonl reads text from copy still, the next run without --field too, and the same --field reads nothing.
    with (inbox / "a.jsonl").open("a") as handle:
        handle.write(both(3) + "\n")
    assert run(inbox, lake, taxonomy_file)["articles_written"] == 1
    assert sql(lake, texts)[-1] == ("Troops crossed on day 3.",)
    again = answer_unchanged_run(parameters(inbox, lake, taxonomy_file, fields=["text=zz"]))
    assert again is not None and again["files_unchanged"] == 2


@pytest.mark.slow
def test_a_record_with_the_asked_field_does_not_flip_a_file_that_lacked_it(tmp_path, inbox, taxonomy_file) -> None:
    lake = tmp_path / "lake"
    (inbox / "copy.jsonl").write_text(json.dumps({"guid": "c1", "copy": "Troops at the border."}) + "\n")
    feed = inbox / "b.jsonl"
    feed.write_text("\n".join(item(n) for n in (1, 2)) + "\n")
    run(inbox, lake, taxonomy_file, "text=copy")  # folder-wide: b.jsonl has no copy, reads body
    before = sql(lake, "select article_id, content_hash from articles where source like '%b.jsonl%' order by 1")
    with feed.open("a") as handle:
        handle.write(json.dumps({"guid": "g3", "copy": "Export prices rise.", "body": "Soldiers at war."}) + "\n")
    appended = run(inbox, lake, taxonomy_file)  # a scheduled run, without --field
    assert appended["quarantined"] == [] and appended["bad_records"] == []
    assert appended["articles_written"] == 1  # only the new record, read as the others are
    after = sql(lake, "select article_id, content_hash from articles where source like '%b.jsonl%' order by 1")
    assert set(before) < set(after) and len(after) == 3
    texts = "select p.text from paragraphs p join articles a using (article_id) where p.text like '%s %%'"
    assert sql(lake, texts % "Soldiers") == [("Soldiers at war.",)] and sql(lake, texts % "Export") == []


@pytest.mark.slow
def test_a_file_still_quarantined_under_a_new_mapping_is_not_quarantined_again(tmp_path, inbox, taxonomy_file) -> None:
    lake = tmp_path / "lake"
    (inbox / "e.jsonl").write_text(json.dumps({"guid": "e1", "zz": "Sanctions hit trade."}) + "\n")
    assert names(run(inbox, lake, taxonomy_file)) == [("e.jsonl", "no_text_field")]
    missed = run(inbox, lake, taxonomy_file, "text=yy")  # read again: still no text field
    assert missed["quarantined"] == [] and missed["still_quarantined"] == 1 and missed["files_unchanged"] == 1
    assert sql(lake, "select count(*) from quarantine") == [(1,)]
    assert sql(lake, "select fields from sources where source like '%e.jsonl'") == [
        ('{"applied": {}, "asked": {"text": "yy"}}',)
    ]


@pytest.mark.slow
def test_a_line_naming_its_text_otherwise_loses_no_record_of_the_file(tmp_path, inbox, taxonomy_file) -> None:
    lake = tmp_path / "lake"
    feed = inbox / "feed.jsonl"
    feed.write_text("".join(item(n) + "\n" for n in (1, 2, 3)))
    run(inbox, lake, taxonomy_file)
    with feed.open("a") as handle:
        handle.write(json.dumps({"guid": "g9", "title": "New", "text": "Farmers said the harvest was late."}) + "\n")
    appended = run(inbox, lake, taxonomy_file)  # the records that name their text "body" stay
    assert (appended["bad_records"], appended["records_deleted"], appended["articles_written"]) == ([], 0, 1)
    assert sql(lake, "select count(*) from articles") == [(4,)]
    assert sql(lake, "select fields from sources where source like '%feed.jsonl'") == [(None,)]


@pytest.mark.slow
def test_a_field_no_records_file_has_is_one_warning_and_the_run_goes_on(tmp_path, inbox, taxonomy_file) -> None:
    lake = tmp_path / "lake"
    story = {"guid": "g1", "title": "Rates up", "body": "The bank raised rates.", "firstPublished": "2024-03-01"}
    (inbox / "a.jsonl").write_text(json.dumps(story) + "\n")
    (inbox / "b.jsonl").write_text(item(2) + "\n")
    typo = run(inbox, lake, taxonomy_file, "published_at=firstpublished", "id=guid")
    assert typo["articles_written"] == 2
    [warning] = typo["field_warnings"]  # id=guid is found; the typo is named once, not once per file
    assert warning.startswith("--field published_at=firstpublished matches no field of the records files read")
    assert "did you mean firstPublished?" in warning
    assert "Warning: --field published\\_at=firstpublished" in summary_markdown(typo)
    fixed = run(inbox, lake, taxonomy_file, "published_at=firstPublished", "id=guid")
    assert fixed["field_warnings"] == []
    assert sql(lake, "select published_at is not null from articles where source like '%a.jsonl%'") == [(True,)]
