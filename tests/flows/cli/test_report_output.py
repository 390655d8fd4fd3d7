"""`themelake report -o FILE`: the page is HTML, and a file named for another kind is refused before it is made."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from flows.cli.main import app

runner = CliRunner()


@pytest.mark.parametrize(("name", "kind"), [("themes.pdf", ".pdf"), ("themes.png", ".png"), ("themes.csv", ".csv"),
                                            ("themes.json", ".json")])
def test_a_page_named_for_another_kind_of_file_is_refused_naming_html(tmp_path, name, kind) -> None:
    # `report -o themes.pdf` wrote the HTML page into themes.pdf, which no PDF reader opens, and said only its path.
    page = tmp_path / name
    result = runner.invoke(app, ["report", "--lake", str(tmp_path / "lake"), "-o", str(page)])
    said = " ".join(result.output.split())
    assert result.exit_code == 2 and "Traceback" not in said, said
    assert f"the report is one HTML page, not a {kind} file" in said, said
    assert f"`-o {page.with_suffix('.html')}`" in said and not page.exists(), said


@pytest.mark.parametrize("name", ["themes.html", "themes.htm", "themes", "themes.2026-10-01", "themes.final"])
def test_a_page_named_html_or_for_no_known_kind_goes_on_to_the_lake(tmp_path, name) -> None:
    result = runner.invoke(app, ["report", "--lake", str(tmp_path / "lake"), "-o", str(tmp_path / name)])
    assert result.exit_code == 2 and "no lake at" in result.output, result.output  # past the name, to the lake


def test_a_folder_made_for_the_page_is_said_in_one_line(tmp_path) -> None:
    # `-o /nonexistent-dir/x.html` made the folder in silence: a mistyped folder became a new one unnoticed.
    from tests.warehouse.report_lake import make_report_lake

    lake = make_report_lake(tmp_path / "lake")
    page = tmp_path / "new" / "deeper" / "x.html"
    result = runner.invoke(app, ["report", "--lake", str(lake), "-o", str(page)])
    assert result.exit_code == 0 and page.is_file(), result.output
    assert f"note: made the folder {tmp_path / 'new'} for the report" in result.output, result.output
    again = runner.invoke(app, ["report", "--lake", str(lake), "-o", str(page)])  # should not fire: it is there now
    assert again.exit_code == 0 and "made the folder" not in again.output, again.output


def test_a_folders_name_for_the_page_is_refused_and_nothing_made(tmp_path) -> None:
    # `-o out/` where no folder is wrote the page into a FILE named `out`, and printed that path as if all was well.
    from tests.warehouse.report_lake import make_report_lake

    lake = make_report_lake(tmp_path / "lake")
    result = runner.invoke(app, ["report", "--lake", str(lake), "-o", f"{tmp_path / 'out'}/"])
    said = " ".join(result.output.split())
    assert result.exit_code == 2 and "Traceback" not in said, said
    assert "ends in '/', a folder's name" in said and f"`-o {tmp_path / 'out'}/report.html`" in said, said
    assert not (tmp_path / "out").exists()


def test_a_folder_that_is_there_keeps_its_own_line(tmp_path) -> None:
    # Should not fire: an existing folder, with or without its '/', is refused as one by the lake's check.
    (tmp_path / "out").mkdir()
    for given in (str(tmp_path / "out"), f"{tmp_path / 'out'}/"):
        result = runner.invoke(app, ["report", "--lake", str(tmp_path / "lake"), "-o", given])
        assert result.exit_code == 2 and "ends in '/'" not in result.output, result.output
