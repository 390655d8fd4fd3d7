"""A batch's CPU seconds by stage: each stage's function timed where the batch calls it (`process_time`).

cProfile doubled the Python stages' share of a batch (0.96 CPU s a 600-article batch under it, 0.55 without) and
so ranked them above the compiled ones; these clocks cost a call per stage and part, not per Python call. The
stages nest (`build_batch` holds reading to enrichments; `stage_rows` holds the Parquet writes of full row
groups, `close` the last ones), so they do not add up to the batch.
"""

from __future__ import annotations

import importlib
import time
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

# (module, attribute of it that the batch calls, stage): where flows/batch.py and transforms/pipeline.py look the
# function up at call time, so one wrapped there is the one the batch runs.
STAGES: tuple[tuple[str, str, str], ...] = (
    ("flows.batch", "read_sources", "read files"),
    ("flows.batch", "build_batch", "build rows (all below but staging)"),
    ("transforms.pipeline", "read_batch_articles", "decode and parse"),
    ("transforms.pipeline", "paragraph_columns", "split paragraphs"),
    ("transforms.pipeline", "paragraph_ids", "paragraph ids"),
    ("transforms.pipeline", "own_languages", "paragraph languages"),
    ("transforms.pipeline", "theme_rows", "labels"),
    ("transforms.pipeline", "add_enrichments", "places, amounts, tone"),
    ("flows.batch", "stage_rows", "stage rows (Arrow tables, full row groups)"),
    ("warehouse.tables", "label_table", "labels' Arrow table"),
    ("flows.batch", "stage_source_states", "stage source states"),
    ("warehouse.staging", "BatchFiles.close", "close files (last row groups, fsync)"),
    ("flows.batch_memory", "release_memory", "give memory back"),
)


@contextmanager
def stage_clocks(stages: tuple[tuple[str, str, str], ...] = STAGES) -> Iterator[dict[str, float]]:
    """Yield stage → CPU seconds spent in it while the block runs; the functions are put back after."""
    spent: dict[str, float] = defaultdict(float)
    undo: list[tuple[Any, str, Callable[..., Any]]] = []
    try:
        for module_name, attribute, stage in stages:
            owner: Any = importlib.import_module(module_name)
            *path, name = attribute.split(".")
            for part in path:
                owner = getattr(owner, part)
            original = getattr(owner, name)
            undo.append((owner, name, original))
            setattr(owner, name, _clocked(original, stage, spent))
        yield spent
    finally:
        for owner, name, original in reversed(undo):
            setattr(owner, name, original)


def _clocked(function: Callable[..., Any], stage: str, spent: dict[str, float]) -> Callable[..., Any]:
    def clocked(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            spent[stage] += time.process_time() - start

    return clocked


def least_by_stage(batches: list[Mapping[str, float]]) -> list[tuple[str, float]]:
    """Return each stage's least CPU seconds over the batches, in STAGES' order (a stage no batch ran: 0).

    >>> dict(least_by_stage([{"labels": 0.2, "read files": 0.1}, {"labels": 0.15}]))["labels"]
    0.15
    """
    return [(stage, min(batch.get(stage, 0.0) for batch in batches)) for _, _, stage in STAGES]
