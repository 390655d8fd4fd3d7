"""What `run`, `enrich` and `relabel` say and record when they have nothing to read (no Prefect): a killed
run's leftovers removed, a glob that matched nothing, and where the `runs` row says the lake is."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from flows.cli.main import app
from tests.warehouse.test_lake import staged_batch
from warehouse import lake as lakes
from warehouse.committed_reads import query

runner = CliRunner()
TAXONOMY = '[[themes]]\nid = "war"\nterms = ["war", "troops"]\n'  # tests.warehouse.test_lake's TAX


def leave_leftovers(lake: Path, run: str) -> list[Path]:
    """Stage a batch a killed run never committed, and a manifest write it cut short; return their files."""
    staged = staged_batch(lake, run)
    left = [lake / f for files in staged.values() for f in files] + [lake / f".manifest.json.tmp-{run}"]
    left[-1].write_text("{")
    return left


@pytest.fixture
def lake(tmp_path, monkeypatch) -> Path:
    """A lake of three articles, its taxonomy in ./war.toml; the working directory is tmp_path."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "war.toml").write_text(TAXONOMY)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Troops\n\nTroops and war at the border.\n")
    lakes.commit(tmp_path / "lake", staged_batch(tmp_path / "lake"))
    return tmp_path / "lake"


def test_run_enrich_and_relabel_say_once_what_a_killed_run_left_and_they_removed(lake) -> None:
    # `compact` said how many files a killed run had left; `run`, `enrich` and `relabel` removed them silently.
    commands = [
        ["relabel", "--lake", "lake", "--taxonomy", "war.toml"],
        ["enrich", "--lake", "lake"],
        ["run", "in", "--lake", "lake", "--taxonomy", "war.toml", "--include", "*.pdf"],
    ]
    for n, command in enumerate(commands):
        left = leave_leftovers(lake, f"killed-{n}")
        size = sum(path.stat().st_size for path in left)
        result = runner.invoke(app, command, env={"COLUMNS": "400"})
        assert result.exit_code == 0, result.output
        said = f"removed {len(left)} leftover files ({size:,} bytes) of a run that was killed or failed: no commit"
        assert result.output.count(said) == 1, (command, result.output)
        assert not any(path.exists() for path in left)
        again = runner.invoke(app, command, env={"COLUMNS": "400"})
        assert again.exit_code == 0 and "leftover" not in again.output, again.output


def test_a_glob_that_matched_nothing_is_said_before_the_summary_which_stays_last(lake) -> None:
    # The warning came after the summary's last table: the command's last word was a warning, and the
    # summary's end (quarantined files: None) was in the middle of what it printed.
    runner.invoke(app, ["relabel", "--lake", "lake", "--taxonomy", "war.toml"])
    result = runner.invoke(app, ["run", "in", "--lake", "lake", "--taxonomy", "war.toml", "--include", "*.pdf"],
                           env={"COLUMNS": "400"})
    assert result.exit_code == 0, result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    warned = [n for n, line in enumerate(lines) if "--include '*.pdf' matches no file of the source" in line]
    heading = next(n for n, line in enumerate(lines) if line.startswith("ingest-articles run "))
    assert warned and warned == [0] and warned[0] < heading, result.output
    assert lines[0].startswith("warning: --include"), result.output
    assert lines[-1] == "None.", result.output  # the summary's own last line: no file quarantined


def test_run_enrich_and_relabel_record_the_lake_alike_resolved_and_as_given(lake) -> None:
    # Decided: the `lake` column is the lake's folder, resolved; `parameters` are the command's as given
    # (../lk2 stays ../lk2), so the row says both where the lake was and how the command named it.
    runner.invoke(app, ["relabel", "--lake", "./lake", "--taxonomy", "war.toml"])
    runner.invoke(app, ["run", "in", "--lake", "./lake", "--taxonomy", "war.toml", "--include", "*.pdf"])
    rows = query(lake, "select flow_name, lake, parameters from runs order by started_at").to_pylist()
    assert [row["flow_name"] for row in rows] == ["relabel-paragraphs", "ingest-articles"]
    assert {row["lake"] for row in rows} == {str(lake)}
    assert {json.loads(row["parameters"])["lake"] for row in rows} == {"./lake"}


def test_a_source_that_holds_no_file_is_said_before_the_summary(lake) -> None:
    # An empty folder (a mistyped one, a share not mounted) printed a summary of zeros and nothing else; one
    # that held the lake's files before marked them all deleted, said only as a count in the summary.
    runner.invoke(app, ["relabel", "--lake", "lake", "--taxonomy", "war.toml"])
    Path("empty").mkdir()
    (Path("empty") / ".DS_Store").write_text("")  # hidden: not read
    result = runner.invoke(app, ["run", "empty", "--lake", "lake", "--taxonomy", "war.toml"], env={"COLUMNS": "400"})
    assert result.exit_code == 0, result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert lines[0].startswith("warning: empty holds no file to read"), result.output
    assert "marked" not in lines[0]
    read = runner.invoke(app, ["run", "empty", "--lake", "lake", "--taxonomy", "war.toml", "--include", "*.pdf"])
    assert "holds no file" not in read.output and "matches no file" in read.output  # the glob's line says why


def test_a_folder_whose_every_file_the_globs_leave_out_is_not_said_to_hold_none(tmp_path) -> None:
    # `--exclude '*'` over a folder of articles was said to "hold no file to read": the user went to look for files
    # that were there; every glob matched, so no glob's line said why either.
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "war.txt").write_text("Troops at the border\n\nThe war goes on.\n")
    result = runner.invoke(app, ["run", str(folder), "--lake", str(tmp_path / "lake"), "--exclude", "*.txt"],
                           env={"COLUMNS": "400"})
    assert result.exit_code == 0, result.output
    (line,) = [line for line in result.output.splitlines() if line.startswith("warning:")]
    assert line == (f"warning: --exclude '*.txt' leaves out every file of {folder}: the run read nothing"), line


def test_globs_that_together_leave_out_every_file_are_named_as_given(tmp_path) -> None:
    # "--include and --exclude leave out every file" named options, not which patterns: with several of each,
    # the user could not tell which exclude undid which include.
    folder = tmp_path / "inbox"
    (folder / "wires").mkdir(parents=True)
    (folder / "wires" / "war.txt").write_text("Troops at the border\n\nThe war goes on.\n")
    (folder / "notes.md").write_text("Talks resume in Doha\n\nThe ceasefire holds.\n")
    result = runner.invoke(app, ["run", str(folder), "--lake", str(tmp_path / "lake"), "--include", "*.txt",
                                 "--include", "*.md", "--exclude", "*war*", "--exclude", "notes*"],
                           env={"COLUMNS": "400"})
    assert result.exit_code == 0, result.output
    (line,) = [line for line in result.output.splitlines() if line.startswith("warning:")]
    assert line == (f"warning: --include '*.txt' --include '*.md' with --exclude '*war*' --exclude 'notes*' leave out "
                    f"every file of {folder}: the run read nothing"), line
