"""Benchmark themelake: the ingest-articles flow, the same work without Prefect, a naive baseline.

    .venv/bin/python benchmarks/run.py --articles 50000 [--json]

Builds (once, cached under .bench/) a corpus of N articles replicated from ../shared/corpora/bbc-dev,
then measures in one run: the naive baseline (on a sample), the bare path, the Prefect API's start,
the flow with that API up, an unchanged re-run of the flow, and the README's example queries on the
lake the flow left (compacted by the run itself, as every run does once compaction is due).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")

import psutil  # noqa: E402

from benchmarks.corpus import build_corpus, build_html_corpus, build_jsonl_corpus  # noqa: E402
from benchmarks.naive import naive_ingest  # noqa: E402
from benchmarks.queries import time_queries  # noqa: E402

MB = 1_000_000
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


@dataclass
class Phase:
    """One measured phase: wall time, the text it processed and the process tree's peak memory."""

    seconds: float = 0.0
    bytes: int = 0
    articles: int = 0
    paragraphs: int = 0
    peak_rss_mb: float = 0.0
    peak_main_rss_mb: float = 0.0
    cpu_main_s: float = 0.0  # this process: Prefect's engine and threads, listing, commit
    cpu_workers_s: float = 0.0  # the batch pool's processes (reaped before the phase ends)
    cpu_server_s: float = 0.0  # the Prefect API server, when one runs

    @property
    def cpu_s(self) -> float:
        return self.cpu_main_s + self.cpu_workers_s + self.cpu_server_s

    def rates(self) -> dict[str, float]:
        s = max(self.seconds, 1e-9)
        return {
            "seconds": round(self.seconds, 2),
            "mb_per_s": round(self.bytes / MB / s, 2),
            "articles_per_s": round(self.articles / s, 1),
            "paragraphs_per_s": round(self.paragraphs / s, 1),
            "peak_rss_mb": round(self.peak_rss_mb, 1),
            "peak_main_rss_mb": round(self.peak_main_rss_mb, 1),
            # Throughput per CPU-second used: what the phase would do per core on an idle machine.
            "mb_per_cpu_s": round(self.bytes / MB / max(self.cpu_s, 1e-9), 2),
            "cpu_main_s": round(self.cpu_main_s, 1),
            "cpu_workers_s": round(self.cpu_workers_s, 1),
            "cpu_server_s": round(self.cpu_server_s, 1),
        }


def _cpu(process: psutil.Process | None) -> float:
    if process is None:
        return 0.0
    try:
        times = process.cpu_times()
        return times.user + times.system + sum(_cpu(c) for c in process.children(recursive=False))
    except psutil.Error:
        return 0.0


# The sampler lists the process tree every CHILDREN_EVERY_S, and reads the RSS of what it listed every
# 50 ms: a listing reads the stat file of every process on the machine (psutil's `children`), and the
# flow's phase listed twice per sample (its children, then the API server's to leave them out), about
# 3 % of a core of the measured process's own CPU on a quiet machine (0.03 CPU s a second, with about
# 100 processes), more on a busy one. A batch worker lives for the whole phase: it is listed within
# half a second of its start, long before its memory peaks.
CHILDREN_EVERY_S = 0.5


@contextmanager
def measured(phase: Phase, exclude: Callable[[], set[int]] = set, server: int | None = None):
    """Time the block, sample the RSS of this process and its children (minus `exclude`), count CPU."""
    me = psutil.Process()
    api = psutil.Process(server) if server else None
    before = me.cpu_times()
    server_before = _cpu(api)
    stop = threading.Event()

    def sample() -> None:
        children: list[psutil.Process] = []
        listed = -CHILDREN_EVERY_S
        while not stop.is_set():
            if time.perf_counter() - listed >= CHILDREN_EVERY_S:
                skip = exclude()
                try:
                    children = [c for c in me.children(recursive=True) if c.pid not in skip]
                except psutil.Error:
                    continue
                listed = time.perf_counter()
            try:
                main = me.memory_info().rss
            except psutil.Error:
                continue
            rss = 0
            for child in children:
                try:
                    rss += child.memory_info().rss
                except psutil.Error:  # ended since it was listed
                    pass
            phase.peak_main_rss_mb = max(phase.peak_main_rss_mb, main / 2**20)
            phase.peak_rss_mb = max(phase.peak_rss_mb, (main + rss) / 2**20)
            stop.wait(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    started = time.perf_counter()
    try:
        yield phase
    finally:
        phase.seconds = time.perf_counter() - started
        after = me.cpu_times()
        phase.cpu_main_s = after.user + after.system - before.user - before.system
        phase.cpu_workers_s = (
            after.children_user + after.children_system - before.children_user - before.children_system
        )
        phase.cpu_server_s = _cpu(api) - server_before
        stop.set()
        sampler.join()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_api(home: Path) -> tuple[subprocess.Popen, str, float]:
    """Start `prefect server start` on a free loopback port; return it, its URL and its start time."""
    port = free_port()
    url = f"http://127.0.0.1:{port}/api"
    # No UI: the benchmark times the API that flows talk to, not the static web app it also serves.
    env = {**os.environ, "PREFECT_HOME": str(home), "PREFECT_UI_ENABLED": "false"}
    started = time.perf_counter()
    server = subprocess.Popen(
        [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1", "--port", str(port)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )
    while True:
        try:
            with urllib.request.urlopen(f"{url}/health", timeout=1) as response:
                if response.status == 200:
                    break
        except OSError:
            pass
        if server.poll() is not None or time.perf_counter() - started > 180:
            raise SystemExit("the Prefect server did not start")
        time.sleep(0.1)
    return server, url, time.perf_counter() - started


def lake_counts(lake: Path) -> tuple[int, int]:
    from warehouse.committed_reads import query

    row = query(lake, "select (select count(*) from articles) a, (select count(*) from paragraphs) p").to_pylist()
    return row[0]["a"], row[0]["p"]


def keep_fastest(result: dict, phase: str, rates: dict) -> None:
    """Keep a phase's fastest run in `result[phase]`, with every run's seconds in `runs_s` and the
    highest peak RSS of them (the flow phase runs once: `flow_over_bare` compares it with the fastest)."""
    earlier = result.get(phase, {})
    runs = [*earlier.get("runs_s", []), rates["seconds"]]
    peak = max(earlier.get("peak_rss_mb", 0.0), rates["peak_rss_mb"])  # memory: the worst run's
    if phase not in result or rates["seconds"] < result[phase]["seconds"]:
        result[phase] = rates
    result[phase]["runs_s"] = runs
    result[phase]["peak_rss_mb"] = peak


def bare_ingest(
    source: Path, lake: Path, taxonomy: str | None, batch_size: int, workers: int, enrich: bool = True
) -> float:
    """The flow's work with no Prefect: the same lock, plan, batch function, pool, batch stream, commits
    and compaction when due (with or without enrichment); return the seconds the compaction took."""
    from flows.batch_pool import shutdown_pools
    from flows.batch_stream import stream_batches
    from flows.batch_workers import submit_batch
    from flows.settings import Settings
    from warehouse import lake as lakes
    from warehouse import lake_lock
    from warehouse.compaction import compact_lake, compaction_due
    from warehouse.ingest_plan import plan_ingest
    from warehouse.sources import iter_sources
    from warehouse.tables import theme_rows
    from warehouse.taxonomy_files import read_taxonomy

    settings = Settings.from_env()
    tax = read_taxonomy(taxonomy)
    with lake_lock.writer_lock(lake, settings.lock_timeout) as root_path:
        root = str(root_path)
        with plan_ingest(root, iter_sources(source), str(source.resolve()), batch_size) as plan:
            plan.spread(workers)  # as the flow
            totals = stream_batches(
                plan.batches(),
                lambda n, batch: submit_batch(
                    workers, batch.entries, batch.states, batch.versions,
                    tax, root, "bare-run", f"bare-{n:05d}", settings.max_file_bytes, None, enrich,
                ),
                lambda staged, catalog: lakes.commit(root, staged, catalog=catalog),
                2 * workers,  # as the flow: batches_in_flight
                first={"themes": theme_rows(root, tax, "bare-run")},
            )
        lakes.commit(root, totals.uncommitted)  # the flow's last commit (its runs row), catalog rebuilt
        shutdown_pools()  # as the flow, before compaction
        started = time.perf_counter()
        if compaction_due(root):  # as the flow's compact-lake task
            compact_lake(root)
        return time.perf_counter() - started


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


def format_rates(
    source: Path, size: int, cache: Path, work: Path, taxonomy: str | None, batch_size: int, workers: int,
    log: Callable[..., None],
) -> dict[str, dict[str, float]]:
    """Return MB/s and articles/s of the bare path on the corpus as text, as HTML pages and as JSON Lines."""
    from flows.batch_pool import shutdown_pools

    html, html_size = build_html_corpus(source, cache)
    jsonl, jsonl_size = build_jsonl_corpus(source, cache)
    # A JSON Lines file holds 250 articles: batches of 2 files keep every worker busy on a small corpus.
    corpora = {"txt": (source, size, batch_size), "html": (html, html_size, batch_size),
               "jsonl": (jsonl, jsonl_size, 2)}
    rates: dict[str, dict[str, float]] = {}
    for name, (folder, nbytes, files_per_batch) in corpora.items():
        log(f"bare path on the {name} corpus ...")
        phase = Phase(bytes=nbytes)
        with measured(phase):
            bare_ingest(folder, fresh(work / f"{name}-lake"), taxonomy, files_per_batch, workers)
            shutdown_pools()
        phase.articles, phase.paragraphs = lake_counts(work / f"{name}-lake")
        rates[name] = phase.rates()
    return rates


def fresh(path: Path) -> Path:
    shutil.rmtree(path, ignore_errors=True)
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
