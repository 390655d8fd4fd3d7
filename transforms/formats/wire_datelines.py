"""A wire story's dateline opening its first paragraph: a place in capitals, a day with its month's name and its year,
the agency in brackets, a dash ("LONDON, March 5, 2024 (Reuters) - Oil prices rose ..."), or a press release's
("SAN FRANCISCO--(BUSINESS WIRE)--Dec. 5, 2024--Acme ..."). The head of a text file is read for it (`txt_dates`).
"""

from __future__ import annotations

import re

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


def wire_dateline_day(line: str) -> str | None:
    """Return the day a line's opening wire dateline writes, as written, else None.

    >>> wire_dateline_day("LONDON, March 5, 2024 (Reuters) - Oil rose."), wire_dateline_day("TOKYO, March 5 (AP) -")
    ('March 5, 2024', None)
    """
    wire = "--(" in line  # Business Wire's, the few lines that may be one
    match = _DATELINE.match(line) or (_WIRE_DATELINE.match(line) if wire else None)
    return match["date"] if match is not None else None
