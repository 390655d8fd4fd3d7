"""`themelake relabel` with nothing to relabel is recorded without Prefect (flows/relabel_record.py)."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

import flows.cli.labels
from flows.cli.main import app
from tests.warehouse.report_lake import TAXONOMY, TAXONOMY_TOML, make_report_lake
from warehouse.committed_reads import query

runner = CliRunner()


@pytest.fixture
def flow_runs(monkeypatch) -> list[dict]:
    """The relabel flows the CLI would start (each started Prefect's temporary API: about 12 s); none runs."""
    started: list[dict] = []

    def run_lake_flow(lake, load, errors, **parameters):
        started.append(parameters)
        return {"run_id": "by-flow", "lake": lake, "taxonomy_version": "?", "paragraphs_relabelled": 1,
                "themes_written": 1, "duration_s": 0.0}

    monkeypatch.setattr(flows.cli.labels, "run_lake_flow", run_lake_flow)
    return started


def test_relabel_with_the_lakes_own_taxonomy_is_recorded_without_prefect(tmp_path, flow_runs) -> None:
    # The lake's run labelled every paragraph with this taxonomy: a relabel started Prefect to relabel none.
    lake = make_report_lake(tmp_path / "lake")
    (tmp_path / "own.toml").write_text(TAXONOMY_TOML)
    themes = query(lake, "select count(*) as n from themes_all").to_pylist()
    result = runner.invoke(app, ["relabel", "--lake", str(lake), "--taxonomy", str(tmp_path / "own.toml")])
    assert result.exit_code == 0, result.output
    assert not flow_runs, flow_runs
    said = " ".join(result.output.replace("│", " ").split())
    assert "paragraphs relabelled 0" in said and "themes written 0" in said, said
    assert "nothing to relabel" in said and "without starting Prefect" in said, said
    last = query(lake, "select flow_name, deployment, state, themes_written, taxonomy_version from runs "
                       "order by started_at desc limit 1").to_pylist()
    assert last == [{"flow_name": "relabel-paragraphs", "deployment": "cli", "state": "COMPLETED",
                     "themes_written": 0, "taxonomy_version": TAXONOMY.version}]
    assert query(lake, "select count(*) as n from themes_all").to_pylist() == themes  # described once


def test_relabel_with_another_taxonomy_is_the_flows(tmp_path, flow_runs) -> None:
    lake = make_report_lake(tmp_path / "lake")
    (tmp_path / "edited.toml").write_text(TAXONOMY_TOML.replace('"trade", ', '"trade", "sanction", '))
    result = runner.invoke(app, ["relabel", "--lake", str(lake), "--taxonomy", str(tmp_path / "edited.toml")])
    assert result.exit_code == 0, result.output
    assert flow_runs == [{"taxonomy": str(tmp_path / "edited.toml")}]
    assert "nothing to relabel" not in result.output
    relabels = "select count(*) as n from runs where flow_name = 'relabel-paragraphs'"
    assert query(lake, relabels).to_pylist() == [{"n": 0}]


def commit_source_states(lake, states: dict[str, tuple[str, str]], when) -> None:
    """Commit a `sources` row per article id: (status, content_hash), observed `when`, as a run records them."""
    from warehouse import lake as lakes
    from warehouse import staging

    ids = sorted(states)
    lakes.commit(lake, {"sources": staging.stage_files(lake, "sources", {
        "source": [f"file:///news/{a}.txt" for a in ids], "article_id": ids,
        "status": [states[a][0] for a in ids], "content_hash": [states[a][1] for a in ids],
        "reason": [None] * len(ids), "size_bytes": [1] * len(ids), "mtime_ns": [1] * len(ids),
        "fields": [None] * len(ids), "run_id": ["run-states"] * len(ids), "observed_at": [when] * len(ids),
    }, f"states-{when:%H%M%S%f}")})


def test_a_relabel_that_gave_some_articles_no_theme_leaves_nothing_for_the_next(tmp_path, flow_runs) -> None:
    # A taxonomy under which no article gets a theme: its relabel read every paragraph and wrote no label.
    # The next relabel with it read them all again, and started Prefect to label none.
    from datetime import UTC, datetime, timedelta

    from flows.relabel_record import Relabelled, record_relabel
    from warehouse.labels import nothing_to_label, paragraphs_to_label
    from warehouse.taxonomy_files import read_taxonomy

    lake = make_report_lake(tmp_path / "lake")
    articles = {r["article_id"]: r["content_hash"]
                for r in query(lake, "select article_id, content_hash from articles").to_pylist()}
    first, *others = sorted(articles)
    states = {a: ("article", h) for a, h in articles.items()} | {first: ("quarantined", articles[first])}
    commit_source_states(lake, states, datetime.now(UTC) - timedelta(hours=1))
    none_match = tmp_path / "none.toml"
    none_match.write_text(TAXONOMY_TOML.replace('"war", "troops"', '"zeppelin"'))
    tax = read_taxonomy(str(none_match))
    assert not nothing_to_label(lake, tax.version)  # the lake's run scored nothing with it
    record_relabel(str(lake), str(lake), str(none_match), tax, "relabel-1", "cli", datetime.now(UTC),
                   Relabelled(paragraphs=1))
    assert nothing_to_label(lake, tax.version)
    result = runner.invoke(app, ["relabel", "--lake", str(lake), "--taxonomy", str(none_match)])
    assert result.exit_code == 0, result.output
    assert not flow_runs and "nothing to relabel" in result.output, result.output
    # The article that was quarantined while the relabel ran, back as it was: that relabel never read it.
    commit_source_states(lake, {first: ("article", articles[first])}, datetime.now(UTC) + timedelta(seconds=1))
    assert set(paragraphs_to_label(lake, tax.version)["article_id"].to_pylist()) == {first}
