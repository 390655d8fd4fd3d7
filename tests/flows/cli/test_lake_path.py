"""--lake given a lake's own file, or a path written for Windows, is one line naming the folder to give."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from flows.cli import lake_path
from flows.cli.main import app

runner = CliRunner()


def said(args: list[str]) -> str:
    """Return what a refused command line said, on one line."""
    result = runner.invoke(app, args, prog_name="themelake")
    assert result.exit_code == 2 and "Traceback" not in result.output, result.output
    assert len(result.output.strip().splitlines()) == 1, result.output
    return " ".join(result.output.split())


def test_the_names_agree_with_the_lakes() -> None:
    from warehouse.lake_folder import CATALOG, MANIFEST

    assert (lake_path.CATALOG, lake_path.MANIFEST) == (CATALOG, MANIFEST)


@pytest.mark.parametrize("command", [["query", "select 1"], ["themes"], ["report"]])
def test_the_catalog_file_given_as_the_lake_names_the_folder_holding_it(tmp_path, command) -> None:
    # `query "select 1" --lake lake/themelake.duckdb` ran with exit 0, on the DuckDB file itself.
    from tests.warehouse.report_lake import make_report_lake

    lake = make_report_lake(tmp_path / "lake")
    catalog = lake / "themelake.duckdb"
    line = said([*command, "--lake", str(catalog)])
    assert f"--lake {catalog}: the catalog file of the lake {lake}" in line and line.endswith(f"--lake {lake}"), line


@pytest.mark.parametrize(("given", "form"), [("C:\\lakes\\news", "/lakes/news"), (".\\lakes\\news", "./lakes/news")])
def test_a_windows_path_is_said_to_be_one_with_this_machines_form(monkeypatch, given, form) -> None:
    # It said "has '\' in its path, under which DuckDB cannot open the lake's catalog file": true, but the path was
    # written for another machine.
    monkeypatch.setattr(lake_path.Path, "is_dir", lambda self: False)  # no WSL mount of C: here
    line = said(["query", "select 1", "--lake", given])
    assert f"--lake {given}: looks like a Windows path" in line and line.endswith(f"--lake {form}"), line
    assert "DuckDB" not in line, line


def test_a_lake_folder_and_a_backslash_inside_a_name_keep_their_lines(tmp_path) -> None:
    # Should not fire: a '\' inside a POSIX folder's name is the lake's own line; the lake's folder is a lake.
    from tests.warehouse.report_lake import make_report_lake

    line = said(["query", "select 1", "--lake", str(tmp_path / "we\\ird" / "lake")])
    assert "has '\\' in its path" in line and "Windows" not in line, line
    lake = make_report_lake(tmp_path / "lake")
    result = runner.invoke(app, ["query", "select count(*) from articles", "--lake", str(lake)])
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("command", [["query", "select 1"], ["themes"], ["compact"]])
@pytest.mark.parametrize("inside", ["data", "data/articles"])
def test_a_folder_inside_a_lake_names_the_lake(tmp_path, command, inside) -> None:
    # `query "select 1" --lake lake/data` ran with exit 0; `themes --lake lake/data/articles` said "a folder of other
    # files" without naming the lake the folder lies in.
    from tests.warehouse.report_lake import make_report_lake

    lake = make_report_lake(tmp_path / "lake")
    folder = lake / inside
    line = said([*command, "--lake", str(folder)])
    assert f"--lake {folder}: a folder inside the lake {lake}" in line and line.endswith(f"--lake {lake}"), line


def test_a_data_folder_of_no_lake_keeps_the_lakes_own_line(tmp_path) -> None:
    # Should not fire: a folder named data whose parent is no lake is the user's own, refused as before.
    (tmp_path / "data" / "articles").mkdir(parents=True)
    (tmp_path / "data" / "articles" / "a.txt").write_text("a")
    line = said(["themes", "--lake", str(tmp_path / "data")])
    # Said as every folder of other files is (the warehouse's "no lake at" line said the same, for `themes`).
    assert f"--lake {tmp_path / 'data'}: it is a folder of other files" in line and "inside the lake" not in line, line


@pytest.mark.parametrize(("value", "form"), [("C:\\lakes\\news", "/lakes/news"), (".\\lake", "./lake")])
def test_a_windows_path_in_the_variable_is_said_as_the_variable(tmp_path, value, form) -> None:
    # THEMELAKE_LAKE='C:\lakes\news' was told "--lake C:\lakes\news: ...; --lake /lakes/news", a flag never typed.
    # The variable is read as the CLI loads, so the command runs in a process of its own.
    import subprocess
    import sys
    from pathlib import Path

    repo = Path(__file__).resolve().parents[3]
    env = {"PYTHONPATH": str(repo), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "THEMELAKE_LAKE": value}
    done = subprocess.run([sys.executable, "-m", "flows.cli", "query", "select 1"], env=env, cwd=tmp_path,
                          capture_output=True, text=True, timeout=60)
    line = " ".join(done.stderr.split())
    assert done.returncode == 2 and "--lake" not in line, line
    # The drive's form may be WSL's /mnt/c where there is one: the path's end is the same either way.
    assert f"THEMELAKE_LAKE={value}: looks like a Windows path" in line and line.endswith(form), line
    assert line.rsplit(": ", 1)[-1].startswith("THEMELAKE_LAKE="), line


def test_a_folder_written_through_dotdot_names_the_lake_as_the_shell_would(tmp_path, monkeypatch) -> None:
    # `--lake lake/data/../data/articles` named the lake "lake/data/..": the shell's `cd` calls that folder `lake`.
    # A relative --lake names the lake relative to the current folder, as the user wrote it.
    from tests.warehouse.report_lake import make_report_lake

    make_report_lake(tmp_path / "lake")
    monkeypatch.chdir(tmp_path)
    for given in ("lake/data/../data/articles", "lake/data/articles/", "./lake/data/../themelake.duckdb"):
        line = said(["query", "select 1", "--lake", given])
        assert f"--lake {given}: " in line and " the lake lake;" in line and line.endswith("--lake lake"), line


def test_a_link_to_a_lakes_data_folder_names_the_lake(tmp_path) -> None:
    # `query "select 1" --lake LINK`, LINK a symlink to lake/data, ran with exit 0: the link's own name says nothing,
    # the folder it leads to is the lake's data folder.
    from tests.warehouse.report_lake import make_report_lake

    lake = make_report_lake(tmp_path / "lake")
    (tmp_path / "link").symlink_to(lake / "data")
    line = said(["query", "select 1", "--lake", str(tmp_path / "link")])
    assert f"a folder inside the lake {lake};" in line and line.endswith(f"--lake {lake}"), line


def test_a_link_to_a_lakes_catalog_placed_outside_names_the_lake(tmp_path, monkeypatch) -> None:
    # `--lake out/cat.duckdb`, a link to lake/themelake.duckdb, was "a file, not a folder": the lake unnamed.
    from tests.warehouse.report_lake import make_report_lake

    make_report_lake(tmp_path / "lake")
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "cat.duckdb").symlink_to(tmp_path / "lake" / "themelake.duckdb")
    monkeypatch.chdir(tmp_path)
    line = said(["query", "select 1", "--lake", "out/cat.duckdb"])
    assert "the catalog file of the lake lake;" in line and line.endswith("--lake lake"), line


def test_a_lake_under_the_home_folder_is_named_as_written_with_a_tilde(tmp_path, monkeypatch) -> None:
    # `--lake ~/lake/data` was answered with the home folder's whole path, not the `~/lake` the user would type.
    from tests.warehouse.report_lake import make_report_lake

    make_report_lake(tmp_path / "lake")
    monkeypatch.setenv("HOME", str(tmp_path))
    line = said(["query", "select 1", "--lake", "~/lake/data"])
    assert "a folder inside the lake ~/lake;" in line and line.endswith("--lake ~/lake"), line


def test_a_lake_whose_name_has_a_space_is_named_as_the_shell_takes_it(tmp_path, monkeypatch) -> None:
    # `--lake 'my lake/data'` was told to give `--lake my lake`: two arguments in a shell.
    from tests.warehouse.report_lake import make_report_lake

    make_report_lake(tmp_path / "my lake")
    monkeypatch.chdir(tmp_path)
    assert said(["report", "--lake", "my lake/data"]).endswith("--lake 'my lake'")


@pytest.mark.parametrize("command", [["query", "select 1"], ["report"], ["compact"], ["enrich"], ["themes"]])
def test_a_folder_of_other_files_given_by_hand_is_refused_by_every_reading_command(tmp_path, command) -> None:
    # `query "select 1" --lake docs` ran with exit 0, where THEMELAKE_LAKE=docs was refused.
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "notes.txt").write_text("notes")
    line = said([*command, "--lake", str(tmp_path / "docs")])
    assert line.startswith(f"error: --lake {tmp_path / 'docs'}: it is a folder of other files (1, such as "), line
    assert line.endswith("give --lake a lake's folder"), line
