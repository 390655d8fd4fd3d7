"""A nation's adjective that opens a firm's name longer than the adjective and its line: a name that ends at a
company's suffix ("Indian Oil Corp", "Chinese Steel Co Ltd") or a listed firm's name before its shares ("French
Connection shares fell").

`place_rules`' `firm_lines` read the one word after the adjective ("British Airways", "Welsh Water"); a firm named
after its brand ("French Connection") or whose line is no word of theirs ("Indian Oil", where "the Iraqi Oil
Ministry" is a state's) shows it is a firm by how its name ends instead, which a list of firms would miss the next
time. A state's body ends at no company's suffix and has no shares ("the Swiss National Bank", "the Scottish
Parliament shares powers with Westminster": a verb, an object after it).
"""

from __future__ import annotations

import re

from transforms.enrichments.place_words import word_after

# A company's suffix, ending its name: "Corp", "Corp.", "Inc.", "Ltd", "plc" ("Corporation" is left out: the British
# Broadcasting Corporation is a state's broadcaster, its adjective the nation's as "British Museum" is)
_SUFFIXES = frozenset({"Corp", "Inc", "Ltd", "Limited", "Co", "Plc", "plc", "PLC", "LLC", "AG", "SA", "NV", "Bhd"})
# ... but "Corporation" after the goods a firm sells is a firm's ("Indian Oil Corporation", "Chinese Steel
# Corporation"): a state's broadcaster or bank is named after what it does ("Broadcasting", "Development"), a firm
# after what it sells
_GOODS = frozenset({"Oil", "Gas", "Petroleum", "Steel", "Coal", "Cement", "Sugar", "Tobacco", "Chemical", "Chemicals",
                    "Motor", "Motors", "Shipping", "Paper", "Textile", "Textiles", "Rubber", "Fertilizer",
                    "Fertilisers", "Pharmaceutical", "Pharmaceuticals", "Aluminium", "Aluminum", "Copper"})
# What a listed firm's shares did, after "shares": a verb in the past or a market's word ("shares fell", "shares in",
# "shares closed"), where "shares its", "shares powers" is the verb of a body that shares something
_MOVED = re.compile(r" (?:shares|stock) (?:[a-z]+ed|fell|rose|sank|slid|hit|lost|were|are|have|had|in|of)\b")
# How many capitalised words a firm's name holds between the adjective and its suffix or its shares
_NAME_WORDS = 3


def firm_name_follows(text: str, end: int) -> bool:
    """Return whether the nation's adjective ending at `end` opens a firm's name: up to three capitalised words in
    lower case after their capital, then a company's suffix or the firm's shares that moved.

    >>> [firm_name_follows(t, t.index(" ")) for t in ("Indian Oil Corp raised prices", "French Connection shares fell",
    ...  "Swiss National Bank raised rates", "Scottish Parliament shares powers", "Chinese A shares rose",
    ...  "Indian Oil Corporation raised prices", "British Broadcasting Corporation staff")]
    [True, True, False, False, False, True, False]
    """
    if not text[end + 1:end + 2].isupper():
        return False  # most adjectives go before a noun in lower case ("British troops"): no name opens there
    at, words, before = end, 0, ""
    while words < _NAME_WORDS:
        word, tight = word_after(text, at)
        if not tight:
            return False
        if words and (word in _SUFFIXES or (word == "Corporation" and before in _GOODS)):
            return True
        # a name's word: a capital, then lower case ("Oil", "Connection"; not the market's "A shares", "H shares")
        if not (word[:1].isupper() and word[1:].islower()):
            return False
        at, words, before = at + 1 + len(word), words + 1, word
        if _MOVED.match(text, at):
            return True
    last = word_after(text, at)[0]
    return last in _SUFFIXES or (last == "Corporation" and before in _GOODS)
