"""Read labeled corpora (one sub-folder per label, article files inside) and their label maps."""

from __future__ import annotations

import os
from pathlib import Path

from transforms.evaluation import LabeledArticle, LabelMap, LabelMapError, parse_label_map
from transforms.pipeline import ArticleFile
from warehouse.sources import SourceEntry, SourceError, list_sources, read_sources


def read_label_map(path: str | os.PathLike[str]) -> LabelMap:
    """Return the label map in a TOML file, or raise LabelMapError naming the file."""
    try:
        text = Path(path).read_text("utf-8")
    except FileNotFoundError:
        raise LabelMapError(f"{path}: label map not found") from None
    except (OSError, UnicodeDecodeError) as err:
        raise LabelMapError(f"{path}: cannot read the label map: {err}") from None
    return parse_label_map(text, source=str(path))


def list_labeled(folder: str | os.PathLike[str]) -> list[tuple[SourceEntry, str]]:
    """Return every article file below a labeled folder with its label (its top-level sub-folder)."""
    entries = list_sources(folder)
    labeled = []
    for entry in entries:
        parts = Path(entry.relative_path).parts
        if len(parts) < 2:
            continue  # a file beside the label folders (e.g. the corpus's own notes) has no label
        labeled.append((entry, parts[0]))
    if not labeled:
        raise SourceError(
            f"{folder}: no labeled articles: expected one sub-folder per label with files inside"
        )
    return labeled


def read_labeled(entries: list[tuple[SourceEntry, str]]) -> list[LabeledArticle]:
    """Return the labeled articles' bytes; files that cannot be read keep their label and no bytes."""
    files, _ = read_sources([entry for entry, _ in entries])
    read = {file.source: file for file in files}
    # An unreadable file stays in the count as an article without themes: it is a miss, not skipped.
    return [
        LabeledArticle(
            read.get(entry.path) or ArticleFile(entry.path, b"", entry.root, entry.relative_path), label
        )
        for entry, label in entries
    ]
