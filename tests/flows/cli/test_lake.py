from __future__ import annotations

import json
import logging
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from flows.cli.main import app
from flows.ingest import ingest_articles
from tests.flows.test_incremental import HUNGER, TRADE, WAR
from tests.warehouse.test_lock import HOLDER
from warehouse import lake as lakes
from warehouse.committed_reads import query
from warehouse.compaction_due import SETTLED_TABLES
from warehouse.schema_version import UPGRADABLE
from warehouse.schemas import SCHEMA_VERSION

runner = CliRunner()

QUERIES = [
    "select count(*), count(distinct article_id), sum(n_words) from articles",
    "select source, content_hash, title from articles order by source",
    "select article_id, ordinal, role, text from paragraphs order by all",
    "select theme_id, count(*), round(sum(score), 4) from paragraph_themes group by 1 order by 1",
    "select count(*) from paragraphs_history",
    "select source, status, content_hash from sources order by source",
    "select source, reason from quarantine order by source",
    "select run_id, files_seen, files_new, files_changed, files_deleted from runs order by started_at",
    "select taxonomy_version, theme_id from themes order by all",
]


def many_small_runs(tmp_path, taxonomy_file) -> Path:
    """A lake written by several small runs: changes, a deletion, a quarantined file."""
    inbox, lake = tmp_path / "inbox", tmp_path / "lake"
    inbox.mkdir()
    for n, text in enumerate((WAR, TRADE, HUNGER, WAR + TRADE)):
        (inbox / f"{n}.txt").write_text(text)
        (inbox / "moving.txt").write_text(text)
        if n == 2:
            (inbox / "0.txt").unlink()
            (inbox / "empty.txt").write_text("")
        ingest_articles(source=str(inbox), lake=str(lake), taxonomy=taxonomy_file, batch_size=1)
    return lake


@pytest.mark.slow
def test_compact_rewrites_small_files_without_changing_any_query(tmp_path, taxonomy_file) -> None:
    lake = many_small_runs(tmp_path, taxonomy_file)
    before = {q: query(lake, q).to_pylist() for q in QUERIES}
    files_before = json.loads((lake / lakes.MANIFEST).read_text())["tables"]

    result = runner.invoke(app, ["compact", "--lake", str(lake)])

    assert result.exit_code == 0, result.output
    files_after = json.loads((lake / lakes.MANIFEST).read_text())["tables"]
    for table, files in files_before.items():  # one file a table; articles and sources: settled and the rest
        assert len(files_after[table]) in ({0} if not files else {1, 2} if table in SETTLED_TABLES else {1})
    assert sum(map(len, files_before.values())) > 2 * sum(map(len, files_after.values()))
    assert {q: query(lake, q).to_pylist() for q in QUERIES} == before
    kept = {f for files in files_after.values() for f in files}
    old = [f for files in files_before.values() for f in files if f not in kept]
    assert old and not any((lake / f).exists() for f in old)  # deleted after the swap
    assert all((lake / f).exists() for files in files_after.values() for f in files)
    # The lake keeps working incrementally after compaction.
    again = ingest_articles(source=str(tmp_path / "inbox"), lake=str(lake), taxonomy=taxonomy_file)
    assert again["files_unchanged"] == again["files_seen"]


@pytest.mark.slow  # several flow runs
def test_lake_of_another_schema_version_is_one_clear_line(tmp_path, taxonomy_file) -> None:
    lake = tmp_path / "lake"
    lakes.commit(lake, {})
    manifest = json.loads((lake / lakes.MANIFEST).read_text())
    for version, words in ((min(UPGRADABLE) - 1, "older than"), (SCHEMA_VERSION + 1, "newer than")):
        manifest["schema_version"] = version
        (lake / lakes.MANIFEST).write_text(json.dumps(manifest))
        for args in (["query", "select 1"], ["run", str(tmp_path), "--taxonomy", taxonomy_file], ["compact"]):
            result = runner.invoke(app, [*args, "--lake", str(lake)])
            assert result.exit_code == 2, (args, result.output)
            assert f"schema version {version}, {words}" in result.output
            assert len(result.output.strip().splitlines()) == 1 and "Traceback" not in result.output


@pytest.mark.slow  # several flow runs
def test_run_on_a_locked_lake_is_refused_in_one_line(tmp_path, monkeypatch, taxonomy_file) -> None:
    lake = tmp_path / "lake"
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(lake)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[3],  # the repository
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        monkeypatch.setenv("THEMELAKE_LOCK_TIMEOUT", "0.2")
        result = runner.invoke(app, ["run", str(tmp_path), "--lake", str(lake), "--taxonomy", taxonomy_file])
    finally:
        holder.kill()
        holder.wait()
    assert result.exit_code == 2
    assert "is being written by another themelake run" in result.output and "Traceback" not in result.output


def test_compact_help_shows_the_default_rows_per_file_compaction_uses() -> None:
    from warehouse.compaction_size import DEFAULT_ROWS_PER_FILE

    result = runner.invoke(app, ["compact", "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert f"default: the lake's, else {DEFAULT_ROWS_PER_FILE:,}." in " ".join(result.output.split())


def test_compact_refuses_the_rows_per_file_compaction_refuses() -> None:
    from flows.cli import lake
    from warehouse import compaction_size

    assert lake.MAX_ROWS_PER_FILE == compaction_size.MAX_ROWS_PER_FILE
    result = runner.invoke(app, ["compact", "--rows-per-file", str(compaction_size.MAX_ROWS_PER_FILE + 1)])
    assert result.exit_code == 2 and "Traceback" not in result.output


@pytest.mark.slow  # a flow run (compact-lake), on Prefect's API
def test_compact_of_a_lake_on_object_storage_compacts_it() -> None:
    # It was refused: "on object storage, which themelake does not compact" (before that, pyarrow's
    # TypeError from inside the flow).
    from tests.warehouse.test_lake import staged_batch

    lake = "memory://compact-remote/lake"
    for n in range(3):
        lakes.commit(lake, staged_batch(lake, f"run-{n}"))
    before = query(lake, "select paragraph_id, text from paragraphs order by all").to_pylist()
    assert {len(f) for f in lakes.read_manifest(lake).tables.values() if f} == {3}
    result = CliRunner().invoke(app, ["compact", "--lake", lake])
    assert result.exit_code == 0, result.output
    assert {len(f) for f in lakes.read_manifest(lake).tables.values() if f} == {1}
    assert query(lake, "select paragraph_id, text from paragraphs order by all").to_pylist() == before


@pytest.mark.slow  # several flow runs
def test_compact_says_what_the_two_files_of_articles_and_sources_are(tmp_path, taxonomy_file) -> None:
    # "articles 2 files" after compacting, every other table one, and nothing said why.
    lake = many_small_runs(tmp_path, taxonomy_file)  # edited and deleted articles: settled rows and the rest
    result = runner.invoke(app, ["compact", "--lake", str(lake)])
    assert result.exit_code == 0, result.output
    files_after = json.loads((lake / lakes.MANIFEST).read_text())["tables"]
    rows = {line.split("│")[1].strip(): line.split("│")[3].strip() for line in result.output.splitlines()
            if line.startswith("│")}
    for table in SETTLED_TABLES:
        total, settled = len(files_after[table]), sum("/settled-" in name for name in files_after[table])
        assert 0 < settled < total
        assert rows[table] == f"{total} ({settled} settled, {total - settled} changed)"
    assert rows["paragraphs"] == "1"
    assert "settled: the rows of articles whose every version and source agree" in result.output
    # Compacted again, nothing is rewritten: no row counts settled and changed files, and no note says what they are.
    again = runner.invoke(app, ["compact", "--lake", str(lake)])
    assert again.exit_code == 0, again.output
    assert "settled" not in again.output and "changed" not in again.output


def test_a_lake_folder_that_does_not_exist_is_said_alike_by_every_command(tmp_path) -> None:
    # `query --lake /nowhere` said "(no themelake.duckdb)", `enrich --lake /nowhere` "(no _manifest.json)": two files
    # of a lake's inside for one mistake, a folder that is not there.
    nowhere = tmp_path / "nowhere"
    said = set()
    for command in (["query", "select count(*) from articles"], ["enrich"], ["compact"], ["themes"], ["report"]):
        result = runner.invoke(app, [*command, "--lake", str(nowhere)], env={"COLUMNS": "400"})
        assert result.exit_code == 2, (command, result.output)
        said.add(" ".join(result.output.split()))
    assert said == {f"error: no lake at {nowhere} (no such folder): run `themelake run SOURCE --lake {nowhere}` first"}


def test_a_relative_lake_that_is_not_there_is_said_with_the_folder_it_was_looked_for_in(tmp_path, monkeypatch) -> None:
    # `themelake query ...` run in another folder than the lake's said "no lake at lake (no such folder)": which
    # folder's `lake` was left to guess.
    monkeypatch.chdir(tmp_path)
    for command in (["query", "select count(*) from articles"], ["enrich"], ["relabel"]):
        result = runner.invoke(app, [*command, "--lake", "lake"], env={"COLUMNS": "400"})
        assert result.exit_code == 2, (command, result.output)
        assert " ".join(result.output.split()) == (
            f"error: no lake at lake (no such folder in {tmp_path}): run `themelake run SOURCE --lake lake` first"
        ), command


def test_compact_says_how_many_leftovers_of_a_killed_run_it_removed(tmp_path) -> None:
    # A killed run's staged batch and cut-short write were removed by compact's recovery without a word: the
    # user who ran compact to tidy the lake after a crash could not tell whether anything had been left.
    from tests.warehouse.test_lake import staged_batch

    lake = tmp_path / "lake"
    lakes.commit(lake, staged_batch(lake, "run-1"))
    staged = staged_batch(lake, "killed-2")  # staged, never committed: the run was killed before its commit
    left = [lake / f for files in staged.values() for f in files] + [lake / ".manifest.json.tmp-4242"]
    left[-1].write_text("{")
    size = sum(path.stat().st_size for path in left)
    result = runner.invoke(app, ["compact", "--lake", str(lake)], env={"COLUMNS": "400"})
    assert result.exit_code == 0, result.output
    assert (f"removed {len(left)} leftover files ({size:,} bytes) of a run that was killed or failed: no commit "
            "named them") in result.output
    assert not any(path.exists() for path in left)
    again = runner.invoke(app, ["compact", "--lake", str(lake)], env={"COLUMNS": "400"})
    assert again.exit_code == 0 and "leftover" not in again.output, again.output


def test_leftovers_the_flow_removed_are_said_once(tmp_path, monkeypatch, prefect_api, caplog) -> None:
    # A lake the flow compacts without the command's look under the lock first (a lake on object storage
    # goes straight to the flow): the flow's log said what its recovery removed, then the command said it again.
    from tests.warehouse.test_lake import staged_batch

    lake = tmp_path / "lake"
    for run in ("run-1", "run-2"):  # two commits: files to compact
        lakes.commit(lake, staged_batch(lake, run))
    left = [lake / f for files in staged_batch(lake, "killed-3").values() for f in files]
    monkeypatch.setattr("flows.nothing_to_compact.answer_nothing_to_compact", lambda *_, **__: None)
    caplog.set_level(logging.INFO)
    result = runner.invoke(app, ["compact", "--lake", str(lake)], env={"COLUMNS": "400"})
    assert result.exit_code == 0, result.output
    said = f"removed {len(left)} leftover files"
    assert any(said in message for message in caplog.messages), caplog.messages  # the flow's log says it
    assert said not in result.output, result.output  # and the command does not say it again
    assert not any(path.exists() for path in left)
