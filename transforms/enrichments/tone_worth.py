""""worth" as a value, which carries no tone: "jewels worth an estimated €2 million", "$5bn worth of shares".

VADER's lexicon has "worth" (+0.9, merit: "worth a visit"), so a theft or a loss that news prices read as good news
("escaping with watches and jewels worth €2 million"). Before a figure, a currency's sign or a word of an estimate, and
after a figure ("£2m worth of goods"), it states a price, no merit; elsewhere it keeps its tone ("well worth seeing",
"worth it"). Of the dev corpora's 71 uses, 37 stand before or after a figure or an estimate's word. Python work per
"worth" found.
"""

from __future__ import annotations

import numpy as np

from transforms.enrichments.tone_phrases import word_at

WORTH = "worth"
# the words of an estimate or a bound that open a price's phrase: "worth about $1bn", "worth up to £50m", "worth an
# estimated €2 million", "worth tens of millions"; the figure itself is read by its first character
_PRICE_OPENS = frozenset(
    "about around roughly nearly almost some up over more less at least an estimated approximately tens hundreds "
    "thousands millions billions".split()
)
_CURRENCY = frozenset("$£€¥₹")


def prices(text: str, joined: str, starts: np.ndarray, paragraph: np.ndarray, words: np.ndarray) -> np.ndarray:
    """Return, for each word number in `words` (each a "worth" of the batch's `lowered` text), whether it states a
    price: a figure, a currency's sign or an estimate's word right after it, or a figure right before it.

    >>> from transforms.enrichments.tone import word_starts
    >>> from transforms.matching.search_text import search_text
    >>> joined = "jewels worth €2m; worth about $1bn; well worth a visit; £5m worth of goods"
    >>> text = search_text(joined)
    >>> starts = word_starts(text)
    >>> prices(text, joined, starts, np.zeros(len(starts), int), np.array([1, 3, 7, 11])).tolist()
    [True, True, False, True]
    """
    found = np.zeros(len(words), dtype=bool)
    for at, word in enumerate(words.tolist()):
        same = [w for w in (word - 1, word + 1) if 0 <= w < len(starts) and paragraph[w] == paragraph[word]]
        after = word + 1 if word + 1 in same else None
        if after is not None:
            start = int(starts[after])
            # the currency's sign stands before the word's start in `joined` ("€2m": `lowered` blanks the sign)
            sign = joined[start - 1] in _CURRENCY or joined[start] in _CURRENCY
            found[at] = sign or joined[start].isdigit() or word_at(text, start) in _PRICE_OPENS
        if not found[at] and word - 1 in same:  # "£2m worth of goods", "$5bn worth"
            found[at] = joined[int(starts[word - 1])].isdigit()
    return found
