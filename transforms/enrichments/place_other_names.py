"""A place's name inside the name of something else: a ship's ("HMS Prince of Wales", "USS Texas"), a treaty's ("the
Paris Agreement", "the Lisbon Treaty", "the Treaty of Versailles"), a peer's ("the Duke of Wellington") or another
town's ("Manchester-by-the-Sea").

Such a mention is no mention of the place: the ship sails elsewhere, the treaty binds its parties wherever they are
(a country's name there is a party's and stays: "the US-China trade agreement"), a peer's title is a person's, who
may never have lived in the town it was named after (a realm's stays: "the Prince of Wales", "the King of Spain"
speak for their countries), and the town by the sea is not the city whose name opens its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from transforms.enrichments.geonames import CITY
from transforms.enrichments.place_cues import PEER_TITLES, SEA_CUE, SHIP_PREFIXES, TREATY_CUES, Cues
from transforms.enrichments.place_names import gazetteer

# A navy's or a merchant ship's prefix, then the ship's name: capitalised words, "of" or "of the" between them
# ("HMS Prince of Wales", "USS Gerald R. Ford", "RMS Queen Mary", "SS Great Britain"), on one line; a full stop only
# an initial's or an abbreviation's ("R.", "St."): "fired at the USS Mason. Yemen denied it" names Yemen
_SHIP_WORD = r"[A-Z](?:[a-z]?\.|[\w'’-]*)"
_SHIP = re.compile(r"\b(?:" + "|".join(SHIP_PREFIXES) + ") "
                   + _SHIP_WORD + r"(?:[^\S\n](?:of[^\S\n](?:the[^\S\n])?)?" + _SHIP_WORD + r")*")
# A treaty's word right after a city's name, a treaty's subject between them or none, capitalised or not ("the
# Paris Agreement", "the Paris climate agreement", "the Oslo Accords", "the Kyoto Protocol", "the Warsaw Pact",
# "the Geneva Conventions", "the Rome Statute"); a convention a treaty's only capitalised and not a building's: "the
# Chicago convention" nominates a candidate there, "the Las Vegas Convention Center" is in the city
_SUBJECTS = ("climate", "peace", "nuclear", "trade", "ceasefire", "security", "border", "debt")
_TREATY_AFTER = re.compile(
    r"[^\S\n](?:(?:" + "|".join(_SUBJECTS) + r")[^\S\n])?"
    r"(?:[Aa]greements?|[Aa]ccords?|[Tt]reat(?:y|ies)|[Pp]rotocols?|[Pp]act|Statute"
    r"|Conventions?(?![^\S\n](?:Cent(?:er|re)|Hall|Complex|Bureau)(?![\w-])))(?![\w-])")
# ... and a treaty named "of" its city, where it was signed: "the Treaty of Lisbon", "the Treaties of Rome"
_TREATY_OF = re.compile(r"\bTreat(?:y|ies) of[^\S\n]")
# Another town named after a city and the sea: "Manchester-by-the-Sea" (Massachusetts), "Carmel-by-the-Sea"
_BY_THE_SEA = re.compile(r"(?:-by-the-|[^\S\n]by[^\S\n]the[^\S\n])Sea(?![\w-])")


def in_other_names(text: str, start: np.ndarray, end: np.ndarray, name: np.ndarray, names: Sequence[str],
                   cues: Cues | None = None) -> np.ndarray:
    """Return, per mention, whether it is inside a ship's name, a city's inside a treaty's or a peer's title, or opens
    the name of a town by the sea (`cues`: where the text has the ships' prefixes, if found already).

    >>> from transforms.enrichments.place_mentions import mention_arrays
    >>> from transforms.enrichments.place_name_facts import name_facts
    >>> text = ("HMS Prince of Wales left Portsmouth. The Paris Agreement binds the US. Manchester-by-the-Sea, the "
    ...         "Treaty of Lisbon, and Paris climate talks. The Duke of Wellington and the King of Spain.")
    >>> start, end, name = mention_arrays(text)
    >>> inside = in_other_names(text, start, end, name, name_facts().names)
    >>> [text[s:e] for s, e, t in zip(start.tolist(), end.tolist(), inside.tolist()) if t]
    ['Wales', 'Paris', 'Manchester', 'Lisbon', 'Wellington']
    """
    inside = np.zeros(len(start), dtype=bool)
    if not len(start):
        return inside
    cues = cues or Cues(text)
    for ship in ships(text, cues):
        inside |= (start >= ship[0]) & (end <= ship[1])
    # a city's name right before a treaty's word or "by the Sea", or right after "Treaty of": each pattern tried at the
    # mentions only (a search of the whole text tried it at every character: 60 to 100 ms a pattern on 4.5 MB), and
    # only at those a word of it follows or precedes closely enough, as the names' scan finds the words (trying both
    # patterns at each of the 21,000 mentions of a 2,000-article batch was 8 ms)
    treaty, sea = _TREATY_AFTER.match, _BY_THE_SEA.match
    maybe = np.flatnonzero(_before_treaty_or_sea(end, cues) | np.isin(start, _treaty_of_ends(cues))).tolist()
    cities = [i for i, s, e in zip(maybe, start[maybe].tolist(), end[maybe].tolist(), strict=True)
              if treaty(text, e) or sea(text, e) or (text.startswith("of", s - 3) and _treaty_of_ends_at(text, s))]
    # ... and a town right after a peer's title, found where the scan found the titles
    cities += np.flatnonzero(np.isin(start, [at + len(t) for t in PEER_TITLES for at in cues.at(t)])).tolist()
    for i in cities:
        if inside[i]:
            continue
        # a city's only: a country's name there is a party's ("the Iran nuclear agreement", "the US-UK Treaty")
        inside[i] = _BY_THE_SEA.match(text, int(end[i])) is not None or all(
            p.kind == CITY for p in gazetteer()[names[int(name[i])]])
    return inside


# The farthest a word of either pattern opens from the mention's end: a space, the longest subject, a space
# ("Oslo ceasefire accord"); "Sea" opens 8 characters after it ("-by-the-Sea", " by the Sea")
_REACH = 2 + max(map(len, _SUBJECTS))


def _before_treaty_or_sea(end: np.ndarray, cues: Cues) -> np.ndarray:
    """Return, per mention end, whether a treaty's word or "Sea" opens a word at most `_REACH` characters after it,
    as one does wherever `_TREATY_AFTER` or `_BY_THE_SEA` matches there."""
    words = np.sort(np.array([at for word in (*TREATY_CUES, SEA_CUE) for at in cues.at(word)], dtype=np.int64))
    if not len(words):
        return np.zeros(len(end), dtype=bool)
    following = words[np.minimum(np.searchsorted(words, end, side="right"), len(words) - 1)]
    return (following > end) & (following - end <= _REACH)


def _treaty_of_ends(cues: Cues) -> list[int]:
    """Return the offsets where "Treaty of " or "Treaties of " ends (`_TREATY_OF`, its whitespace one character),
    wherever the text has the word."""
    return [at + len(word) + 4 for word in ("Treaty", "Treaties") for at in cues.at(word)]


def _treaty_of_ends_at(text: str, at: int) -> bool:
    """Whether "Treaty of " or "Treaties of " (`_TREATY_OF`) ends at `at`."""
    return any(at >= back and (m := _TREATY_OF.match(text, at - back)) is not None and m.end() == at
               for back in (10, 12))


def ships(text: str, cues: Cues | None = None) -> list[tuple[int, int]]:
    """Return the spans of `_SHIP.finditer(text)`, trying the pattern only where a prefix is, at a word's start
    (`cues`: where the names' scan found them, `place_cues`; else searched for).

    >>> ships("The HMS Prince of Wales and the USS Texas; FUSS Is no ship.")
    [(4, 23), (32, 41)]
    """
    cues = cues or Cues(text)
    spans = sorted(m.span() for prefix in SHIP_PREFIXES for at in cues.at(f"{prefix} ")
                   if (m := _SHIP.match(text, at)) is not None)
    kept: list[tuple[int, int]] = []  # as `finditer`: in order of start, none that starts within the one before it
    for span in spans:
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return kept
