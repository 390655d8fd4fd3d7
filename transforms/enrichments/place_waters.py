"""A place's name that a gulf, a sea, a bay, a strait or a river is named after: the water, which is seldom the
place's ("the Gulf of Mexico" of a hurricane off Louisiana or BP's wells, "the Gulf of Oman" of a tanker seized off the
Emirates, "the Gulf of Aden" of Somalia's pirates, "the Sea of Japan" of North Korea's missiles, "the Ohio River" at
Cairo, Illinois, "the Niger River" in Mali, "as the Missouri rose", "the Tigris, Euphrates and Jordan").

News names such waters after a country or a port on their shore, as it names the South China Sea after China
([ambiguity.not_before]); the name is no mention of the place, whose coast is often another country's.
"""

from __future__ import annotations

import numpy as np

from transforms.enrichments.geonames import REGION, Place
from transforms.enrichments.place_chars import literal_at, literal_before
from transforms.enrichments.place_cues import RIVER_NAMES, Cues

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


# A strait's or a sea's word after a place's name, capitalised as a name's is ("the Kerch Strait", "the Taiwan Strait",
# "the Dardanelles Straits", "the Aral Sea", "the Java Sea"), then no letter or digit but a strait's plural: the water,
# as "the Strait of Hormuz" is: a tanker struck in "the Kerch Strait" is no news of Kerch the town, China's warships
# in "the Taiwan Strait" none of Taiwan's own. No bay's: "Montego Bay", "Green Bay" and "Cardiff Bay" are towns or a
# city's district.
_WATERS_AFTER = (" Strait", " Sea")


def before_waters(end: np.ndarray, chars: np.ndarray) -> np.ndarray:
    """Return, per mention (its end), whether a strait's or a sea's word follows it: the name is the water's, read at
    all mentions at once in the text's bytes (`place_chars`).

    >>> from transforms.enrichments.place_chars import text_bytes
    >>> text = "the Kerch Strait, the Dardanelles Straits, the Aral Sea; Kerch Stratford; Aral Seaside"
    >>> before_waters(np.array([9, 33, 51, 62, 78]), text_bytes(text)).tolist()
    [True, True, True, False, False]
    """
    last = len(chars) - 1
    out = np.zeros(len(end), dtype=bool)
    for word in _WATERS_AFTER:
        at = literal_at(chars, end, word)
        after = np.minimum(end + len(word), last)
        plural = at & (chars[after] == ord("s")) & (word == " Strait")
        out |= at & ~_WORD_BYTES[chars[np.where(plural, np.minimum(after + 1, last), after)]]
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
# ... and a river's verb after it, river or none named before: a state takes no "the" before its verb, its river does
# ("as the Missouri rose", "the Mississippi crested at Vicksburg"); read only where the verb's first letter follows
_RIVER_VERBS = (" rose", " rises", " crested", " crests", " flooded", " overflowed", " overflows", " swelled",
                " swells", " receded", " recedes", " burst its banks", " broke its banks", " flows", " flowed",
                " ran dry", " runs dry", " froze", " fell to")
_VERB_OPENS = np.zeros(256, dtype=bool)
_VERB_OPENS[[ord(verb[1]) for verb in _RIVER_VERBS]] = True


def bare_after_rivers(text: str, start: np.ndarray, end: np.ndarray, chars: np.ndarray,
                      opens: np.ndarray) -> np.ndarray:
    """Return, per mention, whether it is a bare "the <name>" after a river's word in its paragraph (`opens`: the
    paragraph's start, per mention), as news names "the Mississippi" once "the Ohio River" is named, or before a
    river's verb ("as the Missouri rose"): the river.

    >>> from transforms.enrichments.place_chars import text_bytes
    >>> text = "the Ohio River meets the Mississippi. the Mississippi governor; as the Missouri rose"
    >>> bare_after_rivers(text, np.array([4, 25, 41, 71]), np.array([8, 36, 52, 79]), text_bytes(text),
    ...                   np.zeros(4, np.int64)).tolist()
    [False, True, False, True]
    """
    last = len(chars) - 1
    the = literal_before(chars, start, "the ") | literal_before(chars, start, "The ")
    bare = the & (_BARE_ENDS[chars[np.minimum(end, last)]] | literal_at(chars, end, " and the "))
    for i in np.flatnonzero(bare).tolist():
        opened, at = int(opens[i]), int(start[i])
        bare[i] = text.rfind(" River", opened, at) >= 0 or text.rfind(" river", opened, at) >= 0
    flowing = the & ~bare & (chars[np.minimum(end, last)] == ord(" ")) & _VERB_OPENS[chars[np.minimum(end + 1, last)]]
    for i in np.flatnonzero(flowing).tolist():
        bare[i] = text.startswith(_RIVER_VERBS, int(end[i]))
    # ... and a list's rivers, whatever follows the last one ("the Missouri and the Mississippi rose")
    joined = end[:-1] + len(" and the ") == start[1:]
    for i in np.flatnonzero(bare[:-1] & joined).tolist():
        bare[i + 1] = True
    for i in np.flatnonzero(bare[1:] & joined)[::-1].tolist():
        bare[i] = True
    return bare


# The country's and state's names that are a river's too, which a list of rivers names ("the Tigris, Euphrates and
# Jordan", "the Nile and the Congo", "the Ohio and Mississippi rivers"), and what parts the list's items
RIVER_PLACES = frozenset({"Jordan", "Niger", "Congo", "Senegal", "Gambia", "Paraguay", "Uruguay", "Colorado", "Ohio",
                          "Mississippi", "Missouri", "Tennessee", "Arkansas", "Delaware", "Illinois", "Connecticut",
                          "Kentucky", "Alabama", "Kansas", "Minnesota", "Wisconsin", "Iowa"})
_LIST_GAPS = frozenset({", ", " and ", ", and ", " or ", ", or ", "-"} | {f"{gap}the " for gap in (", ", " and ",
                                                                                                  ", and ", " or ")})


def in_river_lists(text: str, start: np.ndarray, end: np.ndarray, name: np.ndarray, names: list[str],
                   chars: np.ndarray, cues: Cues) -> np.ndarray:
    """Return, per mention (`name`: its index into `names`), whether it is a river: after "River " ("the River
    Jordan", "the River Shannon"), a name of `RIVER_PLACES` in a list after "the" before "rivers" ("the Ohio and
    Mississippi rivers"; "Ohio rivers" are the state's) or in a list with a river of no place's name
    (`place_cues.RIVER_NAMES`, found by the names' scan: read only where the text has one).

    >>> from transforms.enrichments.place_chars import text_bytes
    >>> text = ("the Tigris, Euphrates and Jordan; the Nile and the Congo; Jordan and Egypt; the River Niger; "
    ...         "Amazonian Jordan")
    >>> names = ["Jordan", "Congo", "Egypt", "Niger"]
    >>> in_river_lists(text, np.array([26, 51, 58, 69, 86, 103]), np.array([32, 56, 64, 74, 91, 109]),
    ...                np.array([0, 1, 0, 2, 3, 0]), names, text_bytes(text), Cues(text)).tolist()
    [True, True, False, False, True, False]
    """
    out = literal_before(chars, start, "River ") | _before_plural_rivers(text, start, end, name, names, chars)
    rivers = [(at, at + len(river)) for river in RIVER_NAMES for at in cues.at(river)]
    if not rivers or not len(start):
        return out
    last = len(start) - 1
    rivers.sort()
    for (opened, closed), river in zip(rivers, rivers_read(text, rivers), strict=True):
        if not river:
            continue
        j, reach = int(np.searchsorted(start, closed)), closed  # the list's names after the river ...
        while (j <= last and text[reach:int(start[j])] in _LIST_GAPS and names[name[j]] in RIVER_PLACES
               and not text.startswith(_POSSESSIVES, int(end[j]))):  # "the Amazon and Jordan's refugees": the land's
            out[j], reach, j = True, int(end[j]), j + 1
        j, reach = int(np.searchsorted(end, opened, side="right")) - 1, opened  # ... and before it
        while j >= 0 and text[int(end[j]):reach] in _LIST_GAPS and names[name[j]] in RIVER_PLACES:
            out[j], reach, j = True, int(start[j]), j - 1
    return out


# A possessive after a list's name makes it a land's ("the Amazon and Jordan's refugees"), no river's
_POSSESSIVES = ("'s ", "\u2019s ")
# What may follow a river's name that ends a river's mention: a list's next item, a mark, "rivers", a river's verb;
# not a word that makes it a region's or a firm's ("the Nile Delta", "the Amazon region", "Amazon and Tennessee
# officials")
_RIVER_ENDS = (" and ", " or ", " rivers", " river", " River", *_RIVER_VERBS)
_RIVER_MARKS = ("", ",", ";", ":", ".", ")", "!", "?")


def rivers_read(text: str, rivers: list[tuple[int, int]]) -> list[bool]:
    """Return, per span of `RIVER_NAMES` in a text (`rivers`, in text order), whether it is a river's whole name: "the"
    before it, or a list's gap after a river that is one ("the Tigris, Euphrates and"), and a list's gap, a mark, the
    text's end, "rivers" or a river's verb after it. The company ("Amazon and Tennessee officials") takes no "the";
    "the Nile Delta", "the Amazon region" are lands, whose list ("Congo and the Nile Delta") is of places.

    >>> text = "the Tigris, Euphrates and Jordan; Amazon and Ohio; the Nile Delta and Congo; the Nile."
    >>> rivers_read(text, [(4, 10), (12, 21), (34, 40), (54, 58), (81, 85)])
    [True, True, False, False, True]
    """
    read: list[bool] = []
    for k, (opened, closed) in enumerate(rivers):
        # "Amazonian", "Niles" (a word that opens with a river's name) and "the Nile Delta" end no river
        ends = text[closed:closed + 1] in _RIVER_MARKS or text.startswith(_RIVER_ENDS, closed)
        listed = k > 0 and read[k - 1] and text[rivers[k - 1][1]:opened] in _LIST_GAPS
        read.append(ends and (listed or text.endswith(("the ", "The "), 0, opened)))
    return read


def _before_plural_rivers(text: str, start: np.ndarray, end: np.ndarray, name: np.ndarray, names: list[str],
                          chars: np.ndarray) -> np.ndarray:
    """Return, per mention, whether it is in a list of names of `RIVER_PLACES` after "the" and before "rivers": the
    rivers, read only where "rivers" follows a mention.

    >>> from transforms.enrichments.place_chars import text_bytes
    >>> text = "the Ohio and Mississippi rivers; Ohio and Iowa rivers; the Niger and Senegal Rivers"
    >>> _before_plural_rivers(text, np.array([4, 13, 33, 42, 59, 69]), np.array([8, 24, 37, 46, 64, 76]),
    ...                       np.array([0, 1, 0, 2, 3, 4]), ["Ohio", "Mississippi", "Iowa", "Niger", "Senegal"],
    ...                       text_bytes(text)).tolist()
    [True, True, False, False, True, True]
    """
    out = np.zeros(len(start), dtype=bool)
    plural = literal_at(chars, end, " rivers") | literal_at(chars, end, " Rivers")
    for i in np.flatnonzero(plural & ~_WORD_BYTES[chars[np.minimum(end + len(" rivers"), len(chars) - 1)]]).tolist():
        first = i
        while first and text[int(end[first - 1]):int(start[first])] in _LIST_GAPS:
            first -= 1
        items = range(first, i + 1)
        if first < i and text.endswith(("the ", "The "), 0, int(start[first])) and all(
                names[name[k]] in RIVER_PLACES for k in items):
            out[first:i + 1] = True
    return out


def bare_regions(text: str, start: np.ndarray, end: np.ndarray, chars: np.ndarray, paragraph_starts: np.ndarray,
                 place: np.ndarray, places: list[Place]) -> np.ndarray:
    """Return, per settled mention, whether it is a bare "the <region>" after a river's word (`bare_after_rivers`):
    a state's name that is a river's ("the Mississippi"), not a country that takes "the" ("the Gambia"), nor a region
    written in two words or more ("rents across the Bay Area rose"): a river that shares a region's name has the
    one word ("the Missouri", "the Yukon", "the Limpopo"), a region of several ends in a word of land ("Area")."""
    bare = bare_after_rivers(text, start, end, chars, paragraph_starts)
    for i in np.flatnonzero(bare).tolist():
        bare[i] = places[place[i]].kind == REGION and " " not in text[start[i]:end[i]]
    return bare
