from __future__ import annotations

import pytest
from prefect.testing.utilities import prefect_test_harness


@pytest.fixture(autouse=True)
def one_batch_process(monkeypatch):
    """Run batches in the test's own process: monkeypatches reach them, and no pool starts per test.

    tests/flows/test_parallel.py asks for a pool explicitly and checks the batches ran in it and wrote
    the same tables; tests/flows/test_kill_recover.py kills runs with their pool on, and recovers with one.
    """
    monkeypatch.setenv("THEMELAKE_WORKERS", "1")


@pytest.fixture(autouse=True)
def prefects_own_client_retries():
    """Undo what a CLI command run in the test's process set (`flows.api_server.bound_client_retries`): the
    next test, a serve's or a worker's, would find PREFECT_CLIENT_MAX_RETRIES set, as if by its user."""
    import os

    before = os.environ.get("PREFECT_CLIENT_MAX_RETRIES")
    yield
    if os.environ.get("PREFECT_CLIENT_MAX_RETRIES") != before:
        from prefect.context import refresh_global_settings_context

        if before is None:
            os.environ.pop("PREFECT_CLIENT_MAX_RETRIES", None)
        else:
            os.environ["PREFECT_CLIENT_MAX_RETRIES"] = before
        refresh_global_settings_context()


@pytest.fixture(scope="session")
def prefect_api():
    """One temporary Prefect API for every flow test of the session (its start takes about 20 s)."""
    with prefect_test_harness(server_startup_timeout=120):
        yield


@pytest.fixture(autouse=True)
def prefect_for_slow_tests(request):
    """Start the session's Prefect API for the slow tests, where the flow runs are; a fast test needs none.

    The fast tier (`pytest -m "not slow"`) then never waits for it: a fast test that starts a flow
    after all (a CLI check that fails before the flow runs, say) gets Prefect's own temporary API, in
    seconds, and one that runs a flow belongs in the slow tier. A module-scoped fixture that runs a
    flow asks for `prefect_api` itself: it is set up before any test's own fixtures.
    """
    if request.node.get_closest_marker("slow") is not None:
        request.getfixturevalue("prefect_api")


TEST_TAXONOMY = """
[taxonomy]
name = "test"
min_score = 1.0
[[themes]]
id = "medtop:16000000"
name = "conflict, war and peace"
terms = ["war", "soldier", "troops", "fighting", "conflict"]
[[themes]]
id = "medtop:04000000"
name = "economy, business and finance"
terms = ["sanction", "trade", "payment", "economist", "export", "price"]
[[themes]]
id = "medtop:14000000"
name = "society"
terms = ["poverty", "hunger", "hungry", "welfare", "food bank"]
"""


@pytest.fixture
def taxonomy_file(tmp_path):
    path = tmp_path / "taxonomy.toml"
    path.write_text(TEST_TAXONOMY)
    return str(path)
