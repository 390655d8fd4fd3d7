"""Tables on standard output: fitted to a terminal's width, and whole in a file or a pipe."""

from __future__ import annotations

from typing import TYPE_CHECKING

from flows.cli.app import OutConsole, out

if TYPE_CHECKING:
    from rich.table import Table

# Wide enough for any table a command prints; measured against it, a table asks for the width its cells need.
UNBOUNDED = 100_000


def print_table(table: Table, heading: str | None = None) -> None:
    """Print `heading` on a line of its own, then `table`: to a terminal, as rich fits it to its width; to a
    file or a pipe, at the width its cells need, so that no name is cut or wrapped.

    Off a terminal rich lays a table out at 80 columns: `eval > figures.txt` wrapped "economy, business and
    finance" over four lines and cut "predicted" to "predict…". A heading is no table title, which rich
    centres and wraps at the table's own width ("compacted LAKE (up to" over "1,000,000 rows a file)").
    """
    console = out if out.is_terminal else OutConsole(width=OutConsole(width=UNBOUNDED).measure(table).maximum)
    if heading is not None:
        console.print(heading, highlight=False, soft_wrap=True, markup=False)
    console.print(table)
