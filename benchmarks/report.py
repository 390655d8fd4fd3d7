"""The benchmark's report: ratios, each target met or not, and a table for people."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table


def naive_over_flow(result: dict) -> float | None:
    """Return how many times faster than the naive baseline the flow ran (MB/s over MB/s), if both ran."""
    flow, naive = result.get("flow"), result.get("naive")
    if not (flow and naive):
        return None
    return round(flow["mb_per_s"] / max(naive["mb_per_s"], 1e-9), 1)


def verdicts(result: dict, targets: dict[str, str]) -> dict[str, dict]:
    """Return, per target, the measured value and whether it is met (targets whose phase ran)."""
    flow, bare, rerun = result.get("flow"), result.get("bare"), result.get("rerun")
    values: dict[str, float] = {}
    if flow:
        values["flow_mb_per_s"] = flow["mb_per_s"]
        values["peak_rss_mb"] = flow["peak_rss_mb"]
    if flow and bare:
        values["flow_over_bare"] = round(flow["seconds"] / bare["seconds"], 3)
    plain = result.get("bare_no_enrich")
    if bare and plain:
        values["enriched_over_plain_throughput"] = round(bare["mb_per_s"] / plain["mb_per_s"], 3)
    if flow and rerun:
        values["rerun_over_first"] = round(rerun["seconds"] / flow["seconds"], 3)
    if "api_start_s" in result:
        values["api_start_s"] = result["api_start_s"]
    if result.get("queries"):
        values["slowest_query_s"] = max(q["first_s"] for q in result["queries"].values())
    out = {}
    for name, value in values.items():
        op, bound = targets[name].split()
        ok = {">=": value >= float(bound), "<=": value <= float(bound), "<": value < float(bound)}[op]
        out[name] = {"value": value, "target": targets[name], "met": ok}
    return out


def print_table(result: dict) -> None:
    """Print the phases, the queries and the targets as three tables."""
    console = Console(width=150)
    console.print(
        f"N = {result['articles']} articles, {result['corpus_mb']} MB of text; batch size {result['batch_size']}, "
        f"{result['workers']} worker process(es) on {result['cpus']} CPUs; "
        f"load {result['load_before']} → {result['load_after']}"
    )
    phases = Table(
        "phase", "seconds", "MB/s", "articles/s", "paragraphs/s", "peak RSS MB (tree)", "main RSS MB",
        "MB per CPU-s", "CPU s: main", "workers", "API server",
    )
    for name in ("naive", "bare", "bare_no_enrich", "flow", "rerun"):
        if name in result:
            r = result[name]
            phases.add_row(name, *(str(r[k]) for k in (
                "seconds", "mb_per_s", "articles_per_s", "paragraphs_per_s", "peak_rss_mb", "peak_main_rss_mb",
                "mb_per_cpu_s", "cpu_main_s", "cpu_workers_s", "cpu_server_s")))
    console.print(phases)
    for name in ("bare", "bare_no_enrich"):
        phase = result.get(name, {})
        runs, notes = phase.get("runs_s", []), []
        if len(runs) > 1:
            notes.append(f"the fastest of {len(runs)} runs, alternated with the other ({runs} s)")
        if phase.get("compaction_s") is not None:
            notes.append(f"compaction {phase['compaction_s']} s of it")
        if notes:
            console.print(f"{name}: " + "; ".join(notes))
    if result.get("formats"):
        formats = Table("format (bare path)", "seconds", "MB/s", "articles/s", "paragraphs/s", "MB per CPU-s")
        for name, r in result["formats"].items():
            formats.add_row(name, *(str(r[k]) for k in (
                "seconds", "mb_per_s", "articles_per_s", "paragraphs_per_s", "mb_per_cpu_s")))
        console.print(formats)
    if result.get("queries"):
        queries = Table("query", "first s", "best of 3 s", "CPU s (all cores)")
        for name, q in result["queries"].items():
            queries.add_row(name, str(q["first_s"]), str(q["best_s"]), str(q.get("cpu_s", "")))
        console.print(queries)
    if result.get("compaction"):
        c = result["compaction"]
        bare_s = result.get("bare", {}).get("compaction_s")
        console.print(f"the flow compacted the lake at its end: {c['files_before']} → {c['files_after']} files"
                      + (f" (in the bare path that took {bare_s} s)" if bare_s is not None else ""))
    if result.get("labelling"):
        lab = result["labelling"]
        labelling = Table("labelling", "seconds", "CPU s", "paragraphs/s", "MB/s", "labels", "load s",
                          title=f"labelling {lab['paragraphs']} paragraphs ({lab['mb']} MB), one process")
        for name in ("terms", "terms_semantic"):
            r = lab[name]
            labelling.add_row(name.replace("_", " + "), *(str(r[k]) for k in (
                "seconds", "cpu_s", "paragraphs_per_s", "mb_per_s", "labels")), str(lab[f"{name}_load_s"]))
        console.print(labelling)
        console.print(f"semantic layer: labelling takes {lab['semantic_over_terms_time']}x the time of terms alone; "
                      f"pipeline phases ran with the semantic layer {'on' if result.get('semantic') else 'off'}")
    checks = Table("target", "value", "goal", "met")
    for name, v in result["verdicts"].items():
        checks.add_row(name, str(v["value"]), v["target"], "yes" if v["met"] else "NO")
    if "naive_over_flow_time" in result:
        checks.add_row("flow speed / naive speed", str(result["naive_over_flow_time"]), "", "")
    console.print(checks)
