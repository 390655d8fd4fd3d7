"""Find and read article files under a source folder; what cannot be read becomes quarantine."""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from transforms.pipeline import ArticleFile, QuarantineRecord
from warehouse import storage

ARTICLE_SUFFIXES = (".txt", ".md")
# A folder's README or LICENSE describes the folder; it is not an article (bbc-dev has README.TXT).
NOT_ARTICLES = ("readme", "license", "licence", "changelog")
DEFAULT_MAX_BYTES = 10 * 1024 * 1024


class SourceError(ValueError):
    """The source location itself is unusable (missing, not a folder)."""


@dataclass(frozen=True)
class SourceEntry:
    """An article file found by listing: where it is, relative to the folder the run was given."""

    path: str
    root: str
    relative_path: str


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
        entries = [SourceEntry(path=url, root=str(root), relative_path=rel) for url, rel in found]
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
    # followlinks=False: a symlinked folder could loop; symlinked files are still listed and read.
    for folder, dirs, names in os.walk(root, followlinks=False):
        dirs.sort()
        for name in names:
            lower = name.lower()
            if lower.endswith(ARTICLE_SUFFIXES) and not lower.startswith(".") and not lower.startswith(NOT_ARTICLES):
                path = os.path.join(folder, name)
                yield SourceEntry(path=path, root=str(root), relative_path=os.path.relpath(path, root))


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
            stat = os.stat(entry.path)
            if stat.st_size > max_bytes:
                failed.append(
                    QuarantineRecord(entry.path, "too_large", f"{stat.st_size} bytes, over the {max_bytes}-byte limit")
                )
                continue
            with open(entry.path, "rb") as handle:
                data = handle.read(max_bytes + 1)
        except FileNotFoundError:
            reason = "broken_symlink" if os.path.islink(entry.path) else "vanished"
            failed.append(QuarantineRecord(entry.path, reason, "listed, but gone or dangling when read"))
            continue
        except OSError as err:
            failed.append(QuarantineRecord(entry.path, "unreadable", f"{err.strerror or err}"))
            continue
        if len(data) > max_bytes:
            failed.append(QuarantineRecord(entry.path, "too_large", f"grew over the {max_bytes}-byte limit"))
            continue
        files.append(
            ArticleFile(
                source=entry.path,
                data=data,
                source_root=entry.root,
                relative_path=entry.relative_path,
                modified_at=datetime.fromtimestamp(stat.st_mtime, tz=UTC),
            )
        )
    return files, failed
