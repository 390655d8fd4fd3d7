"""A lake of one records file among small files, for the report's note on a file that holds most of a theme."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path

from transforms.pipeline import ArticleFile, build_batch
from transforms.taxonomy import parse_taxonomy
from warehouse import lake as lakes
from warehouse.tables import run_row, stage_rows, theme_rows

TAXONOMY = parse_taxonomy("""
[taxonomy]
name = "big file test"
min_score = 1.0
semantic = false
[[themes]]
id = "war"
name = "conflict, war and peace"
terms = ["war", "troops"]
[[themes]]
id = "economy"
name = "economy, business and finance"
terms = ["trade", "price", "export"]
[[themes]]
id = "society"
name = "society"
terms = ["poverty", "hunger"]
""")
ROOT = "/in/wire"
INGESTED = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
RUN = "run-big-file"


def records(texts: list[str]) -> str:
    """A JSON Lines records file, one article a line, each text its body."""
    return "".join(json.dumps({"title": f"Story {i}", "text": t}) + "\n" for i, t in enumerate(texts))


def make_big_file_lake(lake: Path, files: Mapping[str, str], tone: float = 1.0,
                       elsewhere: Mapping[str, Mapping[str, str]] | None = None) -> Path:
    """Write a lake of `files` (relative path → text; a .jsonl one is records) below ROOT, and of `elsewhere`'s
    (ingested folder → its files), every paragraph's tone `tone`."""
    folders = {ROOT: files, **(elsewhere or {})}
    batch = [ArticleFile(f"{root}/{r}", t.encode(), root, r) for root, held in folders.items() for r, t in held.items()]
    rows = build_batch(batch, TAXONOMY, RUN, INGESTED, enrichments=False)
    rows.paragraphs["tone"] = [tone] * len(rows.paragraphs["paragraph_id"])
    staged = stage_rows(lake, rows, RUN)
    staged["themes"] = theme_rows(lake, TAXONOMY, RUN)
    staged["runs"] = [run_row(
        lake, run_id=RUN, flow_name="ingest-articles", deployment="cli", parameters="{}",
        taxonomy_version=TAXONOMY.version, source=ROOT, counts={}, started=INGESTED, ended=INGESTED,
        state="COMPLETED",
    )]
    lakes.commit(lake, staged)
    return lake
