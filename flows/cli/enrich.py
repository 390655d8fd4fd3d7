"""`themelake enrich`: places, amounts and tone for the paragraphs already in a lake."""

from __future__ import annotations

from collections.abc import Callable

from flows.cli.app import INTERRUPTED_ONE_COMMIT, SETTINGS, LakeOption, app, fail, out, run_lake_flow, say_waiting
from flows.cli.tables import print_table


@app.command()
def enrich(lake: LakeOption = SETTINGS.lake) -> None:
    """Find places, amounts and tone in the lake's paragraphs that have none, without reading the sources."""
    from warehouse.lake import LakeError, existing_lake

    try:
        existing_lake(lake)
    except LakeError as error:
        fail(str(error))
    from flows.enrich_record import answer_nothing_to_enrich

    try:  # every paragraph enriched already: the run is recorded without Prefect (flows/enrich_record.py)
        summary = answer_nothing_to_enrich(lake, on_wait=say_waiting)
    except LakeError as error:
        fail(str(error))
    except KeyboardInterrupt:  # its one commit is whole or not made; the lock is let go
        fail(INTERRUPTED_ONE_COMMIT, 130)
    if summary is not None:
        print_nothing_to_enrich(summary, other_languages=True)
        return
    # As run, relabel and compact: the API checked, another writer waited for in one line, the
    # temporary API tied to this process (a kill -9 left it running).

    def load() -> Callable[..., dict]:
        from flows.enrich import enrich_paragraphs  # imports Prefect: only when a flow runs

        return enrich_paragraphs

    summary = run_lake_flow(lake, load, (LakeError,))
    if summary.get("recorded", True):
        print_enrichment(summary)
    else:  # a paragraph another writer enriched meanwhile, or one whose language leaves it as it is
        print_nothing_to_enrich(summary)


def print_nothing_to_enrich(summary: dict, other_languages: bool = False) -> None:
    """Say that an enrich run found no paragraph to enrich and wrote nothing (no `runs` row either)."""
    out.print(f"nothing to enrich in {summary['lake']}: every paragraph it reads has its places, amounts and tone "
              "already; nothing was written", highlight=False, soft_wrap=True, markup=False)
    from flows.enrich_record import other_languages_line

    line = other_languages_line(summary["left_in_other_languages"])
    if line and other_languages:
        out.print(line, highlight=False, soft_wrap=True)


def print_enrichment(summary: dict, other_languages: bool = False) -> None:
    """Print an enrich run's summary; with `other_languages`, the line on the paragraphs it left for
    their language (the flow logs it: its run says it once)."""
    from rich.table import Table

    table = Table(show_header=False)
    for key in ("paragraphs_enriched", "articles_enriched", "places_written", "amounts_written", "duration_s", "lake"):
        table.add_row(key.replace("_", " "), str(summary[key]))
    print_table(table, f"enrich {summary['run_id']}")
    from flows.enrich_record import other_languages_line

    line = other_languages_line(summary["left_in_other_languages"])
    if line and other_languages:
        out.print(line, highlight=False, soft_wrap=True)
