"""What a batch's files did and what rows it wrote: a batch reports its counts, a run sums them.

Its own module, light to import: an unchanged re-run recorded without Prefect (flows/unchanged_run.py)
counts nothing, and does not import the pipeline that `flows.batch` imports; nor does the flow's
process when its batches run in the pool's workers (it only sums their `BatchSummary`s).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field


@dataclass
class Counts:
    """What files did and what rows were written: a batch reports them, a run sums them."""

    new: int = 0
    changed: int = 0
    unchanged: int = 0
    quarantined: list[tuple[str, str, str]] = field(default_factory=list)  # source, reason, detail
    articles: int = 0
    paragraphs: int = 0
    labels: int = 0
    places: int = 0  # paragraph_places rows written (0 without enrichment)
    amounts: int = 0  # paragraph_amounts rows written
    theme_counts: Counter[str] = field(default_factory=Counter)  # theme_id → labels written
    still_quarantined: int = 0  # read again, and quarantined for the same reason as before (in unchanged)
    # Records of records files (files are counted above): quarantined (source, reason, detail) and deleted.
    bad_records: list[tuple[str, str, str]] = field(default_factory=list)
    records_deleted: int = 0
    not_labelled: int = 0  # articles in a language the taxonomy does not declare: stored, not labelled
    mappings: dict[str, dict[str, str]] = field(default_factory=dict)  # records file → field mapping used
    # A run's `--field` pairs checked against the records files read for them (first asked of them):
    # how many files, and their field names.
    fields_checked: int = 0
    field_names: set[str] = field(default_factory=set)
    # Articles (files or records) back to a content the lake has rows of (an earlier version, or a
    # deleted file come back): their rows are pointed at again, not written; the run labels those rows
    # if another taxonomy did (flows/ingest.py).
    reused: set[str] = field(default_factory=set)
    # Records files caught while being written (their last record cut off): source, detail. Their complete
    # records were read; none they lack was deleted, and a later run reads them again.
    unfinished: list[tuple[str, str]] = field(default_factory=list)
    # Gzip files read with bytes after their stream left out (trailing data that is not gzip): source, detail.
    trailing: list[tuple[str, str]] = field(default_factory=list)

    def add(self, other: Counts) -> None:
        """Add another's counts to these."""
        self.new += other.new
        self.changed += other.changed
        self.unchanged += other.unchanged
        self.quarantined += other.quarantined
        self.articles += other.articles
        self.paragraphs += other.paragraphs
        self.labels += other.labels
        self.places += other.places
        self.amounts += other.amounts
        self.theme_counts.update(other.theme_counts)
        self.still_quarantined += other.still_quarantined
        self.bad_records += other.bad_records
        self.records_deleted += other.records_deleted
        self.not_labelled += other.not_labelled
        self.mappings.update(other.mappings)
        self.fields_checked += other.fields_checked
        self.field_names |= other.field_names
        self.reused |= other.reused
        self.unfinished += other.unfinished
        self.trailing += other.trailing


@dataclass
class BatchSummary(Counts):
    """What a batch did: its staged files and counts (new + changed + unchanged + quarantined = seen)."""

    staged: dict[str, list[str]] = field(default_factory=dict)
    seen: int = 0

    def add_part(self, part: BatchSummary) -> None:
        """Add what a part of this batch did: its counts (its rows are in the batch's files)."""
        self.add(part)
        self.seen += part.seen
