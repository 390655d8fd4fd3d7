"""Where amounts may start in a batch's text.

One character-set scan and one automaton find where amounts may start in the whole batch's text
(`candidates`): the starts of runs of digits and currency signs, found with numpy ("Rs", "INR" and
"US$" move a start back to their first letter), and the number words of the "amounts" word list
(`ParagraphBatch.words_found`). `AMOUNT` is matched there: Python runs per candidate, never per character.
The minus sign before an amount's number is `amount_signs`', its hedge ("roughly", "up to") `amount_hedges`'.
"""

from __future__ import annotations

import re

import numpy as np

from transforms.enrichments.amount_currencies import (
    BARE_SHILLINGS,
    DOLLAR_PREFIXES,
    EAST_AFRICAN_SHILLINGS,
    ESCAPED_DOLLAR,
    GULF_LETTERS,
    ISO_CODES,
    KENYAN_SHILLINGS,
    SIGNS,
)
from transforms.enrichments.amount_pattern import SOME, WORDS
from transforms.enrichments.batch import ParagraphBatch, word_list

# Where an amount may start: a digit or a currency sign, the start of a run of them (`_numeric_starts`:
# the starts of this pattern's matches, found with numpy at memory speed) ...
_NUMERIC_START = re.compile(rf"[\d${SIGNS}]+")
_ZERO, _DOLLAR = np.uint8(ord("0")), np.uint8(ord("$"))
_QUESTION_MARK = ord("?")
_FEW_MARKS = 20_000  # up to this many non-ASCII characters (and "?"), `_numeric_starts` reads them one by one
# Rupees and Kenyan shillings written with letters, rand, naira, bare shillings and the Gulf's currencies, with or
# without a space ("R50 billion", "N1,650", "Sh45 billion", "Dh5 billion", "SR 500 million":
# `amount_letter_currencies`):
# the amount starts at their first letter (a number's start ends one at most), at most `_LETTERS_REACH`
# characters before the number.
_LETTER_SYMBOLS = tuple(sorted({f"{symbol}{space}" for symbol in ("Rs.", "Rs", "INR", *KENYAN_SHILLINGS, "R", "N",
                                                                *EAST_AFRICAN_SHILLINGS, BARE_SHILLINGS, *GULF_LETTERS)
                                for space in (" ", "")},
                               key=lambda symbol: (-len(symbol), symbol)))
_LETTERS_REACH = max(map(len, _LETTER_SYMBOLS))
# ... grouped by their last character, in their order: a number's start is read only for those that end at the
# character before it ("Rs " before "5", "INR" before "7"), not for every symbol
_LETTER_SYMBOLS_ENDING: dict[str, tuple[str, ...]] = {
    last: tuple(symbol for symbol in _LETTER_SYMBOLS if symbol[-1] == last)
    for last in {symbol[-1] for symbol in _LETTER_SYMBOLS}}
_FIRST_LETTERS = np.zeros(256, dtype=bool)  # each symbol's first letter, by its byte: one look-up a byte read
_FIRST_LETTERS[[ord(symbol[0]) for symbol in _LETTER_SYMBOLS]] = True
# ... or a number word (one automaton over the lower-cased text).
# ("a" and "one" only before what makes them an amount: "a" alone is the commonest word of English; "one
# to" and "one and" may start a range, "one to two million": `amount_reading.parse`.)
_WORD_KEYS = (*WORDS, "half", "a half", "one half", "dozens", "scores", "hundreds", "tens", "thousands", "millions",
              "billions",
              "one in", "one and a half", "one per", "one percent", "one percentage", "one basis", "one to", "one and",
              "quarter point",  # "three quarter-point rate rises" (`amount_pattern._SHARE_OF_POINT`)
              "one pound",  # "a one-pound coin", "a one pound coin" (`amount_units.POUND_ADJECTIVE`)
              "one dollar", "one euro",  # "a one-dollar bill", "a one-euro coin" (`amount_pattern._HYPHENED`)
              *(f"{a} {b}" for a in ("a", "one") for b in ("third", "quarter", "fifth", "tenth", "hundred",
                                                          "thousand", "million", "billion", "trillion", "dozen")),
              # "several thousand", "a few hundred" (`amount_pattern.SOME`)
              *(f"{some} {b}" for some in SOME
                for b in ("hundred", "thousand", "million", "billion", "trillion", "dozen")))


@word_list("amounts")
def _number_words() -> dict[str, int]:
    return {f" {word} ": len(word) for word in _WORD_KEYS}  # value: where the key's word starts, from its end


def _numeric_starts(text: str) -> np.ndarray:
    """Return where each run of digits and currency signs starts: `_NUMERIC_START`'s match starts
    (a digit is what `\\d` matches, a Unicode decimal digit, `str.isdecimal`).

    >>> _numeric_starts("£4.5bn, 12,000 and ٣ $$5").tolist()
    [0, 3, 8, 11, 19, 21]
    """
    return _numeric_runs(text)[1]


def _numeric_runs(text: str) -> tuple[np.ndarray, np.ndarray]:
    """Return the text one byte a character (non-ASCII as "?") and `_numeric_starts`."""
    # A non-ASCII character is one "?": encoded as Latin-1 (a copy, where the text is Latin-1 as most news
    # batches are) and set with numpy, not encoded as ASCII with a replacement for each (a tenth of `candidates`).
    data = np.frombuffer(text.encode("latin-1", "replace"), dtype=np.uint8)
    if not text.isascii():
        data = np.where(data < 128, data, np.uint8(_QUESTION_MARK))
    mask = (data - _ZERO < 10) | (data == _DOLLAR)  # an ASCII digit (uint8 wraps below "0") or "$"
    if not text.isascii():
        marks = np.flatnonzero(data == _QUESTION_MARK)  # the non-ASCII characters, and the question marks
        if len(marks) > _FEW_MARKS:  # text that is not mostly ASCII: look its characters up by code
            codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
            seen = np.unique(codes[marks])
            numeric = np.array([chr(c).isdecimal() or chr(c) in SIGNS for c in seen.tolist()], dtype=bool)
            mask[marks] = numeric[np.searchsorted(seen, codes[marks])]
        else:
            mask[marks] = [text[i].isdecimal() or text[i] in SIGNS for i in marks.tolist()]
    return data, np.flatnonzero(mask & ~np.concatenate(([False], mask[:-1])))


def _letter_symbol_starts(text: str, data: np.ndarray, starts: np.ndarray) -> np.ndarray:
    """Return where "Rs", "Rs. ", "INR" or "KSh" ends right before a number's start: the starts with an R, I
    or K in the bytes before them, found with numpy, then read in Python (a search of the text for "Rs"
    would cost more than the rest of `candidates`).

    >>> text = "Rs 5, Rs.6, INR7, rs 8, KShs. 9, Ksh1, R5bn"
    >>> _letter_symbol_starts(text, *_numeric_runs(text)).tolist()
    [0, 6, 12, 24, 33, 39]
    """
    window = data[np.maximum(starts[:, None] - np.arange(_LETTERS_REACH, 0, -1), 0)]  # near the start: read
    near = starts[_FIRST_LETTERS[window].any(axis=1)]
    # not inside a word: "INR7" is no "R7" (`AMOUNT` has each symbol after no letter or digit)
    return np.array([at - len(symbol) for at in near.tolist() for symbol in _LETTER_SYMBOLS_ENDING.get(text[at - 1], ())
                     if text.endswith(symbol, 0, at) and not text[at - len(symbol) - 1: at - len(symbol)].isalnum()],
                    dtype=np.int64)


_PREFIX_ENDS = frozenset(prefix[-1] for prefix in DOLLAR_PREFIXES)  # "S" of "US$", "n" of "Can$"
_ISO = frozenset(ISO_CODES)  # the currency codes an amount may start with ("USD 2.5 billion")


def _iso_code_starts(text: str, data: np.ndarray, starts: np.ndarray) -> np.ndarray:
    """Return where an ISO 4217 code ("USD 2.5 billion", "EUR750m") starts right before a number's
    start: the starts with three capitals before them (and a space), found with numpy, then read.

    >>> text = "USD 2.5bn, EUR750m, ABC 5, the 7"
    >>> _iso_code_starts(text, *_numeric_runs(text)).tolist()
    [0, 11]
    """
    if not len(starts):
        return np.zeros(0, np.int64)
    spaced = starts[(starts >= 1) & (data[np.maximum(starts - 1, 0)] == np.uint8(32))]
    near = sorted_union(  # the code's start: three capitals right before the number, or before its space
        (starts - 3)[_capitals(data, starts - 3) & _capitals(data, starts - 2) & _capitals(data, starts - 1)],
        (spaced - 4)[_capitals(data, spaced - 4) & _capitals(data, spaced - 3) & _capitals(data, spaced - 2)],
    )
    return np.array([at for at in near.tolist() if at >= 0 and text[at: at + 3] in _ISO
                     and not (at and text[at - 1].isalnum())], dtype=np.int64)


def _capitals(data: np.ndarray, at: np.ndarray) -> np.ndarray:
    """Return whether the byte at each offset is an ASCII capital (an offset before the text's start is none): read
    at a batch's few thousand offsets, not over its millions of bytes."""
    inside = at >= 0
    read = data[np.where(inside, at, 0)]
    return inside & (read >= np.uint8(65)) & (read <= np.uint8(90))


def sorted_union(first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """Return `np.union1d` of two arrays of offsets (int64), each sorted: their merge without repeats, by a stable
    sort that merges two sorted runs in one pass (`np.union1d` sorts them again from scratch).

    >>> sorted_union(np.array([1, 4, 9]), np.array([0, 4, 5])).tolist()
    [0, 1, 4, 5, 9]
    """
    merged = np.concatenate((first, second)).astype(np.int64, copy=False)
    merged.sort(kind="stable")
    if len(merged) > 1:
        merged = merged[np.concatenate(([True], merged[1:] != merged[:-1]))]
    return merged


# The ASCII characters after which no amount starts at a digit: `AMOUNT`'s look-behind before a bare number
# (a word's or a number's character, or the "#" of an HTML character reference).
_GLUED = np.zeros(256, dtype=bool)
_GLUED[np.frombuffer(b"0123456789_.,/:$#abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", dtype=np.uint8)] = True
_SLASH, _W, _H, _PERCENT = np.uint8(ord("/")), np.uint8(ord("W")), np.uint8(ord("h")), np.uint8(ord("%"))


def _glued_digits(data: np.ndarray, starts: np.ndarray) -> np.ndarray:
    """Return which runs of digits (`_numeric_runs`) start neither an amount nor a range: a digit from 1 to 9
    right after a letter, a digit, "_", ".", ",", "/", ":", "$" or "#" ("#39;", the "5" of "4.5", "G8").
    `AMOUNT` matches nothing there, so neither does a range's low end (`amount_ranges`); a "0" may still
    start a phone number (`amounts.rows` reads "+44 020 ..." from its "0"). A third of a news batch's
    candidates: dropped with numpy, not one by one in Python.

    >>> text = "#39;s, G8, EUR750m, 4.5 and 0.5 or 2.3-4%/5%"
    >>> data, starts = _numeric_runs(text)
    >>> starts[_glued_digits(data, starts)].tolist()
    [1, 8, 14, 22, 30, 37]
    """
    first = data[starts]
    before = data[np.maximum(starts - 1, 0)]
    glued = (first - _ZERO < 10) & (first != _ZERO) & (starts > 0) & _GLUED[before]
    # ... but a battery's energy after its power and a slash starts one ("300MW/1,200MWh": `amount_power_pairs`), and
    # so does a rate after a rate ("4.5%/5.0%")
    unit = data[np.maximum(starts - 2, 0)]
    return glued & ~((before == _SLASH) & ((unit == _W) | (unit == _PERCENT) | (unit == _H) & (
        data[np.maximum(starts - 3, 0)] == _W)))


# The span of a bare year, a number of four digits that is no amount: `amounts.rows` drops such a match, and
# `_bare_years` the candidates it would make (the two must agree, or rows change); `amount_exclusions` reads the same.
FIRST_YEAR, LAST_YEAR = 1000, 2100
# What may follow a bare year that settles it (`_bare_years`): none of `AMOUNT`'s suffixes starts so, and its end
# check passes ("," and "." before no digit: "5,000", "2.5" are other numbers).
_YEAR_ENDS = np.zeros(256, dtype=bool)
_YEAR_ENDS[np.frombuffer(b",.);!\"'", dtype=np.uint8)] = True
_COMMA, _DOT, _SPACE = np.uint8(ord(",")), np.uint8(ord(".")), np.uint8(ord(" "))
_PLACES = np.array([1000, 100, 10, 1], dtype=np.int64)


def _bare_years(data: np.ndarray, starts: np.ndarray) -> np.ndarray:
    """Return which runs of digits are a bare year that `amounts.rows` reads as no amount: four ASCII digits from
    1000 to 2100 after a space and before a full stop, a comma, a closing bracket ... ("in 2004.", "(since 1999)").
    There `AMOUNT` matches the four digits alone, which `amounts.rows` drops as a year: dropped here with numpy
    (a tenth of a news batch's candidates), not matched one by one. A non-ASCII character (a "?" in `data`) after
    the comma or the full stop may be a digit: such years are left to the regex.

    >>> text = "in 2004. In 2004, 2004 people, 2004.5, 1999), x2004, (2004, 3000."
    >>> data, starts = _numeric_runs(text)
    >>> starts[_bare_years(data, starts)].tolist()
    [3, 12, 39]
    """
    settled = np.zeros(len(starts), dtype=bool)
    inside = np.flatnonzero((starts >= 1) & (starts + 5 < len(data)))  # a character before, two after
    at = starts[inside]
    digits = data[at[:, None] + np.arange(4)] - _ZERO  # uint8: a byte below "0" wraps past 9
    value = digits.astype(np.int64) @ _PLACES
    end, after = data[at + 4], data[at + 5]
    year = ((digits < 10).all(axis=1) & (value >= FIRST_YEAR) & (value <= LAST_YEAR) & (data[at - 1] == _SPACE)
            & _YEAR_ENDS[end] & ~(((end == _COMMA) | (end == _DOT))
                                  & ((after - _ZERO < 10) | (after == np.uint8(_QUESTION_MARK)))))
    settled[inside[year]] = True
    return settled


def candidates(batch: ParagraphBatch) -> list[int]:
    """Return the offsets where an amount may start in the batch's joined text, in order."""
    return candidate_offsets(batch).tolist()


def candidate_offsets(batch: ParagraphBatch) -> np.ndarray:
    """Return `candidates` as an array (int64)."""
    text = batch.joined
    data, numeric = _numeric_runs(text)
    lettered = np.union1d(_letter_symbol_starts(text, data, numeric), _iso_code_starts(text, data, numeric))
    if len(lettered):  # "Rs 500": the amount starts at the R (its number's own start stays a candidate)
        numeric = sorted_union(numeric, lettered)
    moved: list[tuple[int, int]] = []  # (dollar, where its amount starts)
    dollar = text.find("$")
    while dollar >= 0:  # "US$5bn" starts at the U
        # The letters right before the "$" (never read from the text's end: `startswith` with a
        # negative start would), not inside a word or a spreadsheet reference ("MS$5", "$B$1"). Most "$"
        # have no prefix's last letter before them and are settled at one test.
        # AG News escapes the sign, letters and all: "A\$2.16 billion", "US\$375 million" (`ESCAPED_DOLLAR`)
        letters = dollar - 1 if text[dollar - 1: dollar] == ESCAPED_DOLLAR[0] and dollar > 1 else dollar
        prefix = next((p for p in DOLLAR_PREFIXES if letters >= len(p) and text.startswith(p, letters - len(p))
                       and not (letters > len(p) and (text[letters - len(p) - 1].isalnum()
                                                      or text[letters - len(p) - 1] == "$"))),
                      "") if letters and text[letters - 1] in _PREFIX_ENDS else ""
        if prefix:
            moved.append((dollar, letters - len(prefix)))
        dollar = text.find("$", dollar + 1)
    if moved:
        numeric = np.concatenate([numeric[~np.isin(numeric, [d for d, _ in moved])], [s for _, s in moved]])
    numeric = numeric[~_glued_digits(data, numeric)]  # after the codes' and symbols' starts: "EUR750m", "Rs5"
    numeric = numeric[~_bare_years(data, numeric)]  # "in 2004.": no amount, and no match needed to say so
    ends, lengths = batch.words_found("amounts")
    # (`numeric` is sorted unless a "$" moved a start back; the merge sorts it all the same)
    return sorted_union(numeric, ends - lengths - 1)  # a padded offset - 1 is a text offset

