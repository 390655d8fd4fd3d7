"""A story's first paragraph opening with its day as a dateline writes it, though not in a wire's capitals: the day
a text file's head is read for where no label, byline or capitals' dateline gives one (`txt_dates`).

Two leads' shapes say their day is the story's, and only these are read:

- a place and its agency in brackets, a dash, the day, a dash ("Reykjavik (AFP) - Nov 5, 2026 - A volcano ...", as
  AFP's English service writes it): the agency's brackets right after the place are what make the words a dateline
  (a place in capitals and a comma are `txt_dates`' own; this place is written as a name is, "Rio de Janeiro");
- a place, a comma, the day, then its agency in brackets and a dash ("Paris, 4 mars 2026 (AFP) - Les cheminots ...",
  "Madrid, 3 de marzo de 2026 (EFE).-", as AFP's and EFE's French and Spanish services write it): the day between the
  place and the agency's brackets is the dateline's, a sentence's day never stands there;
- the day alone, its year written, then a dash and the story's sentence ("18. Februar 2026 – Die Gewerkschaft ...",
  "Nov 5, 2026 — A volcano ...", as a paper's lead without its place writes it).

A day that is the sentence's own words ("18. Februar 2026 war der kälteste Tag", "On Nov 5, 2026 - the day of the
vote -") has no dash right after it, or words before it; a headline that opens with a day ("5 March 2026 – Budget
day") runs on to no sentence after its dash. Neither is a dateline, and a day without its year ("Reykjavik (AFP) -
Nov 5 -") is none either: its year is not guessed.
"""

from __future__ import annotations

import re

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# A day with its year: "Nov 5, 2026", "5 March 2026", "18. Februar 2026", "3 février 2026", "22 de enero de 2026"
# (a month's word in any language is read by `head_day`, which dates no word that is no month's)
_DAY = (rf"{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}"
        r"|\d{1,2}\.?\s+(?:de\s+)?[^\W\d_]{3,12}\.?\s+(?:de\s+)?\d{4}")
_DASH = r"\s+(?:--?|[–—])\s+"
# A place as a name is written (each word capitalised, a particle between: "Rio de Janeiro", "Port-au-Prince"), then
# an agency in brackets that opens with a capital ("(AFP)", "(Reuters)"): "(pictured)" is no agency
# (a slash joins a city to its river or region as dpa writes it: "Frankfurt/Main", "Halle/Saale")
_PLACE = (r"[A-ZÀ-Þ][\w'’.\-]*(?:/[A-ZÀ-Þ][\w'’.\-]*)?"
          r"(?:\s+(?:(?:de|da|do|del|la|le|al|el|am|an|upon)\s+)?[A-ZÀ-Þ][\w'’.\-]*){0,3}")
# ... or one of the agencies that write their names in lower case, a desk after a slash ("(dpa)", "(dpa/lno)", "(apa)",
# APA-OTS's "(ots)", the Swiss "(sda)", "(awp)", the church's "(epd)", "(kna)"): a closed list, as a lower-case word in
# brackets is a note as often ("(ohne Gewähr)"), and these few are the wires that sign so
_AGENCY = r"(?:[A-Z][^()\n]{0,30}|(?:dpa|apa|ots|sda|awp|epd|kna)(?:[/-][A-Za-z]{2,5})?)"
_AGENCY_LEAD = re.compile(rf"{_PLACE}\s+\({_AGENCY}\){_DASH}(?P<date>{_DAY}){_DASH}(?=\S)")
_PLACE_DAY_AGENCY = re.compile(
    rf"{_PLACE},\s+(?P<date>{_DAY})\s+\({_AGENCY}\)\s*(?:\.?\s*(?:--?|[–—])\s*)(?=\S)")
_DAY_LEAD = re.compile(rf"(?P<date>{_DAY}){_DASH}(?P<rest>[^\W\d_].*)", re.DOTALL)
_SENTENCE_WORDS = 8  # after a day's dash, a story's sentence; a headline's words after its day are fewer
_SENTENCE_ENDS = (".", "!", "?", '"', "”")


def lead_dateline(line: str, first: bool = True) -> str | None:
    """Return the day a story's first line opens with where its shape is a dateline's (see the module), else None.
    A day alone is read only on the story's `first` line: under a sentence (a standfirst, or the story's own first
    paragraph: the two look alike) a paragraph opening with a day and a dash is a diary's entry as often as a lead.

    >>> lead_dateline("Reykjavik (AFP) - Nov 5, 2026 - A volcano erupted again on Thursday.")
    'Nov 5, 2026'
    >>> lead_dateline("Paris, 4 mars 2026 (AFP) - Les cheminots ont reconduit leur grève.")
    '4 mars 2026'
    >>> lead_dateline("18. Februar 2026 – Die Gewerkschaft hat am Mittwoch einen Streik begonnen.")
    '18. Februar 2026'
    >>> lead_dateline("18. Februar 2026 war der kälteste Tag des Jahres."), lead_dateline("5 March 2026 – Budget day")
    (None, None)
    """
    line = line.strip()
    # both agencies' shapes hold its bracket: a line without one (most of a head's) is not matched against them
    if "(" in line and (match := _AGENCY_LEAD.match(line) or _PLACE_DAY_AGENCY.match(line)) is not None:
        return match["date"]
    if first and (match := _DAY_LEAD.match(line)) is not None:
        rest = match["rest"].strip()
        # the story's sentence after the dash: as long as one, or ending as one does
        if len(rest.split()) >= _SENTENCE_WORDS or (len(rest.split()) > 3 and rest.endswith(_SENTENCE_ENDS)):
            return match["date"]
    return None
