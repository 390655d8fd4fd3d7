"""A lake's folder: the names of its files, where a lake (a folder or a URL) is, and the checks a local
path passes before a lake is read there, or made and written there (each failing check a one-line
LakeError naming the path and what to do, said before a command starts Prefect).

What the files hold, and how a commit makes them visible: warehouse/lake.py.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path

from warehouse import storage

MANIFEST = "_manifest.json"
CATALOG = "themelake.duckdb"
DATA = "data"
# Empty, typed Parquet file per table, so views exist (with the right columns) before any data.
SCHEMA_FILE = "_schema.parquet"
LOCK = ".lock"


class LakeError(RuntimeError):
    """The lake cannot be used as asked; the message says why and what to do."""


class LakeWarning(UserWarning):
    """Something of the lake the user should know, which does not stop the command (a setting ignored)."""


def resolve_lake(lake: str | os.PathLike[str]) -> Path:
    """Return the lake folder as an absolute path, or a URL's path object (it may not exist yet)."""
    if storage.is_url(lake):
        try:
            return storage.url_path(str(lake))  # type: ignore[no-any-return]
        except ValueError as error:  # fsspec knows no such scheme ("Unsupported filesystem"), or its extra is missing
            raise LakeError(f"{lake}: {error}; a lake is a folder or an fsspec URL (s3://, gs://, ...)") from None
    root = Path(lake).expanduser().resolve()
    unopenable = [c for c in _NOT_IN_A_CATALOG_PATH if c in str(root)]
    if unopenable:
        marks = " and ".join(f"'{c}'" for c in unopenable)
        raise LakeError(
            f"the lake {lake} has {marks} in its path, under which DuckDB "
            "cannot open the lake's catalog file: give --lake a folder whose path has neither '?' nor '\\'"
        )
    return root


# DuckDB (2.0) reads a database path's '?' as the start of a URL's query and a '\\' as a folder separator,
# on any OS: it cannot open `themelake.duckdb` (nor its write-ahead log) in such a folder, though its
# Parquet files read. Said when the lake is named, before anything is made, not as a traceback after.
_NOT_IN_A_CATALOG_PATH = ("?", "\\")


def make_lake_folder(lake: str | os.PathLike[str]) -> Path:
    """Return the lake's path, its folder made if it is local and new; a path that is a file, or a
    folder that cannot be made, is a LakeError (one line for the user, not a traceback)."""
    root = resolve_lake(lake)
    if storage.is_url(root):
        check_remote_lake_folder(root, lake)
        check_store_writable(root, lake)  # its bucket made if missing
        return root
    check_lake_path(root, lake)
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise LakeError(f"cannot make the lake folder {lake}: {error.strerror or error}") from None
    return root


def check_remote_lake_folder(root: storage.LakePath, lake: str | os.PathLike[str]) -> None:
    """Raise LakeError for a remote folder that is no lake and holds other files than hidden ones, as
    for a local one (`_check_lake_folder`: a prefix of articles named by mistake), and for an object
    (`s3://bucket/notes.txt`), as for a local file: the flow refused it only after Prefect started."""
    try:
        is_object = root.fs.isfile(root.path)
    except Exception:  # noqa: BLE001 - no bucket, no credentials: said by check_store_writable
        is_object = False
    if is_object:
        raise LakeError(f"the lake {lake} is a file, not a folder: give a folder (new or a lake) to --lake")
    _check_lake_folder(root, lake)


def remote_folder_names(root: storage.LakePath) -> list[str]:
    """Return the names of a remote folder's files and sub-folders (none when it is missing, or cannot
    be listed: the write that follows says what is wrong)."""
    try:
        found = root.fs.ls(root.path, detail=False)
    except Exception:  # noqa: BLE001 - no bucket, no credentials, a refusal: said by check_store_writable
        return []
    here = root.path.strip("/")
    # Its folder object ("lake/", the AWS console's "Create folder") is the folder itself, not a name in it.
    paths = (path.strip("/") for path in found)
    return [path.rsplit("/", 1)[-1] for path in paths if path != here]


# An object store says whether it takes a lake's writes only when asked: an empty object put and
# deleted, before anything else is written. Named as recover() deletes a cut-short write (".*.tmp*"),
# so a probe a store let be put but not deleted goes with the next writer that may delete; and one
# of its own per probe (a fixed name was deleted by another writer probing at once, or by its recover()).
WRITE_PROBE = ".write-probe-{}.tmp"


def check_store_writable(root: storage.LakePath, lake: str | os.PathLike[str]) -> None:
    """Raise LakeError, in one line, when an object store refuses to write a lake (permission denied,
    a bucket that does not exist and cannot be made, no credentials): said before a command starts
    Prefect, and by a flow before its first write. A missing bucket is made, as a local lake's folder is.
    A timeout or a dropped connection is raised as it is: another attempt may not meet it. Any other OS
    error is the store's refusal: s3fs turns refusals that stay (InvalidRequest, MethodNotAllowed, a quota
    met, codes it does not know) into plain OSErrors with errno EINVAL, EPERM or EIO, which
    `os_errors.is_transient` would count as passing."""
    probe = root / WRITE_PROBE.format(uuid.uuid4().hex)
    try:
        try:
            probe.write_bytes(b"")
        except FileNotFoundError:  # no such bucket
            try:
                root.mkdir(parents=True, exist_ok=True)
            except Exception as error:  # noqa: BLE001 - the store's refusal, said below
                raise LakeError(f"cannot make the lake folder {lake}: its bucket does not exist and cannot be made "
                                f"({store_reason(error)}); give --lake a bucket you can write") from None
            probe.write_bytes(b"")
        try:
            probe.unlink()
        except FileNotFoundError:  # deleted already: by another writer's recover() (the store took the write)
            pass
    except LakeError:
        raise
    except (ConnectionError, TimeoutError):
        raise
    except Exception as error:  # noqa: BLE001 - a store that refuses (PermissionError, s3fs's plain OSErrors,
        # botocore's own errors for credentials) or cannot be reached: never a bug of ours here
        passing = passing_store_error(error)
        if passing is not None:
            raise passing from error
        raise LakeError(unwritable(root, store_reason(error) + STORE_SETUP)) from None


def passing_store_error(error: Exception) -> OSError | None:
    """Return botocore's timeout or dropped connection (s3fs raises them as they are, after its own
    tries) as Python's TimeoutError or ConnectionError, which another attempt may not meet
    (`os_errors.is_transient`); None for any other error. botocore's ReadTimeoutError and
    ConnectTimeoutError are OSErrors of no errno, and its ConnectionClosedError no OSError at all: read
    as they are, each was the store's refusal. Its EndpointConnectionError (no store at that address)
    stays one: a wrong AWS_ENDPOINT_URL is a setup to mend."""
    try:
        from botocore.exceptions import ConnectionClosedError, ConnectTimeoutError, ReadTimeoutError
    except ImportError:  # no s3 extra: no botocore error either
        return None
    if isinstance(error, ReadTimeoutError | ConnectTimeoutError):
        return TimeoutError(store_reason(error))
    if isinstance(error, ConnectionClosedError):
        return ConnectionError(store_reason(error))
    return None


# Where an object store's endpoint and credentials come from (said with its refusals).
STORE_SETUP = ("; an object store's endpoint and credentials come from the environment "
               "(AWS_ENDPOINT_URL, AWS_ACCESS_KEY_ID, ...)")


def store_reason(error: Exception) -> str:
    """Return why a store or a disk refused, in one line: its own words (s3fs's "Access Denied").

    >>> store_reason(PermissionError(13, "Access Denied")), store_reason(ValueError("no  key "))
    ('Access Denied', 'no key')
    """
    reason = (error.strerror if isinstance(error, OSError) else None) or " ".join(str(error).split())
    return reason or type(error).__name__


def check_lake_path(root: Path, lake: str | os.PathLike[str]) -> None:
    """Raise LakeError when a local lake path is a file, or sits under one, or is a folder of other
    files than a lake's (a folder of articles named by mistake: the lake's files would be written
    among them). Nothing is made."""
    for path in (root, *root.parents):
        if path.exists():
            if not path.is_dir():
                raise LakeError(f"the lake {lake} is a file, not a folder: give a folder (new or a lake) to --lake")
            if path == root:
                _check_lake_folder(root, lake)
            return


# What a lake folder holds (a report's folder too); a folder with any of them is a lake, maybe one a
# first run left half made.
# What to do with a lake whose files were damaged or removed outside themelake (its manifest, a data file).
RESTORE_LAKE = "restore the lake folder from a copy, or run the sources again into a new --lake"
_LAKE_ENTRIES = frozenset((MANIFEST, CATALOG, DATA, LOCK, "reports"))


def other_files(root: Path) -> list[str]:
    """Return the names in a folder that is no lake other than hidden ones, sorted (none for a lake,
    an empty folder, or one that is missing or unreadable)."""
    if storage.is_url(root):  # a folder on object storage: listed by its store, not scanned
        names = remote_folder_names(root)
    else:
        try:
            names = [entry.name for entry in os.scandir(root)]
        except OSError:
            return []  # missing, or unreadable: the write that follows says what is wrong
    if _LAKE_ENTRIES.intersection(names):
        return []
    return sorted(name for name in names if not name.startswith(".") and name != "lost+found")  # a disk's own


def _check_lake_folder(root: Path, lake: str | os.PathLike[str]) -> None:
    """Raise LakeError for an existing folder that is no lake and holds other files than hidden ones."""
    others = other_files(root)
    if others:
        raise LakeError(
            f"the lake {lake} is a folder of other files ({len(others)}, such as {others[0]!r}), not a lake: "
            "give --lake a new folder, an empty one, or a lake"
        )


def no_lake(root: Path, lake: str | os.PathLike[str], missing: str) -> str:
    """Return the one line saying there is no lake at a path (without the file `missing`), and what to do."""
    lake = lake if str(lake) else root  # "" from Python (the CLI refuses it): the current folder
    if root.is_file():  # a run could not make a lake there either: `run ... --lake FILE` is refused
        return f"no lake at {lake}: it is a file, not a folder; give --lake a lake's folder"
    others = other_files(root)
    if others:  # ... nor in a folder of other files: `run` refuses it
        return (f"no lake at {lake}: it is a folder of other files ({len(others)}, such as {others[0]!r}); "
                "give --lake a lake's folder")
    # A folder that is not there is said alike by every command, not by the file each looked for first
    # (`query` the catalog, `enrich` the manifest); on object storage a folder is only a prefix.
    if not storage.is_url(root) and not root.exists():
        missing = "such folder"
        if not Path(lake).is_absolute():  # `themelake query` in another folder than the lake's: say which
            missing += f" in {Path.cwd()}"
    return f"no lake at {lake} (no {missing}): run `themelake run SOURCE --lake {lake}` first"


def check_writable(root: Path, lake: str | os.PathLike[str]) -> None:
    """Raise LakeError when a local lake folder, or the folder a new one would be made in, cannot be
    written: said before a command starts Prefect, not from inside its flow."""
    existing = next((path for path in (root, *root.parents) if path.is_dir()), None)
    if existing is None or os.access(existing, os.W_OK):
        return
    if existing == root:
        raise LakeError(unwritable(root, "permission denied or a read-only disk"))
    raise LakeError(f"cannot make the lake folder {lake}: {existing} cannot be written "
                    "(permission denied or a read-only disk); give --lake a folder you can write")


def unwritable(root: Path, why: str) -> str:
    """Return the one line saying a lake cannot be written, and what still works."""
    return (f"cannot write the lake {root}: {why}; a lake that cannot be written can still be read "
            "(`query`, `themes --lake`, `report -o FILE`)")
