"""Read labeled corpora (one sub-folder per label, article files inside) and their label maps."""

from __future__ import annotations

import os
from pathlib import Path

from transforms.articles import ArticleFile, file_format, read_file_articles, record_source
from transforms.evaluation import LabeledArticle, LabelMap, LabelMapError, LeftOut, left_out_summary, parse_label_map
from transforms.formats import RECORDS_FORMATS, ArticleRecord, FormatError, ReadOptions, format_of, read_articles
from transforms.undecodable import UndecodableText
from warehouse import storage
from warehouse.sources import (
    SourceEntry,
    SourceError,
    UnreadableSource,
    list_sources,
    read_remote_source,
    read_source,
    read_sources,
)


def read_label_map(path: str | os.PathLike[str]) -> LabelMap:
    """Return the label map in a TOML file, or raise LabelMapError naming the file."""
    try:
        text = Path(path).read_text("utf-8")
    except FileNotFoundError:
        raise LabelMapError(f"{path}: label map not found") from None
    except IsADirectoryError:  # was `cannot read the label map: [Errno 21] Is a directory: '...'`
        raise LabelMapError(f"{path}: is a folder; give the label map's TOML file") from None
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
        hint = " (a records file needs --label-field NAME)" if format_of(str(folder)) in RECORDS_FORMATS else ""
        raise SourceError(
            f"{folder}: no labeled articles: expected one sub-folder per label with files inside{hint}"
        )
    return labeled


def read_labeled(
    entries: list[tuple[SourceEntry, str]],
    fields: dict[str, str] | None = None,
    left_out: list[LeftOut] | None = None,
) -> list[LabeledArticle]:
    """Return the labeled articles of listed files, each with its file's label: a file is one
    article, a records file (`fields` maps its fields as for a run) is one article per record.

    What `themelake run` would quarantine (a file it cannot read, an empty or binary file, a type
    it does not read, a bad record) is not an article: it is appended to `left_out`.
    """
    label_of = {entry.path: label for entry, label in entries}
    files, failed = read_sources([entry for entry, _ in entries])
    skipped = [LeftOut(q.source, label_of[q.source], q.reason, q.detail) for q in failed]
    # A corpus is read once: a file that ends in a record cut off is read as it is, that record left out.
    options = ReadOptions(fields or {}, unfinished=False)
    labeled = []
    for file in files:
        label = label_of[file.source]
        try:
            # Read as the run reads it: what it would quarantine is known before labelling.
            found = read_file_articles(file, options)
        except (UndecodableText, FormatError) as err:
            skipped.append(LeftOut(file.source, label, err.reason, err.detail))
            continue
        skipped += [LeftOut(q.source, label, q.reason, q.detail) for q in found.bad]
        if file_format(file) in RECORDS_FORMATS:
            labeled += [record_article(file, item.article, label) for item in found.articles]
        else:
            labeled.append(LabeledArticle(file, label))
    if left_out is not None:
        left_out += sorted(skipped, key=lambda x: x.source)
    return labeled


def record_article(file: ArticleFile, record: ArticleRecord, label: str) -> LabeledArticle:
    """Return a record of a records file as a labeled article: its title and text as a text file
    would hold them, so a records file and a folder of the same items give the same figures."""
    source = record_source(file.source, record.key or f"record={record.record}")
    # Named as a text file: read by its source, a record keyed by a url ending in ".html" was read
    # as an HTML page, found no article in it, and counted as a miss.
    return LabeledArticle(ArticleFile(source, record.text.encode(), relative_path="record.txt"), label)


def read_labeled_records(
    path: str | os.PathLike[str],
    label_field: str,
    fields: dict[str, str],
    skip_unlabelled: bool = False,
    left_out: list[LeftOut] | None = None,
) -> list[LabeledArticle]:
    """Return the records of a records file as labeled articles, their label read from `label_field`.

    Records without a label (missing, null or empty) are an error, or skipped with `skip_unlabelled`
    (`--ignore-unmapped`: no map covers them). Bad records (no text, not JSON) are appended to
    `left_out`, as `read_labeled` does.
    """
    if not storage.is_url(path) and not os.path.exists(path):
        raise SourceError(f"{path}: records file not found")
    entries = list_sources(path)
    # Not a feed: an RSS item's one label would be a list of categories, and a labeled corpus is an export.
    if len(entries) != 1 or format_of(entries[0].relative_path) not in RECORDS_FORMATS - {"feed"}:
        raise SourceError(f"{path}: --label-field needs one records file (.jsonl, .ndjson, .json, .csv or .tsv)")
    try:
        file = (read_remote_source if storage.is_url(path) else read_source)(entries[0])
        options = ReadOptions(fields, frozenset({label_field}), unfinished=False)  # a corpus: read once, as it is
        result = read_articles(file.data, str(format_of(file.relative_path)), options)
    except (UnreadableSource, UndecodableText, FormatError) as err:
        raise SourceError(f"{path}: {err.detail}") from None
    labeled = []
    for article in result.articles:
        label = article.metadata.get(label_field)
        if label in (None, "") and skip_unlabelled:
            continue
        if label in (None, ""):
            # a field missing, null or empty alike: no label, which --ignore-unmapped skips
            raise SourceError(f"{path}: record {article.record} has no label in its {label_field!r} field "
                              "(--ignore-unmapped skips it)")
        labeled.append(record_article(file, article, str(label)))
    if not labeled:
        first = f" (record {result.bad[0].record}: {result.bad[0].detail})" if result.bad else ""
        raise SourceError(f"{path}: no labeled records{first}")
    if left_out is not None:
        left_out += [
            LeftOut(record_source(file.source, f"record={b.record}"), None, b.reason, f"record {b.record}: {b.detail}")
            for b in result.bad
        ]
    return labeled


def without_unmapped(articles: list[LabeledArticle], label_map: LabelMap) -> list[LabeledArticle]:
    """Return the articles whose label the map covers (`--ignore-unmapped`)."""
    return [a for a in articles if a.label in label_map]


def read_labeled_corpus(
    labeled: str | os.PathLike[str],
    label_map: LabelMap,
    label_field: str | None,
    fields: dict[str, str],
    ignore_unmapped: bool,
) -> tuple[list[LabeledArticle], list[LeftOut]]:
    """Return the labeled articles of a folder, or of a records file when a label field is given, and
    the files and records left out as run would quarantine them; raise SourceError when none is left
    (with `ignore_unmapped`, none the map covers)."""
    left_out: list[LeftOut] = []
    if label_field:
        articles = read_labeled_records(labeled, label_field, fields, ignore_unmapped, left_out)
    else:
        articles = read_labeled(list_labeled(labeled), fields, left_out)
    # Figures of no article would read as accuracy 0, and a taxonomy learned from none has NaN vectors.
    if not articles:
        why = left_out_summary(left_out) if left_out else "its files hold no article"
        raise SourceError(f"{labeled}: no labeled articles: {why}")
    if ignore_unmapped:
        labels = sorted({a.label for a in articles})
        articles = without_unmapped(articles, label_map)
        left_out = [x for x in left_out if x.label is None or x.label in label_map]
        if not articles:
            shown = ", ".join(labels[:10]) + (", ..." if len(labels) > 10 else "")
            raise SourceError(f"{labeled}: no labeled articles the map covers: their labels are {shown}")
    return articles, left_out
