"""Find and read article files under a source folder (or a single file); what cannot be read becomes quarantine.

This package decides which files are articles and turns their bytes (decompressed) into
`ArticleFile`s; `warehouse.storage` only lists and reads local and remote locations.

Listing rules: every file below the folder is listed, except hidden ones (a leading "."), those
an `--exclude` glob matches, those no `--include` glob matches (when any is given), and the
folder's own repository files (README, LICENSE, LICENCE, CHANGELOG, with or without an
extension), which are left out and reported unless an `--include` glob names them. A listed file
of a type themelake does not read is quarantined as `unsupported_format`, never skipped silently.
A source that is one file is listed unless a glob leaves it out, as it would in its folder.

One module per step, composed in this order: `unreadable` (the errors and quarantine reasons every
step raises), `choice` (the globs), `listing`, `gzip_streams`, `substack` (a file read with its neighbours: a
Substack export's post with its index's row), `reading`. The names the flows use are
re-exported here, so that callers import a source's listing, choice and reading from one place.
"""

from __future__ import annotations

from warehouse.sources.choice import FileChoice, glob_warnings, is_repository_file, without_lake
from warehouse.sources.listing import (
    SourceEntry,
    iter_sources,
    list_sources,
    resolve_source,
    single_file_left_out,
)
from warehouse.sources.reading import read_remote_source, read_source, read_sources
from warehouse.sources.unreadable import RETRIED_REASONS, TOO_LARGE, SourceError, UnreadableSource

__all__ = [
    "RETRIED_REASONS",
    "TOO_LARGE",
    "FileChoice",
    "SourceEntry",
    "SourceError",
    "UnreadableSource",
    "glob_warnings",
    "is_repository_file",
    "iter_sources",
    "list_sources",
    "read_remote_source",
    "read_source",
    "read_sources",
    "resolve_source",
    "single_file_left_out",
    "without_lake",
]
