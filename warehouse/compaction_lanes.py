"""Compaction's lanes: the lake's tables due for compaction parted into groups of about equal cost, each
compacted by its own DuckDB database in a thread (warehouse/compaction.py)."""

from __future__ import annotations

import os
from collections.abc import Sequence

# Tables compacted at once, each by its own DuckDB database in a thread (DuckDB and Parquet writing
# release the GIL): the labels table, with its evidence lists, takes as long as all the others together,
# so two lanes cut a compaction by about the others' time. Each lane may use MEMORY_LIMIT (the first
# IN_MEMORY_MB where its sort fits, `lane_memory`): the labels' lane then sorts as one lane did (a
# 128 MB share each was tried: 9.1 s instead of 8.2 s on 50,000 articles, and the labels' sort alone
# on 128 MB is the setting that failed to pin its blocks above).
# The flow's process peaks higher while it compacts (about 710 MB at 50,000 articles, was 505 MB),
# below the run's peak, which is two batch workers beside it while the batches run.
LANES = max(1, min(2, os.cpu_count() or 1))
# Lanes are balanced by each table's bytes times its cost per byte. Sorting costs about the same per
# byte in every table (0.10 to 0.17 s a MB at 50,000 articles: paragraph_themes 8.4 s for 56 MB,
# places 1.0 s for 6 MB), except `paragraphs`, whose bytes are mostly the text it carries, not what it
# sorts on (2.5 s for 54 MB). By bytes alone the labels' lane also took the amounts and the sources
# and decided the compaction: 10.0 and 10.1 s against 8.6 and 9.1 s with the labels alone in theirs.
COST_PER_BYTE = {"paragraphs": 0.35}
# DuckDB's memory for a lane's sort; beyond it, it spills to a temporary folder. Ingest compacts in its
# own process, so this bounds a large run's peak: on 1.15 M paragraphs, 256 MB took 12.1 s and
# peaked at 516 MB of RSS, 512 MB took 10.8 s and 768 MB.
MEMORY_LIMIT = "256MB"
# ... except the first lane (the costliest table's: the labels', which decides the compaction's time)
# when its sort fits in IN_MEMORY_MB: spilling, the labels of 50,000 bench articles (46 MB of files)
# took 1.75 to 1.85 CPU s to read and sort within 256 MB, 1.44 to 1.51 s within 384 MB, in memory (least
# of 1.26 to 1.32 s with 1 GB). The batch workers are gone by then, and the extra 128 MB at most keeps
# the flow's process under the tree's peak while batches ran (about 900 MB); a larger lake's sort, which
# would spill anyway, keeps MEMORY_LIMIT and today's peak (865 MB at 200,000 articles).
IN_MEMORY_MB = 384
# A sort's memory per byte of its Parquet files, about: the labels above, 46 MB of files, sorted in
# 384 MB without spilling and spilled 61 MB within 320 MB (their evidence lists take about eight
# times their compressed size). An estimate too low costs only speed: DuckDB then spills within the limit.
MEMORY_PER_FILE_BYTE = 8


def plan_lanes(sizes: dict[str, int], lanes: int) -> list[list[str]]:
    """Return the tables to compact (their bytes) in at most `lanes` groups of about equal cost."""
    return _lanes({t: COST_PER_BYTE.get(t, 1.0) * n for t, n in sizes.items()}, lanes)


def _lanes(sizes: dict[str, float], lanes: int) -> list[list[str]]:
    """Return the tables in at most `lanes` groups of about equal size (cost), the largest table first.

    >>> _lanes({"a": 10, "b": 70, "c": 20, "d": 30}, 2)
    [['b'], ['d', 'c', 'a']]
    """
    groups: list[list[str]] = [[] for _ in range(max(1, min(lanes, len(sizes))))]
    load = [0.0] * len(groups)
    for table in sorted(sizes, key=lambda t: -sizes[t]):
        i = load.index(min(load))
        groups[i].append(table)
        load[i] += sizes[table]
    return groups


def lane_memory(lane_bytes: Sequence[int]) -> list[str]:
    """Return each lane's DuckDB memory limit, given its tables' bytes (the first lane the costliest):
    IN_MEMORY_MB for the first when its sort fits there, MEMORY_LIMIT for every other.

    >>> lane_memory([46 << 20, 70 << 20]), lane_memory([120 << 20, 130 << 20]), lane_memory([1 << 20])
    (['384MB', '256MB'], ['256MB', '256MB'], ['384MB'])
    """
    fits = bool(lane_bytes) and MEMORY_PER_FILE_BYTE * lane_bytes[0] <= IN_MEMORY_MB << 20
    return [f"{IN_MEMORY_MB}MB" if i == 0 and fits else MEMORY_LIMIT for i in range(len(lane_bytes))]
