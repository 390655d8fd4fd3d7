"""Table schemas of the lake, declared once; views, validation and the README derive from them."""

from __future__ import annotations

import pyarrow as pa

# Bump when a table's columns change; lakes record the version they were written with.
# 2: the `sources` table (state of every source file) and runs.files_deleted.
SCHEMA_VERSION = 2

_ts = pa.timestamp("us", tz="UTC")

EVIDENCE = pa.struct(
    [
        pa.field("term", pa.string()),
        pa.field("start", pa.int32()),
        pa.field("end", pa.int32()),
        pa.field("weight", pa.float32()),
    ]
)

ARTICLES = pa.schema(
    [
        pa.field("article_id", pa.string(), nullable=False),  # hash of the source location
        pa.field("content_hash", pa.string(), nullable=False),  # sha256 of the file's bytes
        pa.field("source", pa.string(), nullable=False),  # absolute path or URL of the file
        pa.field("source_root", pa.string()),  # the folder the run was pointed at
        pa.field("relative_path", pa.string()),  # path below source_root
        pa.field("title", pa.string()),
        pa.field("encoding", pa.string()),
        pa.field("n_paragraphs", pa.int32()),
        pa.field("n_words", pa.int32()),
        pa.field("n_chars", pa.int32()),
        pa.field("size_bytes", pa.int64()),
        pa.field("modified_at", _ts),
        pa.field("run_id", pa.string(), nullable=False),
        pa.field("ingested_at", _ts),
    ]
)

PARAGRAPHS = pa.schema(
    [
        pa.field("paragraph_id", pa.string(), nullable=False),
        pa.field("article_id", pa.string(), nullable=False),
        pa.field("content_hash", pa.string(), nullable=False),
        pa.field("ordinal", pa.int32(), nullable=False),
        pa.field("role", pa.string(), nullable=False),  # title | summary | body | boilerplate
        pa.field("char_start", pa.int32(), nullable=False),  # offsets in the normalised article text
        pa.field("char_end", pa.int32(), nullable=False),
        pa.field("word_count", pa.int32(), nullable=False),
        pa.field("text", pa.string(), nullable=False),
        pa.field("run_id", pa.string(), nullable=False),
    ]
)

PARAGRAPH_THEMES = pa.schema(
    [
        pa.field("paragraph_id", pa.string(), nullable=False),
        pa.field("article_id", pa.string(), nullable=False),
        pa.field("theme_id", pa.string(), nullable=False),
        pa.field("score", pa.float32(), nullable=False),
        pa.field("n_terms", pa.int32(), nullable=False),
        pa.field("evidence", pa.list_(EVIDENCE), nullable=False),  # offsets into paragraphs.text
        pa.field("taxonomy_version", pa.string(), nullable=False),
        pa.field("run_id", pa.string(), nullable=False),
    ]
)

THEMES = pa.schema(
    [
        pa.field("taxonomy_version", pa.string(), nullable=False),
        pa.field("taxonomy_name", pa.string()),
        pa.field("theme_id", pa.string(), nullable=False),
        pa.field("name", pa.string()),
        pa.field("description", pa.string()),
        pa.field("n_terms", pa.int32()),
        pa.field("terms", pa.list_(pa.string())),
        pa.field("min_score", pa.float32()),
        pa.field("run_id", pa.string()),
    ]
)

RUNS = pa.schema(
    [
        pa.field("run_id", pa.string(), nullable=False),  # the Prefect flow run id
        pa.field("flow_name", pa.string()),
        pa.field("deployment", pa.string()),  # deployment name, or "cli"
        pa.field("parameters", pa.string()),  # JSON
        pa.field("themelake_version", pa.string()),
        pa.field("git_commit", pa.string()),
        pa.field("taxonomy_version", pa.string()),
        pa.field("source", pa.string()),
        pa.field("lake", pa.string()),
        pa.field("files_seen", pa.int64()),
        pa.field("files_new", pa.int64()),
        pa.field("files_changed", pa.int64()),
        pa.field("files_unchanged", pa.int64()),
        pa.field("files_quarantined", pa.int64()),
        pa.field("files_deleted", pa.int64()),  # known sources under the run's folder no longer listed
        pa.field("articles_written", pa.int64()),
        pa.field("paragraphs_written", pa.int64()),
        pa.field("themes_written", pa.int64()),
        pa.field("started_at", _ts),
        pa.field("ended_at", _ts),
        pa.field("duration_s", pa.float64()),
        pa.field("state", pa.string()),
    ]
)

QUARANTINE = pa.schema(
    [
        pa.field("source", pa.string(), nullable=False),
        pa.field("content_hash", pa.string()),  # null when the file could not be read
        pa.field("reason", pa.string(), nullable=False),  # a code: empty, binary, undecodable, ...
        pa.field("detail", pa.string()),  # one human-readable sentence
        pa.field("run_id", pa.string(), nullable=False),
        pa.field("quarantined_at", _ts),
    ]
)

# One row each time a source file's state changes (and when a touched file's size or mtime moves):
# the `sources` view keeps the latest row per source, the `*_history` views keep every row.
SOURCES = pa.schema(
    [
        pa.field("source", pa.string(), nullable=False),  # the file's absolute path: its identity
        pa.field("article_id", pa.string(), nullable=False),
        pa.field("status", pa.string(), nullable=False),  # article | quarantined | deleted
        pa.field("content_hash", pa.string()),  # null when the file could not be read
        pa.field("reason", pa.string()),  # the quarantine reason code when quarantined
        pa.field("size_bytes", pa.int64()),  # as listed: a re-run hashes only files whose size or
        pa.field("mtime_ns", pa.int64()),  # mtime moved since this row
        pa.field("run_id", pa.string(), nullable=False),
        pa.field("observed_at", _ts, nullable=False),
    ]
)

TABLES: dict[str, pa.Schema] = {
    "articles": ARTICLES,
    "paragraphs": PARAGRAPHS,
    "paragraph_themes": PARAGRAPH_THEMES,
    "themes": THEMES,
    "runs": RUNS,
    "quarantine": QUARANTINE,
    "sources": SOURCES,
}
