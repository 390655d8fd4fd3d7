"""Example query 11 (examples/queries/11_troops_and_money_per_theme.sql) counts an amount a headline repeats once,
and the report's amounts section (warehouse/report/amounts.py) leaves the same headline amounts to the body."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from transforms.pipeline import ArticleFile, build_batch
from transforms.taxonomy import parse_taxonomy
from warehouse import lake as lakes
from warehouse.committed_reads import query
from warehouse.report import Window, read_report
from warehouse.tables import stage_rows, theme_rows

QUERY = Path(__file__).resolve().parents[2] / "examples" / "queries" / "11_troops_and_money_per_theme.sql"
TAX = parse_taxonomy('[[themes]]\nid = "war"\nterms = ["troops", "border", "army"]')


# "dispatch" labels the headlines below only ("sends"): an amount under it is the headline's own, not left to the body
TWO_THEMES = parse_taxonomy('[[themes]]\nid = "war"\nterms = ["troops", "border", "army"]\n'
                            '[[themes]]\nid = "dispatch"\nname = "dispatch"\nterms = ["sends"]')


def make_lake(tmp_path: Path, article: str, taxonomy=TAX) -> Path:  # type: ignore[no-untyped-def]
    run = "run-1"
    rows = build_batch([ArticleFile("/in/1.txt", article.encode())], taxonomy, run, datetime.now(UTC))
    staged = stage_rows(tmp_path, rows, run)
    staged["themes"] = theme_rows(tmp_path, taxonomy, run)
    lakes.commit(tmp_path, staged, catalog=True)
    return tmp_path


def troops_counted(tmp_path: Path, article: str) -> list[tuple[float, int]]:
    lake = make_lake(tmp_path, article)
    return [(r["largest"], r["amounts"]) for r in query(lake, QUERY.read_text("utf-8")).to_pylist()
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


@pytest.mark.parametrize(("body", "headline_counted"), [
    ("The army said that it would send 400 troops to the border.", False),
    ("The army said that it would send 400 to the border.", False),
    ("The army said that militants had fired 400 rockets across the border.", True),
    ("The army said that 400 soldiers would go to the border.", True),
    ("The army said that its troops would go to the border.", True),
])
def test_query_11_and_the_report_leave_the_same_headline_amounts_to_the_body(
        tmp_path: Path, body: str, headline_counted: bool) -> None:
    # The two say the rule in the same words (a user's query cannot import the report's): they must agree.
    lake = make_lake(tmp_path, f"Army sends 400 troops to the border\n\n{body}", TWO_THEMES)
    in_query = any(r["theme"] == "dispatch" and r["what"] == "troops"
                   for r in query(lake, QUERY.read_text("utf-8")).to_pylist())
    in_report = any(r["theme"] == "dispatch" and r["what"] == "troops"
                    for r in read_report(lake, Window()).sections["amounts"]["rows"])
    assert (in_query, in_report) == (headline_counted, headline_counted)


def test_query_11_shows_the_median_and_largest_as_the_report_does_and_no_total(tmp_path: Path) -> None:
    # Amounts of one kind are unrelated figures or tellings of one: their sum (1,900 troops here) is no amount
    # anyone reported, so the query, as the report, shows the typical one (of an even number the lower middle).
    article = ("Army moves troops to the border\n\n"
               "The army sent 400 troops to the border on Monday.\n\n"
               "A further 1,200 troops and 300 troops from the reserve followed them to the border.")
    lake = make_lake(tmp_path, article)
    rows = [r for r in query(lake, QUERY.read_text("utf-8")).to_pylist() if r["what"] == "troops"]
    assert "total" not in rows[0]
    assert [(r["median"], r["largest"], r["amounts"]) for r in rows] == [(400.0, 1200.0, 3)]
    report = [r for r in read_report(lake, Window()).sections["amounts"]["rows"] if r["what"] == "troops"]
    assert [(r["median"], r["largest"]) for r in report] == [(400.0, 1200.0)]


@pytest.mark.parametrize(("headline", "body"), [
    ("Two dead in army border clash", "The army said the border clash killed two people."),
    ("Two Killed in Army Border Clash", "The army said two people died in the border clash."),
])
def test_a_headlines_death_toll_that_the_body_tells_as_people_is_counted_once(
        tmp_path: Path, headline: str, body: str) -> None:
    # "two dead" counts the dead, "killed two people" the people: one toll (the report counted both)
    lake = make_lake(tmp_path, f"{headline}\n\n{body}")
    counted = {r["what"]: r["mentions"] for r in read_report(lake, Window()).sections["amounts"]["rows"]}
    assert counted == {"people": 1}


def test_a_headlines_people_are_no_death_toll_the_body_repeats(tmp_path: Path) -> None:
    # "two people injured" may count the hurt, the evacuated or the arrested: no telling of "left two dead"
    lake = make_lake(tmp_path, "Two people injured in army border clash\n\nThe army said the clash left two dead.")
    counted = {r["what"]: r["mentions"] for r in read_report(lake, Window()).sections["amounts"]["rows"]}
    assert counted == {"people": 1, "dead": 1}
