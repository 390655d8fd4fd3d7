"""The field whose text stands in for a record's empty text field: an API's `description`, a feed reader's `summary`,
a scraper's list of `paragraphs`, an ActivityStreams Note's `contentMap` (`record_mapping` reads a record's text from
it where its own holds none)."""

from __future__ import annotations

from collections.abc import Mapping

from transforms.formats.field_paths import squashed, value_at

# The fields whose text stands in for an empty text field: an API's `description`, a feed reader's `summary`.
STAND_IN_TEXTS = ("description", "summary")


def description_text(values: Mapping[str, object], text: str, reserved: frozenset[str] = frozenset()) -> str | None:
    """Return the name of a record's `description` (else `summary`) field where its text field (`text`) holds
    no text (null, only white space, or a number) and that field does; else None. Such an article's text is its
    description, which the reader notes in its metadata (`"text_from": "description"`). Before them, a scraper's
    list of `paragraphs`, and before it the path
    of the first text of an ActivityStreams `contentMap` (`contentMap.fr`): the content itself, in its languages,
    which a Note may give without `content` or beside a null one (each such post was `no_text`; a Note's
    `summary` is its content warning, no stand-in for its text).

    >>> description_text({"content": None, "Description": "Rates rose."}, "content")
    'Description'
    >>> description_text({"content": "Rates rose by a quarter point.", "description": "Rates."}, "content")
    >>> description_text({"content": "", "description": "  "}, "content")
    >>> description_text({"content_html": "", "summary": "Rates rose."}, "content_html")
    'summary'
    >>> description_text({"body": "", "description": "Rates.", "paragraphs": ["Rates rose.", "By a point."]}, "body")
    'paragraphs'
    >>> description_text({"content": None, "summary": "CW", "contentMap": {"fr": "<p>Bonjour</p>"}}, "content")
    'contentMap.fr'
    """
    if squashed(text) in STAND_IN_TEXTS:
        return None
    held = value_at(values, text)
    # a number is no text either: a count of paragraphs (`"paragraphs": 4`) beside a scraper's description
    if held is not None and not (isinstance(held, str) and not held.strip()) and not _is_number(held):
        return None
    if (in_languages := content_map_text(values, reserved)) is not None:
        return in_languages
    for name, value in values.items():  # a scraper's paragraphs beside its empty body: the text itself
        if squashed(name) == "paragraphs" and name not in reserved and isinstance(value, list) and value:
            return name
    for stand_in in STAND_IN_TEXTS:
        for name, value in values.items():
            if squashed(name) == stand_in and name not in reserved and isinstance(value, str) and value.strip():
                return name
    return None


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def content_map_text(values: Mapping[str, object], reserved: frozenset[str]) -> str | None:
    """Return the path of the first text of a record's ActivityStreams `contentMap` (language → content), else None.

    >>> content_map_text({"contentMap": {"en": " ", "de": "<p>Hallo</p>"}}, frozenset())
    'contentMap.de'
    """
    for name, value in values.items():
        if squashed(name) == "contentmap" and name not in reserved and isinstance(value, Mapping):
            for language, content in value.items():
                if isinstance(content, str) and content.strip() and "." not in language:
                    return f"{name}.{language}"
    return None
