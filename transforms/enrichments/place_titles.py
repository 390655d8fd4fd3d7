"""A nation's man or woman after a capital "The" inside a sentence: a title, no mention of the nation.

News writes "the Irishman" for a man of Ireland ("the Irishman won in 2019", "The Frenchwoman could overtake
Davenport" opening a sentence), but a capital "The" inside a sentence opens a film's, a book's or a newspaper's
name: "Scorsese's The Irishman", "political editor of The Scotsman", "a columnist for The Englishman". Such a
mention names no Ireland or Scotland. A "The" opening a sentence, a quotation or a paragraph says nothing.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from transforms.enrichments.place_mentions import name_keys

# The words of a nation's man or woman ("Irishman", "Scotsmen", "Frenchwoman"; places.toml's [demonyms])
_PERSONS = ("man", "men", "woman", "women")


@lru_cache(maxsize=1)
def _persons() -> np.ndarray:
    """Return, by name index (into `name_keys().names`), whether the name is a nation's man's or woman's."""
    return np.array([name.endswith(_PERSONS) for name in name_keys().names], dtype=bool)


def in_work_titles(text: str, start: np.ndarray, name: np.ndarray) -> np.ndarray:
    """Return, per mention (start, name index), whether it is a nation's man or woman right after a capital "The" that
    follows a word or a comma of its sentence: a title's.

    >>> from transforms.enrichments.place_mentions import mention_arrays
    >>> text = "He starred in The Irishman. The Irishman won. Editor of The Scotsman, the Scotsman said: The Welshman"
    >>> start, end, name = mention_arrays(text)
    >>> [text[s:e] for s, e, t in zip(start.tolist(), end.tolist(), in_work_titles(text, start, name).tolist()) if t]
    ['Irishman', 'Scotsman']
    """
    title = np.zeros(len(start), dtype=bool)
    for i in np.flatnonzero(_persons()[name]).tolist():
        s = int(start[i])
        if text.startswith("The ", s - 4):
            before = text[max(0, s - 40): s - 4].rstrip(" ")  # the sentence's words before "The", if any
            title[i] = bool(before) and (before[-1].isalnum() or before[-1] == ",")
    return title
