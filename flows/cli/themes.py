"""`themelake themes`: the themes of a taxonomy, or the taxonomy file itself to copy and edit."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from flows.cli.app import SETTINGS, TaxonomyOption, app, err, fail, out


@app.command()
def themes(
    taxonomy: TaxonomyOption = SETTINGS.taxonomy,
    export: Annotated[bool, typer.Option("--export", help="Print the taxonomy file itself, to copy and edit.")] = False,
) -> None:
    """List the themes of a taxonomy, with their term counts."""
    from rich.table import Table

    from transforms.taxonomy import TaxonomyError
    from warehouse.taxonomy_files import own_sidecar, read_taxonomy, read_taxonomy_text

    try:
        if export:
            sys.stdout.write(read_taxonomy_text(taxonomy))
            sidecar = own_sidecar(taxonomy)
            if sidecar:  # a learned taxonomy's vectors: the copy needs them beside it
                err.print(f"note: its theme vectors are in {sidecar}: copy that file beside the copy",
                          highlight=False, soft_wrap=True)
            return
        # The sidecar's theme vectors are read too (numpy, about 0.07 s): they are part of the version
        # shown, which is the one runs store, and a missing sidecar is said here.
        tax = read_taxonomy(taxonomy)
    except TaxonomyError as error:
        fail(str(error))
    table = Table("id", "name", "terms", title=f"{tax.name} (version {tax.version}, min score {tax.min_score})")
    for theme in tax.themes:
        table.add_row(theme.id, theme.name, str(len(theme.terms)))
    out.print(table)
