"""themelake's cache folder, shared by every cache it keeps (the language model's arrays, parsed taxonomies)."""

from __future__ import annotations

import os
from pathlib import Path

CACHE_ENV = "THEMELAKE_CACHE"


def cache_folder() -> Path:
    """Return themelake's cache folder (it may not exist yet): `THEMELAKE_CACHE`, else
    `$XDG_CACHE_HOME/themelake`, else `~/.cache/themelake`."""
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "themelake"
