"""The date a page's byline or dateline writes in words near its headline, where htmldate reads none.

htmldate, in the fast search themelake asks of it, reads a date in the text of an element only in a few
forms: a page whose one date was "Updated 14:32 BST, 5 March 2024" in its byline stayed undated, and one
whose dateline said "Published 5 March 2024, 14:32 GMT" was dated the day without its time. Such a date is
read here with its time and zone, as a records file's is (`dates.parse_date`), from a short element between
the headline (the page's first <h1> outside the parts around its article) and the article's text: never
from another story's teaser (a link, another <article>, after a subheading), a sidebar or the masthead
(`headline_elements` finds them), nor from a sentence of the article's text. A date below the headline wins
over one above it in its box (a masthead's today beside the <h1> in one <header>), and a byline's publication
date over a day htmldate found elsewhere in the page's body (that masthead's, or a slash date it read day first):
`byline_choice` chooses.

A date with slashes ("05/03/2024") is read where its order is clear: a day over 12 ("25/03/2024",
"03/25/2024"), else the order the page's language writes (`<html lang>`: `slash_orders`);
the article's metadata notes that choice (`date_order`). One whose order nothing says is not read.
"""

from __future__ import annotations

import re
from datetime import datetime
from functools import cache
from typing import Any, NamedTuple

from transforms.formats.cjk_dates import CJK_DAY
from transforms.formats.dates import UnparsedDate, parse_date
from transforms.formats.headline_elements import MAX_WORDS, cues, in_other_part, near_headline
from transforms.formats.html_blocks import clean_text
from transforms.formats.listopad_dates import listopad_month
from transforms.formats.month_names import month_names
from transforms.formats.script_dates import latin_date_text
from transforms.formats.side_dates import side_parts
from transforms.formats.slash_orders import slash_order, zone_order
from transforms.formats.zone_names import page_ist

# An element whose class, id or itemprop names what it holds: a date, a byline, a dateline, the article's meta.
_CUE = re.compile(r"date|time|byline|dateline|meta|publish|posted|updated|stamp|info|credit", re.IGNORECASE)
# A sentence of the article that names a day ("The council met on 5 March 2024 to ...") is longer than a byline
# (`MAX_WORDS`), or has no cue and more words beside its date than a weekday and a label.
_MAX_OTHER_WORDS = 3
# An update's and a publication's labels, in English and as French, German, Spanish, Italian, Portuguese and Dutch
# pages write them ("Mis à jour le 6 mars 2024 à 09h15" above "Publié le 5 mars ...": the update dated the page).
_UPDATE_WORDS = (r"updated|modified|edited|revised|mis\s+à\s+jour|actualisé|aktualisiert|geändert|actualizado"
                 r"|aggiornato|atualizado|bijgewerkt|수정")  # and Korean's ("입력 2025.10.20 14:05 수정 ...")
_PUBLISH_WORDS = r"published|posted|publié|veröffentlicht|publicado|pubblicato|gepubliceerd|입력|기사입력"
_UPDATED = re.compile(rf"\b(?:{_UPDATE_WORDS})\b[^\d]{{0,20}}$", re.IGNORECASE)
_LABEL = re.compile(rf"^\W*(?:(?:first|last)\s+)?(?:{_PUBLISH_WORDS}|{_UPDATE_WORDS})\b", re.IGNORECASE)
# What makes a short date near the headline the byline's, whose publication date wins over a day htmldate
# found in the body: its element's class, id or itemprop, a <time>, a label ("Published"), or "By" and a name.
# A standfirst's or an event's date ("From 2 January 2025") is none of these: htmldate's day stands.
_BYLINE_CUE = re.compile(r"date|time|byline|dateline|meta|publish|posted|stamp", re.IGNORECASE)
_BY_NAME = re.compile(r"(?:^|[^\w])By\s+\w")


class Dateline(NamedTuple):
    """A date a page's byline writes, in UTC, whether it says it is an update's ("Updated ..."), and whether it
    writes a time of day."""

    moment: datetime
    updated: bool
    timed: bool = True
    order: str | None = None  # the order a date with slashes was read in, where the page's language chose it
    byline: bool = True  # its element says it is a byline or dateline (`_BYLINE_CUE`, a label, "By" a name)
    zoned: bool = False  # its time writes its zone ("09:00 GMT", "14:20 (JST)", "14:20+01:00"): no other is its


def byline_date(tree: Any) -> Dateline | None:
    """Return the date a page's (lxml) byline or dateline writes near its headline: a publication's
    before an update's, else the first; None when none is written there.

    >>> from lxml import html
    >>> byline_date(html.fromstring('<html><body><article><h1>Rail fares</h1><p class="byline">By Jo Lee | '
    ...     'Updated 14:32 BST, 5 March 2024</p><p>Fares rise.</p></article></body></html>'))[:3]
    (datetime.datetime(2024, 3, 5, 13, 32, tzinfo=datetime.timezone.utc), True, True)
    >>> byline_date(html.fromstring('<html><body><h1>Rail fares</h1><p>The council met on 5 March 2024 to '
    ...     'agree the rise in fares for the coming year.</p></body></html>')) is None
    True
    """
    datelines, below = [], []
    language = (tree.get("lang") or "").strip()
    elements, above = near_headline(tree)
    for element in elements:
        text = latin_date_text(clean_text(_broken_text(element)))  # Arabic's or Hindi's in English words
        if len(text.split()) > MAX_WORDS:
            continue
        # a publication's day and its update's labelled one ("05 Mar 2024 08:15PM (Updated: 05 Mar 2024 09:30PM)" as
        # CNA prints them): the words beside both dates, none of them (each was the other's words, too many for a
        # byline). Two days without an update's label ("From 5 March 2024 to 9 March 2024") are an event's: each
        # date's own words
        matches = list(_date_expression().finditer(text))
        updated = len(matches) > 1 and any(_UPDATED.search(text[: match.start()]) for match in matches[1:])
        beside = len(_without_labels(_date_expression().sub(" ", text)).split())
        for match in matches:
            before = text[: match.start()]
            other = beside if updated else len(_without_labels(before + " " + text[match.end():]).split())
            if not _CUE.search(cues(element)) and other > _MAX_OTHER_WORDS and not _LABEL.search(before):
                continue
            # a date with dots is written day first (05.03.2024: 5 March), as German, Dutch and Nordic sites do
            day_first, order = (True, None) if match["dotted"] else slash_order(match["slashed"], language)
            if day_first is None:  # "03/05/2024 06:00 AM EST" on an "en" page: its time's zone says its order
                day_first, order = zone_order(match["slashed"], match["after"] or match["before"])
            if day_first is None:  # 05/03/2024 on a page that says no order: 5 March or 3 May, nothing says
                continue
            timed = match["before"] is not None or match["after"] is not None
            try:
                written = listopad_month(match.group(0), text, language, tree.text_content)  # October or November
                written = page_ist(written, language)  # India's, Israel's or Ireland's, as the page's language says
                moment = parse_date(written, dayfirst=day_first)
            except UnparsedDate as unread:
                # a zone of several meanings the page's language does not choose among (IST: India's, Ireland's,
                # Israel's): its time unread, hours off either way, and the day as written the page's, as a text
                # file's is (`head_days`); the page was undated. Any other unread value is no date
                if not timed or "time zone" not in str(unread) or (moment := _day_alone(written, match)) is None:
                    continue
                timed = False
            if moment is not None:
                byline = bool(_BYLINE_CUE.search(cues(element)) or _LABEL.search(before) or _BY_NAME.search(text))
                zoned = _zone_written(match["before"]) or _zone_written(match["after"])
                datelines.append(Dateline(moment, _UPDATED.search(before) is not None, timed, order, byline, zoned))
                below.append(element not in above)
        if any(b and not d.updated for d, b in zip(datelines, below, strict=True)):
            break
    # A publication's below the headline, else above it (a masthead's today may be there), else an update's,
    # unless a day above the headline is earlier than every update: the first publication (`edition_day`).
    published = [d for d, b in zip(datelines, below, strict=True) if not d.updated and b]
    published += [d for d in datelines if not d.updated]
    if datelines and not published:
        edition = edition_day(tree, min(d.moment for d in datelines))
        if edition is not None:
            return Dateline(edition, updated=False, timed=False)
    return next(iter(published or datelines), None)


_NOT_EDITIONS = frozenset({"aside", "nav", "footer", "article", "complementary", "navigation", "contentinfo"})


def edition_day(tree: Any, updated: datetime) -> datetime | None:
    """Return the day a short element above a page's headline writes (a masthead's "Monday 3 March 2025", its
    weekday and labels aside), the nearest, where it is earlier than the day of its byline's first update,
    `updated`: then it is no reader's today (a page cannot show today's date before its own update) but its
    edition's, the first publication. None where there is none, or it is not earlier.

    >>> from lxml import html
    >>> from datetime import UTC
    >>> page = html.fromstring('<html><body><p class="date">Monday 3 March 2025</p><h1>Floods</h1></body></html>')
    >>> edition_day(page, datetime(2025, 3, 5, 14, 20, tzinfo=UTC)), edition_day(page, datetime(2025, 3, 3, tzinfo=UTC))
    (datetime.datetime(2025, 3, 3, 0, 0, tzinfo=datetime.timezone.utc), None)
    """
    parts = side_parts(tree)
    outside = {element for part in parts for element in part.iter()}
    headline = next((h1 for h1 in tree.iter("h1") if h1 not in outside), None)
    if headline is None:
        return None
    # Not a related story's, a menu's or a footer's day: of the parts around the article, the masthead's only
    others = {element for part in parts if part.tag in _NOT_EDITIONS or part.get("role") in _NOT_EDITIONS
              for element in part.iter()}
    ancestors = set(headline.iterancestors())
    own = next(headline.iterancestors("article"), None)
    day = None
    for element in tree.iter():
        if element is headline:
            break
        if not isinstance(element.tag, str) or element in ancestors or element in others or in_other_part(
                element, own):
            continue
        text = latin_date_text(clean_text(element.text_content()))
        if not text or len(text.split()) > MAX_WORDS:
            continue
        for match in _date_expression().finditer(text):
            if match["slashed"] or match["dotted"] or len(_without_labels(
                    text[: match.start()] + " " + text[match.end():]).split()) > _MAX_OTHER_WORDS:
                continue  # a day whose order the page may not say, or a sentence's
            try:
                moment = parse_date(match.group(0))
            except UnparsedDate:
                continue
            day = moment if moment is not None else day
    return day if day is not None and day.date() < updated.date() else None


def _zone_written(time: str | None) -> bool:
    """Return whether a byline's time (`_date_expression`'s) writes its zone: a name or an offset after it.

    >>> [_zone_written(t) for t in ("09:00 GMT", "14:20 (JST)", "14:20+01:00", "9:05 AM ET", "9:05 AM", "14:20", None)]
    [True, True, True, True, False, False, False]
    """
    if not time:
        return False
    last = time.split()[-1].strip("()")
    return _OFFSET_WRITTEN.search(last) is not None or last.isalpha() and last.isupper() and last not in ("AM", "PM")


_OFFSET_WRITTEN = re.compile(r"[+-]\d{2}:?\d{2}$")


def _broken_text(element: Any) -> str:
    """Return an element's text, a space for each of its line breaks: "By Dana Whitlock<br>July 30, 2025 9:05 AM ET"
    was "...WhitlockJuly 30, 2025", whose date was not read (the page was dated by its day alone).

    >>> from lxml import html
    >>> _broken_text(html.fromstring("<div>By Dana Whitlock<br>July 30, 2025</div>"))
    'By Dana Whitlock July 30, 2025'
    """
    if next(element.iter("br"), None) is None:  # the common case, without the XPath
        return str(element.text_content())
    return "".join(" " if not isinstance(piece, str) else piece for piece in element.xpath(".//text()|.//br"))


def _without_labels(text: str) -> str:
    """Return a byline's words but its labels and weekdays ("Updated", "Tuesday", "at")."""
    return re.sub(
        r"\b(?:(?:first|last)\s+)?(?:published|posted|updated|modified|on|at|am|pm|(?-i:[A-Z]{2,5})|"
        r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?)\b|[^\w\s]",
        " ", text, flags=re.IGNORECASE,
    )


# What joins a time to its day, left at the day's ends once the time is out ("March 05, 2024 at", "14:32 IST, ")
_JOINS = re.compile(r"^[\s,|]*(?:on\s+)?|[\s,|\-]*(?:\b(?:at|à|às|um|alle|ore|om|a\s+las?)\b)?[\s,|\-]*$",
                    re.IGNORECASE)


def _day_alone(written: str, match: re.Match[str]) -> datetime | None:
    """Return the day of a date written with its time, read without the time (and its zone), else None.

    >>> _day_alone("March 05, 2024 10:14 pm IST", _date_expression().search("March 05, 2024 10:14 pm IST"))
    datetime.datetime(2024, 3, 5, 0, 0, tzinfo=datetime.timezone.utc)
    """
    for time in (match["before"], match["after"]):
        written = written.replace(time, " ") if time else written
    try:
        return parse_date(_JOINS.sub("", written.strip()))
    except UnparsedDate:
        return None


@cache
def _date_expression() -> re.Pattern[str]:
    """Return the pattern of a date written with its month's name, in ISO 8601, with dots (05.03.2024) or slashes, or
    in CJK characters (2024年3月5日: `cjk_dates`), and the time before or after it ("14:32 BST, 5 March 2024",
    "5 March 2024, 14:32 GMT")."""
    month = "|".join(sorted(map(re.escape, month_names()), key=len, reverse=True))
    day = r"\d{1,2}(?:st|nd|rd|th|er|\.)?"
    date = (
        rf"(?:{day}\s+(?:de\s+)?(?:{month})\.?,?\s+(?:de\s+)?\d{{4}}"
        rf"|(?:{month})\.?\s+{day},?\s+\d{{4}}"
        rf"|{CJK_DAY}(?:\s*[(（][月火水木金土日][)）])?|\d{{4}}-\d{{2}}-\d{{2}}"
        r"|(?P<dotted>\d{1,2}\.\s?\d{1,2}\.\s?\d{4})|(?P<slashed>\d{1,2}/\d{1,2}/\d{4})"
        # year first with dots, as Korean and Chinese sites write a byline's date ("입력 2025.10.20 14:05")
        r"|\d{4}\.\d{1,2}\.\d{1,2}(?!\.\d))"
    )
    # "14h20" as French writes a time ("Publié le 5 mars 2024 à 14h20": the page kept its day alone), and "14時20分"
    # ("午後2時20分", Korean's "오후 2:20") as Japanese and Korean bylines do (`cjk_dates`). Its zone may be in
    # brackets, "14:20 (JST)": the time was read without it, as UTC; and an offset from GMT, "14:30 (GMT+7)", as
    # VnExpress writes it (read as 14:30 UTC).
    time = (r"(?:(?:午前|上午|오전|午後|下午|오후)\s*)?"
            r"(?:\d{1,2}(?:[:.]|h(?=\d{2}))\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?|\d{1,2}\s*[時时시]\s*\d{1,2}\s*[分분])"
            r"(?:\s*\(?(?-i:GMT|UTC)\s?[+-]\d{1,2}(?::?\d{2})?\)?|\s*(?-i:[A-Z]{2,5})\b|\s*\((?-i:[A-Z]{2,5})\)|\s*[+-]\d{2}:?\d{2})?")
    # A bar between the day and its time, as blog themes write it ("March 5, 2024 | 14:20 JST": the page kept its day),
    # or between the time and the day ("14:20 JST | March 5, 2024")
    joined = r"\s*[,|]?\s*(?:at\s+|a\s+las?\s+|um\s+|à\s+|às\s+|alle\s+|ore\s+|om\s+|-\s+)?"
    return re.compile(
        rf"(?<![\w.])(?:(?P<before>{time})(?:,|\s+\|)?\s+(?:on\s+)?)?{date}(?:{joined}(?P<after>{time})(?:\s+Uhr)?)?(?![\w])",
        re.IGNORECASE,
    )
