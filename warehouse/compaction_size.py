"""The size of compacted files: rows per file, the default, the limit, and the one a lake keeps in its settings."""

from __future__ import annotations

import warnings
from collections.abc import Mapping

from warehouse.lake import LakeError
from warehouse.lake_folder import LakeWarning

# Large enough that a table of a few million paragraphs is a handful of files, small enough that
# sorting one file's worth of rows stays cheap.
DEFAULT_ROWS_PER_FILE = 1_000_000
# The lake's setting (warehouse.lake.Manifest.settings) of the size `compact --rows-per-file` chose.
ROWS_PER_FILE = "rows_per_file"
# No reader wants one file of more rows (a hundred times the default: tens of GB of paragraphs); a
# larger number is a typo, and one that DuckDB would sort in a single spill.
MAX_ROWS_PER_FILE = 100_000_000


def check_rows_per_file(rows_per_file: int) -> None:
    """Raise LakeError, in one line, for a size of compacted files other than a whole number from 1 to the maximum."""
    if type(rows_per_file) is not int or not 1 <= rows_per_file <= MAX_ROWS_PER_FILE:
        raise LakeError(f"rows per file {rows_per_file!r}: give a whole number from 1 to {MAX_ROWS_PER_FILE:,}")


def recorded_rows_per_file(settings: Mapping[str, object]) -> int | None:
    """Return the size of compacted files a lake's settings hold, or None; a value no compaction could
    use (edited by hand) is ignored with a warning, for the default, rather than make the lake unusable.

    >>> recorded_rows_per_file({"rows_per_file": 4, "a later setting": [1]}), recorded_rows_per_file({})
    (4, None)
    """
    value = settings.get(ROWS_PER_FILE)
    if value is None:
        return None
    try:
        check_rows_per_file(value)  # type: ignore[arg-type]
    except LakeError as error:
        warnings.warn(f"the lake's manifest setting {ROWS_PER_FILE} is ignored: {error}", LakeWarning, stacklevel=2)
        return None
    return value  # type: ignore[return-value]
