"""A JSON text's value as the readers need it: lone UTF-16 surrogates read as U+FFFD (YAML front
matter's values, the same kinds, too)."""

from __future__ import annotations

import json
import re

# JSON may escape half of a surrogate pair alone ("\ud83d": an emoji cut by a tool that truncates
# at a length, as tweet and comment exports do); json.loads keeps it as a lone surrogate, which no
# UTF-8 encoder (a record's hash, Parquet) accepts.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def json_value(text: str) -> object:
    """Return the value of a JSON text, each lone surrogate in its strings replaced by U+FFFD.

    Raises json.JSONDecodeError as json.loads does.

    >>> json_value('{"text": "cut \\\\ud83d", "ok": "\\\\ud83d\\\\ude00"}')
    {'text': 'cut \\ufffd', 'ok': '😀'}
    """
    value = json.loads(text)
    if _SURROGATE_ESCAPE.search(text) is None:  # nearly every text: no escape of a surrogate at all
        return value
    return without_surrogates(value)


def without_surrogates(value: object) -> object:
    """Return a JSON (or YAML) value with each lone surrogate of its strings (keys too) replaced by U+FFFD.

    A high and a low surrogate in a row are one character: YAML, unlike json.loads, does not join
    `"\\ud83d\\ude00"` (front matter written by a JSON encoder) into the emoji it escapes.

    >>> without_surrogates({"k\\ud83d": ["\\ud83d\\ude00", "cut \\ud83d", "\\ude00\\ud83d"]})
    {'k�': ['😀', 'cut �', '��']}
    """
    if isinstance(value, str):
        return _text_without_surrogates(value)
    if isinstance(value, list):
        return [without_surrogates(item) for item in value]
    if isinstance(value, dict):
        return {_text_without_surrogates(key): without_surrogates(item) for key, item in value.items()}
    return value


def _text_without_surrogates(text: str) -> str:
    if _SURROGATE.search(text) is None:
        return text
    # Through UTF-16: a pair decodes as its character, a lone half as U+FFFD.
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
