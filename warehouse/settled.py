"""Whether a listed file may still be being written: the age of its last write."""

from __future__ import annotations

from datetime import datetime

# A records file last written to longer ago than this is no longer being written: a last record cut off
# is then a writer that stopped (a crash, a full disk) or a mistake (a last field `"C:\"}`, whose
# escaped quote leaves its string open), and the file is read as it is, that record a bad one, rather
# than left unread at every run. A writer at work writes more often: one that writes its file again
# does so in minutes, one that appends flushes every few.
SETTLED_AFTER_NS = 3600 * 10**9


def may_be_written(mtime_ns: int | None, now: datetime, modified: datetime | None = None) -> bool:
    """Return whether a file last written at `mtime_ns` (when it was listed) may still be being written at
    `now`: written to within SETTLED_AFTER_NS (or when, unknown). `modified`: its modification time when it
    was read, which counts too: a run lists a folder once and reads its batches minutes later, and a writer
    may have begun on a file that had been left for hours when it was listed.

    >>> from datetime import UTC, timedelta
    >>> now = datetime(2026, 12, 3, 12, tzinfo=UTC)
    >>> hour, at = 3600 * 10**9, int(now.timestamp() * 1e9)
    >>> may_be_written(at - hour // 2, now), may_be_written(at - 2 * hour, now), may_be_written(None, now)
    (True, False, True)
    >>> begun, left = now + timedelta(minutes=3), now - timedelta(hours=4)  # when read
    >>> may_be_written(at - 2 * hour, now, begun), may_be_written(at - 2 * hour, now, left)
    (True, False)
    """
    if modified is not None:
        read_ns = int(modified.timestamp() * 1e9)
        mtime_ns = read_ns if mtime_ns is None else max(mtime_ns, read_ns)
    return mtime_ns is None or now.timestamp() * 1e9 - mtime_ns < SETTLED_AFTER_NS
