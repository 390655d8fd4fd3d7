"""`themelake enrich`: places, amounts and tone for the paragraphs already in a lake."""

from __future__ import annotations

from collections.abc import Callable

from flows.cli.app import SETTINGS, LakeOption, app, fail, out, run_lake_flow


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

    def load() -> Callable[..., dict]:
        from flows.enrich import enrich_paragraphs  # imports Prefect: only when a flow runs

        return enrich_paragraphs

    summary = run_lake_flow(lake, load, (LakeError,))
    table = Table(title=f"enrich {summary['run_id']}", show_header=False)
    for key in ("paragraphs_enriched", "articles_enriched", "places_written", "amounts_written", "duration_s", "lake"):
        table.add_row(key.replace("_", " "), str(summary[key]))
    out.print(table)
