"""Table schemas of the lake, declared once; views, validation and the README derive from them.

Every column carries a one-line description in its field metadata (`doc`); the README's table
reference is generated from here with `python -m warehouse.schemas` and a test keeps them in step.
"""

from __future__ import annotations

import pyarrow as pa

# The version (bumped when a table's columns change) is kept with the table names, without pyarrow.
from warehouse.schema_version import SCHEMA_VERSION as SCHEMA_VERSION
from warehouse.schema_version import TABLE_NAMES

_ts = pa.timestamp("us", tz="UTC")


def col(name: str, type_: pa.DataType, doc: str, nullable: bool = True) -> pa.Field:
    """Return a field with its description attached."""
    return pa.field(name, type_, nullable=nullable, metadata={"doc": doc})


EVIDENCE = pa.struct(
    [
        pa.field("term", pa.string()),
        pa.field("start", pa.int32()),
        pa.field("end", pa.int32()),
        pa.field("weight", pa.float64()),
        pa.field("kind", pa.string()),
    ]
)

# Evidence kinds: a taxonomy term found in the text, or a word whose meaning carries a theme.
TERM, SEMANTIC = "term", "semantic"

ARTICLES = pa.schema(
    [
        col("article_id", pa.string(), "stable id: a hash of the source location", False),
        col(
            "content_hash", pa.string(),
            "sha256 of the article's bytes (a .gz file's inflated bytes; a Substack post's page's with its index row): "
            "its version",
            False,
        ),
        col("source", pa.string(), "absolute path (or URL) of the file", False),
        col("source_root", pa.string(), "the folder the run was pointed at"),
        col("relative_path", pa.string(), "path of the file below source_root"),
        col("title", pa.string(), "the headline, when the file has one"),
        col("encoding", pa.string(), "the encoding the file was read with"),
        col("n_paragraphs", pa.int32(), "paragraphs, boilerplate excluded"),
        col("n_words", pa.int32(), "words in all paragraphs"),
        col("n_chars", pa.int32(), "characters of the normalised text"),
        col("size_bytes", pa.int64(), "size of the article's bytes (a .gz file's inflated size)"),
        col("modified_at", _ts, "file modification time"),
        col("published_at", _ts, "publication time from the article's own metadata, null when unknown"),
        col("url", pa.string(), "the article's URL, when the input gives one"),
        col("site", pa.string(), "the publishing site or source, when the input gives one"),
        col("authors", pa.list_(pa.string()), "the article's authors, when the input gives them"),
        col("language", pa.string(),
            "ISO 639-1 language code: given by the input, else detected; null for a text under 8 words or whose "
            "language is unclear"),
        col("format", pa.string(), "the input format: txt, md, html, jsonl, json, csv, tsv, feed (RSS, Atom) or eml"),
        col("record", pa.int64(), "line or row number of the record in a records file, null for one-article files"),
        col("metadata", pa.string(), "the input's other fields, as a JSON object"),
        col("tone", pa.float64(), "article tone: word-weighted mean of its paragraphs' tone, null when not enriched"),
        col("run_id", pa.string(), "the run that wrote this row", False),
        col("ingested_at", _ts, "when the row was written"),
    ]
)

PARAGRAPHS = pa.schema(
    [
        col("paragraph_id", pa.string(), "stable id: hash of article id, content hash and ordinal", False),
        col("article_id", pa.string(), "the article it belongs to", False),
        col("content_hash", pa.string(), "the article version it belongs to", False),
        col("ordinal", pa.int32(), "position in the article, from 0", False),
        col("role", pa.string(), "title, summary, body or boilerplate", False),
        col("char_start", pa.int32(), "start offset in the article's normalised text", False),
        col("char_end", pa.int32(), "end offset (exclusive) in the article's normalised text", False),
        col("word_count", pa.int32(), "words: white-space separated, each Han ideograph and kana run one", False),
        col("text", pa.string(), "the paragraph", False),
        col("tone", pa.float64(), "positive minus negative (GDELT's convention, -100 to 100), null when not enriched"),
        col("positive", pa.float64(), "positive words per 100 words, each weighted by its VADER valence over 4"),
        col("negative", pa.float64(), "negative words per 100 words, each weighted by its VADER valence over 4"),
        col("run_id", pa.string(), "the run that wrote this row", False),
    ]
)

PARAGRAPH_THEMES = pa.schema(
    [
        col("paragraph_id", pa.string(), "the labelled paragraph", False),
        col("article_id", pa.string(), "its article", False),
        col("theme_id", pa.string(), "the theme, e.g. medtop:16000000", False),
        col("score", pa.float64(), "the sum of the evidence's weights", False),
        col("n_terms", pa.int32(), "number of evidence items", False),
        col(
            "evidence",
            pa.list_(EVIDENCE),
            "why: term, start, end (offsets into paragraphs.text), weight, kind (term or semantic)",
            False,
        ),
        col("taxonomy_version", pa.string(), "hash of the taxonomy that produced the label", False),
        col("run_id", pa.string(), "the run that wrote this row", False),
    ]
)

THEMES = pa.schema(
    [
        col("taxonomy_version", pa.string(), "hash of the taxonomy's content", False),
        col("taxonomy_name", pa.string(), "the taxonomy's name"),
        col("theme_id", pa.string(), "the theme's id", False),
        col("name", pa.string(), "the theme's name"),
        col("description", pa.string(), "one line on what the theme covers"),
        col("n_terms", pa.int32(), "number of terms"),
        col("terms", pa.list_(pa.string()), "the terms"),
        col("min_score", pa.float64(), "score a paragraph needs to get a theme"),
        col("run_id", pa.string(), "the run that first used this taxonomy version"),
    ]
)

RUNS = pa.schema(
    [
        col(
            "run_id", pa.string(),
            "the Prefect flow run id (a run with nothing to do: an id of its own, see *Re-runs*)", False,
        ),
        col("flow_name", pa.string(), "the flow, e.g. ingest-articles"),
        col("deployment", pa.string(), "deployment name, or cli"),
        col("parameters", pa.string(), "the flow's parameters, as JSON"),
        col("themelake_version", pa.string(), "themelake's version"),
        col("git_commit", pa.string(), "git commit of the code, when known"),
        col("taxonomy_version", pa.string(), "the taxonomy used"),
        col("source", pa.string(), "the folder ingested"),
        col("lake", pa.string(), "the lake written"),
        col("files_seen", pa.int64(), "files listed: new + changed + unchanged + quarantined"),
        col("files_new", pa.int64(), "files never seen before"),
        col("files_changed", pa.int64(), "files whose content changed"),
        col("files_unchanged", pa.int64(), "files whose state did not change (a quarantined file too)"),
        col("files_quarantined", pa.int64(), "files newly quarantined (or quarantined for a new reason)"),
        col("files_deleted", pa.int64(), "known files under the run's folder no longer there (not in seen)"),
        col("articles_written", pa.int64(), "article rows written"),
        col("paragraphs_written", pa.int64(), "paragraph rows written"),
        col("themes_written", pa.int64(), "paragraph_themes rows written"),
        col("started_at", _ts, "start time"),
        col("ended_at", _ts, "end time"),
        col(
            "duration_s", pa.float64(),
            "wall time in seconds, to the run's last commit (a compaction after it not counted)",
        ),
        col("state", pa.string(), "final state, e.g. COMPLETED"),
    ]
)

QUARANTINE = pa.schema(
    [
        col("source", pa.string(), "the file", False),
        col("content_hash", pa.string(), "sha256 of its bytes, when it could be read"),
        col("record", pa.int64(), "line or row number of the bad record in a records file, null for a whole file"),
        col("reason", pa.string(), "a reason code (see Quarantine reasons)", False),
        col("detail", pa.string(), "one human-readable sentence"),
        col("run_id", pa.string(), "the run that found it", False),
        col("quarantined_at", _ts, "when"),
    ]
)

# One row each time a source file's state changes (and when a touched file's size or mtime moves):
# the `sources` view keeps the latest row per source, `sources_history` every row.
SOURCES = pa.schema(
    [
        col("source", pa.string(), "absolute path of the file (of a record: file#key): its identity", False),
        col("article_id", pa.string(), "stable id: a hash of the source location", False),
        col(
            "status",
            pa.string(),
            "article, records (a records file, an alert mail or a Factiva or LexisNexis text export, whose records, "
            "stories or documents have rows of their own), quarantined or deleted (gone from the run's folder)",
            False,
        ),
        col("content_hash", pa.string(), "sha256 of its bytes, when they could be read"),
        col("reason", pa.string(), "the quarantine reason code, when quarantined"),
        col("size_bytes", pa.int64(), "size when listed: with mtime_ns, how a re-run skips hashing"),
        col("mtime_ns", pa.int64(), "modification time when listed, in nanoseconds"),
        col(
            "fields", pa.string(),
            "a records file's `--field` mapping, JSON sorted by name (`{\"text\": \"story\"}`, or "
            "`{\"applied\": ..., \"asked\": ...}` when it applied not all it was asked); null: common names",
        ),
        col("run_id", pa.string(), "the run that saw this state", False),
        col("observed_at", _ts, "when the run recorded it", False),
    ]
)

PARAGRAPH_PLACES = pa.schema(
    [
        col("paragraph_id", pa.string(), "the paragraph that names the place", False),
        col("article_id", pa.string(), "its article", False),
        col("name", pa.string(), "the place's name, as in the gazetteer", False),
        col("kind", pa.string(), "country, region or city", False),
        col("country_code", pa.string(), "ISO 3166-1 alpha-2 code of the place's country"),
        col("geonames_id", pa.int64(), "GeoNames id, where the gazetteer has one"),
        col("latitude", pa.float64(), "latitude in degrees"),
        col("longitude", pa.float64(), "longitude in degrees"),
        col("start", pa.int32(), "start offset of the mention in paragraphs.text", False),
        col("end", pa.int32(), "end offset (exclusive) of the mention in paragraphs.text", False),
        col("text", pa.string(), "the mention as written", False),
        col("run_id", pa.string(), "the run that wrote this row", False),
    ]
)

PARAGRAPH_AMOUNTS = pa.schema(
    [
        col("paragraph_id", pa.string(), "the paragraph that reports the amount", False),
        col("article_id", pa.string(), "its article", False),
        col("value", pa.float64(), "the number: 12000 for '12,000', 4.5e9 for '$4.5bn'", False),
        col("unit", pa.string(),
            "ISO 4217 currency code, percent, percentage point, a length, weight, area, speed or power "
            "(m, km, cm, mm, ft, in, mi, yd, mg, g, kg, t, ton, kt, Mt, lb, ha, acre, mph, km/h, kW, MW, GW, kWh, MWh, "
            "GWh; "
            "the same whether written as a symbol or spelt out: '2ft' and '2 feet' are ft), °C or °F, a device's "
            "specification (GHz, MHz, mAh, GB, TB, MB, Mbps, Gbps), or null"),
        col("object", pa.string(), "what is counted, as written ('troops'), when the text says"),
        col("approximate", pa.bool_(), "hedged: roughly, about, some, up to, dozens of", False),
        col("text", pa.string(), "the amount as written (one end of a range: '3' and '5%' of '3-5%')", False),
        col("start", pa.int32(), "start offset in paragraphs.text", False),
        col("end", pa.int32(), "end offset (exclusive) in paragraphs.text", False),
        col("run_id", pa.string(), "the run that wrote this row", False),
    ]
)

TABLES: dict[str, pa.Schema] = {
    "articles": ARTICLES,
    "paragraphs": PARAGRAPHS,
    "paragraph_themes": PARAGRAPH_THEMES,
    "paragraph_places": PARAGRAPH_PLACES,
    "paragraph_amounts": PARAGRAPH_AMOUNTS,
    "themes": THEMES,
    "runs": RUNS,
    "quarantine": QUARANTINE,
    "sources": SOURCES,
}
assert tuple(TABLES) == TABLE_NAMES, "warehouse.schema_version.TABLE_NAMES must list TABLES in order"


def tables_markdown() -> str:
    """Return the README's table reference: one Markdown table of columns per lake table."""
    parts = []
    for name, schema in TABLES.items():
        parts.append(f"#### `{name}`\n\n| column | type | meaning |\n| --- | --- | --- |")
        for field in schema:
            doc = (field.metadata or {}).get(b"doc", b"").decode()
            parts.append(f"| `{field.name}` | {field.type} | {doc} |")
        parts.append("")
    return "\n".join(parts)


if __name__ == "__main__":
    print(tables_markdown())
