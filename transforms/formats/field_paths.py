"""Fields of records that hold objects: dotted paths (`content.rendered`) and objects read as text; and a field's name
as names are compared (`squashed`).

API exports nest their fields: WordPress's REST API writes `"title": {"rendered": "..."}` and
`"content": {"rendered": "<p>...</p>", "protected": false}`, other feeds `{"article": {"body": ...}}`.
A mapping names such a member by its dotted path (`--field text=content.rendered`); a mapped field
that holds an object is read through its one string member, so WordPress exports need no mapping.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from functools import lru_cache

# An object's member that holds its text whatever else it holds, first found first: WordPress's "edit" exports
# give both "raw" and "rendered", and its public API "rendered" alone; the Google Reader API (Feedly's and
# Inoreader's exports) writes a text as {"direction": "ltr", "content": ...} and a link as {"href": ..., "type": ...}.
_TEXT_MEMBERS = ("rendered", "content", "href")


class NotText(ValueError):
    """A field holds an object that is not text; the message names the dotted paths to map instead."""


def value_at(values: Mapping[str, object], path: str) -> object:
    """Return the value of a field name or dotted path (`content.rendered`); None when the record has none.

    A field whose own name holds the dots wins over a path.

    >>> value_at({"content": {"rendered": "<p>Hi</p>"}}, "content.rendered")
    '<p>Hi</p>'
    >>> value_at({"a.b": 1, "a": {"b": 2}}, "a.b"), value_at({"a": "x"}, "a.b")
    (1, None)

    A path through a list is its items' members, the items without one left out: a body written as
    blocks (`"body": [{"type": "text", "text": "..."}, {"type": "image"}]`, as Arc XP's `content_elements`
    and headless CMSs' rich text are) is `body.text`, the path a no_text detail names (`text_of_value`).

    >>> value_at({"body": [{"text": "One."}, {"url": "x.jpg"}, {"text": "Two."}]}, "body.text")
    ['One.', 'Two.']
    """
    if path in values:
        return values[path]
    value: object = values
    parts = path.split(".")
    for at, part in enumerate(parts):
        if isinstance(value, list) and at:
            rest = ".".join(parts[at:])
            found = [value_at(item, rest) for item in value if isinstance(item, Mapping)]
            return [item for item in found if item is not None] or None
        if not isinstance(value, Mapping) or part not in value:
            return None
        value = value[part]
    return value


def without_paths(values: Mapping[str, object], paths: Iterable[str]) -> dict[str, object]:
    """Return the fields of a record less the mapped ones (a path's member; an object it leaves empty goes too).

    >>> without_paths({"id": 1, "content": {"rendered": "x", "protected": False}}, ["id", "content.rendered"])
    {'content': {'protected': False}}
    """
    paths = set(paths)
    kept: dict[str, object] = {}
    for name, value in values.items():
        if name in paths:
            continue
        inner = {path[len(name) + 1:] for path in paths if path.startswith(f"{name}.")}
        if inner and isinstance(value, Mapping):
            value = without_paths(value, inner)
            if not value:
                continue
        elif inner and isinstance(value, list):  # a list of blocks, read through its items (`value_at`)
            value = [without_paths(item, inner) if isinstance(item, Mapping) else item for item in value]
            value = [item for item in value if item != {}]
            if not value:
                continue
        kept[name] = value
    return kept


def text_of_value(value: object, path: str, separator: str = " ") -> str | None:
    """Return a field's value as text, or raise NotText for an object that has no one text member.

    A string or number is its text; an object its `rendered` member (WordPress's), else its `content` (the Google
    Reader API's `{"direction": "ltr", "content": ...}`, as Feedly and Inoreader write it), else its `href` (a
    link's `{"href": ..., "type": "text/html"}`), else its only string member;
    a list its items' texts joined by `separator`. Never a Python repr of an object.

    >>> text_of_value({"rendered": "Rain", "protected": False}, "title")
    'Rain'
    >>> text_of_value(["One.", "Two."], "text", "\\n\\n")
    'One.\\n\\nTwo.'
    >>> text_of_value("Rain\\x00 at last", "text"), text_of_value("\\x00", "author")
    ('Rain at last', None)
    >>> text_of_value({"headline": "Rain", "body": "It rained.", "n": 2}, "article")
    Traceback (most recent call last):
    ...
    transforms.formats.field_paths.NotText: field 'article' holds an object, not text: map one of its members \
by its path (article.headline, article.body, article.n), e.g. --field text=article.body
    """
    if value is None:
        return None
    if isinstance(value, Mapping):
        strings = [name for name, member in value.items() if isinstance(member, str)]
        strings = next(([name] for name in _TEXT_MEMBERS if name in strings), strings)
        if len(strings) != 1:
            members = [f"{path}.{name}" for name in list(value)[:6]] or [f"{path}.NAME"]
            # The example is the longest string member: an article's body is longer than its headline.
            longest = max(strings, key=lambda name: len(str(value[name])), default=None)
            example = f"{path}.{longest}" if longest is not None else members[0]
            raise NotText(
                f"field {path!r} holds an object, not text: map one of its members by its path "
                f"({', '.join(members)}), e.g. --field text={example}"
            )
        return text_of_value(value[strings[0]], f"{path}.{strings[0]}", separator)
    if isinstance(value, list | tuple):
        if _is_text_run(value):  # Telegram's `result.json`: a message's text in pieces (it was set aside)
            return text_of_value("".join(p if isinstance(p, str) else str(p["text"]) for p in value), path)
        texts = [text_of_value(item, path, separator) for item in value]
        return separator.join(text for text in texts if text) or None
    # A NUL ("\u0000" in JSON, "\0" in YAML) is no character of an article's text, title or byline: dropped,
    # as the text readers drop a NUL byte (transforms.text.normalize_text). Metadata keeps the value as given.
    text = written(value).replace("\x00", "").strip()
    return text or None


# The styles of a piece of a Telegram message's text (its export's `text_entities` types): inline, never a block
_INLINE_TYPES = frozenset("""plain bold italic underline strikethrough spoiler code pre link text_link mention
    mention_name hashtag cashtag bot_command email phone bank_card custom_emoji blockquote""".split())


def _is_text_run(value: list[object] | tuple[object, ...]) -> bool:
    """Return whether a list is one text written in pieces, strings and styled `{"type": ..., "text": ...}` objects
    in turn, as Telegram Desktop's chat export writes a message with a link or bold words in it (`["Breaking: ",
    {"type": "bold", "text": "Russian drones"}, " hit Kharkiv"]`): its pieces run on, spaces and all (blocks of
    a body, a list of paragraphs or of Portable Text blocks, are paragraphs each).

    >>> _is_text_run(["Breaking: ", {"type": "bold", "text": "drones"}, " hit."]), _is_text_run(["One.", "Two."])
    (True, False)
    >>> _is_text_run([{"type": "paragraph", "text": "One."}, {"type": "paragraph", "text": "Two."}])
    False
    """
    pieces = [p for p in value if not isinstance(p, str)]
    return bool(pieces) and all(isinstance(p, Mapping) and p.get("type") in _INLINE_TYPES
                                and isinstance(p.get("text"), str) for p in pieces)


def written(value: object) -> str:
    """Return a value as its file writes it: a string as it is, another value as its JSON text
    (`true`, `{"a": 1}`), never Python's (`True`, `{'a': 1}`).

    >>> written("Rain"), written(True), written({"a": 1}), written(2.5), written(None)
    ('Rain', 'true', '{"a": 1}', '2.5', 'null')
    """
    if isinstance(value, str):
        return value
    if value is None or isinstance(value, bool | int | float | list | tuple | dict):
        try:
            return json.dumps(value, ensure_ascii=False, default=str)
        except ValueError:  # a structure that holds itself: no JSON text
            pass
    return str(value)  # a value no JSON holds (a date of TOML front matter): its own text


def text_or_none(value: object) -> str | None:
    """Return a value's text (`text_of_value`), or None for a value that holds none: never its Python repr.

    >>> text_or_none("Reuters"), text_or_none({"name": "AP"}), text_or_none({"a": 1, "b": 2})
    ('Reuters', 'AP', None)
    """
    try:
        return text_of_value(value, "value")
    except NotText:
        return None


@lru_cache(maxsize=8192)
def squashed(name: str) -> str:
    """Return a field name as common names are compared: without case, spaces, "_", "-" and an abbreviation's full
    stop before a space (a spreadsheet's "Pub. Date" column was no date; a path's "meta.date" keeps its dot).

    >>> squashed("Published_At"), squashed("pub-date"), squashed("Pub. Date"), squashed("meta.date")
    ('publishedat', 'pubdate', 'pubdate', 'meta.date')
    """
    return re.sub(r"[\s_\-]|\.(?=\s)", "", name.lower())
