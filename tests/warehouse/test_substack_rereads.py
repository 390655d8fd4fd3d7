"""A Substack export's pages take their title and day from the `posts.csv` beside their folder: a re-run whose index
changed, appeared or went reads the pages it lists again (their own bytes did not move); one whose index did not
move reads nothing."""

from __future__ import annotations

import pytest

from tests.warehouse.test_ingest_plan import committed, entry, planned
from warehouse.source_state import SourceState

PAGES = ["news/posts/1.rain.html", "news/posts/2.trams.html"]
OTHERS = ["news/about.html", "other/posts/3.bus.html"]  # no page of news/posts.csv: another folder's, or none


def _states(index: bool = True) -> dict[str, SourceState]:
    names = PAGES + OTHERS + (["news/posts.csv"] if index else [])
    return {f"/in/{n}": SourceState("article" if n.endswith(".html") else "records", "h", None, 10, 5) for n in names}


def _read(lake, names: list[str], chunk_size: int, index_size: int = 10) -> list[str]:
    entries = sorted((entry(n, index_size if n.endswith(".csv") else 10) for n in names), key=lambda e: e.path)
    plan, batches = planned(lake, entries, batch_size=10, chunk_size=chunk_size)
    return sorted(e.path[len("/in/"):] for batch in batches for e in batch.entries)


@pytest.mark.parametrize("chunk_size", [1, 2, 100])
def test_an_unchanged_index_reads_nothing(tmp_path, chunk_size) -> None:
    committed(tmp_path, _states())
    assert _read(tmp_path, ["news/posts.csv", *PAGES, *OTHERS], chunk_size) == []


@pytest.mark.parametrize("chunk_size", [1, 2, 100])
def test_a_changed_index_reads_its_pages_again(tmp_path, chunk_size) -> None:
    committed(tmp_path, _states())
    assert _read(tmp_path, ["news/posts.csv", *PAGES, *OTHERS], chunk_size, index_size=12) == [
        "news/posts.csv", *PAGES]


@pytest.mark.parametrize("chunk_size", [1, 2, 100])
def test_an_index_added_after_its_pages_reads_them_again(tmp_path, chunk_size) -> None:
    committed(tmp_path, _states(index=False))
    assert _read(tmp_path, ["news/posts.csv", *PAGES, *OTHERS], chunk_size) == ["news/posts.csv", *PAGES]


@pytest.mark.parametrize("chunk_size", [1, 2, 100])
def test_a_removed_index_reads_its_pages_again(tmp_path, chunk_size) -> None:
    committed(tmp_path, _states())
    assert _read(tmp_path, [*PAGES, *OTHERS], chunk_size) == PAGES
