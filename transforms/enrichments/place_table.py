"""The hand-kept table of places, `places.toml`: other names of places, the rules of ambiguous names."""

from __future__ import annotations

import tomllib
from functools import lru_cache
from importlib.resources import files


@lru_cache(maxsize=1)
def places_toml() -> dict:
    """Return the tables of places.toml (read once per process)."""
    return tomllib.loads(files("transforms.enrichments").joinpath("places.toml").read_text("utf-8"))
