"""`--field NAME=FIELD` options: parsed (`parse_field_options`, MappingError for one that cannot be used),
and applied to the files that have their fields (`fields_present`).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from transforms.formats.field_mapping import FIELDS


class MappingError(ValueError):
    """A `--field` option that cannot be used; the message says which and why."""


def parse_field_options(options: Sequence[str]) -> dict[str, str]:
    """Return NAME → FIELD from `--field NAME=FIELD` options, or raise MappingError.

    >>> parse_field_options(["text=story", "published_at=when"])
    {'text': 'story', 'published_at': 'when'}
    """
    mapping: dict[str, str] = {}
    for option in options:
        name, sep, field = option.partition("=")
        name, field = name.strip(), field.strip()
        if not sep or not name or not field:
            raise MappingError(f"--field {option!r}: write it as NAME=FIELD, e.g. text=body")
        if name not in FIELDS:
            raise MappingError(f"--field {option!r}: {name!r} is not one of {', '.join(FIELDS)}")
        mapping[name] = field
    return mapping


def fields_present(given: Mapping[str, str], names: Collection[str]) -> dict[str, str]:
    """Return the given mappings whose field a file has (a dotted path: its first member), so that a
    run's `--field` options apply to the files that have those fields and leave the others to the
    common names.

    >>> fields_present({"text": "copy", "title": "meta.kicker", "id": "guid"}, {"meta", "body", "guid"})
    {'title': 'meta.kicker', 'id': 'guid'}
    """
    return {name: field for name, field in given.items() if field in names or field.split(".", 1)[0] in names}
