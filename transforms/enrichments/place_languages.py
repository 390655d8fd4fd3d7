"""Demonyms read as their languages: a language's name is no place.

A demonym names its country ("Russian forces", "English football": GDELT geocodes the adjective too), but one
that is also a language's name (`places.toml`'s [languages]) names none where it is the language:

- before a word of languages: "English-language", "the English language", "French-speaking", "Spanish speakers",
  "English-medium schools", "an English translation", "English subtitles", "German dubbing";
- after a word that takes a language ("in", "into", "from", "speak", "learn", "teach", "fluent"; "written in",
  "translated from", "dubbed into" end so) where nothing but punctuation, the end of the text or a function word
  follows it or its list of languages: "The film is in English.", "He speaks English and French", "Lessons in
  English and Welsh.", "translated into German by". A noun after it makes it its nation's ("in English football",
  "in French politics", "in Spanish waters"), and so does a list with a nation's demonym that is no language
  ("from Russian, Belarusian and Chechen forces" is a list of nations only once its noun comes).

A demonym or a name before "Creole", "Patois" or "Sign Language" is the language's whatever it is ("Haitian
Creole", "Jamaican Patois", "American Sign Language").

A list of languages goes on through the languages that are no place's name ([languages]' `others`: "in English or
Hindi", "in Arabic, Hebrew and English", "write in English or ...": no UK).
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np

from transforms.enrichments.place_cues import Cues
from transforms.enrichments.place_mentions import name_keys
from transforms.enrichments.place_table import places_toml

# Words that name a language right after it: "English-language", "French-speaking", "Spanish speakers"
_LANGUAGE_WORD = re.compile(
    r"(?:-| )(?:languages?|speaking|speakers?|medium|translations?|translated|subtitles?|subtitled|dub|dubs|dubbed"
    r"|dubbing)(?![\w-])")
# Words a language's name follows, in whatever case ("In English"): a preposition, a verb of speaking, learning,
# teaching, and the adjectives of one's command of it ("fluent French", "in broken English")
_TAKES_A_LANGUAGE = re.compile(
    r"(?<![\w'’-])(?:in|into|from|speak|speaks|speaking|spoke|spoken|learn|learns|learning|learnt|learned|teach"
    r"|teaches|teaching|taught|fluent|perfect|broken|flawless|native) $", re.IGNORECASE)
# What parts two languages of a list: "English and French", "English, French or German"
_LIST_GAP = re.compile(r"(?:, |,? (?:and|or) )")
# What may follow a language (or its list) after a word that takes one: punctuation or the end of the text (a batch
# parts its paragraphs with a line), or a function word ("translated into German by", "in French with subtitles");
# not "'s", a possessive's, nor "and" ("in Chinese and other Asian markets")
_ENDS_A_LANGUAGE = re.compile(
    r"(?:\s*$|\s*[^\w\s'’-]|[’'](?!s\b)| (?:by|with|for|at|on|as|to|from|into|in|but|so|when|while|because|than"
    r"|too|only|fluently|well|since|until|before|after|if|is|was|are|were|has|had|will|would|can|could"
    r"|instead|rather|again|every|each)(?![\w-]))")


@lru_cache(maxsize=1)
def _others() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Return the patterns of the languages that are no place's name ([languages]' `others`) with a list's gaps:
    between two languages of the gazetteer ("English, Hindi and French"), after the list's last ("English or
    Hindi") and before its first ("in Hindi or English"); an ellipsis ending a list counts as one ("in English or
    ...")."""
    others = "|".join(map(re.escape, sorted(places_toml()["languages"]["others"], key=len, reverse=True)))
    gap = _LIST_GAP.pattern
    other = rf"(?:(?:{others})(?![\w-])|\.\.\.|…)"
    return (re.compile(rf"{gap}(?:{other}{gap})*"), re.compile(rf"(?:{gap}{other})+"),
            re.compile(rf"(?<![\w-])(?:{other}{gap})+$"))


@lru_cache(maxsize=1)
def _languages() -> np.ndarray:
    """Return, by name index (into `name_keys().names`), whether the name is a language's ([languages])."""
    languages = frozenset(places_toml()["languages"]["names"])
    return np.array([name in languages for name in name_keys().names], dtype=bool)


# Words that make the demonym or the place's name before them a language's, whatever the name: "Haitian Creole",
# "Jamaican Patois", "Mauritian Kreol", "British Sign Language" (no nation's: no Haiti, no UK)
_LANGUAGE_NOUN = re.compile(r"[ \t]+(?:Creole|Kreyòl|Kreyol|Kreol|Patois|Sign Language)(?![\w-])")
# `_LANGUAGE_NOUN` searched by its words, each opening with a literal: a pattern that opens with `[ \t]+` is tried
# at every space of the batch's text (about 55 ms a batch of 2,000 articles; the four searches about 12 ms), a
# pattern is matched where the names' scan found its literal (`place_cues`)
_LANGUAGE_NOUN_WORDS = tuple((literal, re.compile(literal + rest + r"(?![\w-])")) for literal, rest in (
    ("Creole", ""), ("Kre", "(?:yòl|yol|ol)"), ("Patois", ""), ("Sign Language", "")))


def _before_a_languages_noun(text: str, end: np.ndarray, cues: Cues | None = None) -> np.ndarray:
    """Return, per mention (its end), whether a word of `_LANGUAGE_NOUN` follows it: the text is searched once,
    as such words are rare.

    >>> text = "She speaks Haitian Creole and American Sign Language; Haitian voters"
    >>> _before_a_languages_noun(text, np.array([18, 38, 62])).tolist()
    [True, True, False]
    """
    found = _language_noun_starts(text, cues)
    if not found:
        return np.zeros(len(end), dtype=bool)
    return np.isin(end, found)


def _language_noun_starts(text: str, cues: Cues | None = None) -> list[int]:
    """Return the starts of `_LANGUAGE_NOUN`'s matches in a text: the first of the spaces and tabs before each of
    its words (no word holds another, so the matches are these words with a space or tab before them).

    >>> _language_noun_starts("Haitian Creole,  Jamaican  Patois; Creole; British Sign Languages")
    [7, 25, 34]
    """
    starts, cues = [], cues or Cues(text)
    for literal, word in _LANGUAGE_NOUN_WORDS:
        # a search's matches (no word's literal is inside another's match) at a word's start, as all kept are
        for at in cues.at(literal):
            if not (match := word.match(text, at)):
                continue
            s = match.start()
            while s > 0 and text[s - 1] in " \t":
                s -= 1
            if s < match.start():
                starts.append(s)
    return sorted(starts)


def as_languages(text: str, start: np.ndarray, end: np.ndarray, name: np.ndarray,
                 cues: Cues | None = None) -> np.ndarray:
    """Return, per mention (start, end, name index, in text order), whether it is a language's name read as the
    language (see the module's docstring).

    >>> from transforms.enrichments.place_mentions import mention_arrays
    >>> text = "He speaks English and French. An English-language daily. English football in French waters."
    >>> start, end, name = mention_arrays(text)
    >>> [(text[s:e], bool(x)) for s, e, x in zip(start.tolist(), end.tolist(), as_languages(text, start, end, name))]
    [('English', True), ('French', True), ('English', True), ('English', False), ('French', False)]
    """
    language = _before_a_languages_noun(text, end, cues)
    at = np.flatnonzero(_languages()[name]).tolist()
    if not at:
        return language
    for i in at:
        language[i] = _LANGUAGE_WORD.match(text, int(end[i])) is not None
    n, k = len(start), 0
    gap, after, before = _others()
    while k < len(at):
        first = at[k]
        s = int(start[first])
        # the list of languages from this one on: mentions of languages one after another, a list's gap between
        # (through languages that are no place's name: "English, Hindi and French")
        last = first
        while k + 1 < len(at) and at[k + 1] == last + 1 and gap.fullmatch(
                text, int(end[last]), int(start[last + 1])):
            k, last = k + 1, last + 1
        k += 1
        s -= _others_before(text, s, before)  # "in Hindi or English"
        if not _TAKES_A_LANGUAGE.search(text, max(0, s - 12), s):
            continue
        if last + 1 < n and gap.fullmatch(text, int(end[last]), int(start[last + 1])):
            continue  # a list that goes on with a nation: "from Russian, Belarusian and Chechen"
        e = int(end[last])
        if m := after.match(text, e):  # "in English or Hindi": the list ends after the languages of no place
            e = m.end()
        if _ENDS_A_LANGUAGE.match(text, e):
            language[first: last + 1] = True
    return language


# How a list's gap (`_LIST_GAP`) ends: a list of other languages right before a name ends so
_GAP_ENDS = (", ", " and ", " or ")


def _others_before(text: str, at: int, before: re.Pattern[str]) -> int:
    """Return the length of the list of languages that are no place's name right before `at` (`_others`' third
    pattern, searched in the 80 characters before it: "in Hindi or English"), or 0.

    The pattern ends with a gap at the end of those characters (`$`: or before a line break that ends them), so where
    they end with no gap's end the search, 80 tries of the pattern, is skipped: at most mentions.

    >>> text = "dubbed in Hindi or English"
    >>> _others_before(text, text.index("English"), _others()[2]), _others_before(text, 7, _others()[2])
    (9, 0)
    """
    low = max(0, at - 80)
    if not (text.endswith(_GAP_ENDS, low, at)
            or at > low and text[at - 1] == "\n" and text.endswith(_GAP_ENDS, low, at - 1)):
        return 0
    match = before.search(text[low:at])
    return len(match.group(0)) if match else 0
