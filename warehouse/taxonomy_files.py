"""Read taxonomy files: the bundled IPTC default, or a user's own TOML."""

from __future__ import annotations

import os
from functools import lru_cache
from importlib import resources

from transforms.taxonomy import Taxonomy, TaxonomyError, parse_taxonomy
from warehouse import storage
from warehouse.taxonomy_cache import cached_taxonomy, cached_vectors

DEFAULT_TAXONOMY = "iptc-media-topics.toml"


def default_taxonomy_text() -> str:
    """Return the text of the bundled default taxonomy (to print or to copy and edit)."""
    return resources.files("transforms").joinpath("taxonomies", DEFAULT_TAXONOMY).read_text("utf-8")


def read_taxonomy_text(path: str | os.PathLike[str] | None = None) -> str:
    """Return the text of a taxonomy file, or of the bundled default when path is None."""
    if path is None or str(path) == "":
        return default_taxonomy_text()
    try:
        with open(path, encoding="utf-8-sig") as handle:  # a BOM (Windows editors) is not TOML
            return handle.read()
    except FileNotFoundError:
        if storage.is_url(str(path)):  # was "not found": a store's taxonomy was looked for on this disk
            raise TaxonomyError(
                f"{path}: a taxonomy is a local file; copy it to this machine and give its path"
            ) from None
        raise TaxonomyError(f"{path}: taxonomy file not found{export_hint(str(path))}") from None
    except IsADirectoryError:  # was `cannot read the taxonomy file: [Errno 21] Is a directory: '...'`
        raise TaxonomyError(f"{path}: is a folder; give the taxonomy's TOML file") from None
    except (OSError, UnicodeDecodeError) as err:
        raise TaxonomyError(f"{path}: cannot read the taxonomy file: {err}") from None


def export_hint(path: str) -> str:
    """Return how to write the bundled taxonomy to a missing taxonomy file's path, to start one's own from; "" where
    its folder is missing too (the redirect would fail) or it names no TOML file.

    >>> export_hint("my-taxonomy.toml")
    '; `themelake themes --export > my-taxonomy.toml` writes the bundled one there to start from'
    >>> export_hint("no-such-folder/mine.toml"), export_hint("mine.json")
    ('', '')
    """
    import shlex

    folder = os.path.dirname(path) or "."
    if not path.lower().endswith(".toml") or not os.path.isdir(folder):
        return ""
    return f"; `themelake themes --export > {shlex.quote(path)}` writes the bundled one there to start from"


def own_sidecar(path: str | os.PathLike[str] | None) -> str | None:
    """Return the theme vectors file a taxonomy file names beside itself (a `learn`ed taxonomy's), or
    None: for the bundled taxonomy, one naming none, and a copy of the bundled one (which names the
    bundled file, found wherever the copy is)."""
    if path is None or str(path) == "":
        return None
    sem = read_taxonomy(path, vectors=False).semantic
    if sem is None or not sem.vectors:
        return None
    beside = os.path.join(os.path.dirname(str(path)), sem.vectors)
    if os.path.exists(beside) or not resources.files("transforms").joinpath("taxonomies", sem.vectors).is_file():
        return beside
    return None


def read_taxonomy(path: str | os.PathLike[str] | None = None, vectors: bool = True) -> Taxonomy:
    """Return the taxonomy in a TOML file, or the bundled default when path is None.

    With `vectors`, the theme vectors of its sidecar file (if it names one) are loaded too.
    """
    bundled = path is None or str(path) == ""
    source = f"(default) {DEFAULT_TAXONOMY}" if bundled else str(path)
    text = read_taxonomy_text(path)
    taxonomy = _parsed(text, source)
    sem = taxonomy.semantic
    if not vectors or sem is None or not sem.vectors:
        return taxonomy
    from warehouse.theme_vectors import attach_theme_vectors, sidecar_path

    folder = None if bundled else os.path.dirname(os.path.abspath(str(path)))
    with sidecar_path(sem.vectors, folder) as sidecar:
        try:
            with open(sidecar, "rb") as handle:
                data = handle.read()
        except OSError:  # missing or unreadable: attach_theme_vectors says so, naming the file
            return attach_theme_vectors(taxonomy, folder)
    # Keyed on the sidecar's bytes: a relearned sidecar beside an unchanged TOML is read again.
    return cached_vectors(taxonomy, text, source, data, lambda parsed: attach_theme_vectors(parsed, folder))


@lru_cache(maxsize=4)
def _parsed(text: str, source: str) -> Taxonomy:
    """Return the parsed taxonomy of a text, parsed once per process and kept in the user cache across
    processes (warehouse.taxonomy_cache): a CLI run checks the taxonomy before its flow reads it again, and
    parsing the bundled one (3,000 terms) takes 0.2-0.4 s. Keyed on the text itself, so an edited file is
    parsed again; Taxonomy is frozen, safe to share."""
    return cached_taxonomy(text, source, lambda text, source: parse_taxonomy(text, source=source))


def check_taxonomy_output(path: str | os.PathLike[str]) -> None:
    """Raise TaxonomyError, before any work, when a taxonomy file cannot be written at `path`: its
    folder is missing, or it is a folder (`learn -o`, which would otherwise learn first and fail last)."""
    folder = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(folder):
        raise TaxonomyError(f"{path}: cannot write the taxonomy file: no folder {folder}")
    if os.path.isdir(path) or str(path).endswith(("/", os.sep)):  # "out/": a folder, made or not
        raise TaxonomyError(f"{path}: is a folder; name a file to write the taxonomy file to")


def write_taxonomy_file(path: str | os.PathLike[str], text: str, sidecar: tuple[str, bytes] | None = None) -> None:
    """Write a taxonomy file, and its sidecar of theme vectors (path beside it, bytes) if given
    (warehouse.output_files: both written before either replaces its target; the sidecar renamed
    first, so a TOML never names vectors older than itself)."""
    files = [(str(path), text.encode("utf-8"))]
    check_taxonomy_output(path)  # said of the file asked for, not of the sidecar written first
    write_taxonomy_outputs(([sidecar] if sidecar else []) + files, "taxonomy file")


def write_taxonomy_outputs(files: list[tuple[str, bytes]], what: str) -> None:
    """Write (path, bytes) files (warehouse.output_files); raise TaxonomyError naming the file that
    could not be written and why."""
    from warehouse.output_files import FOLDER, OutputError, write_files_whole

    try:
        write_files_whole(files)
    except OutputError as error:
        if error.reason == FOLDER:
            raise TaxonomyError(f"{error.path}: is a folder; name a file to write the {what} to") from None
        raise TaxonomyError(f"{error.path}: cannot write the {what}: {error.reason}") from None
