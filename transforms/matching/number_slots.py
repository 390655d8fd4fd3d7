"""A term's number slot: "#" in a term stands for one number, so "axe # jobs" is found in "Ford to axe 600 jobs".

A firm's cut is written with its size between the verb and its object ("to axe 3,200 jobs", "to cut 6,000
jobs", "slashes thousands of jobs"), and a phrase term is a run of consecutive words, which no number list
can spell out. The search text reads "3,200" as two words ("3" and "200"), so a slot is read from the
text's words, not from its characters: a number is a word of digits and the words of digits each joined to it
by one "," or "." ("6,000", "1.5", "1,000,000"), or a count said in words ("hundreds of", "tens of thousands
of"). Such a run of words becomes one word, `SLOT_WORD`, in a copy of the batch's words that only the slot
terms are looked for in; a term's "#" is that word too, so the phrase matcher (transforms.matching.phrase_keys)
finds them unchanged, array-wise. A slot holds exactly one number: "axe jobs" is a term of its own, and
"cut 10% of jobs" or "axe the 2026 jobs fair" (a word between) are no "cut # jobs".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from operator import itemgetter

import numpy as np

from transforms.matching.key_words import KeyWords
from transforms.matching.phrase_keys import PhraseKeys

NUMBER_SLOT = "#"  # the term syntax: a word "#" of a term is one number
# The slot's word in a term's form and in the words slot terms are looked for in: a word of digits, so a number
# written as the single digit "0" is a number as any other, and the search text keeps it (it drops "#").
SLOT_WORD = "0"
_SLOT = re.compile(r"(?<!\S)#(?!\S)")
# A count said in words, before "of": "hundreds of jobs", "tens of thousands of jobs" ("scores of" is too often
# a game's scores).
_COUNT_WORDS = ("dozens", "hundreds", "thousands", "tens", "millions")
_SEPARATOR_CODES = np.array([ord(","), ord(".")], np.uint32)  # the one character between a number's groups ("6,000")


def slot_term(text: str) -> str:
    """Return a term's text with each number slot written as `SLOT_WORD`, as the search text keeps it.

    >>> slot_term("axe # jobs"), slot_term("no #slot"), slot_term("# 1")
    ('axe 0 jobs', 'no #slot', '0 1')
    """
    return _SLOT.sub(SLOT_WORD, text)


def has_slot(form: str) -> bool:
    """Return whether a key's form (words joined by single spaces) has a number slot.

    >>> has_slot("axe 0 jobs"), has_slot("axe jobs"), has_slot("10 downing street")
    (True, False, False)
    """
    return SLOT_WORD in form.split(" ")


def number_words(words: KeyWords, text: str, reach: int) -> KeyWords:
    """Return the words of a batch within `reach` words of a number, each number (its words of digits, or a count
    said in words) one word reading `SLOT_WORD` and spanning the number in `text` (the text the words were read from).

    Only the words a slot term may span are kept: a term of L words holds its number within L - 1 words of each of
    its others, and words apart stay apart (their offsets are more than one space apart, so no phrase joins them).
    Numbers are a few words in twenty, and a copy of every word took as long as finding all the other terms.

    >>> from transforms.matching.key_words import key_words
    >>> from transforms.matching.search_text import ascii_key_text
    >>> text = "Axe 3,200 jobs, 6 000 more and the tens of thousands of posts"
    >>> slots = number_words(key_words(ascii_key_text(text)), text, 1)
    >>> [text[s:e] for s, e in zip(slots.start, slots.end)]
    ['Axe', '3,200', 'jobs', '6', '000', 'more', 'the', 'tens of thousands of', 'posts']
    >>> slots.dictionary.take(slots.code).to_pylist()[:3]
    ['axe', '0', 'jobs']
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    none = KeyWords(words.start[:0], words.end[:0], words.code[:0], words.dictionary)
    n = len(words.code)
    if not n:
        return none
    # Each distinct word's kind as bits (a word of digits 1, a count 2, "of" 4), read per occurrence in one take.
    kinds = (pc.ascii_is_decimal(words.dictionary).to_numpy(zero_copy_only=False).astype(np.int8)
             | pc.is_in(words.dictionary, value_set=pa.array(_COUNT_WORDS)).to_numpy(zero_copy_only=False) * 2
             | pc.equal(words.dictionary, "of").to_numpy(zero_copy_only=False) * 4).astype(np.int8)
    kind = np.zeros(n + 2, np.int8)  # two words of no kind after the last: k[c + 1] needs no bounds check
    kind[:n] = kinds[words.code]
    at = np.flatnonzero(kind[:n])  # the words a number is made of, a few in twenty
    if not len(at):
        return none
    start, end = words.start, words.end

    def after_space(i: np.ndarray) -> np.ndarray:  # word i follows word i - 1 after one character
        return (i >= 1) & (i < n) & (start[np.clip(i, 0, n - 1)] == end[np.clip(i - 1, 0, n - 1)] + 1)

    k, before, before2, after = kind[at], kind[at - 1], kind[at - 2], kind[at + 1]
    # Word j goes on the number word j - 1 is in: a group of digits after "," or "." ("6,000"; not "6 000", as a
    # space between two numbers is as often two numbers), "of" after a count, a count after "<count> of".
    joined = (k & 1).astype(bool) & (before & 1).astype(bool) & after_space(at)
    if joined.any():
        joined[joined] = separators(text, end[at[joined] - 1])
    joined |= (k & 4).astype(bool) & (before & 2).astype(bool) & after_space(at)
    joined |= ((k & 2).astype(bool) & (before & 4).astype(bool) & after_space(at)
               & (before2 & 2).astype(bool) & after_space(at - 1))
    # A number begins at a word of digits, or at a count that "of" follows ("thousands protest" is no number).
    begins = ~joined & ((k & 1).astype(bool) | ((k & 2).astype(bool) & (after & 4).astype(bool) & after_space(at + 1)))
    if not begins.any():
        return none
    in_number = begins | joined
    numbered = at[in_number]
    head = numbered[begins[in_number]]
    last = numbered[np.append(begins[in_number][1:], True)]  # each number's last word: the word before the next head
    # The words within reach of a number, but not a number's words after its first (masks: a sort of the indexes
    # took longer than the rest).
    near = np.zeros(n + 2 * reach, bool)  # word i at near[i + reach]: a window may pass either end
    for step in range(reach + 1):
        near[head - step + reach] = True
        near[last + step + reach] = True
    near[at[joined] + reach] = False
    keep = np.flatnonzero(near[reach : n + reach])
    is_head = np.zeros(n, bool)
    is_head[head] = True
    slot = is_head[keep]
    kept_end = end[keep]
    kept_end[slot] = end[last]  # heads are in order in `keep`, as in `head`
    code = words.code[keep].copy()
    code[slot] = len(words.dictionary)
    dictionary = pa.concat_arrays([words.dictionary.cast(pa.large_string()), pa.array([SLOT_WORD], pa.large_string())])
    return KeyWords(start[keep], kept_end, code, dictionary)


def separators(text: str, gaps: np.ndarray) -> np.ndarray:
    """Return, for offsets in `text`, whether a number's separator ("," or ".") is there (characters read in C).

    >>> separators("6,000 and 1.5 or 6 000", np.array([1, 11, 18])).tolist()
    [True, True, False]
    """
    chars = itemgetter(*gaps.tolist())(text) if len(gaps) else ()
    data = np.frombuffer("".join(chars).encode("utf-32-le"), np.uint32)
    return np.isin(data, _SEPARATOR_CODES)


def phrase_and_slot_keys(forms: Sequence[str], ids: Sequence[int]) -> tuple[PhraseKeys | None, PhraseKeys | None]:
    """Return the phrase keys of the forms without a number slot and those of the forms with one (None: no such
    form, or forms the phrase matcher cannot read, which the automaton finds, a slot's word only as written)."""
    if not PhraseKeys.fit(forms):
        return None, None
    slotted = [has_slot(form) for form in forms]
    plain = PhraseKeys([f for f, s in zip(forms, slotted, strict=True) if not s],
                       [k for k, s in zip(ids, slotted, strict=True) if not s])
    if not any(slotted):
        return plain, None
    return plain, PhraseKeys([f for f, s in zip(forms, slotted, strict=True) if s],
                             [k for k, s in zip(ids, slotted, strict=True) if s])


def slot_spans(keys: PhraseKeys, words: KeyWords, text: str) -> np.ndarray:
    """Return the (end, key, start) spans of the slot terms' keys (a `PhraseKeys`) in a batch's words."""
    return keys.spans(number_words(words, text, keys.longest - 1), text=text)
