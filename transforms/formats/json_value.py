"""A JSON text's value as the readers need it: lone UTF-16 surrogates read as U+FFFD (YAML front
matter's values, the same kinds, too); an integer too long for Python as its digits; a text of several
values one after the other."""

from __future__ import annotations

import json
import re

from transforms.formats.base import STILL_WRITTEN

# JSON may escape half of a surrogate pair alone ("\ud83d": an emoji cut by a tool that truncates
# at a length, as tweet and comment exports do); json.loads keeps it as a lone surrogate, which no
# UTF-8 encoder (a record's hash, Parquet) accepts.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _whole_number(digits: str) -> int | str:
    try:
        return int(digits)
    except ValueError:  # more digits than Python converts (sys.get_int_max_str_digits(): 4,300)
        return digits


# json.loads raises a plain ValueError, not a JSONDecodeError, at an integer of more than 4,300 digits
# (`"n": 99...9`, valid JSON): it stopped the whole run. Such a number is kept as its digits, a text (as
# no JSON writer could mean it as a number any program reads); the plain decoder, faster, reads every
# other text, and this one only a text where that one meets such a number.
_DECODER = json.JSONDecoder()
_LONG_INTEGER_DECODER = json.JSONDecoder(parse_int=_whole_number)


def decode_json(text: str) -> object:
    """Return the value of a JSON text as json.loads does, an integer too long for Python as its digits.

    Raises json.JSONDecodeError as json.loads does.

    >>> decode_json('{"id": 7, "n": ' + "9" * 5000 + '}')["n"] == "9" * 5000
    True
    """
    try:
        return _DECODER.decode(text)
    except json.JSONDecodeError:
        raise
    except ValueError:
        return _LONG_INTEGER_DECODER.decode(text)


def decode_json_at(text: str, start: int) -> tuple[object, int]:
    """Return the JSON value starting at `start` of a text and where it ends, as JSONDecoder.raw_decode
    does, an integer too long for Python as its digits (`decode_json`)."""
    try:
        return _DECODER.raw_decode(text, start)
    except json.JSONDecodeError:
        raise
    except ValueError:
        return _LONG_INTEGER_DECODER.raw_decode(text, start)


def json_value(text: str) -> object:
    """Return the value of a JSON text, each lone surrogate in its strings replaced by U+FFFD (an integer
    too long for Python as its digits: `decode_json`).

    Raises json.JSONDecodeError as json.loads does.

    >>> json_value('{"text": "cut \\\\ud83d", "ok": "\\\\ud83d\\\\ude00"}')
    {'text': 'cut \\ufffd', 'ok': '😀'}
    """
    value = decode_json(text)
    if _SURROGATE_ESCAPE.search(text) is None:  # nearly every text: no escape of a surrogate at all
        return value
    return without_surrogates(value)


# JSON's whitespace, between the values of a text of several.
_WHITESPACE = re.compile(r"[ \t\n\r]*")


def json_values(text: str) -> list[tuple[int, object]]:
    """Return the values of a text of JSON values one after the other (whitespace between them, or none),
    each with the line it starts on: one value, JSON Lines, or pretty-printed objects written one after
    another. Lone surrogates are U+FFFD, as in `json_value`.

    Raises json.JSONDecodeError at the first place that is not JSON.

    >>> json_values('{"a": 1}\\n{\\n  "b": [2]\\n}\\n')
    [(1, {'a': 1}), (2, {'b': [2]})]
    """
    values: list[tuple[int, object]] = []
    start = _WHITESPACE.match(text).end()  # type: ignore[union-attr]  # matches the empty string too
    line, counted = 1, 0
    while start < len(text):
        line += text.count("\n", counted, start)
        value, end = decode_json_at(text, start)
        values.append((line, value))
        counted, start = start, _WHITESPACE.match(text, end).end()  # type: ignore[union-attr]
    if _SURROGATE_ESCAPE.search(text) is None:
        return values
    return [(line, without_surrogates(value)) for line, value in values]


def is_cut_off(text: str, error: json.JSONDecodeError) -> bool:
    """Return whether a JSON text that does not parse ends before its value does, as a file still being
    written: json stopped at its end, or in a string it never closed (whatever follows a quote is the
    string's, so such a string runs to the end). A text of whitespace alone is no value begun.

    >>> def cut(text):
    ...     try:
    ...         json.loads(text)
    ...     except json.JSONDecodeError as error:
    ...         return is_cut_off(text, error)
    >>> cut('{"id": 3, "text": "Half of it'), cut('[{"id": 3},\\n'), cut('{"id": 3}]'), cut("  ")
    (True, True, False, False)

    json also stops before the end in a value the cut left begun: an escape (`"\\u4e`; a high surrogate's
    `"\\ud83d` waits for its low half), a literal (`fa` of false), a number's fraction or exponent (`12.`).
    What follows where it stopped is then that value's beginning alone.

    >>> cut('{"t": "\\\\u4e'), cut('{"t": "\\\\ud83d'), cut('{"paywall": fa'), cut('{"n": -'), cut('{"n": 1.5e+')
    (True, True, True, True, True)
    >>> cut('{"t": "\\\\u4eG"}'), cut('{"paywall": fals}'), cut('{"n": 12.}'), cut('{"n": 1-')
    (False, False, False, False)
    """
    end = len(text.rstrip())
    if end == 0:
        return False
    if error.pos >= end or error.msg.startswith("Unterminated string"):
        return True
    rest = text[error.pos:]
    if error.msg.startswith("Invalid \\uXXXX escape"):
        return _ESCAPE_BEGUN.fullmatch(rest) is not None
    if error.msg == "Expecting value":
        return any(literal.startswith(rest) for literal in _LITERALS)
    if error.msg == "Expecting ',' delimiter":  # after a number's whole part or fraction: its next part begun
        return _NUMBER_PART_BEGUN.fullmatch(rest) is not None
    return False


# What json has read no further than, at a text's end, of a value begun: the `u` and hex digits of an escape
# (json stops at its `u`), a literal's letters (json stops at its start), a fraction's `.` or an exponent's `e`
# and sign (json stops there, having read the number before).
_ESCAPE_BEGUN = re.compile(r"u[0-9a-fA-F]{0,4}")
_LITERALS = ("true", "false", "null", "NaN", "Infinity", "-Infinity")
_NUMBER_PART_BEGUN = re.compile(r"\.|[eE][-+]?")


# The detail of a file whose JSON nests arrays or objects deeper than Python's recursion limit (1000 by
# default; `[[[[...`): json raises RecursionError, which no run should stop at.
NESTED_TOO_DEEP = "JSON nested deeper than Python's json reads"


def json_message(error: json.JSONDecodeError) -> str:
    """Return json's message of an error for a detail that says where itself: some of json's messages end
    in "at" ("Unterminated string starting at"), and the detail's own "at line N" makes one "at" only."""
    return error.msg.removesuffix(" at")


def file_cut_off(text: str, error: json.JSONDecodeError, ends_with_end_of_line: bool) -> str | None:
    """Return the detail of a JSON text (a whole file's) that json found cut off (`is_cut_off`), a file still
    being written; else None. Whether its bytes end with an end of line (`ends_with_end_of_line`, as written)
    is said, not asked: a pretty-printed export is cut after an end of line as often as within a line, and
    its value left open says it is not whole either way (one whose writer stopped is read as it is an hour
    after its last write: warehouse.settled).

    >>> file_cut_off('[{"id": 1},\\n', json.JSONDecodeError("Expecting value", '[{"id": 1},\\n', 12), True)
    'the file is cut off (after an end of line, not JSON: Expecting value at line 2): still being written'
    """
    if not is_cut_off(text, error):
        return None
    where = f"not JSON: {json_message(error)} at line {error.lineno}"
    end = "after an end of line" if ends_with_end_of_line else "no end of line"
    return f"the file is cut off ({end}, {where}): {STILL_WRITTEN}"


def array_so_far(text: str) -> list[object]:
    """Return the whole values of a JSON text that is an array cut off (`file_cut_off`), in order: an export
    caught while it is written has its records up to the one it is writing. Of a text that is no array
    (an object holding one, cut: where its array starts is a guess), none. Lone surrogates are U+FFFD,
    as in `json_value`.

    >>> array_so_far('[{"id": 1},\\n {"id": 2}, {"id": 3, "te'), array_so_far('[1, 2')
    ([{'id': 1}, {'id': 2}], [1])
    >>> array_so_far('{"articles": [{"id": 1}, {')
    []
    """
    start = _WHITESPACE.match(text).end()  # type: ignore[union-attr]  # matches the empty string too
    if not text.startswith("[", start):
        return []
    values: list[object] = []
    place = _WHITESPACE.match(text, start + 1).end()  # type: ignore[union-attr]
    while place < len(text):
        try:
            value, end = decode_json_at(text, place)
        except json.JSONDecodeError:  # the value being written
            break
        if end == len(text) and isinstance(value, int | float) and not isinstance(value, bool):
            break  # a number at the cut may be cut itself ("[1, 2" of "[1, 23]"); an object or a string is closed
        values.append(value)
        end = _WHITESPACE.match(text, end).end()  # type: ignore[union-attr]
        if not text.startswith(",", end):
            break
        place = _WHITESPACE.match(text, end + 1).end()  # type: ignore[union-attr]
    if _SURROGATE_ESCAPE.search(text) is None:
        return values
    return [without_surrogates(value) for value in values]


def without_cut_character(data: bytes) -> bytes:
    """Return a file's bytes without a UTF-8 character cut off at their end, as a file caught while it is
    written may end (the rest UTF-8); other bytes as they are.

    Such a file is not UTF-8, and is read as the JSON text it was cut from: its last record cut off
    (`is_cut_off`). Undecodable (a CJK or Cyrillic feed, whose characters are bytes of two or three),
    it was quarantined, and its records deleted.

    >>> cut = '{"text": "Beijing \u5317\u4eac"}'.encode()[:-3]  # in its second character
    >>> without_cut_character(cut).decode(), without_cut_character(b'{"id": 1}') == b'{"id": 1}'
    ('{"text": "Beijing \u5317', True)
    """
    if not data or data[-1] < 0x80:  # ends in ASCII (a whole file ends in "}", "]" or an end of line): no decoding
        return data
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.reason == "unexpected end of data" and error.end == len(data):
            return data[:error.start]
    return data


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
