"""`themelake serve` says a deployments file's mistake before it asks for a server, in one line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]


def serve(*options: str) -> subprocess.CompletedProcess[str]:
    # A Prefect API that cannot answer: the file's mistake must be said without one.
    env = {**os.environ, "PREFECT_API_URL": "http://127.0.0.1:9/api", "COLUMNS": "200"}
    return subprocess.run([sys.executable, "-m", "flows.cli", "serve", *options], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize(("options", "said"), [
    # Said "the Prefect API ... is unreachable" first: the user started a server, then learned of the file.
    (["--prefect-file", "deployments/no-such.yaml"], "error: deployments/no-such.yaml: No such file"),
    (["--name", "ingest-articles/weekly"], "no deployment named ingest-articles/weekly"),
    # A label map given as the deployments file was a traceback ('str' object has no attribute 'get').
    (["--prefect-file", "examples/bbc-map.toml"], "error: examples/bbc-map.toml: not a deployments file"),
])
def test_a_deployments_file_s_mistake_is_said_before_the_server_is_asked_for(options, said) -> None:
    result = serve(*options)
    assert result.returncode == 2 and said in result.stderr, result.stderr
    assert "unreachable" not in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_right_file_without_a_server_still_says_the_server_is_needed() -> None:
    result = serve("--name", "ingest-articles/daily")
    assert result.returncode == 2 and "unreachable" in result.stderr, result.stderr
