"""Commands on a lake or a source on object storage say what they cannot do in one line, before
Prefect starts and before any work is done."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from flows.cli.main import app
from flows.ingest import ingest_articles
from tests.flows import test_s3
from tests.flows.test_s3 import one_error_line

# The moto server and store of tests/flows/test_s3.py, as this module's fixtures too.
s3_endpoint, s3, become_reader = test_s3.s3_endpoint, test_s3.s3, test_s3.become_reader

pytestmark = pytest.mark.slow
runner = CliRunner()


@pytest.fixture
def s3_lake(s3, data_dir, taxonomy_file) -> str:
    s3.mkdir("lakes")
    s3.put_file(str(data_dir / "bbc_format.txt"), "lakes/inbox/a.txt")
    ingest_articles(source="s3://lakes/inbox", lake="s3://lakes/a", taxonomy=taxonomy_file)
    return "s3://lakes/a"


def test_what_a_lake_on_object_storage_cannot_do_is_said_before_the_work(s3_lake, tmp_path) -> None:
    # enrich started a flow run and refused from inside it (65 lines, two tracebacks); `run --report`
    # did the run's work and failed its report (136 lines); `report` read the lake for 25 s first.
    enrich = one_error_line(runner.invoke(app, ["enrich", "--lake", s3_lake]))
    assert "works on local lakes only" in enrich
    with_report = runner.invoke(app, ["run", "s3://lakes/inbox", "--lake", s3_lake, "--report"])
    assert "themelake report -o FILE" in one_error_line(with_report)
    assert "object storage: write the report to a local file with -o FILE" in one_error_line(
        runner.invoke(app, ["report", "--lake", s3_lake]))
    # -o naming a URL was read as a local path: "folder /work/s3:/lakes/a/reports does not exist".
    to_url = one_error_line(runner.invoke(app, ["report", "--lake", s3_lake, "-o", "s3://lakes/a/r.html"]))
    assert "a report is written to a local file" in to_url and "s3:/lakes" not in to_url.replace("s3://", "")
    written = runner.invoke(app, ["report", "--lake", s3_lake, "-o", str(tmp_path / "r.html")])
    assert written.exit_code == 0 and (tmp_path / "r.html").is_file()


@pytest.mark.parametrize("command", [["relabel"], ["enrich"], ["compact"], ["report", "-o", "r.html"]])
def test_a_lake_on_object_storage_that_does_not_exist_is_one_line(s3, command, tmp_path, monkeypatch) -> None:
    # scandir of the store's path: "TypeError: scandir: path should be string ... not S3Path", 45 lines.
    s3.mkdir("lakes")
    monkeypatch.chdir(tmp_path)
    line = one_error_line(runner.invoke(app, [*command, "--lake", "s3://lakes/nope"]))
    assert "s3://lakes/nope" in line


def test_a_source_on_a_store_that_refuses_is_one_line(s3, become_reader, tmp_path, monkeypatch) -> None:
    # botocore's refusal was a traceback of 77 lines (94 without credentials).
    import s3fs

    s3.mkdir("articles")
    become_reader()  # the store now checks credentials
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "wrong")
    s3fs.S3FileSystem.clear_instance_cache()
    line = one_error_line(runner.invoke(app, ["run", "s3://articles/inbox", "--lake", str(tmp_path / "lake")]))
    assert line.startswith("error: cannot list the source s3://articles/inbox:") and "AWS_ENDPOINT_URL" in line
