"""The gazetteer's names found in a text.

Names are matched case-sensitively, as whole words, by one Aho-Corasick automaton (`name_keys()`) over the
whole batch; a hit inside a longer one is dropped ("New York" beats "York"), and so is a title and the name
right after it ("Ms Lima", "Dr. Paris", not "the King. Ukraine"). Which of a name's places a mention names is
for `places` to choose.
"""

from __future__ import annotations

import codecs
import re
from functools import lru_cache
from itertools import chain
from typing import NamedTuple

import ahocorasick
import numpy as np

from transforms.enrichments.place_built import built
from transforms.enrichments.place_cues import CUES, Cues
from transforms.enrichments.place_names import gazetteer
from transforms.enrichments.place_rules import rules
from transforms.matching.search_text import search_text

_NON_WORD = re.compile(r"[\W_]")


class NameKeys(NamedTuple):
    """The automaton of the gazetteer's names and titles, and what its values (indexes) stand for."""

    automaton: ahocorasick.Automaton
    names: list[str]  # by index: the name (or title) a key stands for
    lengths: np.ndarray  # by index: its key's length
    checked: np.ndarray  # by index: a key with placeholders, checked against the text
    exact: dict[str, int]  # a true key with non-ASCII letters → its index
    title: np.ndarray  # by index: a title ("Mr"), not a name: the name right after it is a person's
    abbreviated: np.ndarray  # by index: a title a period may part from the name ("Dr. Paris")
    cue_lengths: np.ndarray  # by cue (value -1 - its index in `CUES`): its length as written


@lru_cache(maxsize=1)
def name_keys() -> NameKeys:
    """Return the automaton of the gazetteer's names and the titles of `rules()`, keyed as
    `search_text(name, lower=False)` writes them; its values index the names and their keys' lengths
    (arrays, so a batch's hits come out of it as integers). A name with punctuation has two keys,
    with its spaces collapsed and as the text writes it ("St Louis", "Washington  D C" for "Washington, D.C.").
    The rules' cues (`place_cues.CUES`) are keys too, as `_key_text` writes them, after a space where they open with
    a word, valued -1 - their index (a cue that is a name's key is an error).

    A key with non-ASCII letters is added as `_key_text` writes it (each such letter one placeholder
    byte); a hit of such a key is checked against the text (`checked`, `exact`)."""
    return built("name_keys", _name_keys)


def _name_keys() -> NameKeys:
    automaton = ahocorasick.Automaton()
    for k, char in enumerate(_AFTER_A_SPACE):  # first, so they are the first children of the space's node
        automaton.add_word(f" {char}{_NEVER}", -1 - len(CUES) - k)
    names: list[str] = []
    lengths: list[int] = []
    exact: dict[str, int] = {}  # a key with non-ASCII letters → its name's index
    titles = sorted(rules().titles)
    for name in chain(gazetteer(), titles):
        if name.replace(" ", "").isalnum():  # most names: no character but spaces to blank (isalnum is \w but _)
            keys = {" ".join(name.split())}
        else:  # a regex for the others only: 30,000 names, many not ASCII
            blanked = _NON_WORD.sub(" ", name)
            keys = {" ".join(blanked.split()), blanked.strip()}
        for key in sorted(keys):
            if key:
                if not key.isascii():
                    exact[key] = len(names)
                    key = _key_text(key)
                automaton.add_word(f" {key} ", len(names))  # a key two names share names the later one
                names.append(name)
                lengths.append(len(key))
    for k, cue in enumerate(CUES):
        key = _key_text(cue) if cue[0] == " " else f" {_key_text(cue)}"
        if automaton.exists(key):
            raise ValueError(f"cue {cue!r} is a name's key")
        automaton.add_word(key, -1 - k)
    automaton.make_automaton()
    if max(lengths, default=0) >= _SPAN:  # `by_start_longest_first` sorts by start × span − length
        raise ValueError(f"a name's key of {max(lengths)} characters: more than the hits' sort allows")
    checked = np.zeros(len(names), dtype=bool)
    checked[list(exact.values())] = True
    title = np.zeros(len(names), dtype=bool)
    title[len(names) - len(titles):] = True
    abbreviated = title & np.isin(np.array(names, dtype=object), sorted(rules().abbreviated_titles))
    return NameKeys(automaton, names, np.array(lengths, dtype=np.int64), checked, exact, title, abbreviated,
                    np.array([len(cue) for cue in CUES], dtype=np.int64))


# The characters that follow a space in news's key text, the most frequent first (2,000 bench articles: a space, then
# lower-case letters, then capitals and digits). Every key opens with a space, so the automaton's node after a space
# is reached at every word of the text, and its children are searched one by one (pyahocorasick keeps them in the order
# they were added): a word's first letter that no key opens with ("the") was a miss at the end of that list, and
# the next step back to the root. `name_keys` adds first a key of each of these characters followed by `_NEVER`, which
# no key text holds (`_key_text` writes it a space): it never matches, so the hits are the same (a trie's extra
# nodes change where the automaton stands, not which keys end where: `test_place_fast_searches.py` compares them),
# and a word's first letter is found near the list's head. A tenth of the names' scan.
_AFTER_A_SPACE = " tasiowcbfhpmdrlTengIMSBAuCWHyD12vLPGRFEUNJO43jkK5q0Y6V789ZQx\x80Xz"
_NEVER = "\x02"


def _placeholders(error: UnicodeError) -> tuple[bytes, int]:
    """Encode a run of non-ASCII characters for `_key_text`: a letter or digit "\x80", anything else a space."""
    assert isinstance(error, UnicodeEncodeError)
    run = error.object[error.start : error.end]
    return bytes(0x80 if c.isalnum() else 32 for c in run), error.end


_PLACEHOLDERS = "themelake-place-keys"
codecs.register_error(_PLACEHOLDERS, _placeholders)
_KEY_BYTES = bytes(b if b < 128 and chr(b).isalnum() else 32 for b in range(128)) + b"\x80" + b" " * 127
# ... and the same of a Latin-1 text's bytes: each letter or digit above 127 "\x80", anything else a space
_LATIN1_KEY_BYTES = _KEY_BYTES[:128] + bytes(0x80 if chr(b).isalnum() else 32 for b in range(128, 256))


def _key_text(text: str) -> str:
    """Return `search_text(text, lower=False)` with each non-ASCII letter or digit written "\x80": one byte
    per character, so a text with a few accents or curly quotes goes through a byte table.

    >>> _key_text("Zürich «Nord»")
    'Z\x80rich  Nord '
    """
    if text.isascii():
        return search_text(text, lower=False)
    try:  # a text of Latin-1 characters (accents, no curly quotes): one byte table, no handler per accent
        return text.encode("latin-1").translate(_LATIN1_KEY_BYTES).decode("latin-1")
    except UnicodeEncodeError:  # the encoding stops at the first other character
        return text.encode("ascii", _PLACEHOLDERS).translate(_KEY_BYTES).decode("latin-1")


class Mention(NamedTuple):
    """A gazetteer name found in the batch: where, and the places it may name (a NamedTuple: one per
    name found, thousands per batch)."""

    start: int  # offsets into the batch's joined text
    end: int
    name: str


def mentions(text: str) -> list[Mention]:
    """Return the gazetteer names in a text, longest first where they overlap, in text order.

    >>> [m.name for m in mentions("Troops left New York for Paris.")]
    ['New York', 'Paris']
    """
    names = name_keys().names
    start, end, index = mention_arrays(text)
    return [Mention(s, e, names[n]) for s, e, n in zip(start.tolist(), end.tolist(), index.tolist(), strict=True)]


def mention_arrays(text: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return `mentions` as arrays: start, end and name index (into `name_keys()`'s names) of each."""
    start, end, index, _ = mention_scan(text)
    return start, end, index


def mention_scan(text: str) -> tuple[np.ndarray, np.ndarray, np.ndarray, Cues]:
    """Return `mention_arrays` and, from the same scan, where the text has the rules' cues (`place_cues`).

    >>> start, end, index, cues = mention_scan("Cook County, Illinois; Kent County")
    >>> [name_keys().names[n] for n in index.tolist()], cues.at(" County"), cues.at("Olympi")
    (['Illinois', 'Kent'], [4, 27], [])
    """
    automaton, _, key_lengths, checked, exact, title, abbreviated, cue_lengths = name_keys()
    padded = f" {_key_text(text)} "
    # (end, name) pairs, flattened in C: no Python object per hit
    flat = np.fromiter(chain.from_iterable(automaton.iter(padded)), dtype=np.int64)
    ends, index = flat[0::2] - 1, flat[1::2]  # padded offsets minus the leading space are text offsets
    cue = index < 0
    cues = _cues(text, ends[cue], -1 - index[cue], cue_lengths)
    if cue.any():
        ends, index = ends[~cue], index[~cue]
    lengths = key_lengths[index]
    starts = ends - lengths
    placeholder = np.flatnonzero(checked[index])
    if len(placeholder):
        # A key with placeholders matched: the name is the one whose true key the text has, if any.
        for i in placeholder.tolist():
            true = exact.get(search_text(text[starts[i]:ends[i]], lower=False))
            index[i] = -1 if true is None else true
        keep = index >= 0
        ends, index, lengths, starts = ends[keep], index[keep], lengths[keep], starts[keep]
    order = by_start_longest_first(starts, lengths)
    starts, ends, index = starts[order], ends[order], index[order]
    # A hit is kept when it starts at or after the end of the last hit kept before it. One that starts
    # after every earlier hit's end is kept for sure; only the others (a hit inside a longer one:
    # "York" in "New York") are settled one by one, against the last hit kept before them (hits kept
    # do not overlap, so the last one kept ends last).
    reach = np.maximum.accumulate(ends)
    kept = np.ones(len(starts), dtype=bool)
    kept[1:] = starts[1:] >= reach[:-1]
    last_sure = np.maximum.accumulate(np.where(kept, np.arange(len(kept)), -1))
    last_other = -1
    for i in np.flatnonzero(~kept).tolist():
        before = max(int(last_sure[i]), last_other)
        if starts[i] >= ends[before]:
            kept[i] = True
            last_other = i
    starts, ends, index = starts[kept], ends[kept], index[kept]
    is_title = title[index]
    if is_title.any():  # a name right after a title ("Ms Lima", "Dr. Paris") is a person's
        gap = starts[1:] - ends[:-1]
        person = np.r_[False, is_title[:-1] & ((gap == 1) | (gap == 2))]
        for i in np.flatnonzero(person & np.r_[False, gap == 2]).tolist():
            # a period parts a name from an abbreviation only: "the King. Ukraine" is two sentences
            person[i] = text[ends[i - 1]] == "." and bool(abbreviated[index[i - 1]])
        keep = ~(is_title | person)
        starts, ends, index = starts[keep], ends[keep], index[keep]
    return starts, ends, index, cues


def by_start_longest_first(starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """Return the order of hits by start, the longest first, else as found: `np.lexsort((-lengths, starts))`.

    One stable sort of one key, `start × span − length` (a span longer than any key, so a later start always sorts
    after, whatever the lengths): the automaton yields hits by their end, nearly in order of start already, which the
    stable sort's runs take in a pass (26,000 hits of a 2,000-article batch: 0.04 ms against lexsort's 0.9).

    >>> by_start_longest_first(np.array([4, 0, 4, 9]), np.array([3, 8, 5, 2])).tolist()
    [1, 2, 0, 3]
    """
    return np.argsort(starts * _SPAN - lengths, kind="stable")


_SPAN = 1 << 16  # longer than any key (the longest name is 59 characters): a start's hits sort before the next's


def _cues(text: str, ends: np.ndarray, cue: np.ndarray, lengths: np.ndarray) -> Cues:
    """Return the cues the scan found (`ends`: each hit's end offset in the text, `cue` its index in `CUES`) where the
    text has them as written: the key text has a cue's letters wherever the text has them, and blanks the
    punctuation between and before ("Sign-Language" is a hit of "Sign Language"; the padding's space one of
    " County"), as it blanks whatever is no letter or digit (`find_all`'s start of a word)."""
    starts = ends + 1 - lengths[cue]
    found: dict[str, list[int]] = {word: [] for word in CUES}
    for at, k in zip(starts.tolist(), cue.tolist(), strict=True):  # in text order: a cue's hits end in its order
        if at >= 0 and text.startswith(CUES[k], at):
            found[CUES[k]].append(at)
    return Cues(text, found)
