"""An `enrich` run's record (its `runs` row, committed with what it staged), and one with nothing to do,
answered before Prefect starts.

`themelake enrich` on a lake whose paragraphs all have their places, amounts and tone spent almost all
its time on Prefect (importing it, starting a temporary API: 9 s), to write a `runs` row of no
paragraphs. As `themelake run` does for a folder with nothing to read (flows/unchanged_run.py), the CLI
first looks, under the lake's writer lock, for a paragraph to enrich (three columns of each paragraphs
file); with none, it answers as the flow would and never starts Prefect. A lake on object storage always
goes through the flow.

An enrich that finds no paragraph to enrich writes nothing, by the flow or here, as a relabel that would
change nothing (flows/relabel_record.py): its `runs` row said nothing new (no paragraph, no source read,
the taxonomy the views show unchanged), and each such row was one more file in the `runs` table, for
`compact` to rewrite through Prefect. `themelake run` with nothing to read still records its run: that row
says the folder was looked at, and how many of its files were unchanged.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from flows.without_flow import answered_without_flow
from warehouse.enrichments import LakeEnrichment, commit_enrichment, left_in_other_languages, nothing_to_enrich
from warehouse.labels import current_taxonomy_version
from warehouse.lake import read_manifest
from warehouse.lake_lock import Leftovers
from warehouse.tables import run_row

FLOW_NAME = "enrich-paragraphs"


def record_enrichment(root: str, lake: str, run_id: str, deployment: str, started: datetime,
                      done: LakeEnrichment, only: list[str] | None = None) -> dict[str, Any]:
    """Commit what an enrich run staged with its `runs` row (it keeps the lake's current taxonomy version,
    so the labels the views show do not change; its parameters say which enrichments, `only`, were found
    again: null for all three, for the paragraphs without them); return the run's summary. Call under the
    writer lock.

    With no paragraph enriched and nothing staged, nothing is committed: the summary's `recorded` is False."""
    counts = dict.fromkeys(
        ("files_seen", "files_new", "files_changed", "files_unchanged", "files_quarantined", "files_deleted",
         "articles_written", "themes_written"),
        0,
    ) | {"paragraphs_written": done.paragraphs}
    ended = datetime.now(UTC)
    changes = bool(done.paragraphs or any(done.staged.values()) or any(done.replaced.values()))
    if changes:
        runs = run_row(
            root, run_id=run_id, flow_name=FLOW_NAME, deployment=deployment,
            parameters=json.dumps({"lake": lake, "only": only}),
            taxonomy_version=current_taxonomy_version(root), source="", counts=counts, started=started,
            ended=ended, state="COMPLETED",
        )
        version = commit_enrichment(root, done, {"runs": [runs]})
    else:
        version = read_manifest(root).version
    paragraphs, articles = left_in_other_languages(root)  # read after the commit: what is left is theirs
    return {
        "run_id": run_id,
        "lake": root,
        "manifest_version": version,
        "recorded": changes,
        "only": only,
        "paragraphs_enriched": done.paragraphs,
        "articles_enriched": done.articles,
        "places_written": done.places,
        "amounts_written": done.amounts,
        "duration_s": round((ended - started).total_seconds(), 3),
        "left_in_other_languages": {"paragraphs": paragraphs, "articles": articles},
    }


def other_languages_line(left: dict[str, int]) -> str | None:
    """Return the line saying which paragraphs an enrich run left without places, or None when none.

    >>> other_languages_line({"paragraphs": 6, "articles": 2})[:71]
    'left 6 paragraphs of 2 articles in a language other than English withou'
    >>> other_languages_line({"paragraphs": 0, "articles": 0}) is None
    True
    """
    if not left["paragraphs"]:
        return None
    paragraphs = f"{left['paragraphs']:,} paragraph{'' if left['paragraphs'] == 1 else 's'}"
    articles = f"{left['articles']:,} article{'' if left['articles'] == 1 else 's'}"
    return (
        f"left {paragraphs} of {articles} in a language other than English without places: enrich finds places, "
        "amounts and tone in English paragraphs only; `themelake run` without --no-enrich finds places in every "
        "language (into a new lake, or after the files change)"
    )


def answer_nothing_to_enrich(lake: str, on_wait: Callable[[], object] | None = None,
                             on_recover: Callable[[Leftovers], object] | None = None) -> dict[str, Any] | None:
    """Return the summary of an enrich run of a local lake with no paragraph to enrich (as the flow's: nothing
    written); None when the flow must run. `on_recover`: told of a killed run's files the lock's recovery removed."""
    started = datetime.now(UTC)

    def answer(root: Path) -> dict[str, Any] | None:
        if not nothing_to_enrich(str(root)):
            return None
        return record_enrichment(str(root), lake, str(uuid.uuid4()), "cli", started, LakeEnrichment())

    return answered_without_flow(lake, answer, on_wait, on_recover)
