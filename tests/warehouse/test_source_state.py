from __future__ import annotations

from warehouse.source_state import DELETED, QUARANTINED, SourceState, plan_ingest
from warehouse.sources import SourceEntry


def entry(name: str, size: int | None = 10, mtime: int | None = 5) -> SourceEntry:
    return SourceEntry(f"/in/{name}", "/in", name, size, mtime)


def test_plan_skips_files_whose_size_and_mtime_match_and_reads_the_rest() -> None:
    states = {
        "/in/same.txt": SourceState("article", "h1", None, 10, 5),
        "/in/touched.txt": SourceState("article", "h2", None, 10, 4),
        "/in/resized.txt": SourceState("article", "h3", None, 9, 5),
        "/in/bad.txt": SourceState(QUARANTINED, "h4", "binary", 10, 5),
        "/in/locked.txt": SourceState(QUARANTINED, None, "permission_denied", 10, 5),
        "/in/back.txt": SourceState(DELETED),
    }
    entries = [
        entry(n) for n in ("same.txt", "touched.txt", "resized.txt", "bad.txt", "locked.txt", "back.txt")
    ]
    entries.append(entry("new.txt"))
    entries.append(entry("dangling.txt", None, None))
    plan = plan_ingest(entries, states, "/in")
    assert [e.relative_path for e in plan.unchanged] == ["same.txt", "bad.txt"]
    # A chmod does not move mtime, so a file refused for permission is tried again every run.
    assert [e.relative_path for e in plan.to_read] == [
        "touched.txt",
        "resized.txt",
        "locked.txt",
        "back.txt",
        "new.txt",
        "dangling.txt",
    ]
    assert plan.deleted == []


def test_plan_reports_as_deleted_only_known_files_under_the_runs_folder() -> None:
    states = {
        "/in/gone.txt": SourceState("article", "h1", None, 10, 5),
        "/in/sub/gone.txt": SourceState(QUARANTINED, "h2", "empty", 0, 5),
        "/in/already.txt": SourceState(DELETED),
        "/inbox/other.txt": SourceState("article", "h3", None, 10, 5),  # another folder, same prefix
        "/elsewhere/x.txt": SourceState("article", "h4", None, 10, 5),
    }
    plan = plan_ingest([entry("kept.txt")], states, "/in")
    assert plan.deleted == ["/in/gone.txt", "/in/sub/gone.txt"]
