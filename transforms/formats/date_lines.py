"""A head's date line as a news site's page copies it, made the date it writes: Reuters' year glued to its time
("December 3, 20264:12 PM GMT"), a mark between the day and its time ("3 December 2026 • 4:12pm", Euronews' "03/12/2026
- 14:05 GMT+1"), an update's day after the first ("Publié le 3 décembre 2026 à 16h12, modifié le ...")."""

from __future__ import annotations

import re

# A year run into the time after it, as Reuters' pages copy as text (the two were apart in the page's markup)
_GLUED_TIME = re.compile(r"\b((?:19|20)\d\d)(\d{1,2}:\d\d)\b")
# A dot, a bullet, a bar or a dash between a day and its time: the time is the day's
_TIME_MARK = re.compile(r"\s+[•·|–—-]\s+(?=\d{1,2}(?:[:.h]\d\d|\s*[ap]\.?m\b))", re.IGNORECASE)
# The update's day a line writes after the publication's, after a comma: the first day is the line's
_UPDATE_AFTER = re.compile(
    r",?\s+(?:last\s+)?(?:updated|modified|modifié|mis\s+à\s+jour|aktualisiert|actualizado|aggiornato)\b.*",
    re.IGNORECASE)
# A time zone east of Greenwich, by its offset or a European zone's name: a page written where the day comes first
# (Euronews' "03/12/2026 - 14:05 GMT+1"; its order was no one's, and the line no date)
_EAST_ZONE = re.compile(r"(?:GMT|UTC)\s*\+\s*\d|\b(?:CES?T|EES?T|WEST|BST|MSK)\b|\bUhr\b")


def date_line(written: str) -> tuple[str, bool | None]:
    """Return a head's date line as a date parser reads it, and whether its day comes first where its zone says so
    (else None: the line says no order).

    >>> date_line("December 3, 20264:12 PM GMT"), date_line("3 December 2026 • 4:12pm")
    (('December 3, 2026 4:12 PM GMT', None), ('3 December 2026 4:12pm', None))
    >>> date_line("03/12/2026 - 14:05 GMT+1"), date_line("3 mars 2026 à 16h12, modifié le 4 mars 2026 à 9h")
    (('03/12/2026 14:05 GMT+1', True), ('3 mars 2026 à 16h12', None))
    >>> date_line("12 - 14 March 2026"), date_line("2026-03-02 14:05")
    (('12 - 14 March 2026', None), ('2026-03-02 14:05', None))
    """
    if not ("20" in written or "19" in written):
        return written, None
    line = _GLUED_TIME.sub(r"\1 \2", written)
    line = _TIME_MARK.sub(" ", line)
    line = _UPDATE_AFTER.sub("", line)
    return line, (True if _EAST_ZONE.search(line) else None)
