"""The batch workers' processes: one pool per size, kept for a run, started early, stopped at once.

`flows.batch_workers.submit_batch` hands batches to `batch_pool(n)`: `n` processes spawned once and kept
(the flow shuts the pool down after its last batch and waits for its processes to end before it
compacts, which they do within milliseconds: `_end_without_teardown`). `themelake run` starts the
pool before it imports Prefect, each worker loading what a batch needs meanwhile
(`warm_batch_pool`, flows/warm_start.py); the flow then stops a pool started for another count
(`keep_only_pool`). `stop_batch_workers` ends every worker now (Ctrl-C, an error before the flow).
"""

from __future__ import annotations

import atexit
import multiprocessing
import os
import signal
import sys
import threading
from concurrent.futures import ProcessPoolExecutor

from flows.lifeline import tie_to_parent
from flows.no_pandas import keep_pandas_out


def start_worker(parent: int) -> None:
    """Set up a batch worker process: tie it to its parent, and keep pandas out of it (flows/no_pandas.py)."""
    tie_to_parent(parent)
    # Ctrl-C at a terminal signals the whole process group: the flow's process handles it (the run
    # ends Crashed), and a worker ends with that process; a worker that took it too printed a
    # KeyboardInterrupt traceback of its own.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    keep_pandas_out()
    atexit.register(_end_without_teardown)


def _end_without_teardown() -> None:
    """End a batch worker whose pool was shut down without tearing its interpreter down.

    A worker has nothing left to clean up when its pool ends: every batch's files are closed and
    handed back, and multiprocessing has run its own exit hooks before this one. Python's teardown
    would free its 250 to 300 MB of objects one by one (the taxonomy's automata, the gazetteer, the
    word vectors): 0.1 s on a quiet machine, about 0.3 s while the flow's process compacts beside it,
    with the worker's memory still counted. It runs after the `atexit` hooks registered after the
    worker started (the last registered runs first) and flushes what they wrote; those registered
    before (logging's among them: shut down here) do not run. The exit code is 0, as a clean end's
    is (a worker that dies is seen by its pool through its process handle, whatever its code).
    """
    import logging

    logging.shutdown()  # flushes the handlers a batch may have logged to
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (AttributeError, OSError, ValueError):  # None, closed or broken: nothing more to keep
            pass
    os._exit(0)


_pools: dict[int, ProcessPoolExecutor] = {}
_pools_lock = threading.Lock()


def has_pool(workers: int) -> bool:
    """Return whether this process has a pool of `workers` processes up (`warm_batch_pool` may start one of one)."""
    return workers in _pools


def any_pool() -> bool:
    """Return whether this process has a pool of batch processes up, of any size."""
    return bool(_pools)


def batch_pool(workers: int) -> ProcessPoolExecutor:
    """Return this process's pool of `workers` batch processes, started on first use and kept."""
    with _pools_lock:
        pool = _pools.get(workers)
        if pool is None:
            # spawn, not fork: the flow process runs Prefect's threads, and a forked child can
            # inherit a lock held by one of them and hang.
            # Each worker exits within a second of this process's death (even by SIGKILL), writing nothing.
            pool = ProcessPoolExecutor(
                workers,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=start_worker,
                initargs=(os.getpid(),),
            )
            _pools[workers] = pool
        return pool


def warm_batch_pool(workers: int, taxonomy: str | None, enrichments: bool) -> None:
    """Start the batch pool's `workers` processes now, each loading what a batch needs (the
    taxonomy's labeller and word vectors, the enrichments' tables) on a core of its own while this
    process imports Prefect and creates the flow run (`themelake run`: flows/warm_start.py). A
    warm-up that fails is not reported: the batch that follows meets the same error and reports it."""
    from flows.batch_workers import warm_worker  # the batch module: its workers read the language model as batches do

    pool = batch_pool(workers)
    with _pools_lock:
        _warmed.add(workers)
    # A worker ignores Ctrl-C once it has started (`start_worker`); started with it ignored, a Ctrl-C
    # in its first second does not print a KeyboardInterrupt from its start-up either (an ignored
    # signal stays ignored in a spawned process). Only the main thread may change a signal's handler.
    main = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN) if main else None
    try:
        for _ in range(workers):  # no worker is idle yet: each call starts a process of its own
            pool.submit(warm_worker, taxonomy, enrichments)
    finally:
        if main:
            signal.signal(signal.SIGINT, previous)


def stop_batch_workers() -> None:
    """End this process's batch workers now, dropping the batches not started (after a Ctrl-C).

    Left to themselves, the workers would finish every batch already handed to the pool before the
    process could exit (Python joins the pool at exit): up to two batches a worker, minutes for big
    batches. What a killed worker staged, no manifest names: the next run's recovery removes it.
    """
    with _pools_lock:
        pools = list(_pools.values())
        _pools.clear()
        _warmed.clear()
        ending = [process for _, processes in _ending for process in processes]
    for pool in pools:
        processes = list((pool._processes or {}).values())  # the executor has no public way to kill
        pool.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            process.terminate()
    for process in ending:  # stopped without waiting, maybe still loading: ended now too
        process.terminate()


# Pools stopped without waiting for their processes to end: each pool's manager thread (which joins
# its processes, then ends; the executor forgets it at once) and its processes. The next
# `shutdown_pools()` waits for them; `stop_batch_workers` ends them.
_ending: list[tuple[threading.Thread | None, list[multiprocessing.Process]]] = []
# Sizes of pools `warm_batch_pool` started that no flow has claimed yet (`keep_only_pool`).
_warmed: set[int] = set()


def shutdown_pools(wait: bool = True) -> None:
    """Stop this process's batch pools (the next batch starts a new one). With `wait`, return when
    their processes (and those of pools stopped before without waiting) have ended; without it, they
    end on their own, within half a second, while this process goes on."""
    with _pools_lock:
        pools = list(_pools.values())
        _pools.clear()
        _warmed.clear()
        if wait:
            ending, _ending[:] = list(_ending), []
        else:
            _ending[:] = [*(e for e in _ending if _still_ending(e)), *map(_stopping, pools)]
    for pool in pools:
        pool.shutdown(wait=wait)
    if wait:
        for thread, processes in ending:
            if thread is not None:
                thread.join()
            for process in processes:
                process.join()


def _stopping(pool: ProcessPoolExecutor) -> tuple[threading.Thread | None, list[multiprocessing.Process]]:
    """Return what to wait for once a pool is shut down without waiting (before it forgets them)."""
    # The executor has no public way to name its manager thread or its processes.
    return getattr(pool, "_executor_manager_thread", None), list((getattr(pool, "_processes", None) or {}).values())


def _still_ending(ending: tuple[threading.Thread | None, list[multiprocessing.Process]]) -> bool:
    thread, processes = ending
    return (thread is not None and thread.is_alive()) or any(p.is_alive() for p in processes)


def keep_only_pool(workers: int) -> None:
    """Stop, without waiting, a pool `warm_batch_pool` started of another size than `workers` (the run
    then wanted another number of processes); a pool it started of that size is the run's now."""
    with _pools_lock:
        others = [_pools.pop(n) for n in _warmed - {workers} if n in _pools]
        _warmed.clear()
        _ending[:] = [*(e for e in _ending if _still_ending(e)), *map(_stopping, others)]
    for pool in others:
        processes = list((pool._processes or {}).values())
        pool.shutdown(wait=False, cancel_futures=True)
        for process in processes:  # only warm-ups were ever handed to it: no need to let them finish
            process.terminate()


@atexit.register
def _stop_pools_at_exit() -> None:
    for pool in _pools.values():
        pool.shutdown(wait=False, cancel_futures=True)
