"""Test helpers: the processes a process started, and whether they are still alive (Linux /proc)."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

PROC = Path("/proc")


def children_of(pid: int) -> dict[int, str]:
    """Return every living descendant of `pid` with its command line."""
    parents: dict[int, int] = {}
    commands: dict[int, str] = {}
    for entry in PROC.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace").strip()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2 :].split()  # after "pid (name) ": state, ppid, ...
        if fields[0] != "Z":
            parents[int(entry.name)] = int(fields[1])
            commands[int(entry.name)] = command
    found: dict[int, str] = {}
    frontier = [pid]
    while frontier:
        parent = frontier.pop()
        for child, its_parent in parents.items():
            if its_parent == parent and child not in found:
                found[child] = commands[child]
                frontier.append(child)
    return found


def alive(pid: int) -> bool:
    """True when process `pid` exists and is not a zombie."""
    try:
        stat = (PROC / str(pid) / "stat").read_text()
    except OSError:
        return False
    return stat[stat.rindex(")") + 2] != "Z"


def survivors(pids: dict[int, str], within: float) -> dict[int, str]:
    """Wait up to `within` seconds for the processes to end; return those still alive."""
    deadline = time.monotonic() + within
    while True:
        left = {pid: command for pid, command in pids.items() if alive(pid)}
        if not left or time.monotonic() > deadline:
            return left
        time.sleep(0.1)


def read_line(path: Path, wanted: str, timeout: float) -> str | None:
    """Return the first line of a child's output file that contains `wanted`, waiting up to `timeout` s.

    The child writes to a file, not a pipe, so that no read can block: a bad start cannot hang the suite.
    """
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if path.exists():
            for line in path.read_text(errors="replace").splitlines():
                if wanted in line:
                    return line
        time.sleep(0.1)
    return None


def on_linux() -> bool:
    return os.name == "posix" and PROC.joinpath("self", "stat").exists()


# A killed run: what tests/flows/test_orphans.py and test_dask_orphans.py do alike.
REPO = Path(__file__).resolve().parents[2]
CLI = "from flows.cli.main import main; main()"
WORDS = "war troops trade price export poverty hunger welfare the a of and in on city council".split()


def write_corpus(folder: Path, n: int, rng: random.Random) -> None:
    """Write n small articles of random words in five sub-folders."""
    for i in range(n):
        sub = folder / f"topic{i % 5}"
        sub.mkdir(parents=True, exist_ok=True)
        body = "\n\n".join(" ".join(rng.choices(WORDS, k=80)) + "." for _ in range(6))
        (sub / f"{i:05d}.txt").write_text(f"Headline {i}\n\n{body}\n")


def manifest_version(lake: Path) -> int:
    """Return the lake's manifest version, 0 before its first commit."""
    from warehouse import lake as lakes

    try:
        return json.loads((lake / lakes.MANIFEST).read_text())["version"]
    except (OSError, ValueError, KeyError):
        return 0


def kill_seed() -> random.Random:
    """Return the random source of a kill test, its seed printed (THEMELAKE_KILL_SEED sets it)."""
    seed = int(os.environ.get("THEMELAKE_KILL_SEED", time.time_ns() % 2**32))
    print(f"THEMELAKE_KILL_SEED={seed}")
    return random.Random(seed)


def start_run(corpus: Path, lake: Path, log: Path, env: dict[str, str], *options: str) -> subprocess.Popen:
    """Start `themelake run corpus --lake lake --batch-size 50 options...`, its output to `log`, with
    PREFECT_API_URL unset (Prefect's temporary API) and `env` added."""
    environment = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"} | env
    environment = {k: v for k, v in environment.items() if v}  # an empty value: unset
    with open(log, "w") as out:
        return subprocess.Popen(
            [sys.executable, "-c", CLI, "run", str(corpus), "--lake", str(lake), "--batch-size", "50", *options],
            cwd=REPO, env=environment, stdout=out, stderr=subprocess.STDOUT,
        )


def wait_for_first_commit(run: subprocess.Popen, lake: Path, log: Path) -> None:
    """Wait (bounded) until the run has committed a batch: its processes are up by then."""
    deadline = time.monotonic() + 300
    while manifest_version(lake) < 1 and run.poll() is None and time.monotonic() < deadline:
        time.sleep(0.1)
    assert manifest_version(lake) >= 1, f"the run never committed a batch:\n{log.read_text()}"


def kill_and_check(run: subprocess.Popen, children: dict[int, str], log: Path) -> None:
    """Kill the run's process alone (not its group); fail when a process it started outlives it by 10 s
    (killing those first), or when its log shows a traceback."""
    run.send_signal(signal.SIGKILL)
    run.wait()
    killed = time.monotonic()
    left = survivors(children, within=10)
    ended = time.monotonic() - killed
    print(f"{len(children) - len(left)} of {len(children)} processes ended {ended:.1f} s after the kill")
    if left:  # leave nothing behind on this machine either, then fail
        for pid in left:
            os.kill(pid, signal.SIGKILL)
    assert left == {}, f"still running 10 s after the run was killed: {left}"
    assert read_line(log, "Traceback", timeout=0) is None
