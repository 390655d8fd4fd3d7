"""Time zones as date values write them, for dateutil: abbreviations (`ZONES`), offsets after GMT or UTC,
zone names after an offset, and a value rewritten so that dateutil reads its zone and time as meant.

dateutil knows the abbreviations UTC and GMT only, reads "GMT+3" the POSIX way (three hours west),
and takes a zone's name in capitals only; `zone_of` (its `tzinfos`) and `plain_date_text` make up for
each. `parse_date` (transforms/formats/dates.py) reads every date value through them.
"""

from __future__ import annotations

import re

_HOUR = 3600
# Time-zone abbreviations news exports write, as UTC offsets in seconds (or, for the generic US
# zones, the zone itself: "ET" is EDT in summer). dateutil knows UTC and GMT only, and read any other
# as no zone at all (UTC): "4:45 PM EST" was 16:45 UTC, not 21:45. Where an abbreviation has several
# meanings, the one English-language news means most often (CST: US Central, BST: British Summer
# Time). IST (India, Ireland, Israel), AST (Atlantic, Arabia) and any other word that reads as a zone
# abbreviation (`_ZONE_LIKE`, or capitals after a time: "10:30 XYZ") leave the date unread, with its note,
# rather than hours off; a word that does not ("A.M.", "noon", "local", "HRS") is no zone, as dateutil reads it.
ZONES: dict[str, int | str] = {
    "UT": 0, "Z": 0, "WET": 0, "WEST": _HOUR, "BST": _HOUR,
    "CET": _HOUR, "CEST": 2 * _HOUR, "MET": _HOUR, "MEST": 2 * _HOUR, "MEZ": _HOUR, "MESZ": 2 * _HOUR,
    "EET": 2 * _HOUR, "EEST": 3 * _HOUR, "MSK": 3 * _HOUR,
    "WAT": _HOUR, "CAT": 2 * _HOUR, "SAST": 2 * _HOUR, "EAT": 3 * _HOUR,
    "EST": -5 * _HOUR, "EDT": -4 * _HOUR, "CST": -6 * _HOUR, "CDT": -5 * _HOUR, "MST": -7 * _HOUR,
    "MDT": -6 * _HOUR, "PST": -8 * _HOUR, "PDT": -7 * _HOUR, "AKST": -9 * _HOUR, "AKDT": -8 * _HOUR,
    "HST": -10 * _HOUR, "BRT": -3 * _HOUR,
    "ET": "America/New_York", "CT": "America/Chicago", "MT": "America/Denver", "PT": "America/Los_Angeles",
    "PKT": 5 * _HOUR, "ICT": 7 * _HOUR, "WIB": 7 * _HOUR,
    "JST": 9 * _HOUR, "KST": 9 * _HOUR, "HKT": 8 * _HOUR, "SGT": 8 * _HOUR, "PHT": 8 * _HOUR,
    "AWST": 8 * _HOUR, "ACST": 9 * _HOUR + 1800, "ACDT": 10 * _HOUR + 1800, "AEST": 10 * _HOUR,
    "AEDT": 11 * _HOUR, "NZST": 12 * _HOUR, "NZDT": 13 * _HOUR,
}
# Reads as a zone abbreviation: two to five capitals ending in T (IST, AST, HKST, ...).
_ZONE_LIKE = re.compile(r"[A-Z]{1,4}T")
# Words of capitals after a time that name no zone: "1030 HRS", as Indian and military dispatches write the hour.
# Any other word of two to five capitals there (dateutil hands only such words over as a zone's name) is a zone
# `ZONES` does not know ("10:30 XYZ"): the value is unread, as IST's is, and as a page's byline leaves it
# (`byline_dates`); it was read as UTC, hours off.
_NOT_ZONES = frozenset({"HRS", "HR", "UHR"})


class UnknownZone(ValueError):
    """A zone abbreviation `ZONES` does not hold."""


def zone_of(name: str | None, offset: int | None) -> object:
    """Return the zone of a parsed value for dateutil (`tzinfos` as a function: no global warning
    filter, which threads would share): its numeric offset, an abbreviation of `ZONES`, or none."""
    from dateutil import tz

    if offset is not None:
        return tz.UTC if offset == 0 else tz.tzoffset(name, offset)
    if name is None:
        return None
    zone = ZONES.get(name)
    if isinstance(zone, str):
        return tz.gettz(zone)
    if zone is not None:
        return tz.UTC if zone == 0 else tz.tzoffset(name, zone)
    if _ZONE_LIKE.fullmatch(name) or (len(name) > 1 and name not in _NOT_ZONES):
        raise UnknownZone(name)
    return None


# An offset written after GMT or UTC ("GMT+0100", "UTC+01:00", "GMT -5"): the zone's offset east of
# UTC, as ISO 8601 and JavaScript's Date.toString() mean it. dateutil reads "GMT+3" the POSIX way
# (three hours west), so 10:00 GMT+0100 was 11:00 UTC; the offset alone is passed to it instead.
# In brackets too, as Vietnamese sites write it after the time ("14:30 (GMT+7)", which dateutil read as no date).
_NAMED_OFFSET = re.compile(r"\(?\b(?:GMT|UTC|UT)\s?([+-])(\d{1,2})(?::?(\d{2}))?(?![\d:])\)?")
# The zone's name in brackets after an offset, as Date.toString() writes it: "GMT+0100 (Central
# European Standard Time)", or Java's ZonedDateTime.toString() (RFC 9557): "+01:00[Europe/Paris]",
# "Z[UTC]". The offset says it all; dateutil reads no value with the name. (A name without an offset
# stays unread: read as UTC it would be hours off.)
_NAMED_AFTER_OFFSET = re.compile(r"([+-]\d{2}:?\d{2}|Z)\s*(?:\([^()]*\)|\[[^\[\]]*\])\s*$")
# A time of day with a dot after the year, as the Guardian writes it ("3 December 2026 09.15 GMT",
# "9.15am"), or Swedish and Finnish after their "at" ("5 mars 2024 kl. 14.20", "5.3.2024 klo 14.20", which was
# unread); a day.month.year date ("12.03.24") has a dot after its second number, and is left alone.
_DOTTED_TIME = re.compile(r"(\d{4},?\s+(?:kl\.?\s*|klo\s+)?)(\d{1,2})\.(\d{2})(?![\d.])")

# A zone's name after a time of day, in any case ("10:15 gmt", "4:45 pm est", "10:15:00z"): dateutil takes
# only capitals for a zone's name, and a feed's "Tue, 5 Mar 2024 10:15 gmt" was unread. Only the names
# `ZONES` and dateutil know are written in capitals: another word after a time ("10:15 at") stays as it is.
# A zone in brackets after the time, as many bylines write it ("Tuesday, March 5, 2024 14:20 (JST)"), is the same
# zone: dateutil read no such value, and a page's byline was then dated by htmldate's reading of it, 14:20 UTC.
# An abbreviation that reads as a zone but is not one of `ZONES` (IST) stays unread, bracketed or not.
_ZONE_AFTER_TIME = re.compile(
    r"(\d[:.]\d{2}(?:[:.]\d{2}(?:[.,]\d+)?)?\s*(?:[AaPp]\.?[Mm]\.?\s*)?)(?:\(([A-Za-z]{1,5})\)|([A-Za-z]{1,5})\b)"
)
_UTC_NAMES = frozenset({"GMT", "UTC"})
# A bar between a date and its time, as blog themes write a post's ("March 5, 2024 | 2:20 pm", "2:20 pm EST | March 5,
# 2024"): no part of the date.
_BAR = re.compile(r"\s+\|\s+")


def _zone_in_capitals(match: re.Match[str]) -> str:
    written = match[2] or match[3]
    name = written.upper()
    if name in ZONES or name in _UTC_NAMES or (match[2] and _ZONE_LIKE.fullmatch(name)):
        return match[1] + name
    return match[0]


def plain_date_text(value: str) -> str:
    """Return a date value in a form dateutil reads as it is meant (`_ZONE_AFTER_TIME`, `_NAMED_OFFSET`,
    `_NAMED_AFTER_OFFSET`, `_DOTTED_TIME`).

    >>> plain_date_text("Thu Dec 03 2026 10:00:00 GMT+0100 (Central European Standard Time)")
    'Thu Dec 03 2026 10:00:00 +01:00'
    >>> plain_date_text("Thursday 3 December 2026 09.15 GMT")
    'Thursday 3 December 2026 09:15 GMT'
    >>> plain_date_text("Tue, 5 Mar 2024 10:15 gmt"), plain_date_text("5 Mar 2024 4:45 pm Est")
    ('Tue, 5 Mar 2024 10:15 GMT', '5 Mar 2024 4:45 pm EST')
    >>> plain_date_text("5 Mar 2024 10:15 at noon")
    '5 Mar 2024 10:15 at noon'
    >>> plain_date_text("Tuesday, March 5, 2024 14:20 (JST)"), plain_date_text("March 5, 2024 | 2:20 pm")
    ('Tuesday, March 5, 2024 14:20 JST', 'March 5, 2024 2:20 pm')
    >>> plain_date_text("14:20 jst | March 5, 2024"), plain_date_text("4/12/2025, 14:30 (GMT+7)")
    ('14:20 JST March 5, 2024', '4/12/2025, 14:30 +07:00')
    """
    if "|" in value:
        value = _BAR.sub(" ", value)
    value = _ZONE_AFTER_TIME.sub(_zone_in_capitals, value)
    value = _NAMED_OFFSET.sub(lambda m: f"{m[1]}{int(m[2]):02d}:{m[3] or '00'}", value.strip())
    value = _NAMED_AFTER_OFFSET.sub(r"\1", value)
    return _DOTTED_TIME.sub(r"\1\2:\3", value)


# IST where the page's language or region says which: India's (+05:30) on a page in one of India's languages or of
# its region ("hi", "en-IN"), Israel's standard time (+02:00) in Hebrew or Israel's, Irish Standard Time (+01:00, the
# summer's) in Irish or Ireland's. A Hindi page's byline "5 मार्च 2026, 08:45 IST" was undated: IST alone stays unread.
_IST_OFFSETS = (
    (frozenset("hi bn ta te mr gu kn ml pa or as ne".split()) | {"in"}, "+05:30"),
    (frozenset({"he", "iw", "il"}), "+02:00"),
    (frozenset({"ga", "ie"}), "+01:00"),
)
_IST = re.compile(r"(\d\s*(?:[AaPp]\.?[Mm]\.?\s*)?)\(?IST\)?(?![\w])")  # after a time ("08:45 IST", "11:30 AM IST")


def page_ist(value: str, language: str) -> str:
    """Return a byline's date with its IST as the offset its page's language or region means (`_IST_OFFSETS`), else
    as it is.

    >>> page_ist("5 March 2026, 08:45 IST", "hi"), page_ist("5 March 2026, 08:45 IST", "en-IE")
    ('5 March 2026, 08:45 +05:30', '5 March 2026, 08:45 +01:00')
    >>> page_ist("12 January 2026 | 11:30 AM IST", "hi")
    '12 January 2026 | 11:30 AM +05:30'
    >>> page_ist("5 March 2026, 08:45 IST", "en"), page_ist("5 March 2026, 08:45 GMT", "hi")
    ('5 March 2026, 08:45 IST', '5 March 2026, 08:45 GMT')
    """
    if "IST" not in value:  # the cheap test first
        return value
    parts = {part.lower() for part in re.split(r"[-_]", language.strip()) if part}
    offset = next((offset for codes, offset in _IST_OFFSETS if parts & codes), None)
    return value if offset is None else _IST.sub(rf"\g<1>{offset}", value)
