"""The small towns a news town lets in: of its state, province or nation, introduced as a place or a side.

A town of [ambiguity.news_towns] ("Seattle", "Leeds") names no country, but it says which state or province its
article is about, as "Seattle, Washington" would: "machinists in Seattle ... at the Renton factory" is Washington's
Renton. The gazetteer's first-level division of a UK town is a whole nation, though, and a state holds towns named
as people are ("Newton scored 20" in a Boston story), so the town is let in only where the article introduces it
as a place ("in", "at", "near", "outside", "from", "between Seattle and", "a trip to"; a war's "strikes on", "drone
attacks on", "an offensive on", "the shelling of", "pushed towards": "Zaporizhzhia's governor reported strikes on
Orikhiv"; not "the attacks on Barnes" nor "warmth towards Selby", a person's) or as a side of a
fixture ("Newcastle 2-1 Bolton", "beat", "against", "a victory over"), and then with every other mention of it in the
article ("Bolton keeper Jussi Jaaskelainen"), as a dateline's town is. A line-up's "Subs Not Used: Jaidi, Poole"
and "The Manchester derby: Hastings and Sutton" let in no town.
"""

from __future__ import annotations

import re

import numpy as np

from transforms.enrichments.members import members
from transforms.enrichments.place_settle import CODES

# the words before a town introduced as a place or as a side (the text up to the mention)
# ... a war's: "strikes on", "drone attacks on", "an offensive on", "the shelling of", and "towards" after a move
# ("pushed south towards", "the advance towards"); not a person's "attacks on Barnes", "warmth towards Selby"
_MOVES = (r"advanc\w*|mov(?:e|es|ed|ing)|push\w*|head(?:s|ed|ing)?|march\w*|press(?:ed|ing)|driv\w*|drove|fle[de]"
          r"|flee\w*|retreat\w*|travel\w*|sail\w*|flew|fly\w*|flies|edg(?:e|es|ed|ing)|inch\w*|cre(?:ep\w*|pt)"
          r"|sw(?:eep\w*|ept)|roll\w*|spread\w*|way|road|route|offensive")
_BEFORE = re.compile(r"(?:\b(?:in|at|near|outside|from)(?: the)?"
                     rf"|\b(?:{_MOVES})(?: (?:north|south|east|west)\w*| further| closer| deeper)? towards?"
                     r"|\b(?:(?:air|drone|missile|rocket|artillery|mortar|bomb)\s)?strikes? on"
                     r"|\b(?:drone|missile|rocket|artillery|mortar|bomb) attacks? on|\bassaults? on"
                     r"|\b(?:offensive|advance) (?:on|against)|\b(?:shelling|bombardment|siege|encirclement) of"
                     r"|\bbetween [A-Z][\w.'-]*(?: [A-Z][\w.'-]*)? and"
                     r"|\b(?:v|vs)\.?|\b(?:beat|beats|beating|against|host|hosts|hosting|visit|visits|visiting)"
                     r"|\b(?:win|wins|victory|lead|triumph) over|\b(?:trip|journey|travel\w*|mov\w*|return\w*) to"
                     r"|[A-Z][\w'-]* \d{1,2}-\d{1,2}) $")
# ... whose every match ends with one of these, then a space (and `$` may stand before a line break that ends the text)
_BEFORE_ENDS = tuple(f"{word} " for word in (
    "in at near outside from toward towards on of the and v vs v. vs. beat beats beating against host hosts hosting "
    "visit visits visiting "
    "over to 0 1 2 3 4 5 6 7 8 9").split())


def _ends_as_before(before: str) -> bool:
    r"""Return whether the text up to a mention ends as a match of `_BEFORE` must: most do not, and the pattern's
    search tries it at each of their 40 characters.

    >>> [_ends_as_before(t) for t in ("Bolton 1-2 ", "played in\n", "in the\n ", "said ")]
    [True, False, False, False]
    """
    return before.endswith(_BEFORE_ENDS) or before[-1:] == "\n" and before[:-1].endswith(_BEFORE_ENDS)


# ... but a ball comes from a player ("a cross from Barnes"), as no town does
PLAY_FROM = re.compile(r"\b(?:cross|pass|header|shot|ball|free-kick|corner|effort|strike|goal|volley|lob|chip|tackle)"
                   r"e?s? from(?: the)? $", re.IGNORECASE)
# the words after a side of a fixture ("Bolton v Newcastle", "Bolton 1-2 Newcastle")
_AFTER = re.compile(r" (?:(?:v|vs)\.?|\d{1,2}-\d{1,2}) [A-Z]")


def let_in_by_news_towns(text: str, start: np.ndarray, end: np.ndarray, state: np.ndarray, news_town: np.ndarray,
                         article: np.ndarray, place: np.ndarray) -> np.ndarray:
    """Return, per mention, whether a news town of its article lets its small town in: the same state (`state`, -1
    for none), the town introduced as a place or a side in one of the article's mentions of it.

    >>> text = "Leeds 2-1 Bolton. Bolton are a side. Poole sat."
    >>> let_in_by_news_towns(text, np.array([0, 10, 18, 37]), np.array([5, 16, 24, 42]), np.array([2, 2, 2, 2]),
    ...                      np.array([True, False, False, False]), np.zeros(4, int), np.array([5, 6, 6, 7]))
    array([ True,  True,  True, False])
    """
    same = in_news_towns_states(state, news_town, article)
    cued = np.zeros(len(same), dtype=bool)
    for i in np.flatnonzero(same & ~news_town).tolist():
        s, e = int(start[i]), int(end[i])
        before = text[max(0, s - 40):s]
        cued[i] = bool(_ends_as_before(before) and _BEFORE.search(before) and not PLAY_FROM.search(before)
                       or _AFTER.match(text, e))
    if not cued.any():
        return same & news_town
    keys = article * CODES + place
    return same & (news_town | members(keys, keys[cued]))


def in_news_towns_states(state: np.ndarray, news_town: np.ndarray, article: np.ndarray) -> np.ndarray:
    """Return, per mention, whether its place lies in the state or province (`state`: -1 for none) of a news town
    its article names.

    >>> in_news_towns_states(np.array([3, 3, 3, -1]), np.array([True, False, False, True]), np.array([0, 0, 1, 0]))
    array([ True,  True, False, False])
    """
    towns = news_town & (state >= 0)
    if not towns.any():
        return towns
    return members(article * CODES + state, article[towns] * CODES + state[towns])
