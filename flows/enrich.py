"""The `enrich-paragraphs` flow: places, amounts and tone for the paragraphs already in the lake.

For lakes written with `themelake run --no-enrich` (or before enrichment existed). Source files are
never read; the work is warehouse.enrichments.enrich_lake, one task, and one commit whose `runs` row
keeps the lake's current taxonomy version (so the labels the views show do not change), or none when no
paragraph was left to enrich (flows/enrich_record.py, which also answers `themelake enrich` with nothing
to do without Prefect).
"""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.runtime import deployment, flow_run

from flows.counted import counted
from flows.enrich_record import other_languages_line, record_enrichment
from flows.flow_checks import check_enrichments, check_not_empty
from flows.flow_parameters import plain_parameters
from flows.leftovers_text import log_leftovers
from flows.parameter_types import typed_parameters
from flows.settings import Settings
from flows.user_errors import fails_in_one_line
from warehouse import lake as lakes
from warehouse import lake_lock
from warehouse.enrichment_refresh import refresh_enrichments
from warehouse.enrichments import LakeEnrichment, enrich_lake


@task(name="enrich-lake", cache_policy=NO_CACHE)
def enrich_lake_task(lake: str, run_id: str, only: list[str] | None = None) -> LakeEnrichment:
    """Stage places, amounts and tone for the lake's paragraphs without them; with `only`, those
    enrichments found again for the paragraphs that have them (warehouse.enrichment_refresh)."""
    if only:
        return refresh_enrichments(lake, run_id, only)
    return enrich_lake(lake, run_id)


@plain_parameters
@typed_parameters
@flow(name="enrich-paragraphs", log_prints=False)
@fails_in_one_line
def enrich_paragraphs(lake: str = "lake", only: list[str] | None = None) -> dict:
    """Enrich the lake's paragraphs that have no tone yet; return counts. With `only` (places, amounts,
    tone), find those again for the paragraphs enriched already, keeping the others' rows. A user's error
    (no lake, a busy one, an empty `lake`, an unknown enrichment) fails the run in one line, as the other
    flows' do."""
    check_not_empty("lake", lake)
    only = check_enrichments(only)
    started = datetime.now(UTC)
    logger = get_run_logger()
    run_id = str(flow_run.id or f"local-{started:%Y%m%dT%H%M%S}")
    deployment_name = deployment.name or "cli"  # asked of the API now, as ingest-articles does
    lakes.existing_lake(lake)  # enrich never creates a lake
    removed = partial(log_leftovers, logger)  # a killed run's files, said once
    with lake_lock.writer_lock(lake, Settings.from_env().lock_timeout, on_recover=removed) as root_path:
        root = str(root_path)
        done = enrich_lake_task(root, run_id, only)
        summary = record_enrichment(root, lake, run_id, deployment_name, started, done, only)
    logger.info("enriched %s: %s, %s", counted(done.paragraphs, "paragraph"), counted(done.places, "place"),
                counted(done.amounts, "amount"))
    line = other_languages_line(summary["left_in_other_languages"])
    if line:  # said once: `themelake enrich` shows this log, and prints the line itself only without a flow
        logger.warning("%s", line)
    return summary
