"""An office whose own name holds "and" or a comma, before its holder's name in a byline ("By Minister for Housing
and Planning Matthew Pennycook", "By Secretary for Science, Innovation and Technology Peter Kyle"): one part, its
holder's name, where the byline's "and" and comma part people (they gave "Planning Matthew Pennycook", or nobody)."""

from __future__ import annotations

import re

from transforms.formats.byline_roles import is_role, name_after_role


def offices_whole(text: str, parting: re.Pattern[str], commas_only: bool = False) -> list[str]:
    """Return a byline's text parted by `parting`, where a part that is an office of something and names no holder
    ("Minister for Housing") and the part after it are one where they end in a holder's name: that name
    (`commas_only`: only where a comma parts them).

    >>> joins = re.compile(r"\\s*(?:\\band\\b|&)\\s*")
    >>> offices_whole("Minister for Housing and Planning Matthew Pennycook", joins)
    ['Matthew Pennycook']
    >>> offices_whole("Secretary of State Marco Rubio and Jane Doe", joins)
    ['Secretary of State Marco Rubio', 'Jane Doe']
    >>> offices_whole("Jane Doe and Tom Roe", joins)
    ['Jane Doe', 'Tom Roe']
    """
    pieces = parting.split(text)
    if len(pieces) < 2:
        return pieces
    marks = [mark[0] for mark in parting.finditer(text)]
    whole: list[str] = []
    i = 0
    while i < len(pieces):
        piece = pieces[i]
        if i + 1 < len(pieces) and (not commas_only or "," in marks[i]) and _holderless_office(piece.strip()):
            joined = f"{piece.strip()}{marks[i].rstrip()} {pieces[i + 1].strip()}"
            name = name_after_role(joined)
            if name != joined:  # its holder's name after the office's own "and" or comma
                whole.append(name)
                i += 2
                continue
        whole.append(piece)
        i += 1
    return whole


def _holderless_office(piece: str) -> bool:
    """Return whether a byline's part is an office of a place or a brief with no holder's name after it ("Minister
    for Housing", "Secretary of Health"), as the first part of an office's name with "and" in it is."""
    return (" of " in piece or " for " in piece) and is_role(piece) and name_after_role(piece) == piece


def names_a_holder(part: str, parting: re.Pattern[str]) -> bool:
    """Return whether a byline's part that reads as an office ("Secretary of State Marco Rubio and Jane Doe": its
    head an office) names its holder before or after an "and" in it: people, no role (it named nobody).

    >>> joins = re.compile(r"\\s*(?:\\band\\b|&)\\s*")
    >>> names_a_holder("Secretary of State Marco Rubio and Jane Doe", joins)
    True
    >>> names_a_holder("Secretary of State for Health and Social Care", joins)
    False
    """
    if " of " not in part and " for " not in part:
        return False
    pieces = parting.split(part)
    return len(pieces) > 1 and (any(name_after_role(p) != p for p in pieces) or offices_whole(part, parting) != pieces)
