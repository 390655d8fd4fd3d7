"""`themelake run` of a folder with nothing to do is recorded without Prefect (flows/unchanged_run.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from flows.ingest import ingest_articles
from flows.unchanged_run import answer_unchanged_run
from tests.flows.tables import table_rows
from warehouse.committed_reads import query
from warehouse.lake import read_manifest

REPO = Path(__file__).resolve().parents[2]
WAR = "Troops at the border\n\nSoldiers and troops: the war goes on, fighting in the north.\n"
TRADE = "Trade talks\n\nSanctions hit trade; an economist sees export prices rise.\n"
COUNTS = "files_seen, files_new, files_changed, files_unchanged, files_quarantined, files_deleted, " \
    "articles_written, paragraphs_written, themes_written, state, deployment, flow_name, parameters"


def parameters(source: Path, lake: Path, taxonomy: str, **changes: object) -> dict[str, object]:
    """The flow's parameters, as `themelake run` passes them."""
    return {
        "source": str(source), "lake": str(lake), "taxonomy": taxonomy, "batch_size": 2000, "compact": True,
        "enrich": True, "fields": None, "include": None, "exclude": None, "report": False, "workers": None,
        **changes,
    }


@pytest.fixture
def inbox(tmp_path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "war.txt").write_text(WAR)
    (folder / "trade.txt").write_text(TRADE)
    (folder / "empty.txt").write_text("")  # quarantined: still quarantined, unchanged
    return folder


def runs(lake: Path, *left_out: str) -> list[dict]:
    """The lake's `runs` rows, oldest first: counts, state, and parameters but the lake's own path (and those
    `left_out`)."""
    rows = query(lake, f"select {COUNTS} from runs order by started_at").to_pylist()
    return [row | {"parameters": {k: v for k, v in json.loads(row["parameters"]).items() if k not in left_out}
                   | {"lake": "L"}} for row in rows]


@pytest.mark.slow
def test_an_unchanged_rerun_is_recorded_as_the_flow_records_it(tmp_path, inbox, taxonomy_file) -> None:
    by_flow, answered = tmp_path / "by-flow", tmp_path / "answered"
    for lake in (by_flow, answered):
        ingest_articles(source=str(inbox), lake=str(lake), taxonomy=taxonomy_file)
    flow_rerun = ingest_articles(source=str(inbox), lake=str(by_flow), taxonomy=taxonomy_file)
    summary = answer_unchanged_run(parameters(inbox, answered, taxonomy_file))

    assert summary is not None and summary["without_flow_run"]
    assert runs(answered) == runs(by_flow)  # the same counts, state, deployment and parameters
    assert runs(answered)[1]["files_unchanged"] == 3 and summary["still_quarantined"] == 1
    same_keys = {k for k, v in flow_rerun.items() if k not in ("run_id", "lake", "duration_s", "manifest_version")}
    assert {k: summary[k] for k in same_keys} == {k: flow_rerun[k] for k in same_keys}
    for table in ("articles", "paragraphs", "paragraph_themes", "quarantine"):
        assert table_rows(answered, table) == table_rows(by_flow, table), table


def change_nothing(inbox: Path, tmp_path: Path) -> dict[str, object]:
    return {}


def touch(inbox: Path, tmp_path: Path) -> None:
    os.utime(inbox / "war.txt", ns=(1, 10**18))  # the same bytes: hashed, found unchanged


def touch_all(inbox: Path, tmp_path: Path) -> None:
    for path in inbox.iterdir():  # a `cp -r` without -p: every file's mtime moved, the empty one's too
        os.utime(path, ns=(1, 10**18))


def same_size_other_bytes(inbox: Path, tmp_path: Path) -> dict[str, object]:
    (inbox / "war.txt").write_text(WAR.replace("north", "south"))  # mtime and bytes moved, not the size
    return {}


def touch_and_change(inbox: Path, tmp_path: Path) -> dict[str, object]:
    touch(inbox, tmp_path)
    (inbox / "trade.txt").write_text(TRADE.replace("rise", "fall"))
    return {}


def delete(inbox: Path, tmp_path: Path) -> dict[str, object]:
    (inbox / "trade.txt").unlink()
    return {}


def add(inbox: Path, tmp_path: Path) -> dict[str, object]:
    (inbox / "new.txt").write_text(TRADE.replace("Trade", "Tariff"))
    return {}


def other_taxonomy(inbox: Path, tmp_path: Path) -> dict[str, object]:
    from tests.flows.conftest import TEST_TAXONOMY

    path = tmp_path / "other.toml"
    path.write_text(TEST_TAXONOMY.replace("min_score = 1.0", "min_score = 2.0"))
    return {"taxonomy": str(path)}


def with_report(inbox: Path, tmp_path: Path) -> dict[str, object]:
    return {"report": True}


@pytest.mark.parametrize("change", [same_size_other_bytes, touch_and_change, delete, add, other_taxonomy, with_report])
@pytest.mark.slow
def test_a_run_with_something_to_do_is_left_to_the_flow_and_writes_nothing(
    tmp_path, inbox, taxonomy_file, change
) -> None:
    lake = tmp_path / "lake"
    ingest_articles(source=str(inbox), lake=str(lake), taxonomy=taxonomy_file)
    before = read_manifest(lake).version
    asked = parameters(inbox, lake, taxonomy_file) | change(inbox, tmp_path)
    assert answer_unchanged_run(asked) is None
    assert read_manifest(lake).version == before


@pytest.mark.parametrize("change", [touch, touch_all])
@pytest.mark.slow
def test_a_rerun_after_a_touch_is_recorded_as_the_flow_records_it(tmp_path, inbox, taxonomy_file, change) -> None:
    # `touch`, `cp` without -p, `git checkout`: the bytes are the same, the mtime moved. The flow reads and hashes
    # such files and records their new size and mtime; the unchanged check hashes them (the same hash) and
    # records the same, without starting Prefect (warehouse/touched_sources.py).
    by_flow, answered = tmp_path / "by-flow", tmp_path / "answered"
    for lake in (by_flow, answered):
        ingest_articles(source=str(inbox), lake=str(lake), taxonomy=taxonomy_file)
    change(inbox, tmp_path)
    flow_rerun = ingest_articles(source=str(inbox), lake=str(by_flow), taxonomy=taxonomy_file)
    summary = answer_unchanged_run(parameters(inbox, answered, taxonomy_file))

    assert summary is not None and summary["without_flow_run"]
    # The same counts, state, deployment and parameters; but `workers`: the flow's batch used one, this none.
    assert runs(answered, "workers") == runs(by_flow, "workers") and runs(answered)[1]["files_unchanged"] == 3
    same_keys = {k for k, v in flow_rerun.items() if k not in ("run_id", "lake", "duration_s", "manifest_version")}
    assert {k: summary[k] for k in same_keys} == {k: flow_rerun[k] for k in same_keys}
    for table in ("sources", "articles", "paragraphs", "paragraph_themes", "quarantine"):
        assert table_rows(answered, table) == table_rows(by_flow, table), table
    before = read_manifest(answered).version
    again = answer_unchanged_run(parameters(inbox, answered, taxonomy_file))  # unchanged by size and mtime now
    assert again is not None and len(table_rows(answered, "sources")) == len(table_rows(by_flow, "sources"))
    assert read_manifest(answered).version == before + 1  # its `runs` row alone


def test_a_new_lake_is_left_to_the_flow(tmp_path, inbox, taxonomy_file) -> None:
    lake = tmp_path / "lake"
    assert answer_unchanged_run(parameters(inbox, lake, taxonomy_file)) is None
    assert not lake.exists()


@pytest.mark.slow
def test_a_compaction_that_comes_due_with_the_runs_row_is_done_as_the_flow_does_it(
    tmp_path, inbox, taxonomy_file, monkeypatch
) -> None:
    import flows.run_record
    from warehouse.compaction_due import compaction_due

    by_flow, answered, kept = tmp_path / "by-flow", tmp_path / "answered", tmp_path / "kept"
    for lake in (by_flow, answered, kept):
        ingest_articles(source=str(inbox), lake=str(lake), taxonomy=taxonomy_file)
    # Due from two loose files on: the re-run's `runs` file is the second of its table.
    monkeypatch.setattr(flows.run_record, "compaction_due", lambda lake: compaction_due(lake, 2))
    flow_rerun = ingest_articles(source=str(inbox), lake=str(by_flow), taxonomy=taxonomy_file)
    summary = answer_unchanged_run(parameters(inbox, answered, taxonomy_file))
    not_compacted = answer_unchanged_run(parameters(inbox, kept, taxonomy_file, compact=False))  # --no-compact

    assert summary is not None and not_compacted is not None and not_compacted["compacted"] is None
    assert summary["compacted"] == flow_rerun["compacted"] is not None
    assert summary["compacted"]["manifest_version"] == read_manifest(answered).version
    assert read_manifest(answered).version == summary["manifest_version"] + 1
    assert {t: len(f) for t, f in read_manifest(answered).tables.items()} == {
        t: len(f) for t, f in read_manifest(by_flow).tables.items()
    }
    for table in ("articles", "paragraphs", "paragraph_themes", "quarantine"):
        assert table_rows(answered, table) == table_rows(by_flow, table), table


def themelake_run(inbox: Path, lake: Path, taxonomy: str) -> subprocess.CompletedProcess[str]:
    # A Prefect API that cannot answer: a run that needed Prefect would stop on it, in one line.
    env = {**os.environ, "PREFECT_API_URL": "http://127.0.0.1:9/api", "COLUMNS": "200"}
    return subprocess.run(
        [sys.executable, "-m", "flows.cli", "run", str(inbox), "--lake", str(lake), "--taxonomy", taxonomy],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=120,
    )


@pytest.mark.slow
def test_themelake_run_answers_an_unchanged_folder_without_prefect(tmp_path, inbox, taxonomy_file) -> None:
    lake = tmp_path / "lake"
    ingest_articles(source=str(inbox), lake=str(lake), taxonomy=taxonomy_file)

    unchanged = themelake_run(inbox, lake, taxonomy_file)
    assert unchanged.returncode == 0, unchanged.stderr
    assert "without starting Prefect" in unchanged.stdout and "files unchanged" in unchanged.stdout
    assert [r["files_unchanged"] for r in runs(lake)] == [0, 3]

    (inbox / "war.txt").write_text(WAR + "\nMore fighting.\n")
    changed = themelake_run(inbox, lake, taxonomy_file)
    assert changed.returncode == 2 and "unreachable" in changed.stderr  # the flow's way, which needs the API
    assert len(runs(lake)) == 2


@pytest.mark.slow
def test_themelake_run_after_a_touch_says_the_files_touched_not_nothing_to_read(tmp_path, inbox, taxonomy_file) -> None:
    # It said "Nothing to read, nothing deleted" of a run that had read and hashed every file touched.
    lake = tmp_path / "lake"
    ingest_articles(source=str(inbox), lake=str(lake), taxonomy=taxonomy_file)
    touch_all(inbox, tmp_path)
    touched = themelake_run(inbox, lake, taxonomy_file)
    assert touched.returncode == 0, touched.stderr
    assert "3 files touched, their bytes unchanged: recorded in runs without starting Prefect" in touched.stdout
    assert "Nothing to read" not in touched.stdout
    again = themelake_run(inbox, lake, taxonomy_file)  # their states refreshed: now nothing to read
    assert "Nothing to read, nothing deleted" in again.stdout and "touched" not in again.stdout


def test_an_empty_folder_into_a_new_lake_is_recorded_without_the_flow(tmp_path, taxonomy_file) -> None:
    # It started Prefect (15 to 19 s) to list no file and write a `runs` row: the lake is made here, its
    # taxonomy's themes recorded, as the flow's run records them.
    empty, lake = tmp_path / "empty", tmp_path / "lake"
    empty.mkdir()
    summary = answer_unchanged_run(parameters(empty, lake, taxonomy_file))

    assert summary is not None and summary["without_flow_run"] and summary["relabelled"] is None
    assert [(r["files_seen"], r["state"]) for r in runs(lake)] == [(0, "COMPLETED")]
    recorded = query(lake, "select distinct taxonomy_version from themes union all select taxonomy_version "
                     "from current_taxonomy").column(0).to_pylist()
    assert recorded == [summary["taxonomy_version"]] * 2


def test_an_empty_folder_with_another_taxonomy_is_left_to_the_flow_only_when_it_has_paragraphs_to_label(
    tmp_path, taxonomy_file
) -> None:
    from tests.warehouse.report_lake import delete_articles, make_report_lake

    empty = tmp_path / "empty"
    empty.mkdir()
    held = make_report_lake(tmp_path / "held")  # labelled with another taxonomy: the flow labels its paragraphs
    before = read_manifest(held).version
    assert answer_unchanged_run(parameters(empty, held, taxonomy_file)) is None
    assert read_manifest(held).version == before

    emptied = delete_articles(make_report_lake(tmp_path / "emptied"))  # nothing left to label: answered here
    summary = answer_unchanged_run(parameters(empty, emptied, taxonomy_file))
    assert summary is not None and summary["relabelled"]["paragraphs"] == 0
    assert query(emptied, "select taxonomy_version from current_taxonomy").column(0).to_pylist() == [
        summary["taxonomy_version"]]


def test_themelake_run_of_an_empty_folder_into_a_new_lake_says_so_without_prefect(tmp_path, taxonomy_file) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    ran = themelake_run(empty, tmp_path / "lake", taxonomy_file)  # an API that cannot answer: not asked
    assert ran.returncode == 0, ran.stderr
    assert ran.stderr.startswith(f"warning: {empty} holds no file to read"), ran.stderr
    assert "without starting Prefect" in ran.stdout, ran.stdout


@pytest.mark.slow
def test_a_taxonomy_of_other_languages_over_an_unchanged_folder_is_answered_without_the_flow(
    tmp_path, inbox, taxonomy_file
) -> None:
    # A German taxonomy over an unchanged English folder has nothing to label (a run labels no article in a language
    # its taxonomy does not declare): the run started Prefect, 12 to 19 s, to relabel no paragraph.
    from tests.flows.conftest import TEST_TAXONOMY
    from warehouse.labels import current_taxonomy_version

    lake = tmp_path / "lake"
    ingest_articles(source=str(inbox), lake=str(lake), taxonomy=taxonomy_file)
    german = tmp_path / "de.toml"
    german.write_text(TEST_TAXONOMY.replace("min_score = 1.0", 'min_score = 1.0\nlanguages = ["de"]'))
    summary = answer_unchanged_run(parameters(inbox, lake, str(german)))
    assert summary is not None and summary["without_flow_run"]
    assert summary["relabelled"]["paragraphs"] == 0 and summary["files_unchanged"] == 3
    from warehouse.taxonomy_files import read_taxonomy

    assert current_taxonomy_version(lake) == read_taxonomy(str(german)).version  # as the flow's run makes it
