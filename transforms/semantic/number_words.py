"""A number written with a decimal point or thousands commas ("4.5bn", "1,500") read as one word."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:  # batch_words calls this module
    from transforms.semantic.batch_words import BatchWords

# The marks inside a number: the key text reads them as spaces, so "$4.5bn" was the words "4" and "5bn".
NUMBER_MARKS = ".,"


@dataclass(frozen=True)
class NumberJoins:
    """A batch's numbers read as one word, its occurrences left in place: each joined number's first part
    (`first`) reads the whole number (`code`, `end`), and its other parts (`part`) are read no more.

    `code` indexes `distinct`: the batch's words, then the joined numbers' spellings (each a new word, as a
    joined number holds a "." or "," no word has)."""

    code: np.ndarray  # int64, per occurrence
    end: np.ndarray  # int64, per occurrence: a joined number's first part ends where its last part does
    part: np.ndarray  # bool, per occurrence: a joined number's part after its first
    first: np.ndarray  # int64: each joined number's first occurrence
    last: np.ndarray  # int64: and its last
    distinct: list[str]


def number_joins(texts: Sequence[str], words: BatchWords) -> NumberJoins | None:
    """Return where a number's parts join across a decimal point or a thousands comma (see `joined_numbers`),
    or None where no number does: the occurrences are not moved, only read again where a number is.

    >>> from transforms.semantic.batch_words import BatchWords
    >>> words = BatchWords(np.zeros(4, np.int64), np.array([0, 6, 8, 12]), np.array([4, 7, 11, 16]),
    ...                    np.array([0, 1, 2, 3]), ["paid", "4", "5bn", "cash"])
    >>> joins = number_joins(["paid $4.5bn cash"], words)
    >>> joins.code.tolist(), joins.end.tolist(), joins.part.tolist(), joins.distinct[4]
    ([0, 4, 2, 3], [4, 11, 11, 16], [False, False, True, False], '4.5bn')
    """
    n = len(words.code)
    if n < 2:
        return None
    distinct, codes = words.distinct, words.code
    # Occurrence j joins j - 1: a number before it (a word of digits: few occurrences), then the same text, one
    # character between them, and a digit first in it; each tested only where the tests before it passed.
    all_digits = np.fromiter(map(str.isdigit, distinct), bool, len(distinct))
    candidates = np.flatnonzero(all_digits[codes[:-1]]) + 1
    candidates = candidates[(words.text[candidates] == words.text[candidates - 1])
                            & (words.start[candidates] == words.end[candidates - 1] + 1)]
    digit_led = [distinct[c][:1].isdigit() for c in codes[candidates].tolist()]
    candidates = candidates[np.array(digit_led, bool)]
    if not len(candidates):
        return None
    marks = [texts[t][e] for t, e in zip(words.text[candidates - 1].tolist(), words.end[candidates - 1].tolist(),
                                          strict=True)]
    joined = np.array([m in NUMBER_MARKS for m in marks], bool)
    if not joined.any():
        return None
    part = np.zeros(n, bool)
    part[candidates[joined]] = True
    # A joined number is a run of parts after its first: its first occurrence is followed by a part, its last is
    # a part followed by none (runs of parts, in order, one per number).
    first = np.flatnonzero(~part[:-1] & part[1:])
    last = np.flatnonzero(part & ~np.append(part[1:], False))
    marks_at = dict(zip(candidates.tolist(), marks, strict=True))
    # Only the joined numbers become Python strings (a few per batch), not every occurrence.
    number: dict[str, int] = {}
    # Most numbers are two parts ("4.5bn", "1,500"): those spelt without a generator each (a third of the time).
    spelt = [distinct[x] + marks_at[a + 1] + distinct[y] if a + 1 == b else
             distinct[x] + "".join(marks_at[j] + distinct[codes[j]] for j in range(a + 1, b + 1))
             for a, b, x, y in zip(first.tolist(), last.tolist(), codes[first].tolist(), codes[first + 1].tolist(),
                                   strict=True)]
    code = codes.copy()
    code[first] = [number.setdefault(word, len(distinct) + len(number)) for word in spelt]
    end = words.end.copy()
    end[first] = words.end[last]
    return NumberJoins(code, end, part, first, last, distinct + list(number))


def joined_numbers(texts: Sequence[str], words: BatchWords) -> BatchWords:
    """Return the words with each number's parts joined across a decimal point or a thousands comma.

    Words are split at "." and ",", so "$4.5bn" was "4" and "5bn": "5bn" alone was semantic evidence,
    its span starting inside the number (a reader saw a fragment). A word of digits followed at once,
    across one "." or ",", by a word that begins with a digit is one word with it ("4.5bn",
    "1,500,000", "3.2m"); a full stop between a number and a word of letters ("in 2004.The") joins
    nothing. The joined word keeps the vector of its last part (`vector_spelling`).

    >>> from transforms.semantic.batch_words import BatchWords
    >>> words = BatchWords(np.zeros(4, np.int64), np.array([0, 6, 8, 12]), np.array([4, 7, 11, 16]),
    ...                    np.array([0, 1, 2, 3]), ["paid", "4", "5bn", "cash"])
    >>> joined = joined_numbers(["paid $4.5bn cash"], words)
    >>> joined.start.tolist(), joined.end.tolist(), [joined.distinct[c] for c in joined.code]
    ([0, 6, 12], [4, 11, 16], ['paid', '4.5bn', 'cash'])
    """
    joins = number_joins(texts, words)
    if joins is None:
        return words
    keep = np.flatnonzero(~joins.part)  # each word's first part
    code = joins.code[keep]
    spellings = joins.distinct
    # Numbered again in order of first appearance, without the parts no longer read alone: each spelling's
    # first occurrence is the least position it is at (`minimum.at`, no sort of the occurrences; numpy does not
    # promise which of repeated writes to one index wins, so no assignment that relies on it).
    seen = np.full(len(spellings), len(code), np.int64)
    np.minimum.at(seen, code, np.arange(len(code)))
    used = np.flatnonzero(seen < len(code))
    order = used[np.argsort(seen[used])]
    renumber = np.empty(len(spellings), np.int64)
    renumber[order] = np.arange(len(order))
    return replace(words, text=words.text[keep], start=words.start[keep], end=joins.end[keep],
                   code=renumber[code], distinct=[spellings[i] for i in order.tolist()])


def vector_spelling(word: str) -> str:
    """Return the spelling a word's vector is read from: a joined number's last part ("5bn" of "4.5bn").

    The number itself carries no theme, its unit may ("bn", "mph"), and its vector stays what it was
    before numbers were joined: with the whole number's tokens ("4", ".", "5", "bn") the bundled
    taxonomy lost an article of bbc-dev on a near tie (a music company's "£81.5m" deal read as business)
    and gained none anywhere, and `learn --cv 5` was unchanged.

    >>> vector_spelling("4.5bn"), vector_spelling("1,500,000"), vector_spelling("tariff")
    ('5bn', '000', 'tariff')
    """
    if not word[:1].isdigit():
        return word
    return word[max(word.rfind("."), word.rfind(",")) + 1 :]
