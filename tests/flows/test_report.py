"""`themelake report`, the `report-lake` flow, and `ingest-articles --report`."""

from __future__ import annotations

import shutil
from datetime import date

import pytest
from typer.testing import CliRunner

from flows.artifacts import summary_markdown
from flows.cli.main import app
from flows.ingest import ingest_articles
from tests.warehouse.report_lake import ECONOMY, WAR, make_report_lake
from warehouse.report import Window, read_report
from warehouse.report_files import ReportPathError, save_report

runner = CliRunner()


@pytest.mark.slow
def test_report_writes_the_named_file_and_prints_its_path(tmp_path) -> None:
    lake = make_report_lake(tmp_path / "lake")
    out = tmp_path / "page.html"
    result = runner.invoke(app, ["report", "--lake", str(lake), "-o", str(out), "--top", "2"])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == str(out)
    html = out.read_text()
    assert WAR in html and ECONOMY in html and "<mark" in html
    assert "3. society" not in html  # --top 2


@pytest.mark.slow
def test_report_without_output_writes_the_days_page_and_latest_in_the_lake(tmp_path) -> None:
    lake = make_report_lake(tmp_path / "lake")
    result = runner.invoke(app, ["report", "--lake", str(lake), "--since", "2026-01-01", "--until", "2026-01-31"])
    assert result.exit_code == 0, result.output
    dated = lake / "reports" / f"{date.today().isoformat()}.html"
    assert result.output.strip() == str(dated)
    latest = (lake / "reports" / "latest.html").read_text()
    assert latest == dated.read_text() and "articles dated 2026-01-01 to 2026-01-31" in latest


@pytest.mark.slow
def test_report_user_errors_are_one_line_and_exit_2(tmp_path) -> None:
    lake = make_report_lake(tmp_path / "lake")
    (tmp_path / "notes.txt").write_text("a file where a folder is named")
    cases = {
        "is a file, not a folder": ["-o", str(tmp_path / "notes.txt" / "page.html")],
        "it is a folder": ["-o", str(tmp_path)],
        "cannot write the report to /proc/": ["-o", "/proc/themelake-report.html"],  # not writable, even by root
    }
    for says, args in cases.items():
        result = runner.invoke(app, ["report", "--lake", str(lake), *args])
        assert result.exit_code == 2 and says in result.output, (args, result.output)
        assert "Traceback" not in result.output and len(result.output.strip().splitlines()) == 1
    no_lake = runner.invoke(app, ["report", "--lake", str(tmp_path / "none")])
    assert no_lake.exit_code == 2 and "no lake" in no_lake.output
    bad_date = runner.invoke(app, ["report", "--lake", str(lake), "--since", "yesterday"])
    assert bad_date.exit_code == 2
    backwards = runner.invoke(app, ["report", "--lake", str(lake), "--since", "2026-12-31", "--until", "2026-01-01"])
    assert backwards.exit_code == 2 and "is after --until" in backwards.output
    (lake / "reports").write_text("a file where the lake's report folder goes")
    no_folder = runner.invoke(app, ["report", "--lake", str(lake)])
    assert no_folder.exit_code == 2 and "write it elsewhere with -o FILE" in no_folder.output
    assert "Traceback" not in no_folder.output


@pytest.mark.slow
def test_report_is_never_written_over_the_lakes_own_files(tmp_path) -> None:
    # `-o lake/_manifest.json` replaced the manifest with the page: the lake could no longer be read.
    lake = make_report_lake(tmp_path / "lake")
    (tmp_path / "link.html").symlink_to(lake / "_manifest.json")
    own = [lake / "_manifest.json", lake / "themelake.duckdb", lake / ".lock", tmp_path / "link.html"]
    own += sorted((lake / "data" / "articles").glob("*.parquet"))[:1] + [lake / "data" / "new.html"]
    before = {path: path.read_bytes() for path in own if path.is_file()}
    for path in own:
        result = runner.invoke(app, ["report", "--lake", str(lake), "-o", str(path)])
        assert result.exit_code == 2 and "one of the lake's own files" in result.output, (path, result.output)
    assert {path: path.read_bytes() for path in before} == before and not (lake / "data" / "new.html").exists()
    with pytest.raises(ReportPathError, match="lake's own files"):  # the report-lake flow's way in
        save_report(read_report(lake, Window()), lake / "_manifest.json")
    (lake / "reports").mkdir()
    beside = runner.invoke(app, ["report", "--lake", str(lake), "-o", str(lake / "reports" / "mine.html")])
    assert beside.exit_code == 0, beside.output


@pytest.mark.slow
def test_ingest_with_report_links_the_page_from_its_summary(tmp_path, data_dir, taxonomy_file) -> None:
    source = tmp_path / "in"
    shutil.copytree(data_dir / "labeled", source)
    lake = tmp_path / "lake"
    summary = ingest_articles(source=str(source), lake=str(lake), taxonomy=taxonomy_file, report=True)
    latest = lake / "reports" / "latest.html"
    assert summary["report"] == str(lake / "reports" / f"{date.today().isoformat()}.html")
    assert latest.exists() and "themes over time" in latest.read_text().lower()
    assert f"Report: [{summary['report']}](file://" in summary_markdown(summary)
    # Sources are the top-level folders under the ingested folder: business, sport, tech.
    assert "business" in latest.read_text() and "top-level folder (no site known)" in latest.read_text()


@pytest.mark.slow
def test_report_lake_flow_writes_the_days_page_and_publishes_a_link_to_it(tmp_path) -> None:
    from prefect.artifacts import Artifact

    from flows.report import report_lake

    lake = make_report_lake(tmp_path / "lake")
    path = report_lake(lake=str(lake), top=3)
    assert path == str(lake / "reports" / f"{date.today().isoformat()}.html")
    assert (lake / "reports" / "latest.html").read_text() == (lake / "reports" / f"{date.today()}.html").read_text()
    artifact = Artifact.get("lake-report")
    assert artifact is not None  # Prefect stores a link artifact as markdown: [text](link)
    assert f"]({(lake / 'reports' / 'latest.html').as_uri()})" in str(artifact.data)


@pytest.mark.slow  # a flow run
def test_report_lake_flow_fails_in_one_line_for_an_output_it_cannot_write(tmp_path) -> None:
    # A deployment run with `--param output=/no/such/folder/r.html` read the whole lake first, then
    # failed with "Flow run encountered an exception: ReportPathError: ..." and two tracebacks in its log.
    from flows.report import report_lake

    lake = make_report_lake(tmp_path / "lake")
    (tmp_path / "notes.txt").write_text("a file where a folder is named")
    missing = tmp_path / "notes.txt" / "r.html"
    state = report_lake(lake=str(lake), output=str(missing), return_state=True)
    assert state.is_failed() and "\n" not in state.message, state.message
    assert state.message == f"cannot write the report to {missing}: {missing.parent} is a file, not a folder"
    assert not (lake / "reports").exists()
