from __future__ import annotations

import socket
import urllib.request

import pytest

import flows.batch
from flows.ingest import ingest_articles
from tests.conftest import import_extra
from warehouse.catalog import query

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


def test_rerun_on_s3_skips_unchanged_articles(taxonomy_file, data_dir, s3) -> None:
    s3.mkdir("articles")
    s3.mkdir("lakes")
    s3.put_file(str(data_dir / "bbc_format.txt"), "articles/inbox/a.txt")
    ingest_articles(source="s3://articles/inbox", lake="s3://lakes/two", taxonomy=taxonomy_file)
    second = ingest_articles(source="s3://articles/inbox", lake="s3://lakes/two", taxonomy=taxonomy_file)
    assert (second["files_unchanged"], second["files_new"]) == (1, 0)
    assert query("s3://lakes/two", "select count(*) as n from runs").to_pylist() == [{"n": 2}]
