"""`themelake run --no-enrich` leaves places, amounts and tone out; `themelake enrich` adds them later."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from flows.cli.main import app
from flows.enrich import enrich_paragraphs
from flows.ingest import ingest_articles
from warehouse.committed_reads import query

ROOT = Path(__file__).resolve().parents[2]
WORLD = ROOT / "examples" / "articles" / "news" / "world"


def counts(lake: Path) -> tuple[int, int, int, int]:
    sql = """select (select count(tone) from paragraphs), (select count(*) from paragraph_places),
                    (select count(*) from paragraph_amounts), (select count(tone) from articles)"""
    return tuple(query(lake, sql).to_pylist()[0].values())  # type: ignore[return-value]


@pytest.mark.slow
def test_no_enrich_then_enrich_equals_an_enriched_run(tmp_path: Path) -> None:
    source = tmp_path / "in"
    shutil.copytree(WORLD, source)
    plain, enriched = tmp_path / "plain", tmp_path / "enriched"
    summary = ingest_articles(source=str(source), lake=str(plain), enrich=False)
    assert counts(plain) == (0, 0, 0, 0) and summary["places_written"] == 0
    ingest_articles(source=str(source), lake=str(enriched))
    expected = counts(enriched)
    assert expected[0] > 0 and expected[1] > 0 and expected[2] > 0 and expected[3] == 1
    done = enrich_paragraphs(lake=str(plain))
    assert done["paragraphs_enriched"] == expected[0] and done["places_written"] == expected[1]
    assert counts(plain) == expected
    places = "select name, country_code, mentions from article_places order by name"
    assert query(plain, places).to_pylist() == query(enriched, places).to_pylist()
    again = enrich_paragraphs(lake=str(plain))  # nothing left to do: nothing written twice
    assert again["paragraphs_enriched"] == 0 and counts(plain) == expected
    # the enrich run keeps the labels the views show
    assert query(plain, "select count(*) as n from paragraph_themes").to_pylist()[0]["n"] > 0


def test_enrich_on_a_missing_lake_is_one_line_and_exit_2(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["enrich", "--lake", str(tmp_path / "nowhere")])
    assert result.exit_code == 2 and "error" in result.output


@pytest.mark.slow
def test_enrich_on_a_lake_another_run_holds_waits_then_stops_in_one_line(tmp_path: Path, monkeypatch) -> None:
    # It started Prefect first, then logged the busy lake with a traceback (13 s), unlike run and relabel.
    import flows.enrich
    from tests.warehouse.test_lock import hold_lock
    from warehouse import lake as lakes

    def flow_started(**_: object) -> None:
        raise AssertionError("the flow started on a lake another run holds")

    lake = tmp_path / "lake"
    lakes.commit(lake, {})
    holder = hold_lock(lake)
    try:
        monkeypatch.setenv("THEMELAKE_LOCK_TIMEOUT", "0.2")
        monkeypatch.setattr(flows.enrich, "enrich_paragraphs", flow_started)
        result = CliRunner().invoke(app, ["enrich", "--lake", str(lake)])
    finally:
        holder.kill()
        holder.wait()
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert "is being written by another themelake run" in result.output


@pytest.mark.slow
def test_enrich_leaves_an_article_in_another_language_as_it_is_and_adds_nothing_twice(tmp_path: Path) -> None:
    source = tmp_path / "in"
    shutil.copytree(WORLD, source)
    (source / "de.txt").write_text(
        "Zahlen für 2024\n\nDie Zahlen für 2024 zeigen, dass der Umsatz um 3 Prozent auf 12 Millionen Euro "
        "in Berlin gestiegen ist, sagte die Firma am Dienstag in einer Mitteilung.\n", encoding="utf-8")
    lake = tmp_path / "lake"
    ingest_articles(source=str(source), lake=str(lake), enrich=False)
    enrich_paragraphs(lake=str(lake))
    german = """select count(p.tone) as tone, (select count(*) from paragraph_amounts m join articles a
                using (article_id) where a.language = 'de') as amounts
                from paragraphs p join articles a using (article_id) where a.language = 'de'"""
    assert query(lake, german).to_pylist() == [{"tone": 0, "amounts": 0}]
    before = counts(lake)
    assert before[0] > 0  # the English articles' paragraphs have their tone
    again = enrich_paragraphs(lake=str(lake))
    assert again["paragraphs_enriched"] == 0 and counts(lake) == before


GERMAN = ("Zahlen für 2024\n\nDie Zahlen für 2024 zeigen, dass der Umsatz um 3 Prozent auf 12 Millionen Euro "
          "in Berlin gestiegen ist, sagte die Firma am Dienstag in einer Mitteilung.\n")
LEFT_LINE = "in a language other than English without places"


@pytest.mark.slow
def test_enrich_says_once_which_paragraphs_it_leaves_without_places_for_their_language(tmp_path: Path) -> None:
    # A run finds places in every language; enrich in English only, and said nothing of the others:
    # Berlin was in the lake ingested with enrichment, and in silence not in the one enriched later.
    source = tmp_path / "in"
    shutil.copytree(WORLD, source)
    (source / "de.txt").write_text(GERMAN, encoding="utf-8")
    plain, enriched = tmp_path / "plain", tmp_path / "enriched"
    ingest_articles(source=str(source), lake=str(plain), enrich=False)
    ingest_articles(source=str(source), lake=str(enriched))
    german = "select count(*) as n from paragraphs p join articles a using (article_id) " \
             "where a.language = 'de' and p.role in ('title', 'summary', 'body')"
    expected = {"paragraphs": query(plain, german).to_pylist()[0]["n"], "articles": 1}
    assert expected["paragraphs"] > 0
    assert enrich_paragraphs(lake=str(plain))["left_in_other_languages"] == expected
    # The run's way found their places: nothing to say of that lake.
    assert enrich_paragraphs(lake=str(enriched))["left_in_other_languages"] == {"paragraphs": 0, "articles": 0}
    said = themelake_enrich(plain)  # nothing left to enrich: answered without Prefect, and said there
    assert said.returncode == 0, said.stderr
    assert said.stdout.count(LEFT_LINE) == 1 and "1 article " in said.stdout
    assert LEFT_LINE not in themelake_enrich(enriched).stdout


def themelake_enrich(lake: Path) -> subprocess.CompletedProcess[str]:
    # A Prefect API that cannot answer: an enrich that needed Prefect would stop on it, in one line.
    env = {**os.environ, "PREFECT_API_URL": "http://127.0.0.1:9/api", "COLUMNS": "200"}
    return subprocess.run([sys.executable, "-m", "flows.cli", "enrich", "--lake", str(lake)],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)


@pytest.mark.slow
def test_enrich_with_nothing_to_enrich_writes_nothing_without_prefect(tmp_path: Path) -> None:
    # It started a temporary API (9 s) to write a run of no paragraphs; then, without Prefect, still a `runs` row.
    from tests.transforms.test_paragraph_languages import BILINGUAL

    source = tmp_path / "in"
    shutil.copytree(WORLD, source)
    # French paragraphs of an English article stay without tone: no paragraph left to enrich all the same
    (source / "bilingual.txt").write_text(BILINGUAL, encoding="utf-8")
    lake = tmp_path / "lake"
    ingest_articles(source=str(source), lake=str(lake), enrich=False)
    enrich_paragraphs(lake=str(lake))
    before = counts(lake)

    runs = "select flow_name, paragraphs_written from runs order by started_at"
    recorded = query(lake, runs).to_pylist()
    assert recorded[-1]["flow_name"] == "enrich-paragraphs" and recorded[-1]["paragraphs_written"] > 0

    again = themelake_enrich(lake)
    assert again.returncode == 0, again.stderr
    assert "nothing was written" in again.stdout and counts(lake) == before
    assert query(lake, runs).to_pylist() == recorded
    assert enrich_paragraphs(lake=str(lake))["recorded"] is False  # the flow writes none either
    assert query(lake, runs).to_pylist() == recorded

    # A paragraph left to enrich (a run without enrichment added one): the flow's way, which needs the API.
    (source / "more.txt").write_text("Floods in the north\n\nFloods hit 300 homes in Leeds on Monday.\n")
    ingest_articles(source=str(source), lake=str(lake), enrich=False)
    needed = themelake_enrich(lake)
    assert needed.returncode == 2 and "unreachable" in needed.stderr


@pytest.mark.slow  # two flow runs
def test_enrich_only_finds_those_again_and_its_runs_row_says_which(tmp_path: Path) -> None:
    # `enrich --only amounts` through the flow (the CLI's way, and a deployment's `only`): the amounts are
    # found again, places and tone kept, and the runs row names the enrichments it found again.
    import json

    from flows.flow_checks import ParameterError

    lake = tmp_path / "lake"
    ingest_articles(source=str(WORLD), lake=str(lake))
    places = query(lake, "select paragraph_id, name, run_id from paragraph_places order by all").to_pylist()
    before = counts(lake)
    summary = enrich_paragraphs(lake=str(lake), only=["amounts"])
    assert summary["only"] == ["amounts"] and summary["amounts_written"] == before[2] and not summary["places_written"]
    assert counts(lake) == before
    assert query(lake, "select paragraph_id, name, run_id from paragraph_places order by all").to_pylist() == places
    [row] = query(lake, "select parameters from runs where flow_name = 'enrich-paragraphs'").to_pylist()
    assert json.loads(row["parameters"])["only"] == ["amounts"]
    with pytest.raises(ParameterError, match="the parameter only names 'sentiment'"):
        enrich_paragraphs(lake=str(lake), only=["sentiment"])
