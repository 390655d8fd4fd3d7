"""A rubric before a headline, parted from it by a dash or a bar: Reuters' "Breakingviews - Europe's banks face a
squeeze", "Opinion | Rates held", "Analysis – ...". It names the column or the kind of piece, not the story: a
records file's or a feed's title that opens so is its headline without it, the rubric kept in `metadata`
(`rubric`). Only the rubrics of `RUBRICS`: a first part may as well be the story's subject ("Covid-19 - what we
know", "Ukraine - live updates"). A rubric before a colon ("Analysis: ...") is the headline's, as news writes it.
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


def without_rubric(title: str) -> tuple[str, str | None]:
    """Return a title without a rubric before its headline (`RUBRICS`), and the rubric (None where it has none).

    >>> without_rubric("Breakingviews - Europe's banks face a squeeze")
    ("Europe's banks face a squeeze", 'Breakingviews')
    >>> without_rubric("Opinion | Rates held"), without_rubric("Covid-19 - what we know")
    (('Rates held', 'Opinion'), ('Covid-19 - what we know', None))
    >>> without_rubric("Analysis: rates held"), without_rubric("Video - 3")
    (('Analysis: rates held', None), ('Video - 3', None))
    """
    found = _FIRST_PART.fullmatch(title)
    if found is None or " ".join(found["rubric"].lower().split()) not in RUBRICS:
        return title, None
    return found["headline"].strip(), found["rubric"]
