"""Records whose fields sit deep in objects a streaming API wraps them in, under names no list foresees: Talkwalker's
streaming export writes each result as `{"chunk_type": "CT_RESULT", "chunk_result": {"data": {"data": {"title": ...,
"url": ..., "published": ..., "content": ...}}}}`, and ends with a control line, `{"chunk_type": "CT_CONTROL",
"chunk_control": {"resume_offset": 2}}`. Such a file was quarantined whole (`no_text_field`), and read with `--field
text=chunk_result.data.data.content` its title, url, date and site stayed unread beside the text.

The record is the object that holds the text (by the common names, as a flat record's is found): the path to it is
found by its shape, the first path of objects, member by member, to one whose members name a text, so a vendor's own
wrapper names need no list (`record_wrappers` keeps the known ones, tried first). A line without that path that
holds no prose (no string with a space in it, at any depth: a stream's control line, its counts and offsets) is the
stream's bookkeeping, no record: it is skipped, not quarantined, as a feed's channel is no item; a line without it
that holds prose is an article's record gone wrong, and stays (it becomes a `no_text` bad record as before).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from transforms.formats.common_names import COMMON_NAMES
from transforms.formats.record_wrappers import WRAPPERS

_DEPTH = 4  # Talkwalker's three objects deep, and one more
_PROSE_DEPTH = 6  # how deep a bookkeeping line is looked into for prose
# The common names that are paths, as a flattened export writes them ("extra_source_attributes.name", Talkwalker's
# outlet): a nested record holds them as objects, and names no field by them unless they are written out beside it
_PATH_NAMES = tuple(name for names in COMMON_NAMES.values() for name in names if "." in name)


def text_path(records: Sequence[Mapping[str, object]], has_text: Callable[[list[str]], bool]) -> tuple[str, ...]:
    """Return the member names leading to the object that holds the records' text, shallowest first found, else ().

    >>> line = {"chunk_type": "CT_RESULT", "chunk_result": {"data": {"data": {"title": "T", "content": "C."}}}}
    >>> text_path([line], lambda names: "content" in names)
    ('chunk_result', 'data', 'data')
    >>> text_path([{"meta": {"count": 2}}], lambda names: "content" in names)
    ()
    """
    for depth in range(1, _DEPTH + 1):
        for values in records:
            for path in _paths(values, depth):
                # a known wrapper's rule is `record_wrappers`': every record holds it, or the file has no text field
                if path[0] not in WRAPPERS and has_text(list(_at(values, path) or {})):
                    return path
    return ()


def nested_records(
    objects: list[tuple[int, Mapping[str, object]]], path: tuple[str, ...]
) -> list[tuple[int, Mapping[str, object]]]:
    """Return the records as the objects at `path`, each with its outer fields beside them (the object's own winning a
    name they share), without the lines that have no such object and no prose (a stream's control lines)."""
    records = []
    for number, values in objects:
        inner = _at(values, path)
        if inner is None:
            if _has_prose(values, _PROSE_DEPTH):
                records.append((number, values))
            continue
        outer = {name: value for name, value in values.items() if name != path[0]}
        paths = {name: found for name in _PATH_NAMES if isinstance(found := _value(inner, name), str)}
        records.append((number, {**outer, **inner, **paths}))
    return records


def sibling_paths(
    records: Sequence[Mapping[str, object]], given: Mapping[str, str], detect: Callable[[list[str]], Mapping[str, str]]
) -> dict[str, str]:
    """Return the given mapping with the paths to the other members of the object a dotted text path ends in, for the
    fields the common names find among them and neither the mapping nor the records' own members name.

    >>> detect = lambda names: {"title": "headline"} if "headline" in names else {}
    >>> sibling_paths([{"d": {"headline": "T", "body": "B."}}], {"text": "d.body"}, detect)
    {'title': 'd.headline', 'text': 'd.body'}
    >>> sibling_paths([{"d.body": "B."}], {"text": "d.body"}, detect)
    {'text': 'd.body'}
    """
    # `--field text=chunk_result.data.data.content`: the object holding the text is the record the option points
    # into, as the one `text_path` finds by its names is, and its title, url and date beside the text are the
    # record's too (they stayed unread). Read through their paths, as a mapped dotted path is, so the metadata keeps
    # no second copy; the record's own members win a field both name (its "title" is its own, a wrapper's a guess).
    # A flat name with a dot in it has no object under its first part: the mapping is left as it was
    *parent, _ = given.get("text", "").split(".")
    if not parent:
        return dict(given)
    inner: dict[str, None] = {}
    top: dict[str, None] = {}
    for values in records:
        top.update(dict.fromkeys(values))
        inner.update(dict.fromkeys(_at(values, tuple(parent)) or {}))
    own = detect(list(top))
    prefix = ".".join(parent)
    found = {field: f"{prefix}.{name}" for field, name in detect(list(inner)).items()
             if field not in given and field not in own}
    return {**found, **given}


def _paths(values: Mapping[str, object], depth: int) -> list[tuple[str, ...]]:
    """Return the paths of `depth` members of objects in objects from a record, in its members' order."""
    found: list[tuple[str, ...]] = [(name,) for name, value in values.items() if isinstance(value, Mapping)]
    if depth == 1:
        return found
    return [(*path, *rest) for path in found
            if isinstance(inner := values[path[0]], Mapping) for rest in _paths(inner, depth - 1)]


def _at(values: Mapping[str, object], path: tuple[str, ...]) -> Mapping[str, object] | None:
    """Return the object at a path of members in a record, else None."""
    value: object = values
    for name in path:
        value = value.get(name) if isinstance(value, Mapping) else None
    return value if isinstance(value, Mapping) and path else None


def _value(values: Mapping[str, object], path: str) -> object:
    """Return the value at a dotted path of members in a record, else None."""
    *objects, name = path.split(".")
    inner = _at(values, tuple(objects))
    return inner.get(name) if inner is not None else None


def _has_prose(value: object, depth: int) -> bool:
    """Return whether a value holds a string with a space in it (a sentence, a title, a name), `depth` objects deep."""
    if isinstance(value, str):
        return " " in value.strip()
    if depth and isinstance(value, Mapping):
        return any(_has_prose(member, depth - 1) for member in value.values())
    if depth and isinstance(value, list):
        return any(_has_prose(member, depth - 1) for member in value)
    return False
