"""Settings read from THEMELAKE_* environment variables, with defaults that run with no setup."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import TypeVar

from warehouse.source_limits import DEFAULT_MAX_BYTES

DEFAULT_SOURCE = "examples/articles"
# The task runners a run can use (flows/runners.py), here so that the CLI checks a name without Prefect.
RUNNERS = ("local", "dask")


def unknown_runner(runner: str) -> str:
    """Return the message for a runner name that is not one of RUNNERS."""
    return f"unknown runner {runner!r}: use one of {', '.join(RUNNERS)}"


@dataclass(frozen=True)
class Settings:
    """Where the inbox and the lake are, which taxonomy labels, and how many files a batch task takes."""

    inbox: str = DEFAULT_SOURCE  # the folder scheduled runs ingest when no source is given
    lake: str = "lake"
    taxonomy: str | None = None  # None: the bundled IPTC default
    batch_size: int = 2000  # files per batch task: see docs/performance.md
    max_file_bytes: int = DEFAULT_MAX_BYTES  # larger files are quarantined (too_large)
    runner: str = "local"  # "local" (threads + a process pool) or "dask"
    dask_address: str | None = None  # tcp://host:port of a Dask scheduler; None starts a LocalCluster
    lock_timeout: float = 30.0  # seconds a run waits for another run's writer lock on the same lake
    workers: int | None = None  # batch processes (THEMELAKE_WORKERS); None: one per core (flows/batch.py)

    @classmethod
    def from_env(cls) -> Settings:
        return cls(
            inbox=os.environ.get("THEMELAKE_INBOX") or cls.inbox,
            lake=os.environ.get("THEMELAKE_LAKE") or cls.lake,  # empty, as the others: unset (not the cwd)
            taxonomy=os.environ.get("THEMELAKE_TAXONOMY") or None,
            batch_size=_env_number("THEMELAKE_BATCH_SIZE", cls.batch_size, int, 1),
            max_file_bytes=_env_number("THEMELAKE_MAX_FILE_BYTES", cls.max_file_bytes, int, 1),
            runner=os.environ.get("THEMELAKE_RUNNER") or cls.runner,
            dask_address=os.environ.get("THEMELAKE_DASK_ADDRESS") or None,
            lock_timeout=_env_number("THEMELAKE_LOCK_TIMEOUT", cls.lock_timeout, float, 0),
            workers=_env_number("THEMELAKE_WORKERS", None, int, 1),
        )


class SettingsError(ValueError):
    """A THEMELAKE_* variable holds a value themelake cannot use; the message names it and says why."""


N = TypeVar("N", int, float)
D = TypeVar("D", int, float, None)


def _env_number(name: str, default: D, kind: type[N], minimum: N) -> N | D:
    """Return a number from the environment, or raise SettingsError in one line.

    >>> os.environ["THEMELAKE_X"] = "20MB"; _env_number("THEMELAKE_X", 1, int, 1)
    Traceback (most recent call last):
    ...
    flows.settings.SettingsError: THEMELAKE_X='20MB' is not a whole number
    """
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = kind(raw.strip())
    except ValueError:
        what = "a whole number" if kind is int else "a number"
        raise SettingsError(f"{name}={raw!r} is not {what}") from None
    if not value >= minimum:  # also refuses nan
        raise SettingsError(f"{name}={raw!r} must be at least {minimum}")
    return value
