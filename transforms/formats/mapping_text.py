"""A records file's field mapping as text, as the lake remembers it per file (`sources.fields`).

A run's `--field NAME=FIELD` options become one text: a JSON object of the pairs sorted by NAME
(`{"id": "guid", "text": "story"}`), readable in the `sources` view and unambiguous whatever a
FIELD holds (a comma, an "=", quotes). A file read without a mapping remembers none (null: the
common names are recognised). A file remembers the pairs a run asked for and those its reading
applied (only the asked pairs whose field it has, over those it applied before): a run that gives
no `--field`, or the same again, reads it with the applied pairs; one that asks for others reads it
again; `--field auto` goes back to the common names.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection, Mapping, Sequence
from typing import NamedTuple

from transforms.formats.field_mapping import FIELDS, squashed
from transforms.formats.field_options import MappingError, fields_present, parse_field_options

# `--field auto`: read every records file with the recognised common names, whatever it remembers.
AUTOMATIC = "auto"

# The text the first builds of remembered mappings wrote (`id=guid,text=story`; main's history has
# them, so a lake may hold it): a pair starts at the text's start or after a comma, with one of FIELDS
# and "=".
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
        return _pairs(json.loads(text))
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


class Remembered(NamedTuple):
    """What a records file remembers: the `--field` pairs a run asked for, and those its reading applied
    (the asked pairs it had fields for, over the pairs it applied before)."""

    asked: dict[str, str]
    applied: dict[str, str]


class FileReading(NamedTuple):
    """How a records file is read: `fields` over `kept`, each for the fields it has
    (transforms.formats.ReadOptions), and the pairs it then remembers as asked."""

    asked: dict[str, str]
    fields: dict[str, str]
    kept: dict[str, str]


def remembered_text(asked: Mapping[str, str], applied: Mapping[str, str]) -> str | None:
    """Return what a file remembers as text: its mapping's text when it applied what was asked, else
    both (`{"applied": ..., "asked": ...}`: no article field is named so); None for nothing.

    >>> remembered_text({"text": "copy"}, {"text": "copy"}), remembered_text({}, {}) is None
    ('{"text": "copy"}', True)
    >>> remembered_text({"text": "zz"}, {})
    '{"applied": {}, "asked": {"text": "zz"}}'
    """
    if asked == applied:
        return mapping_text(applied)
    both = {"applied": dict(sorted(applied.items())), "asked": dict(sorted(asked.items()))}
    return json.dumps(both, ensure_ascii=False)


def remembered_of(text: str | None) -> Remembered:
    """Return what a file remembers from its text (remembered_text, or a mapping's text: asked and applied).

    >>> remembered_of('{"applied": {}, "asked": {"text": "zz"}}'), remembered_of(None)
    (Remembered(asked={'text': 'zz'}, applied={}), Remembered(asked={}, applied={}))
    """
    if text and text.startswith("{"):
        value = json.loads(text)
        if "asked" in value:
            return Remembered(_pairs(value["asked"]), _pairs(value["applied"]))
    mapping = mapping_of(text)
    return Remembered(mapping, dict(mapping))


def file_reading(given: str | None, remembered: str | None, read_before: bool = True) -> FileReading:
    """Return how a records file is read, from the run's mapping (`given`, run_mapping) and what it
    remembers: with the pairs it applied, unless the run asks for others (or it was never read:
    `read_before` False), which then apply over them for the fields the file has; `--field auto`:
    with the common names.

    >>> file_reading(None, '{"applied": {"text": "copy"}, "asked": {"text": "zz"}}')
    FileReading(asked={'text': 'zz'}, fields={'text': 'copy'}, kept={})
    >>> file_reading('{"text": "zz"}', '{"text": "copy"}')
    FileReading(asked={'text': 'zz'}, fields={'text': 'zz'}, kept={'text': 'copy'})
    >>> file_reading("auto", '{"text": "copy"}')
    FileReading(asked={}, fields={}, kept={})
    """
    if given == AUTOMATIC:
        return FileReading({}, {}, {})
    memory = remembered_of(remembered)
    asked = memory.asked if given is None else mapping_of(given)
    if asked == memory.asked and read_before:
        return FileReading(asked, memory.applied, {})
    return FileReading(asked, asked, memory.applied)


def unread_text(given: str | None, remembered: str | None) -> str | None:
    """Return what a records file that could not be read remembers: what the run asked (or it
    remembers being asked), and the pairs it applied before.

    >>> unread_text('{"text": "zz"}', '{"text": "copy"}'), unread_text("auto", '{"text": "copy"}') is None
    ('{"applied": {"text": "copy"}, "asked": {"text": "zz"}}', True)
    """
    if given == AUTOMATIC:
        return None
    memory = remembered_of(remembered)
    return remembered_text(memory.asked if given is None else mapping_of(given), memory.applied)


def remaps(given: str | None, remembered: str | None) -> bool:
    """Return True when a run asks a records file for another mapping than it remembers being asked
    (it is read again).

    >>> remaps(None, '{"text": "x"}'), remaps('{"text": "x"}', '{"applied": {}, "asked": {"text": "x"}}')
    (False, False)
    >>> remaps("auto", None), remaps("auto", '{"text": "x"}'), remaps('{"text": "y"}', '{"text": "x"}')
    (False, True, True)
    """
    if given is None:
        return False
    memory = remembered_of(remembered)
    if given == AUTOMATIC:
        return bool(memory.asked or memory.applied)
    return mapping_of(given) != memory.asked


# Field names a warning lists, at most.
_NAMES_LISTED = 12


def unmatched_field_warnings(asked: Mapping[str, str], names: Collection[str]) -> list[str]:
    """Return one warning for each pair a run asked whose field none of the records files it read
    has (`names`: their fields), naming those fields and a name that differs only in case, "_" or
    "-". Such a pair applies to no file, and the run goes on without it.

    >>> unmatched_field_warnings({"text": "Story"}, ["story", "id"])[0].split("; ")[1]
    'did you mean story? Field names are compared exactly'
    """
    found = fields_present(asked, names)
    listed = sorted(names, key=str.lower)
    shown = ", ".join(listed[:_NAMES_LISTED]) + (f", ... ({len(listed)} in all)" if len(listed) > _NAMES_LISTED else "")
    warnings = []
    for name, field in asked.items():
        if name in found:
            continue
        near = [n for n in listed if squashed(n) == squashed(field.split(".", 1)[0])]
        hint = f"; did you mean {near[0]}? Field names are compared exactly" if near else ""
        warnings.append(
            f"--field {name}={field} matches no field of the records files read in this run, so it applied "
            f"to none of them (their fields: {shown or 'none'}){hint}"
        )
    return warnings


def _pairs(value: Mapping[str, object]) -> dict[str, str]:
    return {str(k): str(v) for k, v in value.items()}
