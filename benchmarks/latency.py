"""How quick small runs feel: command latency, and the fixed cost a `themelake run` pays per phase.

benchmarks/run.py's `latency` phase calls `measure_latency` with a Prefect API already up. Every
command runs as a user runs it, in a process of its own, and is timed wall-clock from the outside:

- `themelake --help`, `themelake themes` (alone and `--lake`) and `themelake query "SELECT count(*) FROM paragraphs"`
  (on the lake of the bundled examples): the median of a few runs;
- `themelake run` of the bundled examples (examples/articles) into a fresh lake: once through the
  probe (below) for its phases, then the median of a few plain runs, each into a new lake, for the
  target; and a first run then an unchanged re-run of a seed corpus (../shared/corpora/bbc-dev).

Each `run` goes through `python -m benchmarks.latency_probe probe`, which runs the same CLI in-process
after wrapping a few functions with clocks (nothing else changes): the figures per phase say where
a run's fixed cost goes. Phases nest (the flow-run creation is inside Prefect's engine), so they
do not add up to the wall time; `exit` is the time from the CLI's return to the process's end.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.folders import fresh

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples" / "articles"
COUNT_QUERY = "SELECT count(*) FROM paragraphs"


def themelake_command() -> list[str]:
    """Return how to start the `themelake` console script of this interpreter's environment."""
    script = Path(sys.executable).with_name("themelake")
    return [str(script)] if script.exists() else [sys.executable, "-m", "flows.cli"]


def children_cpu() -> float:
    """Return the CPU seconds (user + system) this process's finished children have used."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def wall(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Return the wall-clock seconds a command takes (it must succeed) and the CPU seconds it used."""
    cpu = children_cpu()
    started = time.perf_counter()
    subprocess.run(argv, cwd=REPO, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started, children_cpu() - cpu


def median_wall(argv: list[str], env: dict[str, str], repeat: int) -> dict[str, float]:
    """Return the median and the fastest wall time of `repeat` runs of a command (after one warm-up
    run), and their median CPU seconds: on a busy machine, about what the wall time would be on an
    idle one (the command runs on one core)."""
    wall(argv, env)  # the first run reads the files from disk; a user's second one does not
    times = [wall(argv, env) for _ in range(repeat)]
    walls = [w for w, _ in times]
    return {
        "median_s": round(statistics.median(walls), 3), "min_s": round(min(walls), 3),
        "median_cpu_s": round(statistics.median(c for _, c in times), 3),
    }


def fresh_lake_runs(themelake: list[str], env: dict[str, str], lake: Path, repeat: int) -> dict[str, float]:
    """Return the median and fastest wall time (and median CPU seconds) of `repeat` plain runs of
    `themelake run examples/articles`, each into a new lake, as a user types it: the target's figure.
    The probed run (its phases) pays the probe's own imports and clocks on top, and is the first
    after the API started."""
    times = []
    for _ in range(repeat):
        times.append(wall([*themelake, "run", str(EXAMPLES), "--lake", str(fresh(lake))], env))
    fresh(lake)
    walls = [w for w, _ in times]
    return {
        "median_s": round(statistics.median(walls), 3), "min_s": round(min(walls), 3),
        "median_cpu_s": round(statistics.median(c for _, c in times), 3),
    }


def probed_run(args: list[str], env: dict[str, str]) -> dict[str, Any]:
    """Run `themelake run ARGS` through the probe; return its wall seconds and its phases."""
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as handle:
        report = Path(handle.name)
    try:
        started, cpu = time.time(), children_cpu()
        subprocess.run(
            [sys.executable, "-m", "benchmarks.latency_probe", "probe", str(report), "run", *args],
            cwd=REPO, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        ended = time.time()
        probe = json.loads(report.read_text())
    finally:
        report.unlink(missing_ok=True)
    phases = probe["phases"]
    phases["interpreter start"] = round(probe["started_at"] - started, 3)
    phases["exit (after the CLI returned)"] = round(ended - probe["returned_at"], 3)
    # The run's own process, its batch workers and a temporary API server, if it started one.
    return {"seconds": round(ended - started, 3), "cpu_s": round(children_cpu() - cpu, 3), "phases": phases}


def measure_latency(api_url: str, seed: Path | None, work: Path, repeat: int = 5,
                    log: Callable[..., None] = print) -> dict[str, Any]:
    """Return the CLI's latencies and the runs' wall times and phases, against the API at api_url."""
    env = {**os.environ, "PREFECT_API_URL": api_url}
    themelake = themelake_command()
    result: dict[str, Any] = {}
    examples_lake = fresh(work / "examples-lake")
    log("latency: themelake run of the bundled examples ...")
    result["examples_run"] = probed_run([str(EXAMPLES), "--lake", str(examples_lake)], env)
    result["examples_run"]["plain"] = fresh_lake_runs(themelake, env, work / "examples-lake-plain", repeat)
    log("latency: themelake --help, themes, query ...")
    result["cli"] = {
        "themelake --help": median_wall([*themelake, "--help"], env, repeat),
        "themelake themes": median_wall([*themelake, "themes"], env, repeat),
        "themelake themes --lake": median_wall([*themelake, "themes", "--lake", str(examples_lake)], env, repeat),
        f'themelake query "{COUNT_QUERY}"': median_wall(
            [*themelake, "query", COUNT_QUERY, "--lake", str(examples_lake)], env, repeat
        ),
    }
    if seed is not None and seed.is_dir():
        seed_lake = fresh(work / f"{seed.name}-lake")
        log(f"latency: first run of {seed.name}, then an unchanged re-run ...")
        first = probed_run([str(seed), "--lake", str(seed_lake)], env)
        rerun = probed_run([str(seed), "--lake", str(seed_lake)], env)
        result["seed"] = {
            "corpus": seed.name, "first_run": first, "unchanged_rerun": rerun,
            "rerun_over_first": round(rerun["seconds"] / first["seconds"], 3),
        }
    result["verdicts"] = latency_verdicts(result)
    return result


TARGETS = {  # issue 14, "Small runs feel instant"
    "themelake --help": ("median_s", "<=", 0.5),
    "themelake themes": ("median_s", "<=", 0.5),
    "themelake themes --lake": ("median_s", "<=", 0.5),
    f'themelake query "{COUNT_QUERY}"': ("median_s", "<=", 0.5),
}
EXAMPLES_RUN_TARGET_S = 3.0
RERUN_OVER_FIRST_TARGET = 0.25


def latency_verdicts(result: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Return, per latency target, the measured value and whether it is met."""
    out: dict[str, dict[str, Any]] = {}
    for command, (key, op, bound) in TARGETS.items():
        if command in result.get("cli", {}):
            value = result["cli"][command][key]
            out[command] = {"value": value, "target": f"{op} {bound} s", "met": value <= bound}
    if "examples_run" in result:
        run = result["examples_run"]
        value = run["plain"]["median_s"] if "plain" in run else run["seconds"]
        out["themelake run examples/articles"] = {
            "value": value, "target": f"<= {EXAMPLES_RUN_TARGET_S} s", "met": value <= EXAMPLES_RUN_TARGET_S
        }
    if "seed" in result:
        value = result["seed"]["rerun_over_first"]
        out[f"unchanged re-run / first run ({result['seed']['corpus']})"] = {
            "value": value, "target": f"<= {RERUN_OVER_FIRST_TARGET}", "met": value <= RERUN_OVER_FIRST_TARGET
        }
    return out


def print_latency(result: dict[str, Any]) -> None:
    """Print the command latencies, the runs' wall times with their phases, and the targets."""
    from rich.console import Console
    from rich.table import Table

    console = Console(width=150)
    cli = Table("command (API up)", "median s", "fastest s", "median CPU s", title="latency: commands")
    for command, times in result.get("cli", {}).items():
        cli.add_row(command, str(times["median_s"]), str(times["min_s"]), str(times["median_cpu_s"]))
    if "plain" in result.get("examples_run", {}):
        plain = result["examples_run"]["plain"]
        cli.add_row("themelake run examples/articles (a new lake each)", str(plain["median_s"]), str(plain["min_s"]),
                    str(plain["median_cpu_s"]))
    console.print(cli)
    found: dict[str, dict[str, Any] | None] = {"examples": result.get("examples_run")}
    if "seed" in result:
        found[f"{result['seed']['corpus']} first"] = result["seed"]["first_run"]
        found[f"{result['seed']['corpus']} unchanged"] = result["seed"]["unchanged_rerun"]
    runs = {name: run for name, run in found.items() if run}
    phases = Table("phase of `themelake run` (s, nested)", *runs, title="latency: fixed cost per phase")
    phases.add_row("wall", *(str(run["seconds"]) for run in runs.values()))
    phases.add_row("CPU (run, workers)", *(str(run["cpu_s"]) for run in runs.values()))
    names = list(dict.fromkeys(name for run in runs.values() for name in run["phases"]))
    for name in names:
        phases.add_row(name, *(str(run["phases"].get(name, "")) for run in runs.values()))
    console.print(phases)
    verdicts = Table("target", "value", "bound", "met", title="latency: targets")
    for name, verdict in result.get("verdicts", {}).items():
        verdicts.add_row(name, str(verdict["value"]), verdict["target"], "yes" if verdict["met"] else "no")
    console.print(verdicts)
