"""What a file gives: its articles, bad records and, for a records file still being written, how it is cut."""

from __future__ import annotations

import json

import pytest

from transforms.articles import ArticleFile, read_file_articles

GZIP_CUT = "the gzip stream is cut off (no end of stream, 40 bytes inflated)"


@pytest.mark.parametrize(
    ("data", "keys", "unfinished"),
    [
        # its stream so far ends with a whole record: the file still lacks those not yet written
        (b'{"id": 1, "text": "One."}\n', ["id=1"], f"{GZIP_CUT}: still being written"),
        (b'{"id": 1, "text": "One."}\n{"id": 2, "te', ["id=1"],
         f"{GZIP_CUT}, and line 2 is cut off (no end of line, not JSON: Unterminated string starting at column 11): "
         "still being written"),
        (b"", [], f"{GZIP_CUT}: still being written"),  # nothing inflated yet: no file that is not records
    ],
)
def test_a_records_file_whose_gzip_stream_is_cut_off_is_still_being_written(
    data: bytes, keys: list[str], unfinished: str
) -> None:
    file = ArticleFile("/in/feed.jsonl.gz", data, relative_path="feed.jsonl.gz", cut_off=GZIP_CUT)
    found = read_file_articles(file)
    assert ([a.article.key for a in found.articles], found.bad, found.unfinished) == (keys, [], unfinished)


PRETTY = json.dumps([{"id": n, "text": f"Story {n}."} for n in range(1, 6)], indent=2).encode()
# A stream flushed after a line of record 3 (its writer's GzipFile, not closed): the text ends with an end of line.
PRETTY_CUT = PRETTY[: PRETTY.index(b"\n", PRETTY.index(b'"id": 3')) + 1]


@pytest.mark.parametrize(
    ("name", "data", "keys"),
    [
        ("feed.json.gz", PRETTY_CUT, ["id=1", "id=2"]),
        ("feed.jsonl.gz", PRETTY_CUT, ["id=1", "id=2"]),  # a pretty-printed export in a .jsonl
        ("feed.jsonl.gz", b"".join(json.dumps(v).encode() + b"\n" for v in json.loads(PRETTY)[:2]), ["id=1", "id=2"]),
        # a quoted field whose next line the stream has yet to give: its row is left for the next run
        ("feed.csv.gz", b'id,text\n1,One.\n2,"Two,\n', ["id=1"]),
    ],
)
def test_a_gzip_stream_cut_after_an_end_of_line_is_still_being_written(name: str, data: bytes, keys: list[str]) -> None:
    # The end of line the stream happened to end at was taken for the file's: the pretty-printed export
    # not_records, its records deleted.
    file = ArticleFile(f"/in/{name}", data, relative_path=name, cut_off=GZIP_CUT)
    found = read_file_articles(file)
    assert ([a.article.key for a in found.articles], found.bad) == (keys, [])
    assert found.unfinished is not None and found.unfinished.startswith(GZIP_CUT)


@pytest.mark.parametrize(("name", "data"), [("feed.json.gz", b"<html>\n"), ("feed.csv.gz", b"title\n")])
def test_a_gzip_stream_cut_off_in_what_is_no_records_yet_is_still_being_written(name: str, data: bytes) -> None:
    # Quarantined as not_records, its records deleted, while its writer was at work (settled: corrupt_gzip).
    file = ArticleFile(f"/in/{name}", data, relative_path=name, cut_off=GZIP_CUT)
    found = read_file_articles(file)
    assert (found.articles, found.bad) == ([], [])
    assert found.unfinished is not None and found.unfinished.startswith(f"{GZIP_CUT}, and not ")


def _keyed_files() -> list[tuple[str, bytes]]:
    from tests.flows.test_keyed_files import DOCK, GRAIN
    from tests.transforms.formats.test_alert_mails import TWO, alert_mail

    return [("alert.eml", alert_mail(TWO)), ("export.txt", f"{DOCK}\n{GRAIN}".encode()),
            ("alert.eml.gz", alert_mail(TWO)), ("feed.jsonl", b'{"id": 1, "text": "One."}\n')]


@pytest.mark.parametrize(("name", "data"), _keyed_files())
def test_every_keyed_article_of_a_file_is_known_as_its_files_record(name: str, data: bytes) -> None:
    # an alert's stories and an export's documents were keyed, but their sources were taken for files of their
    # own: an unchanged run found those "files" unlisted and deleted them, a deleted file's stayed current
    from transforms.articles import is_record_source, record_file

    found = read_file_articles(ArticleFile(f"/in/{name}", data, relative_path=name))
    assert found.articles and all(a.source != a.file.source for a in found.articles)
    assert all(is_record_source(a.source) and record_file(a.source) == f"/in/{name}" for a in found.articles)


def test_a_text_exports_documents_keep_their_versions_when_the_export_drops_one() -> None:
    # each its own version, as a record's: a document kept in the next export is not written again
    from tests.flows.test_keyed_files import DOCK, GRAIN

    both = read_file_articles(ArticleFile("/in/x.txt", f"{DOCK}\n{GRAIN}".encode(), relative_path="x.txt"))
    one = read_file_articles(ArticleFile("/in/x.txt", GRAIN.encode(), relative_path="x.txt"))
    assert [(a.source, a.version) for a in one.articles] == [(a.source, a.version) for a in both.articles[1:]]
