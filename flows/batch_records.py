"""A batch's records files (CSV, JSON, feeds): how each is read, the state it leaves, and its records' changes.

Split from flows/batch.py, which calls these for the records files of a part; kept free of Prefect as it is.
"""

from __future__ import annotations

from flows.counts import Counts
from transforms.articles import record_file
from transforms.formats.mapping_text import FileReading, file_reading, unread_text
from transforms.pipeline import ArticleFile, BatchRows, FileArticles
from warehouse.source_state import (
    ARTICLE,
    DELETED,
    QUARANTINED,
    RECORDS,
    SourceChange,
    SourceState,
    is_record_state,
)


def unfinished_state(
    previous: SourceState | None, size_bytes: int | None, fields: str | None, changed: bool
) -> SourceState:
    """Return the state of a records file caught while being written (its last record cut off), whose
    complete records this run read with the mapping `fields` remembers: a state that is never skipped,
    or the committed one where reading it changed nothing.

    The state read has no mtime nor content hash (never skipped: the next run reads the file again) and
    the file's size (which says it is a file's state, not a record's: warehouse.source_state.is_record_state;
    a file may be named `a.csv#id=7.jsonl`).
    The committed one stays, unchanged, where none of its records changed and its mapping is the same:
    the next run reads the file again (its size and mtime are no longer the state's) and, once it is
    whole, deletes the records it lacks and quarantines its bad last record, if any. Where its records
    changed, the committed size, mtime and content hash no longer say what the lake holds of it: a file
    that goes back to those bytes (a writer that gives up and puts the old file back) would be skipped,
    and the records read from the cut one kept though the file lacks them; and a run's new `--field`
    applied to its records is remembered, not lost to the next run. A file the lake has no state of
    (new, deleted or quarantined whole) gets the state read too: the next run reads its records' states and
    rows with it (the records it has already are not written twice), and a run that finds it gone
    deletes its records.
    """
    if previous is not None and previous.status not in (DELETED, QUARANTINED):
        if not changed and previous.fields == fields:
            return previous
    return SourceState(RECORDS, None, None, size_bytes, None, fields=fields)


def holds_keyed_articles(found: FileArticles | None) -> bool:
    """Return whether a file read holds keyed articles (an alert mail's stories, a text export's documents) or
    bad records: its own `sources` row is then a records file's, not an article's."""
    # by what its reading gave, not by its format: a .txt or .eml of one article is an article, as before; its
    # row said `article`, with an article id no article carries, and a count by status took a mail for one article
    return found is not None and (bool(found.bad) or any(item.source != item.file.source for item in found.articles))


def applied_pairs(rows: BatchRows, source: str) -> dict[str, str]:
    """Return the given pairs a records file's reading applied (transforms.formats.base.ReadResult.applied)."""
    found = rows.files.get(source)
    return (found.applied if found is not None else None) or {}


def records_reading(previous: SourceState | None, fields: str | None) -> FileReading:
    """Return how a records file is read: with the pairs it applied, unless the run asks for others or
    it was never read (quarantined: nothing of it to keep as it was)."""
    remembered = previous.fields if previous is not None else None
    return file_reading(fields, remembered, read_before=previous is not None and previous.status != QUARANTINED)


def unread_fields(previous: SourceState | None, fields: str | None) -> str | None:
    """Return what a records file that could not be read remembers (transforms.formats.mapping_text)."""
    return unread_text(fields, previous.fields if previous is not None else None)


def record_changes(
    fresh: list[ArticleFile], states: dict[str, SourceState], rows: BatchRows, summary: Counts,
    unread: frozenset[str] | set[str] = frozenset(),
) -> list[SourceChange]:
    """Return the state changes of the records of the records files read: new, changed, bad or gone.

    A record whose state is unchanged writes nothing; a record of a file that no longer has it (or a
    file quarantined whole, read or `unread`) is deleted, as a file gone from the folder is, unless
    the file was caught while being written (BatchRows.unfinished): rewritten from its start, it
    lacks the records it has not written again yet.
    """
    now_states: dict[str, SourceState] = {}
    for item in rows.read:
        if item.source != item.file.source:
            now_states[item.source] = SourceState(ARTICLE, item.version)
    for q in rows.quarantined:
        if q.record is not None:
            now_states[q.source] = SourceState(QUARANTINED, None, q.reason)
    unfinished = rows.unfinished()
    read_files = {f.source for f in fresh if f.source not in unfinished} | unread
    for source, state in states.items():
        if is_record_state(source, state) and record_file(source) in read_files and source not in now_states:
            if state.status != DELETED:
                now_states[source] = SourceState(DELETED)
                # an article gone; a bad record gone from its file is no article deleted
                summary.records_deleted += state.status != QUARANTINED
    changes = []
    for source, state in now_states.items():
        previous = states.get(source)
        if previous is not None and previous.status != DELETED and previous.same_outcome(state):
            continue
        if previous is None and state.status == DELETED:
            continue
        changes.append(SourceChange(source, state))
    return changes
