"""A bilingual article's French paragraphs through `enrich` and `relabel`: as a run treats them."""

from __future__ import annotations

from pathlib import Path

import pytest

from flows.enrich import enrich_paragraphs
from flows.ingest import ingest_articles
from flows.relabel import relabel_paragraphs
from tests.transforms.test_paragraph_languages import BILINGUAL, TAXONOMY
from warehouse.committed_reads import query

# The same theme under another id: a taxonomy a user edited, which relabels the lake.
EDITED = TAXONOMY.replace('id = "war"', 'id = "conflict"')
FRENCH = "p.text like 'Les dirigeants%'"
OF_PARAGRAPHS = "join paragraphs p using (paragraph_id)"


def _source(tmp_path: Path) -> Path:
    source = tmp_path / "in"
    source.mkdir()
    (source / "bilingual.txt").write_text(BILINGUAL, encoding="utf-8")
    for name, taxonomy in (("first.toml", TAXONOMY), ("edited.toml", EDITED)):
        (tmp_path / name).write_text(taxonomy, encoding="utf-8")
    return source


def _french(lake: Path) -> dict:
    sql = f"""select count(p.tone) as tone,
                     (select count(*) from paragraph_amounts m {OF_PARAGRAPHS} where {FRENCH}) as amounts,
                     (select count(*) from paragraph_themes t {OF_PARAGRAPHS} where {FRENCH}) as labels
              from paragraphs p where {FRENCH}"""
    return query(lake, sql).to_pylist()[0]


@pytest.mark.slow
def test_enrich_leaves_a_french_paragraph_of_an_english_article_without_tone_and_amounts(tmp_path: Path) -> None:
    source = _source(tmp_path)
    plain, enriched = tmp_path / "plain", tmp_path / "enriched"
    ingest_articles(source=str(source), lake=str(plain), taxonomy=str(tmp_path / "first.toml"), enrich=False)
    ingest_articles(source=str(source), lake=str(enriched), taxonomy=str(tmp_path / "first.toml"))
    enrich_paragraphs(lake=str(plain))
    assert _french(plain) == _french(enriched) == {"tone": 0, "amounts": 0, "labels": 0}
    tones = "select ordinal, tone from paragraphs order by ordinal"
    assert query(plain, tones).to_pylist() == query(enriched, tones).to_pylist()
    assert enrich_paragraphs(lake=str(plain))["paragraphs_enriched"] == 0  # nothing left, nothing twice


@pytest.mark.slow
def test_relabel_labels_a_bilingual_article_as_a_run_with_its_taxonomy_does(tmp_path: Path) -> None:
    source = _source(tmp_path)
    relabelled, run = tmp_path / "relabelled", tmp_path / "run"
    ingest_articles(source=str(source), lake=str(relabelled), taxonomy=str(tmp_path / "first.toml"))
    relabel_paragraphs(lake=str(relabelled), taxonomy=str(tmp_path / "edited.toml"))
    ingest_articles(source=str(source), lake=str(run), taxonomy=str(tmp_path / "edited.toml"))
    labels = "select p.ordinal, t.theme_id from paragraph_themes t join paragraphs p using (paragraph_id) order by 1"
    assert query(relabelled, labels).to_pylist() == query(run, labels).to_pylist()
    assert {row["theme_id"] for row in query(run, labels).to_pylist()} == {"conflict"}
    assert _french(relabelled)["labels"] == 0
