"""When the lake was last updated, in a newsroom reader's words: a day and a time, not a flow's name."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

# How a reader writes a day and time ("7 Dec 2026, 18:02 UTC"): the glance's card read "2026-12-07 18:02", in bold
# as big as the article count, as if the time were a figure of the news.
_WHEN = "{day} %b %Y, %H:%M UTC"


def reader_time(moment: datetime) -> str:
    """Return a moment as a reader writes it, the day without a leading zero.

    >>> reader_time(datetime(2026, 12, 7, 18, 2))
    '7 Dec 2026, 18:02 UTC'
    """
    return moment.strftime(_WHEN.format(day=moment.day))


def last_run_text(run: Mapping[str, Any] | None) -> str:
    """Return the page's line on the lake's last run: when it last brought the lake up to date, or that it did not.

    The flow's name ("ingest-articles") is left out: it is the pipeline's word, kept in the lake's `runs` table.

    >>> last_run_text({"state": "COMPLETED", "ended_at": datetime(2026, 12, 7, 18, 2)})
    'Last updated 7 Dec 2026, 18:02 UTC.'
    >>> last_run_text({"state": "FAILED", "ended_at": datetime(2026, 12, 8, 9, 0)})
    'The last run failed, 8 Dec 2026, 09:00 UTC.'
    >>> last_run_text(None)
    'No run is recorded.'
    """
    if run is None:
        return "No run is recorded."
    state, ended = str(run.get("state") or "").lower(), run.get("ended_at")
    if ended is None:  # a run under way, or one killed before it recorded its end
        started = run.get("started_at")
        return f"The last run has not ended{f' (started {reader_time(started)})' if started else ''}."
    if state == "completed":
        return f"Last updated {reader_time(ended)}."
    return f"The last run {state or 'ended'}, {reader_time(ended)}."
