"""A place's name that a gulf, a sea, a bay, a strait or a river is named after: the water, which is seldom the
place's ("the Gulf of Mexico" of a hurricane off Louisiana or BP's wells, "the Gulf of Oman" of a tanker seized off the
Emirates, "the Gulf of Aden" of Somalia's pirates, "the Sea of Japan" of North Korea's missiles, "the Ohio River" at
Cairo, Illinois, "the Niger River" in Mali).

News names such waters after a country or a port on their shore, as it names the South China Sea after China
([ambiguity.not_before]); the name is no mention of the place, whose coast is often another country's.
"""

from __future__ import annotations

import numpy as np

from transforms.enrichments.place_chars import literal_at, literal_before

# The waters' words before "of", capitalised as a name's are ("the Gulf of Mexico"; not "the gulf of mistrust
# between Mexico and", where the place is the next word's after a lower-case "gulf of" only by chance)
_WATERS = ("Gulf of ", "Sea of ", "Bay of ", "Strait of ", "Straits of ")


def in_waters(text: str, start: np.ndarray, chars: np.ndarray) -> np.ndarray:
    """Return, per mention (its start), whether a water's word and "of" stand right before it: the name is the
    water's. Only the mentions after "of " (read at all of them at once in the text's bytes, `place_chars`) are
    tested for the word before it.

    >>> from transforms.enrichments.place_chars import text_bytes
    >>> text = "A tanker off Oman, in the Gulf of Oman; the Sea of Japan; the Bank of Japan"
    >>> in_waters(text, np.array([13, 34, 51, 72]), text_bytes(text)).tolist()
    [False, True, True, False]
    """
    out = literal_before(chars, start, "of ")
    for i in np.flatnonzero(out).tolist():
        out[i] = text.endswith(_WATERS, 0, int(start[i]))
    return out


# A river's word after its name, in capitals or not ("the Ohio River", "the Missouri river"), then no letter or digit
# ("Ohio Riverside", "Jordan Rivera" name no river)
_RIVERS = (" River", " river")
_WORD_BYTES = np.zeros(256, dtype=bool)
_WORD_BYTES[[ord(c) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"]] = True


# ... but a lower-case "river" before a settlement's word is the place's river settlement ("the Georgia river town
# of Columbus", "Colorado river communities"), the name the place's
_RIVER_TOWNS = (" town", " city", " cities", " port", " village", " communit")


def before_rivers(end: np.ndarray, chars: np.ndarray) -> np.ndarray:
    """Return, per mention (its end), whether a river's word follows it: the name is the river's, read at all
    mentions at once in the text's bytes (`place_chars`; a letter outside ASCII reads "?", no word's letter).

    >>> from transforms.enrichments.place_chars import text_bytes
    >>> text = "the Ohio River, the Missouri river; Ohio Riverside; Ohio rivers; Ohio river towns"
    >>> before_rivers(np.array([8, 28, 40, 56, 69]), text_bytes(text)).tolist()
    [True, True, False, False, False]
    """
    river = literal_at(chars, end, _RIVERS[0]) | literal_at(chars, end, _RIVERS[1])
    river &= ~_WORD_BYTES[chars[np.minimum(end + len(_RIVERS[0]), len(chars) - 1)]]
    for i in np.flatnonzero(river & (chars[np.minimum(end + 1, len(chars) - 1)] == ord("r"))).tolist():
        after = int(end[i]) + len(_RIVERS[1])
        river[i] = not any(literal_at(chars, np.array([after]), town)[0] for town in _RIVER_TOWNS)
    return river


# What closes a bare "the Mississippi" that is the river: a clause's or a list's end ("where the Ohio River meets
# the Mississippi,", "the Missouri and the Mississippi"), not a noun the state's name qualifies ("the Mississippi
# governor")
_BARE_ENDS = np.zeros(256, dtype=bool)
_BARE_ENDS[[ord(c) for c in ",.;:)!?"] + [0]] = True


def bare_after_rivers(text: str, start: np.ndarray, end: np.ndarray, chars: np.ndarray,
                      opens: np.ndarray) -> np.ndarray:
    """Return, per mention, whether it is a bare "the <name>" after a river's word in its paragraph (`opens`: the
    paragraph's start, per mention): the river, as news names "the Mississippi" once "the Ohio River" is named.

    >>> from transforms.enrichments.place_chars import text_bytes
    >>> text = "the Ohio River meets the Mississippi. the Mississippi governor"
    >>> bare_after_rivers(text, np.array([4, 25, 41]), np.array([8, 36, 52]), text_bytes(text),
    ...                   np.zeros(3, np.int64)).tolist()
    [False, True, False]
    """
    bare = (literal_before(chars, start, "the ") | literal_before(chars, start, "The ")) & (
        _BARE_ENDS[chars[np.minimum(end, len(chars) - 1)]] | literal_at(chars, end, " and the "))
    for i in np.flatnonzero(bare).tolist():
        opened, at = int(opens[i]), int(start[i])
        bare[i] = text.rfind(" River", opened, at) >= 0 or text.rfind(" river", opened, at) >= 0
    # ... and a list's last river, whatever follows it ("the Missouri and the Mississippi rose")
    for i in np.flatnonzero(bare[:-1]).tolist():
        bare[i + 1] |= bool(end[i] + len(" and the ") == start[i + 1])
    return bare
