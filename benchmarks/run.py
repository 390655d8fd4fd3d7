"""Benchmark themelake: the ingest-articles flow, the same work without Prefect, a naive baseline.

    .venv/bin/python benchmarks/run.py --articles 50000 [--json]

Builds (once, cached under .bench/) a corpus of N articles replicated from ../shared/corpora/bbc-dev,
then measures in one run: the naive baseline (on a sample), the bare path, the Prefect API's start,
the flow with that API up, an unchanged re-run of the flow, and the README's example queries on the
lake the flow left (compacted by the run itself, as every run does once compaction is due).
A phase is measured by benchmarks/phases.py; the bare path is benchmarks/bare_path.py, the Prefect API
benchmarks/prefect_api.py, the small runs benchmarks/latency.py.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from itertools import islice
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")

import psutil  # noqa: E402

from benchmarks.bare_path import bare_ingest, format_rates, lake_counts  # noqa: E402
from benchmarks.corpus import build_corpus  # noqa: E402
from benchmarks.folders import fresh  # noqa: E402
from benchmarks.phases import MB, Phase, keep_fastest, measured  # noqa: E402
from benchmarks.prefect_api import start_api  # noqa: E402
from benchmarks.queries import time_queries  # noqa: E402

TARGETS = {
    "flow_mb_per_s": ">= 20",
    "flow_over_bare": "<= 1.15",
    "rerun_over_first": "<= 0.10",
    "peak_rss_mb": "<= 1000",
    "api_start_s": "<= 10",
    "slowest_query_s": "< 1",
    # issue 13: the pipeline keeps this share of its throughput (bare path, MB/s) with enrichment on.
    "enriched_over_plain_throughput": ">= 0.75",
}


def term_only_taxonomy(taxonomy: str | None, cache: Path) -> Path:
    """Write a copy of the taxonomy with `semantic = false` (the term matcher alone); return its path.

    Its `min_score` is 1.0, the term matcher's own threshold (the bundled taxonomy's 2.0 counts on
    semantic evidence, its notes say), so the terms alone label what they labelled before the layer.
    """
    import re

    from warehouse.taxonomy_files import read_taxonomy_text

    text = read_taxonomy_text(taxonomy)
    head = text.index("[taxonomy]") + len("[taxonomy]")
    body = re.sub(r"(?m)^min_score\s*=\s*[0-9.]+", "min_score = 1.0", text[head:], count=1)
    path = cache / "term-only-taxonomy.toml"
    path.write_text(text[:head] + "\nsemantic = false" + body, encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=50_000, help="corpus size N (default 50000)")
    parser.add_argument("--seed", default=str(REPO.parent / "shared" / "corpora" / "bbc-dev"),
                        help="folder of real articles to replicate (default ../shared/corpora/bbc-dev)")
    parser.add_argument("--cache", default=str(REPO / ".bench"), help="corpora and lakes (default .bench/)")
    parser.add_argument("--taxonomy", default=None, help="taxonomy TOML (default: the bundled one)")
    parser.add_argument("--batch-size", type=int, default=None, help="files per batch (default: the flow's)")
    parser.add_argument("--workers", type=int, default=None, help="batch processes (default: one per core)")
    parser.add_argument("--naive-articles", type=int, default=1_000,
                        help="the naive baseline runs on the first K articles (it is slow; default 1000)")
    parser.add_argument("--no-semantic", action="store_true",
                        help="run the pipeline phases with the term matcher alone (semantic = false)")
    parser.add_argument("--label-articles", type=int, default=2_000,
                        help="the labelling phase (terms alone vs terms + semantic) on K articles (default 2000)")
    parser.add_argument("--skip", action="append", default=[],
                        choices=["naive", "bare", "bare_no_enrich", "flow", "rerun", "labels", "latency"],
                        help="leave a phase out (repeatable)")
    parser.add_argument("--repeat", type=lambda v: max(1, int(v)), default=2,
                        help="run the bare path with and without enrichment K times, alternating; "
                             "each keeps its fastest run (default 2: one run of each moves by 10 %% "
                             "and more on a shared machine)")
    parser.add_argument("--json", action="store_true", help="print the results as JSON, not a table")
    parser.add_argument("--formats", action="store_true",
                        help="also time the bare path on the corpus as HTML pages and as JSON Lines files")
    args = parser.parse_args(argv)

    from benchmarks.report import naive_over_flow, print_table, verdicts
    from flows.batch_pool import shutdown_pools
    from flows.batch_workers import default_workers
    from flows.settings import Settings

    if "naive" in args.skip:
        # This process runs the flow as `themelake run`'s does: refusing pandas (flows/no_pandas.py), which
        # pyarrow would import at its first conversion of Python data (0.2 to 0.4 CPU s of the flow's).
        # The naive baseline needs it.
        from flows.no_pandas import keep_pandas_out

        keep_pandas_out()
    cache = Path(args.cache)
    cache.mkdir(parents=True, exist_ok=True)
    workers = args.workers or default_workers()
    batch_size = args.batch_size or Settings.from_env().batch_size

    def log(*parts: object) -> None:
        print(*parts, file=sys.stderr, flush=True)

    log(f"corpus of {args.articles} articles ...")
    started = time.perf_counter()
    source, size = build_corpus(Path(args.seed), args.articles, cache)
    result: dict = {
        "articles": args.articles, "corpus_mb": round(size / MB, 1), "batch_size": batch_size,
        "workers": workers, "cpus": os.cpu_count(), "load_before": [round(x, 2) for x in os.getloadavg()],
        "corpus_build_s": round(time.perf_counter() - started, 1),
    }
    work = cache / "work"
    if args.no_semantic:
        args.taxonomy = str(term_only_taxonomy(args.taxonomy, cache))
    result["semantic"] = not args.no_semantic

    if "labels" not in args.skip:
        from benchmarks.labelling import time_labelling

        log(f"labelling {args.label_articles} articles: terms alone, then terms + semantic ...")
        result["labelling"] = time_labelling(source, args.taxonomy, args.label_articles)

    if "naive" not in args.skip:
        # Imported here, not at the top: each batch worker this script spawns imports the script again (as
        # `__mp_main__`), and the naive baseline's pandas there cost a worker 0.3 CPU s and 28 MB that
        # `themelake run`'s workers, which refuse pandas (flows/no_pandas.py), never pay.
        from benchmarks.naive import naive_ingest
        from warehouse.sources import iter_sources
        from warehouse.taxonomy_files import read_taxonomy

        # The first K of the listing, not the listing cut: holding it would raise later phases' RSS.
        sample = [e.path for e in islice(iter_sources(source), args.naive_articles)]
        log(f"naive baseline on {len(sample)} articles ...")
        naive = Phase()
        with measured(naive):
            counts = naive_ingest(sample, read_taxonomy(args.taxonomy), fresh(work / "naive"))
        naive.bytes, naive.articles, naive.paragraphs = counts["bytes"], counts["articles"], counts["paragraphs"]
        result["naive"] = naive.rates()

    # The bare path with and without enrichment, alternated `--repeat` times: each keeps its fastest
    # run (the machine's noise only ever adds time), so their ratio compares like with like.
    for attempt in range(args.repeat):
        if "bare" not in args.skip:
            log(f"bare path (no Prefect), run {attempt + 1} of {args.repeat} ...")
            bare = Phase(bytes=size)
            with measured(bare):
                bare_compaction_s = bare_ingest(
                    source, fresh(work / "bare-lake"), args.taxonomy, batch_size, workers
                )
                shutdown_pools()  # each phase pays for starting its own worker processes
            bare.articles, bare.paragraphs = lake_counts(work / "bare-lake")
            keep_fastest(result, "bare", bare.rates() | {"compaction_s": round(bare_compaction_s, 2)})

        if "bare_no_enrich" not in args.skip:
            log(f"bare path without enrichment (--no-enrich), run {attempt + 1} of {args.repeat} ...")
            plain = Phase(bytes=size)
            with measured(plain):
                plain_compaction_s = bare_ingest(
                    source, fresh(work / "plain-lake"), args.taxonomy, batch_size, workers, enrich=False
                )
                shutdown_pools()
            plain.articles, plain.paragraphs = lake_counts(work / "plain-lake")
            keep_fastest(result, "bare_no_enrich", plain.rates() | {"compaction_s": round(plain_compaction_s, 2)})

    if args.formats:
        result["formats"] = format_rates(source, size, cache, work, args.taxonomy, batch_size, workers, log)

    if "flow" not in args.skip:
        log("starting the Prefect API ...")
        server, url, api_start = start_api(cache / "prefect-home")
        result["api_start_s"] = round(api_start, 2)
        os.environ["PREFECT_API_URL"] = url  # before Prefect is first imported

        def server_pids() -> set[int]:
            return {server.pid, *(c.pid for c in _children(server.pid))}
        try:
            from flows.ingest import ingest_articles

            lake = fresh(work / "flow-lake")
            flow = Phase(bytes=size)
            log("flow ...")
            with measured(flow, server_pids, server=server.pid):
                summary = ingest_articles(source=str(source), lake=str(lake), taxonomy=args.taxonomy,
                                          batch_size=batch_size, workers=workers)
                shutdown_pools()
            flow.articles, flow.paragraphs = lake_counts(lake)
            result["flow"] = flow.rates()
            result["compaction"] = summary.get("compacted")  # files before and after, or None
            if "rerun" not in args.skip:
                log("unchanged re-run ...")
                rerun = Phase()
                with measured(rerun, server_pids, server=server.pid):
                    ingest_articles(source=str(source), lake=str(lake), taxonomy=args.taxonomy,
                                    batch_size=batch_size, workers=workers)
                    shutdown_pools()
                result["rerun"] = rerun.rates()
        finally:
            server.terminate()
            server.wait(30)
        log("queries ...")
        result["queries"] = time_queries(lake)
    if "latency" not in args.skip:
        # Small runs (issue 14): command latency, the bundled examples, the seed corpus's first run and
        # its unchanged re-run, each through the `themelake` command, with the fixed cost per phase.
        from benchmarks.latency import measure_latency

        log("latency: starting the Prefect API ...")
        server, url, _ = start_api(cache / "prefect-home")
        try:
            result["latency"] = measure_latency(url, Path(args.seed), work / "latency", log=log)
        finally:
            server.terminate()
            server.wait(30)
    result["load_after"] = [round(x, 2) for x in os.getloadavg()]
    speedup = naive_over_flow(result)
    if speedup is not None:
        result["naive_over_flow_time"] = speedup
    result["verdicts"] = verdicts(result, TARGETS)
    if args.json:
        print(json.dumps(result, indent=1))
    else:
        print_table(result)
        if "latency" in result:
            from benchmarks.latency import print_latency

            print_latency(result["latency"])
    return result


def _children(pid: int) -> list[psutil.Process]:
    try:
        return psutil.Process(pid).children(recursive=True)
    except psutil.Error:
        return []


if __name__ == "__main__":
    main()