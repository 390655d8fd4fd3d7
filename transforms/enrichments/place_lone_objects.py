"""A lone city named without a preposition: "Tarija's council", "Storms battered Wollongong".

A lone city (`place_lone_cities`: its name's one bearer, 50,000 people or more, no word's nor person's) is kept after
a word that introduces a place ("in Tarija"). News names such a city two other ways. As the possessor of a town's own
institution ("Tarija's council approved a budget", "Cusco's mayor"): a town has a council, a mayor, police and a
hospital, which a firm or a person has not (a person's "council seat" or "police record" puts another noun after the
institution's, read here as no town's). And as the object of a striking verb whose subject is weather ("Storms
battered Wollongong", "Heavy rain lashed Cusco"): a storm reaches places, where a scandal or a recall that "hit
Hitachi" reaches a firm of a city's name, so the sentence before the verb must name the weather.
"""

from __future__ import annotations

import re

import numpy as np

from transforms.enrichments.place_headlines import headline
from transforms.enrichments.place_struck_pairs import STRUCK
from transforms.enrichments.place_words import word_after

# A town's own institutions, which follow its possessive ("Tarija's council"); no firm's or person's nouns
# ("Pushkin's letters", "Hitachi's profits") and no nouns a nation shares ("government" is a state's or a firm's too)
_CIVIC_NOUNS = frozenset((
    "council", "councillors", "councilors", "mayor", "police", "hospital", "hospitals", "municipality",
    "residents", "streets", "city", "town", "port", "airport",
))
# A noun after the institution's that makes it a person's ("council seat", "police record", "hospital bill"), or
# "of", a person's body of people ("Pushkin's council of advisers"), where a town's council is its own
_NOT_TOWNS_AFTER = frozenset(("seat", "seats", "record", "records", "bill", "bills", "stay", "visit", "visits", "of"))
# The weather, a quake or a fire as a striking verb's subject ("Heavy rain lashed", "Storm Darragh battered"); before
# "of" it is a figure's ("a storm of criticism hit Hitachi", "a flood of orders"), no weather
_WEATHER = re.compile(
    r"\b(?:storms?|rains?|rainfall|downpours?|floods?|flooding|floodwaters?|winds?|gales?|snow|snowstorms?|"
    r"blizzards?|hail|cyclones?|typhoons?|hurricanes?|tornado(?:e?s)?|quakes?|earthquakes?|tremors?|tsunamis?|"
    r"wildfires?|bushfires?|landslides?|mudslides?|heatwaves?|swell|surges?)\b(?! of )", re.IGNORECASE)
# How far back a sentence's subject is read before the verb: a storm's name and a few words ("Heavy rain and
# strong winds from Cyclone Alfred battered")
_SUBJECT_CHARS = 80


def lone_objects(text: str, start: np.ndarray, end: np.ndarray, lone: np.ndarray) -> np.ndarray:
    """Return, per mention, whether it is a lone city's (`lone`) named so (`lone_object`), on no Title Case
    headline's line, where a capital says nothing of a name ("Storm Hits Reading": `place_lone_cities`)."""
    out = np.zeros(len(start), dtype=bool)
    for i in np.flatnonzero(lone).tolist():
        s, e = int(start[i]), int(end[i])
        out[i] = lone_object(text, s, e) and not headline(text, s)
    return out


def lone_object(text: str, start: int, end: int) -> bool:
    """Return whether a lone city's name at `start`..`end` is a town's possessor before its institution ("Tarija's
    council") or a striking verb's object after weather ("Storms battered Wollongong").

    >>> t = "Tarija's council met. Smith's council seat. Storms battered Wollongong. The scandal hit Hitachi."
    >>> [lone_object(t, t.index(n), t.index(n) + len(n)) for n in ("Tarija", "Smith", "Wollongong", "Hitachi")]
    [True, False, True, False]
    """
    if text[end:end + 2] in ("'s", "\u2019s"):
        noun, tight = word_after(text, end + 2)
        if not tight or noun.lower() not in _CIVIC_NOUNS:  # lower-cased: a headline's "Tarija's Council"
            return False
        after, spaced = word_after(text, end + 3 + len(noun))
        return not (spaced and after.lower() in _NOT_TOWNS_AFTER)
    if not text[max(0, start - 12):start].endswith(STRUCK):
        return False
    low = max(0, start - _SUBJECT_CHARS)
    # the subject is the sentence's, before the verb: a full stop's earlier sentence is another story's
    sentence = text[low:start]
    sentence = sentence[max(sentence.rfind(". "), sentence.rfind("\n")) + 1:]
    # ... and the clause's after a comma where a subject stands between it and the verb ("Rain or shine, the recall
    # hit Hitachi": an idiom's weather is no subject); a comma right before the verb closes an aside within the
    # subject ("Heavy rain, driven by gales, battered Cusco"), whose weather is the verb's
    clause = sentence[sentence.rfind(", ") + 1:]
    if sentence.rfind(", ") >= 0 and len(clause.split()) > 1:
        sentence = clause
    return _WEATHER.search(sentence) is not None
