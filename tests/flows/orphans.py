"""Test helpers: the processes a process started, and whether they are still alive (Linux /proc)."""

from __future__ import annotations

import os
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
