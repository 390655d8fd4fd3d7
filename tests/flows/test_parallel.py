from __future__ import annotations

import shutil

import pytest

from flows.ingest import ingest_articles
from tests.flows.tables import assert_same_tables, table_rows

pytestmark = pytest.mark.slow  # starts a pool of two processes: seconds on a busy machine


def test_process_pool_writes_the_same_tables_as_one_process(tmp_path, data_dir, taxonomy_file) -> None:
    source = tmp_path / "inbox"
    source.mkdir()
    for n, name in enumerate(["seed_format.txt", "bbc_format.txt", "crlf_bom.txt", "latin1.txt"] * 2):
        shutil.copy(data_dir / name, source / f"{n}-{name}")
    (source / "empty.txt").write_bytes(b"")
    one, two = str(tmp_path / "one"), str(tmp_path / "two")

    single = ingest_articles(source=str(source), lake=one, taxonomy=taxonomy_file, batch_size=2, workers=1)
    pooled = ingest_articles(source=str(source), lake=two, taxonomy=taxonomy_file, batch_size=2, workers=2)

    assert single["paragraphs_written"] == pooled["paragraphs_written"] > 0
    assert table_rows(one, "paragraph_themes")  # the comparison below compares labels, not nothing
    assert_same_tables(one, two)
