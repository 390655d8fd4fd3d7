"""The `relabel-paragraphs` flow: apply a taxonomy to the paragraphs already in the lake.

Source files are never read: the paragraphs' text is in the lake. Work is split into batch tasks by
a hash of the article id (tens of thousands of paragraphs each), never one task per paragraph; the
run commits once, and its `runs` row makes this taxonomy version the one the views show.
"""

from __future__ import annotations

import math
from collections import Counter
from datetime import UTC, datetime
from functools import partial

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.runtime import deployment, flow_run

from flows.counted import counted
from flows.flow_checks import check_count, check_not_empty
from flows.flow_parameters import plain_parameters
from flows.leftovers_text import log_leftovers
from flows.parameter_types import typed_parameters
from flows.relabel_record import Relabelled, record_relabel
from flows.runners import as_is
from flows.settings import Settings
from flows.user_errors import fails_in_one_line
from transforms.taxonomy import Taxonomy
from warehouse import lake as lakes
from warehouse import lake_lock
from warehouse.labels import count_paragraphs, paragraphs_to_label
from warehouse.tables import stage_labels
from warehouse.taxonomy_files import read_taxonomy


@task(name="relabel-batch", cache_policy=NO_CACHE)
def relabel_batch(
    lake: str, taxonomy: Taxonomy, run_id: str, part: int, parts: int, articles: list[str] | None = None
) -> tuple[list[str], int, Counter[str]]:
    """Label one part of the lake's paragraphs (of `articles` only, when given); return (staged files,
    paragraphs read, labels per theme)."""
    # Imported here, where paragraphs are labelled: `ingest-articles` imports this module for the
    # runs that label the lake's rows (a new taxonomy), and its process, whose batches run in the
    # pool's workers, otherwise never loads the pipeline (flows/batch_workers.py).
    from transforms.pipeline import labelled_by_language, own_languages
    from transforms.pipeline import theme_rows as label_rows

    todo = paragraphs_to_label(lake, taxonomy.version, part, parts, taxonomy.languages, articles)
    texts = todo["text"].to_pylist()
    ids = list(zip(todo["paragraph_id"].to_pylist(), todo["article_id"].to_pylist(), strict=True))
    if taxonomy.languages:  # an English article's paragraph in another language, as a run leaves it
        keep = labelled_by_language(taxonomy, own_languages(texts, todo["language"].to_pylist()), range(len(texts)))
        texts, ids = [texts[k] for k in keep], [ids[k] for k in keep]
    rows = label_rows(taxonomy, texts, ids, run_id)
    paths = stage_labels(lake, rows, f"{run_id[:8]}-relabel-{part:05d}")
    return paths, todo.num_rows, Counter(rows["theme_id"])


def label_lake(
    root: str, taxonomy: Taxonomy, run_id: str, batch_size: int = 50_000, articles: list[str] | None = None
) -> Relabelled:
    """Stage labels for committed paragraphs a taxonomy has not labelled (of `articles` only, when
    given: one task); return what was staged.

    Call inside a flow: it submits one `relabel-batch` task per part of the lake.
    """
    parts = 1 if articles else max(1, math.ceil(count_paragraphs(root) / batch_size))
    # as_is keeps Prefect from walking the taxonomy's terms looking for futures (on Dask, which
    # rebuilds Prefect's wrapper wrongly, the taxonomy itself); mypy sees the wrapper type.
    futures = [
        relabel_batch.submit(root, as_is(taxonomy), run_id, part, parts, as_is(articles))  # type: ignore[call-overload]
        for part in range(parts)
    ]
    done = Relabelled()
    for future in futures:
        paths, paragraphs, theme_counts = future.result()
        done.files += paths
        done.paragraphs += paragraphs
        done.theme_counts.update(theme_counts)
    return done


@plain_parameters
@typed_parameters
@flow(name="relabel-paragraphs", log_prints=False)
@fails_in_one_line
def relabel_paragraphs(lake: str = "lake", taxonomy: str | None = None, batch_size: int = 50_000) -> dict:
    """Label the lake's paragraphs with a taxonomy and make it the current one; return counts."""
    started = datetime.now(UTC)
    check_not_empty("lake", lake)
    check_not_empty("taxonomy", taxonomy)
    check_count("batch_size", batch_size)
    logger = get_run_logger()
    run_id = str(flow_run.id or f"local-{started:%Y%m%dT%H%M%S}")
    deployment_name = deployment.name or "cli"  # asked of the API now, as ingest-articles does
    tax = read_taxonomy(taxonomy)
    lakes.existing_lake(lake)  # relabel never creates a lake
    waiting = partial(logger.warning, lake_lock.WAITING_FOR_LOCK)  # said once, before waiting
    removed = partial(log_leftovers, logger)  # a killed run's files, said once
    timeout = Settings.from_env().lock_timeout
    with lake_lock.writer_lock(lake, timeout, on_wait=waiting, on_recover=removed) as root_path:
        root = str(root_path)
        logger.info("relabelling with taxonomy %s (%s)", tax.name, tax.version)
        relabelled = label_lake(root, tax, run_id, batch_size)
        summary = record_relabel(root, lake, taxonomy, tax, run_id, deployment_name, started, relabelled, batch_size)
    logger.info(
        "relabelled %s: %s", counted(relabelled.paragraphs, "paragraph"), counted(relabelled.labels, "label")
    )
    return summary
