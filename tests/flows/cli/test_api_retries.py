"""A CLI run whose Prefect server stops gives up within seconds, not minutes; the user's own choice stands."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from flows.api_server import CLI_CLIENT_MAX_RETRIES

REPO = Path(__file__).resolve().parents[3]

# What `themelake run` does before its flow (the API's check and start left out: no server here),
# then the retries each of the run's Prefect API calls gets.
READY_THEN_RETRIES = """
import sys
import flows.api_server as api_server
api_server.check_api = lambda url=None: None
api_server.ensure_api = lambda: None
from flows.cli.app import ready_to_write
ready_to_write(sys.argv[1])
from prefect.settings import PREFECT_CLIENT_MAX_RETRIES
print(PREFECT_CLIENT_MAX_RETRIES.value())
"""


def retries_in_a_cli_run(tmp_path: Path, env: dict[str, str], profile: str | None = None) -> int:
    home = tmp_path / "prefect-home"
    home.mkdir()
    if profile is not None:
        (home / "profiles.toml").write_text(f'active = "mine"\n\n[profiles.mine]\n{profile}\n')
    environment = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_CLIENT_")}
    environment.pop("PREFECT_PROFILE", None)
    done = subprocess.run(
        [sys.executable, "-c", READY_THEN_RETRIES, str(tmp_path / "lake")],
        cwd=tmp_path, capture_output=True, text=True, timeout=120,
        env={**environment, **env, "PREFECT_HOME": str(home), "PYTHONPATH": str(REPO)},
    )
    assert done.returncode == 0, done.stderr
    return int(done.stdout.split()[-1])


def test_a_cli_run_bounds_prefects_retries_of_an_api_that_stopped(tmp_path) -> None:
    # Prefect's 5 retries a call (about 70 s each against a stopped server) and the two or three calls
    # a run makes after its last commit: the one line came two to three minutes after the server stopped.
    assert retries_in_a_cli_run(tmp_path, {}) == CLI_CLIENT_MAX_RETRIES


@pytest.mark.parametrize("where", ["environment", "profile"])
def test_the_users_own_client_retries_stand(tmp_path, where) -> None:
    if where == "environment":
        assert retries_in_a_cli_run(tmp_path, {"PREFECT_CLIENT_MAX_RETRIES": "5"}) == 5
    else:
        assert retries_in_a_cli_run(tmp_path, {}, profile='PREFECT_CLIENT_MAX_RETRIES = "7"') == 7
