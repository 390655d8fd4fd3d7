"""A records file's column of prose under a name no common name matches ("Story Copy", "Copy", "Article Body"): named
in the detail of a file read with no text field, with the option that reads it. Before, a CSV of headlines, links and
such a column was "links to articles, not their text", though its rows held the articles' words.

It is named, not read: a column of sentences under an unknown name is a story's text as often as an editor's notes,
a reader's comment or a summary, and only its user knows which (`--field text=NAME` says so, once for a folder).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

# A sentence's end, then the next one's capital: "closed. Residents", "said.” The"
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s+[\"“‘(]?[A-Z]")
# A row's value is prose of three sentences or more (a title, a name, a note of a line is fewer) ...
_SENTENCES = 3
# ... in most of the rows that hold a value at all: a comments column of a few long ones is none
_SHARE = 0.5


def prose_column(names: Sequence[str], records: Sequence[Mapping[str, object]]) -> str | None:
    """Return the column whose values are prose (three sentences or more in most rows that have one), the longest
    such where there are more, else None.

    >>> rows = [{"title": "Library to close", "Copy": "The council voted. Residents protested. A review follows."}]
    >>> prose_column(["title", "Copy"], rows), prose_column(["title"], rows)
    ('Copy', None)
    """
    found: dict[str, int] = {}
    for name in names:
        values = [value for values in records if isinstance(value := values.get(name), str) and value.strip()]
        prose = [value for value in values if len(_SENTENCE_END.findall(value)) + 1 >= _SENTENCES]
        if values and len(prose) >= _SHARE * len(values):
            found[name] = sum(map(len, prose))
    return max(found, key=lambda name: found[name]) if found else None


def prose_detail(column: str, names: Sequence[str]) -> str:
    """Return the detail of a file with no text field known whose `column` holds prose."""
    return (f"no column is named as the article text is (columns: {', '.join(names[:12])}), but column {column!r} "
            f"holds prose (sentences in its rows): if it is the articles' text, read it with --field text={column}")
