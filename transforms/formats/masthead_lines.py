"""A print edition's copy opening with its paper's name over the day and the headline, as PressReader's and a
clippings service's text files do ("The Globe and Mail", "7 Dec 2026", "Housing starts slide ...", "By JANE SMITH"):
the paper is the text's site, and its name no paragraph (it was one with the headline under it, the text untitled)."""

from __future__ import annotations

from transforms.formats.author_dates import is_date
from transforms.formats.byline_outlets import is_outlet_name


def masthead(lines: list[str], head: list[int], cut: list[int]) -> str | None:
    """Return the paper's name on a text's first line, over the day's line (cut) and a headline's (kept), else None.

    >>> masthead(["The Globe and Mail", "7 Dec 2026", "Housing starts slide"], [0, 1, 2], [1])
    'The Globe and Mail'
    >>> masthead(["The Big Short", "7 Dec 2026", "A film review"], [0, 1, 2], [1]) is None
    True
    """
    # the day's line under it, a headline's under that: a headline over its day is the text's first line alone
    # ("Housing starts slide", "7 Dec 2026", then the story), so a name alone there is no masthead's
    if len(head) < 3 or head[0] in cut or head[1] not in cut or head[2] in cut:
        return None
    name, day, headline = (lines[index].strip() for index in head[:3])
    # a headline under the day, no sentence: "Fake News" over its day over the story's first sentence is a headline
    return name if is_date(day) and not headline.endswith((".", "!")) and is_outlet_name(name) else None
