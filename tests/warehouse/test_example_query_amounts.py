"""Example query 11 (examples/queries/11_troops_and_money_per_theme.sql) counts an amount a headline repeats once."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from transforms.pipeline import ArticleFile, build_batch
from transforms.taxonomy import parse_taxonomy
from warehouse import lake as lakes
from warehouse.committed_reads import query
from warehouse.tables import stage_rows, theme_rows

QUERY = Path(__file__).resolve().parents[2] / "examples" / "queries" / "11_troops_and_money_per_theme.sql"
TAX = parse_taxonomy('[[themes]]\nid = "war"\nterms = ["troops", "border", "army"]')


def troops_counted(tmp_path: Path, article: str) -> list[tuple[float, int]]:
    run = "run-1"
    rows = build_batch([ArticleFile("/in/1.txt", article.encode())], TAX, run, datetime.now(UTC))
    staged = stage_rows(tmp_path, rows, run)
    staged["themes"] = theme_rows(tmp_path, TAX, run)
    lakes.commit(tmp_path, staged, catalog=True)
    return [(r["total"], r["amounts"]) for r in query(tmp_path, QUERY.read_text("utf-8")).to_pylist()
            if r["what"] == "troops"]


def test_a_headlines_amount_that_the_body_repeats_is_counted_once(tmp_path: Path) -> None:
    article = ("Army sends 400 troops to the border\n\n"
               "The army said on Monday that it would send 400 troops to the border after the clashes.")
    assert troops_counted(tmp_path, article) == [(400.0, 1)]


def test_a_headlines_amount_that_the_body_leaves_out_is_counted(tmp_path: Path) -> None:
    article = ("Army sends 400 troops to the border\n\n"
               "The army said on Monday that it would send more troops to the border after the clashes.")
    assert troops_counted(tmp_path, article) == [(400.0, 1)]


def test_a_headlines_count_of_one_thing_is_not_repeated_by_the_same_number_of_another(tmp_path: Path) -> None:
    # A counted object has no unit: "400 rockets" in the body is no telling of the headline's "400 troops".
    article = ("Army sends 400 troops to the border\n\n"
               "The army said on Monday that militants had fired 400 rockets across the border.")
    assert troops_counted(tmp_path, article) == [(400.0, 1)]
