"""A command with nothing to do, answered under the lake's writer lock before Prefect starts.

`enrich`, `relabel` and `compact` of a local lake first look, under its writer lock, whether the flow would do
anything (flows/enrich_record.py, relabel_record.py, nothing_to_compact.py); with nothing to do they answer there
and then, and never import Prefect or start a temporary API (7 to 12 s). A lake on object storage always goes
through the flow.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from flows.settings import Settings
from warehouse import lake as lakes
from warehouse import lake_lock, storage


def answered_without_flow(lake: str, answer: Callable[[Path], dict[str, Any] | None],
                          on_wait: Callable[[], object] | None = None,
                          on_recover: Callable[[lake_lock.Leftovers], object] | None = None) -> dict[str, Any] | None:
    """Return `answer(root)` of a local lake, called under its writer lock; None for a lake on object storage.

    `answer` returns None when the flow must run, else the summary the flow would have returned;
    `on_recover` is told of the leftovers the lock's recovery removed (warehouse.lake_lock.writer_lock).
    """
    if storage.is_url(lake):
        return None
    lakes.check_writable(lakes.resolve_lake(lake), lake)  # a read-only lake: said as the flow's way says it
    with lake_lock.writer_lock(lake, Settings.from_env().lock_timeout, on_wait=on_wait, on_recover=on_recover) as root:
        return answer(root)
