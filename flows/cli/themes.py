"""`themelake themes`: the themes of a taxonomy or of a lake's labels, or the taxonomy file itself to copy and edit."""

from __future__ import annotations

import shlex
import sys
from typing import TYPE_CHECKING, Annotated

import typer

from flows.cli.app import SETTINGS, TaxonomyOption, app, err, fail, lake_folder, note_vectors, out
from flows.cli.reader_stops import reader_may_stop
from flows.cli.tables import print_table

if TYPE_CHECKING:
    from transforms.taxonomy import Taxonomy
    from warehouse.lake_themes import LakeTaxonomy


@app.command()
def themes(
    taxonomy: TaxonomyOption = SETTINGS.taxonomy,
    lake: Annotated[
        str | None,
        typer.Option(
            "--lake",
            help="Show the themes this lake's labels use (its current taxonomy version) instead, and say "
            "when --taxonomy (or the bundled one) differs.",
            callback=lake_folder("give the lake's folder (--lake . for the current one), or leave it out"),
        ),
    ] = None,
    export: Annotated[bool, typer.Option("--export", help="Print the taxonomy file itself, to copy and edit.")] = False,
) -> None:
    """List the themes of a taxonomy (or of a lake's labels, with --lake), with their term counts."""
    from rich.table import Table

    from transforms.taxonomy import TaxonomyError
    from warehouse.taxonomy_files import own_sidecar, read_taxonomy, read_taxonomy_text

    if export and lake is not None:
        fail("--export prints a taxonomy file, and a lake keeps its themes, not its file: drop --lake")
    try:
        if export:
            text = read_taxonomy_text(taxonomy)
            with reader_may_stop():  # `themes --export | head`
                sys.stdout.write(text)
            sidecar = own_sidecar(taxonomy)
            if sidecar:  # a learned taxonomy's vectors: the copy needs them beside it
                err.print(f"note: its theme vectors are in {sidecar}: copy that file beside the copy",
                          highlight=False, soft_wrap=True)
            return
        # The sidecar's theme vectors are read too (numpy, about 0.07 s): they are part of the version
        # shown, which is the one runs store, and a missing sidecar is said here.
        tax = read_taxonomy(taxonomy)
        note_vectors(tax)
    except TaxonomyError as error:
        fail(str(error))
    if lake is not None:
        lake_themes(lake, tax, taxonomy)
        return
    table = Table("id", "name", "terms")
    for theme in tax.themes:
        table.add_row(theme.id, theme.name, str(len(theme.terms)))
    print_table(table, f"{tax.name} (version {tax.version}, min score {tax.min_score})")


def lake_themes(lake: str, tax: Taxonomy, taxonomy: str | None) -> None:
    """Print the themes of the taxonomy version a lake's labels use; say on stderr when `tax` (the
    taxonomy a run would use now, from `taxonomy`, None for the bundled one) is another version."""
    from rich.table import Table

    from warehouse.catalog import QueryError
    from warehouse.lake import LakeError
    from warehouse.lake_themes import read_lake_taxonomy

    try:
        used = read_lake_taxonomy(lake)
    except (QueryError, LakeError) as error:
        fail(str(error))
    which = f"{'the bundled taxonomy' if taxonomy is None else taxonomy}: {tax.name}, version {tax.version}"
    if used is None:
        note(f"{lake}: no labels yet; `themelake run SOURCE --lake {shlex.quote(lake)}` labels its articles "
             f"with the taxonomy in use ({which})")
        return
    if used.themes:
        table = Table("id", "name", "terms")
        for theme in used.themes:
            table.add_row(theme.id, theme.name or theme.id, "" if theme.n_terms is None else str(theme.n_terms))
        print_table(table, f"{used.name or '(unnamed)'} (version {used.version}, min score {used.min_score})")
        out.print(applied(lake, used), highlight=False, soft_wrap=True, markup=False)
    else:  # a heading over an empty table read as a taxonomy of no themes: nothing listed, nothing on stdout
        note(f"the labels in {lake} {by_run(used)} are of taxonomy version "
             f"{used.version}, whose themes its `themes` table does not record: query paragraph_themes for the "
             "theme ids they name")
    if used.other_versions:
        note(f"the lake holds labels of {used.other_versions} other taxonomy version"
             f"{'s' if used.other_versions > 1 else ''} too: query themes_all and paragraph_themes_all")
    if used.version != tax.version:
        command = f"themelake relabel --lake {shlex.quote(lake)}"
        if taxonomy is not None:
            command += f" --taxonomy {shlex.quote(taxonomy)}"
        note(f"the taxonomy in use ({which}) is not the lake's: `{command}` labels the lake's paragraphs with it "
             "(so does the next `themelake run` with it)")


def applied(lake: str, used: LakeTaxonomy) -> str:
    """Return the line under the lake's themes: which labels they are, and the run that applied them."""
    return f"the themes of the labels in {lake} {by_run(used)}"


def by_run(used: LakeTaxonomy) -> str:
    """Return the run that applied the lake's labels, and when, in brackets."""
    when = f", {used.applied_at:%Y-%m-%d %H:%M} UTC" if used.applied_at is not None else ""
    return f"(run {used.run_id}{when})"


def note(message: str) -> None:
    """Print a note for the user on stderr, whole (no markup, no wrapping)."""
    err.print(f"note: {message}", highlight=False, soft_wrap=True, markup=False)
