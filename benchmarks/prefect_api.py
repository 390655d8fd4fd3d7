"""The Prefect API the benchmark's flow and latency phases talk to: `prefect server start` on a free
loopback port, without its web UI, in a Prefect home of the benchmark's cache, timed until it answers.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_api(home: Path) -> tuple[subprocess.Popen, str, float]:
    """Start `prefect server start` on a free loopback port; return it, its URL and its start time."""
    port = free_port()
    url = f"http://127.0.0.1:{port}/api"
    # No UI: the benchmark times the API that flows talk to, not the static web app it also serves.
    env = {**os.environ, "PREFECT_HOME": str(home), "PREFECT_UI_ENABLED": "false"}
    started = time.perf_counter()
    server = subprocess.Popen(
        [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1", "--port", str(port)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )
    while True:
        try:
            with urllib.request.urlopen(f"{url}/health", timeout=1) as response:
                if response.status == 200:
                    break
        except OSError:
            pass
        if server.poll() is not None or time.perf_counter() - started > 180:
            raise SystemExit("the Prefect server did not start")
        time.sleep(0.1)
    return server, url, time.perf_counter() - started
