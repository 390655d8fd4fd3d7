"""Refresh the README's example-query outputs: ingest examples/articles into a fresh lake, run each
examples/queries/*.sql, and write its table (as `themelake query` prints it on a terminal of 120
columns) into the ```text block that follows the query's mention in the README.

    .venv/bin/python examples/refresh_readme.py

Run it after a change to the labels, the examples or the queries; tests/flows/test_example_queries.py
checks that the README and the queries agree.
"""

from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def render(result) -> str:  # type: ignore[no-untyped-def]
    """Return a query result as the CLI's table, 120 columns wide."""
    console = Console(width=120, record=True, file=open("/dev/null", "w"), color_system=None)  # noqa: SIM115
    table = Table(*result.column_names)
    for row in result.to_pylist():
        table.add_row(*("" if v is None else str(v) for v in row.values()))
    console.print(table)
    return "\n".join(line.rstrip() for line in console.export_text().splitlines()) + "\n"


def main() -> None:
    from flows.ingest import ingest_articles
    from warehouse.committed_reads import query

    readme = (ROOT / "README.md").read_text("utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        lake = Path(tmp) / "lake"
        ingest_articles(source=str(ROOT / "examples" / "articles"), lake=str(lake))
        for path in sorted((ROOT / "examples" / "queries").glob("*.sql")):
            mention = f"(`{path.name}`)"
            if mention not in readme:
                print(f"not in the README: {path.name}", file=sys.stderr)
                continue
            at = readme.index(mention)
            block = re.compile(r"```text\n(.*?)```", re.S).search(readme, at)
            assert block, path.name
            table = render(query(lake, path.read_text("utf-8")))
            readme = readme[: block.start(1)] + table + readme[block.end(1) :]
    (ROOT / "README.md").write_text(readme, "utf-8")


if __name__ == "__main__":
    main()
