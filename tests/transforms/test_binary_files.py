"""A file of binary bytes named as text (a PNG, a zip or a few NULs and control bytes saved as `.txt`) is one
`binary` quarantine row whatever text format its name gives: ten bytes of them were read as UTF-16, an article
of "Ā戂湩牡y" from a `.txt` or `.md`, `not_records` from a `.json`, nothing at all from a `.csv`."""

from __future__ import annotations

import pytest

from transforms.articles import ArticleFile, QuarantineRecord, read_batch_articles
from transforms.formats import ReadOptions

JUNK = b"\x00\x01\x02binary\x00"


@pytest.mark.parametrize("name", ["junk.txt", "junk.md", "junk.json", "junk.jsonl", "junk.csv", "junk.html"])
def test_a_few_nul_and_control_bytes_are_a_binary_file_in_every_text_format(name: str) -> None:
    quarantined: list[QuarantineRecord] = []
    read = read_batch_articles([ArticleFile(source=name, data=JUNK, relative_path=name)], ReadOptions(), quarantined)
    assert not read
    assert [(q.reason, "binary file" in q.detail) for q in quarantined] == [("binary", True)]


@pytest.mark.parametrize(("text", "sentence"), [("Rain\n\nIt rained in Leeds.\n", "It rained in Leeds."),
                                              ("一万人が参加した。\n", "一万人が参加した。")])
def test_utf16_text_without_a_bom_is_still_read(text: str, sentence: str) -> None:
    data = text.encode("utf-16-le")
    read = read_batch_articles([ArticleFile(source="a.txt", data=data, relative_path="a.txt")], ReadOptions(), [])
    assert sentence in read["a.txt"].articles[0].text
