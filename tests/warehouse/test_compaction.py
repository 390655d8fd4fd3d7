from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pyarrow.parquet as pq
import pytest

from tests.warehouse.test_lake import TAX, staged_batch
from transforms.pipeline import ArticleFile, build_batch
from warehouse import (
    compaction,
    compaction_due,
    compaction_files,
    compaction_lanes,
    compaction_size,
    lake_lock,
    staging,
)
from warehouse import lake as lakes
from warehouse.committed_reads import query
from warehouse.compaction import compact_lake
from warehouse.compaction_files import write_sorted
from warehouse.compaction_settled import changed_articles
from warehouse.tables import stage_rows

QUERIES = [
    "select article_id, content_hash, title from articles order by all",
    "select paragraph_id, ordinal, text from paragraphs order by all",
    "select paragraph_id, theme_id, score, evidence from paragraph_themes order by all",
    "select * from article_themes order by all",
    "select * from sources order by all",
    "select count(*) from articles_history",
]


@pytest.mark.slow
def test_compaction_rewrites_files_atomically_and_keeps_every_result(tmp_path) -> None:
    for n in range(5):
        lakes.commit(tmp_path, staged_batch(tmp_path, f"run-{n}"))
    before = {q: query(tmp_path, q).to_pylist() for q in QUERIES}
    old = json.loads((tmp_path / lakes.MANIFEST).read_text())["tables"]

    result = compact_lake(tmp_path, rows_per_file=20)

    new = json.loads((tmp_path / lakes.MANIFEST).read_text())["tables"]
    assert (result.before["articles"], result.after["articles"]) == (5, 1)  # 15 rows: one file
    assert (result.before["paragraphs"], result.after["paragraphs"]) == (5, 2)  # 30 rows: 20 + 10
    assert {q: query(tmp_path, q).to_pylist() for q in QUERIES} == before
    assert all((tmp_path / f).exists() for files in new.values() for f in files)
    assert not any((tmp_path / f).exists() for files in old.values() for f in files)
    assert compact_lake(tmp_path, rows_per_file=20).manifest_version is None  # nothing left to do


@pytest.mark.slow
def test_a_lake_on_object_storage_is_compacted_as_a_local_one(tmp_path) -> None:
    # It was refused ("on object storage, which themelake does not compact"): a lake fed daily on a
    # store gathered a file per run and table for ever, every query and run reading them all.
    import fsspec

    remote = "memory://compaction/lake"
    for lake in (remote, tmp_path):
        for n in range(5):
            lakes.commit(lake, staged_batch(lake, f"run-{n}"))
    before = {q: query(remote, q).to_pylist() for q in QUERIES}
    assert before == {q: query(tmp_path, q).to_pylist() for q in QUERIES}
    store = fsspec.filesystem("memory")
    old = json.loads(store.cat_file("/compaction/lake/" + lakes.MANIFEST))["tables"]

    result = compact_lake(remote, rows_per_file=20)

    assert (result.before["paragraphs"], result.after["paragraphs"]) == (5, 2)
    assert result.after == compact_lake(tmp_path, rows_per_file=20).after
    assert {q: query(remote, q).to_pylist() for q in QUERIES} == before
    new = json.loads(store.cat_file("/compaction/lake/" + lakes.MANIFEST))["tables"]
    assert all(store.exists(f"/compaction/lake/{f}") for files in new.values() for f in files)
    assert not any(store.exists(f"/compaction/lake/{f}") for files in old.values() for f in files)
    assert not [f for f in store.find("/compaction/lake") if f.endswith(".tmp")]
    assert compact_lake(remote, rows_per_file=20).manifest_version is None  # nothing left to do


@pytest.mark.slow
def test_compaction_killed_before_or_after_its_swap_loses_nothing(tmp_path, monkeypatch) -> None:
    import warehouse.compaction as compaction

    for n in range(3):
        lakes.commit(tmp_path, staged_batch(tmp_path, f"run-{n}"))
    before = {q: query(tmp_path, q).to_pylist() for q in QUERIES}

    def die(*args, **kwargs):
        raise KeyboardInterrupt  # as if killed: new files written, manifest not swapped

    monkeypatch.setattr(compaction, "commit", die)
    try:
        compact_lake(tmp_path)
    except KeyboardInterrupt:
        pass
    monkeypatch.undo()
    assert {q: query(tmp_path, q).to_pylist() for q in QUERIES} == before
    with lake_lock.writer_lock(tmp_path, timeout=1):  # the next writer removes the unnamed new files
        pass
    assert not list((tmp_path / lakes.DATA).rglob("compacted-*"))

    def unlink_dies(self, missing_ok=False):
        raise KeyboardInterrupt  # as if killed after the swap, before deleting the old files

    old = json.loads((tmp_path / lakes.MANIFEST).read_text())["tables"]
    monkeypatch.setattr(compaction.Path, "unlink", unlink_dies)
    try:
        compact_lake(tmp_path)
    except KeyboardInterrupt:
        pass
    monkeypatch.undo()
    assert {q: query(tmp_path, q).to_pylist() for q in QUERIES} == before
    with lake_lock.writer_lock(tmp_path, timeout=1):  # the old files, no longer named, are removed
        pass
    assert not any((tmp_path / f).exists() for files in old.values() for f in files)
    assert {q: query(tmp_path, q).to_pylist() for q in QUERIES} == before


def versions(lake, run: int, texts: dict[str, str]) -> dict[str, list[str]]:
    """Stage one run's articles (file name → text) and their `sources` rows, as an ingest would."""
    now = datetime(2026, 1, 1, tzinfo=UTC) + timedelta(days=run)
    files = [ArticleFile(f"/in/{name}.txt", text.encode()) for name, text in texts.items()]
    rows = build_batch(files, TAX, f"run-{run}", now)
    staged = stage_rows(lake, rows, f"run-{run}")
    articles = rows.articles
    sources = {
        "source": articles["source"], "article_id": articles["article_id"], "status": ["article"] * len(files),
        "content_hash": articles["content_hash"], "reason": [None] * len(files),
        "size_bytes": [len(t) for t in texts.values()], "mtime_ns": [run] * len(files), "fields": [None] * len(files),
        "run_id": [f"run-{run}"] * len(files), "observed_at": [now] * len(files),
    }
    staged["sources"] = staging.stage_files(lake, "sources", sources, f"run-{run}-src")
    return staged


# docs/performance.md: "Compaction sorts: labels by taxonomy version, theme, article and
# paragraph (...), paragraphs by `paragraph_id` (...), articles and sources by article".
README_SORT_ORDERS: dict[str, tuple[str, ...]] = {
    "paragraph_themes": ("taxonomy_version", "theme_id", "article_id", "paragraph_id"),
    "paragraphs": ("paragraph_id",),
    "articles": ("article_id",),
    "sources": ("article_id",),
}


@pytest.mark.slow
def test_compaction_sorts_into_small_row_groups_and_settles_unchanged_articles(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(compaction_files, "ROW_GROUP_ROWS", 4)
    for run in range(4):  # three new articles a run, and `a` changes at every run
        texts = {f"n{run}-{k}": f"Troops {k}\n\nWar {k}." for k in range(3)}
        lakes.commit(tmp_path, versions(tmp_path, run, {"a": f"War {run}\n\nTroops at war, take {run}.", **texts}))
    before = {q: query(tmp_path, q).to_pylist() for q in QUERIES}
    assert query(tmp_path, "select count(*) as n from internal._changed_articles").to_pylist() == [{"n": 1}]

    compact_lake(tmp_path)

    manifest = lakes.read_manifest(tmp_path)
    for table, keys in README_SORT_ORDERS.items():
        assert manifest.files(table), table
        for relative in manifest.files(table):
            meta = pq.ParquetFile(tmp_path / relative).metadata
            groups = [meta.row_group(g).num_rows for g in range(meta.num_row_groups)]
            assert groups[:-1] == [4] * (len(groups) - 1) and 0 < groups[-1] <= 4
            found = [tuple(r.values()) for r in pq.read_table(tmp_path / relative, columns=list(keys)).to_pylist()]
            assert found == sorted(found), f"{relative} is not sorted by {keys}"
            # Each row group keeps the min and max of its sort keys: what lets a query skip the others.
            for g in range(meta.num_row_groups):
                columns = [meta.row_group(g).column(c) for c in range(meta.num_columns)]
                kept = {c.path_in_schema for c in columns if c.is_stats_set and c.statistics.has_min_max}
                assert set(keys) <= kept, f"{relative}: row group {g} has no statistics of {set(keys) - kept}"
    # `a` has four versions: its rows are the unsettled ones; the twelve other articles are settled.
    settled = [f for f in manifest.files("articles") if compaction_due.is_settled(f)]
    assert pq.ParquetFile(tmp_path / settled[0]).metadata.num_rows == 12
    assert lakes.read_table(tmp_path, "articles").num_rows == 16
    assert {q: query(tmp_path, q).to_pylist() for q in QUERIES} == before
    # A commit after compaction: `a` changes again, `n0-0` changes for the first time.
    lakes.commit(tmp_path, versions(tmp_path, 9, {"a": "War 9\n\nTroops.", "n0-0": "War again\n\nTroops."}))
    titles = query(tmp_path, "select title from articles where source in ('/in/a.txt', '/in/n0-0.txt') order by 1")
    assert titles.to_pylist() == [{"title": "War 9"}, {"title": "War again"}]
    paragraphs = query(tmp_path, "select count(*) as n from paragraphs").to_pylist()
    assert paragraphs == [{"n": 2 * 13}]  # 13 articles, each a title and a body paragraph


def test_tables_of_several_loose_files_are_compacted_without_reading_their_footers(tmp_path, monkeypatch) -> None:
    for n in range(2):
        lakes.commit(tmp_path, staged_batch(tmp_path, f"run-{n}"))
    loose = {t: fs for t, fs in lakes.read_manifest(tmp_path).tables.items() if len(fs) > 1}
    assert "paragraph_themes" in loose and "paragraphs" in loose
    footers: list[str] = []
    rows = compaction_due._rows
    monkeypatch.setattr(compaction_due, "_rows", lambda path: footers.append(str(path)) or rows(path))

    result = compact_lake(tmp_path)

    # Rewritten whatever their rows: no footer of theirs is read (a run's first compaction read 158).
    assert not [f for f in footers if any(f.endswith(name) for names in loose.values() for name in names)]
    assert all(result.after[t] == 1 for t in loose)
    # Once compacted, the rows decide whether a table is due again: read, and nothing to do.
    assert compact_lake(tmp_path).manifest_version is None
    assert footers


@pytest.mark.slow
def test_the_changed_articles_are_found_once_and_a_lake_without_any_settles_in_one_pass(tmp_path, monkeypatch) -> None:
    for run in range(2):
        lakes.commit(tmp_path, versions(tmp_path, run, {f"n{run}-{k}": f"War {k}\n\nTroops {k}." for k in range(3)}))
    searches, passes = [], []
    monkeypatch.setattr(compaction, "changed_articles", lambda *a: searches.append(1) or changed_articles(*a))
    def counted(relation, root, table, *more):
        passes.append(table)
        return write_sorted(relation, root, table, *more)

    monkeypatch.setattr(compaction, "write_sorted", counted)

    compact_lake(tmp_path)

    # No article changed: each of `articles` and `sources` is read once, all of it settled.
    assert searches == [1] and passes.count("articles") == passes.count("sources") == 1
    manifest = lakes.read_manifest(tmp_path)
    assert all(compaction_due.is_settled(f) for t in ("articles", "sources") for f in manifest.files(t))
    assert lakes.read_table(tmp_path, "articles").num_rows == 6


@pytest.mark.slow
def test_compaction_is_due_once_a_table_gathers_enough_loose_files(tmp_path) -> None:
    for n in range(3):
        lakes.commit(tmp_path, staged_batch(tmp_path, f"run-{n}"))
    due = compaction_due.compaction_due
    assert (due(tmp_path, loose_files=3), due(tmp_path, loose_files=4)) == (True, False)
    compact_lake(tmp_path)
    assert due(tmp_path, loose_files=1) is False


def test_the_labels_table_gets_a_lane_of_its_own_where_it_decides_the_compaction() -> None:
    # Bytes of a loose 50,000-article lake: paragraphs weigh about as much as the labels, but its
    # bytes are text it carries, not what it sorts on; by bytes alone the labels' lane also took
    # the amounts and the sources and ended a second later
    sizes = {"paragraph_themes": 56, "paragraphs": 54, "paragraph_places": 6, "paragraph_amounts": 6,
             "articles": 4, "sources": 3, "runs": 1, "quarantine": 1}
    lanes = compaction_lanes.plan_lanes({t: n << 20 for t, n in sizes.items()}, 2)
    assert lanes[0] == ["paragraph_themes"]
    assert sorted(lanes[1]) == sorted(t for t in sizes if t != "paragraph_themes")
    # with the labels small (terms alone), paragraphs leads and the labels share a lane
    small = compaction_lanes.plan_lanes({**{t: n << 20 for t, n in sizes.items()}, "paragraph_themes": 10 << 20}, 2)
    assert small[0][0] == "paragraphs" and "paragraph_themes" in small[1]
    assert compaction_lanes.plan_lanes({"articles": 1}, 2) == [["articles"]]


def test_the_labels_lane_sorts_in_memory_when_it_fits_and_the_others_keep_their_limit() -> None:
    # Within 256 MB the labels of 50,000 bench articles (46 MB of files) spilled to disk and took a
    # third more CPU to sort; the extra memory goes to that lane only, and only when its sort fits,
    # so a lake whose sort spills anyway keeps the peak it had (the 1 GB).
    def mb(limit: str) -> int:
        return int(limit.removesuffix("MB"))

    fits = compaction_lanes.lane_memory([46 << 20, 70 << 20])
    assert mb(fits[0]) > mb(compaction_lanes.MEMORY_LIMIT) == mb(fits[1])
    assert mb(fits[0]) - mb(compaction_lanes.MEMORY_LIMIT) <= 128
    too_big = compaction_lanes.lane_memory([200 << 20, 210 << 20])
    assert too_big == [compaction_lanes.MEMORY_LIMIT] * 2


def test_each_lane_sorts_within_its_own_memory_limit(tmp_path, monkeypatch) -> None:
    for n in range(3):
        lakes.commit(tmp_path, staged_batch(tmp_path, f"run-{n}"))
    limits: list[str] = []
    connect = compaction._connect

    def connected(root, temp, memory):
        limits.append(memory)
        return connect(root, temp, memory)

    monkeypatch.setattr(compaction, "_connect", connected)
    monkeypatch.setattr(compaction, "lane_memory", lambda sizes: ["300MB"] + ["200MB"] * (len(sizes) - 1))
    compact_lake(tmp_path)
    assert sorted(limits) == sorted(["300MB"] + ["200MB"] * (len(limits) - 1))


@pytest.mark.slow
def test_rows_per_file_splits_a_table_that_is_already_one_file(tmp_path) -> None:
    # `compact --rows-per-file N` left a table of one file (one run's, or one compaction's) whole,
    # whatever its rows: the user asked for files of at most N rows.
    lakes.commit(tmp_path, staged_batch(tmp_path, "run-1"))  # one file a table: 3 articles, 6 paragraphs
    before = {q: query(tmp_path, q).to_pylist() for q in QUERIES}

    def rows_per_file() -> dict[str, list[int]]:
        manifest = lakes.read_manifest(tmp_path)
        return {t: [pq.ParquetFile(tmp_path / f).metadata.num_rows for f in manifest.files(t)]
                for t in ("articles", "paragraphs", "paragraph_themes")}

    assert rows_per_file()["paragraphs"] == [6]
    compact_lake(tmp_path, rows_per_file=4)
    assert rows_per_file()["paragraphs"] == [4, 2]
    compact_lake(tmp_path, rows_per_file=2)  # files a compaction wrote are split too
    found = rows_per_file()
    assert found["paragraphs"] == [2, 2, 2] and all(n <= 2 for ns in found.values() for n in ns), found
    assert {q: query(tmp_path, q).to_pylist() for q in QUERIES} == before
    assert compact_lake(tmp_path, rows_per_file=2).manifest_version is None  # nothing left to do
    compact_lake(tmp_path, rows_per_file=100)  # and merged again when asked for larger files
    assert rows_per_file()["paragraphs"] == [6]


@pytest.mark.slow
def test_a_later_compaction_keeps_the_rows_per_file_the_user_chose(tmp_path) -> None:
    # A run's own compaction (flows/run_record.compact_if_due calls compact_lake with no size) wrote
    # files of the default 1,000,000 rows after `compact --rows-per-file N`: the lake now remembers N.
    def paragraph_rows() -> list[int]:
        files = lakes.read_manifest(tmp_path).files("paragraphs")
        return [pq.ParquetFile(tmp_path / f).metadata.num_rows for f in files]

    lakes.commit(tmp_path, staged_batch(tmp_path, "run-1"))
    compact_lake(tmp_path, rows_per_file=4)
    lakes.commit(tmp_path, staged_batch(tmp_path, "run-2"))  # a later run's commit keeps the choice
    assert lakes.read_manifest(tmp_path).settings == {"rows_per_file": 4}
    done = compact_lake(tmp_path)
    assert done.rows_per_file == 4 and max(paragraph_rows()) == 4 and sum(paragraph_rows()) > 8
    compact_lake(tmp_path, rows_per_file=100)  # a new choice replaces it
    lakes.commit(tmp_path, staged_batch(tmp_path, "run-3"))
    compact_lake(tmp_path)
    assert lakes.read_manifest(tmp_path).settings == {"rows_per_file": 100} and len(paragraph_rows()) == 1


@pytest.mark.slow
def test_a_lake_without_a_chosen_size_compacts_to_the_default_and_records_nothing(tmp_path) -> None:
    lakes.commit(tmp_path, staged_batch(tmp_path, "run-1"))
    lakes.commit(tmp_path, staged_batch(tmp_path, "run-2"))
    assert compact_lake(tmp_path).rows_per_file == compaction_size.DEFAULT_ROWS_PER_FILE
    assert "settings" not in json.loads((tmp_path / lakes.MANIFEST).read_text())


@pytest.mark.parametrize("rows_per_file", [0, -1, compaction_size.MAX_ROWS_PER_FILE + 1, 2.5, True])
def test_a_size_no_reader_could_want_is_one_line_and_changes_nothing(tmp_path, rows_per_file) -> None:
    # Range-checked only by the CLI: compact_lake(rows_per_file=0) compacted to the default, a negative
    # size was recorded in the manifest for every later compaction.
    lakes.commit(tmp_path, staged_batch(tmp_path, "run-1"))
    before = (tmp_path / lakes.MANIFEST).read_text()
    with pytest.raises(lakes.LakeError, match="give a whole number from 1 to 100,000,000"):
        compact_lake(tmp_path, rows_per_file=rows_per_file)
    assert (tmp_path / lakes.MANIFEST).read_text() == before


def manifest_settings(lake, settings: dict) -> None:
    """Give a lake's committed manifest these settings, as an edit by hand or a later version would."""
    path = lake / lakes.MANIFEST
    raw = json.loads(path.read_text())
    path.write_text(json.dumps({**raw, "settings": settings}))


@pytest.mark.slow
def test_a_later_versions_settings_are_kept_and_do_not_make_the_lake_unreadable(tmp_path) -> None:
    # Settings of other types than whole numbers made the manifest "damaged": the lake unreadable.
    lakes.commit(tmp_path, staged_batch(tmp_path, "run-1"))
    later = {"rows_per_file": 4, "sort": ["paragraph_id"], "codec": "zstd", "ratio": 0.5}
    manifest_settings(tmp_path, later)
    lakes.commit(tmp_path, staged_batch(tmp_path, "run-2"))
    assert lakes.read_manifest(tmp_path).settings == later
    assert compact_lake(tmp_path).rows_per_file == 4
    assert lakes.read_manifest(tmp_path).settings == later


@pytest.mark.parametrize("recorded", [0, -3, "4", 10**12, [4]])
@pytest.mark.slow
def test_a_recorded_size_no_compaction_could_use_is_ignored_with_a_warning(tmp_path, recorded) -> None:
    lakes.commit(tmp_path, staged_batch(tmp_path, "run-1"))
    lakes.commit(tmp_path, staged_batch(tmp_path, "run-2"))
    manifest_settings(tmp_path, {"rows_per_file": recorded})
    with pytest.warns(UserWarning, match="manifest setting rows_per_file is ignored"):
        assert compact_lake(tmp_path).rows_per_file == compaction_size.DEFAULT_ROWS_PER_FILE


@pytest.mark.slow
def test_the_changed_articles_are_found_in_a_lane_once_for_lanes_that_share_them(tmp_path, monkeypatch) -> None:
    # The labels' lane, the longest, does not wait for the search before it starts; `articles` and
    # `sources` in two lanes (two DuckDB databases) both split their rows by the one search's result.
    for run in range(3):  # `a` changes at every run: the one changed article
        texts = {f"n{run}-{k}": f"Troops {k}\n\nWar {k}." for k in range(3)}
        lakes.commit(tmp_path, versions(tmp_path, run, {"a": f"War {run}\n\nTroops at war, take {run}.", **texts}))
    before = {q: query(tmp_path, q).to_pylist() for q in QUERIES}
    import threading

    searches: list[str] = []

    def searched(*args):
        searches.append(threading.current_thread().name)
        return changed_articles(*args)

    monkeypatch.setattr(compaction, "changed_articles", searched)
    first = ["paragraph_themes", "articles"]
    monkeypatch.setattr(compaction, "plan_lanes", lambda sizes, n: [first, [t for t in sizes if t not in first]])

    compact_lake(tmp_path)

    assert len(searches) == 1 and searches[0] != threading.main_thread().name
    manifest = lakes.read_manifest(tmp_path)
    for table, rows in (("articles", 9), ("sources", 9)):  # the nine unchanged articles' rows are settled
        settled = [f for f in manifest.files(table) if compaction_due.is_settled(f)]
        assert sum(pq.ParquetFile(tmp_path / f).metadata.num_rows for f in settled) == rows, table
    assert {q: query(tmp_path, q).to_pylist() for q in QUERIES} == before
