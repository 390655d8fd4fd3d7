"""What --lake is when it is not a lake's folder: a path written for Windows, a file (the lake's own files), a
folder inside a lake (its data/ or a table's folder), or a folder of other files; and the warehouse's "no lake"
line said of THEMELAKE_LAKE when the path came from it."""

from __future__ import annotations

import os
import re
import shlex
from pathlib import Path, PureWindowsPath

# Names written out rather than imported from warehouse.lake_folder: checking --lake must not import the
# warehouse (and DuckDB) for `--help`; tests/flows/cli/test_lake_path.py checks the two agree.
CATALOG = "themelake.duckdb"
MANIFEST = "_manifest.json"
DATA = "data"  # warehouse.lake_folder's folder of the tables' Parquet files: lake/data/<table>/
# lake/data/<table>/<file>.parquet is the deepest file a lake holds, three folders below the lake.
DEEPEST = 3
LAKE_VARIABLE = "THEMELAKE_LAKE="  # how a line names a lake path that came from the variable


def not_a_lake_folder(lake: str, named: str = "--lake ", command: str | None = None) -> str | None:
    """Return the line refusing a --lake that is a Windows path, a file, a folder inside a lake or (but to `run`,
    which makes a lake and says so in its own words) a folder of other files, or None; `named` is how the line
    names where the path came from (`THEMELAKE_LAKE=` for the variable), `command` the command's name.

    >>> not_a_lake_folder("lake") is None
    True
    """
    if "://" in lake:  # an fsspec URL (s3://...): its own reader says what is wrong
        return None
    windows = windows_path(lake, named)
    if windows is not None:
        return windows
    path = Path(lake).expanduser()
    try:
        if path.is_dir():
            root = lake_above(path)
            what = "a folder inside"
        elif path.is_file():
            # `query "select 1" --lake lake/themelake.duckdb` ran with exit 0 (on a DuckDB file of its own making),
            # where every other command said "it is a file, not a folder": one line for all, naming the folder meant.
            root = lake_holding(path)
            if root is None:
                return f"{named}{lake}: it is a file, not a folder; give {named.strip(' =')} a lake's folder"
            what = "the catalog file of" if path.resolve().name == CATALOG else "a file of"
        else:
            return None
    except OSError:  # a folder that may not be searched: the lake's own check says so, naming the file it could not
        return None
    if root is None:
        # `run --lake docs` keeps run's own line (the warehouse's, which names what run makes a lake in).
        return folder_of_other_files(lake, named, command) if named == LAKE_VARIABLE or command != "run" else None
    said = as_written(root, lake)
    return f"{named}{lake}: {what} the lake {said}; the lake is the folder holding it: {named}{shell_word(said)}"


def folder_of_other_files(lake: str, named: str = "--lake ", command: str | None = None) -> str | None:
    """Return the line refusing a local folder of other files than a lake's as the lake, or None.

    The warehouse said it as "no lake at docs: ...", in the words of whichever file each command looked for
    first, and `query "select 1" --lake docs` ran with exit 0 on the folder (a query needs no lake only for SQL
    naming no table, and a folder of the user's own files is never the lake meant): said here, where every
    command's lake passes, naming the variable when the path came from it.
    """
    if "://" in lake or not Path(lake).expanduser().is_dir():  # object storage, or no folder: the lake's own lines
        return None
    from warehouse.lake_folder import other_files  # only with the variable set: `--help` imports no warehouse

    others = other_files(Path(lake).expanduser())
    if not others:
        return None
    # `run` makes a lake in a new or empty folder; every other command reads one that is there.
    wanted = "a new folder, an empty one, or a lake" if command == "run" else "a lake's folder"
    return (f"{named}{lake}: it is a folder of other files ({len(others)}, such as {others[0]!r}), "
            f"not a lake; give {named.strip(' =')} {wanted}")


def no_lake_as_variable(message: str, lake: str) -> str:
    """Return the warehouse's "no lake at LAKE ..." line said of THEMELAKE_LAKE=LAKE; any other line as it is.

    >>> no_lake_as_variable("no lake at new (no such folder): run `themelake run SOURCE --lake new` first", "new")
    'THEMELAKE_LAKE=new: no lake there (no such folder): run `themelake run SOURCE` first'
    """
    # THEMELAKE_LAKE=hidden was told to run `themelake run SOURCE --lake hidden`: a flag never typed, and nothing
    # to find the variable by. With the variable set, a bare `themelake run SOURCE` makes the lake there. Mended
    # here, where the CLI knows where the path came from; the warehouse's line is its callers' for any path.
    head = f"no lake at {lake}"
    if not message.startswith(head):
        return message
    rest = message[len(head):].replace(f"`themelake run SOURCE --lake {lake}`", "`themelake run SOURCE`")
    return f"{LAKE_VARIABLE}{lake}: no lake there{rest.replace('give --lake ', 'give THEMELAKE_LAKE ')}"


def no_lake_as_typed(message: str, lake: str) -> str:
    """Return the warehouse's "no lake at LAKE ..." line of a --lake the shell would split or read otherwise
    (a space, a `~` it was not left to expand) with the path as one word; any other line as it is.

    >>> no_lake_as_typed("no lake at my lake (no manifest): run `themelake run SOURCE --lake my lake` first", "my lake")
    "no lake at my lake (no manifest): run `themelake run SOURCE --lake 'my lake'` first"
    >>> no_lake_as_typed("no lake at ~/x (no such folder in /news): run `themelake run SOURCE --lake ~/x` first", "~/x")
    'no lake at ~/x (no such folder): run `themelake run SOURCE --lake ~/x` first'
    """
    # `--lake "my lake"` was told to run `... --lake my lake`: two words in a shell. `--lake "~/x"` (quoted, so
    # the shell left `~` alone; we expand it) was told "no such folder in" the current folder: not where ~/x is.
    head = f"no lake at {lake}"
    if not message.startswith(head):
        return message
    rest = message[len(head):].replace(f"--lake {lake}`", f"--lake {shell_word(lake)}`")
    if lake.startswith("~"):
        rest = re.sub(r"^ \(no such folder in [^)]*\)", " (no such folder)", rest)
    return head + rest


def as_written(root: Path, lake: str) -> str:
    """Return the lake's folder as the user would write it: relative to the current folder when --lake was,
    to the home folder when it began with `~`.

    >>> as_written(Path.cwd() / "lake", "lake/data/../data/articles")
    'lake'
    >>> as_written(Path.home() / "lake", "~/lake/data")
    '~/lake'
    """
    # `--lake lake/data/articles` was answered "--lake /home/me/news/lake": a path the user did not write; and
    # `--lake ~/lake/data` the home folder's whole path, where `~` is what the user typed (and will again).
    tilde = Path(lake).parts[0] if Path(lake).parts else ""
    if tilde.startswith("~"):
        home = Path(os.path.normpath(Path(tilde).expanduser().absolute()))
        if root == home or home in root.parents:
            return str(Path(tilde, root.relative_to(home)))
    return os.path.relpath(root) if not Path(lake).expanduser().is_absolute() else str(root)


def shell_word(path: str) -> str:
    """Return a path as one word a shell takes as it is: quoted where it must be, a leading `~` left to expand.

    >>> shell_word("my lake"), shell_word("~/my lake"), shell_word("~/lake"), shell_word("lake")
    ("'my lake'", "~/'my lake'", '~/lake', 'lake')
    """
    # `--lake 'my lake/data'` was told to give `--lake my lake`: two words in a shell. `'~/lake'` would not expand.
    head, slash, rest = path.partition("/") if path.startswith("~") else ("", "", path)
    return f"{head}{slash}{shlex.quote(rest)}" if rest else head


def lake_above(folder: Path) -> Path | None:
    """Return the lake whose data/ folder is `folder` or holds it (lake/data, lake/data/<table>), or None.

    Read by the lake's own layout rather than by any lake found above: `query --lake lake/data` ran with
    exit 0 on an empty catalog of its own making, and `themes --lake lake/data/articles` called the table's
    folder "a folder of other files" without naming the lake; a folder of the user's own beside data/ (or a
    lake made inside a lake's folder) is not the lake's, and keeps its own line.
    """
    if (folder / MANIFEST).is_file() or (folder / CATALOG).is_file():  # a lake itself
        return None
    # As written first, '..' taken away as the shell's `cd` does (`lake/data/../data/articles` was named
    # "lake/data/.."), without following links the user did not write; then, for a link of the user's own
    # (`news -> lake/data` ran `query` with exit 0), the folder it leads to.
    for absolute in (Path(os.path.normpath(folder.absolute())), folder.resolve()):
        for data in (absolute, absolute.parent):
            if data.name == DATA and (data.parent / MANIFEST).is_file():
                return data.parent
    return None


def lake_holding(path: Path) -> Path | None:
    """Return the lake folder (the one holding a manifest or catalog) a file lies in, or None."""
    # As written ('..' taken away, as above), then where a link of the user's own leads: `out/cat.duckdb`, a link
    # to lake/themelake.duckdb, was "a file, not a folder", as a link to the data folder was before it was followed.
    for absolute in (Path(os.path.normpath(path.absolute())), path.resolve()):
        for folder in list(absolute.parents)[:DEEPEST]:
            if (folder / MANIFEST).is_file() or (folder / CATALOG).is_file():
                return folder
    return None


def windows_path(lake: str, named: str = "--lake ") -> str | None:
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
    return f"{named}{lake}: looks like a Windows path ({kind}); paths here are written with '/': {named}{local}"


_WINDOWS_START = re.compile(r"^(?:[A-Za-z]:[\\/]|\.{1,2}\\)")
