"""A day as a text's head writes it: alone ("5 March 2024"), after a label ("Published: 2024-03-05"), beside an
update's ("Published ... | Updated ..."), in a byline's line ("Posted by Jane Doe on 5 March 2024"); `txt_dates` reads
the head's lines with these."""

from __future__ import annotations

import re
from datetime import datetime

from transforms.formats.author_dates import is_date
from transforms.formats.date_lines import date_line
from transforms.formats.dates import UnparsedDate
from transforms.formats.numeric_dates import date_in_order
from transforms.formats.txt_bylines import byline_parts

LABEL_LINE = re.compile(
    r"(?:(?:first\s+)?published(?:\s+on)?|posted(?:\s+on)?|dated?|publication\s+date|publié\s+le|veröffentlicht\s+am"
    r"|publicado\s+el|pubblicato\s+il|gepubliceerd\s+op)\s*[:\-–—]?\s*(?P<date>\d[^\n]{4,60}|[^\W\d][^\n]{5,60})",
    re.IGNORECASE,
)
# An update's line, the modified date and not the published one ("Updated: 6 March 2024 09:15 GMT", "Last updated
# on ...", "Mis à jour le", "Aktualisiert am", "Actualizado el", "Aggiornato il", "Bijgewerkt op"): no paragraph of the
# article (it stayed one), and its date the text's only where its head writes no other, as a page's modification
# date is (`modified_dates`)
UPDATE_LINE = re.compile(
    r"(?:last\s+)?(?:updated|modified|mis\s+à\s+jour(?:\s+le)?|aktualisiert(?:\s+am)?|actualizado(?:\s+el)?"
    r"|aggiornato(?:\s+il)?|bijgewerkt(?:\s+op)?)(?:\s+on)?\s*[:\-–—]?\s*(?P<date>\d[^\n]{4,60}|[^\W\d][^\n]{5,60})",
    re.IGNORECASE,
)
# How `UPDATE_LINE`'s labels open: a cheap check of each line of a head before the pattern's
UPDATE_OPENINGS = ("upda", "modi", "last", "mis ", "aktu", "actu", "aggi", "bijg")

_DIGITS = re.compile(r"\d+")
# Figures alone, parted by commas or spaces and no other mark or word: a number, or several, and no day
_FIGURES = re.compile(r"\s*\d+(?:[,\s]+\d+)+\s*")

# A time and a zone's capitals ending a day's line ("March 05, 2024 10:14 pm IST", "5 March 2024, 10:14 AST"): what
# is left without them is the day
_TIME_IN_ZONE = re.compile(r"[,\s]+(?:at\s+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?\s+[A-Z]{2,5}\s*$",
                           re.IGNORECASE)

# A dateline's city or a section's name after a day and a dash, as a page prints them under its headline ("Mar 5, 2024
# - Economy" as Axios does, "March 05, 2024 - Chennai", The Hindu's "... IST - CHENNAI"): one to three words, each in a
# name's case or in capitals, and nothing after them. A sentence after the dash has a word in lower case ("- the day
# the strike ended", "- Chennai beat Mumbai"), a headline in capitals more words; a city and a section read alike, so
# neither is taken for the story's place
_LABEL_AFTER_DAY = re.compile(r"\s+[-–—]\s+[A-Z][\w.'’]*(?:\s(?:&\s)?[A-Z][\w.'’]*){0,2}$")
# A spaced dash, which every such label follows: looked for in C first, since a head's lines are mostly a story's
# sentences without one, and the digit test below is a Python step per character (about 6 of a batch's ms on them).
# Its dash is the pattern's first item and the spaces looked around for from it: a pattern opening with `\s` is tried
# at each character, one opening with a class of three is scanned for them (half the cost on a head's long lines);
# a line without a dash at all, most, is not searched (`without_label`).
_SPACED_DASH = re.compile(r"[-–—](?<=\s.)(?=\s)")


def without_label(line: str) -> str:
    """Return a head's line without the city or the section its day's dash leads to, else the line.

    >>> without_label("Mar 5, 2024 - Economy"), without_label("March 05, 2024 - the day the strike ended")
    ('Mar 5, 2024', 'March 05, 2024 - the day the strike ended')
    """
    if not ("-" in line or "–" in line or "—" in line) or not _SPACED_DASH.search(line) \
            or not any(c.isdigit() for c in line):
        return line
    return _LABEL_AFTER_DAY.sub("", line)


# What parts a head's line of two labelled days: a bar, a middle dot, a bullet
PARTS = re.compile(r"\s[|·•]\s")


def labelled_days(line: str) -> tuple[datetime | None, datetime | None] | None:
    """Return the published and the updated day of a line of labelled days parted by a bar or a dot ("Published 3
    February 2026 | Updated 4 February 2026", in either order), else None: each part must be a label's and its day.

    >>> labelled_days("Published: 12 January 2026 | Updated: 13 January 2026")[1].day
    13
    >>> labelled_days("Updated 4 Feb 2026 · Published 3 Feb 2026")[0].day, labelled_days("Published 3 May | Opinion")
    (3, None)
    """
    published: datetime | None = None
    updated: datetime | None = None
    for part in PARTS.split(line):
        if published is None and (match := LABEL_LINE.fullmatch(part.strip())) and (day := head_day(match["date"])):
            published = day
        elif updated is None and (match := UPDATE_LINE.fullmatch(part.strip())) and (day := head_day(match["date"])):
            updated = day
        else:
            return None
    return published, updated


def dated_byline(line: str) -> tuple[datetime, tuple[str, ...]] | None:
    """Return the day and the names of a byline line that writes both ("Posted by Jane Doe on 5 March 2024"), else
    None."""
    if (parts := byline_parts(line)) is None:
        return _comma_dated_byline(line)
    if (moment := head_day(parts[1])) is None:
        # the day one of the line's parts after its names: "Madrid | 22 ene 2026", "Jan 22, 2026 · 4 min read"
        moment = next((day for part in PARTS.split(parts[1]) if (day := head_day(part)) is not None), None)
        if moment is None:
            return None
    from transforms.formats.record_authors import authors_of  # a byline's names: the few files that write one

    names = authors_of(parts[0])
    return (moment, names) if names else None


def _comma_dated_byline(line: str) -> tuple[datetime, tuple[str, ...]] | None:
    """Return the day and the names of a byline whose day follows its names after a comma ("By Jane Doe, March 20,
    2024", "By Jane Doe, Political Editor, 20 March 2024"), else None.

    A comma parts a byline's names from their roles and places too ("By Jane Doe, Political Editor"), so the day is
    no part the line's regex can take: the line is cut at each comma from the left, and the first tail that is a
    day alone (`head_day`, nothing after it but its time) is the date, the words before it a byline without its day
    (`undated_names`: its roles left out, a sentence's "By Tuesday, March 5, 2024, the strike ..." no names).

    >>> _comma_dated_byline("By Jane Doe, Political Editor, March 20, 2024")[1]
    ('Jane Doe',)
    >>> _comma_dated_byline("By Tuesday, March 5, 2024, the strike was over") is None
    True
    """
    if not line[:3].lower() == "by " or "," not in line or not any(c.isdigit() for c in line):
        return None
    from transforms.formats.txt_bylines import undated_names  # a byline's names without its day

    for comma in (index for index, character in enumerate(line) if character == ","):
        if (moment := head_day(line[comma + 1:].strip())) is not None:
            names = undated_names(line[:comma].strip())
            return (moment, names) if names else None
    return None


def head_day(written: str) -> datetime | None:
    """Return a date that names its day and its year ("March 2024" is no day) in an order it makes plain, else None.

    A line of figures alone ("1,375", "9,796", "12 2024": an attendance, a tally) names no day: the date parser read
    "1,375" as 1 January 375 and "9,796" as September 796. A year before 1000 is none either.

    >>> head_day("5 March 2024").date().isoformat(), head_day("2024-03-05").date().isoformat()
    ('2024-03-05', '2024-03-05')
    >>> head_day("05.03.2024").day
    5
    >>> [head_day(line) for line in ("1,375", "9,796", "12 2024", "5, 2024", "1 375", "March 2024")]
    [None, None, None, None, None, None]
    >>> head_day("20240305").day, head_day("Published: 1,375") is None
    (5, True)
    >>> head_day("March 05, 2024 22:14 IST").isoformat()  # IST is three zones: the day, its time unread
    '2024-03-05T00:00:00+00:00'
    """
    if len(_DIGITS.findall(written)) < 2 and not re.search(r"\d{8}", written) or _FIGURES.fullmatch(written):
        return None
    written, day_first = date_line(written)  # "December 3, 20264:12 PM GMT", "3 Dec 2026 • 4:12pm" (`date_lines`)
    try:  # dotted, day first (05.03.2024); 05/03/2024, whose order nothing in a text file says (its zone may), no date
        read = date_in_order(written.strip().rstrip("."), day_first)
    except UnparsedDate as unread:
        # A zone that names several ("IST": India's, Ireland's, Israel's) leaves its time unread, hours off either way
        # (`zone_names`); the day as the head writes it is still the text's, as a day written without a time is
        if "time zone" not in str(unread) or not (day := _TIME_IN_ZONE.sub("", written.strip())) or day == written:
            return None
        return head_day(day)
    if read.ambiguous is not None or read.moment is None or read.moment.year < 1000:
        return None
    return read.moment


def in_days(lines: list[str], index: int) -> bool:
    """Return whether a day alone is one of a list of days: the line written before or after it is a day alone too
    ("Key dates" over "5 March 2024" and "12 March 2024", a Markdown list's items; the first was read as the text's
    date, and cut).

    >>> in_days(["Key dates", "5 March 2024", "", "12 March 2024"], 3), in_days(["Rates rise", "5 March 2024", ""], 1)
    (True, False)
    """
    before = next((line.strip() for line in reversed(lines[:index]) if line.strip()), "")
    after = next((line.strip() for line in lines[index + 1:] if line.strip()), "")
    return any(is_date(line) and not UPDATE_LINE.match(line) and head_day(line) is not None for line in (before, after))
