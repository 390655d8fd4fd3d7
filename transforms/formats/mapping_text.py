"""A records file's field mapping as text, as the lake remembers it per file (`sources.fields`).

A run's `--field NAME=FIELD` options become one text, the pairs sorted by NAME and joined by
commas (`id=guid,text=story`), as a user would write them. A file read without a mapping remembers
none (null: the common names are recognised). A run that gives no `--field` reads each records file
with the mapping it remembers; `--field auto` goes back to the common names.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from transforms.formats.fields import FIELDS, MappingError, parse_field_options

# `--field auto`: read every records file with the recognised common names, whatever it remembers.
AUTOMATIC = "auto"

# A pair starts at the text's start or after a comma, with one of FIELDS and "=": a comma inside a
# FIELD (a CSV header "Body, full") stays in it.
_PAIR_START = re.compile(rf",(?=(?:{'|'.join(FIELDS)})=)")


def mapping_text(mapping: Mapping[str, str]) -> str | None:
    """Return a mapping as the text a file remembers: sorted NAME=FIELD pairs; None for no mapping.

    >>> mapping_text({"text": "story", "id": "guid"})
    'id=guid,text=story'
    >>> mapping_text({}) is None
    True
    """
    return ",".join(f"{name}={mapping[name]}" for name in sorted(mapping)) or None


def mapping_of(text: str | None) -> dict[str, str]:
    """Return NAME → FIELD from a remembered mapping's text (none for null).

    >>> mapping_of("id=guid,text=Body, full")
    {'id': 'guid', 'text': 'Body, full'}
    """
    return parse_field_options(_PAIR_START.split(text)) if text else {}


def run_mapping(options: Sequence[str]) -> str | None:
    """Return a run's `--field` options as one text: None when none are given (each file keeps its
    own), AUTOMATIC for `--field auto`, else the sorted pairs; raise MappingError for a bad option.

    >>> run_mapping(["text=story", "id=guid"]), run_mapping([]), run_mapping(["auto"])
    ('id=guid,text=story', None, 'auto')
    """
    if AUTOMATIC in (option.strip() for option in options):
        if len(options) > 1:
            raise MappingError(f"--field {AUTOMATIC} goes back to the common names: give it alone, without NAME=FIELD")
        return AUTOMATIC
    return mapping_text(parse_field_options(options)) if options else None


def file_mapping(given: str | None, remembered: str | None) -> str | None:
    """Return the mapping a records file is read with: the run's when given, else the one it remembers.

    >>> file_mapping(None, "text=story"), file_mapping("text=body", "text=story"), file_mapping("auto", "text=story")
    ('text=story', 'text=body', None)
    """
    if given is None:
        return remembered
    return None if given == AUTOMATIC else given


def remaps(given: str | None, remembered: str | None) -> bool:
    """Return True when a run's mapping differs from the one a records file remembers (it is read again).

    >>> remaps(None, "text=story"), remaps("text=story", "text=story"), remaps("auto", None), remaps("auto", "a=b")
    (False, False, False, True)
    """
    return given is not None and file_mapping(given, remembered) != remembered
