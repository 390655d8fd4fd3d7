"""A byline that opens a text's first paragraph, as a wire's copy keeps it on the story's line: "By LAURAN NEERGAARD
WASHINGTON (AP) -- Heart disease ...", "By Karen Pallarito, HealthDay Reporter    HealthDayNews -- ...", "By Lee
Bowman. The ability to run ...". Its names are the text's authors (name-cased, `txt_bylines.name_cased`), and its words
no part of the paragraph, which opens with its dateline then, as a wire's paragraph does (the places enrichment reads
a dateline at a paragraph's start only: "WASHINGTON" after a byline was no place, and the text had no author)."""

from __future__ import annotations

import re

from transforms.formats.byline_places import is_known_place
from transforms.formats.txt_bylines import undated_names

# The byline, then a gap of two spaces or more where the wire's copy had a line's end ("By ANICK JESDANUN    NEW YORK")
_GAP = re.compile(r"By\s+\S[^\n]{1,100}?(?: {2,}|\t+)(?=\S)")
# Names and a dateline's place in capitals, then its state or country, its agency in brackets and its dash: "By MARK
# SHERMAN WASHINGTON (AP) —", "By JOSH BOAK and FATIMA HUSSEIN NEW YORK (AP) --", "By PAUL GEITNER BRUSSELS, Belgium
# (AP) --". A dash after the capitals, a sentence's words never write one there.
_CAPITAL = r"[A-Z][A-Z.'’-]*(?![a-z])"
_CAPITALS = re.compile(
    rf"By (?P<run>{_CAPITAL}(?:(?: |, | and | AND | & ){_CAPITAL})+)"
    rf"(?=(?:,\s+[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?\s*(?:\([^()\n]{{1,40}}\)\s*)?(?:--?|[–—])\s)")
# The byline, then a sentence: "By Lee Bowman. The ability ...", "By Sammy Rozenberg (AP Staff Writer). BoxingScene was"
_SENTENCE_START = re.compile(r"\.\s+(?=[A-Z\"“‘])")
# A full stop after these is no sentence's end: "By Dr. Jane Doe", "By J. Smith"
_ABBREVIATIONS = frozenset("Dr Mr Mrs Ms Prof Rev St Jr Sr Sen Rep Gov Gen Col Capt Lt Sgt".split())
_PLACE_WORDS = 4  # "PORT-AU-PRINCE", "EAST RUTHERFORD", "SALT LAKE CITY": a dateline's place in four words at most


def opening_byline(line: str) -> tuple[tuple[str, ...], int] | None:
    """Return the names of a byline that opens a paragraph's line and where the story's words start after it; None
    where the line opens with none ("By Tuesday, the strike was over").

    >>> opening_byline("By LAURAN NEERGAARD    WASHINGTON (AP) -- Heart disease gets the attention.")
    (('Lauran Neergaard',), 23)
    >>> opening_byline("By MARK SHERMAN WASHINGTON (AP) — The court ruled."), opening_byline("By Lee Bowman. The end.")
    ((('Mark Sherman',), 16), (('Lee Bowman',), 15))
    >>> opening_byline("By ANY MEASURE, the NHS is in crisis."), opening_byline("By Halloween, stores were full.")
    (None, None)
    """
    if not line.startswith("By "):
        return None
    for found in (_before_gap(line), _before_dateline(line), _before_sentence(line)):
        if found is not None and (names := undated_names(line[: found[0]].rstrip(" ,"))) and all(map(_is_name, names)):
            return names, found[1]
    return None


def _is_name(name: str) -> bool:
    """Return whether a byline's name is a person's or an outlet's, not a phrase in capitals: four words at most, no
    possessive ("Channel NewsAsia's Malaysia Correspondent Melissa Goh" is no one's name)."""
    return len(name.split()) <= 4 and not re.search(r"['’]s\b", name)


def _before_gap(line: str) -> tuple[int, int] | None:
    """Return where a byline ends and the words after its gap of spaces start, else None."""
    gap = _GAP.match(line)
    return (gap.end(), gap.end()) if gap else None


def _before_dateline(line: str) -> tuple[int, int] | None:
    """Return where a dateline in capitals after a byline in capitals starts: its place the longest known place
    the run of capitals ends with (else its last word), the names before it two words or more."""
    found = _CAPITALS.match(line)
    if found is None:
        return None
    words = list(re.finditer(r"\S+", found["run"]))
    for size in range(min(_PLACE_WORDS, len(words) - 2), 0, -1):
        place = " ".join(word[0] for word in words[-size:])
        if is_known_place(place) or size == 1:
            start = found.start("run") + words[-size].start()
            return start, start
    return None


def _before_sentence(line: str) -> tuple[int, int] | None:
    """Return where a byline ends in a full stop and the sentence after it starts, the stop no abbreviation's or
    initial's; None past the first such stop."""
    for stop in _SENTENCE_START.finditer(line, 0, 200):
        last = line[: stop.start()].rsplit(None, 1)[-1].strip("(")
        if len(last) > 1 and last not in _ABBREVIATIONS:
            return stop.start(), stop.end()
    return None
