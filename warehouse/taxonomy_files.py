"""Read taxonomy files: the bundled IPTC default, or a user's own TOML."""

from __future__ import annotations

import os
from importlib import resources

from transforms.taxonomy import Taxonomy, TaxonomyError, parse_taxonomy

DEFAULT_TAXONOMY = "iptc-media-topics.toml"


def default_taxonomy_text() -> str:
    """Return the text of the bundled default taxonomy (to print or to copy and edit)."""
    return resources.files("transforms").joinpath("taxonomies", DEFAULT_TAXONOMY).read_text("utf-8")


def read_taxonomy_text(path: str | os.PathLike[str] | None = None) -> str:
    """Return the text of a taxonomy file, or of the bundled default when path is None."""
    if path is None or str(path) == "":
        return default_taxonomy_text()
    try:
        with open(path, encoding="utf-8") as handle:
            return handle.read()
    except FileNotFoundError:
        raise TaxonomyError(f"{path}: taxonomy file not found") from None
    except (OSError, UnicodeDecodeError) as err:
        raise TaxonomyError(f"{path}: cannot read the taxonomy file: {err}") from None


def read_taxonomy(path: str | os.PathLike[str] | None = None, vectors: bool = True) -> Taxonomy:
    """Return the taxonomy in a TOML file, or the bundled default when path is None.

    With `vectors`, the theme vectors of its sidecar file (if it names one) are loaded too.
    """
    from warehouse.theme_vectors import attach_theme_vectors

    bundled = path is None or str(path) == ""
    source = f"(default) {DEFAULT_TAXONOMY}" if bundled else str(path)
    taxonomy = parse_taxonomy(read_taxonomy_text(path), source=source)
    if not vectors:
        return taxonomy
    return attach_theme_vectors(taxonomy, None if bundled else os.path.dirname(os.path.abspath(str(path))))


def write_taxonomy_file(path: str | os.PathLike[str], text: str) -> None:
    """Write a taxonomy file whole or not at all (a temporary file renamed over the target)."""
    target = os.path.abspath(path)
    tmp = f"{target}.tmp"
    try:
        with open(tmp, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, target)
    except OSError as err:
        raise TaxonomyError(f"{path}: cannot write the taxonomy file: {err.strerror or err}") from None
