"""The Prefect API a CLI run talks to: a configured server that must answer, or a temporary one tied to the run.

Without PREFECT_API_URL, Prefect starts a temporary API server (`uvicorn ...
prefect.server.api.server`) in a subprocess the first time a run needs an API, and stops it at the
run's normal exit. A run killed by SIGKILL never reaches that exit, and the server lived on. So the
CLI starts that server itself, before the flow, as Prefect would (same command, same settings, same
place in Prefect's registry of temporary servers, where Prefect's clients then find it running) but
through `python -m flows.api_server`, which ties the server to the CLI's process
(flows/lifeline.py) before handing over to uvicorn. Patching Prefect's launch was the other way; a
subclass of Prefect's own `SubprocessASGIServer` that changes only the command is smaller and
breaks loudly, in `tests/flows/test_orphans.py`, if Prefect changes how it starts the server.

With PREFECT_API_URL set, a server that does not answer used to give a 135-line traceback a minute
later; `check_api` says so in one line, with the two ways out, before anything starts.
"""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import subprocess
import sys
import threading
import time
from typing import Any

# Seconds to wait for a configured API's health check: a local server answers in milliseconds.
API_CHECK_TIMEOUT_S = 5.0
# Seconds an orphaned server gets to stop on its own (uvicorn's graceful shutdown) before it is killed.
ORPHAN_GRACE_S = 5.0
# Retries of each Prefect API call in a CLI command's flow run, unless the user set
# PREFECT_CLIENT_MAX_RETRIES (environment, profile or prefect.toml). A try at a stopped server takes
# 1.5 s (httpcore's own three connects), and Prefect waits 2, 4, 8, 16, 32 s between its 5 retries:
# about 70 s a call, and a run whose server stopped makes two more calls (its artifacts, its final
# state), so its one line came 2-3 minutes late (157 s after a kill, measured). With 3, a call gives
# up after about 20 s (46 s from the kill to the line; 32 s with 2): a server back within about 20 s
# (a network blip, a quick restart, a busy server's 429s and 503s, which Prefect retries too) is
# still reached.
CLI_CLIENT_MAX_RETRIES = 3


class ApiError(RuntimeError):
    """The configured Prefect API cannot be used; the message says what to do."""


def api_url() -> str | None:
    """Return PREFECT_API_URL as Prefect reads it (environment or profile), or None when unset."""
    from prefect.settings import get_current_settings

    return get_current_settings().api.url or None


def check_api(url: str | None = None) -> None:
    """Raise ApiError in one line when the configured Prefect API does not answer (no-op when unset)."""
    import httpx

    url = url or api_url()
    if not url:
        return
    try:
        response = httpx.get(f"{url.rstrip('/')}/health", timeout=API_CHECK_TIMEOUT_S)
        reachable = response.status_code < 500
    except httpx.HTTPError:
        reachable = False
    if not reachable:
        # The way back to a temporary server depends on where the URL was set: an exported variable
        # outlives `prefect config unset`, which only edits the profile.
        unset = (
            "`unset PREFECT_API_URL`" if os.environ.get("PREFECT_API_URL") else "`prefect config unset PREFECT_API_URL`"
        )
        raise ApiError(
            f"the Prefect API at {url} (PREFECT_API_URL) is unreachable: start it with `prefect server start`, "
            f"or run {unset} to use a temporary one"
        )


def bound_client_retries() -> None:
    """Make this process's Prefect client give up on an API that stopped answering after
    CLI_CLIENT_MAX_RETRIES retries a call, unless the user chose a number (then theirs stands).

    For a CLI command's one flow run; `themelake serve` and a worker's runs keep Prefect's own.
    Set in the environment, so the run's batch and Dask workers inherit it too.
    """
    from prefect.context import refresh_global_settings_context
    from prefect.settings import get_current_settings

    if "max_retries" in get_current_settings().client.model_fields_set:
        return
    os.environ["PREFECT_CLIENT_MAX_RETRIES"] = str(CLI_CLIENT_MAX_RETRIES)
    refresh_global_settings_context()  # Prefect read its settings at import: read them again


def ensure_api() -> float | None:
    """Before a CLI run: check a configured API answers, or start the temporary one, tied to this process.

    Return the seconds starting the temporary server took, or None when none had to be started.
    """
    if api_url():
        check_api()
        return None
    from prefect.server.api.server import SubprocessASGIServer
    from prefect.settings import PREFECT_SERVER_EPHEMERAL_ENABLED

    if not PREFECT_SERVER_EPHEMERAL_ENABLED.value():  # temporary servers turned off: Prefect says so
        return None

    current = SubprocessASGIServer._instances.get(None)
    if current is not None and current.running:  # a test harness's, or one started already
        return None
    SubprocessASGIServer._instances.pop(None, None)
    started = time.perf_counter()
    _tied_server_class()().start()
    return time.perf_counter() - started


def temporary_api_url() -> str | None:
    """The URL of the temporary API server running in this process's registry, or None."""
    from prefect.server.api.server import SubprocessASGIServer

    current = SubprocessASGIServer._instances.get(None)
    return current.api_url if current is not None and current.running else None


def _tied_server_class() -> Any:
    from prefect.server.api.server import SubprocessASGIServer

    class TiedAPIServer(SubprocessASGIServer):
        """Prefect's temporary API server, started through flows.api_server to die with its parent."""

        def _run_uvicorn_command(self) -> subprocess.Popen[Any]:
            return _popen_server(self.port)

        def start(self, timeout: int | None = None) -> None:
            try:
                super().start(timeout)
            except BaseException:
                # Prefect leaves a server that did not answer in time running: stop it.
                if self.server_process is not None and self.server_process.poll() is None:
                    self.server_process.kill()
                    self.server_process.wait()
                raise

        def stop(self) -> None:
            # Prefect says "Stopping temporary server on ..." at INFO from its exit handler, after the
            # command's summary: the CLI said once that it started one for the run, and its stop is the
            # run's end, so the summary stays the last thing a user reads.
            quiet = _NotStopping()
            logger = logging.getLogger("prefect")  # Prefect's `subprocess_server_logger`
            logger.addFilter(quiet)
            try:
                super().stop()
            finally:
                logger.removeFilter(quiet)

    return TiedAPIServer


class _NotStopping(logging.Filter):
    """Drop Prefect's record of a temporary server's stop, keep every other."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith("Stopping temporary server")


def _popen_server(port: int | None) -> subprocess.Popen[Any]:
    """Start the temporary API server's process: Prefect's own command and environment, tied to us."""
    import prefect
    from prefect.settings import get_current_settings

    death_signal = threading.current_thread() is threading.main_thread()
    return subprocess.Popen(
        args=[
            sys.executable, "-m", "flows.api_server", str(os.getpid()), "1" if death_signal else "0",
            "--app-dir", str(prefect.__module_path__.parent),
            "--factory", "prefect.server.api.server:create_app",
            "--host", "127.0.0.1", "--port", str(port),
            "--log-level", "error", "--lifespan", "on",
        ],
        env={
            **os.environ,
            # As Prefect's SubprocessASGIServer: no UI, an ephemeral server's services.
            "PREFECT_UI_ENABLED": "0",
            "PREFECT__SERVER_EPHEMERAL": "1",
            "PREFECT__SERVER_FINAL": "1",
            **get_current_settings().to_environment_variables(exclude_unset=True),
        },
        # Its own session: Ctrl-C at a terminal signals the whole foreground process group, and a
        # server that died with it left the run unable to report its end (it retried a dead API for
        # minutes). The run gets the Ctrl-C, tells the server, and the server stops with it (tied above).
        start_new_session=True,
    )


def _stop_gracefully() -> None:
    os.kill(os.getpid(), signal.SIGTERM)  # uvicorn's own shutdown: the lifespan's services stop
    time.sleep(ORPHAN_GRACE_S)


class _NoPoolCancellations(logging.Filter):
    """Drop a SQLAlchemy pool's log record of a cancelled connection (its reset or close), keep every other."""

    def filter(self, record: logging.LogRecord) -> bool:
        error = record.exc_info[1] if record.exc_info else None
        return not isinstance(error, asyncio.CancelledError)


def quiet_pool_cancellations() -> None:
    """Keep the temporary server's stop from logging a connection's cancelled rollback as an error.

    The run stops its server with SIGTERM (Prefect's `SubprocessASGIServer.stop`); uvicorn then cancels
    the server's services, and one caught in a database call has its connection rolled back as it is
    cancelled: SQLAlchemy's pool logs "Exception during reset or similar" and a 20-line CancelledError
    traceback at ERROR, under the run's summary, on a busy machine now and then. A cancellation is no
    error of the run or the server; any other exception of the pool is still logged.
    """
    from sqlalchemy.pool import impl

    for pool in vars(impl).values():
        if isinstance(pool, type) and issubclass(pool, impl.Pool):
            # The pool logs through its class's logger (sqlalchemy.log.instance_logger, no echo set), so the
            # filter is on each, where a record is made: a handler's would go with the handler when uvicorn or
            # Prefect configures logging.
            logger = logging.getLogger(f"{pool.__module__}.{pool.__name__}")
            if not any(isinstance(f, _NoPoolCancellations) for f in logger.filters):
                logger.addFilter(_NoPoolCancellations())


def main(argv: list[str]) -> None:
    """`python -m flows.api_server PARENT_PID DEATH_SIGNAL UVICORN_ARGS...`: uvicorn, tied to PARENT_PID."""
    from flows.lifeline import death_signal_on_linux, tie_to_parent

    quiet_pool_cancellations()
    parent, death_signal, *uvicorn_args = argv
    if death_signal == "1":  # started from the parent's main thread: see flows/lifeline.py
        death_signal_on_linux(signal.SIGTERM)
    tie_to_parent(int(parent), on_orphan=_stop_gracefully)
    from uvicorn.main import main as uvicorn_main

    uvicorn_main(args=uvicorn_args, prog_name="uvicorn")


if __name__ == "__main__":
    main(sys.argv[1:])


def api_unreachable(error: BaseException) -> bool:
    """Return whether an error (or one it was raised from) is the Prefect API's connection failing:
    refused, reset, timed out. A run whose API stopped mid-run says so in one line (flows/cli/run.py)."""
    import httpx

    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, httpx.TransportError):
            return True
        seen = seen.__cause__ or seen.__context__
    return False
