"""What --lake is when it is not a lake's folder: a path written for Windows, or a file (the lake's own files)."""

from __future__ import annotations

import os
import re
from pathlib import Path, PureWindowsPath

# Names written out rather than imported from warehouse.lake_folder: checking --lake must not import the
# warehouse (and DuckDB) for `--help`; tests/flows/cli/test_lake_path.py checks the two agree.
CATALOG = "themelake.duckdb"
MANIFEST = "_manifest.json"
# lake/data/<table>/<file>.parquet is the deepest file a lake holds, three folders below the lake.
DEEPEST = 3


def not_a_lake_folder(lake: str) -> str | None:
    """Return the line refusing a --lake that is a Windows path or a file rather than a folder, or None.

    >>> not_a_lake_folder("lake") is None
    True
    """
    if "://" in lake:  # an fsspec URL (s3://...): its own reader says what is wrong
        return None
    windows = windows_path(lake)
    if windows is not None:
        return windows
    path = Path(lake).expanduser()
    try:
        if not path.is_file():
            return None
        # `query "select 1" --lake lake/themelake.duckdb` ran with exit 0 (on a DuckDB file of its own making),
        # where every other command said "it is a file, not a folder": one line for all, naming the folder meant.
        root = lake_holding(path)
    except OSError:  # a folder that may not be searched: the lake's own check says so, naming the file it could not
        return None
    if root is None:
        return f"--lake {lake}: it is a file, not a folder; give --lake a lake's folder"
    what = "the catalog file" if path.name == CATALOG else "a file"
    return f"--lake {lake}: {what} of the lake {root}; the lake is the folder holding it: --lake {root}"


def lake_holding(path: Path) -> Path | None:
    """Return the lake folder (the one holding a manifest or catalog) a file lies in, or None."""
    for folder in list(path.absolute().parents)[:DEEPEST]:
        if (folder / MANIFEST).is_file() or (folder / CATALOG).is_file():
            return folder
    return None


def windows_path(lake: str) -> str | None:
    """Return the line saying --lake is written as a Windows path, with the form this machine takes, or None.

    >>> windows_path(".\\\\lakes\\\\news").split(": ")[-1]
    '--lake ./lakes/news'
    >>> windows_path("lakes/news") is None
    True
    """
    # `--lake 'C:\lakes\news'` was refused for its '\' alone, "under which DuckDB cannot open the catalog": true,
    # but the path was written for another OS. Only a path that starts as Windows paths do (a drive, `.\`) and is
    # not a folder here is said so; a '\' inside a POSIX name keeps the lake's own line.
    if os.sep != "/" or not _WINDOWS_START.match(lake) or Path(lake).exists():
        return None
    windows = PureWindowsPath(lake)
    local = "/".join(windows.parts[1:]) if windows.drive else windows.as_posix()
    if windows.drive:
        mount = Path("/mnt") / windows.drive[0].lower()  # WSL's mount of a Windows drive, where there is one
        local = f"{mount}/{local}" if mount.is_dir() else f"/{local}"
    elif not local.startswith("."):
        local = f"./{local}"
    kind = f"the drive {windows.drive}" if windows.drive else "'\\' between its folders"
    return f"--lake {lake}: looks like a Windows path ({kind}); paths here are written with '/': --lake {local}"


_WINDOWS_START = re.compile(r"^(?:[A-Za-z]:[\\/]|\.{1,2}\\)")
