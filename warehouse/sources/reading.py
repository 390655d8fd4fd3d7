"""Read listed files into `ArticleFile`s (their bytes, decompressed); what cannot be read becomes quarantine."""

from __future__ import annotations

import errno
import os
from collections.abc import Sequence
from datetime import UTC, datetime
from stat import S_ISREG

from transforms.articles import ArticleFile, QuarantineRecord
from transforms.formats import RECORDS_FORMATS, format_of, unsupported_detail
from transforms.formats.base import UNSUPPORTED_FORMAT
from warehouse import storage
from warehouse.settled import may_be_written
from warehouse.source_limits import DEFAULT_MAX_BYTES
from warehouse.sources.gzip_streams import GzipCutOff, gunzip, inflated_so_far
from warehouse.sources.listing import SourceEntry
from warehouse.sources.substack import is_index_beside_posts, listed_post
from warehouse.sources.unreadable import (
    BROKEN_SYMLINK,
    LIMIT,
    NAME_NOT_UTF8,
    NOT_A_FILE,
    PERMISSION_DENIED,
    SYMLINK_LOOP,
    TOO_LARGE,
    UNREADABLE,
    VANISHED,
    UnreadableSource,
)


def read_sources(
    entries: Sequence[SourceEntry], max_bytes: int = DEFAULT_MAX_BYTES, now: datetime | None = None
) -> tuple[list[ArticleFile], list[QuarantineRecord]]:
    """Return the bytes of each listed file, and a quarantine record for each that cannot be read.

    A file of a type themelake does not read is quarantined (`unsupported_format`) without being read.
    With `now` (a run's, whose folder a writer may be at work in), a records file whose gzip stream is
    cut off and that may still be being written (`warehouse.settled`) is what it inflates to so far,
    its ArticleFile.cut_off saying so; else (a file settled, a corpus read once) it is `corrupt_gzip`.
    """
    files: list[ArticleFile] = []
    failed: list[QuarantineRecord] = []
    for entry in entries:
        if format_of(entry.relative_path or entry.path) is None:
            failed.append(_not_read(entry))
            continue
        try:
            if storage.is_url(entry.path):
                file = read_remote_source(entry, max_bytes, now)
            else:
                file = read_source(entry, max_bytes, now)
        except UnreadableSource as err:
            failed.append(QuarantineRecord(entry.path, err.reason, err.detail))
            continue
        files.append(file)
    return files, failed


def _not_read(entry: SourceEntry) -> QuarantineRecord:
    """Return the quarantine record of a listed file of a type themelake does not read.

    A symlink to nothing (or a loop) is broken whatever its name: that, not its type, is the fix to
    make. Only a file the listing could not stat can be one, so other files cost no further call.
    """
    link = _unfollowable_link(entry.path) if entry.size_bytes is None else None
    if link is not None:
        return QuarantineRecord(entry.path, link.reason, link.detail)
    return QuarantineRecord(entry.path, UNSUPPORTED_FORMAT, unsupported_detail(entry.relative_path or entry.path))


def read_source(entry: SourceEntry, max_bytes: int = DEFAULT_MAX_BYTES, now: datetime | None = None) -> ArticleFile:
    """Return the bytes of one listed file, or raise UnreadableSource saying why not (`now`: see read_sources)."""
    try:
        # O_NONBLOCK: a FIFO named like an article must not hang the run (no effect on regular files).
        fd = os.open(entry.path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        if "\\x" in entry.path:  # listed by its shown name (_walk): the real one is not UTF-8
            raise UnreadableSource(NAME_NOT_UTF8, "its name is not valid UTF-8 (shown with \\x escapes): rename it") \
                from None
        raise _unfollowable_link(entry.path) or UnreadableSource(VANISHED, "listed, but gone when read") from None
    except PermissionError as err:
        raise UnreadableSource(PERMISSION_DENIED, f"no permission to read it ({err.strerror})") from None
    except OSError as err:
        if err.errno == errno.ELOOP:
            raise _unfollowable_link(entry.path) or UnreadableSource(SYMLINK_LOOP, LOOP_DETAIL) from None
        raise UnreadableSource(UNREADABLE, f"cannot open it: {err.strerror or err}") from None
    # The descriptor itself, not a file object over it: a buffered reader cost half of reading a batch's
    # small files (2,000 bench files: 29 to 15 ms).
    try:
        stat = os.fstat(fd)
        if not S_ISREG(stat.st_mode):
            raise UnreadableSource(NOT_A_FILE, "not a regular file (a device, FIFO or socket)")
        if stat.st_size > max_bytes:
            raise UnreadableSource(TOO_LARGE, f"{stat.st_size} bytes, over the {max_bytes}-{LIMIT}")
        try:
            # Ask for the size fstat gave (plus one byte, to see growth): a read of max_bytes would
            # allocate a max_bytes buffer for every file. A read that returns exactly that size has met the
            # file's end (a regular file's read is short only there), so no second read to see it: one
            # system call a file, not two (2,000 bench files: 4,000 reads).
            data = os.read(fd, stat.st_size + 1)
            if 0 < len(data) < stat.st_size:  # short, yet not at the size fstat gave: read on as far as it goes
                data += _read_up_to(fd, stat.st_size + 1 - len(data))
            if len(data) > stat.st_size:  # it grew since fstat: read on, up to the limit
                data += _read_up_to(fd, max_bytes + 1 - len(data))
        except OSError as err:
            raise UnreadableSource(UNREADABLE, f"read failed: {err.strerror or err}") from None
    finally:
        os.close(fd)
    if len(data) > max_bytes:
        raise UnreadableSource(TOO_LARGE, f"grew over the {max_bytes}-{LIMIT} while read")
    return _article_file(entry, data, max_bytes, datetime.fromtimestamp(stat.st_mtime, tz=UTC), now)


def _read_up_to(fd: int, size: int) -> bytes:
    """Return the next `size` bytes of an open file, fewer only where it ends (one read may return fewer)."""
    data = os.read(fd, size)
    if not data or len(data) == size:
        return data
    parts = [data]
    got = len(data)
    while got < size:
        more = os.read(fd, size - got)
        if not more:
            break
        parts.append(more)
        got += len(more)
    return b"".join(parts)


LOOP_DETAIL = "a symlink that points back to itself (a loop)"


def _unfollowable_link(path: str) -> UnreadableSource | None:
    """Return why a local symlink cannot be followed (it points to nothing, or loops), or None when it
    can be, or the path is no symlink."""
    if storage.is_url(path) or not os.path.islink(path):
        return None
    try:
        os.stat(path)
    except FileNotFoundError:
        try:
            target = os.readlink(path)
        except OSError:  # gone since: the caller says what it makes of that
            return None
        return UnreadableSource(BROKEN_SYMLINK, f"symlink to {target!r}, which does not exist")
    except OSError as err:
        if err.errno == errno.ELOOP:
            return UnreadableSource(SYMLINK_LOOP, LOOP_DETAIL)
    return None


def read_remote_source(
    entry: SourceEntry, max_bytes: int = DEFAULT_MAX_BYTES, now: datetime | None = None
) -> ArticleFile:
    """Return the bytes of one listed remote file, or raise UnreadableSource saying why not (`now`: read_sources)."""
    try:
        data, modified = storage.read_remote_bytes(entry.path, max_bytes)
    except FileNotFoundError:
        raise UnreadableSource(VANISHED, "listed, but gone when read") from None
    except storage.RemoteTooLarge as err:
        raise UnreadableSource(TOO_LARGE, f"{err.size} bytes, over the {max_bytes}-{LIMIT}") from None
    except OSError as err:
        raise UnreadableSource(UNREADABLE, f"{err.strerror or err}") from None
    return _article_file(entry, data, max_bytes, modified, now)


def _article_file(
    entry: SourceEntry, data: bytes, max_bytes: int, modified: datetime | None, now: datetime | None
) -> ArticleFile:
    cut_off = trailing = None
    if entry.path.lower().endswith(".gz"):
        try:
            data, ignored = gunzip(data, max_bytes)
            if ignored:
                bytes_ = f"{ignored} byte{'s' if ignored > 1 else ''}"
                trailing = f"{bytes_} after the gzip stream ignored (trailing data that is not gzip)"
        except GzipCutOff:
            # A records file compressed as it is written (`gzip -c`, a crawler's GzipFile) ends in its writer's
            # last flush until it is closed: read as far as it inflates, its records the lake lacks are written
            # and none it has deleted, as a records file whose last line is cut off (flows/batch.py).
            # A one-article file so cut would be an article cut short: quarantined still.
            records = format_of(entry.relative_path or entry.path) in RECORDS_FORMATS
            if now is None or not records or not may_be_written(entry.mtime_ns, now, modified):
                raise
            data = inflated_so_far(data, max_bytes)
            cut_off = f"the gzip stream is cut off (no end of stream, {len(data)} bytes inflated)"
    listed, index = None, False
    if entry.path.endswith((".html", "posts.csv")) and not storage.is_url(entry.path):
        # a Substack export's page with its index's row, and the index, no articles of its own (`substack`)
        listed = listed_post(entry.path)
        index = listed is None and is_index_beside_posts(entry.path, data)
    return ArticleFile(
        source=entry.path, data=data, source_root=entry.root, relative_path=entry.relative_path, modified_at=modified,
        cut_off=cut_off, trailing_data=trailing, listed=listed, post_index=index,
    )
