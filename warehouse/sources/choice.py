"""Which files a run lists: `--include`/`--exclude` globs, repository files left out, a lake inside the source."""

from __future__ import annotations

import os
import re
import shlex
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from fnmatch import fnmatch
from glob import escape as glob_escape
from pathlib import Path, PurePath, PurePosixPath

from warehouse import storage
from warehouse.sources.unreadable import SourceError

# A folder's README or LICENSE describes the folder; it is not an article (bbc-dev has README.TXT).
# Exact names only: "licence-fee-to-rise.txt" and "readmefirst.txt" are articles.
REPOSITORY_FILES = frozenset({"readme", "license", "licence", "changelog"})
_REPOSITORY_INITIALS = frozenset(c for name in REPOSITORY_FILES for c in (name[0], name[0].upper()))


@dataclass(frozen=True)
class FileChoice:
    """Which files a run lists: `--include` / `--exclude` globs, matched against the relative path and the name."""

    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    # The globs that have matched a file or a folder so far (`unmatched`): not part of the choice.
    matched: set[str] = field(default_factory=set, compare=False, hash=False, repr=False)
    # The folders an exclude glob left out unread ("wires/"): an include may match files in them, not known.
    folders_left_out: set[str] = field(default_factory=set, compare=False, hash=False, repr=False)

    def chooses(self, relative_path: str) -> bool:
        """Return True for a file the globs let through (excluded files are not seen at all)."""
        if not (self.exclude or self.include):  # no globs (most runs): every file, at one test a file
            return True
        excluding = [glob for glob in self.exclude if _matches(relative_path, glob)]
        including = [glob for glob in self.include if _matches(relative_path, glob)]
        # Every glob that matches, so none is said to match nothing: an include too whose file an exclude takes.
        self.matched.update(excluding, including)
        return not excluding and (bool(including) or not self.include)

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
        if excluding:
            self.folders_left_out.add(relative_folder)
        return bool(excluding)

    def may_match_left_out(self, glob: str) -> bool:
        """Return True for an include glob that may match a file of a folder an exclude left out unread: a
        name's glob ("*.txt") anywhere, a path's ("sub/draft.txt") only below its own start.

        >>> choice = FileChoice(exclude=("sub",))
        >>> choice.leaves_out_folder("sub/"), [choice.may_match_left_out(g) for g in ("sub/a.txt", "*.txt", "x/*")]
        (True, [True, True, False])
        """
        if "/" not in glob.strip("/"):  # a name, matched at any depth
            return bool(self.folders_left_out)
        start = re.split(r"[*?\[]", glob, maxsplit=1)[0]  # the part of the path it names as written
        return any(start.startswith(folder) or folder.startswith(start) for folder in self.folders_left_out)

    def reads_saved_page_folder(self, relative_folder: str) -> bool:
        """Return True for a saved page's resource folder ("a/story_files/") an include glob names."""
        probe = relative_folder + "\0"  # a name no file has: only a glob for the folder matches it
        return any(fnmatch(probe, p) for glob in self.include for p in _patterns(glob))

    def leaves_out(self, relative_path: str) -> bool:
        """Return True for a repository file left out by default (unless an include glob names it)."""
        return is_repository_file(relative_path) and not any(_matches(relative_path, g) for g in self.include)


def without_lake(choice: FileChoice, source: str | os.PathLike[str], lake: str | os.PathLike[str]) -> FileChoice:
    """Return the choice with a lake that sits inside the source folder left out (`themelake run .`
    writes ./lake): its own Parquet files, catalog and report pages are not articles.

    >>> without_lake(FileChoice(), "/news", "/news/lake").exclude, without_lake(FileChoice(), "/news", "/lake").exclude
    (('lake/*',), ())
    >>> without_lake(FileChoice(), "s3://b/news", "s3://b/news/lake/").exclude
    ('lake/*',)

    The lake and the source cannot be one folder, nor the source the lake's own files (a SourceError).
    """
    folders = _folders(source, lake)
    if folders is None:
        return choice
    root, lake_root = folders
    if lake_root == root:
        raise SourceError(f"the lake and the source are the same folder ({source}): give the lake a folder of its own")
    # The lake's own files (its Parquet files, reports, manifest and catalog) would be quarantined into
    # it; a folder of articles kept below the lake folder (lake/inbox) is a source like any other.
    from warehouse.lake import DATA
    from warehouse.report_files import REPORTS

    own = [lake_root / DATA, lake_root / REPORTS]
    in_lake = root.parent == lake_root and storage.is_file(source if storage.is_url(source) else root)
    if any(folder == root or folder in root.parents for folder in own) or in_lake:
        raise SourceError(f"the source {source} is the lake's own files ({lake}): give the run a folder of articles")
    if root not in lake_root.parents:
        return choice
    return FileChoice(choice.include, (*choice.exclude, f"{glob_escape(lake_root.relative_to(root).as_posix())}/*"))


def _folders(
    source: str | os.PathLike[str], lake: str | os.PathLike[str]
) -> tuple[PurePath, PurePath] | None:
    """Return the source's path and the lake's, comparable: local ones resolved, URLs of one store as
    paths in it; None when one is local and the other not, or they are on two stores.

    >>> _folders("s3://b/news/", "s3://b//news/lake"), _folders("s3://b/news", "gs://b/news")
    ((PurePosixPath('/b/news'), PurePosixPath('/b/news/lake')), None)
    """
    if not storage.is_url(source) and not storage.is_url(lake):
        return Path(source).expanduser().resolve(), Path(lake).expanduser().resolve()
    (store, _, path), (lake_store, _, lake_path) = (str(source).partition("://"), str(lake).partition("://"))
    if not storage.is_url(source) or not storage.is_url(lake) or store != lake_store:
        return None
    return PurePosixPath("/", path.strip("/")), PurePosixPath("/", lake_path.strip("/"))


def glob_warnings(choice: FileChoice, include: Sequence[str] | None, exclude: Sequence[str] | None) -> list[str]:
    """Return a run's warnings for its `--include`/`--exclude` globs that matched no file or folder
    of the listing `choice` chose (`FileChoice.unmatched`), each said once."""
    # A folder an exclude took is not listed: an include may match files in it, of which nothing is known (a
    # file an exclude took was tried on every include, and a path that starts elsewhere is none of its files).
    return [
        unmatched_glob_warning(flag, glob, flag == "--include" and choice.may_match_left_out(glob))
        for flag, globs in (("--include", include or ()), ("--exclude", exclude or ()))
        for glob in choice.unmatched(list(globs))
    ]


def unmatched_glob_warning(flag: str, glob: str, after_exclude: bool = False) -> str:
    """Return the warning for a run's `--include`/`--exclude` glob that matched no file or folder (an include
    glob: `after_exclude`, of the files the exclude globs leave in).

    >>> unmatched_glob_warning("--exclude", "sprot/*").split(" (")[0]
    "--exclude 'sprot/*' matches no file of the source"
    >>> unmatched_glob_warning("--include", "*.txt", after_exclude=True).split(" (")[0]
    "--include '*.txt' matches no file of the source that --exclude leaves in"
    """
    left_in = " that --exclude leaves in" if after_exclude else ""
    return (f"{flag} {shlex.quote(glob)} matches no file of the source{left_in} (globs match a file's path below the "
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


# A page a browser saved whole ("Save Page As", "Web Page, complete"): `X.html` beside a folder
# `X_files/` of its images, scripts, style sheets and frames, none of them an article (each was a
# quarantine row, about five a page). The folder is left out, and the run says which.
SAVED_PAGE_SUFFIXES = (".html", ".htm", ".xhtml")
SAVED_PAGE_FOLDER = "_files"


def saved_page_folders(files: Iterable[str], folders: Iterable[str]) -> set[str]:
    """Return, of a folder's sub-folders, those that hold the resources of a page saved beside them
    (`X_files` beside `X.html`, `X.htm` or `X.xhtml`).

    >>> sorted(saved_page_folders(["story.html", "notes.txt"], ["story_files", "notes_files", "photos"]))
    ['story_files']
    """
    candidates = [f for f in folders if f.endswith(SAVED_PAGE_FOLDER)]
    if not candidates:  # most folders: their files' names need not be read at all
        return set()
    pages = {name[: -len(s)] for name in files for s in SAVED_PAGE_SUFFIXES if name.lower().endswith(s)}
    return {f for f in candidates if f[: -len(SAVED_PAGE_FOLDER)] in pages}


def is_repository_file(relative_path: str) -> bool:
    """Return True for a folder's README, LICENSE, LICENCE or CHANGELOG (any extension), not for articles.

    >>> [is_repository_file(n) for n in ("README.TXT", "sub/LICENSE", "licence-fee-to-rise.txt", "readmefirst.txt")]
    [True, True, False, False]
    """
    name = relative_path.rsplit("/", 1)[-1].rsplit(os.sep, 1)[-1]
    # Every name of REPOSITORY_FILES starts with one of these letters: most articles' names stop here.
    return name[:1] in _REPOSITORY_INITIALS and name.split(".", 1)[0].lower() in REPOSITORY_FILES

