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
    return list(iter_sources(source))


def iter_sources(source: str | os.PathLike[str]) -> Iterator[SourceEntry]:
    """Return the .txt and .md files below a folder, in order of relative path, listed as they are walked.

    The order is that of `sorted(..., key=relative_path)`, so a run can compare the listing with
    the lake's committed states range by range without holding either whole.
    """
    root = resolve_source(source)
    if storage.is_url(source):
        # An object store lists a prefix in one call (fsspec's find): this listing is held whole.
        found = storage.remote_files(root, ARTICLE_SUFFIXES, NOT_ARTICLES)
        entries = [SourceEntry(url, str(root), rel, size, mtime) for url, rel, size, mtime in found]
        return iter(sorted(entries, key=lambda e: e.relative_path))
    try:
        top = _folder_names(str(root))
    except OSError as error:  # an empty listing would mark every file of the folder deleted
        raise SourceError(f"cannot list source folder {source}: {error.strerror or error}") from None
    return _walk(str(root), "", top)


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


def _walk(root: str, relative: str, names: list[str]) -> Iterator[SourceEntry]:
    """Yield the article files of root/relative, given its names, in the order of their relative paths."""
    folder = os.path.join(root, relative) if relative else root
    for name in names:
        if name.endswith(os.sep):
            try:
                inner = _folder_names(os.path.join(folder, name))
            except OSError:  # a sub-folder that cannot be listed is skipped, as os.walk skips it
                continue
            yield from _walk(root, relative + name, inner)
            continue
        path = os.path.join(folder, name)
        size, mtime = _size_and_mtime(path)
        yield SourceEntry(path, root, relative + name, size, mtime)


def _folder_names(folder: str) -> list[str]:
    """Return the names a folder is walked by, sorted: its article files, and its sub-folders as "name/".

    A file sorts among its folder's names as "name", a sub-folder as "name/": walked in that order,
    relative paths come out exactly as sorted() puts them. Names only, not DirEntry objects: a flat
    folder of many files costs its names.
    """
    with os.scandir(folder) as found:
        return sorted(name for name in map(_listed_name, found) if name)


def _listed_name(entry: os.DirEntry[str]) -> str | None:
    """Return how an entry of a folder is walked: "name/" for a folder, "name" for an article, else None."""
    try:
        is_folder = entry.is_dir()  # follows symlinks, as os.walk's split into folders and files does
    except OSError:
        is_folder = False
    if is_folder:
        # A symlinked folder could loop: not followed (symlinked files are still listed and read).
        return None if entry.is_symlink() else entry.name + os.sep
    lower = entry.name.lower()
    if lower.endswith(ARTICLE_SUFFIXES) and not lower.startswith(".") and not lower.startswith(NOT_ARTICLES):
        return entry.name
    return None


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
