"""`themelake enrich`: places, amounts and tone for the paragraphs already in a lake."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated

import typer

from flows.cli.app import (
    INTERRUPTED_ONE_COMMIT,
    SETTINGS,
    LakeOption,
    app,
    fail,
    out,
    run_lake_flow,
    say_leftovers,
    say_waiting,
)
from flows.cli.tables import print_table

ENRICHMENT_WORDS = ("places", "amounts", "tone")


@app.command()
def enrich(
    lake: LakeOption = SETTINGS.lake,
    only: Annotated[
        list[str] | None,
        typer.Option(
            metavar="NAMES",
            help="Find only these again (places, amounts, tone; comma-separated or repeated) for the paragraphs "
            "enriched already, keeping the others' rows: after an upgrade that finds places better, say.",
        ),
    ] = None,
) -> None:
    """Find places, amounts and tone in the lake's paragraphs that have none, without reading the sources."""
    from warehouse.lake import LakeError, existing_lake

    names = enrichment_names(only)
    try:
        existing_lake(lake)
    except LakeError as error:
        fail(str(error))
    if names:
        print_enrichment(run_enrich_flow(lake, only=names))
        return
    from flows.enrich_record import answer_nothing_to_enrich

    try:  # every paragraph enriched already: the run is recorded without Prefect (flows/enrich_record.py)
        summary = answer_nothing_to_enrich(lake, on_wait=say_waiting, on_recover=say_leftovers)
    except LakeError as error:
        fail(str(error))
    except KeyboardInterrupt:  # its one commit is whole or not made; the lock is let go
        fail(INTERRUPTED_ONE_COMMIT, 130)
    if summary is not None:
        print_nothing_to_enrich(summary, other_languages=True)
        return
    # As run, relabel and compact: the API checked, another writer waited for in one line, the
    # temporary API tied to this process (a kill -9 left it running).

    summary = run_enrich_flow(lake)
    if summary.get("recorded", True):
        print_enrichment(summary)
    else:  # a paragraph another writer enriched meanwhile, or one whose language leaves it as it is
        print_nothing_to_enrich(summary)


def enrichment_names(only: list[str] | None) -> list[str] | None:
    """Return the enrichments --only names, in the flow's order, or fail in one line for one it does not know.

    >>> enrichment_names(["tone,places", " places "]), enrichment_names(None)
    (['places', 'tone'], None)
    """
    if only is None:
        return None
    given = [word.strip().lower() for value in only for word in value.split(",") if word.strip()]
    for word in given:
        if word not in ENRICHMENT_WORDS:
            fail(f"--only is {word!r}: give places, amounts or tone (comma-separated, e.g. --only places,amounts)")
    if not given:
        fail("--only is empty: give places, amounts or tone, or leave it out for all three")
    return [word for word in ENRICHMENT_WORDS if word in given]


def run_enrich_flow(lake: str, **parameters: object) -> dict:
    """Run the `enrich-paragraphs` flow on `lake` (flows/cli/app.py's run_lake_flow) and return its summary."""
    from warehouse.lake import LakeError

    def load() -> Callable[..., dict]:
        from flows.enrich import enrich_paragraphs  # imports Prefect: only when a flow runs

        return enrich_paragraphs

    summary: dict = run_lake_flow(lake, load, (LakeError,), **parameters)
    return summary


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
    only = summary.get("only")
    found = f": {' and '.join(only)} found again, the others' rows kept" if only else ""
    print_table(table, f"enrich {summary['run_id']}{found}")
    from flows.enrich_record import other_languages_line

    line = other_languages_line(summary["left_in_other_languages"])
    if line and other_languages:
        out.print(line, highlight=False, soft_wrap=True)
