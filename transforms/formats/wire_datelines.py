"""A wire story's dateline opening its first paragraph: a place in capitals, a day with its month's name and its year,
the agency in brackets, a dash ("LONDON, March 5, 2024 (Reuters) - Oil prices rose ..."), or a press release's
("SAN FRANCISCO--(BUSINESS WIRE)--Dec. 5, 2024--Acme ..."). The head of a text file is read for it (`txt_dates`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from transforms.formats.byline_outlets import is_named_agency, is_outlet
from transforms.formats.byline_places import place_countries, places_named

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DAY_WRITTEN = rf"{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH}\s+\d{{4}}"
# A place in capitals (a state's abbreviation after it: "SAN FRANCISCO, Calif."), the day, the agency in brackets or,
# as a press release's wire writes it, between slashes ("NEW YORK, Dec. 5, 2024 /PRNewswire/ --"), a dash, or two as
# typewriters wrote one, with an agency ("(GLOBE NEWSWIRE) --") or without ("WASHINGTON, Sept. 30, 2004 --", as a
# newspaper's own reporter's dateline: AG News's world/2855 was undated; a day and its year after a place in capitals
# are a dateline's whatever its dash)
# In other languages, the day first and its month's name in the language ("BERLIN, 22. Januar 2026 (dpa) -", "PARIS,
# 3 février 2026 (AFP) -", "MADRID, 22 de enero de 2026 (EFE).-", as EFE ends it; "SÃO PAULO", "MÜNCHEN" in accented
# capitals): such a dated wire story was undated; the month's word is read by `head_day`, which dates no other word
_DAY_FIRST = r"\d{1,2}\.?\s+(?:de\s+)?[^\W\d_]{3,12}\.?\s+(?:de\s+)?\d{4}"
_DATELINE = re.compile(
    rf"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'\- ]{{1,40}},(?:\s+[A-Z][A-Za-z.]{{1,15}},)?\s+"
    rf"(?P<date>{_DAY_WRITTEN}|{_DAY_FIRST})\s*(?:(?:\([^()\n]{{1,40}}\)|/[^/\n]{{1,40}}/)\s*)?\.?(?:--?|[–—])\s")
# A press release's dateline as Business Wire writes it: "SAN FRANCISCO--(BUSINESS WIRE)--Dec. 5, 2024--Acme ..."
_WIRE_DATELINE = re.compile(
    rf"[A-Z][A-Z.'\- ]{{1,40}}(?:,\s+[A-Z][A-Za-z.]{{1,15}})?--\([^()\n]{{1,40}}\)--(?P<date>{_DAY_WRITTEN})--")

# A wire's dateline with no year, or no day, and its agency in brackets ("BUCHAREST, March 3 (Reuters) -", "TOKYO
# (AP) -"): the agency sent the story, and the day is the story's in a year the text must give elsewhere. An agency
# may sign in lower case, a few letters ("BERLIN, June 4 (dpa) -", as dpa and epd do); a longer word in lower case is
# a bracket's aside, no agency's name
# The place's country, state or province may follow it with no day ("NAIROBI, Kenya (Reuters) -", "SAN JOSE, Costa
# Rica (Reuters) -": such stories had no site), each of its words capitalised, as a name is and a sentence's words are
# not; and the day may be written first in another language's words ("SANTO DOMINGO, 17 de mayo de 2026 (EFE) -"),
# its year with it, and EFE's ".-" may end it
_REGION = r"[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ.'-]{1,15}(?:\s+[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ.'-]{1,15}){0,2}"
_AGENCY_DATELINE = re.compile(
    rf"(?P<place>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'\- ]{{1,40}})(?:,\s+{_REGION})?(?:,\s+(?:(?P<day>{_MONTH}\s+\d{{1,2}})"
    rf"(?:,?\s+\d{{4}})?|{_DAY_FIRST}))?\s*\((?P<agency>[A-Z][^()\n]{{1,40}}|[a-z]{{2,4}})\)\s*\.?(?:--?|[–—])\s")
# A day written in full in a text, its year with it: the year a yearless dateline's day takes
_FULL_DAY = re.compile(rf"\b(?:{_MONTH}\s+\d{{1,2}},?\s+(?P<y1>(?:19|20)\d\d)|\d{{1,2}}\s+{_MONTH}\s+"
                       rf"(?P<y2>(?:19|20)\d\d))\b")

_LOST_AMPERSAND = re.compile(r"\s+&?amp;\s+")
# A competition's name in a dateline's brackets, as a sports wire credits the event it covers where an agency's name
# stands ("LA CORUNA, November 3 (Champions League) -", "(Davis Cup)", "(US Open)"): a competition is named by its
# kind, its last word, which no agency's name ends with (an agency's ends with its own name, "Reuters", "Itar-Tass",
# or with a newsroom's word, "Sports Network", "IDG News Service"). A day, a number or a comma in the brackets is a
# place's or an update's ("(Buffalo, NY, October 18, 2004)", "(UPDATE 2)"), no agency's either. A round of a
# competition names its kind before its own last word ("(World Cup qualifier)", "(Asian Cup semi-final)"): a kind
# anywhere in the brackets is a competition's, as no agency's name holds one
_COMPETITION_KINDS = frozenset({"league", "cup", "open", "championship", "championships", "games", "olympics",
                                "trophy", "series", "tour", "classic", "masters", "final", "finals", "prix",
                                "tournament", "derby", "bowl", "slam", "rally", "marathon"})


class WireAgency(NamedTuple):
    """A wire dateline's agency in brackets (None where the brackets name no agency, a competition) and its day
    without a year (as written), if it writes one."""

    agency: str | None
    day: str | None


def wire_agency(line: str) -> WireAgency | None:
    """Return the agency a line's opening wire dateline names in brackets, and its day where it writes no year.

    >>> wire_agency("BUCHAREST, March 3 (Reuters) - Rail workers struck.")
    WireAgency(agency='Reuters', day='March 3')
    >>> wire_agency("LONDON, March 5, 2024 (Reuters) - Oil rose."), wire_agency("Bucharest (Reuters) - It rained.")
    (WireAgency(agency='Reuters', day=None), None)
    >>> wire_agency("LA CORUNA, November 3 (Champions League) - Deportivo lost.")
    WireAgency(agency=None, day='November 3')
    >>> wire_agency("Reuters - Stocks rose.")
    WireAgency(agency='Reuters', day=None)
    """
    if (lead := _lead_agency(line)) is not None:
        return WireAgency(lead, None)
    if "(" not in line[:80]:
        return None
    match = _AGENCY_DATELINE.match(line)
    if match is None:
        return None
    agency = match["agency"].strip()
    yearless = match["day"] if match["day"] is not None and wire_dateline_day(line) is None else None
    # an ampersand escaped and its "&" lost, as AG News writes it ("Masnet  amp; News Agencies"): "&" again
    # a competition's name is no agency's, the day before it still the story's (`_is_agency`)
    venue = _is_venue(agency, match["place"], line[match.end():])
    return WireAgency(None if venue or not _is_agency(agency) else _LOST_AMPERSAND.sub(" & ", _sender(agency)).strip(),
                      yearless)


# An agency's name alone and a dash opening a story, no place and no brackets, as AG News's wire stories open ("Reuters
# - Stocks rose ...", "AP - ...", "AFP - ..."): the agency sent it. Only an agency known by its name alone: a place
# ("London - ", "NEW YORK - ") or any other name before a dash is a dateline's or a sentence's
_LEAD_DASH = " - "
_LEAD_NAME_CHARACTERS = 25  # an agency's name before its dash at most ("Agence France-Presse")


def _lead_agency(line: str) -> str | None:
    """Return the agency a story's line opens with before a dash, no place and no brackets, else None.

    >>> _lead_agency("Reuters - Stocks rose."), _lead_agency("London - Stocks rose."), _lead_agency("Stocks rose.")
    ('Reuters', None, None)
    """
    dash = line.find(_LEAD_DASH, 0, _LEAD_NAME_CHARACTERS + len(_LEAD_DASH))
    return line[:dash] if dash > 0 and is_named_agency(line[:dash]) else None


def _sender(agency: str) -> str:
    """Return the agency that sent a story of a dateline's brackets: an agency known by its name before a slash is the
    sender, its partner after it ("Reuters/Ipsos", a poll's pollster; "AP/NORC"); a site's own name stays whole.

    >>> _sender("Reuters/Ipsos"), _sender("CNN/Money"), _sender("Reuters")
    ('Reuters', 'CNN/Money', 'Reuters')
    """
    # only an agency known by its name alone parts: "CNN/Money" (AG News's business desk) was one site's name
    first, slash, _ = agency.partition("/")
    return first if slash and is_named_agency(first) else agency


# A news desk's heading in a dateline's brackets, one word alone, as a paper's section files its story ("LONDON
# (Sport) - Chelsea won.", "(Business)", "(Politics)"): a section of a site, no agency. Only the one word: a desk's
# word in an agency's name stays an agency's ("Sports Network", "IDG News Service"), and an outlet named by a common
# word ("Nation", "Post", "Money" as CNN/Money's, "Ticker") is none of these
_DESKS = frozenset({"sport", "sports", "business", "world", "politics", "health", "technology", "tech", "science",
                    "entertainment", "markets", "finance", "economy", "culture", "arts", "lifestyle", "travel",
                    "opinion", "education", "environment", "climate", "weather", "metro", "local", "national",
                    "international", "news"})


def _is_agency(name: str) -> bool:
    """Return whether a dateline's bracketed name is shaped as an agency's: no digit, no comma, no competition's kind,
    no desk's heading.

    >>> _is_agency("Sports Network"), _is_agency("Champions League"), _is_agency("UPDATE 2")
    (True, False, False)
    >>> _is_agency("World Cup qualifier"), _is_agency("Asian Cup semi-final"), _is_agency("Itar-Tass")
    (False, False, True)
    >>> _is_agency("Sport"), _is_agency("Ticker")
    (False, True)
    """
    if any(character.isdigit() or character == "," for character in name) or name.casefold() in _DESKS:
        return False
    return _COMPETITION_KINDS.isdisjoint(word.casefold() for word in re.split(r"[\s-]+", name))


# A venue's kind, the last word of a ground's name ("(Croke Park)", "(Old Trafford)" has none, "(Madison Square
# Garden)", "(Eden Gardens)", "(Yankee Stadium)"): no agency's name ends with one, as none ends with a competition's
_VENUE_KINDS = frozenset({"park", "stadium", "arena", "oval", "garden", "gardens", "field", "ground", "grounds",
                          "lane", "bridge", "course", "links", "circuit", "speedway", "raceway", "racecourse",
                          "velodrome", "dome", "coliseum", "colosseum"})


def _is_venue(name: str, place: str = "", lead: str = "") -> bool:
    """Return whether a dateline's bracketed name is a venue's, as a sports wire names where it reports from ("LONDON
    (Wimbledon) -", "DUBLIN (Croke Park) -", "PARIS (Roland Garros) - ... at Roland Garros"): no agency's.

    >>> _is_venue("Wimbledon", "LONDON"), _is_venue("Time", "NEW YORK"), _is_venue("Croke Park", "DUBLIN")
    (True, False, True)
    >>> _is_venue("Lord's", "LONDON", "England won at Lord's on Sunday."), _is_venue("Lord's", "LONDON", "It rained.")
    (True, False)
    >>> _is_venue("Xinhua", "BEIJING"), _is_venue("KUNA", "KUWAIT CITY"), _is_venue("Sports Network", "NEW YORK")
    (False, False, False)
    """
    # initials in capitals are an agency's ("KUNA"), and an agency known by its name is one ("Xinhua" is a town too)
    if name.isupper() or is_named_agency(name):
        return False
    if name.split()[-1].casefold() in _VENUE_KINDS:
        return True
    # the story's own lead names a ground it reports from after "at" or "in" ("... at Lord's on Sunday"), as no
    # story names its agency: a venue the gazetteer lacks, as most grounds are
    if any(f" {word} {name}" in f" {lead}" for word in ("at", "in", "at the", "in the")):
        return True
    # a sports story's lead (a score, "24-10", or a match's word) under a ground's name is a ground's dateline
    # ("LONDON (Lord's) - England beat India by five wickets", "(Twickenham) - England beat Wales 24-10"). Sports
    # wires sign such stories too ("(Ticker)", SportsTicker's; "(Sports Network)"), so the name must be shaped as a
    # ground's: a founder's possessive ("Lord's", "St James' Park") or a town's ending ("Twickenham", "Headingley",
    # "Edgbaston", "Murrayfield"), as no agency's name is
    if not is_outlet(name) and _is_ground_name(name) and _is_match_report(lead):
        return True
    # a town of the gazetteer is a venue only in the dateline's own country ("LONDON (Wimbledon)", "ATLANTA
    # (Augusta)"): a name that is a word or an outlet's too is a town somewhere ("NEW YORK (Time)": Time is Norway's),
    # and a sports wire's venue lies near its dateline's town; a dateline the gazetteer lacks places no venue
    countries = place_countries(place)
    return any(p.country_code in countries for p in places_named(name))


# A score ("24-10", "1-1"), no longer number's part ("2024-03-05"), or a match's own word, in a lead's first sentence
_SCORE = re.compile(r"(?<![\d-])\d{1,3}[-–]\d{1,3}(?![\d-])")
_MATCH_WORDS = frozenset({"match", "matches", "wicket", "wickets", "innings", "goal", "goals", "touchdown",
                          "touchdowns", "half-time", "halftime", "inning"})
_LEAD_SENTENCE = 240  # a lead's first sentence at most: a later one's score is no dateline's


# The endings of English towns' names, which grounds take from their towns ("Twickenham", "Headingley", "Edgbaston")
_TOWN_ENDINGS = ("ham", "field", "ley", "ton", "don", "ford", "bury", "borough", "brough", "wick", "mouth", "chester")


def _is_ground_name(name: str) -> bool:
    """Return whether a bracketed name is shaped as a ground's: a possessive, or a town's ending on its last word.

    >>> _is_ground_name("Lord's"), _is_ground_name("Twickenham"), _is_ground_name("Ticker"), _is_ground_name("Masnet")
    (True, True, False, False)
    """
    last = name.split()[-1]
    return last.endswith(("'s", "s'", "’s")) or last.casefold().endswith(_TOWN_ENDINGS)


def _is_match_report(lead: str) -> bool:
    """Return whether a story's lead sentence reports a match: a score, or a match's word.

    >>> _is_match_report("England beat Wales 24-10 on Saturday."), _is_match_report("Shares rose 2 percent.")
    (True, False)
    """
    sentence = lead[:_LEAD_SENTENCE].partition(". ")[0]
    return _SCORE.search(sentence) is not None or not _MATCH_WORDS.isdisjoint(
        word.strip(".,;:'\"()").casefold() for word in sentence.split())


def text_years(text: str) -> Iterator[tuple[str, int]]:
    """Yield each day a text writes in full with its year (as written, and the year), in order.

    >>> list(text_years("Talks ended on February 27, 2026 and on 3 March 2026."))
    [('February 27, 2026', 2026), ('3 March 2026', 2026)]
    """
    for match in _FULL_DAY.finditer(text):
        yield match[0], int(match["y1"] or match["y2"])


def wire_dateline_day(line: str) -> str | None:
    """Return the day a line's opening wire dateline writes, as written, else None.

    >>> wire_dateline_day("LONDON, March 5, 2024 (Reuters) - Oil rose."), wire_dateline_day("TOKYO, March 5 (AP) -")
    ('March 5, 2024', None)
    """
    wire = "--(" in line  # Business Wire's, the few lines that may be one
    match = _DATELINE.match(line) or (_WIRE_DATELINE.match(line) if wire else None)
    return match["date"] if match is not None else None
