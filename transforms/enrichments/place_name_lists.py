"""A small city's name in a list of one-word personal names ("Cicero, Virgil and Tacitus"): a person, where the
article names no other place of the city's country (`in_name_lists`, for `places.rows`).

A small city is kept where its article names its country; "Roman authors ... Cicero, Virgil and Tacitus" in a story
that names the US kept Cicero, Illinois. A list of capitalised single words none of which is a place of the
gazetteer is a list of names, and the city among them one of those names, unless the article names another city or
region of its country ("from Berwyn to Cicero" is a story of Illinois).
"""

from __future__ import annotations

import re

import numpy as np

from transforms.enrichments.geonames import COUNTRY, Place
from transforms.enrichments.place_chars import char_at, literal_at, literal_before, text_bytes
from transforms.enrichments.place_names import gazetteer
from transforms.enrichments.place_words import DAYS_AND_MONTHS

# A date's words, written out or cut short: "in Detroit, Wednesday, Nov. 17" is no list of names
_DATE_WORDS = DAYS_AND_MONTHS | frozenset("jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur "
                                          "thurs fri sat sun".split())

# The next item of a list after a name: a joint, then one capitalised word that no capitalised word follows
_NEXT = re.compile(r"(?:, and |, or |, | and | or )([A-Z][a-z]+)(?![\w-]| [A-Z])")
# ... and the item before it: one capitalised word, then ", ", read backwards by literal steps (`_item_before`)


def _item_before(text: str, start: int) -> tuple[str, int] | None:
    """Return the one-word item before ", " or " and " ending at `start`, and where it starts, or None.

    >>> _item_before("Homer, Cicero", 7), _item_before("read Cicero", 5), _item_before("Cicero, Homer, ", 0)
    (('Homer', 0), None, None)
    """
    for joint in (", and ", ", ", " and "):
        # (no joint before the text's start: a negative offset would read the text's end, and `_names_around` step
        # forwards from there for ever)
        if start >= len(joint) and text.startswith(joint, start - len(joint)):
            end = start - len(joint)
            begin = text.rfind(" ", max(0, end - 30), end) + 1 or max(0, end - 30)
            word = text[begin:end]
            if word[:1].isupper() and word[1:].islower() and word.isalpha():
                return word, begin
            return None
    return None


def _names_around(text: str, start: int, end: int) -> int:
    """Return how many one-word names that are no place of the gazetteer share a list with the name from `start` to
    `end`, or 0 where any item of it is a place's name or a date's word.

    >>> text = "Pupils read Cicero, Virgil and Tacitus."
    >>> _names_around(text, 12, 18), _names_around("in Cicero, Chicago and Joliet", 3, 9)
    (2, 0)
    >>> _names_around("a news conference in Detroit, Wednesday, Nov. 17", 21, 28)
    0
    """
    places, items, at = gazetteer(), [], end
    while (m := _NEXT.match(text, at)) is not None:
        items.append(m.group(1))
        at = m.end()
    at = start
    while (before := _item_before(text, at)) is not None:
        items.append(before[0])
        at = before[1]
    if any(item in places or item.lower() in _DATE_WORDS for item in items):
        return 0
    return len(items)


# A football line-up's line: a substitution after a player ("Hyde (Pitman 105)") or its bench ("Subs Not Used:
# Warrington, Maloney"); every name listed on it is a player's, though its article names the clubs' towns ("Hereford
# 1-1 Doncaster") and the referee's county ("T Parkes (W Midlands)")
_LINE_UP = re.compile(r"\([A-Z][a-z]+ \d{1,3}\)|\bSubs(?: [Nn]ot [Uu]sed)?:")


def _in_line_up(text: str, start: int, code: str | None = None) -> bool:
    """Return whether the name at `start` (a place of country `code`) stands on a line-up's line (`_LINE_UP`) or in a
    side's named eleven (`_in_named_side`).

    >>> t = "Stanley, Hyde (Pitman 105), Purdie.\\nWarrington, Hyde and Leeds hosted it."
    >>> _in_line_up(t, 9), _in_line_up(t, 37)
    (True, False)
    """
    head, tail = text.rfind("\n", 0, start) + 1, text.find("\n", start)
    tail = tail if tail >= 0 else len(text)
    # Every `_LINE_UP` match holds "(" or "Subs": a line with neither (most of those asked about, a paragraph of prose
    # hundreds of characters long) is settled by two scans in C, not by the regex tried at each of its characters.
    return (text.find("(", head, tail) >= 0 or text.find("Subs", head, tail) >= 0) and _LINE_UP.search(
        text, head, tail) is not None or _in_named_side(text, head, start, tail, code)


# A side's name and a colon opening a line: "England: Crawley, Duckett, ...", "Leinster: Keenan; Osborne, ..."
_SIDE_HEAD = re.compile(r"[A-Z][\w'&.-]*(?: [A-Z][\w'&.-]*){0,3}: ")
# ... then its players, one surname each (some hyphenated, some with a substitute after them in brackets)
_PLAYER_GAP = re.compile(r"\s*(?:\([^)]*\))?\s*(?:[,;]|\band\b)\s*")
_SURNAME = re.compile(r"[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)*")
# A cricket eleven or a rugby fifteen names 11 or 15; fewer than this is as often a list of towns ("Stops: Crawley,
# Horsham, Worthing")
_SIDE_SIZE = 8


def _in_named_side(text: str, head: int, start: int, tail: int, code: str | None = None) -> bool:
    """Return whether the name at `start` is one of a side's players listed after its name and a colon on one line
    ("England: Crawley, Duckett, Pope, ..."): eight one-word surnames or more, at most a quarter of them places of the
    gazetteer in the name's country `code` (any country where None): a line of towns is no side ("Kenya: Nairobi,
    Mombasa, Kisumu, ..."). A cricket or rugby line-up has no substitution's minute for `_LINE_UP`, and its players are
    the one-word names a list of places has too; the side's name before the colon and the count are what tell them
    apart. Only the name's country's places count, as a list of towns lists one country's: common surnames are small
    towns elsewhere ("Squad: Smith, Taylor, Wilson, Evans, ..., Worthing": Taylor, Wilson and Evans are US towns, and
    counted they made England's Worthing a town in a squad of players).

    >>> t = "England: Crawley, Duckett, Pope, Root, Brook, Stokes, Smith (wk), Woakes, Atkinson, Carse and Bashir."
    >>> _in_named_side(t, 0, 9, len(t)), _in_named_side("Stops: Crawley, Horsham and Worthing.", 0, 7, 37)
    (True, False)
    """
    if (m := _SIDE_HEAD.match(text, head)) is None or m.end() > start:
        return False
    # counted before the line is split: a paragraph's prose after "Analysis: " has too few commas to be a side
    if text.count(",", m.end(), tail) + text.count(";", m.end(), tail) < _SIDE_SIZE - 2:
        return False
    items = [item for item in _PLAYER_GAP.split(text[m.end():tail].rstrip(" .")) if item]
    if len(items) < _SIDE_SIZE or not all(_SURNAME.fullmatch(item) for item in items):
        return False
    places = gazetteer()
    towns = sum(any(code is None or p.country_code == code for p in places.get(item, ())) for item in items)
    return 4 * towns <= len(items)


def in_name_lists(text: str, start: np.ndarray, end: np.ndarray, small: np.ndarray, article: np.ndarray,
                  kept: list[Place], keep: np.ndarray, chars: np.ndarray | None = None) -> np.ndarray:
    """Return, per mention, whether it is a small city's (`small`) listed on a football line-up's line, or among two
    or more one-word personal names in a list, in an article that keeps no other city or region of its country
    (`kept`: each mention's place).
    `chars`: the text's `place_chars.text_bytes`, if made already."""
    out = np.zeros(len(start), dtype=bool)
    chars = text_bytes(text) if chars is None else chars
    # a list's joint right after it or right before it, read at all mentions at once: most small cities' have none
    listed = (char_at(chars, end, ",") | literal_at(chars, end, " and ") | literal_at(chars, end, " or ")
              | literal_before(chars, start, ", ") | literal_before(chars, start, " and "))
    at = np.flatnonzero(small & keep & listed)
    for i, s, e in zip(at.tolist(), start[at].tolist(), end[at].tolist(), strict=True):
        if _in_line_up(text, s, kept[i].country_code):
            out[i] = True
            continue
        if _names_around(text, s, e) < 2:
            continue
        code, a = kept[i].country_code, article[i]
        out[i] = not any(keep[j] and article[j] == a and kept[j].country_code == code and kept[j].kind != COUNTRY
                         and kept[j].name != kept[i].name for j in np.flatnonzero(article == a).tolist())
    return out
