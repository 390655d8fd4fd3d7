"""What a file gives: its articles, bad records and, for a records file still being written, how it is cut."""

from __future__ import annotations

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
