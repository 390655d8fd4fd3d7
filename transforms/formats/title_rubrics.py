"""A rubric before a headline, parted from it by a dash or a bar: Reuters' "Breakingviews - Europe's banks face a
squeeze", "Opinion | Rates held", "Analysis – ...". It names the column or the kind of piece, not the story: a
records file's or a feed's title that opens so is its headline without it, the rubric kept in `metadata`
(`rubric`). Only the rubrics of `RUBRICS`: a first part may as well be the story's subject ("Covid-19 - what we
know", "Ukraine - live updates"). A rubric before a colon ("Analysis: ...") is the headline's, as news writes it,
but for a wire's flag in capitals ("BREAKING: Fire at port", "EXCLUSIVE:", "UPDATE:", "WATCH:", "LIVE:", and
"Breaking:"): it says how the story was sent, not what it is of, and was the title's first word. In title case
("Watch: the moment a crane fell", "Update: council replies") the word is the headline's own and is kept.
Reuters joins its flag to the headline by a dash with no space, an update's number in it ("UPDATE 2-Oil rises on
supply fears", "RPT-EXCLUSIVE-Firm weighs sale", "REFILE-..."): the flag is kept as the rubric so too. Only its
flags: a word in capitals joined so is as often the headline's own ("US-China talks resume", "COVID-19 cases rise").
"""

from __future__ import annotations

import re

# Rubrics news sites and agencies set before a headline (compared in lower case).
RUBRICS = frozenset({
    "breakingviews", "analysis", "opinion", "comment", "commentary", "explainer", "factbox", "fact check",
    "editorial", "column", "review", "exclusive", "interview", "letters", "obituary", "podcast", "video", "watch",
    "instant view", "perspective",
})
# Not "live": it opens names as often as it heads a live blog ("Live - Nation Entertainment results beat forecasts"
# was headlined "Nation Entertainment ..."), and nothing in a title tells the two apart.
_FIRST_PART = re.compile(r"\s*(?P<rubric>[^|–—-]{2,30}?)\s+[|–—-]\s+(?P<headline>\S+\s+\S.*)", re.DOTALL)


# A wire's flag before a colon: in capitals (and "Breaking", which heads no headline as its own word), then a
# headline of two words at least
_FLAG = re.compile(r"(?P<rubric>BREAKING(?: NEWS)?|Breaking(?: news)?|UPDATED?|EXCLUSIVE|(?:WATCH )?LIVE(?: UPDATES)?"
                   r"|WATCH)\s*:\s+(?P<headline>\S+\s+\S.*)", re.DOTALL)
# Reuters' flags joined to the headline by a bare dash, repeated ("RPT-UPDATE 2-"), an update's or wrap-up's number
# in its flag; the headline opens with a capital or a digit ("UPDATE 1-3M cuts jobs") and runs two words at least
_WIRE_FLAG = re.compile(r"(?P<rubric>(?:(?:UPDATE|WRAPUP)(?: \d{1,2})?|RPT|REFILE|CORRECTED|EXCLUSIVE|BREAKINGVIEWS"
                        r"|FACTBOX|ANALYSIS|INSIGHT|INSTANT VIEW)(?:-(?:(?:UPDATE|WRAPUP)(?: \d{1,2})?|RPT|REFILE"
                        r"|CORRECTED|EXCLUSIVE|FACTBOX|ANALYSIS|INSIGHT))*)-(?P<headline>[A-Z0-9\'\"‘“]\S*\s+\S.*)",
                        re.DOTALL)


def without_rubric(title: str) -> tuple[str, str | None]:
    """Return a title without a rubric before its headline (`RUBRICS`), and the rubric (None where it has none).

    >>> without_rubric("Breakingviews - Europe's banks face a squeeze")
    ("Europe's banks face a squeeze", 'Breakingviews')
    >>> without_rubric("Opinion | Rates held"), without_rubric("Covid-19 - what we know")
    (('Rates held', 'Opinion'), ('Covid-19 - what we know', None))
    >>> without_rubric("Analysis: rates held"), without_rubric("Video - 3"), without_rubric("BREAKING: Fire at port")
    (('Analysis: rates held', None), ('Video - 3', None), ('Fire at port', 'BREAKING'))
    """
    if (flagged := _FLAG.fullmatch(title) or _WIRE_FLAG.fullmatch(title)) is not None:
        return flagged["headline"].strip(), flagged["rubric"]
    found = _FIRST_PART.fullmatch(title)
    if found is None or " ".join(found["rubric"].lower().split()) not in RUBRICS:
        return title, None
    return found["headline"].strip(), found["rubric"]


def flagged_headline(text: str) -> tuple[str, str] | None:
    """Return the headline of a text's first line that opens with a wire's flag ("BREAKING: Fire at port"), and the
    flag; else None. The line stays the text's paragraph: the title is the headline without the flag.

    >>> flagged_headline("BREAKING: Fire at port\\n\\nA fire broke out."), flagged_headline("Brexit: what next\\n\\nA.")
    (('Fire at port', 'BREAKING'), None)
    """
    first = text.lstrip().split("\n", 1)[0].strip()
    if not first.startswith(("BREAKING", "Breaking", "UPDATE", "EXCLUSIVE", "WATCH", "LIVE", "RPT", "REFILE",
                             "CORRECTED", "WRAPUP", "FACTBOX", "ANALYSIS", "INSIGHT", "INSTANT")):
        return None
    headline, rubric = without_rubric(first)
    flagged = _FLAG.fullmatch(first) or _WIRE_FLAG.fullmatch(first)
    return (headline, rubric) if rubric is not None and flagged else None
