"""A records file's field mapping as text, as the lake remembers it per file (`sources.fields`).

A run's `--field NAME=FIELD` options become one text: a JSON object of the pairs sorted by NAME
(`{"id": "guid", "text": "story"}`), readable in the `sources` view and unambiguous whatever a
FIELD holds (a comma, an "=", quotes). A file read without a mapping remembers none (null: the
common names are recognised). A run that gives no `--field` reads each records file with the
mapping it remembers; `--field auto` goes back to the common names.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence

from transforms.formats.fields import FIELDS, MappingError, parse_field_options

# `--field auto`: read every records file with the recognised common names, whatever it remembers.
AUTOMATIC = "auto"

# The text the first release of remembered mappings wrote (`id=guid,text=story`): a pair starts at
# the text's start or after a comma, with one of FIELDS and "=".
_LEGACY_PAIR_START = re.compile(rf",(?=(?:{'|'.join(FIELDS)})=)")


def mapping_text(mapping: Mapping[str, str]) -> str | None:
    """Return a mapping as the text a file remembers: a JSON object, sorted by NAME; None for no mapping.

    >>> mapping_text({"text": "story", "id": "guid"})
    '{"id": "guid", "text": "story"}'
    >>> mapping_text({}) is None
    True
    """
    return json.dumps(dict(sorted(mapping.items())), ensure_ascii=False) if mapping else None


def mapping_of(text: str | None) -> dict[str, str]:
    """Return NAME → FIELD from a remembered mapping's text (none for null).

    >>> mapping_of('{"text": "a,id=b"}'), mapping_of("id=guid,text=Body, full")
    ({'text': 'a,id=b'}, {'id': 'guid', 'text': 'Body, full'})
    """
    if not text:
        return {}
    if text.startswith("{"):
        return {str(k): str(v) for k, v in json.loads(text).items()}
    return parse_field_options(_LEGACY_PAIR_START.split(text))


def run_mapping(options: Sequence[str]) -> str | None:
    """Return a run's `--field` options as one text: None when none are given (each file keeps its
    own), AUTOMATIC for `--field auto` (given once or more), else the mapping's text; raise
    MappingError for a bad option.

    >>> run_mapping(["text=story"]), run_mapping([]), run_mapping(["auto", "auto"])
    ('{"text": "story"}', None, 'auto')
    """
    if AUTOMATIC in (option.strip() for option in options):
        if any(option.strip() != AUTOMATIC for option in options):
            raise MappingError(f"--field {AUTOMATIC} goes back to the common names: give it alone, without NAME=FIELD")
        return AUTOMATIC
    try:
        return mapping_text(parse_field_options(options)) if options else None
    except MappingError as error:
        raise MappingError(f"{error} (or --field {AUTOMATIC} alone, to go back to the common names)") from None


def file_mapping(given: str | None, remembered: str | None) -> str | None:
    """Return the mapping a records file is read with: the run's when given, else the one it remembers.

    >>> file_mapping(None, "x"), file_mapping("y", "x"), file_mapping("auto", "x")
    ('x', 'y', None)
    """
    if given is None:
        return remembered
    return None if given == AUTOMATIC else given


def remaps(given: str | None, remembered: str | None) -> bool:
    """Return True when a run's mapping differs from the one a records file remembers (it is read again).

    >>> remaps(None, "x"), remaps("x", "x"), remaps("auto", None), remaps("auto", "x")
    (False, False, False, True)
    """
    return given is not None and file_mapping(given, remembered) != remembered
