"""The temporary API server's log: its stop's cancelled database calls are no error, the pool's other errors are."""

from __future__ import annotations

import asyncio
import logging
import socket
import sqlite3
import sys

import pytest

from flows.api_server import _NoPoolCancellations, quiet_pool_cancellations

POOL_LOGGER = "sqlalchemy.pool.impl.AsyncAdaptedQueuePool"  # the logger of the traceback a busy run's stop showed


def _log_reset_failure(error: BaseException) -> None:
    try:
        raise error
    except BaseException:
        logging.getLogger(POOL_LOGGER).error("Exception during reset or similar", exc_info=sys.exc_info())


@pytest.fixture
def quieted() -> object:
    quiet_pool_cancellations()
    yield
    for name in logging.root.manager.loggerDict:
        if name.startswith("sqlalchemy.pool"):
            logger = logging.getLogger(name)
            logger.filters = [f for f in logger.filters if not isinstance(f, _NoPoolCancellations)]


def test_a_cancelled_rollback_at_the_servers_stop_is_not_logged_and_a_real_failure_is(quieted, caplog) -> None:
    caplog.set_level(logging.ERROR)
    _log_reset_failure(asyncio.CancelledError())
    assert caplog.records == []
    _log_reset_failure(sqlite3.OperationalError("disk I/O error"))
    assert [r.exc_info[0] for r in caplog.records if r.exc_info] == [sqlite3.OperationalError]


def test_quieting_twice_adds_one_filter(quieted) -> None:
    quiet_pool_cancellations()
    assert sum(isinstance(f, _NoPoolCancellations) for f in logging.getLogger(POOL_LOGGER).filters) == 1


class _Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def test_stopping_the_runs_temporary_server_logs_nothing_after_the_summary() -> None:
    import subprocess

    from flows.api_server import _tied_server_class

    # A port of its own: Prefect keeps one server per port for the process (`SubprocessASGIServer._instances`,
    # shared by subclasses), so port None could hand back an earlier test's server, of another class.
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = int(probe.getsockname()[1])
    server = _tied_server_class()(port=port)
    assert type(server).__name__ == "TiedAPIServer"
    server.server_process = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    server.running = True
    logger = logging.getLogger("prefect")
    filters = list(logger.filters)
    records, level = _Records(), logger.level
    logger.addHandler(records)
    logger.setLevel(logging.INFO)
    try:
        process = server.server_process
        server.stop()
        logger.info("Starting temporary server on http://127.0.0.1:1")  # Prefect's other notes still pass
    finally:
        logger.removeHandler(records)
        logger.setLevel(level)
    type(server)._instances.pop(port, None)
    assert process.poll() is not None  # stopped all the same
    assert records.messages == ["Starting temporary server on http://127.0.0.1:1"]
    assert logger.filters == filters  # only while it stops
