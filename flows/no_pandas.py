"""Keep pandas out of a process of ours: themelake never uses it, and pyarrow would import it anyway.

pyarrow imports pandas on its first conversion of Python data (a table from lists, an empty table
of a schema), only to check whether the data is a pandas object. None of themelake's code holds one
(`flows`, `transforms` and `warehouse` never import pandas), so the processes that are wholly ours
refuse it, as if it were not installed, and pyarrow goes on without it:

- the batch workers (`flows.batch_pool.start_worker`): two workers running bbc-dev in two batches spent
  0.7 to 1.0 CPU s less in all, and each peaked 28 MB lower (281 against 309 MB);
- the `themelake` command (`flows/cli/main.py`): importing pandas was 0.4 s of every `run`, most of
  the difference between an unchanged re-run and the listing it needs.

A user's own process, or a Prefect worker's that runs our flows, imports pandas as usual.
"""

from __future__ import annotations

import importlib.abc
import sys


class _NoPandas(importlib.abc.MetaPathFinder):
    """Refuses to import pandas (see `keep_pandas_out`)."""

    def find_spec(self, name: str, path: object = None, target: object = None) -> None:
        if name == "pandas" or name.startswith("pandas."):
            raise ModuleNotFoundError("themelake's own processes do not import pandas (flows/no_pandas.py)", name=name)
        return None


def keep_pandas_out() -> None:
    """Make this process refuse to import pandas from now on (once is enough; again does nothing)."""
    if not any(isinstance(finder, _NoPandas) for finder in sys.meta_path):
        sys.meta_path.insert(0, _NoPandas())
