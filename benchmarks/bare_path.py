"""The bare path: the ingest-articles flow's work with no Prefect (the same lock, plan, batch workers,
commits and compaction), timed by benchmarks/run.py with and without enrichment and, with `--formats`,
on the corpus as text, as HTML pages and as JSON Lines files; and the article and paragraph counts of
the lake a phase left.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.corpus import build_html_corpus, build_jsonl_corpus
from benchmarks.folders import fresh
from benchmarks.phases import Phase, measured


def lake_counts(lake: Path) -> tuple[int, int]:
    from warehouse.committed_reads import query

    row = query(lake, "select (select count(*) from articles) a, (select count(*) from paragraphs) p").to_pylist()
    return row[0]["a"], row[0]["p"]


def bare_ingest(
    source: Path, lake: Path, taxonomy: str | None, batch_size: int, workers: int, enrich: bool = True
) -> float:
    """The flow's work with no Prefect: the same lock, plan, batch function, pool, batch stream, commits
    and compaction when due (with or without enrichment); return the seconds the compaction took."""
    from flows.batch_pool import shutdown_pools
    from flows.batch_stream import stream_batches
    from flows.batch_workers import submit_batch
    from flows.settings import Settings
    from warehouse import lake as lakes
    from warehouse import lake_lock
    from warehouse.compaction import compact_lake
    from warehouse.compaction_due import compaction_due
    from warehouse.ingest_plan import plan_ingest
    from warehouse.sources import iter_sources
    from warehouse.tables import theme_rows
    from warehouse.taxonomy_files import read_taxonomy

    settings = Settings.from_env()
    tax = read_taxonomy(taxonomy)
    with lake_lock.writer_lock(lake, settings.lock_timeout) as root_path:
        root = str(root_path)
        with plan_ingest(root, iter_sources(source), str(source.resolve()), batch_size) as plan:
            plan.spread(workers)  # as the flow
            totals = stream_batches(
                plan.batches(),
                lambda n, batch: submit_batch(
                    workers, batch.entries, batch.states, batch.versions,
                    tax, root, "bare-run", f"bare-{n:05d}", settings.max_file_bytes, None, enrich,
                ),
                lambda staged, catalog: lakes.commit(root, staged, catalog=catalog),
                2 * workers,  # as the flow: batches_in_flight
                first={"themes": theme_rows(root, tax, "bare-run")},
            )
        lakes.commit(root, totals.uncommitted)  # the flow's last commit (its runs row), catalog rebuilt
        shutdown_pools()  # as the flow, before compaction
        started = time.perf_counter()
        if compaction_due(root):  # as the flow's compact-lake task
            compact_lake(root)
        return time.perf_counter() - started


def format_rates(
    source: Path, size: int, cache: Path, work: Path, taxonomy: str | None, batch_size: int, workers: int,
    log: Callable[..., None],
) -> dict[str, dict[str, float]]:
    """Return MB/s and articles/s of the bare path on the corpus as text, as HTML pages and as JSON Lines."""
    from flows.batch_pool import shutdown_pools

    html, html_size = build_html_corpus(source, cache)
    jsonl, jsonl_size = build_jsonl_corpus(source, cache)
    # A JSON Lines file holds 250 articles: batches of 2 files keep every worker busy on a small corpus.
    corpora = {"txt": (source, size, batch_size), "html": (html, html_size, batch_size),
               "jsonl": (jsonl, jsonl_size, 2)}
    rates: dict[str, dict[str, float]] = {}
    for name, (folder, nbytes, files_per_batch) in corpora.items():
        log(f"bare path on the {name} corpus ...")
        phase = Phase(bytes=nbytes)
        with measured(phase):
            bare_ingest(folder, fresh(work / f"{name}-lake"), taxonomy, files_per_batch, workers)
            shutdown_pools()
        phase.articles, phase.paragraphs = lake_counts(work / f"{name}-lake")
        rates[name] = phase.rates()
    return rates
