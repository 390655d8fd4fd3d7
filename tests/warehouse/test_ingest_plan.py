from __future__ import annotations

import os
from datetime import UTC, datetime

import pytest

from transforms.pipeline import article_id
from warehouse import lake as lakes
from warehouse import staging
from warehouse.ingest_plan import ListingOrderError, plan_ingest
from warehouse.schemas import ARTICLES
from warehouse.source_state import DELETED, QUARANTINED, RECORDS, SourceChange, SourceState, stage_source_states
from warehouse.sources import FileChoice, SourceEntry


def entry(name: str, size: int | None = 10, mtime: int | None = 5) -> SourceEntry:
    return SourceEntry(f"/in/{name}", "/in", name, size, mtime)


def committed(lake, states: dict[str, SourceState], run_id: str = "run-1") -> None:
    changes = [SourceChange(source, state) for source, state in states.items()]
    lakes.commit(lake, {"sources": stage_source_states(lake, changes, run_id, datetime.now(UTC), run_id)})


def planned(lake, entries, batch_size=3, chunk_size=2):
    """Return the plan and its batches, read back from the spool."""
    with plan_ingest(lake, entries, "/in", batch_size, chunk_size) as plan:
        return plan, list(plan.batches())


STATES = {
    "/in/back.txt": SourceState(DELETED),
    "/in/bad.txt": SourceState(QUARANTINED, "h4", "binary", 10, 5),
    "/in/locked.txt": SourceState(QUARANTINED, None, "permission_denied", 10, 5),
    "/in/resized.txt": SourceState("article", "h3", None, 9, 5),
    "/in/same.txt": SourceState("article", "h1", None, 10, 5),
    "/in/touched.txt": SourceState("article", "h2", None, 10, 4),
}


@pytest.mark.parametrize("chunk_size", [1, 2, 3, 100])
def test_plan_skips_files_whose_size_and_mtime_match_and_reads_the_rest(tmp_path, chunk_size) -> None:
    committed(tmp_path, STATES)
    names = ["back.txt", "bad.txt", "dangling.txt", "locked.txt", "new.txt", "resized.txt", "same.txt", "touched.txt"]
    entries = [entry(n) if n != "dangling.txt" else entry(n, None, None) for n in names]
    plan, batches = planned(tmp_path, entries, batch_size=3, chunk_size=chunk_size)

    assert (plan.listed, plan.unchanged, plan.to_read, plan.deleted) == (8, 2, 6, [])
    # A chmod does not move mtime, so a file refused for permission is tried again every run.
    assert [[e.relative_path for e in b.entries] for b in batches] == [
        ["back.txt", "dangling.txt", "locked.txt"],
        ["new.txt", "resized.txt", "touched.txt"],
    ]
    assert plan.batch_count == len(batches)
    assert batches[1].entries[0] == entry("new.txt")
    # Each batch carries the committed state of its known files, and only theirs.
    assert batches[0].states == {p: STATES[p] for p in ("/in/back.txt", "/in/locked.txt")}
    assert batches[1].states == {p: STATES[p] for p in ("/in/resized.txt", "/in/touched.txt")}


@pytest.mark.parametrize("chunk_size", [1, 2, 100])
def test_plan_reports_as_deleted_only_known_files_under_the_runs_folder(tmp_path, chunk_size) -> None:
    committed(
        tmp_path,
        {
            "/in/a-gone.txt": SourceState("article", "h1", None, 10, 5),  # before the first listed file
            "/in/m/gone.txt": SourceState(QUARANTINED, "h2", "empty", 0, 5),  # between two listed files
            "/in/z-gone.txt": SourceState("article", "h5", None, 10, 5),  # after the last
            "/in/already.txt": SourceState(DELETED),
            "/in/kept.txt": SourceState("article", "h6", None, 10, 5),
            "/inbox/other.txt": SourceState("article", "h3", None, 10, 5),  # another folder, same prefix
            "/elsewhere/x.txt": SourceState("article", "h4", None, 10, 5),
        },
    )
    plan, _ = planned(tmp_path, [entry("b.txt"), entry("kept.txt"), entry("n.txt")], chunk_size=chunk_size)
    assert plan.deleted == ["/in/a-gone.txt", "/in/m/gone.txt", "/in/z-gone.txt"]
    assert (plan.listed, plan.unchanged, plan.to_read) == (3, 1, 2)


@pytest.mark.parametrize("chunk_size", [1, 100])
def test_files_the_runs_globs_leave_out_are_not_deleted(tmp_path, chunk_size) -> None:
    # `run --include 'sport/*'` after a whole run: the other articles are not seen, so not gone.
    committed(tmp_path, {f"/in/{name}": SourceState("article", name, None, 10, 5)
                         for name in ("news/a.txt", "sport/b.txt", "sport/c.txt", "z.txt")})
    choice = FileChoice(include=("sport/*",))
    with plan_ingest(tmp_path, [entry("sport/b.txt")], "/in", 3, chunk_size, choice=choice) as plan:
        assert plan.deleted == ["/in/sport/c.txt"]
    with plan_ingest(tmp_path, [entry("z.txt")], "/in", 3, chunk_size, choice=FileChoice(exclude=("*/*",))) as plan:
        assert plan.deleted == []


def test_a_file_named_like_a_record_is_a_file(tmp_path) -> None:
    # "results.csv#id=7.txt" looks like record 7 of results.csv; its state has the size a record's lacks.
    committed(tmp_path, {
        "/in/results.csv#id=7.txt": SourceState("article", "h1", None, 10, 5),
        "/in/feed.csv": SourceState("records", "h2", None, 10, 5),
        "/in/feed.csv#id=1": SourceState("article", "h3"),
    })
    plan, batches = planned(tmp_path, [entry("feed.csv"), entry("results.csv#id=7.txt")])
    assert (plan.unchanged, plan.deleted) == (2, [])
    plan, _ = planned(tmp_path, [entry("feed.csv")])
    assert plan.deleted == ["/in/results.csv#id=7.txt"]  # gone from the folder: deleted, not kept as a record


def test_an_empty_listing_deletes_every_known_file_of_the_folder(tmp_path) -> None:
    committed(tmp_path, {"/in/a.txt": SourceState("article", "h1", None, 10, 5)})
    plan, batches = planned(tmp_path, [])
    assert (plan.listed, plan.deleted, batches) == (0, ["/in/a.txt"], [])


def test_the_latest_committed_state_counts(tmp_path) -> None:
    committed(tmp_path, {"/in/a.txt": SourceState("article", "h1", None, 10, 5)}, "run-1")
    committed(tmp_path, {"/in/a.txt": SourceState(DELETED)}, "run-2")
    plan, (batch,) = planned(tmp_path, [entry("a.txt")])
    assert plan.deleted == [] and batch.states == {"/in/a.txt": SourceState(DELETED)}


def test_a_batch_carries_the_versions_the_lake_has_of_its_known_articles(tmp_path) -> None:
    committed(tmp_path, {"/in/a.txt": SourceState("article", "h2", None, 10, 4)})
    articles = {
        "article_id": [article_id("/in/a.txt")] * 2 + [article_id("/in/c.txt")],
        "content_hash": ["h1", "h2", "h9"],
        "source": ["/in/a.txt", "/in/a.txt", "/in/c.txt"],
        "run_id": ["run-1"] * 3,
    }
    columns = {name: articles.get(name, [None] * 3) for name in ARTICLES.names}
    lakes.commit(tmp_path, {"articles": staging.stage_files(tmp_path, "articles", columns, "run-1")})
    _, (batch,) = planned(tmp_path, [entry("a.txt"), entry("b.txt")])
    assert batch.versions == {(article_id("/in/a.txt"), "h1"), (article_id("/in/a.txt"), "h2")}


def test_the_spool_is_gone_once_the_plan_is_closed(tmp_path) -> None:
    with plan_ingest(tmp_path, [entry("a.txt")], "/in", batch_size=10) as plan:
        assert plan.spool is not None and plan.spool.exists() and plan.batch_count == 1
        assert plan.spool.parent == tmp_path.resolve() and plan.spool.name.startswith(".")  # recovery removes it
    assert not plan.spool.exists()


def test_a_listing_out_of_order_is_refused(tmp_path) -> None:
    with pytest.raises(ListingOrderError):
        plan_ingest(tmp_path, [entry("b.txt"), entry("a.txt")], "/in", batch_size=10)
    assert not list(tmp_path.glob(".plan-*"))


@pytest.mark.parametrize(("files", "workers", "sizes"), [
    (5, 2, [2, 1, 1, 1]),  # three batches of at most 2 on two workers: four, so none waits alone for the last
    (6, 3, [2, 2, 2]),  # already a multiple of the workers: as written
    (7, 3, [2, 1, 1, 1, 1, 1]),  # four batches on three workers: six, the first files' one larger
    (1, 4, [1]),  # fewer files than workers: one batch a file
    (3, 2, [2, 1]),  # two batches already, as written: 2 and 1 are as equal as 3 files can be
])
def test_spread_recuts_batches_into_a_multiple_of_the_workers(tmp_path, files, workers, sizes) -> None:
    committed(tmp_path, STATES)
    entries = [entry(f"n{i}.txt") for i in range(files)]
    with plan_ingest(tmp_path, entries, "/in", 2, 100) as plan:
        plan.spread(workers)
        batches = list(plan.batches())
        assert plan.batch_count == len(batches)
    assert [len(b.entries) for b in batches] == sizes
    # The same files, in the same order, each once, with their states and versions carried along.
    assert [e for b in batches for e in b.entries] == entries


def test_spread_evens_out_a_last_small_batch(tmp_path) -> None:
    entries = [entry(f"n{i}.txt") for i in range(5)]
    with plan_ingest(tmp_path, entries, "/in", 4, 100) as plan:  # written as 4 + 1
        plan.spread(2)
        assert [len(b.entries) for b in plan.batches()] == [3, 2]


def test_until_change_stops_at_the_first_chunk_with_something_to_do(tmp_path) -> None:
    same = {f"/in/{n}.txt": SourceState("article", f"h{n}", None, 10, 5) for n in range(6)}
    committed(tmp_path, same)
    unchanged = [entry(f"{n}.txt") for n in range(6)]
    changed = unchanged[:2] + [entry("2.txt", 11)] + unchanged[3:]  # resized, in the second chunk of two

    with plan_ingest(tmp_path, iter(unchanged), "/in", 3, chunk_size=2, until_change=True) as plan:
        assert (plan.listed, plan.unchanged, plan.to_read, plan.deleted) == (6, 6, 0, [])  # all of it listed
    with plan_ingest(tmp_path, iter(changed), "/in", 3, chunk_size=2, until_change=True) as plan:
        assert (plan.listed, plan.to_read) == (4, 1)  # the third chunk was never listed
    with plan_ingest(tmp_path, iter(unchanged[:4]), "/in", 3, chunk_size=2, until_change=True) as plan:
        assert plan.deleted == ["/in/4.txt", "/in/5.txt"]  # found once the listing ends


def test_a_file_too_large_is_read_again_once_the_limit_admits_it(tmp_path) -> None:
    # Raising THEMELAKE_MAX_FILE_BYTES left the file quarantined: its size and mtime had not moved.
    committed(tmp_path, {
        "/in/big.jsonl": SourceState(QUARANTINED, None, "too_large", 50, 5),
        "/in/big.txt.gz": SourceState(QUARANTINED, None, "too_large", 50, 5),  # its size says nothing
    })
    entries = [entry("big.jsonl", 50), entry("big.txt.gz", 50)]
    for max_bytes, read in ((None, []), (40, []), (50, ["big.jsonl"]), (1000, ["big.jsonl"])):
        with plan_ingest(tmp_path, iter(entries), "/in", 10, max_bytes=max_bytes) as plan:
            assert [e.relative_path for b in plan.batches() for e in b.entries] == read, max_bytes
            assert plan.still_quarantined == 2 - len(read)



def test_a_lower_limit_applies_to_files_read_from_then_on(tmp_path) -> None:
    # Lowering THEMELAKE_MAX_FILE_BYTES under a file already in the lake leaves it there (the README
    # says so): it is not read again, nor quarantined, until it changes; then it is read and checked.
    committed(tmp_path, {"/in/old.txt": SourceState("article", "h1", None, 50, 5)})
    with plan_ingest(tmp_path, iter([entry("old.txt", 50)]), "/in", 10, max_bytes=40) as plan:
        assert (plan.unchanged, plan.to_read, plan.still_quarantined) == (1, 0, 0)
    with plan_ingest(tmp_path, iter([entry("old.txt", 60)]), "/in", 10, max_bytes=40) as plan:
        assert [e.relative_path for b in plan.batches() for e in b.entries] == ["old.txt"]

@pytest.mark.slow
def test_a_records_file_is_read_again_for_a_mapping_other_than_the_one_it_remembers(tmp_path) -> None:
    committed(tmp_path, {
        "/in/auto.csv": SourceState(RECORDS, "h1", None, 10, 5),
        "/in/mapped.jsonl": SourceState(RECORDS, "h2", None, 10, 5, "text=story"),
        "/in/no_text.csv": SourceState(QUARANTINED, "h3", "no_text_field", 10, 5),
        "/in/note.txt": SourceState("article", "h4", None, 10, 5),
    })
    entries = [entry(n) for n in ("auto.csv", "mapped.jsonl", "no_text.csv", "note.txt")]
    for fields, read in (
        (None, []),  # a run without --field: every file keeps its mapping, nothing moved
        ("text=story", ["auto.csv", "no_text.csv"]),
        ("text=body", ["auto.csv", "mapped.jsonl", "no_text.csv"]),
        ("auto", ["mapped.jsonl"]),
    ):
        with plan_ingest(tmp_path, iter(entries), "/in", 10, fields=fields) as plan:
            batches = list(plan.batches())
            assert [e.relative_path for b in batches for e in b.entries] == read, fields
            assert plan.still_quarantined == ("no_text.csv" not in read)
    with plan_ingest(tmp_path, iter(entries), "/in", 10, fields="text=body") as plan:
        [batch] = list(plan.batches())
    assert batch.states["/in/mapped.jsonl"].fields == "text=story"  # the batch knows what each file remembers


def test_a_killed_runs_spool_for_a_lake_on_a_store_goes_with_the_next_such_run(tmp_path, monkeypatch) -> None:
    # A lake on object storage has its spool in the local temporary folder, where no lake recovery
    # reaches: a killed run's stayed there, as large as its listing, one more per killed run.
    import subprocess
    import sys
    import tempfile

    from warehouse.plan_spool import remove_dead_spools, spool_path

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    ended = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead = tmp_path / f".themelake-plan-{ended.stdout.strip()}-0123456789ab.arrow.tmp"
    alive = tmp_path / f".themelake-plan-{os.getpid()}-0123456789ab.arrow.tmp"
    other = tmp_path / ".plan-0123456789ab.arrow.tmp"  # a local lake's, which its recovery removes
    for path in (dead, alive, other):
        path.write_bytes(b"spool")
    spool = spool_path("memory://lakes/a")
    assert spool.parent == tmp_path and spool.name.startswith(f".themelake-plan-{os.getpid()}-")
    assert not dead.exists() and alive.exists() and other.exists()
    assert remove_dead_spools(tmp_path) == []


@pytest.mark.parametrize("names", [
    ["a.txt", "a.txt"],  # the same path twice
    ["a.txt", "c.txt", "b.txt"],  # out of order within a chunk
    ["a.txt", "b.txt", "b.txt", "c.txt"],  # twice across a chunk's end (chunks of 2)
    ["b.txt", "c.txt", "a.txt", "d.txt"],  # the second chunk before the first
])
def test_every_listing_out_of_order_is_refused_whatever_its_chunks(tmp_path, names) -> None:
    """The order check's fast test (a sorted list, no path twice) refuses what the path-by-path check did."""
    with pytest.raises(ListingOrderError):
        plan_ingest(tmp_path, [entry(n) for n in names], "/in", batch_size=10, chunk_size=2)
    assert not list(tmp_path.glob(".plan-*"))


def test_a_new_lakes_batches_hold_every_file_with_no_state_nor_version(tmp_path) -> None:
    """A range with no known file (a new lake) is spooled without its per-file comparison: the same batches."""
    names = [f"{i:03d}.txt" for i in range(7)]
    plan, batches = planned(tmp_path, [entry(n, size=i, mtime=i * 10) for i, n in enumerate(names)])
    assert (plan.listed, plan.unchanged, plan.to_read, plan.deleted, plan.still_quarantined) == (7, 0, 7, [], 0)
    assert [e for b in batches for e in b.entries] == [entry(n, size=i, mtime=i * 10) for i, n in enumerate(names)]
    assert all(b.states == {} and b.versions == set() for b in batches)
    # Beside a known file, the others still come with nothing: only the known one has its state.
    committed(tmp_path, {"/in/003.txt": SourceState("article", "h1", None, 1, 1)})
    plan, batches = planned(tmp_path, [entry(n) for n in names])
    assert plan.to_read == 7 and [list(b.states) for b in batches] == [[], ["/in/003.txt"], []]


def test_a_plan_counts_the_files_it_reads_that_were_only_touched(tmp_path) -> None:
    # A touched file (same size, mtime moved) may be hashed instead of read by a run (warehouse.touched_sources);
    # a file whose size moved, a new one, one whose state has no hash or a deleted one's is not touched.
    committed(tmp_path, STATES | {"/in/nohash.txt": SourceState(QUARANTINED, None, "too_large", 10, 4)})
    names = ["back.txt", "bad.txt", "new.txt", "nohash.txt", "resized.txt", "same.txt", "touched.txt"]
    plan, _ = planned(tmp_path, [entry(n, mtime=6 if n == "bad.txt" else 5) for n in names])
    assert (plan.to_read, plan.touched, plan.touched_bytes) == (6, 2, 20)  # bad.txt and touched.txt


def test_until_change_compares_on_past_touched_files_within_the_budget(tmp_path) -> None:
    # A folder whose files were only touched is compared to its end (each file known, none deleted), so the
    # caller can hash them all; a file with other bytes, or touched ones past the budget, stop it as before.
    committed(tmp_path, {f"/in/{n}.txt": SourceState("article", f"h{n}", None, 10, 5) for n in range(6)})
    touched = [entry(f"{n}.txt", mtime=9 if n in (0, 5) else 5) for n in range(6)]
    with plan_ingest(tmp_path, iter(touched), "/in", 3, chunk_size=2, until_change=True, touched_budget=20) as plan:
        assert (plan.listed, plan.to_read, plan.touched, plan.whole_listing) == (6, 2, 2, True)
    with plan_ingest(tmp_path, iter(touched), "/in", 3, chunk_size=2, until_change=True, touched_budget=9) as plan:
        assert (plan.listed, plan.whole_listing) == (2, False)  # its first touched file is past the budget
    with plan_ingest(tmp_path, iter(touched), "/in", 3, chunk_size=2, until_change=True) as plan:
        assert (plan.listed, plan.whole_listing) == (2, False)  # no budget: the first file to read stops it
    resized = [*touched[:5], entry("5.txt", size=11)]
    with plan_ingest(tmp_path, iter(resized), "/in", 3, chunk_size=2, until_change=True, touched_budget=20) as plan:
        assert (plan.listed, plan.to_read, plan.touched, plan.whole_listing) == (6, 2, 1, False)
