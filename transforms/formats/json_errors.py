"""Where and how a text is not JSON, in words for a quarantine detail.

A hand-edited export's trailing comma (`{"id": 1},\n]`) or comment (`// exported 5 March`) is what json
reports as "Expecting value" at the character after it; the detail names the comma or the comment, and
where it is. Such a file is still not read: JSON has neither, and a reader that guessed would read
files no other JSON tool reads.
"""

from __future__ import annotations

import json
from typing import NamedTuple

from transforms.formats.json_value import json_message


class NotJson(NamedTuple):
    """What is wrong in a text that is not JSON, and its line and column (from 1)."""

    what: str
    line: int
    column: int


def not_json(error: json.JSONDecodeError) -> NotJson:
    """Return what json's error says is wrong, naming a trailing comma or a comment as such, and where.

    >>> not_json(_error('[{"id": 1},\\n]'))
    NotJson(what='a trailing comma before ] (JSON allows none)', line=1, column=11)
    >>> not_json(_error('{"id": 1, // the key\\n}')).what, not_json(_error('{"id": 1,}')).what
    ('a // comment (JSON has no comments)', 'a trailing comma before } (JSON allows none)')
    >>> not_json(_error('{"id": 1 "text": ""}'))
    NotJson(what="Expecting ',' delimiter", line=1, column=10)
    """
    text, at = error.doc, error.pos
    if text.startswith(("//", "/*"), at):
        return NotJson(f"a {text[at:at + 2]} comment (JSON has no comments)", error.lineno, error.colno)
    if text.startswith(("]", "}"), at):
        comma = len(text[:at].rstrip(" \t\r\n")) - 1
        if comma >= 0 and text[comma] == ",":
            line_start = text.rfind("\n", 0, comma) + 1
            return NotJson(
                f"a trailing comma before {text[at]} (JSON allows none)", text.count("\n", 0, comma) + 1,
                comma - line_start + 1,
            )
    return NotJson(json_message(error), error.lineno, error.colno)


def where_not_json(error: json.JSONDecodeError) -> str:
    """Return what is wrong in a text that is not JSON and where, for a detail: "... at line L, column C".

    >>> where_not_json(_error('[\\n  {"id": 1},\\n]'))
    'a trailing comma before ] (JSON allows none) at line 2, column 12'
    """
    found = not_json(error)
    return f"{found.what} at line {found.line}, column {found.column}"


def _error(text: str) -> json.JSONDecodeError:
    try:
        json.loads(text)
    except json.JSONDecodeError as error:
        return error
    raise ValueError(f"{text!r} is JSON")
