"""`themelake enrich --only`: some enrichments found again, the others' rows kept (warehouse.enrichment_refresh)."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from flows.enrich_record import record_enrichment
from transforms.pipeline import ArticleFile, build_batch
from transforms.taxonomy import parse_taxonomy
from warehouse import enrichment_refresh
from warehouse import lake as lakes
from warehouse.committed_reads import query
from warehouse.compaction import compact_lake
from warehouse.enrichment_refresh import refresh_enrichments
from warehouse.staging import stage_table
from warehouse.tables import stage_rows

TAX = parse_taxonomy('[[themes]]\nid = "economy"\nterms = ["rates", "bank", "inflation", "prices"]')
STORIES = {
    "rates.txt": "Bank holds rates\n\nThe Bank of England held rates at 4.5% in London on Thursday, "
                 "as inflation eased to 2.8%.\n\nPrices in Manchester rose by 3% over the year.",
    "plain.txt": "Rates in Lagos\n\nNigeria's central bank raised rates by 50 basis points to 27.5% in Abuja.",
}


def lake_with(tmp_path, enrichments: bool = True):
    """Return a lake of STORIES, enriched by its run (or not), and the run's places."""
    lake = tmp_path / "lake"
    files = [ArticleFile(f"/news/{name}", text.encode()) for name, text in STORIES.items()]
    rows = build_batch(files, TAX, "run-1", datetime.now(UTC), enrichments=enrichments)
    lakes.commit(lake, stage_rows(lake, rows, "run-1"))
    return lake


def table(lake, sql: str) -> list[tuple]:
    return [tuple(row.values()) for row in query(lake, sql).to_pylist()]


PLACES = "select paragraph_id, name, start from paragraph_places order by all"
AMOUNTS = "select paragraph_id, value, object, run_id from paragraph_amounts order by all"
TONE = "select paragraph_id, tone from paragraphs order by all"
ARTICLE_TONE = "select article_id, tone from articles order by all"


def test_places_found_again_replace_the_old_ones_and_keep_amounts_and_tone(tmp_path) -> None:
    # An older themelake's places (here a wrong one, "Atlantis") are found again; amounts and tone stay the
    # rows they were, written by the run.
    lake = lake_with(tmp_path)
    places, amounts, tone, articles = (table(lake, sql) for sql in (PLACES, AMOUNTS, TONE, ARTICLE_TONE))
    assert places and amounts
    [[pid, aid]] = [list(r) for r in table(lake, "select paragraph_id, article_id from paragraph_places limit 1")]
    wrong = {"paragraph_id": [pid], "article_id": [aid], "name": ["Atlantis"], "kind": ["city"],
             "country_code": [None], "geonames_id": [None], "latitude": [None], "longitude": [None],
             "start": [0], "end": [3], "text": ["The"], "run_id": ["old"]}
    lakes.commit(lake, {"paragraph_places": [stage_table(lake, "paragraph_places", wrong, "old")]})
    done = refresh_enrichments(lake, "run-2", ["places"])
    summary = record_enrichment(str(lake), str(lake), "run-2", "cli", datetime.now(UTC), done, ["places"])
    assert summary["recorded"] and summary["only"] == ["places"]
    assert table(lake, PLACES) == places  # Atlantis gone, every place found once
    assert set(table(lake, "select distinct run_id from paragraph_places")) == {("run-2",)}
    assert (table(lake, AMOUNTS), table(lake, TONE), table(lake, ARTICLE_TONE)) == (amounts, tone, articles)
    [(parameters,)] = table(lake, "select parameters from runs where run_id = 'run-2'")
    assert json.loads(parameters) == {"lake": str(lake), "only": ["places"]}


def test_tone_found_again_keeps_places_and_amounts(tmp_path) -> None:
    lake = lake_with(tmp_path)
    places, amounts, tone, articles = (table(lake, sql) for sql in (PLACES, AMOUNTS, TONE, ARTICLE_TONE))
    done = refresh_enrichments(lake, "run-2", ["tone"])
    record_enrichment(str(lake), str(lake), "run-2", "cli", datetime.now(UTC), done, ["tone"])
    assert done.places == done.amounts == 0 and done.articles == len(articles)
    assert (table(lake, PLACES), table(lake, AMOUNTS)) == (places, amounts)
    assert (table(lake, TONE), table(lake, ARTICLE_TONE)) == (tone, articles)  # the same code: the same tone


def test_paragraphs_never_enriched_are_left_for_a_plain_enrich(tmp_path) -> None:
    # Given places alone, a paragraph a --no-enrich run wrote would get them here and again from `enrich`.
    lake = lake_with(tmp_path, enrichments=False)
    done = refresh_enrichments(lake, "run-2", ["places"])
    assert done.paragraphs == done.places == 0 and not done.staged and not done.replaced


# Datelined stories with no headline, so the dateline opens each article's first paragraph: a later paragraph's
# "$" or "Rs" is that country's (CAD, PKR), and a story with no dateline keeps the US dollar.
DATELINED = {
    "calgary.txt": "CALGARY - Rents have fallen across the city this spring.\n\nThe average one-bedroom fell 4.2 per "
                   "cent over the year to $1,950 a month.\n\nLandlords offered $500 off the first month.",
    "lahore.txt": "LAHORE: The Punjab environment department has started a crackdown on brick kilns.\n\nThe "
                  "department imposed a fine of Rs500,000 on every kiln found violating the rules.",
    "ottawa.txt": "OTTAWA -- The budget is out.\n\nIt costs $2.6 billion over five years.",
    "plain.txt": "Rents in Calgary rose this year.\n\nThey reached $1,950 a month.",
}


@pytest.mark.parametrize("chunk_rows", [None, 2])  # 2: Calgary's three paragraphs are read in one chunk still
def test_amounts_found_again_on_a_compacted_lake_read_their_articles_datelines(tmp_path, monkeypatch,
                                                                               chunk_rows: int | None) -> None:
    # Compaction sorts paragraphs by their id (a hash), so an article's paragraphs are no longer next to each
    # other in the file; the refresh read each as its own article's first and "$1,950" in Calgary as US dollars.
    if chunk_rows:
        monkeypatch.setattr(enrichment_refresh, "CHUNK_ROWS", chunk_rows)
    lake = tmp_path / "lake"
    files = [ArticleFile(f"/news/{name}", text.encode()) for name, text in DATELINED.items()]
    for n, part in enumerate((files[:2], files[2:])):  # two runs' files, which compaction merges
        lakes.commit(lake, stage_rows(lake, build_batch(part, TAX, f"run-{n}", datetime.now(UTC)), f"run-{n}"))
    ingest = table(lake, "select paragraph_id, value, unit, object, start from paragraph_amounts order by all")
    assert {"CAD", "PKR", "USD"} <= {row[2] for row in ingest}
    assert compact_lake(lake).manifest_version is not None
    done = refresh_enrichments(lake, "run-9", ["amounts"])
    record_enrichment(str(lake), str(lake), "run-9", "cli", datetime.now(UTC), done, ["amounts"])
    assert table(lake, "select paragraph_id, value, unit, object, start from paragraph_amounts order by all") == ingest
