"""How deeply a record's values nest, found without recursion.

A record whose arrays or objects sit inside each other hundreds of levels deep (`{"meta": [[[[...]]]]}`)
parses, but every later step that walks or writes it (its version's hash, its metadata as JSON) recurses
once per level, and Python stops at about 1,000 levels with a RecursionError that ended the whole run.
No article's metadata nests anywhere near `MAX_NESTING` levels: a record or a front-matter block deeper
than that is bad input, said once (a `malformed_record`, or the front matter left out as unparsed), and
the file's other records are read.
"""

from __future__ import annotations

from collections.abc import Mapping

MAX_NESTING = 100
NESTED_DEEPER = f"nested deeper than {MAX_NESTING} levels of arrays or objects"


def nests_deeper(value: object, limit: int = MAX_NESTING) -> bool:
    """Return whether a value holds arrays or objects more than `limit` levels inside it (the value
    itself is level 0, so a flat record is level 0 and `{"a": [1]}` reaches level 1).

    >>> nests_deeper({"a": [1, {"b": "x"}]}, limit=2), nests_deeper({"a": [1, {"b": [0]}]}, limit=2)
    (False, True)
    >>> nests_deeper("[[[[text]]]]", limit=0)
    False
    """
    stack: list[tuple[object, int]] = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        children = item.values() if isinstance(item, Mapping) else item if isinstance(item, list | tuple) else ()
        for child in children:
            if isinstance(child, Mapping | list | tuple):
                if depth >= limit:
                    return True
                stack.append((child, depth + 1))
    return False
