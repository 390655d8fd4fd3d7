"""A number written with a decimal point or thousands commas ("4.5bn", "1,500") read as one word."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:  # batch_words calls this module
    from transforms.semantic.batch_words import BatchWords

# The marks inside a number: the key text reads them as spaces, so "$4.5bn" was the words "4" and "5bn".
NUMBER_MARKS = ".,"


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
    n = len(words.code)
    if n < 2:
        return words
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
        return words
    marks = [texts[t][e] for t, e in zip(words.text[candidates - 1].tolist(), words.end[candidates - 1].tolist(),
                                          strict=True)]
    joins = np.zeros(n, bool)
    joins[candidates] = np.array([m in NUMBER_MARKS for m in marks], bool)
    if not joins.any():
        return words
    first = np.flatnonzero(~joins)  # each word's first part
    last = np.append(first[1:], n) - 1
    code = codes[first]  # a copy (fancy indexing)
    # Only the joined numbers become Python strings (a few per batch), not every occurrence.
    marks_at = dict(zip(candidates.tolist(), marks, strict=True))
    # A joined number is never one of the words (they hold no "." or ","): each is numbered after them.
    number: dict[str, int] = {}
    joined = np.flatnonzero(last > first)
    for g, a, b in zip(joined.tolist(), first[joined].tolist(), last[joined].tolist(), strict=True):
        word = distinct[codes[a]] + "".join(marks_at[j] + distinct[codes[j]] for j in range(a + 1, b + 1))
        code[g] = number.setdefault(word, len(distinct) + len(number))
    spellings = distinct + list(number)
    # Numbered again in order of first appearance, without the parts no longer read alone: each spelling's
    # first occurrence is the least position it is at (`minimum.at`, no sort of the occurrences; numpy does not
    # promise which of repeated writes to one index wins, so no assignment that relies on it).
    seen = np.full(len(spellings), len(code), np.int64)
    np.minimum.at(seen, code, np.arange(len(code)))
    used = np.flatnonzero(seen < len(code))
    order = used[np.argsort(seen[used])]
    renumber = np.empty(len(spellings), np.int64)
    renumber[order] = np.arange(len(order))
    return replace(words, text=words.text[first], start=words.start[first], end=words.end[last],
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
