"""Why a source or a listed file cannot be read: the errors, and the quarantine reason codes for files.

Its own module so that the listing, the reading and the gzip inflating of files can all raise
these without importing each other.
"""

from __future__ import annotations

# Quarantine reason codes for files whose bytes cannot be read (transforms/undecodable.py has the codes
# for bytes that are not article text); the README lists them all.
TOO_LARGE = "too_large"
BROKEN_SYMLINK = "broken_symlink"
SYMLINK_LOOP = "symlink_loop"
VANISHED = "vanished"
PERMISSION_DENIED = "permission_denied"
NOT_A_FILE = "not_a_file"
UNREADABLE = "unreadable"
CORRUPT_GZIP = "corrupt_gzip"
NAME_NOT_UTF8 = "name_not_utf8"
# The cause of these lies outside the file's bytes, so a re-run tries them again even when the
# file's size and mtime did not move (a chmod does not change mtime).
RETRIED_REASONS = frozenset({PERMISSION_DENIED, UNREADABLE, VANISHED, NOT_A_FILE})
# How a too_large detail names the limit, which the user can raise (a run whose limit admits the file
# reads it again: warehouse/ingest_plan.py).
LIMIT = "byte limit (THEMELAKE_MAX_FILE_BYTES)"


class SourceError(ValueError):
    """The source location itself is unusable (missing, not a folder)."""


class UnreadableSource(OSError):
    """A listed file whose bytes cannot be read; `reason` is a quarantine reason code."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason
        self.detail = detail

