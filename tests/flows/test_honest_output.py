"""Summaries count what a run did, and output to a file or a pipe is plain and whole."""

from __future__ import annotations

import csv
import io
import json
import shutil

import duckdb
import pytest
from typer.testing import CliRunner

from flows.artifacts import summary_markdown
from flows.cli.main import app
from flows.ingest import ingest_articles
from tests.flows.conftest import TEST_TAXONOMY
from transforms.formats.mapping_text import unmatched_field_warnings
from warehouse.lake import CATALOG
from warehouse.sources.choice import unmatched_glob_warning

runner = CliRunner()


@pytest.fixture
def inbox(tmp_path, data_dir):
    source = tmp_path / "inbox"
    source.mkdir()
    shutil.copy(data_dir / "seed_format.txt", source / "seed.txt")
    (source / "empty.txt").write_bytes(b"")
    (source / "blank.txt").write_text("   \n\n  ")
    return source


def sql(lake, query: str) -> list[tuple]:
    con = duckdb.connect(str(lake / CATALOG), read_only=True)
    try:
        return con.sql(query).fetchall()
    finally:
        con.close()


@pytest.mark.slow
def test_a_taxonomy_change_counts_the_labels_it_wrote_on_older_articles(tmp_path, inbox, taxonomy_file) -> None:
    lake = tmp_path / "lake"
    ingest_articles(source=str(inbox), lake=str(lake), taxonomy=taxonomy_file)
    changed = tmp_path / "changed.toml"
    changed.write_text(TEST_TAXONOMY.replace('"conflict"]', '"conflict", "border"]'))
    summary = ingest_articles(source=str(inbox), lake=str(lake), taxonomy=str(changed))
    assert summary["files_new"] == summary["files_changed"] == 0  # nothing read: every label is a relabel
    ((written,),) = sql(lake, f"select count(*) from paragraph_themes_history where run_id = '{summary['run_id']}'")
    assert written > 0
    assert summary["themes_written"] == written
    assert sql(lake, f"select themes_written from runs where run_id = '{summary['run_id']}'") == [(written,)]
    text = summary_markdown(summary)
    assert "No theme labels were written" not in text
    assert f"older articles were relabelled with this one, {written} labels" in text


@pytest.mark.slow
def test_a_rerun_says_how_many_files_are_still_quarantined(tmp_path, inbox, taxonomy_file) -> None:
    lake = tmp_path / "lake"
    first = ingest_articles(source=str(inbox), lake=str(lake), taxonomy=taxonomy_file)
    assert len(first["quarantined"]) == 2 and first["still_quarantined"] == 0
    (inbox / "blank.txt").touch()  # new mtime, same bytes: read again, quarantined again for the same reason
    again = ingest_articles(source=str(inbox), lake=str(lake), taxonomy=taxonomy_file)
    assert again["quarantined"] == [] and again["still_quarantined"] == 2
    text = summary_markdown(again)
    assert "2 files still quarantined (none new)" in text
    assert "None." not in text


@pytest.mark.slow
def test_query_csv_writes_nested_columns_as_json(tmp_path, inbox, taxonomy_file) -> None:
    lake = tmp_path / "lake"
    ingest_articles(source=str(inbox), lake=str(lake), taxonomy=taxonomy_file)
    result = runner.invoke(
        app,
        ["query", "select theme_id, evidence from paragraph_themes order by paragraph_id, theme_id",
         "--lake", str(lake), "--format", "csv"],
    )
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert rows
    for row in rows:
        evidence = json.loads(row["evidence"])
        assert evidence and {"term", "start", "end", "weight"} <= set(evidence[0])


@pytest.mark.slow
def test_table_output_to_a_file_is_not_cut_or_wrapped(tmp_path, inbox, taxonomy_file) -> None:
    lake = tmp_path / "lake"
    ingest_articles(source=str(inbox), lake=str(lake), taxonomy=taxonomy_file)
    ((longest,),) = sql(lake, "select text from paragraphs order by length(text) desc limit 1")
    assert len(longest) > 120 and "\n" not in longest
    result = runner.invoke(
        app, ["query", "select text from paragraphs order by length(text) desc limit 1", "--lake", str(lake)]
    )
    assert result.exit_code == 0, result.output
    assert any(longest in line for line in result.output.splitlines())  # whole, on one line
    assert "…" not in result.output


@pytest.mark.slow
def test_the_run_summary_to_a_pipe_is_plain_text(tmp_path, inbox, taxonomy_file) -> None:
    result = runner.invoke(app, ["run", str(inbox), "--lake", str(tmp_path / "lake"), "--taxonomy", taxonomy_file])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert not [line for line in lines if line.startswith(("|", "#")) or "`" in line]  # no markdown
    assert any(line.split() == ["files", "seen", "3"] for line in lines)
    assert "Quarantined files (2)" in lines


@pytest.mark.parametrize(("left_out", "said"), [
    (["README.TXT"], "Left out 1 repository file (README, LICENSE, CHANGELOG): README.TXT"),
    (["README.md", "LICENSE"], "Left out 2 repository files (README, LICENSE, CHANGELOG): README.md, LICENSE"),
])
def test_the_left_out_repository_files_are_counted_in_words_that_agree(left_out, said) -> None:
    from flows.artifacts import input_notes

    assert any(line.startswith(said) for line in input_notes({"left_out": left_out}))


def test_left_out_saved_page_folders_are_said_apart_from_repository_files() -> None:
    from flows.artifacts import input_notes

    notes = input_notes({"left_out": ["README.md", "news/story_files/"]})
    assert any(line.startswith("Left out 1 repository file (README, LICENSE, CHANGELOG): README.md") for line in notes)
    [saved] = [line for line in notes if "saved" in line]
    assert saved.startswith("Left out 1 saved page's resource folder (X_files beside X.html): news/story")


def test_the_summary_counts_themes_as_themes() -> None:
    # "Top themes of this run (13 labelled)" read as 13 articles labelled; it counted the themes with labels.
    summary = {"run_id": "r", "lake": "lake", "themes": [("a", "Alpha", 5), ("b", "Beta", 2)]}
    assert "## Top themes of this run (2 themes with labels)" in summary_markdown(summary)


def test_the_summary_says_when_its_table_lists_only_the_top_themes() -> None:
    # "(11 themes with labels)" above a table of 10 read as a theme missing from it.
    from flows.artifacts import TOP_THEMES

    themes = [(f"t{n}", f"Theme {n}", 100 - n) for n in range(TOP_THEMES + 1)]
    markdown = summary_markdown({"run_id": "r", "lake": "lake", "themes": themes})
    heading = f"## Top themes of this run (the {TOP_THEMES} of {TOP_THEMES + 1} themes with labels that have the most)"
    assert heading in markdown
    assert f"Theme {TOP_THEMES - 1} |" in markdown and f"Theme {TOP_THEMES} |" not in markdown


def test_tied_themes_in_the_summary_are_in_the_order_the_query_gives() -> None:
    # The summary listed tied themes in the order the run first counted them; `make run`'s query (and the
    # report) order them by name, so the two lists of one run disagreed.
    from collections import Counter

    from flows.run_record import ranked_themes

    counts = Counter({"soc": 4, "crime": 4, "econ": 9, "sport": 1})
    names = {"soc": "society", "crime": "crime, law and justice", "econ": "economy", "sport": "sport"}
    assert [name for _, name, _ in ranked_themes(counts, names)] == [
        "economy", "crime, law and justice", "society", "sport"]
    assert ranked_themes(Counter({"x": 2}), {}) == [("x", "x", 2)]  # a theme the taxonomy no longer names


@pytest.mark.parametrize(("parameters", "said", "not_said"), [
    ((), "(`--include` names one to read it)", "`include` names"),
    (frozenset({"include", "fields", "lake"}), "(`include` names one to read it)", "--include"),
])
def test_the_summarys_hints_name_a_deployments_parameters_and_the_clis_options(parameters, said, not_said) -> None:
    # A deployment's run said "(`--include` names one to read it)", an option its form has not: its parameter
    # is `include`.
    summary = {"run_id": "r", "lake": "lake", "left_out": ["README.md"], "mappings": {"a.csv": {"text": "body"}}}
    text = summary_markdown(summary, parameters)
    assert said in text and not_said not in text
    assert ("`fields` `NAME=FIELD`" in text) == bool(parameters)


@pytest.mark.slow  # a flow run
def test_a_deployments_ingest_summary_names_its_include_parameter(tmp_path, taxonomy_file, monkeypatch) -> None:
    from types import SimpleNamespace

    import flows.ingest

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "story.txt").write_text("Troops crossed the border as the war widened.\n\nTalks stalled again.")
    (inbox / "README.md").write_text("# What this folder holds\n\nNews stories, one a file.")
    published: list[str] = []
    monkeypatch.setattr(flows.ingest, "publish_run_artifacts", lambda summary, *parameters: published.append(
        summary_markdown(summary, *parameters)))
    monkeypatch.setattr(flows.ingest, "deployment", SimpleNamespace(id="a-deployment", name="nightly"))
    flows.ingest.ingest_articles(source=str(inbox), lake=str(tmp_path / "lake"), taxonomy=taxonomy_file)
    [markdown] = published
    assert "README.md (`include` names one to read it)" in markdown and "--include" not in markdown


@pytest.mark.parametrize(("parameters", "said", "not_said"), [
    ((), ["--include sprot matches no file", "--field text=Story matches no field"], "`include`"),
    (frozenset({"include", "fields", "lake"}), ["`include` sprot matches no file", "`fields` text=Story matches no"],
     "--"),
])
def test_the_summarys_warnings_name_what_a_deployment_set(parameters, said, not_said) -> None:
    # A deployment's run given `include: ["sprot"]` was warned of "--include sprot", an option its form has not.
    summary = {"run_id": "r", "lake": "lake",
               "glob_warnings": [unmatched_glob_warning("--include", "sprot")],
               "field_warnings": unmatched_field_warnings({"text": "Story"}, ["story", "id"])}
    warnings = [line for line in summary_markdown(summary, parameters).splitlines() if line.startswith("Warning:")]
    assert len(warnings) == 2 and all(words in "\n".join(warnings) for words in said), warnings
    assert not_said not in "\n".join(warnings), warnings
