"""The readers reach the places gazetteer through one module (`byline_places`): a byline's dateline and a paragraph's
place are read by one rule, and no other reader depends on the places enrichment."""

from __future__ import annotations

import ast
from pathlib import Path

import transforms.formats as formats
from transforms.formats import ReadOptions, read_articles


def test_only_byline_places_imports_the_enrichments() -> None:
    importers = set()
    for module in Path(formats.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("transforms.enrichments"):
                importers.add(module.stem)
    assert importers == {"byline_places"}


def test_a_bylines_dateline_and_a_noble_name_are_still_told_apart() -> None:
    record = '{"title": "Talks resume", "text": "Ministers met.", "byline": "Jane Doe, Nairobi"}\n'
    [article] = read_articles(record.encode(), "jsonl", ReadOptions()).articles
    assert article.authors == ("Jane Doe",)
    story = "Die Koalition hat sich am Dienstag nach langen Verhandlungen auf den Haushalt für 2026 geeinigt.\n"
    [noble] = read_articles(f"Haushalt steht\n\nVon Philipp zu Eulenburg\n\n{story}".encode(), "txt").articles
    [trip] = read_articles(f"Haushalt steht\n\nVon Kiel zu Hamburg\n\n{story}".encode(), "txt").articles
    assert noble.authors == ("Philipp zu Eulenburg",) and trip.authors == ()
