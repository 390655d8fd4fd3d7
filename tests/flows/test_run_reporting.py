"""What each ingest run shows and records: artifacts, the runs row, up-front checks, retries."""

from __future__ import annotations

import errno
import json
import re
import shutil
import subprocess
from pathlib import Path

import duckdb
import pytest
from prefect.client.orchestration import get_client
from prefect.client.schemas.filters import (
    ArtifactFilter,
    ArtifactFilterFlowRunId,
    FlowRunFilter,
    FlowRunFilterId,
)
from typer.testing import CliRunner

import flows.batch
import flows.ingest
import flows.ingest_tasks
from flows.artifacts import MAX_QUARANTINED_LISTED, summary_markdown
from flows.cli.main import app
from flows.ingest import ingest_articles
from flows.summary_text import plain_text
from warehouse.lake import CATALOG

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def inbox(tmp_path, data_dir):
    source = tmp_path / "inbox"
    source.mkdir()
    shutil.copy(data_dir / "seed_format.txt", source / "seed.txt")
    (source / "empty.txt").write_bytes(b"")
    return source


def runs(lake) -> list[tuple]:
    con = duckdb.connect(str(lake / CATALOG), read_only=True)
    return con.sql("select state, deployment, files_seen, git_commit, parameters from runs").fetchall()


@pytest.mark.slow
def test_run_publishes_summary_and_theme_count_artifacts(tmp_path, inbox, taxonomy_file) -> None:
    lake = tmp_path / "lake"
    summary = ingest_articles(source=str(inbox), lake=str(lake), taxonomy=taxonomy_file)
    with get_client(sync_client=True) as client:
        artifacts = client.read_artifacts(
            artifact_filter=ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(any_=[summary["run_id"]]))
        )
    by_key = {a.key: a.data for a in artifacts}
    markdown = by_key["ingest-summary"]
    assert "| files seen | 2 |" in markdown and "| files quarantined | 1 |" in markdown
    shown = plain_text(markdown)  # the file name as the UI and a terminal show it (escaped in markdown)
    assert re.search(rf"{re.escape(str(inbox / 'empty.txt'))} +empty", shown) and str(lake) in shown
    table = json.loads(by_key["ingest-theme-counts"])
    con = duckdb.connect(str(lake / CATALOG), read_only=True)
    expected = con.sql(
        "select theme_id, count(*) from paragraph_themes group by 1 order by 2 desc, 1"
    ).fetchall()
    assert sorted((r["theme_id"], r["paragraphs"]) for r in table) == sorted(expected)
    assert table[0]["paragraphs"] == expected[0][1]  # most labelled first
    assert f"| {table[0]['theme']} | {table[0]['theme_id']} | {table[0]['paragraphs']} |" in markdown


@pytest.mark.slow
def test_runs_row_carries_resolved_parameters_and_the_source_commit(tmp_path, inbox, taxonomy_file) -> None:
    lake = tmp_path / "lake"
    ingest_articles(source=str(inbox), lake=str(lake), taxonomy=taxonomy_file, batch_size=7)
    ((state, deployment, seen, commit, parameters),) = runs(lake)
    assert (state, deployment, seen) == ("COMPLETED", "cli", 2)
    assert json.loads(parameters) == {
        "source": str(inbox),
        "lake": str(lake),
        "taxonomy": taxonomy_file,
        "batch_size": 7,
        "compact": True,
        "enrich": True,
        "fields": None,
        "include": None,
        "exclude": None,
        "report": False,
        "workers": 1,  # the processes its batch used: two files are a small run, read in the flow's own process
    }
    assert commit == checkout_head()


def checkout_head() -> str | None:
    """Return `git rev-parse HEAD` of the checkout these tests (and the code) run from, None outside one."""
    try:
        done = subprocess.run(["git", "rev-parse", "HEAD"], cwd=REPO, capture_output=True, text=True, timeout=10)
    except OSError:  # no git on this machine: runs.git_commit cannot be known either
        return None
    head = done.stdout.strip()
    if done.returncode != 0 or not (REPO / ".git").exists():  # an installed copy, not a checkout
        return None
    assert re.fullmatch(r"[0-9a-f]{40}", head), head
    return head


@pytest.mark.slow
def test_source_and_lake_default_to_the_environment(tmp_path, inbox, taxonomy_file, monkeypatch) -> None:
    lake = tmp_path / "env-lake"
    monkeypatch.setenv("THEMELAKE_INBOX", str(inbox))
    monkeypatch.setenv("THEMELAKE_LAKE", str(lake))
    summary = ingest_articles(taxonomy=taxonomy_file)
    assert summary["lake"] == str(lake) and summary["files_seen"] == 2


@pytest.mark.slow
def test_missing_source_fails_before_any_task_and_is_recorded(tmp_path, taxonomy_file) -> None:
    lake = tmp_path / "lake"
    state = ingest_articles(
        source=str(tmp_path / "nowhere"), lake=str(lake), taxonomy=taxonomy_file, return_state=True
    )
    assert state.is_failed() and "source not found" in state.message
    flow_run_id = state.state_details.flow_run_id
    with get_client(sync_client=True) as client:
        tasks = client.read_task_runs(flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[flow_run_id])))
    assert tasks == []
    ((state_name, deployment, seen, _, parameters),) = runs(lake)
    assert (state_name, deployment, seen) == ("FAILED", "cli", None)
    assert json.loads(parameters)["source"] == str(tmp_path / "nowhere")


@pytest.mark.slow
def test_transient_os_error_is_retried_and_the_run_completes(
    tmp_path, inbox, taxonomy_file, monkeypatch
) -> None:
    calls = []
    real = flows.batch.stage_rows

    def flaky(*args, **kwargs):
        calls.append(1)
        if len(calls) == 1:
            raise OSError(errno.EIO, "Input/output error")
        return real(*args, **kwargs)

    monkeypatch.setattr(flows.batch, "stage_rows", flaky)
    monkeypatch.setattr(flows.ingest_tasks.process_batch, "retry_delay_seconds", [0, 0, 0])  # keep the test fast
    summary = ingest_articles(source=str(inbox), lake=str(tmp_path / "lake"), taxonomy=taxonomy_file)
    assert len(calls) == 2 and summary["files_new"] == 1
    assert [r[0] for r in runs(tmp_path / "lake")] == ["COMPLETED"]


@pytest.mark.slow
def test_permission_error_is_not_retried(tmp_path, inbox, taxonomy_file, monkeypatch) -> None:
    calls = []

    def denied(*args, **kwargs):
        calls.append(1)
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(flows.batch, "stage_rows", denied)
    state = ingest_articles(
        source=str(inbox), lake=str(tmp_path / "lake"), taxonomy=taxonomy_file, return_state=True
    )
    assert state.is_failed() and len(calls) == 1


@pytest.mark.slow
def test_cli_prints_the_artifact_summary_without_a_progress_bar(tmp_path, inbox, taxonomy_file) -> None:
    result = CliRunner().invoke(
        app, ["run", str(inbox), "--lake", str(tmp_path / "lake"), "--taxonomy", taxonomy_file]
    )
    assert result.exit_code == 0, result.output
    assert "Top themes of this run" in result.output and "conflict, war and peace" in result.output
    assert "Quarantined files (1)" in result.output and "empty.txt" in result.output
    assert "batches" not in result.output  # not a terminal: no progress bar


def test_summary_lists_at_most_some_quarantined_files() -> None:
    many = [(f"/in/{i}.txt", "empty", "the file is empty") for i in range(MAX_QUARANTINED_LISTED + 5)]
    text = summary_markdown({"run_id": "r", "lake": "/lake", "quarantined": many, "themes": []})
    assert text.count("| empty |") == MAX_QUARANTINED_LISTED and "5 more" in text
    assert "No theme labels were written in this run." in text


def test_summary_lists_gzip_files_whose_trailing_data_was_left_out() -> None:
    detail = "28 bytes after the gzip stream ignored (trailing data that is not gzip)"
    text = plain_text(summary_markdown({"run_id": "r", "lake": "/lake", "themes": [],
                                        "gzip_trailing": [("/in/feed.jsonl.gz", detail)]}))
    assert "Gzip files with data after their stream (1)" in text
    assert "/in/feed.jsonl.gz" in text and detail in text


def test_file_names_in_the_summary_show_as_they_are_rendered_or_plain() -> None:
    from io import StringIO

    from rich.console import Console
    from rich.markdown import Markdown

    names = ["a_*b*_c.docx", "[draft](v2) <final>.txt", "x|y\\z.pdf"]
    text = summary_markdown({"run_id": "r", "lake": "/lake", "themes": [],
                             "quarantined": [(n, "unsupported_format", "no reader") for n in names]})
    rendered = StringIO()
    Console(file=rendered, width=200, color_system=None).print(Markdown(text))  # a terminal's view
    for name in names:
        assert name in rendered.getvalue()
        assert name in plain_text(text)  # a pipe's view


def test_control_characters_in_file_names_cannot_reach_the_terminal() -> None:
    # "esc\x1b[31mRED.txt" printed raw recoloured the terminal the summary went to.
    text = summary_markdown({"run_id": "r", "lake": "/lake", "themes": [],
                             "quarantined": [("esc\x1b[31mRED.txt", "unsupported_format", "no\x07 reader")]})
    plain = plain_text(text)
    assert "\x1b" not in text and "\x07" not in text
    assert "esc\\x1b[31mRED.txt" in plain and "no\\x07 reader" in plain


@pytest.mark.slow
def test_control_characters_in_file_names_cannot_reach_the_terminal_through_the_log(tmp_path, taxonomy_file) -> None:
    # The summary showed them as \xNN, but the run's WARNING lines (quarantined, deleted) printed them raw.
    import logging

    inbox, lake = tmp_path / "inbox", tmp_path / "lake"
    inbox.mkdir()
    gone = inbox / "gone\x1b[31mRED.txt"
    gone.write_text("Red headline\n\nTroops and soldiers moved again at the border.\n")
    (inbox / "esc\x1b[31mRED.pdf").write_bytes(b"%PDF-1.4")
    (inbox / "feed\x07.jsonl").write_text('{"id": "a", "text": "Troops at the border."}\nnot json\n')
    records: list[logging.LogRecord] = []
    handler = logging.Handler()
    handler.emit = records.append  # type: ignore[method-assign]
    logger = logging.getLogger("prefect.flow_runs")
    logger.addHandler(handler)
    try:
        ingest_articles(source=str(inbox), lake=str(lake), taxonomy=taxonomy_file)
        gone.unlink()
        ingest_articles(source=str(inbox), lake=str(lake), taxonomy=taxonomy_file)
    finally:
        logger.removeHandler(handler)
    lines = [r.getMessage() for r in records]
    assert not [line for line in lines if "\x1b" in line or "\x07" in line]
    warnings = [r.getMessage() for r in records if r.levelno == logging.WARNING]
    assert any(w.startswith("quarantined ") and "esc\\x1b[31mRED.pdf (unsupported_format): " in w for w in warnings)
    assert any(w.startswith("deleted since the last run: ") and w.endswith("gone\\x1b[31mRED.txt") for w in warnings)
    # One sentence: which record of which file, and why ("record 2" was said twice, the why in brackets)
    assert any(w.startswith("quarantined record 2 of ") and "feed\\x07.jsonl (malformed_record): not JSON" in w
               for w in warnings)
