"""A measured phase of the benchmark: its wall time, the text it processed, the process tree's peak
memory and the CPU it used, sampled while a block runs (`measured`), and the fastest of a phase's runs
kept in the results (`keep_fastest`).

The process tree is this process and its children (the batch workers), minus the Prefect API server's
where one runs: its CPU is counted apart (`cpu_server_s`), its memory not at all.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass

import psutil

MB = 1_000_000


@dataclass
class Phase:
    """One measured phase: wall time, the text it processed and the process tree's peak memory."""

    seconds: float = 0.0
    bytes: int = 0
    articles: int = 0
    paragraphs: int = 0
    peak_rss_mb: float = 0.0
    peak_main_rss_mb: float = 0.0
    cpu_main_s: float = 0.0  # this process: Prefect's engine and threads, listing, commit
    cpu_workers_s: float = 0.0  # the batch pool's processes (reaped before the phase ends)
    cpu_server_s: float = 0.0  # the Prefect API server, when one runs

    @property
    def cpu_s(self) -> float:
        return self.cpu_main_s + self.cpu_workers_s + self.cpu_server_s

    def rates(self) -> dict[str, float]:
        s = max(self.seconds, 1e-9)
        return {
            "seconds": round(self.seconds, 2),
            "mb_per_s": round(self.bytes / MB / s, 2),
            "articles_per_s": round(self.articles / s, 1),
            "paragraphs_per_s": round(self.paragraphs / s, 1),
            "peak_rss_mb": round(self.peak_rss_mb, 1),
            "peak_main_rss_mb": round(self.peak_main_rss_mb, 1),
            # Throughput per CPU-second used: what the phase would do per core on an idle machine.
            "mb_per_cpu_s": round(self.bytes / MB / max(self.cpu_s, 1e-9), 2),
            "cpu_main_s": round(self.cpu_main_s, 1),
            "cpu_workers_s": round(self.cpu_workers_s, 1),
            "cpu_server_s": round(self.cpu_server_s, 1),
        }


def _cpu(process: psutil.Process | None) -> float:
    if process is None:
        return 0.0
    try:
        times = process.cpu_times()
        return times.user + times.system + sum(_cpu(c) for c in process.children(recursive=False))
    except psutil.Error:
        return 0.0


# The sampler lists the process tree every CHILDREN_EVERY_S, and reads the RSS of what it listed every
# 50 ms: a listing reads the stat file of every process on the machine (psutil's `children`), and the
# flow's phase listed twice per sample (its children, then the API server's to leave them out), about
# 3 % of a core of the measured process's own CPU on a quiet machine (0.03 CPU s a second, with about
# 100 processes), more on a busy one. A batch worker lives for the whole phase: it is listed within
# half a second of its start, long before its memory peaks.
CHILDREN_EVERY_S = 0.5


@contextmanager
def measured(phase: Phase, exclude: Callable[[], set[int]] = set, server: int | None = None):
    """Time the block, sample the RSS of this process and its children (minus `exclude`), count CPU."""
    me = psutil.Process()
    api = psutil.Process(server) if server else None
    before = me.cpu_times()
    server_before = _cpu(api)
    stop = threading.Event()

    def sample() -> None:
        children: list[psutil.Process] = []
        listed = -CHILDREN_EVERY_S
        while not stop.is_set():
            if time.perf_counter() - listed >= CHILDREN_EVERY_S:
                skip = exclude()
                try:
                    children = [c for c in me.children(recursive=True) if c.pid not in skip]
                except psutil.Error:
                    continue
                listed = time.perf_counter()
            try:
                main = me.memory_info().rss
            except psutil.Error:
                continue
            rss = 0
            for child in children:
                try:
                    rss += child.memory_info().rss
                except psutil.Error:  # ended since it was listed
                    pass
            phase.peak_main_rss_mb = max(phase.peak_main_rss_mb, main / 2**20)
            phase.peak_rss_mb = max(phase.peak_rss_mb, (main + rss) / 2**20)
            stop.wait(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    started = time.perf_counter()
    try:
        yield phase
    finally:
        phase.seconds = time.perf_counter() - started
        after = me.cpu_times()
        phase.cpu_main_s = after.user + after.system - before.user - before.system
        phase.cpu_workers_s = (
            after.children_user + after.children_system - before.children_user - before.children_system
        )
        phase.cpu_server_s = _cpu(api) - server_before
        stop.set()
        sampler.join()


def keep_fastest(result: dict, phase: str, rates: dict) -> None:
    """Keep a phase's fastest run in `result[phase]`, with every run's seconds in `runs_s` and the
    highest peak RSS of them (the flow phase runs once: `flow_over_bare` compares it with the fastest)."""
    earlier = result.get(phase, {})
    runs = [*earlier.get("runs_s", []), rates["seconds"]]
    peak = max(earlier.get("peak_rss_mb", 0.0), rates["peak_rss_mb"])  # memory: the worst run's
    if phase not in result or rates["seconds"] < result[phase]["seconds"]:
        result[phase] = rates
    result[phase]["runs_s"] = runs
    result[phase]["peak_rss_mb"] = peak
