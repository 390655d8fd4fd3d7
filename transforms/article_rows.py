"""The articles table's columns of a batch: one list a column, made whole once the batch is split."""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import NamedTuple

from transforms.articles import ArticleInput

Rows = dict[str, list]


class ArticleFound(NamedTuple):
    """An article to write, and what its paragraphs say of it."""

    item: ArticleInput
    title: str | None  # its title paragraph's text
    n_paragraphs: int  # not boilerplate
    n_words: int


def article_columns(found: Sequence[ArticleFound], run_id: str, now: datetime) -> Rows:
    """Return the articles columns of a batch's articles to write: one list a column, made whole."""
    items = [f.item for f in found]
    files = [item.file for item in items]
    records = [item.article for item in items]
    titles = [record.title or f.title for record, f in zip(records, found, strict=True)]
    n = len(items)
    columns: Rows = {
        "article_id": [item.article_id for item in items],
        "content_hash": [item.version for item in items],
        "source": [file.source for file in files],
        "source_root": [file.source_root for file in files],
        "relative_path": [file.relative_path for file in files],
        "title": [title.lstrip("# ") if title else None for title in titles],
        "encoding": [item.encoding for item in items],
        "n_paragraphs": [f.n_paragraphs for f in found],
        "n_words": [f.n_words for f in found],
        "n_chars": [len(item.text) for item in items],
        "size_bytes": [len(file.data) for file in files],
        "modified_at": [file.modified_at for file in files],
        "published_at": [record.published_at for record in records],
        "url": [record.url for record in records],
        "site": [record.site for record in records],
        "authors": [list(record.authors) or None for record in records],
        "language": [item.language for item in items],
        "format": [item.format for item in items],
        "record": [record.record for record in records],
        "metadata": [metadata_json(record.metadata) if record.metadata else None for record in records],
        "tone": [None] * n,
        "run_id": [run_id] * n,
        "ingested_at": [now] * n,
    }
    return columns


def metadata_json(metadata: Mapping[str, object]) -> str:
    """Return an article's metadata as strict JSON: a NaN or an infinity (a JSON Lines record's `NaN`,
    which Python's json reads) is null, as `query --format json` writes them. Null rather than the
    value as a text: "NaN" would read as a word of the input. A value JSON has no type for is its
    text, as before.

    >>> metadata_json({"score": float("nan"), "range": [1, float("inf")], "when": None})
    '{"score": null, "range": [1, null], "when": null}'
    """
    return json.dumps(_finite(dict(metadata)), ensure_ascii=False, default=str, allow_nan=False)


def _finite(value: object) -> object:
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, Mapping):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_finite(v) for v in value]
    return value
