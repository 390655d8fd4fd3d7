"""A run's log line for each file or record it quarantined: one sentence naming the file (and the record) and why.

It was "quarantined record /in/feed.jsonl#record=2: no_text (record 2: no text in field 'text')": the record
named twice, the reason code between the source and its explanation, the explanation in brackets, often with
brackets of its own.
"""

from __future__ import annotations

import re

from flows.artifacts import visible

_RECORD_KEY = re.compile(r"#(?P<name>id|url|record)=(?P<value>[^/#]*)\Z")


def quarantined_file_line(source: str, reason: str, detail: str) -> str:
    """Return the log line of a file quarantined whole.

    >>> quarantined_file_line("/in/scan.pdf", "unsupported_format", "a 'pdf' file")
    "quarantined /in/scan.pdf (unsupported_format): a 'pdf' file"
    """
    return f"quarantined {visible(source)} ({reason}): {visible(detail)}"


def quarantined_record_line(source: str, reason: str, detail: str) -> str:
    """Return the log line of a record of a records file quarantined: which record of which file, and why.

    >>> quarantined_record_line("/in/feed.jsonl#record=2", "no_text", "record 2: no text in field 'text'")
    "quarantined record 2 of /in/feed.jsonl (no_text): no text in field 'text'"
    >>> quarantined_record_line("/in/a.json#id=7", "duplicate_key", "id=7 already used by an earlier record")
    'quarantined record id=7 of /in/a.json (duplicate_key): id=7 already used by an earlier record'
    """
    found = _RECORD_KEY.search(source)
    if found is None:
        return f"quarantined record {visible(source)} ({reason}): {visible(detail)}"
    record = found["value"] if found["name"] == "record" else f"{found['name']}={found['value']}"
    detail = detail.removeprefix(f"record {record}: ")  # the detail's own "record 2: ", named already
    return f"quarantined record {visible(record)} of {visible(source[: found.start()])} ({reason}): {visible(detail)}"
