"""Datelines: the place in capitals that opens a wire story ("WASHINGTON (Reuters) -", "NEW DELHI:").

Place names are matched case-sensitively ("Nice" the city, "nice" the word), so a dateline written in
capitals was no place: 1,093 paragraphs of the two dev corpora open with one (NEW YORK, WASHINGTON,
LONDON, ATHENS, BAGHDAD ...), and the story often names its city nowhere else. `with_datelines` writes
each paragraph's dateline as a name is written ("Washington (Reuters) -"), in a copy of the text of the
same length, which the gazetteer and its rules then read as any other mention, with two differences
(`whole_datelines`, `bare_datelines`): a name found inside a dateline counts only as the whole of it ("EAST RUTHERFORD,
N.J." is not Rutherford, "BLOOMFIELD HILLS" not Bloomfield), and a dateline without a state or country
after it ("ATHENS (Reuters) -") is the place its name means alone, not the one the story's other places
support (a US athlete in the Athens Olympics does not move them to Athens, Georgia), and, being well known
(wire style writes a city alone only then), whether or not the story names its country (`known_datelines`).
A label before a colon is no dateline when it is a speaker's ("JACKSON: I am innocent", `_speaker`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

import numpy as np

from transforms.enrichments.batch import SEPARATOR  # noqa: F401 (the doctests join paragraphs with it)
from transforms.enrichments.geonames import CITY
from transforms.enrichments.members import members
from transforms.enrichments.place_names import gazetteer
from transforms.enrichments.place_rules import rules
from transforms.enrichments.place_settle import CODES
from transforms.enrichments.place_state_abbreviations import in_capitals

# Capital words at a paragraph's start, up to four ("PORT-AU-PRINCE", "ST. LOUIS", "EAST RUTHERFORD"), or two
# places parted by a slash ("JERUSALEM/GAZA"), before what ends a dateline: ", Texas", ", March 5 (Reuters)",
# " (AP) -", " - ", " -- ", "—" spaced or not ("LAGOS—"), ": ", " : ", or a date (" Oct. 18, 2004 -"). An agency
# in brackets is followed by a dash or colon ("(Reuters) -", "(dpa) -"): "JORDAN (the player) SCORES" is none.
_CAPITALS = r"[A-Z][A-Z.'’-]*[A-Z.]"
_MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
DATELINE = re.compile(
    rf"{_CAPITALS}(?:[ /-]{_CAPITALS}){{0,3}}"
    rf"(?=,\s| ?\([^()\n]{{1,40}}\) ?[-—–:]| - | ?(?:--|[—–])| ?:\s| {_MONTHS} \d)"
)
# After a dateline's comma, a date ("LONDON, March 5 (Reuters)") leaves it bare; a state or country does not.
_STATED = re.compile(rf",\s(?!{_MONTHS}\s)[A-Z]")
# The lower-case words inside hyphenated place names: Port-au-Prince, Aix-en-Provence, Stratford-upon-Avon.
_PARTICLES = re.compile(r"(?<=-)(?:Au|Aux|De|Du|Des|La|Le|Les|En|Sur|Upon|On|Under)(?=-)")


def written_as_name(capitals: str) -> str:
    """Return a dateline in capitals as the gazetteer writes the name: each word capitalised.

    A single word of two letters or fewer ("AP", "US", "U.S.") is an agency's or a country's
    abbreviation, as written.

    >>> written_as_name("NEW DELHI"), written_as_name("PORT-AU-PRINCE"), written_as_name("ST. LOUIS")
    ('New Delhi', 'Port-au-Prince', 'St. Louis')
    >>> written_as_name("AP"), written_as_name("U.S."), written_as_name("US ELECTION")
    ('AP', 'U.S.', 'US Election')
    """
    if " " not in capitals and "-" not in capitals and sum(c.isalpha() for c in capitals) <= 2:
        return capitals
    # a name the gazetteer writes in capitals stays so ("US ELECTION:" still names the US, as it did
    # before datelines were read; `whole_datelines` keeps it)
    abbreviations = _abbreviations()
    name = " ".join(word if word in abbreviations else _PARTICLES.sub(lambda m: m.group().lower(), word.title())
                    for word in capitals.split(" "))
    return name if len(name) == len(capitals) else capitals  # offsets must stay the text's


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    """Return the gazetteer's names written in capitals ("US", "UK", "U.S.", "UAE")."""
    return frozenset(name for name in gazetteer() if name.isupper() and len(name) > 1)


class Datelines(NamedTuple):
    """A batch's text with its datelines written as names, and where each dateline is."""

    text: str
    starts: np.ndarray
    ends: np.ndarray
    bare: np.ndarray  # per dateline: no state or country after it
    known: np.ndarray  # per dateline: bare, and a name that is no person's: its place whatever the story names


def with_datelines(text: str, paragraph_starts: Sequence[int] = (0,)) -> Datelines:
    """Return `text` (paragraphs joined by SEPARATOR, starting at `paragraph_starts`) with each
    paragraph's dateline written as a name, each place of a slashed one apart, and a country or region
    in capitals after its comma too ("KAWASAKI, JAPAN (Reuters) -"), or a state's or province's
    abbreviation as news writes it ("AURORA, ONT. -": "Aurora, Ont. -").

    >>> found = with_datelines("WASHINGTON (Reuters) - Talks began." + SEPARATOR + "ATHENS, Ga. - The rupee fell.",
    ...                        [0, 38])
    >>> found.text[:25], found.starts.tolist(), found.bare.tolist()
    ('Washington (Reuters) - Ta', [0, 38], [True, False])
    >>> with_datelines("LONDON, March 5 - UK shares rose. IN BRIEF: none").text
    'London, March 5 - UK shares rose. IN BRIEF: none'
    >>> found = with_datelines("JERUSALEM/GAZA, ISRAEL (Reuters) - Talks.")
    >>> found.text[:30], found.starts.tolist(), found.ends.tolist(), found.bare.tolist()
    ('Jerusalem/Gaza, Israel (Reuter', [0, 10], [9, 14], [False, False])
    """
    parts: list[str] = []
    spans: list[tuple[int, int, bool, bool]] = []
    last = 0
    # matched at each paragraph's start only: a scan of the batch's text took a tenth of places' time
    for match in (DATELINE.match(text, at) for at in paragraph_starts if text[at + 1: at + 2].isupper()):
        if match is None or _speaker(text, match):
            continue
        at, end = match.start(), match.end()
        alone = not _STATED.match(text, end)
        for place in match.group().split("/"):
            written = written_as_name(place)
            parts += [text[last:at], written]
            # a person's name (the people list) or a word of three letters, an acronym ("GAO:" the office, not
            # Gao in Mali), still needs its country named
            spans.append((at, at + len(place), alone, alone and len(place) > 3 and written not in rules().people))
            last = at + len(place)
            at = last + 1  # past the slash
        country = _COUNTRY_AFTER.match(text, end)
        if country:  # a state's or province's abbreviation as news writes it ("AURORA, ONT." → "Ont.")
            after = in_capitals().get(country.group(1)) or written_as_name(country.group(1))
            if after in in_capitals().values() or _area(after):
                parts += [text[last:country.start(1)], after]
                last = country.end(1)
    starts, ends, bare, known = zip(*spans, strict=True) if spans else ((), (), (), ())
    return Datelines("".join(parts) + text[last:] if parts else text, np.array(starts, np.int64),
                     np.array(ends, np.int64), np.array(bare, bool), np.array(known, bool))


# A country or region after a dateline's comma, in capitals as the dateline ("KAWASAKI, JAPAN (Reuters) -").
_COUNTRY_AFTER = re.compile(rf",\s({_CAPITALS}(?: {_CAPITALS}){{0,2}})(?=,\s| ?\(| - | ?(?:--|[—–])| ?:\s)")
# Words of the first person that open a speaker's words after a colon ("CLINTON: We will win.").
_FIRST_PERSON = re.compile(r" ?:\s+[\"“]?(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|We|We're|We’re|We've|We’ve|We'll|"
                           r"We’ll|My|Our|Me|Us)\b")


# A score after a colon, then another team's name and score: a results line, no dateline. The other
# team follows the score at once, in capitalised words only: "BAGHDAD: 25 people died. Police said: 3
# more were hurt" is a dateline with a colon later in the paragraph.
_RESULT = re.compile(r" ?:\s*\d+\s+(?:[A-Z][\w.'’&-]*\s){0,3}[A-Z][\w.'’&-]*\s?:\s?\d")


def _speaker(text: str, match: re.Match[str]) -> bool:
    """Return whether capitals before a colon are a speaker's or a transcript's label, not a dateline: a
    first person after the colon ("JACKSON: I am innocent."), or a name of the people list that is no
    place of a million people or more, no capital and none of `means` ("CLINTON: The economy grew", but
    "WASHINGTON: A US official said" and "SYDNEY: Shares rose" are datelines)."""
    if _FIRST_PERSON.match(text, match.end()):
        return True
    if _RESULT.match(text, match.end()):  # a result: "ATLANTA: 3 Miami: 2", "DETROIT: 101 Chicago: 99"
        return True
    if not text.startswith((":", " :"), match.end()):
        return False
    name, r = written_as_name(match.group()), rules()
    return name in r.people and not any(
        p.kind != CITY or r.big_city(p) or p.geonames_id in r.capitals
        or p.geonames_id in r.means.values() for p in gazetteer().get(name, ()))


def _area(name: str) -> bool:
    """Return whether a name is a country's or a region's in the gazetteer ("Japan", "Texas"), not only a city's."""
    return any(p.kind != CITY for p in gazetteer().get(name, ()))


def whole_datelines(datelines: Datelines, start: np.ndarray, end: np.ndarray) -> np.ndarray:
    """Return, per mention (start, end), whether it is kept: not a part of a dateline ("BLOOMFIELD
    HILLS" is no Bloomfield), and `bare_datelines` which mentions are a bare dateline."""
    if not len(datelines.starts):
        return np.ones(len(start), bool)
    at = np.maximum(np.searchsorted(datelines.starts, start, side="right") - 1, 0)
    inside = (datelines.starts[at] <= start) & (start < datelines.ends[at])
    # the whole of it, but a last dot ("U.S.:" is found as "U.S"), or a name left in capitals ("US ELECTION:")
    keep = ~inside | ((start == datelines.starts[at]) & (end >= datelines.ends[at] - 1))
    for i in np.flatnonzero(~keep).tolist():  # a few mentions per dateline at most
        keep[i] = datelines.text[start[i]: end[i]].isupper()
    return keep


def bare_datelines(datelines: Datelines, start: np.ndarray) -> np.ndarray:
    """Return, per mention start, whether it is a dateline without a state or country after it."""
    return members(start, datelines.starts[datelines.bare])


def known_datelines(datelines: Datelines, start: np.ndarray) -> np.ndarray:
    """Return, per mention start, whether it is a bare dateline of a name that is no person's: wire style
    writes a city alone only when it is well known ("CINCINNATI (Reuters) -", "THE HAGUE -"), so it is
    its place whether or not the story names its country (a small city's rule)."""
    return members(start, datelines.starts[datelines.known])


def of_known_datelines(known: np.ndarray, article: np.ndarray, place: np.ndarray) -> np.ndarray:
    """Return, per mention, whether it is a known dateline or names the place of one in its article.

    >>> of_known_datelines(np.array([True, False, False, False]), np.array([0, 0, 0, 1]), np.array([7, 7, 8, 7]))
    array([ True,  True, False, False])
    """
    if not known.any():
        return known
    return members(article * CODES + place, article[known] * CODES + place[known])
