"""Runs still send Prefect heartbeats (the server's crash detection) without the join at their end."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from functools import partial
from pathlib import Path

import pytest
from prefect import flow, flow_engine

from flows.heartbeats import skip_heartbeat_join

beat = threading.Event()


@flow
def waits_for_a_heartbeat() -> bool:
    return beat.wait(60)  # the heartbeat thread sends its first one as the run starts


@pytest.mark.slow  # a flow run
def test_a_run_sends_heartbeats_and_ends_without_joining_their_thread(monkeypatch) -> None:
    monkeypatch.setattr(flow_engine, "_send_heartbeats", flow_engine._send_heartbeats)  # restored afterwards
    emit = flow_engine.FlowRunEngine._emit_flow_run_heartbeat

    def emitted(self, *args):
        beat.set()
        return emit(self, *args)

    monkeypatch.setattr(flow_engine.FlowRunEngine, "_emit_flow_run_heartbeat", emitted)
    skip_heartbeat_join()
    skip_heartbeat_join()  # twice: still one wrapper
    patched = flow_engine._send_heartbeats
    assert isinstance(patched, partial) and patched.keywords == {"join_on_exit": False}
    assert not isinstance(patched.func, partial)
    assert waits_for_a_heartbeat() is True, "the run sent no heartbeat"


def test_a_flow_run_from_python_ends_without_joining_the_heartbeat_thread() -> None:
    # A served deployment or the benchmark runs `ingest_articles` from Python, without the CLI's set-up:
    # importing the flow is enough. A fresh interpreter, since another test may have done it already.
    repo = Path(__file__).resolve().parents[2]
    probe = (
        "from functools import partial\n"
        "import flows.ingest\n"
        "from prefect import flow_engine\n"
        "send = flow_engine._send_heartbeats\n"
        "print(isinstance(send, partial) and send.keywords == {'join_on_exit': False})\n"
    )
    env = {**os.environ, "PYTHONPATH": str(repo)}
    env.pop("PREFECT_API_URL", None)  # importing the flow starts nothing
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=repo, env=env, capture_output=True, text=True, timeout=120, check=True
    )
    assert done.stdout.strip().splitlines()[-1] == "True"
