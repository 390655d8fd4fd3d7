"""Regions listed before one plural "states": "Shan and Kachin states", "Rivers and Bayelsa states".

News names two or more of a country's states with one word after the last ("fighting in Shan and Kachin states",
"floods in Rakhine and Chin states", "Kano, Katsina and Zamfara states"). A state the gazetteer names only with its
word ("Shan State": Shan alone is a people and a surname; "Rivers State") was no mention where the word was shared.
`listed_states` adds each listed name that is a region's with " State" after it as a mention of that region, where
the list's other names are places or such names too; a name already found ("Kachin") stays as it was.
"""

from __future__ import annotations

import re

import numpy as np

from transforms.enrichments.place_cues import STATES_CUE, Cues

# The list before " states": capitalised names parted by commas and one "and" before the last ("Shan and Kachin",
# "Kano, Katsina and Zamfara"), read back from the cue
_LIST = re.compile(r"(?<![\w'’-])((?:[A-Z][\w'’-]*(?:, | and |, and ))+[A-Z][\w'’-]*)$")
_WORDS = re.compile(r"[A-Z][\w'’-]*")


def listed_states(text: str, start: np.ndarray, end: np.ndarray, name: np.ndarray, index_of: dict[str, int],
                  cues: Cues) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return the mentions (start, end, name index into the names `index_of` indexes) with each listed name before a
    shared " states" that is a region's with " State" added as a mention of that region, in text order.

    >>> from transforms.enrichments.place_mentions import mention_arrays, name_keys
    >>> text = "Fighting in Shan and Kachin states; Mr Shan and Mr Kachin stated"
    >>> index_of = {n: i for i, n in enumerate(name_keys().names)}
    >>> s, e, n = listed_states(text, *mention_arrays(text), index_of, Cues(text))
    >>> [(text[a:b], name_keys().names[i]) for a, b, i in zip(s.tolist(), e.tolist(), n.tolist(), strict=True)]
    [('Shan', 'Shan State'), ('Kachin', 'Kachin')]
    """
    added: list[tuple[int, int, int]] = []
    found = set(start.tolist())
    for at in cues.at(STATES_CUE):
        if text[at + len(STATES_CUE): at + len(STATES_CUE) + 1].isalnum():  # "stated", "statesman"
            continue
        listed = _LIST.search(text, max(0, at - 80), at)
        if listed is None:
            continue
        words = [(w.start(), w.end()) for w in _WORDS.finditer(text, listed.start(1), at)]
        states = [(s, e, index_of.get(f"{text[s:e]} State")) for s, e in words]
        # every listed name a place or a state's: "Shan and Kachin states", not "Bank and Trust states"
        if any(n is None and s not in found for s, _, n in states):
            continue
        added += [(s, e, n) for s, e, n in states if n is not None and s not in found]
    if not added:
        return start, end, name
    columns = [np.array(column, dtype=np.int64) for column in zip(*added, strict=True)]
    start, end, name = np.r_[start, columns[0]], np.r_[end, columns[1]], np.r_[name, columns[2]]
    order = np.argsort(start, kind="stable")
    return start[order], end[order], name[order]

