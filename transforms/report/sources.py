"""What the report says of an article's sources: sites, or top-level folders where no site is known."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any


def source_title(kinds: set[str]) -> str:
    """Return the sources axis's title: sites, top-level folders where no site is known, or both.

    >>> source_title({"folder"}), source_title({"site", "folder"})
    ('top-level folder (no site known)', 'site (top-level folder where none is known)')
    """
    if kinds == {"site"}:
        return "site"
    if "site" in kinds:
        return "site (top-level folder where none is known)"
    return "top-level folder (no site known)"


def sources_label(sites: int, folders: int) -> str:
    """Return what the overview's count of sources counts: sites, top-level folders (where no site is
    known), or both, each counted.

    >>> sources_label(1, 0), sources_label(0, 3), sources_label(2, 1)
    ('site', 'top-level folders (no site known)', 'sources: 2 sites, 1 top-level folder where none is known')
    """
    def counted(n: int, what: str) -> str:
        return f"{n:,} {what}{'' if n == 1 else 's'}"

    if not folders:
        return "site" if sites == 1 else "sites"
    if not sites:
        return f"top-level folder{'' if folders == 1 else 's'} (no site known)"
    return f"sources: {counted(sites, 'site')}, {counted(folders, 'top-level folder')} where none is known"


def one_source_note(rows: list[Mapping[str, Any]]) -> str:
    """Return what the page says instead of a chart of one source ("" for several or none): its one row of
    cells only repeated the top themes' table, under a heading that promised a comparison.

    >>> one_source_note([{"source": "tech", "source_kind": "folder", "theme": "science", "paragraphs": 176}])
    'Every labelled paragraph is from one top-level folder, tech: the top themes above count them by theme.'
    >>> one_source_note([{"source": "(top level of desk/)", "source_kind": "folder"}]).split(":")[0]
    'Every labelled paragraph is from the files directly in desk/ (no site known, no sub-folder)'
    >>> one_source_note([{"source": s, "source_kind": "site"} for s in ("bbc.co.uk", "ft.com")])
    ''
    """
    sources = {(r["source"], r["source_kind"]) for r in rows}
    if len(sources) != 1:
        return ""
    ((source, kind),) = sources
    # Files straight in the ingested folder are named "(top level of desk/)": no top-level folder's name.
    top = re.fullmatch(r"\(top level of (.+)\)", source) if kind != "site" else None
    where = (f"the files directly in {top.group(1)} (no site known, no sub-folder)" if top
             else f"one {'site' if kind == 'site' else 'top-level folder'}, {source}")
    return f"Every labelled paragraph is from {where}: the top themes above count them by theme."
