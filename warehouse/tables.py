"""Rows of each table as the flows stage them: batch rows, quarantine, themes, the runs row."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Mapping, Sequence
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow as pa

from transforms.matching.theme_labels import KINDS
from transforms.taxonomy import Taxonomy
from warehouse.lake import read_table
from warehouse.schemas import EVIDENCE, PARAGRAPH_THEMES, RUNS, SEMANTIC, TERM
from warehouse.staging import BatchFiles, stage_files, stage_table

if TYPE_CHECKING:  # the pipeline (its enrichments' models) is imported by the batches, not by a run with nothing to do
    from transforms.pipeline import BatchRows, QuarantineRecord

try:
    from importlib.metadata import version as _version

    THEMELAKE_VERSION = _version("themelake")
except Exception:  # running from a source tree that is not installed
    THEMELAKE_VERSION = "unknown"


@cache
def source_commit() -> str | None:
    """Return the git commit of the themelake source tree that runs, or None when it is not a checkout."""
    tree = Path(__file__).resolve().parent.parent
    if not (tree / ".git").exists():  # an installed wheel, or a copy without history
        return None
    try:
        done = subprocess.run(
            ["git", "-C", str(tree), "rev-parse", "HEAD"], capture_output=True, text=True, timeout=10
        )
    except (OSError, subprocess.SubprocessError):  # no git on this machine
        return None
    commit = done.stdout.strip()
    return commit if done.returncode == 0 and commit else None


def stage_rows(
    lake: str | os.PathLike[str], rows: BatchRows, tag: str, into: BatchFiles | None = None
) -> dict[str, list[str]]:
    """Stage a batch's articles, paragraphs, paragraph_themes, places and amounts; return the staged files per table.

    `into`: the batch's files when it is staged in parts (warehouse.staging.BatchFiles)."""
    staged: dict[str, list[str]] = {}
    for table, columns in (
        ("articles", rows.articles),
        ("paragraphs", rows.paragraphs),
    ):
        staged[table] = stage_files(lake, table, columns, tag, into)
    staged["paragraph_themes"] = stage_labels(lake, rows.paragraph_themes, tag, into)
    for table, columns in (("paragraph_places", rows.paragraph_places), ("paragraph_amounts", rows.paragraph_amounts)):
        if columns:  # empty when the batch was not enriched
            staged[table] = stage_files(lake, table, columns, tag, into)
    return staged


def stage_labels(
    lake: str | os.PathLike[str], columns: Mapping[str, Any], tag: str, into: BatchFiles | None = None
) -> list[str]:
    """Stage paragraph_themes rows (as `transforms.pipeline.theme_rows` returns them)."""
    return stage_files(lake, "paragraph_themes", label_table(columns), tag, into)


# The kinds of evidence as the labeller numbers them, and as the lake names them.
assert KINDS == (TERM, SEMANTIC), "transforms.matching.theme_labels.KINDS must match warehouse.schemas"


def label_table(columns: Mapping[str, Any]) -> pa.Table:
    """Return paragraph_themes rows as an Arrow table; flat evidence becomes the list column directly."""
    import pyarrow.compute as pc  # loaded already where batches are built, as is the pipeline

    from transforms.pipeline import EvidenceLists

    data = dict(columns)
    evidence = data.get("evidence")
    if isinstance(evidence, EvidenceLists):
        lab = evidence.labels
        # Arrow's `take` of each row's term: a tenth less than casting a dictionary array to strings. Converting
        # only the terms the rows name (about half) was slower than converting the tuple in C. The kinds' names are
        # converted here, not at import: pyarrow's first conversion of Python data imports pandas, which the
        # processes that build batches refuse (flows/no_pandas.py) only once they have started.
        take = pc.take
        structs = pa.StructArray.from_arrays(
            [take(_terms_array(lab.terms, lab.own_terms), pa.array(lab.evidence_term)),
             pa.array(lab.evidence_start, pa.int32()), pa.array(lab.evidence_end, pa.int32()),
             pa.array(lab.evidence_weight, pa.float64()), take(pa.array(KINDS, pa.string()), pa.array(lab.kinds()))],
            fields=list(EVIDENCE),
        )
        data["evidence"] = pa.ListArray.from_arrays(pa.array(lab.evidence_offsets, pa.int32()), structs)
    return pa.Table.from_pydict(data, schema=PARAGRAPH_THEMES)


# The last taxonomy's terms and their Arrow array: every part of a run opens its terms with the same tuple of about
# 4,800, converted once here rather than once per part (0.5 ms a part); only the part's semantic words are new.
_OWN_TERMS: list[tuple[tuple[str, ...], pa.Array]] = []


def _terms_array(terms: tuple[str, ...], own: tuple[str, ...]) -> pa.Array:
    """Return `terms` as an Arrow string array, `own` (the taxonomy's terms `terms` opens with) converted once."""
    if not own or terms[:len(own)] != own:
        return pa.array(terms, pa.string())
    if not _OWN_TERMS or _OWN_TERMS[0][0] is not own:
        _OWN_TERMS[:] = [(own, pa.array(own, pa.string()))]
    return pa.concat_arrays([_OWN_TERMS[0][1], pa.array(terms[len(own):], pa.string())])


def stage_quarantine(
    lake: str | os.PathLike[str], records: Sequence[QuarantineRecord], run_id: str, now: datetime, tag: str,
    into: BatchFiles | None = None,
) -> list[str]:
    """Stage quarantine rows for files (and records of records files) that could not become articles."""
    columns = {
        "source": [r.source for r in records],
        "content_hash": [r.content_hash for r in records],
        "record": [r.record for r in records],
        "reason": [r.reason for r in records],
        "detail": [r.detail for r in records],
        "run_id": [run_id] * len(records),
        "quarantined_at": [now] * len(records),
    }
    return stage_files(lake, "quarantine", columns, tag, into)


def themes_described(lake: str | os.PathLike[str], taxonomy: Taxonomy) -> bool:
    """Return True when the lake's `themes` table holds this taxonomy version's themes."""
    existing = read_table(lake, "themes", ["taxonomy_version"])
    # A Python set, not pyarrow.compute: its first call costs ~0.5 s, most of an unchanged re-run.
    return taxonomy.version in set(existing["taxonomy_version"].to_pylist())


def theme_rows(lake: str | os.PathLike[str], taxonomy: Taxonomy, run_id: str) -> list[str]:
    """Stage the taxonomy's themes unless this taxonomy version is already described in the lake."""
    if themes_described(lake, taxonomy):
        return []
    themes = taxonomy.themes
    columns = {
        "taxonomy_version": [taxonomy.version] * len(themes),
        "taxonomy_name": [taxonomy.name] * len(themes),
        "theme_id": [t.id for t in themes],
        "name": [t.name for t in themes],
        "description": [t.description for t in themes],
        "n_terms": [len(t.terms) for t in themes],
        "terms": [[term.text for term in t.terms] for t in themes],
        "min_score": [taxonomy.min_score] * len(themes),
        "run_id": [run_id] * len(themes),
    }
    return stage_files(lake, "themes", columns, f"{run_id[:8]}-themes")


def committed_counts(lake: str | os.PathLike[str], run_id: str) -> dict[str, int]:
    """Return the rows a run committed, by the run id they carry: what a failed or interrupted run's
    `runs` row counts (`articles_written`, `paragraphs_written`, `themes_written`); the files it went
    through are not known, and stay null. Nothing for a run whose own row is committed already (it
    failed after its last commit): its rows are counted once, there."""
    import pyarrow.compute as pc

    if pc.any(pc.equal(read_table(lake, "runs", ["run_id"])["run_id"], run_id)).as_py():
        return {}  # its row is committed (it failed after, compacting): those rows are counted there
    counts = {}
    for table, key in (("articles", "articles_written"), ("paragraphs", "paragraphs_written"),
                       ("paragraph_themes", "themes_written")):
        ids = read_table(lake, table, ["run_id"])["run_id"]
        counts[key] = int(pc.sum(pc.equal(ids, run_id)).as_py() or 0)
    return counts


def run_row(
    lake: str | os.PathLike[str],
    *,
    run_id: str,
    flow_name: str,
    deployment: str,
    parameters: str,
    taxonomy_version: str | None,
    source: str,
    counts: Mapping[str, int | None],
    started: datetime,
    ended: datetime,
    state: str,
) -> str:
    """Stage the one `runs` row of a run; return its staged file."""
    row = {
        "run_id": [run_id],
        "flow_name": [flow_name],
        "deployment": [deployment],
        "parameters": [parameters],
        "themelake_version": [THEMELAKE_VERSION],
        "git_commit": [source_commit()],
        "taxonomy_version": [taxonomy_version],
        "source": [source],
        "lake": [str(lake)],
        **{k: [v] for k, v in counts.items()},
        "started_at": [started],
        "ended_at": [ended],
        "duration_s": [(ended - started).total_seconds()],
        "state": [state],
    }
    for name in RUNS.names:  # counts a run did not get to (a failed run has none) stay null
        row.setdefault(name, [None])
    path = stage_table(lake, "runs", row, f"{run_id[:8]}-run")
    assert path is not None
    return path
