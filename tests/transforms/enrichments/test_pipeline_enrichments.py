"""build_batch fills places, amounts and tone in one call per batch, and leaves them empty without enrichment."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from transforms.pipeline import ArticleFile, build_batch
from transforms.taxonomy import Taxonomy, Term, Theme

TAXONOMY = Taxonomy(name="t", themes=(Theme("war", "War", "armed conflict", (Term("troops"),)),))
NOW = datetime(2025, 1, 1, tzinfo=UTC)
ARTICLE = (
    b"Troops sent to Russia\n\n"
    b"Roughly 12,000 North Korean troops are fighting for Russia, a terrible loss of life.\n\n"
    b"The deal is worth $4.5bn to Pyongyang, officials said.\n"
)


@pytest.mark.slow
def test_build_batch_enriches_every_labelled_paragraph() -> None:
    rows = build_batch([ArticleFile("/in/a.txt", ARTICLE)], TAXONOMY, "run", NOW)
    p = rows.paragraphs
    assert all(t is not None for t in p["tone"]) and p["tone"][1] < 0
    places = rows.paragraph_places
    assert set(places["country_code"]) == {"RU", "KP"}
    assert places["run_id"] == ["run"] * len(places["paragraph_id"])
    amounts = rows.paragraph_amounts
    assert amounts["value"] == [12000, 4.5e9] and amounts["object"][0] == "troops"
    assert amounts["paragraph_id"][1] == p["paragraph_id"][2]
    assert rows.articles["tone"][0] is not None and rows.articles["tone"][0] < 0


def test_without_enrichments_the_columns_stay_null_and_the_tables_empty() -> None:
    rows = build_batch([ArticleFile("/in/a.txt", ARTICLE)], TAXONOMY, "run", NOW, enrichments=False)
    assert set(rows.paragraphs["tone"]) == {None} and rows.articles["tone"] == [None]
    assert rows.paragraph_places == {} and rows.paragraph_amounts == {}
    assert len(rows.paragraph_themes["paragraph_id"]) > 0
