"""Touched files (same size, mtime moved) hashed as a run's batch hashes them (warehouse.touched_sources)."""

from __future__ import annotations

import gzip
import os
from datetime import UTC, datetime
from pathlib import Path

from transforms.articles import content_hash
from warehouse.plan_spool import Batch
from warehouse.source_state import ARTICLE, QUARANTINED, SourceState
from warehouse.sources import SourceEntry
from warehouse.touched_sources import refreshed_states

NOW = datetime.now(UTC)
TEXT = b"Trade talks\n\nSanctions hit trade; an economist sees export prices rise.\n"


def touched(path: Path, state: SourceState) -> Batch:
    """A batch of one file, touched since its state was recorded (mtime moved, same size)."""
    os.utime(path, ns=(10**18, 10**18))
    stat = path.stat()
    entry = SourceEntry(str(path), str(path.parent), path.name, stat.st_size, stat.st_mtime_ns)
    return Batch([entry], {str(path): state}, set())


def test_a_touched_file_with_its_states_bytes_gets_its_state_with_the_new_size_and_mtime(tmp_path) -> None:
    article, empty = tmp_path / "a.txt", tmp_path / "empty.txt"
    article.write_bytes(TEXT)
    empty.write_bytes(b"")
    states = [SourceState(ARTICLE, content_hash(TEXT), None, len(TEXT), 5),
              SourceState(QUARANTINED, content_hash(b""), "empty", 0, 5)]  # quarantined for its bytes: stays so
    changes = refreshed_states([touched(article, states[0]), touched(empty, states[1])], 10**6, NOW)
    assert changes is not None
    assert [(c.source, c.state) for c in changes] == [
        (str(article), states[0]._replace(mtime_ns=10**18)), (str(empty), states[1]._replace(mtime_ns=10**18))]


def test_a_gzip_file_is_compared_by_the_bytes_it_inflates_to(tmp_path) -> None:
    path = tmp_path / "a.txt.gz"
    path.write_bytes(gzip.compress(TEXT, mtime=1))
    state = SourceState(ARTICLE, content_hash(TEXT), None, path.stat().st_size, 5)  # the version a run gives it
    assert refreshed_states([touched(path, state)], 10**6, NOW) is not None


def test_a_file_whose_bytes_changed_or_that_cannot_be_read_leaves_the_run_to_the_flow(tmp_path) -> None:
    same, other = tmp_path / "a.txt", tmp_path / "b.txt"
    same.write_bytes(TEXT)
    other.write_bytes(TEXT.replace(b"trade", b"TRADE"))  # same size, other bytes
    state = SourceState(ARTICLE, content_hash(TEXT), None, len(TEXT), 5)
    assert refreshed_states([touched(same, state), touched(other, state)], 10**6, NOW) is None
    assert refreshed_states([touched(same, state)], len(TEXT) - 1, NOW) is None  # over the run's limit now
    batch = touched(same, state)
    same.unlink()  # gone since it was listed
    assert refreshed_states([batch], 10**6, NOW) is None
