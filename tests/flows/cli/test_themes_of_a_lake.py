"""`themelake themes --lake`: the themes a lake's labels use, not the taxonomy a run would use now."""

from __future__ import annotations

from datetime import timedelta

from typer.testing import CliRunner

from flows.cli.main import app
from tests.warehouse.report_lake import INGESTED, TAXONOMY, TAXONOMY_TOML, make_report_lake
from transforms.taxonomy import parse_taxonomy
from warehouse import lake as lakes
from warehouse.tables import run_row, theme_rows

runner = CliRunner()

RELABELLED = parse_taxonomy('[taxonomy]\nname = "sharper"\nsemantic = false\n'
                            '[[themes]]\nid = "strife"\nname = "Strife"\nterms = ["war", "troops", "siege"]\n')


def relabel(lake, taxonomy) -> None:
    """Commit what a relabel run commits for `themes`: the new version's themes and its runs row."""
    run = "run-relabel-1"
    ended = INGESTED + timedelta(days=1)
    lakes.commit(lake, {"themes": theme_rows(lake, taxonomy, run), "runs": [run_row(
        lake, run_id=run, flow_name="relabel-paragraphs", deployment="cli", parameters="{}",
        taxonomy_version=taxonomy.version, source="", counts={}, started=ended, ended=ended, state="COMPLETED",
    )]})


def test_themes_of_a_lake_are_its_labels_and_another_taxonomy_in_use_is_said(tmp_path) -> None:
    # `themes` showed the bundled taxonomy (or --taxonomy) whatever the lake was labelled with.
    lake = str(make_report_lake(tmp_path / "lake"))

    shown = runner.invoke(app, ["themes", "--lake", lake])

    assert shown.exit_code == 0, shown.output
    assert f"report test (version {TAXONOMY.version}" in shown.stdout
    for name in ("conflict, war and peace", "economy, business and finance", "society"):
        assert name in shown.stdout
    assert "iptc" not in shown.stdout.lower() and "run-report-1" in shown.stdout
    # the bundled taxonomy is in use: not the lake's, and relabel brings the lake to it
    assert "is not the lake's" in shown.stderr and f"`themelake relabel --lake {lake}`" in shown.stderr

    same = tmp_path / "report.toml"
    same.write_text(TAXONOMY_TOML)
    in_use = runner.invoke(app, ["themes", "--lake", lake, "--taxonomy", str(same)])
    assert in_use.exit_code == 0 and "report test" in in_use.stdout and in_use.stderr == "", in_use.output


def test_after_a_relabel_the_lake_shows_the_new_version_and_holds_the_old(tmp_path) -> None:
    lake = make_report_lake(tmp_path / "lake")
    relabel(lake, RELABELLED)

    shown = runner.invoke(app, ["themes", "--lake", str(lake), "--taxonomy", str(tmp_path / "report.toml")])
    assert shown.exit_code == 2 and "taxonomy file not found" in shown.output  # a bad --taxonomy is said first

    shown = runner.invoke(app, ["themes", "--lake", str(lake)])
    assert shown.exit_code == 0, shown.output
    assert f"sharper (version {RELABELLED.version}" in shown.stdout and "Strife" in shown.stdout
    assert "conflict, war and peace" not in shown.stdout
    assert "1 other taxonomy version too" in shown.stderr


def test_a_lake_without_labels_or_no_lake_is_one_line(tmp_path) -> None:
    empty = tmp_path / "empty"
    lakes.commit(empty, {})
    none = runner.invoke(app, ["themes", "--lake", str(empty)])
    assert none.exit_code == 0 and none.stdout == "" and "no labels yet" in none.stderr, none.output
    for args in (["--lake", str(tmp_path / "nowhere")], ["--lake", str(empty), "--export"]):
        refused = runner.invoke(app, ["themes", *args])
        assert refused.exit_code == 2 and len(refused.output.strip().splitlines()) == 1, refused.output
        assert "Traceback" not in refused.output


def test_a_lake_whose_only_run_was_killed_names_the_run_its_labels_are_of(tmp_path) -> None:
    # A first run killed after its first batch leaves the taxonomy's themes and labels, and no `runs`
    # row: the line under the themes said "(run None)".
    lake = tmp_path / "lake"
    lakes.commit(lake, {"themes": theme_rows(lake, RELABELLED, "run-killed")})
    shown = runner.invoke(app, ["themes", "--lake", str(lake)])
    assert shown.exit_code == 0, shown.output
    assert "Strife" in shown.stdout and f"the themes of the labels in {lake} (run run-killed)" in shown.stdout


def test_a_version_whose_themes_the_lake_does_not_record_is_a_note_not_an_empty_table(tmp_path) -> None:
    # Decided: a lake whose current labels' version has no `themes` rows (its run's themes never committed)
    # lists nothing, so it prints no heading over an empty table (it printed "(unnamed) (version …, min
    # score None)" and a table of headers only): one note names the version and the run, and where its
    # labels' theme ids are.
    lake = make_report_lake(tmp_path / "lake")
    ended = INGESTED + timedelta(days=1)
    lakes.commit(lake, {"runs": [run_row(
        lake, run_id="run-bare", flow_name="relabel-paragraphs", deployment="cli", parameters="{}",
        taxonomy_version=RELABELLED.version, source="", counts={}, started=ended, ended=ended, state="COMPLETED",
    )]})
    shown = runner.invoke(app, ["themes", "--lake", str(lake)])
    assert shown.exit_code == 0, shown.output
    assert shown.stdout == "", shown.stdout
    assert f"version {RELABELLED.version}" in shown.stderr and "run-bare" in shown.stderr, shown.stderr
    assert "paragraph_themes" in shown.stderr and "(unnamed)" not in shown.stderr
