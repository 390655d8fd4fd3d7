"""A yes/no field named as a date is (Jekyll's `published: true`): a flag, never the article's date."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from transforms.formats.common_names import COMMON_NAMES
from transforms.formats.field_paths import squashed

# What a yes/no field holds (Jekyll's `published: true`, a CSV's `published` column of "yes"): a flag,
# never a date, though its name is the first common name of one.
_FLAGS = frozenset({"true", "false", "yes", "no"})


def is_flag(value: object) -> bool:
    """Return whether a value is a yes/no flag (a boolean, or "true", "false", "yes", "no" in any case).

    >>> is_flag(True), is_flag(" Yes "), is_flag("2024-03-05"), is_flag(1)
    (True, True, False, False)
    """
    return isinstance(value, bool) or (isinstance(value, str) and value.strip().lower() in _FLAGS)


def flag_fields(records: Iterable[Mapping[str, object]]) -> frozenset[str]:
    """Return the fields named as a date is (`COMMON_NAMES["published_at"]`) whose every value, null
    and "" aside, is a flag (`is_flag`): "published": true says whether, not when, and the date is
    in the next name ("date", "created_at").

    >>> sorted(flag_fields([{"published": True, "date": "2024-03-05"}, {"published": "no", "date": None}]))
    ['published']
    >>> sorted(flag_fields([{"published": True}, {"published": "2024-03-05"}]))
    []
    """
    dates = {squashed(common) for common in COMMON_NAMES["published_at"]}
    flags: dict[str, bool] = {}  # a date-named field: whether every value so far is a flag
    for values in records:
        for name, value in values.items():
            if value is None or value == "" or not flags.get(name, True) or squashed(name) not in dates:
                continue
            flags[name] = is_flag(value)
    return frozenset(name for name, flag in flags.items() if flag)
