"""The details of a records file's errors: why no field holds its text (with the option that reads one), why a record
is no article, and its bad records counted beside them. Split from `records`, which reads the articles."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from transforms.formats.export_columns import is_link_column, links_detail
from transforms.formats.prose_columns import prose_column, prose_detail
from transforms.formats.substack_exports import index_detail


def no_text_field_detail(
    names: Sequence[str], sample: Sequence[Mapping[str, object]], mapping: Mapping[str, str],
    given: Mapping[str, str], mapped: str | None,
) -> str | None:
    """Return why no field of a file holds its articles' text, else None where `mapping` reads one.

    A bookmarking app's export holds links, not articles: its detail says so, unless a text field is given (or found
    beside the app's own columns). Pinboard's `description`, the link's title, was read as the text."""
    links = links_detail(list(names), mapping) if "text" not in given else None
    links = None if links is None or "text" in mapping and not is_link_column(names, mapping["text"]) else links
    if links is None and "text" in mapping:
        return None
    # a column of prose under an unknown name is named, not read (`prose_columns`), nor the file called links
    prose = None if "text" in given else prose_column(list(names), sample)
    if prose is not None:
        return prose_detail(prose, list(names))
    return links or index_detail(list(names)) or _no_field_detail(list(names), mapped)


def service_message(values: Mapping[str, object]) -> str:
    """Return what a record without text is where it is a chat export's service message, no one's post (Telegram's
    `result.json`: `"type": "service"`, its `action` a pin, a join, a channel's creation), else "".

    >>> service_message({"type": "service", "action": "pin_message", "text": ""}), service_message({"text": ""})
    (': a Telegram service message (pin_message), no article', '')
    """
    action = values.get("action")
    if values.get("type") != "service" or not isinstance(action, str):
        return ""
    return f": a Telegram service message ({action}), no article"


def bad_ones_counted(detail: str, bad: list[tuple[int, str]], unit: str, are: str) -> str:
    """Return a `no_text_field` detail that counts the file's bad records too (by their number and detail),
    naming the first: quarantined whole for its fields alone, its bad records were news once a text was mapped.

    >>> bad_ones_counted("no field holds the article text", [(4, "3 columns"), (2, "5 columns")], "row", "malformed")
    'no field holds the article text; and 2 rows are malformed (row 2: 5 columns), whatever the mapping'
    """
    number, first = min(bad)
    counted = f"1 {unit} is" if len(bad) == 1 else f"{len(bad):,} {unit}s are"
    return f"{detail}; and {counted} {are} ({unit} {number}: {first}), whatever the mapping"


def empty_records(count: int) -> str:
    """Return the detail of a file whose every record is an empty object.

    >>> empty_records(1)
    'its one record is an empty object ({}): no article to read'
    """
    held = "its one record is an empty object" if count == 1 else f"its {count:,} records are empty objects"
    return f"{held} ({{}}): no article to read"


def _no_field_detail(names: list[str], mapped: str | None) -> str:
    """Return why no field of a file holds the article text, and how to map one."""
    missing = f"the file has no field {mapped!r} (--field text={mapped}), and " if mapped else ""
    if not names:  # its objects are `{}` (beside its bad records): no field to map
        return f"{missing}no field holds the article text: its records that are objects are empty ({{}})"
    return (
        f"{missing}no field holds the article text (fields: {', '.join(names[:12])}): "
        "map one with --field text=NAME (a member of an object by its path: --field text=article.body)"
    )
