"""The benchmarks' work folders: a lake's folder emptied before a run writes it again."""

from __future__ import annotations

import shutil
from pathlib import Path


def fresh(path: Path) -> Path:
    """Return `path` with nothing there: a lake (or corpus) an earlier run left is removed first."""
    shutil.rmtree(path, ignore_errors=True)
    return path
