"""The look-aheads that let `AMOUNT` pass over a measure's or a currency's alternatives at one test: each admits the
first characters of the words its alternatives are built from (`prefix_guard`).

`AMOUNT` tries its measures and currency words after most numbers ("200 people", "2004 and", "12 in"), and a guard
of first characters alone let almost every lower-case word through to their thousands of characters; three
characters tell "people" from "pence" and "pesos", "in" from "inches". Each guard is generated from the same word
lists its pattern is built from, so a unit or currency added to a list is admitted with it
(`tests/transforms/enrichments/test_amount_pattern_guards.py` reads the patterns' own prefixes and holds them to the
guards').
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Three characters: two let through a common word for each currency's or unit's first two ("people" for "pence",
# "per" for "pesos"), four gain little (few words share a unit's first three letters) for a longer guard
DEPTH = 3
_Trie = dict[str, "_Trie | None"]  # None: a spelling ends here, anything may follow


def prefix_guard(spellings: Iterable[str], depth: int = DEPTH) -> str:
    r"""Return an alternation admitting any text that starts with one of the `spellings`' first `depth` characters,
    as a tree of their letters: a space stands for any white space or a hyphen (the patterns split a phrase's words
    so), and a spelling shorter than `depth` ("C" after "40", "W" after "65") admits its characters before anything.

    >>> prefix_guard(["feet", "foot", "km", "g", "gram", "US dollars", "m²", "kilo", "k m"])
    '(?:f(?:ee|oo)|k(?:m|il|[\\s-]m)|g|US[\\s-]|m²)'
    >>> prefix_guard(["pence", "pesos", "lb", "lbs"])
    '(?:pe[ns]|lb)'
    >>> re.match(prefix_guard(["New Zealand dollars"]), "New") is not None
    True
    """
    trie: _Trie = {}
    for spelling in spellings:
        node: _Trie | None = trie
        for at, char in enumerate(spelling[:depth]):
            assert node is not None
            if char not in node:
                node[char] = {} if at + 1 < min(depth, len(spelling)) else None
            elif at + 1 == len(spelling):
                node[char] = None  # a shorter spelling admits whatever follows it
            node = node[char]
            if node is None:
                break
    return _alternation(trie)


def _alternation(trie: _Trie) -> str:
    """Return the regex of a tree's branches: a character class where each is one character and ends."""
    if all(child is None for child in trie.values()) and len(trie) > 1:
        return "[" + "".join(r"\s\-" if char == " " else re.escape(char) for char in trie) + "]"
    branches = [_character(char) if child is None else _character(char) + _alternation(child)
                for char, child in trie.items()]
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"


def _character(char: str) -> str:
    """Return a character's regex, a space as any white space or a hyphen."""
    return r"[\s-]" if char == " " else re.escape(char)
