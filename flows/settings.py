"""Settings read from THEMELAKE_* environment variables, with defaults that run with no setup."""

from __future__ import annotations

import os
from dataclasses import dataclass

DEFAULT_SOURCE = "examples/articles"


@dataclass(frozen=True)
class Settings:
    """Where the lake is, which taxonomy labels, and how many files a batch task takes."""

    lake: str = "lake"
    taxonomy: str | None = None  # None: the bundled IPTC default
    batch_size: int = 500
    max_file_bytes: int = 10 * 1024 * 1024
    runner: str = "local"  # "local" (threads + a process pool) or "dask"
    dask_address: str | None = None  # tcp://host:port of a Dask scheduler; None starts a LocalCluster

    @classmethod
    def from_env(cls) -> Settings:
        return cls(
            lake=os.environ.get("THEMELAKE_LAKE", cls.lake),
            taxonomy=os.environ.get("THEMELAKE_TAXONOMY") or None,
            batch_size=int(os.environ.get("THEMELAKE_BATCH_SIZE", cls.batch_size)),
            max_file_bytes=int(os.environ.get("THEMELAKE_MAX_FILE_BYTES", cls.max_file_bytes)),
            runner=os.environ.get("THEMELAKE_RUNNER", cls.runner),
            dask_address=os.environ.get("THEMELAKE_DASK_ADDRESS") or None,
        )
