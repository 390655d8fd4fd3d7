"""Find and read article files under a source folder (or a single file); what cannot be read becomes quarantine.

This module decides which files are articles and turns their bytes (decompressed) into
`ArticleFile`s; `warehouse.storage` only lists and reads local and remote locations.

Listing rules: every file below the folder is listed, except hidden ones (a leading "."), those
an `--exclude` glob matches, those no `--include` glob matches (when any is given), and the
folder's own repository files (README, LICENSE, LICENCE, CHANGELOG, with or without an
extension), which are left out and reported unless an `--include` glob names them. A listed file
of a type themelake does not read is quarantined as `unsupported_format`, never skipped silently.
A source that is one file is listed unless a glob leaves it out, as it would in its folder.
"""

from __future__ import annotations

import errno
import gzip
import io
import os
import shlex
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from fnmatch import fnmatch
from glob import escape as glob_escape
from pathlib import Path
from stat import S_ISREG

from transforms.articles import ArticleFile, QuarantineRecord
from transforms.formats import RECORDS_FORMATS, format_of, unsupported_detail
from transforms.formats.base import UNSUPPORTED_FORMAT
from warehouse import storage
from warehouse.settled import may_be_written
from warehouse.source_limits import DEFAULT_MAX_BYTES

# A folder's README or LICENSE describes the folder; it is not an article (bbc-dev has README.TXT).
# Exact names only: "licence-fee-to-rise.txt" and "readmefirst.txt" are articles.
REPOSITORY_FILES = frozenset({"readme", "license", "licence", "changelog"})

# Quarantine reason codes for files whose bytes cannot be read (transforms/text.py has the codes
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
_LIMIT = "byte limit (THEMELAKE_MAX_FILE_BYTES)"


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


@dataclass(frozen=True)
class FileChoice:
    """Which files a run lists: `--include` / `--exclude` globs, matched against the relative path and the name."""

    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    # The globs that have matched a file or a folder so far (`unmatched`): not part of the choice.
    matched: set[str] = field(default_factory=set, compare=False, hash=False, repr=False)

    def chooses(self, relative_path: str) -> bool:
        """Return True for a file the globs let through (excluded files are not seen at all)."""
        excluding = [glob for glob in self.exclude if _matches(relative_path, glob)]
        if excluding:
            self.matched.update(excluding)  # every glob that matches, so none is said to match nothing
            return False
        if not self.include:
            return True
        including = [glob for glob in self.include if _matches(relative_path, glob)]
        self.matched.update(including)
        return bool(including)

    def unmatched(self, globs: tuple[str, ...] | list[str]) -> list[str]:
        """Return those of `globs` (the run's own: not the lake's, which `without_lake` adds) that no
        file or folder listed so far has matched: a typo, or a folder named as it is not.

        >>> choice = FileChoice(include=("sport", "sprot/*"))
        >>> choice.chooses("sport/a.txt"), choice.unmatched(["sport", "sprot/*"])
        (True, ['sprot/*'])
        """
        # A glob of hidden files (".git", "*/.cache/*") matches files the listing never shows: not said.
        return [glob for glob in globs if glob not in self.matched and not _hidden(glob)]

    def why_not_chosen(self, relative_path: str) -> str | None:
        """Return which glob leaves a file out, in the words of the command line, or None when it is chosen.

        >>> FileChoice(exclude=("*.txt",)).why_not_chosen("a.txt")
        "--exclude '*.txt' matches it"
        >>> FileChoice(include=("*.md",)).why_not_chosen("a.txt"), FileChoice(include=("*.md",)).why_not_chosen("a.md")
        ("no --include glob matches it ('*.md')", None)
        """
        excluding = next((glob for glob in self.exclude if _matches(relative_path, glob)), None)
        if excluding is not None:
            return f"--exclude {shlex.quote(excluding)} matches it"
        if self.include and not any(_matches(relative_path, glob) for glob in self.include):
            return f"no --include glob matches it ({', '.join(shlex.quote(glob) for glob in self.include)})"
        return None

    def leaves_out_folder(self, relative_folder: str) -> bool:
        """Return True for a folder ("a/b/") whose every file an exclude glob takes out ("a/b/*", "a/b").

        >>> [FileChoice(exclude=(glob,)).leaves_out_folder("sub/") for glob in ("sub", "sub/*", "*.md")]
        [True, True, False]
        """
        probe = relative_folder + "\0"  # a name no file has: only a glob for the whole folder matches it
        excluding = [glob for glob in self.exclude if any(fnmatch(probe, p) for p in _patterns(glob))]
        self.matched.update(excluding)  # every one, as `chooses` does: its files are never shown to the others
        return bool(excluding)

    def leaves_out(self, relative_path: str) -> bool:
        """Return True for a repository file left out by default (unless an include glob names it)."""
        return is_repository_file(relative_path) and not any(_matches(relative_path, g) for g in self.include)


def without_lake(choice: FileChoice, source: str | os.PathLike[str], lake: str | os.PathLike[str]) -> FileChoice:
    """Return the choice with a lake that sits inside the source folder left out (`themelake run .`
    writes ./lake): its own Parquet files, catalog and report pages are not articles.

    >>> without_lake(FileChoice(), "/news", "/news/lake").exclude, without_lake(FileChoice(), "/news", "/lake").exclude
    (('lake/*',), ())

    The lake and the source cannot be one folder, nor the source the lake's own files (a SourceError).
    """
    if storage.is_url(source) or storage.is_url(lake):
        return choice
    root, lake_root = Path(source).expanduser().resolve(), Path(lake).expanduser().resolve()
    if lake_root == root:
        raise SourceError(f"the lake and the source are the same folder ({source}): give the lake a folder of its own")
    # The lake's own files (its Parquet files, reports, manifest and catalog) would be quarantined into
    # it; a folder of articles kept below the lake folder (lake/inbox) is a source like any other.
    from warehouse.lake import DATA
    from warehouse.report_files import REPORTS

    own = [lake_root / DATA, lake_root / REPORTS]
    if any(folder == root or folder in root.parents for folder in own) or (root.parent == lake_root and root.is_file()):
        raise SourceError(f"the source {source} is the lake's own files ({lake}): give the run a folder of articles")
    if root not in lake_root.parents:
        return choice
    return FileChoice(choice.include, (*choice.exclude, f"{glob_escape(lake_root.relative_to(root).as_posix())}/*"))


def glob_warnings(choice: FileChoice, include: Sequence[str] | None, exclude: Sequence[str] | None) -> list[str]:
    """Return a run's warnings for its `--include`/`--exclude` globs that matched no file or folder
    of the listing `choice` chose (`FileChoice.unmatched`), each said once."""
    return [
        unmatched_glob_warning(flag, glob)
        for flag, globs in (("--include", include or ()), ("--exclude", exclude or ()))
        for glob in choice.unmatched(list(globs))
    ]


def unmatched_glob_warning(flag: str, glob: str) -> str:
    """Return the warning for a run's `--include`/`--exclude` glob that matched no file or folder.

    >>> unmatched_glob_warning("--exclude", "sprot/*").split(" (")[0]
    "--exclude 'sprot/*' matches no file of the source"
    """
    return (f"{flag} {shlex.quote(glob)} matches no file of the source (globs match a file's path below the "
            "source, its name, or a folder it is in)")


def _hidden(glob: str) -> bool:
    """Return True for a glob that names hidden files or folders (".git", "notes/.drafts/*").

    >>> _hidden(".git"), _hidden("**/.cache/*"), _hidden("*.txt"), _hidden("./sub"), _hidden("../x")
    (True, True, False, False, False)
    """
    return any(part.startswith(".") and part not in (".", "..") for part in glob.split("/"))


def _patterns(glob: str) -> tuple[str, ...]:
    """Return the fnmatch patterns a glob stands for: itself and, as a folder, every file below it
    ("sport", "sport/" → "sport/*"; a name without "/" names a folder at any depth, as a file's name
    matches at any depth); "**/" at its start also matches no folder ("**/*.txt" → "*.txt").

    >>> _patterns("sport/"), _patterns("a/b"), _patterns("**/*.md")[2:]
    (('sport/', 'sport/*', '*/sport/*'), ('a/b', 'a/b/*'), ('*.md', '*.md/*', '*/*.md/*'))
    """
    folder = glob.rstrip("/")
    patterns = (glob, folder + "/*") + (() if "/" in folder else (f"*/{folder}/*",))
    return patterns + _patterns(glob[3:]) if glob.startswith("**/") and len(glob) > 3 else patterns


def _matches(relative_path: str, glob: str) -> bool:
    """Return True when a glob matches a file's relative path, its name, or a folder it is in.

    >>> [_matches(p, g) for p, g in (("sub/deep/d.txt", "sub"), ("top.txt", "**/*.txt"), ("a/b.txt", "*.txt"))]
    [True, True, True]
    >>> _matches("subway.txt", "sub"), _matches("a/sub.txt", "sub/")
    (False, False)
    """
    name = relative_path.rsplit("/", 1)[-1].rsplit(os.sep, 1)[-1]
    return fnmatch(name, glob) or any(fnmatch(relative_path, pattern) for pattern in _patterns(glob))


def is_repository_file(relative_path: str) -> bool:
    """Return True for a folder's README, LICENSE, LICENCE or CHANGELOG (any extension), not for articles.

    >>> [is_repository_file(n) for n in ("README.TXT", "sub/LICENSE", "licence-fee-to-rise.txt", "readmefirst.txt")]
    [True, True, False, False]
    """
    name = relative_path.rsplit("/", 1)[-1].rsplit(os.sep, 1)[-1]
    return name.split(".", 1)[0].lower() in REPOSITORY_FILES


def resolve_source(source: str | os.PathLike[str]) -> Path:
    """Return the absolute source folder or file, or raise SourceError with a message for the user."""
    if storage.is_url(source):
        return _resolve_remote(str(source))
    root = Path(source).expanduser()
    if not root.exists():
        if root.is_symlink():
            raise SourceError(
                f"source is a symbolic link that leads nowhere (broken, or a loop): {_shown(str(source))} -> "
                f"{_shown(os.readlink(root))}"
            )
        raise SourceError(_not_found(source))
    if not root.is_dir() and not root.is_file():
        raise SourceError(f"source is neither a folder nor a file: {source}")
    resolved = root.resolve()
    if _shown(str(resolved)) != str(resolved):
        raise SourceError(f"source path {_shown(str(resolved))} is not valid UTF-8: rename it")
    return resolved


def _not_found(source: str | os.PathLike[str]) -> str:
    """Return the line for a source that does not exist: it may have been meant as a file or a folder.

    >>> _not_found("inbox/today.txt")
    'source not found: inbox/today.txt (no such file or folder)'
    """
    return f"source not found: {source} (no such file or folder)"


def list_sources(
    source: str | os.PathLike[str], choice: FileChoice = FileChoice(), left_out: list[str] | None = None
) -> list[SourceEntry]:
    """Return every file a run lists below a folder (or the one file), recursively, in a stable order."""
    return list(iter_sources(source, choice, left_out))


def iter_sources(
    source: str | os.PathLike[str], choice: FileChoice = FileChoice(), left_out: list[str] | None = None
) -> Iterator[SourceEntry]:
    """Return the files a run lists below a folder, in order of relative path, listed as they are walked.

    The order is that of `sorted(..., key=relative_path)`, so a run can compare the listing with
    the lake's committed states range by range without holding either whole. Repository files
    left out by default are appended to `left_out` (relative paths), for the run to report.
    """
    root = resolve_source(source)
    left_out = left_out if left_out is not None else []
    if storage.is_url(source):
        # An object store lists a prefix in one call (fsspec's find): this listing is held whole.
        entries = [
            SourceEntry(url, str(root), rel, size, mtime)
            for url, rel, size, mtime in storage.remote_listing(root)
            if _listed(rel, choice, left_out)
        ]
        return iter(sorted(entries, key=lambda e: e.relative_path))
    if root.is_file():  # a single file is a source too: the run sees that file alone
        if not choice.chooses(root.name):  # left out as in a folder (`single_file_left_out` says so)
            return iter(())
        size, mtime = _size_and_mtime(str(root))
        return iter([SourceEntry(str(root), str(root.parent), root.name, size, mtime)])
    try:
        top = _folder_names(str(root))
    except OSError as error:  # an empty listing would mark every file of the folder deleted
        raise SourceError(f"cannot list source folder {source}: {error.strerror or error}") from None
    return _walk(str(root), str(root), "", top, choice, left_out, frozenset({os.path.realpath(root)}))


def single_file_left_out(source: str | os.PathLike[str], choice: FileChoice) -> str | None:
    """Return the line saying that a source of one file is left out by the run's globs (nothing is read),
    or None when the file is read, or the source is a folder.

    A file named as the source is chosen by `--include`/`--exclude` as it would be in its folder, by
    its name; the repository-file and hidden-file rules do not apply to it (naming it is choosing it).
    An object-store URL of one file is judged the same way, by its name.
    """
    root = resolve_source(source)
    why = choice.why_not_chosen(root.name) if root.is_file() else None
    return None if why is None else f"nothing to read: the source {_shown(root.name)} is one file and {why}"


def _listed(relative_path: str, choice: FileChoice, left_out: list[str]) -> bool:
    name = relative_path.rsplit("/", 1)[-1]
    if name.startswith(".") or not choice.chooses(relative_path):
        return False
    if choice.leaves_out(relative_path):
        left_out.append(relative_path)
        return False
    return True


def _resolve_remote(source: str) -> Path:
    try:
        root = storage.url_path(source)
        if not root.exists():
            raise SourceError(_not_found(source))
    except ValueError as error:
        raise SourceError(str(error)) from None
    return root  # type: ignore[no-any-return]


def _walk(
    root: str, folder: str, relative: str, names: list[str], choice: FileChoice, left_out: list[str],
    ancestors: frozenset[str],
) -> Iterator[SourceEntry]:
    """Yield the listed files of a folder (root/relative), given its names, in the order of their
    relative paths. `ancestors`: the real paths of the folders walked into, so that a symlinked
    folder pointing back up is not walked again (a loop)."""
    for name in names:
        path = os.path.join(folder, name)
        if name.endswith(os.sep):
            real = os.path.realpath(path)
            # A link to a folder walked into, or to one above them (the source's parent, "/"), would
            # walk the source again or leave it: not followed.
            if any(walked == real or walked.startswith(real.rstrip(os.sep) + os.sep) for walked in ancestors):
                continue
            if choice.leaves_out_folder(relative + name):  # `--exclude 'lost+found/*'` skips it unread
                continue
            try:
                inner = _folder_names(path)
            except FileNotFoundError:  # gone since its parent was listed: its files are gone too
                continue
            except OSError as error:
                # Skipped, its files would be counted deleted: the run stops, in one line, instead.
                raise SourceError(
                    f"cannot list folder {_shown(relative + name)} below the source: {error.strerror or error}"
                    f" (fix its permissions, or leave it out with --exclude '{_shown(relative + name)}*')"
                ) from None
            yield from _walk(root, path, relative + name, inner, choice, left_out, ancestors | {real})
            continue
        if not _listed(relative + name, choice, left_out):
            continue
        shown = _shown(path)
        if shown != path:  # a name that is not UTF-8 cannot be stored: listed as shown, quarantined
            yield SourceEntry(shown, root, _shown(relative + name), None, None)
            continue
        size, mtime = _size_and_mtime(path)
        yield SourceEntry(path, root, relative + name, size, mtime)


def _shown(path: str) -> str:
    r"""Return a path as it can be stored: bytes of its name that are not UTF-8 as \xNN escapes.

    >>> _shown("caf\udce9.txt"), _shown("café.txt")
    ('caf\\xe9.txt', 'café.txt')
    """
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def _folder_names(folder: str) -> list[str]:
    """Return the names a folder is walked by, sorted: its files, and its sub-folders as "name/".

    A file sorts among its folder's names as "name", a sub-folder as "name/": walked in that order,
    relative paths come out exactly as sorted() puts them. Names only, not DirEntry objects: a flat
    folder of many files costs its names.
    """
    with os.scandir(folder) as found:
        # Sorted as stored: a name that is not UTF-8 is listed as shown (\\xNN), and its raw form
        # (a surrogate, after every ASCII character) would put the listing out of order.
        return sorted((name for name in map(_listed_name, found) if name), key=_shown)


def _listed_name(entry: os.DirEntry[str]) -> str | None:
    """Return how an entry of a folder is walked: "name/" for a folder (a symlinked one too: a folder
    moved elsewhere and linked back keeps its articles), "name" for a file, None if hidden (`.git/`,
    `.DS_Store`)."""
    if entry.name.startswith("."):
        return None
    try:
        is_folder = entry.is_dir()  # follows symlinks, as os.walk's split into folders and files does
    except OSError:
        is_folder = False
    return entry.name + os.sep if is_folder else entry.name


def _size_and_mtime(path: str) -> tuple[int | None, int | None]:
    try:
        stat = os.stat(path)  # follows symlinks: the metadata of what will be read
    except OSError:
        return None, None
    return stat.st_size, stat.st_mtime_ns


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


class UnreadableSource(OSError):
    """A listed file whose bytes cannot be read; `reason` is a quarantine reason code."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


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
    with os.fdopen(fd, "rb") as handle:
        stat = os.fstat(handle.fileno())
        if not S_ISREG(stat.st_mode):
            raise UnreadableSource(NOT_A_FILE, "not a regular file (a device, FIFO or socket)")
        if stat.st_size > max_bytes:
            raise UnreadableSource(TOO_LARGE, f"{stat.st_size} bytes, over the {max_bytes}-{_LIMIT}")
        try:
            # Ask for the size fstat gave (plus one byte, to see growth): a read of max_bytes would
            # allocate a max_bytes buffer for every file.
            data = handle.read(stat.st_size + 1)
            if len(data) > stat.st_size:  # it grew since fstat: read on, up to the limit
                data += handle.read(max_bytes + 1 - len(data))
        except OSError as err:
            raise UnreadableSource(UNREADABLE, f"read failed: {err.strerror or err}") from None
    if len(data) > max_bytes:
        raise UnreadableSource(TOO_LARGE, f"grew over the {max_bytes}-{_LIMIT} while read")
    return _article_file(entry, data, max_bytes, datetime.fromtimestamp(stat.st_mtime, tz=UTC), now)


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
        raise UnreadableSource(TOO_LARGE, f"{err.size} bytes, over the {max_bytes}-{_LIMIT}") from None
    except OSError as err:
        raise UnreadableSource(UNREADABLE, f"{err.strerror or err}") from None
    return _article_file(entry, data, max_bytes, modified, now)


def _article_file(
    entry: SourceEntry, data: bytes, max_bytes: int, modified: datetime | None, now: datetime | None
) -> ArticleFile:
    cut_off = None
    if entry.path.lower().endswith(".gz"):
        try:
            data = gunzip(data, max_bytes)
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
    return ArticleFile(
        source=entry.path, data=data, source_root=entry.root, relative_path=entry.relative_path, modified_at=modified,
        cut_off=cut_off,
    )


class GzipCutOff(UnreadableSource):
    """A gzip file that ends before its stream does (corrupt_gzip): as a file still being written."""


def gunzip(data: bytes, max_bytes: int) -> bytes:
    """Return the decompressed bytes of a gzip file, or raise UnreadableSource (corrupt, or over max_bytes;
    GzipCutOff when it ends before its stream does).

    The limit applies to what comes out, so a small file that inflates to gigabytes is stopped early.

    >>> gunzip(gzip.compress(b"Rain at last."), 100)
    b'Rain at last.'
    >>> gunzip(gzip.compress(b"Rain at last.")[:-8], 100)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    warehouse.sources.GzipCutOff: not a valid gzip file: Compressed file ended before the end-of-stream marker ...

    A file compressed twice (`gzip` run on a .gz file; a download saved with the server's `Content-Encoding:
    gzip` over the file's own) inflates to a gzip stream, inflated in turn: it was quarantined as binary.

    >>> gunzip(gzip.compress(gzip.compress(b"Rain at last.")), 100)
    b'Rain at last.'
    """
    out = _inflated(data, max_bytes)
    for _ in range(_MAX_GZIP_LAYERS - 1):
        if not out.startswith(_GZIP_MAGIC):
            break
        try:
            out = _inflated(out, max_bytes)
        except GzipCutOff as err:  # whole outside, cut inside: no file being written, a broken one
            raise UnreadableSource(CORRUPT_GZIP, f"{err.detail} (inside a file gzip-compressed twice)") from None
    return out


# A gzip stream's first bytes (its magic number and deflate's method): no text file starts so (0x8b is no
# first byte of a UTF-8 character).
_GZIP_MAGIC = b"\x1f\x8b\x08"
# Compressed twice happens by mistake; more layers than this are no article file's.
_MAX_GZIP_LAYERS = 3


def _inflated(data: bytes, max_bytes: int) -> bytes:
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as inflated:
            out = inflated.read(max_bytes + 1)
    except EOFError as err:  # gzip's word for a stream without its end
        raise GzipCutOff(CORRUPT_GZIP, f"not a valid gzip file: {err}") from None
    except (OSError, zlib.error) as err:
        raise UnreadableSource(CORRUPT_GZIP, f"not a valid gzip file: {err}") from None
    if len(out) > max_bytes:
        raise UnreadableSource(TOO_LARGE, f"decompresses to over the {max_bytes}-{_LIMIT}")
    return out


def inflated_so_far(data: bytes, max_bytes: int) -> bytes:
    """Return what a gzip file whose stream is cut off (GzipCutOff) inflates to before the cut; raise
    UnreadableSource when that is over max_bytes.

    GzipFile gives nothing of a stream without its end (its buffered read drops what it inflated when it
    meets the cut); zlib's inflater gives what the bytes so far hold, member after member.

    >>> cut = gzip.compress(b"Rain at last. " * 40)[:-12]  # its 8-byte trailer gone, and 4 bytes of its stream
    >>> so_far = inflated_so_far(cut, 1000)
    >>> so_far[:13], 0 < len(so_far) < 560  # of 560
    (b'Rain at last.', True)
    """
    out = bytearray()
    rest = data
    while rest:
        inflater = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)  # one gzip member, header and all
        try:
            out += inflater.decompress(rest, max_bytes + 1 - len(out))
        except zlib.error as err:
            raise UnreadableSource(CORRUPT_GZIP, f"not a valid gzip file: {err}") from None
        if len(out) > max_bytes:
            raise UnreadableSource(TOO_LARGE, f"decompresses to over the {max_bytes}-{_LIMIT}")
        if not inflater.eof:  # the cut
            break
        rest = inflater.unused_data.lstrip(b"\0")  # the next member, after any zero padding (as gzip reads it)
    return bytes(out)
