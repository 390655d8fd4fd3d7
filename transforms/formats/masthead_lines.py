"""A print edition's copy opening with its paper's name over the day and the headline, as PressReader's and a
clippings service's text files do ("The Globe and Mail", "7 Dec 2026", "Housing starts slide ...", "By JANE SMITH"):
the paper is the text's site, and its name no paragraph (it was one with the headline under it, the text untitled).
PressReader may print the newsroom's credit under the day, over the headline ("Toronto Star", "14 Apr 2026", "Staff"):
no writer's name, and no paragraph either (it was the first, and so the title)."""

from __future__ import annotations

from typing import NamedTuple

from transforms.formats.author_dates import is_date
from transforms.formats.byline_outlets import is_outlet_name
from transforms.formats.byline_roles import is_role


class Masthead(NamedTuple):
    """A print edition's paper, and the head's lines that are its masthead's, no paragraphs (its name, a credit)."""

    paper: str
    lines: tuple[int, ...]


def masthead(lines: list[str], head: list[int], cut: list[int]) -> Masthead | None:
    """Return the paper's name on a text's first line, over the day's line (cut) and a headline's (kept), else None.

    >>> masthead(["The Globe and Mail", "7 Dec 2026", "Housing starts slide"], [0, 1, 2], [1])
    Masthead(paper='The Globe and Mail', lines=(0,))
    >>> masthead(["Toronto Star", "14 Apr 2026", "Staff", "", "Nurses reject offer"], [0, 1, 2, 4], [1])
    Masthead(paper='Toronto Star', lines=(0, 2))
    >>> masthead(["The Big Short", "7 Dec 2026", "A film review"], [0, 1, 2], [1]) is None
    True
    """
    # the day's line under it, a headline's under that: a headline over its day is the text's first line alone
    # ("Housing starts slide", "7 Dec 2026", then the story), so a name alone there is no masthead's
    if len(head) < 3 or head[0] in cut or head[1] not in cut:
        return None
    # a credit's line may be cut already, as "By Staff" is (`txt_bylines.is_unnamed_credit`)
    credit = _credit(lines[head[2]]) and len(head) > 3 and head[3] not in cut
    if head[2] in cut and not credit:
        return None
    name, day = lines[head[0]].strip(), lines[head[1]].strip()
    headline = lines[head[3] if credit else head[2]].strip()
    # a headline under the day, no sentence: "Fake News" over its day over the story's first sentence is a headline
    if is_date(day) and not headline.endswith((".", "!")) and is_outlet_name(name):
        # the lines to cut, once each: a line cut twice takes the one after it with it
        return Masthead(name, (head[0], head[2]) if credit and head[2] not in cut else (head[0],))
    return None


def _credit(line: str) -> bool:
    """Return whether a line alone credits the newsroom, no writer ("Staff", "Staff Reporter", "By Staff").

    Every word a role's ("Staff cuts loom" has words no role has); a role of an office alone ("Chancellor", "Prime
    Minister") is no credit: a headline may be that word, a paper's credit names its staff or its correspondent.
    """
    words = line.strip().removeprefix("By ").strip()
    return bool(words) and is_role(words, every_word=True) and any(
        word.lower() in _CREDIT_WORDS for word in words.split())


# The words a newsroom's credit of its own unnamed writers holds (a role of an office names someone else's)
_CREDIT_WORDS = frozenset({"staff", "reporter", "reporters", "correspondent", "correspondents", "writer", "writers",
                           "bureau", "desk", "newsroom"})
