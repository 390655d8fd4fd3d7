"""A flow run's end does not wait for Prefect's heartbeat thread: up to a second less per run.

Prefect 3.9's flow engine sends a heartbeat every PREFECT_FLOWS_HEARTBEAT_FREQUENCY seconds (180 by
default) from a daemon thread that sleeps in 1-second steps; the server marks a run whose heartbeats
stop as crashed, so they stay on. The synchronous engine joins that thread when the run ends
(`_send_heartbeats(engine, join_on_exit=True)`), which costs up to a second, 0.5 s on average, on
every run; the async engine passes `join_on_exit=False`. Without the join the thread still stops on
its own within a second, never sending a heartbeat once its stop event is set (it checks before
each one), and, a daemon, never holds the process up.

`skip_heartbeat_join` gives the synchronous engine the async engine's choice. It wraps Prefect's
own function, changing only that argument; tests/flows/test_heartbeats.py fails if Prefect renames
it or changes its signature, and checks that runs still send their heartbeats.
"""

from __future__ import annotations

import inspect
from functools import partial


def skip_heartbeat_join() -> None:
    """Make Prefect's synchronous flow engine end its runs without joining the heartbeat thread."""
    from prefect import flow_engine

    send = flow_engine._send_heartbeats
    if isinstance(send, partial):  # done already
        return
    if "join_on_exit" not in inspect.signature(send).parameters:
        raise RuntimeError("prefect.flow_engine._send_heartbeats takes no join_on_exit: see flows/heartbeats.py")
    flow_engine._send_heartbeats = partial(send, join_on_exit=False)  # type: ignore[assignment]
