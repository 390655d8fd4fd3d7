"""Batch progress of a running flow, for whoever shows it (the CLI's progress bar); no-op otherwise."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

BatchListener = Callable[[int, int], None]  # (batches done, batches in the run)

_listeners: list[BatchListener] = []


@contextmanager
def listening(listener: BatchListener) -> Iterator[None]:
    """Call `listener(done, total)` each time a batch of a flow run in this process finishes."""
    _listeners.append(listener)
    try:
        yield
    finally:
        _listeners.remove(listener)


def report_batches(done: int, total: int) -> None:
    """Tell the listeners how many batches are done."""
    for listener in list(_listeners):
        listener(done, total)


def batch_bar(console: Console) -> AbstractContextManager[None]:
    """Return a context that shows a progress bar over batches, only when the console is a terminal."""
    if not console.is_terminal:
        return nullcontext()
    return _bar(console)


@contextmanager
def _bar(console: Console) -> Iterator[None]:
    columns = (TextColumn("batches"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=console, transient=True) as progress:
        bar = progress.add_task("batches", total=None)
        with listening(lambda done, total: progress.update(bar, completed=done, total=total)):
            yield
