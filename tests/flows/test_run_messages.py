"""The run's log lines and summary count in words that agree with their numbers: "1 file", "2 batches"."""

from __future__ import annotations

import pytest

from flows.artifacts import summary_markdown
from flows.batch_stream import RunTotals
from flows.ingest_tasks import plan_line, progress_log
from warehouse.ingest_plan import IngestPlan


class _Logger:
    def __init__(self) -> None:
        self.lines: list[str] = []

    def info(self, message: str, *args: object) -> None:
        self.lines.append(message % args)


def test_the_plan_line_counts_one_file_and_one_batch_in_the_singular() -> None:
    # It said "1 files: ... 1 to read in 1 batches".
    assert plan_line(IngestPlan(listed=1, to_read=1, batch_count=1)).startswith("1 file: ")
    assert "to read in 1 batch," in plan_line(IngestPlan(listed=1, to_read=1, batch_count=1))
    many = plan_line(IngestPlan(listed=5, unchanged=2, to_read=3, batch_count=2, deleted=["a"]))
    assert many == "5 files: 2 unchanged (size, mtime), 3 to read in 2 batches, 1 deleted"


@pytest.mark.parametrize(("batches", "paragraphs", "labels", "said"), [
    (1, 1, 1, "1 of 1 batch committed: 0 new, 0 changed, 0 unchanged, 0 quarantined, 1 paragraph, 1 label"),
    (2, 3, 0, "2 of 2 batches committed: 0 new, 0 changed, 0 unchanged, 0 quarantined, 3 paragraphs, 0 labels"),
])
def test_the_progress_line_counts_in_the_singular_for_one(batches: int, paragraphs: int, labels: int,
                                                         said: str) -> None:
    logger = _Logger()
    progress_log(logger, batches)(RunTotals(batches=batches, paragraphs=paragraphs, labels=labels))
    assert logger.lines == [said]


def test_the_summary_counts_one_of_a_thing_in_the_singular() -> None:
    summary = {
        "run_id": "r", "lake": "lake", "themes": [("a", "Alpha", 5)], "records_deleted": 1, "not_labelled": 1,
        "compacted": {"files_before": 1, "files_after": 1}, "still_quarantined": 1,
        "relabelled": {"previous_taxonomy": "old", "labels": 1},
    }
    markdown = summary_markdown(summary)
    for said in ("(1 theme with labels)", "\n1 record gone from its file since", "\n1 article in a language",
                 "afterwards: 1 file into 1.", "\n1 file still quarantined", "with this one, 1 label, counted"):
        assert said in markdown
