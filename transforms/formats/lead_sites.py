"""A site's name opening a text's story before a dash, as aggregated wire and web stories open ("SPACE.com - Four
hundred years ago ...", "NewsFactor - Microsoft ..." under "Microsoft, Swatch Partner on Watch (NewsFactor)"): the
text's site. An agency's name alone before a dash is `wire_datelines`'."""

from __future__ import annotations

import re

from transforms.formats.byline_outlets import (
    is_known_outlet,
    is_named_agency,
    is_outlet_name,
    opens_as_paper,
)
from transforms.formats.byline_places import is_big_city

_DASH = " - "
_NAME_CHARACTERS = 30  # a site's name before its dash at most ("The Motley Fool", "washingtonpost.com")
# A web address's host as a site names itself ("SPACE.com", "washingtonpost.com", "FT.com"): a word of letters and
# dots ending in a domain, no space. "U.S." or "St." end with a dot, a number's "No.1" with a digit: no host
_HOST = re.compile(r"[A-Za-z][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.(?:com|org|net|info|news|co\.uk|com\.au|[a-z]{2})")
# The forms a headline's brackets name its story by ("(Video)", "(Analysis)", "(Update)") and a picture's credit
# after its agency ("AP Photo"): no site's or desk's name
_STORY_FORMS = frozenset(
    "video videos photo photos picture pictures graphic audio podcast analysis update updated live poll opinion "
    "interview review watch listen explainer".split()
)
_NAME = re.compile(r"[A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,3}")  # a name's capitalised words, no sentence's


def lead_site(line: str, headline: str) -> str | None:
    """Return the site a story's line opens with before a dash: a host's name, or the name its headline credits in
    brackets at its end; else None.

    >>> lead_site("SPACE.com - Four stars.", "Supernova"), lead_site("Ziff Davis - SGI ships.", "SGI (Ziff Davis)")
    ('SPACE.com', 'Ziff Davis')
    >>> lead_site("Rijkaard - We need to win.", "Barca win"), lead_site("U.S. - Talks resume.", "Talks")
    (None, None)
    """
    dash = line.find(_DASH, 0, _NAME_CHARACTERS + len(_DASH))
    if dash <= 0:
        return None
    name = line[:dash].strip()
    if not name:  # an indented list's dash ("  - first point"): no name before it
        return None
    if name.split()[-1].lower() in _STORY_FORMS:
        return None  # a story's form or a picture's credit: "Video - ", "AP Photo - "
    if _HOST.fullmatch(name) or _is_agency_desk(name):
        return name
    # an outlet's name, its own word ending it ("CBC SPORTS ONLINE - ", "Sky News - "): a place's name ends with no
    # such word, and a section's heading ("Breaking News - ") is none (`is_outlet_name`). One word alone is a word
    # too ("Independent - 12 per cent", a poll's line): an agency's alone is `wire_datelines`'
    if " " in name and is_outlet_name(name) and not is_big_city(name) and not _is_capitals_place(name):
        return name
    # two names joined by an ampersand, the first an outlet's by its own word ("U.S. News & World Report"): the
    # second names what it adds, any words. The first's word, not the whole's, is read: a title's last word is free
    first, ampersand, second = name.partition(" & ")
    if ampersand and second and " " in first and is_outlet_name(first) and _NAME.fullmatch(second):
        return name
    # the name credited twice, in the headline's brackets and before the story's dash, is the site's, whatever its
    # words ("NewsFactor", "Canadian Press", "Reuters Health"); a name before a dash alone is a dateline's place
    # ("Athens - "), a speaker's ("Rijkaard - ") or a headline's. A city in a headline's brackets is a place's
    if headline.endswith(f"({name})") and _NAME.fullmatch(name) and not is_big_city(name):
        return name
    return None


def _is_capitals_place(name: str) -> bool:
    """Return whether a name of two words in capitals is a dateline's place, no outlet's (`is_outlet_name`'s reading).

    >>> _is_capitals_place("NEWPORT NEWS"), _is_capitals_place("CBC SPORTS ONLINE")
    (True, False)
    >>> _is_capitals_place("Sky News"), _is_capitals_place("PALM BEACH POST")
    (False, False)
    """
    # a dateline prints its place in capitals, and a place's two words may end with an outlet's word ("NEWPORT NEWS -
    # The shipyard ..."): then only a broadcaster's initials ("CBC SPORTS ONLINE", "ABC NEWS"), a name known alone,
    # a paper's word or a city opening it ("DAILY NEWS", "TORONTO STAR") tell an outlet's from a town's. A third word
    # is a paper's ("PALM BEACH POST"): a town's name before its dash is one or two words
    return name.isupper() and len(name.split()) == 2 and not is_known_outlet(name) and not opens_as_paper(name)


def _is_agency_desk(name: str) -> bool:
    """Return whether a name is an agency's desk: the agency known by its name, then the desk's capitalised word.

    >>> _is_agency_desk("Reuters Health"), _is_agency_desk("AP Sports"), _is_agency_desk("Reuters")
    (True, True, False)
    >>> _is_agency_desk("Ipsos Health"), _is_agency_desk("AP photo"), _is_agency_desk("AP Photo")
    (False, False, False)
    """
    # the desk signs as its agency does ("Reuters Health - ", "AFP Sport - "), and is kept whole as in a dateline's
    # brackets ("(Reuters Health)"); the agency alone is `wire_datelines`'
    agency, _, desk = name.partition(" ")
    return (bool(desk) and " " not in desk and desk[:1].isupper() and desk.isalpha() and is_named_agency(agency)
            and desk.lower() not in _STORY_FORMS)
