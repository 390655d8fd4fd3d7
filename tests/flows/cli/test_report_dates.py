"""`themelake report --since/--until`: a day as YYYY-MM-DD, and a wrong one refused naming that form."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from flows.cli.main import app

runner = CliRunner()


@pytest.mark.parametrize("given", ["yesterday", "2026-02-30", "01/09/2026", "2026-9"])
def test_a_day_that_is_not_yyyy_mm_dd_is_refused_naming_the_form(tmp_path, given) -> None:
    # Click's words were "does not match the formats '%Y-%m-%d'": strptime's notation, no date one could type.
    for option in ("--since", "--until"):
        result = runner.invoke(app, ["report", "--lake", str(tmp_path / "lake"), option, given])
        assert result.exit_code == 2, result.output
        said = " ".join(result.output.replace("│", " ").split())
        assert f"`{option}` takes a date, YYYY-MM-DD (2026-09-01); got '{given}'" in said, said
        assert "%Y" not in said and "Traceback" not in said


def test_a_wrong_day_is_refused_in_the_words_a_deployment_run_is(tmp_path) -> None:
    # The CLI said "give a date as YYYY-MM-DD, e.g. 2026-09-01; 'yesterday' is not one", a deployment run of the
    # report flow "`since` takes a date, YYYY-MM-DD (2026-09-01), or null for none; got 'yesterday'".
    from prefect.exceptions import ParameterTypeError

    from flows.parameter_words import in_parameter_words
    from flows.report import report_lake

    result = runner.invoke(app, ["report", "--lake", str(tmp_path / "lake"), "--since", "yesterday"])
    cli = " ".join(result.output.replace("│", " ").split())
    with pytest.raises(ParameterTypeError) as refused:
        report_lake.validate_parameters({"since": "yesterday"})
    flow = str(refused.value)
    # One message: the option named as the parameter, the forms a deployment takes (null: none) beside.
    line = flow[flow.index("`since`"):].replace(", or null for none", "")
    assert in_parameter_words(line.replace("`since`", "`--since`"), {"since"}) == line
    assert line in in_parameter_words(cli, {"since"}), (cli, flow)


def test_a_day_as_yyyy_mm_dd_is_read(tmp_path) -> None:
    result = runner.invoke(app, ["report", "--lake", str(tmp_path / "lake"), "--since", "2026-09-01",
                                 "--until", "2026-10-31"])
    assert result.exit_code == 2 and "no lake at" in result.output, result.output  # past the dates, to the lake


def test_a_range_that_holds_no_article_is_said_beside_the_page(tmp_path) -> None:
    # `report --since 2030-01-01` printed the page's path alone, as of a page of charts; the page held only a notice.
    from tests.warehouse.report_lake import make_report_lake

    lake = make_report_lake(tmp_path / "lake")
    empty = runner.invoke(app, ["report", "--lake", str(lake), "--since", "2030-01-01", "-o", str(tmp_path / "e.html")],
                          env={"COLUMNS": "400"})
    assert empty.exit_code == 0, empty.output
    said = " ".join(empty.output.split())
    assert said.endswith("is dated 2030-01-01 to …: the page has no charts; widen the range (--since, --until)"), said
    assert said.startswith(f"{tmp_path / 'e.html'} note: none of the lake's "), said
    full = runner.invoke(app, ["report", "--lake", str(lake), "-o", str(tmp_path / "f.html")])
    assert full.exit_code == 0 and "note:" not in full.output, full.output


def test_a_lake_without_articles_is_said_beside_the_page(tmp_path) -> None:
    # `report` of a lake no run has put an article in printed the page's path alone; the page held only a notice.
    from warehouse import lake as lakes

    lakes.commit(tmp_path / "lake", {})
    empty = runner.invoke(app, ["report", "--lake", str(tmp_path / "lake"), "-o", str(tmp_path / "e.html")],
                          env={"COLUMNS": "400"})
    assert empty.exit_code == 0, empty.output
    assert empty.stdout == f"{tmp_path / 'e.html'}\n", empty.stdout
    assert empty.stderr == (f"note: the lake holds no articles yet: the page has no charts; `themelake run SOURCE "
                            f"--lake {tmp_path / 'lake'}` ingests some\n"), empty.stderr
    dated = runner.invoke(app, ["report", "--lake", str(tmp_path / "lake"), "-o", str(tmp_path / "d.html"),
                                "--since", "2025-01-01"])
    assert "holds no articles yet" in dated.stderr and "widen" not in dated.stderr, dated.stderr


def test_a_lake_whose_articles_were_all_deleted_says_so_not_yet(tmp_path) -> None:
    # A lake whose files were all removed, and a run marked them deleted, was said to hold "no articles yet",
    # as a new lake: the analyst wondered whether the ingest had ever worked.
    from tests.warehouse.report_lake import delete_articles, make_report_lake

    lake = delete_articles(make_report_lake(tmp_path / "lake"))
    page = tmp_path / "e.html"
    emptied = runner.invoke(app, ["report", "--lake", str(lake), "-o", str(page)], env={"COLUMNS": "400"})
    assert emptied.exit_code == 0, emptied.output
    assert emptied.stderr == (f"note: the lake holds no articles: its 7 articles were all deleted (their files gone "
                              f"from the folder a run read): the page has no charts; `themelake run SOURCE --lake "
                              f"{lake}` ingests some\n"), emptied.stderr
    notice = " ".join(page.read_text().split('id="status">')[1].split("</p>")[0].split())
    assert notice.startswith("The lake holds no articles: its 7 articles were all deleted, their files gone"), notice
    assert "yet" not in notice
