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


def test_relabel_with_the_lakes_own_taxonomy_writes_nothing_and_says_so(tmp_path, flow_runs) -> None:
    # The lake's run labelled every paragraph with this taxonomy, the one the views show: a relabel started
    # Prefect to relabel none; then, without Prefect, it still added a `runs` row (a file) that changed nothing.
    from warehouse import lake as lakes

    lake = make_report_lake(tmp_path / "lake")
    (tmp_path / "own.toml").write_text(TAXONOMY_TOML)
    runs = query(lake, "select count(*) as n from runs").to_pylist()
    version = lakes.read_manifest(lake).version
    result = runner.invoke(app, ["relabel", "--lake", str(lake), "--taxonomy", str(tmp_path / "own.toml")])
    assert result.exit_code == 0, result.output
    assert not flow_runs, flow_runs
    said = " ".join(result.output.split())
    assert said.startswith(f'nothing to relabel: taxonomy "{TAXONOMY.name}" (version {TAXONOMY.version}, '), said
    assert said.endswith("is the lake's current one already and has scored every paragraph; nothing was written")
    assert query(lake, "select count(*) as n from runs").to_pylist() == runs
    assert lakes.read_manifest(lake).version == version
    assert not [p for p in (lake / lakes.DATA).rglob("*.parquet") if str(p.relative_to(lake)) not in
                {f for files in lakes.read_manifest(lake).tables.values() for f in files}
                and p.name != lakes.SCHEMA_FILE], "a file was staged"


def test_relabel_without_taxonomy_goes_back_to_the_bundled_one_and_says_so(tmp_path, flow_runs, monkeypatch) -> None:
    # After a relabel with a taxonomy of the user's, `relabel` alone applies the taxonomy in use (THEMELAKE_TAXONOMY,
    # else the bundled one): it said "nothing to relabel" though it made another taxonomy the one the views show.
    from datetime import UTC, datetime

    import warehouse.taxonomy_files
    from flows.relabel_record import Relabelled, record_relabel
    from warehouse.labels import current_taxonomy_version

    lake = make_report_lake(tmp_path / "lake")
    edited = tmp_path / "edited.toml"
    edited.write_text(TAXONOMY_TOML.replace('"trade", ', '"trade", "sanction", '))
    own = warehouse.taxonomy_files.read_taxonomy(str(edited))
    record_relabel(str(lake), str(lake), str(edited), own, "relabel-1", "cli", datetime.now(UTC),
                   Relabelled(paragraphs=1))
    assert current_taxonomy_version(lake) == own.version
    bundled = warehouse.taxonomy_files.read_taxonomy
    monkeypatch.setattr(warehouse.taxonomy_files, "read_taxonomy",  # the lake's run's taxonomy stands for the bundled
                        lambda path=None: TAXONOMY if path is None else bundled(path))
    back = runner.invoke(app, ["relabel", "--lake", str(lake)])
    assert back.exit_code == 0, back.output
    assert not flow_runs, flow_runs
    said = " ".join(back.output.split())
    assert (f'the lake\'s themes are now taxonomy "{TAXONOMY.name}" (version {TAXONOMY.version}, the bundled one), '
            f"in place of version {own.version}") in said, said
    assert "nothing to relabel" not in said
    assert current_taxonomy_version(lake) == TAXONOMY.version
    again = runner.invoke(app, ["relabel", "--lake", str(lake)])
    assert again.exit_code == 0 and "nothing to relabel" in again.output, again.output


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


def test_a_taxonomy_of_other_languages_is_not_said_to_have_scored_every_paragraph(tmp_path, flow_runs) -> None:
    # A German taxonomy over an English lake labels none of its paragraphs: the relabel said "every paragraph had
    # been scored with it already", and the user took the lake's missing themes for the taxonomy's terms.
    lake = make_report_lake(tmp_path / "lake", language="en")
    german = tmp_path / "de.toml"
    german.write_text(TAXONOMY_TOML.replace("min_score = 1.0", 'min_score = 1.0\nlanguages = ["de", "at"]'))
    result = runner.invoke(app, ["relabel", "--lake", str(lake), "--taxonomy", str(german)])
    assert result.exit_code == 0, result.output
    assert not flow_runs, flow_runs  # nothing it could label: no Prefect
    said = " ".join(result.output.split())
    assert "every paragraph had been scored" not in said, said
    assert "every paragraph in its languages had been scored with it already" in said, said
    articles = query(lake, "select count(*) as n from articles").to_pylist()[0]["n"]
    assert (f"all {articles} of the lake's articles are in a language the taxonomy does not declare (it declares "
            "de, at): stored, not labelled") in said, said
    twice = " ".join(runner.invoke(app, ["relabel", "--lake", str(lake), "--taxonomy", str(german)]).output.split())
    assert twice.startswith("nothing to relabel") and "has scored every paragraph in its languages" in twice, twice
    assert "(it declares de, at): stored, not labelled" in twice, twice
    # Its own language's lake: scored by the relabel as ever, nothing said of other languages.
    (tmp_path / "own.toml").write_text(TAXONOMY_TOML.replace("min_score = 1.0", 'min_score = 1.0\nlanguages = ["en"]'))
    again = runner.invoke(app, ["relabel", "--lake", str(lake), "--taxonomy", str(tmp_path / "own.toml")])
    assert again.exit_code == 0 and "languages the taxonomy does not declare" not in again.output, again.output
