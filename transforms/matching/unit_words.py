"""A number's unit read as a word of its own: "99mph" is the word "99mph" and, after its digits, "mph".

The search text has no space between a number and the unit written against it ("99mph", "120km/h",
"40C", "5bn"), so the term matcher, which finds whole words, saw one word and no term could name the
unit. Each such word is now also read as its unit, beginning after the digits and ending with the word:
a term "mph" is found in "Gusts of 99mph", "km h" ("km/h") in "120km/h", and a phrase may go on from the
unit ("mph winds"). The evidence's span is the unit ("mph"), not the number and unit ("99mph"): evidence
spans read their term, as everywhere else, and a term of number and unit ("100m", "1bn") is the longer
hit, which wins over a unit term inside it. A number is ASCII digits ("2.5bn" reads "5bn", whose unit
is "bn") and a unit ASCII letters; an acronym term names no unit ("3GP" is no GP, "10PM" no prime
minister: `transforms.matching.themes`).

Only units that begin some key are read (`wanted`), found among the batch's distinct words (in C), and
the keys that begin at them are found by the automaton in a short text of the units and what follows
them, so a batch pays for no second pass over its text (about 1 ms on bbc-dev's 6,470 paragraphs).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import chain
from typing import Any

import numpy as np

from transforms.matching.folded_words import folded_text
from transforms.matching.key_words import KeyWords
from transforms.matching.search_text import search_text
from transforms.matching.term_forms import is_acronym

_NUMBER_AND_UNIT = "^[0-9]+[a-z]+$"  # a word of the key text: lower case, "\x80" read as "_"
_UNIT = re.compile("[a-z]+")


def may_name_unit(term: str) -> bool:
    """Return whether a term (or exclusion) may begin at a number's unit: its first word is ASCII letters
    and it is no acronym.

    >>> may_name_unit("mph winds"), may_name_unit("km/h"), may_name_unit("GP"), may_name_unit("100m")
    (True, True, False, False)
    """
    words = search_text(term).split()
    return bool(words) and _UNIT.fullmatch(words[0]) is not None and not is_acronym(term)


def unit_vocabulary(forms: Iterable[str]) -> frozenset[str]:
    """Return the words that may be a unit for keys of these forms: their first words of ASCII letters."""
    return frozenset(word for word in (form.split(" ")[0] for form in forms) if _UNIT.fullmatch(word))


def unit_starts(words: KeyWords, wanted: frozenset[str]) -> np.ndarray:
    """Return where the units begin, in text order, that a batch's words write against a number, of the
    units among `wanted` words.

    >>> from transforms.matching.key_words import key_words
    >>> unit_starts(key_words("gusts of 99mph and 5bn  12mph"), frozenset({"mph"})).tolist()
    [11, 26]
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    which = np.flatnonzero(pc.match_substring_regex(words.dictionary, _NUMBER_AND_UNIT).to_numpy(zero_copy_only=False))
    digits = np.zeros(len(words.dictionary), np.int64)  # a word's digits before its unit, 0 for other words
    # A few hundred distinct numbers and units in a batch: a Python set is quicker than hashing `wanted` in Arrow.
    for i, word in zip(which.tolist(), words.dictionary.take(pa.array(which)).to_pylist(), strict=True):
        unit = word.lstrip("0123456789")
        if unit in wanted:
            digits[i] = len(word) - len(unit)
    if not digits.any():
        return np.zeros(0, np.int64)
    at = np.flatnonzero(np.take(digits.astype(bool), words.code))  # a bool table: a third of an int64's time
    return words.start[at] + digits[words.code[at]]


def unit_hits(
    key_text: str, text: str, starts: np.ndarray, automaton: Any, key_size: np.ndarray, longest: int
) -> np.ndarray:
    """Return (end offset, key) in " " + text + " " of the automaton's keys (of at most `longest`
    characters, spaces not counted) that begin at a unit, found in a text of the units and what follows
    them, each after a space. `key_text` is the text's key text: a piece of it with a non-ASCII letter is read
    folded from the text (transforms.matching.folded_words), as the keys are."""
    if not len(starts) or len(automaton) == 0:
        return np.zeros((0, 2), np.int64)
    pieces = [key_text[u : u + longest + 1] for u in starts.tolist()]
    pieces = [folded_text(text[u : u + longest + 1]) if "\x80" in piece else piece
              for u, piece in zip(starts.tolist(), pieces, strict=True)]
    bases = np.zeros(len(pieces), np.int64)  # where each piece's leading space is
    np.cumsum(np.fromiter(map(len, pieces), np.int64, len(pieces))[:-1] + 1, out=bases[1:])
    found = np.fromiter(chain.from_iterable(automaton.iter(" " + " ".join(pieces) + " ")), np.int64)
    end, key = found.reshape(-1, 2).T
    begin = end - key_size[key] + 1
    piece = np.searchsorted(bases, begin, side="right") - 1
    keep = (piece >= 0) & (bases[np.maximum(piece, 0)] == begin)
    # The piece's leading space stands for the unit's last digit, " " + text + " " offset starts[piece].
    return np.column_stack((end[keep] - bases[piece[keep]] + starts[piece[keep]], key[keep]))
