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


def test_a_lake_on_object_storage_gets_its_report_pages_in_its_bucket(s3_lake, s3, tmp_path, data_dir) -> None:
    # `report` and `run --report` on such a lake were refused ("write the report to a local file with
    # -o FILE"): a scheduled report of a lake in a bucket had nowhere to go without an `output`.
    written = runner.invoke(app, ["report", "--lake", s3_lake])
    assert written.exit_code == 0, written.output
    pages = sorted(p for p in s3.find("lakes/a/reports"))
    assert len(pages) == 2 and pages[1] == "lakes/a/reports/latest.html", pages
    assert pages[0].endswith(".html") and s3.cat(pages[0]) == s3.cat(pages[1])
    assert b"<html" in s3.cat(pages[1]) and f"s3://{pages[0]}" in written.output
    s3.rm("lakes/a/reports", recursive=True)
    s3.put_file(str(data_dir / "seed_format.txt"), "lakes/inbox/b.txt")  # something new to run
    with_report = runner.invoke(app, ["run", "s3://lakes/inbox", "--lake", s3_lake, "--report"])
    assert with_report.exit_code == 0, with_report.output
    assert s3.exists("lakes/a/reports/latest.html")
    # -o naming a URL was read as a local path: "folder /work/s3:/lakes/a/reports does not exist".
    to_url = one_error_line(runner.invoke(app, ["report", "--lake", s3_lake, "-o", "s3://lakes/a/r.html"]))
    assert "a report is written to a local file" in to_url and "s3:/lakes" not in to_url.replace("s3://", "")
    local = runner.invoke(app, ["report", "--lake", s3_lake, "-o", str(tmp_path / "r.html")])
    assert local.exit_code == 0 and (tmp_path / "r.html").is_file()


def test_a_report_into_a_bucket_that_refuses_is_one_line(s3_lake, s3, become_reader) -> None:
    become_reader()  # may read the lake, not write its pages
    line = one_error_line(runner.invoke(app, ["report", "--lake", s3_lake]))
    assert "cannot write the report to s3://lakes/a/reports/" in line and "-o FILE" in line
    import s3fs

    as_reader = s3fs.S3FileSystem(skip_instance_cache=True)  # the fixture's own key is no longer known
    assert not [p for p in as_reader.find("lakes/a") if "/reports/" in p]


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


def test_enrich_fills_a_lake_on_object_storage_written_without_enrichment(s3, data_dir, taxonomy_file,
                                                                          tmp_path) -> None:
    # It was refused ("works on local lakes only"): a lake on a store written with --no-enrich stayed so.
    from warehouse.committed_reads import query
    from warehouse.lake import read_manifest

    s3.mkdir("lakes")
    local = tmp_path / "inbox"
    local.mkdir()
    for name in ("bbc_format.txt", "seed_format.txt"):
        s3.put_file(str(data_dir / name), f"lakes/inbox/{name}")
        (local / name).write_bytes((data_dir / name).read_bytes())
    ingest_articles(source="s3://lakes/inbox", lake="s3://lakes/plain", taxonomy=taxonomy_file, enrich=False)
    ingest_articles(source=str(local), lake=str(tmp_path / "lake"), taxonomy=taxonomy_file)
    rows = "select p.text, count(pl.name) as places, any_value(p.tone) as tone from paragraphs p " \
           "left join paragraph_places pl using (paragraph_id) group by p.text order by p.text"
    assert query("s3://lakes/plain", rows).to_pylist() != query(tmp_path / "lake", rows).to_pylist()
    result = runner.invoke(app, ["enrich", "--lake", "s3://lakes/plain"])
    assert result.exit_code == 0, result.output
    assert query("s3://lakes/plain", rows).to_pylist() == query(tmp_path / "lake", rows).to_pylist()
    named = {f"lakes/plain/{f}" for files in read_manifest("s3://lakes/plain").tables.values() for f in files}
    data = {f for f in s3.find("lakes/plain/data") if not f.endswith("_schema.parquet")}
    assert data == named  # the paragraph files it replaced are deleted
