"""`themelake --help` and the commands that run no flow start without Prefect, pandas or a model.

Each check runs in a fresh interpreter (the test session has imported Prefect long before) and
reads `sys.modules` after the command: a module-level `import prefect` (or pandas, numpy, ...)
in any command module, or in what the CLI imports at start, fails it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]
HEAVY = ("prefect", "pandas", "numpy", "pyarrow", "duckdb", "wordllama", "tokenizers", "trafilatura", "altair")

PROBE = """
import json, sys
argv, heavy = json.loads(sys.argv[1]), json.loads(sys.argv[2])
sys.argv = ["themelake", *argv]
exit_code = 0
from flows.cli.main import app  # the entry module, every command group registered
try:
    if argv:
        app()  # main() without its exit handler, so that this report is printed
except SystemExit as stop:
    exit_code = stop.code or 0
loaded = sorted({name.split(".")[0] for name in sys.modules} & set(heavy))
print(json.dumps({"exit_code": exit_code, "loaded": loaded}))
"""


def loaded_after(argv: list[str], tmp_path: Path) -> tuple[int, list[str]]:
    """Run the CLI with argv in a fresh interpreter; return its exit code and the heavy modules it loaded."""
    done = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(argv), json.dumps(HEAVY)],
        cwd=tmp_path, capture_output=True, text=True, timeout=120,
        env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    return report["exit_code"], report["loaded"]


@pytest.mark.parametrize(
    "argv",
    [[], ["--help"], ["run", "--help"], ["query", "--help"], ["report", "--help"], ["learn", "--help"],
     ["compact", "--help"], ["serve", "--help"]],
    ids=lambda argv: " ".join(argv) or "import",
)
@pytest.mark.slow
def test_help_and_the_entry_module_import_nothing_heavy(argv, tmp_path) -> None:
    exit_code, loaded = loaded_after(argv, tmp_path)
    assert exit_code == 0
    assert loaded == []


@pytest.mark.slow
def test_listing_the_bundled_themes_loads_no_prefect_pyarrow_or_model(tmp_path) -> None:
    # numpy only the first time: the sidecar's theme vectors are part of the version the listing shows.
    exit_code, loaded = loaded_after(["themes"], tmp_path)
    assert exit_code == 0
    assert loaded == ["numpy"]
    # Then the taxonomy, its vectors read, comes from the user cache (HOME is tmp_path: ~/.cache/themelake).
    assert list((tmp_path / ".cache" / "themelake" / "taxonomies").glob("*.marshal"))
    exit_code, loaded = loaded_after(["themes"], tmp_path)
    assert exit_code == 0
    assert loaded == []


@pytest.mark.slow
def test_a_query_loads_duckdb_but_not_pyarrow_prefect_or_pandas(tmp_path) -> None:
    # A query prints DuckDB's own Python values: pyarrow, about 0.15 s of a command's start, stays out.
    from warehouse.catalog import write_catalog
    from warehouse.lake import ensure_lake

    lake = tmp_path / "lake"
    ensure_lake(lake)
    write_catalog(lake)
    exit_code, loaded = loaded_after(["query", "select count(*) AS n from paragraph_themes", "--lake", str(lake)],
                                     tmp_path)
    assert exit_code == 0
    assert "duckdb" in loaded
    assert not {"pyarrow", "prefect", "pandas"} & set(loaded)


def test_a_query_of_no_lake_fails_in_one_line_without_prefect_or_pandas(tmp_path) -> None:
    command = ["query", "select count(*) from articles", "--lake", str(tmp_path / "none")]
    exit_code, loaded = loaded_after(command, tmp_path)
    assert exit_code == 2
    assert "prefect" not in loaded and "pandas" not in loaded
    assert "duckdb" in loaded


# The console script's own entry (flows.cli.main.main), its last exit handler replaced by the report.
ENTRY_PROBE = """
import json, os, sys
argv, heavy = json.loads(sys.argv[1]), json.loads(sys.argv[2])
sys.argv = ["themelake", *argv]
import flows.cli.main as entry

def report(status):
    loaded = sorted({name.split(".")[0] for name in sys.modules} & set(heavy))
    ours = sorted(name for name in sys.modules if name.startswith(("transforms.", "warehouse.", "flows.")))
    print(json.dumps({"exit_code": status[0], "loaded": loaded, "ours": ours}), flush=True)
    os._exit(0)

entry._end_process = report
entry.main()
"""


@pytest.mark.slow
def test_an_unchanged_rerun_loads_neither_prefect_nor_pandas(tmp_path, taxonomy_file) -> None:
    from flows.ingest import ingest_articles

    inbox, lake = tmp_path / "inbox", tmp_path / "lake"
    inbox.mkdir()
    (inbox / "war.txt").write_text("Troops\n\nSoldiers and troops: the war goes on, fighting in the north.\n")
    ingest_articles(source=str(inbox), lake=str(lake), taxonomy=taxonomy_file)
    done = subprocess.run(
        [sys.executable, "-c", ENTRY_PROBE, json.dumps(["run", str(inbox), "--lake", str(lake), "--taxonomy",
                                                        taxonomy_file]), json.dumps([*HEAVY, "markdown_it"])],
        cwd=tmp_path, capture_output=True, text=True, timeout=120,
        env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
    )
    assert done.returncode == 0, done.stderr
    assert "without starting Prefect" in done.stdout
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["exit_code"] == 0
    assert not {"prefect", "pandas", "wordllama", "tokenizers"} & set(report["loaded"])  # pyarrow reads the lake
    # Its summary, captured, is plain text: rich's markdown renderer (markdown-it) is for a terminal.
    assert "markdown_it" not in report["loaded"]
    # Nor the pipeline and its enrichments' rules (about 0.13 s of bbc-dev's 0.8 s re-run imported them):
    # the re-run lists, stats and plans, and builds no batch.
    assert not [name for name in report["ours"] if name in ("transforms.pipeline", "transforms.enrichments")
                or name.startswith("transforms.enrichments.")]


@pytest.mark.slow
def test_the_themes_of_a_lake_load_duckdb_but_not_pyarrow_prefect_or_pandas(tmp_path) -> None:
    from tests.warehouse.report_lake import make_report_lake

    lake = make_report_lake(tmp_path / "lake")
    exit_code, loaded = loaded_after(["themes", "--lake", str(lake)], tmp_path)
    assert exit_code == 0
    assert not {"pyarrow", "prefect", "pandas", "wordllama"} & set(loaded)
    # The second time the taxonomy it compares with comes from the user cache: no numpy either.
    exit_code, loaded = loaded_after(["themes", "--lake", str(lake)], tmp_path)
    assert exit_code == 0
    assert loaded == ["duckdb"]


@pytest.mark.slow
def test_the_flow_s_process_imports_no_pipeline_before_a_batch_runs_in_it(tmp_path) -> None:
    # `themelake run` starts the batch workers, then imports the flow: its process sums the workers'
    # batches, and the pipeline (formats, labeller, enrichments) is theirs to import.
    code = ("import json, sys; import flows.cli.run, flows.warm_start, flows.ingest; "
            "print(json.dumps(sorted(n for n in sys.modules if n.startswith(('flows.batch', 'transforms.')))))")
    done = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, timeout=120,
                          env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)})
    assert done.returncode == 0, done.stderr
    loaded = json.loads(done.stdout.strip().splitlines()[-1])
    assert "flows.batch_workers" in loaded  # what hands batches to the workers
    assert not {"flows.batch", "transforms.pipeline", "transforms.enrichments", "transforms.themes"} & set(loaded)
