"""Keys for the documents of a text export that gives them no id of its own (a LexisNexis export's, a Factiva
export's without an accession number): what names a document, not where it stands in this export.

A document is keyed by a digest of its title, day and source, the names an export lists it by, and not by its text: a
re-export with one body corrected (a typo fixed, a paragraph added) is then the same article in a new version, as a
records file's record of the same id and a changed text is, not one article deleted and another written. Keyed by
place ("Document 1 of 12", the nth "HD"), an export re-run without its first document renumbered all the others.

Documents of the same title, day and source (a paper's "Letters" of one day, a document exported twice) are numbered
in export order within that group only, `-2` from the second on. The trade-off, chosen so: dropping or moving one of
such a group renumbers the later ones of that group (never another document), where a digest of each body would have
kept them apart through a reordering but made every correction of such a body a deletion and a new article; and a
group's copies exported twice are alike to the byte, which no digest of theirs tells apart.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable


def document_keys(names: Iterable[tuple[object, ...]], prefix: str) -> list[str]:
    """Return each document's key, in export order, from its names (title, day, source): `prefix` and their digest,
    numbered from the second document of the same names on.

    >>> document_keys([("Rates", "2026-03-05", "FT"), ("Letters", "2026-03-05", "FT"), ("Letters", "2026-03-05", "FT")],
    ...               "lexis-")
    ['lexis-6dffe52f69c47038', 'lexis-f4f30f267242a59d', 'lexis-f4f30f267242a59d-2']
    """
    seen: dict[str, int] = {}
    keys = []
    for named in names:
        # a unit separator between the names: ("ab", "c") and ("a", "bc") are two documents, not one
        parts = "\x1f".join("" if name is None else str(name).strip() for name in named)
        key = prefix + hashlib.sha256(parts.encode()).hexdigest()[:16]
        seen[key] = seen.get(key, 0) + 1
        keys.append(key if seen[key] == 1 else f"{key}-{seen[key]}")
    return keys
