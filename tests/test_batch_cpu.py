"""benchmarks/batch_cpu.py times the checkout it is in, as the README's comparison of two builds needs."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_the_benchmark_times_the_code_beside_it(tmp_path: Path) -> None:
    # Run as the README runs it, from anywhere and with no PYTHONPATH: the flows it times are its own checkout's
    # (a worktree of the build before), not those of wherever the environment installed themelake from.
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Title\n\nA paragraph.\n")
    run = (
        "import runpy, sys\n"
        f"sys.argv = ['batch_cpu.py', {str(corpus)!r}]\n"
        "try:\n"
        f"    runpy.run_path({str(REPO / 'benchmarks' / 'batch_cpu.py')!r}, run_name='__main__')\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(sys.modules['flows.batch'].__file__)\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PREFECT_API_URL")}
    done = subprocess.run([sys.executable, "-c", run], cwd=tmp_path, env=env, capture_output=True, text=True,
                          timeout=300)
    assert "1 files: 10000 needed" in done.stderr  # a corpus too small is refused before any batch
    assert Path(done.stdout.strip().splitlines()[-1]).resolve() == REPO / "flows" / "batch.py"


def test_an_existing_folder_is_never_the_benchmarks_lake(tmp_path: Path) -> None:
    # It wrote its lake where --lake said after removing what was there: a mistyped real lake was lost.
    lake = tmp_path / "lake"
    lake.mkdir()
    (lake / "keep.parquet").write_bytes(b"PAR1")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PREFECT_API_URL")}
    command = [sys.executable, str(REPO / "benchmarks" / "batch_cpu.py"), str(tmp_path), "--lake", str(lake)]
    done = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 2
    assert "exists: --lake names a new folder" in done.stderr
    assert (lake / "keep.parquet").read_bytes() == b"PAR1"


def test_stage_clocks_time_each_stage_where_the_batch_calls_it_and_put_it_back(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import time
    import types

    from benchmarks.batch_stages import stage_clocks

    module = types.ModuleType("fake_batch")

    def busy(seconds: float) -> str:
        end = time.process_time() + seconds
        while time.process_time() < end:
            pass
        return "done"

    module.busy = busy  # type: ignore[attr-defined]
    module.calls = lambda: module.busy(0.02)  # type: ignore[attr-defined]  # looked up at call time, as flows.batch does
    monkeypatch.setitem(sys.modules, "fake_batch", module)
    with stage_clocks((("fake_batch", "busy", "busy stage"),)) as spent:
        assert module.calls() == "done"  # type: ignore[attr-defined]
    assert spent["busy stage"] >= 0.02
    assert module.busy is busy  # type: ignore[attr-defined]


def test_every_stage_names_a_function_the_batch_looks_up() -> None:
    # A stage renamed or moved (a function no longer imported into flows.batch) would time nothing, silently.
    import importlib

    from benchmarks.batch_stages import STAGES

    for module_name, attribute, _ in STAGES:
        owner = importlib.import_module(module_name)
        for part in attribute.split("."):
            owner = getattr(owner, part)
        assert callable(owner), (module_name, attribute)
