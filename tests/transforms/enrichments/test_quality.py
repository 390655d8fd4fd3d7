"""Places and amounts against the hand annotation of 50 bbc-dev articles (skips without ../shared)."""

from __future__ import annotations

import json

from benchmarks.enrichment_quality import GOLD, score
from tests.conftest import shared_path


def test_annotation_covers_fifty_articles_ten_per_category() -> None:
    gold = [json.loads(line) for line in GOLD.read_text("utf-8").splitlines() if line.strip()]
    assert len(gold) == 50
    categories = [g["file"].split("/")[0] for g in gold]
    assert {c: categories.count(c) for c in set(categories)} == dict.fromkeys(
        ("business", "entertainment", "politics", "sport", "tech"), 10
    )


def test_places_and_amounts_reach_their_targets_on_bbc_dev() -> None:
    result = score(shared_path("corpora", "bbc-dev"))
    assert result["places_precision"] >= 0.90
    assert result["places_recall"] >= 0.80
    assert result["amounts_precision"] >= 0.90
