"""Runs still send Prefect heartbeats (the server's crash detection) without the join at their end."""

from __future__ import annotations

import threading
from functools import partial

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
