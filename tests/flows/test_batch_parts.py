"""A batch is read, labelled and staged in parts (flows.batch.PART_FILES): the lake is the same, and
the batch still writes one file per table."""

from __future__ import annotations

import shutil

import pytest

import flows.batch
from flows.ingest import ingest_articles
from tests.flows.tables import assert_same_tables, table_rows
from warehouse.lake import read_manifest


@pytest.fixture
def parts(monkeypatch) -> list[int]:
    """The number of files of each part done, in order."""
    done: list[int] = []
    whole_part = flows.batch._ingest_part

    def counted_part(entries, *args):
        done.append(len(entries))
        return whole_part(entries, *args)

    monkeypatch.setattr(flows.batch, "_ingest_part", counted_part)
    return done


@pytest.mark.slow
def test_a_batch_done_in_parts_writes_the_same_lake_as_in_one(
    tmp_path, data_dir, taxonomy_file, monkeypatch, parts
) -> None:
    source = tmp_path / "inbox"
    shutil.copytree(data_dir / "formats" / "mixed", source)  # every format, a records file, a .pdf
    for n, name in enumerate(["seed_format.txt", "bbc_format.txt", "crlf_bom.txt", "latin1.txt"]):
        shutil.copy(data_dir / name, source / f"{n}-{name}")
    (source / "empty.txt").write_bytes(b"")  # quarantined
    one, many = str(tmp_path / "one"), str(tmp_path / "many")
    whole = ingest_articles(source=str(source), lake=one, taxonomy=taxonomy_file, batch_size=100)
    assert len(parts) == 1
    n_files = parts[0]
    parts.clear()
    monkeypatch.setattr(flows.batch, "PART_FILES", 3)
    in_parts = ingest_articles(source=str(source), lake=many, taxonomy=taxonomy_file, batch_size=100)

    assert parts == [3] * (n_files // 3) + ([n_files % 3] if n_files % 3 else [])  # one batch, in parts
    for key in ("files_seen", "files_new", "files_quarantined", "articles_written", "paragraphs_written",
                "themes_written"):
        assert whole[key] == in_parts[key], key
    assert table_rows(one, "paragraph_themes") and table_rows(one, "quarantine")
    assert_same_tables(one, many)
    # One file per table and batch, whatever its parts: no more files to read for queries and compaction.
    assert {t: len(f) for t, f in read_manifest(many).tables.items()} == {
        t: len(f) for t, f in read_manifest(one).tables.items()
    }
    assert len(read_manifest(many).files("paragraph_themes")) == 1


def test_a_batch_labelled_with_terms_alone_and_not_enriched_is_done_whole(
    tmp_path, data_dir, monkeypatch, parts
) -> None:
    # Its rows are small, and a part costs some CPU (flows.batch.PART_FILES).
    from tests.flows.conftest import TEST_TAXONOMY
    from transforms.taxonomy import parse_taxonomy
    from warehouse.sources import list_sources

    for n in range(5):
        shutil.copy(data_dir / "bbc_format.txt", tmp_path / f"{n}.txt")
    terms_alone = parse_taxonomy(TEST_TAXONOMY.replace('min_score = 1.0', 'min_score = 1.0\nsemantic = false'))
    monkeypatch.setattr(flows.batch, "PART_FILES", 2)
    entries = list_sources(tmp_path)
    lake = str(tmp_path / "lake")
    for taxonomy, enrichments, expected in ((terms_alone, False, [5]), (terms_alone, True, [2, 2, 1])):
        parts.clear()
        summary = flows.batch.ingest_batch(entries, {}, set(), taxonomy, lake, "run", "t", 10**6, None, enrichments)
        assert parts == expected and summary.seen == 5 and summary.new == 5
        assert len(summary.staged["articles"]) == 1  # one file, whatever the parts


def test_a_batch_whose_part_fails_leaves_no_file(tmp_path, data_dir, monkeypatch, parts) -> None:
    from tests.flows.conftest import TEST_TAXONOMY
    from transforms.taxonomy import parse_taxonomy
    from warehouse.sources import list_sources

    for n in range(5):
        shutil.copy(data_dir / "bbc_format.txt", tmp_path / f"{n}.txt")
    monkeypatch.setattr(flows.batch, "PART_FILES", 2)
    failing = flows.batch._ingest_part  # the counting one

    def third_part_fails(entries, *args):
        if len(parts) == 2:
            raise OSError("disk full")
        return failing(entries, *args)

    monkeypatch.setattr(flows.batch, "_ingest_part", third_part_fails)
    lake = tmp_path / "lake"
    with pytest.raises(OSError, match="disk full"):
        flows.batch.ingest_batch(
            list_sources(tmp_path), {}, set(), parse_taxonomy(TEST_TAXONOMY), str(lake), "run", "t", 10**6, None, True
        )
    assert parts == [2, 2]  # two parts were written to the batch's files, then the third failed
    assert [p.name for p in (lake / "data").rglob("*") if p.is_file() and p.name != "_schema.parquet"] == []
