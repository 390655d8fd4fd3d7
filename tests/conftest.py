from __future__ import annotations

import atexit
import importlib
import os
import shutil
import tempfile
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import settings

# No deadline for property tests: a test asserts results, never time (benchmarks/ measures it). The
# default 200 ms failed a first example that paid a lazy import (pyarrow) on a loaded 2-core machine.
settings.register_profile("themelake", deadline=None)
settings.load_profile("themelake")

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")
# The suite's batch workers unpack py3langid's model into a folder of the session's own, not into the
# user's cache (warehouse/language_model.py); the workers the suite spawns inherit it.
if "THEMELAKE_CACHE" not in os.environ:
    os.environ["THEMELAKE_CACHE"] = tempfile.mkdtemp(prefix="themelake-test-cache-")
    atexit.register(shutil.rmtree, os.environ["THEMELAKE_CACHE"], True)

DATA = Path(__file__).parent / "data"
SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.fixture
def data_dir() -> Path:
    """The fixtures themelake ships under tests/data/."""
    return DATA


def shared_path(*parts: str) -> Path:
    """Return a path under ../shared, skipping the test when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"../shared is not beside the repository ({'/'.join(parts)} missing)")
    return path


def in_ci() -> bool:
    """Return True when the suite runs in CI (the `CI` variable set, as CI services set it)."""
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def import_extra(module: str, extra: str) -> ModuleType:
    """Import a module of one of themelake's extras (dask, s3); skip the test without it, except in CI.

    In CI (`make test` installs every extra) a missing module is a broken install: the test fails
    instead of turning into a quiet skip.
    """
    try:
        return importlib.import_module(module)
    except ImportError as error:
        message = f"{module} is not installed ({error}): pip install -e '.[{extra}]'"
        if in_ci():
            pytest.fail(f"CI is set, so every extra must be installed: {message}", pytrace=False)
        pytest.skip(message)
