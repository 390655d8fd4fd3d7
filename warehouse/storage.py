"""Where lake and article files live: a local folder, or an fsspec URL such as s3://bucket/prefix.

Local paths keep the local guarantees: a file is written under a temporary name, flushed to the disk
(fsync) and renamed, and a commit flushes the folders that gained files before its manifest names
them (warehouse.lake.write_manifest), so after a crash or a power cut a manifest never names a file
whose bytes or name were still only in memory, and compaction never deletes the old files of rows
whose new files could still be lost. On object storage a PUT is atomic per object (readers see the
old object or the new one, never half) and durable once it returns, so files are written in place;
the commit order (data files first, the manifest last) is what keeps a commit invisible until it is
whole. Endpoints and credentials come from the usual environment
(AWS_ENDPOINT_URL, AWS_ACCESS_KEY_ID, ...), read by s3fs.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pyarrow as pa


# Path for a local lake, upath.UPath (the same methods, over fsspec) for a URL.
LakePath = Any


def is_url(location: str | os.PathLike[str] | LakePath) -> bool:
    """Return True for a location on a remote filesystem (s3://, gs://, memory://, ...).

    >>> is_url("s3://bucket/lake"), is_url("lake"), is_url("file:///tmp/lake")
    (True, False, False)
    """
    text = str(location)
    return "://" in text and not text.startswith("file://")


def url_path(url: str) -> LakePath:
    """Return a path object for a URL, or say which extra to install."""
    try:
        from upath import UPath
    except ImportError:
        raise ValueError(f"{url}: lakes and sources on object storage need: pip install 'themelake[s3]'") from None
    # No listings cache: a manifest or a source folder read from a stale cache would commit over
    # another run's manifest, or miss new articles, in a long-lived process.
    return UPath(url.rstrip("/"), use_listings_cache=False)


def write_bytes(path: LakePath, body: bytes) -> None:
    """Replace a file's content at once: a temporary file renamed over it (both flushed to the disk),
    or one PUT remotely."""
    if is_url(path):
        path.write_bytes(body)
        return
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    with open(tmp, "wb") as handle:
        handle.write(body)
        handle.flush()
        os.fsync(handle.fileno())  # the new content on the disk before the name: never a named, empty file
    os.replace(tmp, path)
    # The rename itself: a manifest's swap is on the disk before its caller goes on (compaction then
    # deletes the files only the old manifest named; a power cut must not bring that one back).
    sync_folder(Path(path).parent)


def sync_file(path: str | os.PathLike[str]) -> None:
    """Flush a local file's bytes to the disk (fsync): call it before the file gets its final name."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def sync_folder(path: str | os.PathLike[str]) -> None:
    """Flush a local folder's entries (the files renamed into it) to the disk. Windows has no such
    call (its renames are written through by NTFS's journal): nothing to do there."""
    if os.name == "nt":
        return
    sync_file(path)


def write_parquet(
    table: pa.Table, path: LakePath, row_group_size: int | None = None, options: Mapping[str, Any] | None = None
) -> None:
    """Write a Parquet file whole or not at all (zstd; row groups of `row_group_size` rows when given;
    `options`: the writer's other options, per column)."""
    import pyarrow.parquet as pq  # here, not at the top: a query that reads no Parquet file skips it

    if is_url(path):
        with path.open("wb") as handle:
            pq.write_table(table, handle, compression="zstd", row_group_size=row_group_size, **(options or {}))
        return
    tmp = path.with_name(f".{path.name}.tmp")
    pq.write_table(table, tmp, compression="zstd", row_group_size=row_group_size, **(options or {}))
    sync_file(tmp)
    os.replace(tmp, path)


def read_parquet(path: LakePath, columns: Sequence[str] | None = None) -> pa.Table:
    """Read a Parquet file (or some of its columns), local or remote."""
    import pyarrow.parquet as pq

    wanted = list(columns) if columns else None
    if is_url(path):
        with path.open("rb") as handle:
            return pq.ParquetFile(handle).read(columns=wanted)
    # ParquetFile, not pq.read_table: the latter imports pyarrow.dataset, ~0.6 s a process, which
    # would be most of an unchanged re-run's time.
    return pq.ParquetFile(path).read(columns=wanted)


def lock_path(root: LakePath, name: str) -> Path:
    """Return the file the writer lock of a lake is held on: in the lake, or locally for a URL.

    Object stores have no file locks: a remote lake's lock is a local file named after its URL,
    so runs on one machine take turns; runs on several machines must not write one lake at once.
    """
    if not is_url(root):
        return Path(root) / name
    import hashlib
    import tempfile

    digest = hashlib.sha256(str(root).encode()).hexdigest()[:16]
    return Path(tempfile.gettempdir()) / f"themelake-{digest}{name}"


def register_lake_files(con: Any, root: LakePath, folders: Sequence[LakePath]) -> None:
    """Let a DuckDB connection read a remote lake's committed files through fsspec (DuckDB's httpfs
    is not needed), the `folders` holding them listed once.

    DuckDB asks fsspec for a file's details each time it opens it, one request each, and making a
    view of views opens the files of the views below it again: the catalog of a lake of 21 files
    (12 of rows, 9 schema files) opened them 152 times, 4.8 s of every run on an S3 lake (a local
    S3 server). A committed file never changes and a manifest names only files written before it,
    so the connection gets a filesystem of its own that lists each folder once (one LIST each) and
    answers every file's details from those listings: 0.45 s for the same catalog, listings
    included. The store's own filesystem keeps no listings cache (`url_path`)."""
    if not is_url(root):
        return
    fs = type(root.fs)(**{**root.fs.storage_options, "use_listings_cache": True, "skip_instance_cache": True})
    for folder in folders:
        try:
            fs.ls(folder.path, detail=True)  # into its listings cache
        except FileNotFoundError:
            pass  # no such folder (yet): its files' details are asked for one by one
    con.register_filesystem(fs)


def remote_listing(root: LakePath) -> Iterator[tuple[str, str, int | None, int | None]]:
    """Yield (URL, relative path, size, mtime in ns) of every file below a remote folder, in order of path;
    of a remote file, that file with its name as its relative path (as below its folder).

    Which of them are articles is `warehouse.sources`'s business: this module only lists and reads.
    """
    base = root.path.rstrip("/") + "/"
    for found, info in sorted(root.fs.find(root.path, detail=True).items()):
        if found.endswith("/"):
            # A folder object ("inbox/", as the AWS console's "Create folder" puts): it names a folder,
            # it is no file, as a local folder is none. Listed, the source's own one put the listing
            # out of order (its path sorts before its folder's prefix) and failed every run.
            continue
        modified = _utc(info.get("LastModified") or info.get("mtime"))
        mtime_ns = int(modified.timestamp() * 1e9) if modified else None
        if found.startswith(base):
            yield f"{root.protocol}://{found}", found[len(base):], info.get("size"), mtime_ns
        else:  # the root is a file (fs.find lists a file as itself): named by its URL, and its name in its folder
            yield str(root), found.rsplit("/", 1)[-1], info.get("size"), mtime_ns


def is_file(location: str | os.PathLike[str]) -> bool:
    """Return True for a file: a local one, or an object of a remote store (not a folder's prefix)."""
    if is_url(location):
        return bool(url_path(str(location)).is_file())
    return os.path.isfile(location)


class RemoteTooLarge(OSError):
    """A remote file over the size limit; `size` is its size in bytes."""

    def __init__(self, size: int) -> None:
        super().__init__(f"{size} bytes")
        self.size = size


def read_remote_bytes(url: str, max_bytes: int) -> tuple[bytes, datetime | None]:
    """Return the bytes of a remote file and its modification time.

    Raises FileNotFoundError (gone), RemoteTooLarge, or OSError.
    """
    path = url_path(url)
    info = path.fs.info(path.path)
    size = int(info.get("size") or 0)
    if size > max_bytes:
        raise RemoteTooLarge(size)
    return path.fs.cat_file(path.path), _utc(info.get("LastModified") or info.get("mtime"))


def _utc(value: object) -> datetime | None:
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    if isinstance(value, (int, float)):
        return datetime.fromtimestamp(value, tz=UTC)
    return None

