"""The warnings and notes an ingest run logs at its end, after its last commit: files and records quarantined,
deleted or read in part, field mappings applied or asked of no file, and what the listing left out."""

from __future__ import annotations

from logging import Logger, LoggerAdapter
from typing import Any

from flows.artifacts import visible
from flows.batch_stream import RunTotals
from flows.parameter_words import in_parameter_words
from flows.quarantine_lines import quarantined_file_line, quarantined_record_line
from transforms.formats.mapping_text import AUTOMATIC, mapping_of, unmatched_field_warnings
from warehouse.ingest_plan import IngestPlan


def log_run_warnings(logger: Logger | LoggerAdapter[Any], plan: IngestPlan, totals: RunTotals, given: str | None,
                     named: frozenset[str], left_out: list[str]) -> list[str]:
    """Log a run's end-of-run warnings and notes; return the warnings of `--field` pairs no records file had the
    field of (the summary names them too). `named`: the flow's parameter names, when a deployment's run names
    them where the CLI names its options."""
    # Names and details as the summary shows them (\xNN for control characters): a name with an ESC
    # in it, logged raw, recoloured the terminal or log viewer it reached.
    for src, reason, detail in totals.quarantined:
        logger.warning("%s", quarantined_file_line(src, reason, detail))
    for src in plan.deleted:
        logger.warning("deleted since the last run: %s", visible(src))
    for src, reason, detail in totals.bad_records:
        logger.warning("%s", quarantined_record_line(src, reason, detail))
    for src, detail in totals.unfinished:
        logger.warning(
            "read in part %s: %s; its complete records read, none it lacks deleted, and the next run "
            "reads it again",
            visible(src), visible(detail),
        )
    for src, detail in totals.trailing:
        logger.warning("read in part %s: %s; what its gzip stream holds was read", visible(src), visible(detail))
    for src, mapping in totals.mappings.items():
        logger.info("%s: fields mapped %s", visible(src), visible(", ".join(f"{k}={v}" for k, v in mapping.items())))
    # A --field pair that no records file read for it has the field of: applied nowhere, said once.
    field_warnings = (
        unmatched_field_warnings(mapping_of(given), totals.field_names)
        if given not in (None, AUTOMATIC) and totals.fields_checked else []
    )
    for warning in field_warnings:
        logger.warning("%s", visible(in_parameter_words(warning, named)))
    repository = [path for path in left_out if not path.endswith("/")]
    if repository:
        logger.info(
            "left out %d repository %s (README, LICENSE, CHANGELOG): %s",
            len(repository), "file" if len(repository) == 1 else "files", visible(", ".join(repository)),
        )
    saved = [path for path in left_out if path.endswith("/")]  # folders: those of saved pages
    if saved:
        logger.info("left out %d saved pages' resource folders (X_files beside X.html): %s",
                    len(saved), visible(", ".join(saved)))
    return field_warnings
