"""What a new user tries in their first hour with themelake, and should get a plain answer to."""

from __future__ import annotations

import re
from importlib.metadata import PackageNotFoundError, version

import pytest
import typer
from typer.testing import CliRunner

from flows.cli.main import app

runner = CliRunner()


@pytest.mark.slow  # imports pyarrow and asks git for the commit: about a second
def test_version_says_which_themelake_this_is() -> None:
    # The first thing a bug report asks for; `--version` was "No such option" (exit 2).
    done = runner.invoke(app, ["--version"])
    assert done.exit_code == 0, done.output
    try:
        installed = version("themelake")
    except PackageNotFoundError:  # a source tree that is not installed
        installed = "unknown"
    assert re.match(rf"themelake {re.escape(installed)}\b", done.output), done.output


def test_run_help_names_every_file_type_run_reads() -> None:
    # `run --help` named 10 of the 16 types: a user with .nitf wire stories or .htm pages read that
    # themelake does not take them, while the quarantine's detail for a .pdf listed them all.
    from transforms.formats import SUFFIXES

    command = typer.main.get_command(app)
    source = next(p for p in command.commands["run"].params if p.name == "source")  # type: ignore[attr-defined]
    named = set(re.findall(r"(?<![\w/])\.[a-z]+", source.help))
    assert named - {".gz"} == set(SUFFIXES)


@pytest.mark.slow  # loads the semantic model
def test_eval_into_a_file_cuts_and_wraps_no_name(data_dir) -> None:
    # `eval ... > figures.txt` laid its tables out at 80 columns: names over four lines, "predict…".
    done = runner.invoke(app, ["eval", str(data_dir / "labeled"), "--map", str(data_dir / "labeled-map.toml")])
    assert done.exit_code == 0, done.output
    lines = done.output.splitlines()
    assert any(line.startswith("eval (taxonomy ") for line in lines), done.output
    header = next(line for line in lines if "precision" in line)
    assert header.split() == ["┃", "theme", "┃", "name", "┃", "precision", "┃", "recall", "┃", "f1", "┃", "support",
                              "┃", "predicted", "┃"]
    assert any("│ economy, business and finance │" in line for line in lines), done.output
    assert "…" not in done.output


def test_compact_into_a_pipe_says_its_lake_and_size_on_one_line(tmp_path, monkeypatch) -> None:
    import flows.cli.lake
    import warehouse.lake

    lake = str(tmp_path / "a-lake-with-a-rather-long-name-as-real-paths-have" / "lake")
    done = {"lake": lake, "rows_per_file": 1_000_000, "before": {"paragraphs": 17}, "after": {"paragraphs": 1},
            "deleted": [f"data/paragraphs/run-{n}.parquet" for n in range(17)]}
    monkeypatch.setattr(warehouse.lake, "existing_lake", lambda path: None)
    # The flow's compaction (the one without Prefect answers only a lake with nothing to rewrite).
    monkeypatch.setattr("flows.nothing_to_compact.answer_nothing_to_compact", lambda *args, **kwargs: None)
    monkeypatch.setattr(flows.cli.lake, "run_lake_flow", lambda *args, **kwargs: done)
    result = runner.invoke(app, ["compact", "--lake", lake])
    assert result.exit_code == 0, result.output
    assert f"compacted {lake} (up to 1,000,000 rows a file)" in result.output.splitlines()


@pytest.fixture
def empty_lake(tmp_path) -> str:
    from warehouse.catalog import write_catalog
    from warehouse.lake import ensure_lake

    ensure_lake(tmp_path / "lake")
    write_catalog(tmp_path / "lake")
    return str(tmp_path / "lake")


@pytest.mark.parametrize("form", ["table", "csv"])
def test_a_table_the_lake_lacks_is_one_line_naming_the_lake_s_tables(empty_lake, form) -> None:
    # A guess at a table's name ("labels") got DuckDB's "Did you mean "duckdb_tables"?", a system table.
    done = runner.invoke(app, ["query", "select * from labels", "--lake", empty_lake, "-f", form])
    assert done.exit_code == 2
    (line,) = done.output.splitlines()
    assert "labels does not exist" in line
    for table in ("articles", "paragraphs", "paragraph_themes", "themes", "runs", "quarantine", "article_themes"):
        assert re.search(rf"\b{table}\b", line.split("does not exist", 1)[1]), line
    assert 'show tables' in line
    assert not re.search(r"pg_|duckdb_|information_schema", line), line  # no system table offered as the lake's
    close = runner.invoke(app, ["query", "select * from articlez", "--lake", empty_lake])
    assert 'Did you mean "articles"?' in close.output  # DuckDB's guess of a lake's own table stays


def test_sql_that_opens_with_a_comment_is_the_sql_not_an_option(empty_lake) -> None:
    # An example query pasted with its comment line was "No such option: -- top\x0aselect ...".
    sql = "-- a comment first, as the examples' files have\nselect 41 + 1 as answer"
    for args in (["query", sql, "--lake", empty_lake, "-f", "csv"], ["query", "--lake", empty_lake, "-f", "csv", sql]):
        done = runner.invoke(app, args)
        assert done.exit_code == 0, done.output
        assert done.output.split() == ["answer", "42"]
    misspelt = runner.invoke(app, ["query", "select 1", "--lakes", empty_lake])
    assert misspelt.exit_code == 2 and "No such option: --lakes" in misspelt.output


@pytest.mark.slow  # fits theme vectors
def test_learn_says_what_it_wrote_on_one_line(data_dir, tmp_path) -> None:
    # Into a pipe the line was cut at 80 columns, the vectors file's path on a line of its own.
    output = tmp_path / "a-folder-with-a-long-name-as-real-ones-have" / "[my] learned taxonomy.toml"
    output.parent.mkdir()
    done = runner.invoke(app, ["learn", str(data_dir / "labeled"), "--map", str(data_dir / "labeled-map.toml"),
                               "-o", str(output)])
    assert done.exit_code == 0, done.output
    (said,) = [line for line in done.output.splitlines() if line.startswith("wrote ")]
    assert said.startswith(f"wrote {output} and theme vectors in {output.with_suffix('.vectors.npz')}: ")
    assert "taxonomy version " in said


def test_run_without_a_source_outside_the_checkout_says_how_to_give_one(tmp_path, monkeypatch) -> None:
    # In a scratch folder, `themelake run` said "source not found: examples/articles (no such file or
    # folder)": a folder the user never named, and no word on how to name theirs.
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("THEMELAKE_INBOX", raising=False)
    done = runner.invoke(app, ["run", "--lake", str(tmp_path / "lake")])
    assert done.exit_code == 2
    (line,) = done.output.splitlines()
    assert "source not found: examples/articles" in line
    assert "SOURCE" in line and "themelake run path/to/articles" in line
    given = runner.invoke(app, ["run", "no-such-folder", "--lake", str(tmp_path / "lake")])
    assert given.output.strip() == "error: source not found: no-such-folder (no such file or folder)"
    assert not (tmp_path / "lake").exists()


def test_a_leading_comment_with_an_equals_sign_is_the_sql_too(empty_lake) -> None:
    # A comment such as "--limit=10 rows" on its first line was read as an option: "No such option: --limit".
    sql = "--limit=10 rows, as the dashboard had\nselect 41 + 1 as answer"
    done = runner.invoke(app, ["query", sql, "--lake", empty_lake, "--format=csv"])
    assert done.exit_code == 0, done.output
    assert done.output.split() == ["answer", "42"]
    misspelt = runner.invoke(app, ["query", "select 1", f"--lakes={empty_lake}"])
    assert misspelt.exit_code == 2 and "No such option: --lakes" in misspelt.output
