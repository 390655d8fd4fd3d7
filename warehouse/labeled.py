"""Read labeled corpora (one sub-folder per label, article files inside) and their label maps."""

from __future__ import annotations

import os
from pathlib import Path

from transforms.articles import ArticleFile, record_source
from transforms.evaluation import LabeledArticle, LabelMap, LabelMapError, parse_label_map
from transforms.formats import RECORDS_FORMATS, FormatError, ReadOptions, format_of, read_articles
from transforms.text import UndecodableText
from warehouse.sources import SourceEntry, SourceError, UnreadableSource, list_sources, read_source, read_sources


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


def read_labeled_records(
    path: str | os.PathLike[str], label_field: str, fields: dict[str, str], skip_unlabelled: bool = False
) -> list[LabeledArticle]:
    """Return the records of a records file as labeled articles, their label read from `label_field`.

    Each article is its title and text as a text file would hold them, so a records file and a
    folder of the same items give the same figures. Records without a label (missing, null or
    empty) are an error, or skipped with `skip_unlabelled` (`--ignore-unmapped`: no map covers them).
    """
    entries = list_sources(path)
    if len(entries) != 1 or format_of(entries[0].relative_path) not in RECORDS_FORMATS:
        raise SourceError(f"{path}: --label-field needs one records file (.jsonl, .ndjson, .json or .csv)")
    try:
        file = read_source(entries[0])
        result = read_articles(
            file.data, str(format_of(file.relative_path)), ReadOptions(fields, frozenset({label_field}))
        )
    except (UnreadableSource, UndecodableText, FormatError) as err:
        raise SourceError(f"{path}: {err.detail}") from None
    labeled = []
    for article in result.articles:
        label = article.metadata.get(label_field)
        if label in (None, "") and skip_unlabelled:
            continue
        if label in (None, ""):
            raise SourceError(f"{path}: record {article.record} has no {label_field!r} field to label it")
        source = record_source(file.source, article.key or f"record={article.record}")
        labeled.append(LabeledArticle(ArticleFile(source, article.text.encode()), str(label)))
    if not labeled:
        raise SourceError(f"{path}: no labeled records")
    return labeled


def without_unmapped(articles: list[LabeledArticle], label_map: LabelMap) -> list[LabeledArticle]:
    """Return the articles whose label the map covers (`--ignore-unmapped`)."""
    return [a for a in articles if a.label in label_map]
