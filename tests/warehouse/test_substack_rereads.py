"""A Substack export's pages take their title and day from the `posts.csv` beside their folder: a re-run whose index
changed, appeared or went reads the pages it lists again (their own bytes did not move); one whose index did not
move reads nothing, and neither does a CSV of another shape named so, nor an index on a remote store."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.warehouse.test_ingest_plan import committed
from warehouse.ingest_plan import plan_ingest
from warehouse.source_state import SourceState
from warehouse.sources import SourceEntry

PAGES = ["news/posts/1.rain.html", "news/posts/2.trams.html"]
OTHERS = ["news/about.html", "other/posts/3.bus.html"]  # no page of news/posts.csv: another folder's, or none
SUBSTACK = "post_id,post_date,is_published,email_sent_at,inbox_sent_at,type,audience,title,subtitle\n"
SCRAPED = "id,title,date,text\n1,Rain in Leeds,2026-01-02,It rained all day.\n"  # a scraper's posts.csv, not an index


def _export(root: Path, head: str = SUBSTACK) -> None:
    for name in PAGES + OTHERS:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text("<p>Rain fell on Leeds.</p>")
    (root / "news" / "posts.csv").write_text(head + "1.rain,2026-01-02,true,,,newsletter,everyone,Rain,\n"
                                             if head == SUBSTACK else head)


def _read(tmp_path: Path, known: list[str], listed: list[str], chunk_size: int, changed: str = "",
          root: str | None = None) -> list[str]:
    """Return the listed files the plan reads, `known` committed with size 10 and `changed` listed with size 12."""
    root = root or str(tmp_path / "in")
    committed(tmp_path / "lake", {
        f"{root}/{n}": SourceState("article" if n.endswith(".html") else "records", "h", None, 10, 5) for n in known})
    entries = sorted((SourceEntry(f"{root}/{n}", root, n, 12 if n == changed else 10, 5) for n in listed),
                     key=lambda e: e.path)
    with plan_ingest(tmp_path / "lake", entries, root, 10, chunk_size) as plan:
        return sorted(e.path[len(root) + 1:] for batch in plan.batches() for e in batch.entries)


@pytest.fixture
def export(tmp_path: Path) -> Path:
    _export(tmp_path / "in")
    return tmp_path


ALL = ["news/posts.csv", *PAGES, *OTHERS]


@pytest.mark.parametrize("chunk_size", [1, 2, 100])
def test_an_unchanged_index_reads_nothing(export, chunk_size) -> None:
    assert _read(export, ALL, ALL, chunk_size) == []


@pytest.mark.parametrize("chunk_size", [1, 2, 100])
def test_a_changed_index_reads_its_pages_again(export, chunk_size) -> None:
    assert _read(export, ALL, ALL, chunk_size, changed="news/posts.csv") == ["news/posts.csv", *PAGES]


@pytest.mark.parametrize("chunk_size", [1, 2, 100])
def test_an_index_added_after_its_pages_reads_them_again(export, chunk_size) -> None:
    assert _read(export, ALL[1:], ALL, chunk_size) == ["news/posts.csv", *PAGES]


@pytest.mark.parametrize("chunk_size", [1, 2, 100])
def test_a_removed_index_reads_its_pages_again(export, chunk_size) -> None:
    assert _read(export, ALL, ALL[1:], chunk_size) == PAGES


@pytest.mark.parametrize("chunk_size", [1, 2, 100])
def test_names_that_sort_between_the_index_and_its_folder_move_no_page(export, chunk_size) -> None:
    # "posts-2025.csv" sorts before "posts.csv", "posts.csv.bak" between it and "posts/", "posts_old/" after
    near = ["news/posts-2025.csv", "news/posts.csv.bak", "news/posts_old/9.wind.html"]
    for name in near:
        assert _read(export, ALL + near, ALL + near, chunk_size, changed=name) == [name]
    assert _read(export, ALL + near, ALL + near, chunk_size, changed="news/posts.csv") == ["news/posts.csv", *PAGES]


def test_an_index_deleted_with_its_pages_reads_nothing(export) -> None:
    assert _read(export, ALL, OTHERS, 1) == []


@pytest.mark.parametrize("chunk_size", [1, 100])
@pytest.mark.parametrize("known", [ALL, ALL[1:]], ids=["changed", "added"])
def test_a_changed_csv_of_another_shape_named_posts_reads_no_page_again(tmp_path, chunk_size, known) -> None:
    # a scraper's own posts.csv beside its saved pages, growing every day: its pages were read with no row of it
    _export(tmp_path / "in", SCRAPED)
    assert _read(tmp_path, known, ALL, chunk_size, changed="news/posts.csv") == ["news/posts.csv"]


def test_a_changed_index_on_a_remote_store_reads_no_page_again(tmp_path) -> None:
    # the index is read on a local source only: a remote page has no row of it to bring up to date
    root = "memory://substack-rereads/in"
    assert _read(tmp_path, ALL, ALL, 100, changed="news/posts.csv", root=root) == ["news/posts.csv"]
