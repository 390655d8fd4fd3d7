"""One batch's CPU seconds in a warm worker: `flows.batch.ingest_batch` on a corpus's articles, the least of five.

    .venv/bin/python benchmarks/batch_cpu.py .bench/corpus-10000

A warm-up batch first (files 2,000 to 4,000: the models, the gazetteer, the caches), then five batches of
`--articles` files each (from file 4,000 on) into a new lake (a temporary folder, or `--lake`: a folder that
must not exist yet), each timed in CPU seconds of this process (`time.process_time`: what other work on the
machine changes least). Compare two builds by running each in turn, several rounds, and keeping each one's least.
`--stages` prints each stage's least CPU ms too (benchmarks/batch_stages.py), without a profiler's overhead.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Mapping
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path

# This checkout's code, not that of wherever the environment installed themelake from (an editable install names
# one checkout): the build before is timed from a worktree of its own, with the same environment.
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.batch_stages import least_by_stage, stage_clocks  # noqa: E402  (this checkout's, as above)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", help="a folder of at least 4,000 + 5 x ARTICLES article files (the bench's corpus)")
    parser.add_argument(
        "--lake", help="a new lake folder to write (must not exist; default: a temporary one, removed after)",
    )
    parser.add_argument("--articles", type=int, default=1200, help="files per timed batch (1,200)")
    parser.add_argument("--stages", action="store_true", help="also print each stage's least CPU ms per batch")
    args = parser.parse_args()
    if args.lake and Path(args.lake).exists():
        parser.error(f"{args.lake} exists: --lake names a new folder (the benchmark writes a lake of its own)")

    from flows.no_pandas import keep_pandas_out

    keep_pandas_out()
    import flows.batch as batch
    from flows.batch_workers import warm_worker
    from warehouse.lake_lock import writer_lock
    from warehouse.sources import list_sources
    from warehouse.taxonomy_files import read_taxonomy

    warm_worker(None, True)
    taxonomy = read_taxonomy(None)
    entries = list_sources(args.corpus)
    n = args.articles
    if len(entries) < 4000 + 5 * n:
        parser.error(f"{args.corpus} has {len(entries)} files: {4000 + 5 * n} needed")
    stages: list[Mapping[str, float]] | None = [] if args.stages else None
    with tempfile.TemporaryDirectory(prefix="batch-cpu-") as scratch:
        seconds = _timed(batch, entries, taxonomy, n, writer_lock, args.lake or str(Path(scratch) / "lake"), stages)
    print(f"CPU s per {n}-article batch", [round(s, 3) for s in seconds], "least", round(min(seconds), 3))
    if stages is not None:
        for stage, least in least_by_stage(stages):
            print(f"  {least * 1000:7.1f} ms  {stage}")


def _timed(batch, entries, taxonomy, n, writer_lock, lake: str,  # type: ignore[no-untyped-def]
           stages: list[Mapping[str, float]] | None = None) -> list[float]:
    seconds = []
    with writer_lock(lake, 5) as root:
        batch.ingest_batch(entries[2000:4000], {}, set(), taxonomy, str(root), "run", "warm", 10**8)
        for i in range(5):
            # The clocks wrap the stages only while a timed batch runs, so the batch's own figure without
            # --stages is the one the README compares.
            clocks: AbstractContextManager[dict[str, float]] = stage_clocks() if stages is not None else nullcontext({})
            with clocks as spent:
                start = time.process_time()
                batch.ingest_batch(entries[4000 + i * n: 4000 + (i + 1) * n], {}, set(), taxonomy, str(root), "run",
                                   f"t{i}", 10**8)
                seconds.append(time.process_time() - start)
            if stages is not None:
                stages.append(spent)
    return seconds


if __name__ == "__main__":
    main()
