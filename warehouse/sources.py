"""Find and read article files under a source folder; what cannot be read becomes quarantine."""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from stat import S_ISREG

from transforms.pipeline import ArticleFile, QuarantineRecord
from warehouse import storage

ARTICLE_SUFFIXES = (".txt", ".md")
# A folder's README or LICENSE describes the folder; it is not an article (bbc-dev has README.TXT).
NOT_ARTICLES = ("readme", "license", "licence", "changelog")
DEFAULT_MAX_BYTES = 10 * 1024 * 1024

# Quarantine reason codes for files whose bytes cannot be read (transforms/text.py has the codes
# for bytes that are not article text); the README lists them all.
TOO_LARGE = "too_large"
BROKEN_SYMLINK = "broken_symlink"
SYMLINK_LOOP = "symlink_loop"
VANISHED = "vanished"
PERMISSION_DENIED = "permission_denied"
NOT_A_FILE = "not_a_file"
UNREADABLE = "unreadable"
# The cause of these lies outside the file's bytes, so a re-run tries them again even when the
# file's size and mtime did not move (a chmod does not change mtime).
RETRIED_REASONS = frozenset({PERMISSION_DENIED, UNREADABLE, VANISHED, NOT_A_FILE})


class SourceError(ValueError):
    """The source location itself is unusable (missing, not a folder)."""


@dataclass(frozen=True, slots=True)  # slots: a listing of 200,000 files is 40 % smaller
class SourceEntry:
    """An article file found by listing: where it is, and its size and mtime when listed."""

    path: str
    root: str
    relative_path: str
    size_bytes: int | None = None  # None when the file could not be stat'ed (dangling, loop, gone)
    mtime_ns: int | None = None


def resolve_source(source: str | os.PathLike[str]) -> Path:
    """Return the absolute source folder, or raise SourceError with a message for the user."""
    if storage.is_url(source):
        return _resolve_remote(str(source))
    root = Path(source).expanduser()
    if not root.exists():
        raise SourceError(f"source folder not found: {source}")
    if not root.is_dir():
        raise SourceError(f"source is not a folder: {source}")
    return root.resolve()


def list_sources(source: str | os.PathLike[str]) -> list[SourceEntry]:
    """Return every .txt and .md file below a folder, recursively, in a stable order."""
    root = resolve_source(source)
    if storage.is_url(source):
        found = storage.remote_files(root, ARTICLE_SUFFIXES, NOT_ARTICLES)
        entries = [SourceEntry(url, str(root), rel, size, mtime) for url, rel, size, mtime in found]
        return sorted(entries, key=lambda e: e.relative_path)
    return sorted(_walk(root), key=lambda e: e.relative_path)


def _resolve_remote(source: str) -> Path:
    try:
        root = storage.url_path(source)
        if not root.exists():
            raise SourceError(f"source folder not found: {source}")
        if not root.is_dir():
            raise SourceError(f"source is not a folder: {source}")
    except ValueError as error:
        raise SourceError(str(error)) from None
    return root  # type: ignore[no-any-return]


def _walk(root: Path) -> Iterator[SourceEntry]:
    root_text = str(root)  # one string shared by every entry, not one copy per file
    # followlinks=False: a symlinked folder could loop; symlinked files are still listed and read.
    for folder, dirs, names in os.walk(root, followlinks=False):
        dirs.sort()
        for name in names:
            lower = name.lower()
            if lower.endswith(ARTICLE_SUFFIXES) and not lower.startswith(".") and not lower.startswith(NOT_ARTICLES):
                path = os.path.join(folder, name)
                size, mtime = _size_and_mtime(path)
                yield SourceEntry(path, root_text, os.path.relpath(path, root), size, mtime)


def _size_and_mtime(path: str) -> tuple[int | None, int | None]:
    try:
        stat = os.stat(path)  # follows symlinks: the metadata of what will be read
    except OSError:
        return None, None
    return stat.st_size, stat.st_mtime_ns


def read_sources(
    entries: Sequence[SourceEntry], max_bytes: int = DEFAULT_MAX_BYTES
) -> tuple[list[ArticleFile], list[QuarantineRecord]]:
    """Return the bytes of each listed file, and a quarantine record for each that cannot be read."""
    if entries and storage.is_url(entries[0].path):
        return storage.read_remote_files(entries, max_bytes)
    files: list[ArticleFile] = []
    failed: list[QuarantineRecord] = []
    for entry in entries:
        try:
            file = read_source(entry, max_bytes)
        except UnreadableSource as err:
            failed.append(QuarantineRecord(entry.path, err.reason, err.detail))
            continue
        files.append(file)
    return files, failed


class UnreadableSource(OSError):
    """A listed file whose bytes cannot be read; `reason` is a quarantine reason code."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


def read_source(entry: SourceEntry, max_bytes: int = DEFAULT_MAX_BYTES) -> ArticleFile:
    """Return the bytes of one listed file, or raise UnreadableSource saying why not."""
    try:
        # O_NONBLOCK: a FIFO named like an article must not hang the run (no effect on regular files).
        fd = os.open(entry.path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        if os.path.islink(entry.path):
            target = os.readlink(entry.path)
            raise UnreadableSource(BROKEN_SYMLINK, f"symlink to {target!r}, which does not exist") from None
        raise UnreadableSource(VANISHED, "listed, but gone when read") from None
    except PermissionError as err:
        raise UnreadableSource(PERMISSION_DENIED, f"no permission to read it ({err.strerror})") from None
    except OSError as err:
        if err.errno == errno.ELOOP:
            raise UnreadableSource(SYMLINK_LOOP, "a symlink that points back to itself (a loop)") from None
        raise UnreadableSource(UNREADABLE, f"cannot open it: {err.strerror or err}") from None
    with os.fdopen(fd, "rb") as handle:
        stat = os.fstat(handle.fileno())
        if not S_ISREG(stat.st_mode):
            raise UnreadableSource(NOT_A_FILE, "not a regular file (a device, FIFO or socket)")
        if stat.st_size > max_bytes:
            raise UnreadableSource(TOO_LARGE, f"{stat.st_size} bytes, over the {max_bytes}-byte limit")
        try:
            # Ask for the size fstat gave (plus one byte, to see growth): a read of max_bytes would
            # allocate a max_bytes buffer for every file.
            data = handle.read(stat.st_size + 1)
            if len(data) > stat.st_size:  # it grew since fstat: read on, up to the limit
                data += handle.read(max_bytes + 1 - len(data))
        except OSError as err:
            raise UnreadableSource(UNREADABLE, f"read failed: {err.strerror or err}") from None
    if len(data) > max_bytes:
        raise UnreadableSource(TOO_LARGE, f"grew over the {max_bytes}-byte limit while read")
    return ArticleFile(
        source=entry.path,
        data=data,
        source_root=entry.root,
        relative_path=entry.relative_path,
        modified_at=datetime.fromtimestamp(stat.st_mtime, tz=UTC),
    )
