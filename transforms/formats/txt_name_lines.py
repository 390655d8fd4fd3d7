"""A writer's name alone on its line over a text's date, as a page copied from a blogging platform or a paper's site
prints it without a "By" ("Priya Nair", then "Follow" and "Jan 14, 2026"; "Sally Weale Education correspondent", then
"Wed 14 Jan 2026 10.30 GMT"): its writer, no paragraph (it was the first one, and the text had no author)."""

from __future__ import annotations

import re

from transforms.formats.byline_outlets import is_outlet
from transforms.formats.byline_places import is_dateline_place
from transforms.formats.txt_bylines import TOPIC_WORDS, undated_names

_LINE_WORDS = 8
# A name in capitals, two to four words ("JOHN SMITH", "MARY-ANNE O'NEIL", "J. R. MOSS"), then a comma and the rest
_CAPITALS_NAME = re.compile(r"(?P<name>[A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]*){1,3}),\s+(?P<outlet>[^,]{2,40})")
_JOINS = frozenset(("and", "&"))


def name_over_date(
    lines: list[str], head: list[int], dated: int, buttons: bool = False,
) -> tuple[int, tuple[str, ...]] | None:
    """Return the index and the names of the head's line right over its date's (`dated`), where it is a writer's name
    with its role after it, or alone where the head holds a page's buttons about its byline (`buttons`: "Follow", "6
    min read"), else None; the headline (the head's first line) is none.

    >>> name_over_date(["Buses on time", "Priya Nair", "Jan 14, 2026", "The 42 ran."], [0, 1, 2, 3], 2, buttons=True)
    (1, ('Priya Nair',))
    >>> name_over_date(["Buses on time", "Priya Nair Transport editor", "Jan 14, 2026", "The 42 ran."], [0, 1, 2, 3], 2)
    (1, ('Priya Nair',))
    >>> name_over_date(["Rates held", "Wall Street", "Jan 14, 2026", "Shares rose."], [0, 1, 2, 3], 2) is None
    True
    """
    place = head.index(dated) if dated in head else 0
    if place < 2:
        return None
    line = lines[head[place - 1]].strip()
    if not 2 <= len(line.split()) <= _LINE_WORDS or is_dateline_place(line) or is_outlet(line):
        return None
    names = undated_names(f"By {line}")  # read as the byline it is, without its "By"
    if not names or any(not 2 <= len(name.split()) <= 4 or TOPIC_WORDS.intersection(name.lower().split())
                        for name in names):
        return None
    # a name alone in a name's shape is a section's or a topic's tag as often ("Wall Street", "Supreme Court", "Super
    # Bowl", the words no list of kickers holds): a writer's where a role stands after it or the page's buttons by it
    named = {word for name in names for word in name.split()}
    if not buttons and all(word in named or word.lower() in _JOINS for word in line.replace(",", " ").split()):
        return None
    return head[place - 1], names


def capitals_byline(line: str) -> tuple[str, ...]:
    """Return the writer of a wire's byline written without its "By": a name in capitals, a comma, its agency or
    outlet ("JOHN SMITH, Reuters", "MARIA LOPEZ, Bloomberg News"), name-cased; else (). The capitals and the outlet
    after the comma make the line a byline: a dateline's place in capitals before a comma ("NEW YORK, Reuters") is no
    name, and a name in capitals over anything but an outlet ("JOHN SMITH, chairman") is read no writer's here.

    >>> capitals_byline("JOHN SMITH, Reuters"), capitals_byline("NEW YORK, Reuters"), capitals_byline("John Smith, AP")
    (('John Smith',), (), ())
    """
    found = _CAPITALS_NAME.fullmatch(line.strip())
    if found is None or is_dateline_place(found["name"]) or not is_outlet(found["outlet"].strip()):
        return ()
    names = undated_names(f"By {found['name']}")
    return names if len(names) == 1 and TOPIC_WORDS.isdisjoint(names[0].lower().split()) else ()
