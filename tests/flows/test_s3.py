from __future__ import annotations

import csv
import json
import socket
import urllib.request

import pytest

import flows.batch
from flows.ingest import ingest_articles
from tests.conftest import import_extra
from warehouse.committed_reads import query

pytestmark = pytest.mark.slow
ARTICLES = ("seed_format.txt", "bbc_format.txt", "crlf_bom.txt", "latin1.txt")


@pytest.fixture(scope="module")
def s3_endpoint():
    """A local S3-compatible server (moto) on a free loopback port, for the module's tests.

    One server for the module: batch pool processes outlive a flow run and keep the endpoint
    they were started with, as they would in a long-lived deployment.
    """
    moto_server = import_extra("moto.server", "s3")
    import_extra("s3fs", "s3")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = moto_server.ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    endpoint = f"http://127.0.0.1:{port}"
    with pytest.MonkeyPatch.context() as patch:
        for key, value in {
            "AWS_ENDPOINT_URL": endpoint,
            "AWS_ACCESS_KEY_ID": "themelake",
            "AWS_SECRET_ACCESS_KEY": "themelake",
            "AWS_DEFAULT_REGION": "us-east-1",
        }.items():
            patch.setenv(key, value)
        yield endpoint
    server.stop()


@pytest.fixture
def s3(s3_endpoint):
    """An empty S3 store on the module's server, and an s3fs filesystem on it."""
    import s3fs

    urllib.request.urlopen(urllib.request.Request(f"{s3_endpoint}/moto-api/reset", method="POST"))
    s3fs.S3FileSystem.clear_instance_cache()
    return s3fs.S3FileSystem(skip_instance_cache=True)


def test_flow_reads_articles_from_s3_and_writes_a_lake_there(
    tmp_path, data_dir, taxonomy_file, s3, monkeypatch
) -> None:
    s3.mkdir("articles")
    s3.mkdir("lakes")
    for name in ARTICLES:
        s3.put_file(str(data_dir / name), f"articles/inbox/{name}")
    s3.pipe_file("articles/inbox/empty.txt", b"")
    local = tmp_path / "inbox"
    local.mkdir()
    for name in ARTICLES:
        (local / name).write_bytes((data_dir / name).read_bytes())

    # The batch in parts of 2 files on S3 (one object per table, written as the parts end), whole here.
    monkeypatch.setattr(flows.batch, "PART_FILES", 2)
    remote = ingest_articles(source="s3://articles/inbox", lake="s3://lakes/one", taxonomy=taxonomy_file)
    monkeypatch.undo()
    here = ingest_articles(source=str(local), lake=str(tmp_path / "lake"), taxonomy=taxonomy_file)

    assert (remote["files_seen"], remote["files_new"], remote["files_quarantined"]) == (5, 4, 1)
    assert s3.exists("lakes/one/_manifest.json")
    labels = """select a.relative_path, p.ordinal, p.text, t.theme_id, t.score
                from paragraph_themes t join paragraphs p using (paragraph_id)
                join articles a on a.article_id = p.article_id
                order by all"""
    on_s3 = query("s3://lakes/one", labels).to_pylist()
    assert on_s3 and on_s3 == query(tmp_path / "lake", labels).to_pylist()
    assert query("s3://lakes/one", "select reason from quarantine").to_pylist() == [{"reason": "empty"}]
    assert here["paragraphs_written"] == remote["paragraphs_written"]
    assert len(s3.ls("lakes/one/data/paragraphs")) == 2  # the schema file, and the batch's one file


def test_the_views_of_a_lake_on_s3_ask_the_store_for_each_file_once_at_most(
    taxonomy_file, data_dir, s3, monkeypatch
) -> None:
    # DuckDB asks for a file's details each time it opens it, and a view of views opens the files of
    # the views below it again: 152 requests for a catalog of 21 files, seconds of every run and query.
    import s3fs

    s3.mkdir("articles")
    for name in ARTICLES:
        s3.put_file(str(data_dir / name), f"articles/inbox/{name}")
    for _ in range(2):
        ingest_articles(source="s3://articles/inbox", lake="s3://lakes/views", taxonomy=taxonomy_file)
    asked: list[str] = []
    call = s3fs.S3FileSystem._call_s3

    async def counted(self, method, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(method if isinstance(method, str) else method.__name__)
        return await call(self, method, *args, **kwargs)

    monkeypatch.setattr(s3fs.S3FileSystem, "_call_s3", counted)
    rows = query("s3://lakes/views", "select count(*) as n from paragraph_themes").to_pylist()
    assert rows[0]["n"] > 0
    files = len(s3.find("lakes/views/data"))
    assert asked.count("head_object") <= files, asked


def test_a_run_on_s3_compacts_the_lake_when_due_as_a_local_run_does(
    tmp_path, taxonomy_file, data_dir, s3, monkeypatch
) -> None:
    # A lake on object storage was never compacted: a file per batch and table, for ever.
    import flows.run_record
    from warehouse import lake as lakes
    from warehouse.compaction_due import compaction_due

    monkeypatch.setattr(flows.run_record, "compaction_due", lambda lake: compaction_due(lake, loose_files=2))
    s3.mkdir("articles")
    local = tmp_path / "inbox"
    local.mkdir()
    for name in ARTICLES:
        s3.put_file(str(data_dir / name), f"articles/inbox/{name}")
        (local / name).write_bytes((data_dir / name).read_bytes())
    remote = ingest_articles(source="s3://articles/inbox", lake="s3://lakes/packed", taxonomy=taxonomy_file,
                             batch_size=1, workers=1)
    here = ingest_articles(source=str(local), lake=str(tmp_path / "lake"), taxonomy=taxonomy_file,
                           batch_size=1, workers=1)
    assert remote["compacted"] is not None and remote["compacted"]["files_after"] < remote["compacted"]["files_before"]
    assert {len(f) for f in lakes.read_manifest("s3://lakes/packed").tables.values() if f} == {1}
    named = {f"lakes/packed/{f}" for files in lakes.read_manifest("s3://lakes/packed").tables.values() for f in files}
    parquet = {f for f in s3.find("lakes/packed/data") if not f.endswith("_schema.parquet")}
    assert parquet == named  # the runs' files deleted once the compacted ones were named
    labels = ("select p.text, t.theme_id, t.score from paragraph_themes t "
              "join paragraphs p using (paragraph_id) order by all")
    assert query("s3://lakes/packed", labels).to_pylist() == query(tmp_path / "lake", labels).to_pylist()
    assert here["compacted"] is not None


def test_rerun_on_s3_skips_unchanged_articles(taxonomy_file, data_dir, s3) -> None:
    s3.mkdir("articles")
    s3.mkdir("lakes")
    s3.put_file(str(data_dir / "bbc_format.txt"), "articles/inbox/a.txt")
    ingest_articles(source="s3://articles/inbox", lake="s3://lakes/two", taxonomy=taxonomy_file)
    second = ingest_articles(source="s3://articles/inbox", lake="s3://lakes/two", taxonomy=taxonomy_file)
    assert (second["files_unchanged"], second["files_new"]) == (1, 0)
    assert query("s3://lakes/two", "select count(*) as n from runs").to_pylist() == [{"n": 2}]



def test_a_run_on_s3_with_another_taxonomy_labels_the_older_articles_too(data_dir, s3, tmp_path) -> None:
    # The lake's taxonomy was read from its catalog file, which a lake on object storage does not have:
    # the run took the lake for a new one, labelled none of the older articles, and the views, on the
    # new version, showed every article without a theme.
    from tests.flows.test_labels import EDITED_TAXONOMY, LABELED_TAXONOMY
    from warehouse.labels import current_taxonomy_version

    s3.mkdir("articles")
    s3.mkdir("lakes")
    for name in ("001.txt", "002.txt"):
        s3.put_file(str(data_dir / "labeled" / "sport" / name), f"articles/inbox/{name}")
    (tmp_path / "first.toml").write_text(LABELED_TAXONOMY)
    (tmp_path / "edited.toml").write_text(EDITED_TAXONOMY)
    lake = "s3://lakes/retaxed"
    first = ingest_articles(source="s3://articles/inbox", lake=lake, taxonomy=str(tmp_path / "first.toml"))
    assert current_taxonomy_version(lake) == first["taxonomy_version"]
    second = ingest_articles(source="s3://articles/inbox", lake=lake, taxonomy=str(tmp_path / "edited.toml"))
    assert second["files_unchanged"] == 2 and second["relabelled"]["previous_taxonomy"] == first["taxonomy_version"]
    labelled = query(lake, "select count(distinct article_id) as n, any_value(taxonomy_version) as v "
                           "from article_themes")
    assert labelled.to_pylist() == [{"n": 2, "v": second["taxonomy_version"]}]


def moto_auth(endpoint: str, actions_before_auth: str) -> None:
    """Have the moto server check credentials and IAM policies after this many more requests ("inf": never)."""
    request = urllib.request.Request(f"{endpoint}/moto-api/reset-auth", data=actions_before_auth.encode(),
                                     method="POST", headers={"Content-Type": "text/plain"})
    urllib.request.urlopen(request)


@pytest.fixture
def become_reader(s3_endpoint, monkeypatch):
    """Return a function that gives the environment credentials that may read every bucket and write none."""
    import boto3
    import s3fs

    def reader() -> None:
        iam = boto3.client("iam")
        iam.create_user(UserName="reader")
        policy = {"Version": "2012-10-17", "Statement": [
            {"Effect": "Allow", "Action": ["s3:GetObject", "s3:ListBucket", "s3:ListAllMyBuckets"], "Resource": "*"}]}
        iam.put_user_policy(UserName="reader", PolicyName="read-only", PolicyDocument=json.dumps(policy))
        key = iam.create_access_key(UserName="reader")["AccessKey"]
        monkeypatch.setenv("AWS_ACCESS_KEY_ID", key["AccessKeyId"])
        monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", key["SecretAccessKey"])
        s3fs.S3FileSystem.clear_instance_cache()  # a cached filesystem would keep the writer's credentials
        moto_auth(s3_endpoint, "0")

    yield reader
    moto_auth(s3_endpoint, "inf")
    s3fs.S3FileSystem.clear_instance_cache()


def one_error_line(result) -> str:
    """Return the one `error:` line of a command that failed as a user's error should, before Prefect."""
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output and "started a temporary Prefect API" not in result.output
    (line,) = [line for line in result.output.splitlines() if line.startswith("error:")]
    return line


def test_a_store_that_refuses_writes_is_one_line_for_a_new_lake_and_an_existing_one(
    taxonomy_file, data_dir, s3, become_reader
) -> None:
    # The store's PermissionError (Access Denied) was a traceback from inside the run's flow, and a
    # bucket that does not exist was said from inside it, after Prefect's start and its warnings.
    from typer.testing import CliRunner

    from flows.cli.main import app

    s3.mkdir("lakes")
    s3.put_file(str(data_dir / "bbc_format.txt"), "lakes/inbox/a.txt")
    ingest_articles(source="s3://lakes/inbox", lake="s3://lakes/kept", taxonomy=taxonomy_file)
    s3.put_file(str(data_dir / "seed_format.txt"), "lakes/inbox/b.txt")  # something new for the run to write
    before = sorted(s3.find("lakes"))
    become_reader()
    taxonomy = ["--taxonomy", str(taxonomy_file)]
    for lake, command in (("s3://lakes/new", ["run", "s3://lakes/inbox", *taxonomy]),
                          ("s3://lakes/kept", ["run", "s3://lakes/inbox", *taxonomy]),
                          ("s3://lakes/kept", ["relabel"])):
        line = one_error_line(CliRunner().invoke(app, [*command, "--lake", lake]))
        assert f"cannot write the lake {lake}: Access Denied" in line and "can still be read" in line
    line = one_error_line(CliRunner().invoke(app, ["run", "s3://lakes/inbox", *taxonomy, "--lake", "s3://none/lake"]))
    assert "s3://none/lake" in line and "Access Denied" in line
    import s3fs

    assert sorted(s3fs.S3FileSystem(skip_instance_cache=True).find("lakes")) == before  # as the reader sees it


def test_folder_objects_in_an_s3_source_are_no_files(taxonomy_file, data_dir, s3) -> None:
    # The AWS console's "Create folder" puts an empty object named "inbox/": it was listed as a file,
    # the source's own one put the listing out of order and failed every run (ListingOrderError), and
    # a deeper one ("sub/") was quarantined as a file without an extension.
    from warehouse.sources import list_sources

    s3.mkdir("src")
    s3.mkdir("lakes")
    for key in ("src/inbox/", "src/inbox/sub/", "src/inbox/empty/"):
        s3.pipe_file(key, b"")
    s3.put_file(str(data_dir / "bbc_format.txt"), "src/inbox/a.txt")
    s3.put_file(str(data_dir / "seed_format.txt"), "src/inbox/sub/b.txt")
    assert [e.relative_path for e in list_sources("s3://src/inbox")] == ["a.txt", "sub/b.txt"]
    counts = ingest_articles(source="s3://src/inbox", lake="s3://lakes/inbox", taxonomy=taxonomy_file)
    assert (counts["files_seen"], counts["files_new"], counts["files_quarantined"]) == (2, 2, 0)
    assert query("s3://lakes/inbox", "select state from runs").to_pylist() == [{"state": "COMPLETED"}]


def test_one_s3_file_is_a_source_as_one_local_file_is(taxonomy_file, data_dir, s3, tmp_path) -> None:
    # `run s3://bucket/news/001.txt` failed (ListingOrderError: '...001.txt' after '...001.txt/'): the
    # file was listed as below itself, its relative path the bucket's whole key.
    from warehouse.sources import list_sources

    s3.mkdir("src")
    s3.mkdir("lakes")
    s3.put_file(str(data_dir / "bbc_format.txt"), "src/news/001.txt")
    s3.put_file(str(data_dir / "seed_format.txt"), "src/news/002.txt")
    (entry,) = list_sources("s3://src/news/001.txt")
    assert (entry.path, entry.root, entry.relative_path) == ("s3://src/news/001.txt", "s3://src/news", "001.txt")

    one = ingest_articles(source="s3://src/news/001.txt", lake="s3://lakes/one", taxonomy=taxonomy_file)
    assert (one["files_seen"], one["files_new"]) == (1, 1)
    assert query("s3://lakes/one", "select relative_path from articles").to_pylist() == [{"relative_path": "001.txt"}]
    folder = ingest_articles(source="s3://src/news", lake="s3://lakes/one", taxonomy=taxonomy_file)
    assert (folder["files_seen"], folder["files_new"], folder["files_unchanged"]) == (2, 1, 1)
    # The other file of its folder, which a run of the one file does not list, is not deleted.
    again = ingest_articles(source="s3://src/news/001.txt", lake="s3://lakes/one", taxonomy=taxonomy_file)
    assert (again["files_seen"], again["files_unchanged"], again["files_deleted"]) == (1, 1, 0)
    local = ingest_articles(source="s3://src/news/001.txt", lake=str(tmp_path / "lake"), taxonomy=taxonomy_file)
    assert (local["files_seen"], local["files_new"]) == (1, 1)


def test_an_s3_records_file_is_a_labeled_corpus_as_a_local_one_is(data_dir, s3, tmp_path) -> None:
    # `eval s3://bucket/labeled.csv --label-field ...` said "listed, but gone when read": the file was read
    # as a local one.
    from tests.flows.test_labels_records import labeled_items
    from warehouse.labeled import read_labeled_records

    table = tmp_path / "labeled.csv"
    with table.open("w", newline="") as handle:
        writer = csv.DictWriter(handle, ["id", "section", "headline", "story"])
        writer.writeheader()
        writer.writerows(labeled_items(data_dir))
    s3.mkdir("src")
    s3.put_file(str(table), "src/lab/labeled.csv")
    fields = {"title": "headline", "text": "story"}
    remote = read_labeled_records("s3://src/lab/labeled.csv", "section", fields)
    here = read_labeled_records(str(table), "section", fields)
    assert len(remote) == 9
    assert [(a.label, a.file.data) for a in remote] == [(a.label, a.file.data) for a in here]


def test_a_lake_in_its_s3_source_is_no_articles_and_one_that_is_the_source_or_among_articles_is_refused(
    taxonomy_file, data_dir, s3
) -> None:
    # On S3 the lake's own Parquet files and manifest were read as articles (quarantined, more each run),
    # and a lake named as its source, or as a folder of articles, was written among them; locally each is
    # said in one line.
    from typer.testing import CliRunner

    from flows.cli.main import app

    s3.mkdir("src")
    for name in ("a.txt", "b.txt"):
        s3.put_file(str(data_dir / "bbc_format.txt"), f"src/news/{name}")
    for _ in range(2):
        counts = ingest_articles(source="s3://src/news", lake="s3://src/news/lake", taxonomy=taxonomy_file)
        assert (counts["files_seen"], counts["files_quarantined"]) == (2, 0)
    assert query("s3://src/news/lake", "select count(*) as n from quarantine").to_pylist() == [{"n": 0}]
    before = sorted(s3.find("src"))
    taxonomy = ["--taxonomy", str(taxonomy_file)]
    line = one_error_line(CliRunner().invoke(app, ["run", "s3://src/news", *taxonomy, "--lake", "s3://src/news/"]))
    assert "the lake and the source are the same folder (s3://src/news)" in line
    s3.put_file(str(data_dir / "seed_format.txt"), "src/arts/c.txt")
    line = one_error_line(CliRunner().invoke(app, ["run", "s3://src/news", *taxonomy, "--lake", "s3://src/arts"]))
    assert "the lake s3://src/arts is a folder of other files (1, such as 'c.txt'), not a lake" in line
    # An object named as the lake was refused only from inside the flow, after Prefect started.
    line = one_error_line(CliRunner().invoke(app, ["run", "s3://src/news", *taxonomy, "--lake", "s3://src/arts/c.txt"]))
    assert "the lake s3://src/arts/c.txt is a file, not a folder" in line
    assert sorted(s3.find("src")) == sorted([*before, "src/arts/c.txt"])  # nothing written
