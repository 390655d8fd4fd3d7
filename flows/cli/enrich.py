"""`themelake enrich`: places, amounts and tone for the paragraphs already in a lake."""

from __future__ import annotations

from flows.cli.app import (
    INTERRUPTED_BEFORE_START,
    INTERRUPTED_ONE_COMMIT,
    SETTINGS,
    LakeOption,
    app,
    fail,
    out,
    ready_to_write,
)


@app.command()
def enrich(lake: LakeOption = SETTINGS.lake) -> None:
    """Find places, amounts and tone in the lake's paragraphs that have none, without reading the sources."""
    from rich.table import Table

    from warehouse.lake import LakeError, existing_lake

    try:
        existing_lake(lake)
    except LakeError as error:
        fail(str(error))
    # As run, relabel and compact: the API checked, another writer waited for in one line, the
    # temporary API tied to this process (a kill -9 left it running).
    try:  # Ctrl-C while waiting for another writer's lock or for the API: nothing was written yet
        ready_to_write(lake)
        from flows.enrich import enrich_paragraphs  # imports Prefect: only when a flow runs
    except KeyboardInterrupt:
        fail(INTERRUPTED_BEFORE_START, 130)
    try:
        summary = enrich_paragraphs(lake=lake)
    except LakeError as error:
        fail(str(error))
    except KeyboardInterrupt:  # its one commit is whole or not made; the lock is let go
        fail(INTERRUPTED_ONE_COMMIT, 130)
    table = Table(title=f"enrich {summary['run_id']}", show_header=False)
    for key in ("paragraphs_enriched", "articles_enriched", "places_written", "amounts_written", "duration_s", "lake"):
        table.add_row(key.replace("_", " "), str(summary[key]))
    out.print(table)
