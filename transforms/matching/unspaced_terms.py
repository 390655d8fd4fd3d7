"""Terms in Chinese, Japanese, Thai and Korean: found inside a run of characters, not as whole words.

Chinese, Japanese and Thai write no spaces between their words (and Lao, Khmer and Burmese neither): a
paragraph is one "word" of the search text from one punctuation mark to the next, so a term such as "大雨",
"关税" or "น้ำท่วม" never stood alone and matched nothing. Such a term is found wherever its characters stand
("九州北部に大雨特別警報", "加征关税"). Korean spaces its phrases but writes a particle or an ending onto the
noun ("대통령이", "홍수로", "관세를"): a Korean term is found at a phrase's start, followed by nothing or by
such an ending (transforms.matching.korean_particles), so "대통령" finds "대통령이" and not "전직대통령", nor
"홍수" the actress "홍수아". Where such a term begins or ends with a letter or digit of a
spaced script ("G7サミット", "코로나19"), that end is still a whole word's ("OG7" or "코로나190" is no hit).
The evidence spans the term's own characters, without the particle.

Both sides are read as the term matcher reads words (lower-cased, full-width and half-width forms as the
characters they stand for: transforms.matching.folded_words.folded_char), each character one, so offsets
stay the paragraph's. A taxonomy without such terms never comes here; a batch without such characters
costs one look at its key text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

import ahocorasick
import numpy as np

from transforms.matching.folded_words import folded_char
from transforms.matching.korean_particles import LONGEST, is_ending
from transforms.matching.search_text import search_text
from transforms.matching.term_forms import EXCLUSION, TERM

if TYPE_CHECKING:
    from transforms.taxonomy import Taxonomy

# Scripts written without spaces between words: Han (with its extensions and compatibility block), kana
# (half-width too), Thai, Lao, Khmer and Myanmar.
_UNSPACED = (
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f"
    "\u0e00-\u0e7f\u0e80-\u0eff\u1780-\u17ff\u1000-\u109f"
)
# Korean: Hangul syllables and jamo.
_HANGUL = "\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f"
_UNSPACED_CHAR = re.compile(f"[{_UNSPACED}]")
_HANGUL_CHAR = re.compile(f"[{_HANGUL}]")
_EITHER = re.compile(f"[{_UNSPACED}{_HANGUL}]")

# A character's kind, as an edge of a term or its neighbour in the text.
SPACE, UNSPACED, HANGUL, SPACED = 0, 1, 2, 3


def reads_inside_words(term: str) -> bool:
    """Return whether a term (or exclusion) is found inside a run of characters: it has a character of a script
    written without spaces, or Korean's.

    >>> [reads_inside_words(term) for term in ("大雨", "홍수", "G7サミット", "flood")]
    [True, True, True, False]
    """
    return _EITHER.search(term) is not None


def unspaced_form(term: str) -> str:
    """Return a term as it is looked for: its search text, words one space apart, each character folded.

    >>> unspaced_form("Ｇ７ サミット"), unspaced_form("  대통령 ")
    ('g7 サミット', '대통령')
    """
    return _folded(" ".join(search_text(term).split()))


def unspaced_entries(taxonomy: Taxonomy) -> dict[str, dict[tuple[int, int, str], tuple[str, float]]]:
    """Return the terms and exclusions read inside runs as the term matcher keeps its keys: form -> {(theme,
    kind, ""): (term, weight)}, a theme's form once, with its largest weight."""
    entries: dict[str, dict[tuple[int, int, str], tuple[str, float]]] = {}
    for t, theme in enumerate(taxonomy.themes):
        for term in theme.terms:
            if reads_inside_words(term.text):
                slot = entries.setdefault(unspaced_form(term.text), {})
                if (t, TERM, "") not in slot or slot[(t, TERM, "")][1] < term.weight:
                    slot[(t, TERM, "")] = (term.text, term.weight)
        for phrase in theme.exclude:
            if reads_inside_words(phrase):
                entries.setdefault(unspaced_form(phrase), {})[(t, EXCLUSION, "")] = (phrase, 0.0)
    return entries


def kind(c: str) -> int:
    """Return a search text's character's kind: a space (no word character), unspaced script, Hangul, or any other.

    >>> [kind(c) for c in " 大ไ대a7"]
    [0, 1, 1, 2, 3, 3]
    """
    if c == " ":  # the search text's every character that is no letter, digit or mark of one
        return SPACE
    if _UNSPACED_CHAR.match(c):
        return UNSPACED
    if _HANGUL_CHAR.match(c):
        return HANGUL
    return SPACED


class _Folded(dict[int, str]):
    """`str.translate`'s table of `folded_char`, one character for one, filled as characters are met."""

    def __missing__(self, code: int) -> str:
        folded = folded_char(chr(code))
        value = self[code] = folded if len(folded) == 1 else chr(code)
        return value


_FOLDED = _Folded()


def _folded(text: str) -> str:
    return text.translate(_FOLDED)


class UnspacedKeys:
    """A taxonomy's terms and exclusions read inside runs of characters, each with its key id."""

    def __init__(self, forms: Sequence[str], key_ids: Sequence[int]) -> None:
        self._automaton = ahocorasick.Automaton()
        for form, k in zip(forms, key_ids, strict=True):
            self._automaton.add_word(form, (k, len(form)))
        self._automaton.make_automaton()
        # What each key's first and last characters ask of their neighbours (`_fits`).
        self._edges = {k: (kind(form[0]), kind(form[-1])) for form, k in zip(forms, key_ids, strict=True)}

    def hits(self, text: str, key_text: str) -> np.ndarray:
        """Return (end offset + 1, key) of each hit in `text`, as the whole-word keys' rows are for
        " " + text + " ": the end offset is where the term's characters end in the text.

        `key_text`: the text's `ascii_key_text`, which has "\\x80" wherever a letter beyond ASCII is."""
        if "\x80" not in key_text or _EITHER.search(text) is None:
            return np.zeros((0, 2), dtype=np.int64)
        read = _folded(search_text(text))
        rows = []
        for last, (k, size) in self._automaton.iter(read):
            first, end = last - size + 1, last + 1
            before = kind(read[first - 1]) if first > 0 else SPACE
            after = kind(read[end]) if end < len(read) else SPACE
            first_kind, last_kind = self._edges[k]
            if not _fits(first_kind, last_kind, before, after):
                continue
            if last_kind == HANGUL and after == HANGUL and not is_ending(_phrase_rest(read, end)):
                continue
            rows.append((end + 1, k))
        return np.array(rows, dtype=np.int64).reshape(-1, 2)


def _phrase_rest(read: str, end: int) -> str:
    """Return the Hangul that follows a hit in its phrase ("" past the longest ending: no ending)."""
    stop = end
    while stop < len(read) and stop - end <= LONGEST and kind(read[stop]) == HANGUL:
        stop += 1
    return read[end:stop] if stop - end <= LONGEST else "\x00"


def _fits(first: int, last: int, before: int, after: int) -> bool:
    """Return whether a hit whose first and last characters are of kinds `first` and `last` stands where a
    term may: a Korean term at a phrase's start, a spaced script's letter or digit at a word's edge."""
    if first == HANGUL and before in (HANGUL, SPACED):
        return False
    if first == SPACED and before == SPACED:
        return False
    return not (last == SPACED and after == SPACED)
