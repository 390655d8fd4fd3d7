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
