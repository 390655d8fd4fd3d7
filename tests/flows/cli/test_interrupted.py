"""Ctrl-C during enrich, relabel or compact: one line and exit code 130, as during a run."""

from __future__ import annotations

import importlib

import pytest
from typer.testing import CliRunner

from flows.cli.main import app


def no_answer_before_the_flow(monkeypatch) -> None:
    """Make enrich, relabel and compact find something to do, so that each goes on to its flow."""
    monkeypatch.setattr("flows.enrich_record.answer_nothing_to_enrich", lambda lake, **_: None)
    monkeypatch.setattr("flows.relabel_record.answer_nothing_to_relabel", lambda *_, **__: None)
    monkeypatch.setattr("flows.nothing_to_compact.answer_nothing_to_compact", lambda *_, **__: None)


@pytest.mark.parametrize(
    ("command", "flow_module", "flow"),
    [
        ("enrich", "flows.enrich", "enrich_paragraphs"),
        ("relabel", "flows.relabel", "relabel_paragraphs"),
        ("compact", "flows.compact", "compact_lake_flow"),
    ],
)
@pytest.mark.slow
def test_ctrl_c_in_a_lake_command_is_one_line_and_exit_code_130(
    command, flow_module, flow, tmp_path, monkeypatch
) -> None:
    def interrupted(**_: object) -> dict:
        raise KeyboardInterrupt

    monkeypatch.setattr("warehouse.lake.existing_lake", lambda lake: str(lake))
    no_answer_before_the_flow(monkeypatch)
    monkeypatch.setattr("flows.cli.app.ready_to_write", lambda lake: None)
    monkeypatch.setattr(importlib.import_module(flow_module), flow, interrupted)
    result = CliRunner().invoke(app, [command, "--lake", str(tmp_path)])
    assert result.exit_code == 130, result.output
    assert "interrupted: nothing was half-written" in result.output
    assert "Traceback" not in result.output and len(result.output.strip().splitlines()) == 1


@pytest.mark.parametrize("command", ["enrich", "relabel", "compact"])
def test_ctrl_c_before_the_flow_starts_is_one_line_and_exit_code_130(command, tmp_path, monkeypatch) -> None:
    # Waiting for another writer's lock or for the temporary API: it ended with exit code 130 and no word.
    def waiting(lake: str) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("warehouse.lake.existing_lake", lambda lake: str(lake))
    no_answer_before_the_flow(monkeypatch)
    monkeypatch.setattr("flows.cli.app.ready_to_write", waiting)
    result = CliRunner().invoke(app, [command, "--lake", str(tmp_path)])
    assert result.exit_code == 130, result.output
    assert result.output.strip() == "error: interrupted before it started: nothing was written"
