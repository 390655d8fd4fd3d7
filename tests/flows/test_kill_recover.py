"""Kill the ingest process (SIGKILL) at random points of a bbc-dev-sized run; the lake must stay true.

The kills that must land after a commit wait for it (the manifest's next version), then a random
part of the time that commit took; the others aim within the time to a first commit measured here,
so the test holds on a host of any speed or load.
"""

from __future__ import annotations

import json
import os
import queue
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import duckdb
import pytest
from prefect.settings import PREFECT_API_URL

from flows.ingest import ingest_articles
from tests.conftest import SHARED
from tests.flows.conftest import TEST_TAXONOMY
from warehouse import lake as lakes
from warehouse.sources import list_sources

REPO = Path(__file__).resolve().parents[2]
RUNNER = """
import sys
from flows.ingest import ingest_articles
print("ready", flush=True)
ingest_articles(source=sys.argv[1], lake=sys.argv[2], taxonomy=sys.argv[3], batch_size=40)
"""
KILLS = 10
MID_RUN = 3
MAX_ATTEMPTS = 40
# A child that prints nothing (a broken start, an import that hangs) must fail the test, not hang CI.
READY_TIMEOUT_S = 120.0
# Likewise a run that neither commits nor ends (a hang, not a slow host: bbc-dev's first batch takes seconds).
COMMIT_TIMEOUT_S = 600.0
SEED = "THEMELAKE_TEST_SEED"


def random_seed() -> int:
    """Return the seed of this run's random choices: THEMELAKE_TEST_SEED, else a new one; print it first."""
    seed = int(os.environ.get(SEED) or os.environ.get("THEMELAKE_KILL_SEED") or time.time_ns() % 2**32)
    print(f"random seed {seed}: {SEED}={seed} repeats this run's choices", flush=True)
    return seed


def read_line(proc: subprocess.Popen, timeout: float) -> str:
    """Return the next line a child prints, or fail (killing the child) if none comes within `timeout`."""
    lines: queue.Queue[str] = queue.Queue()
    assert proc.stdout is not None
    threading.Thread(target=lambda: lines.put(proc.stdout.readline()), daemon=True).start()
    try:
        return lines.get(timeout=timeout)
    except queue.Empty:
        proc.kill()
        proc.wait()
        pytest.fail(f"the child printed nothing in {timeout:.0f} s")


def make_corpus(folder: Path) -> None:
    """Copy bbc-dev when it is beside the repository, else write ~1,100 synthetic articles like it."""
    bbc = SHARED / "corpora" / "bbc-dev"
    if bbc.exists():
        shutil.copytree(bbc, folder)
        return
    rng = random.Random(7)
    words = "war troops trade price export poverty hunger welfare the a of and in on city council".split()
    for n in range(1100):
        body = "\n\n".join(" ".join(rng.choices(words, k=60)) + "." for _ in range(5))
        (folder / f"topic{n % 5}").mkdir(parents=True, exist_ok=True)
        (folder / f"topic{n % 5}" / f"{n:04d}.txt").write_text(f"Headline {n}\n\n{body}\n")
    for n in range(0, 56, 2):  # same content under two names, as bbc-dev has
        shutil.copy(folder / "topic0" / f"{n * 5:04d}.txt", folder / "topic1" / f"copy-{n}.txt")


def mutate(folder: Path, rng: random.Random, step: int) -> None:
    """Give the next runs work: change some files, delete some, add some (one of them empty)."""
    files = sorted(p for p in folder.rglob("*.txt") if not p.name.lower().startswith("readme"))
    for path in rng.sample(files, 80):
        path.write_text(f"Changed at step {step}\n\nTroops and trade, version {step} of {path.name}.\n")
    for path in rng.sample(files, 5):
        path.unlink(missing_ok=True)
    for n in range(5):
        (folder / f"added-{step}-{n}.txt").write_text(f"Added {step}.{n}\n\nPoverty and hunger, note {n}.\n")
    (folder / f"empty-{step}.txt").write_text("")


def manifest_version(lake: Path) -> int:
    path = lake / lakes.MANIFEST
    return json.loads(path.read_text())["version"] if path.exists() else 0


def wait_for_commit(proc: subprocess.Popen, lake: Path, before: int) -> float | None:
    """Wait until the run has committed (the manifest is past version `before`); return when it did (the
    monotonic clock), or None when the run ended without a commit. Fail if it does neither in time."""
    deadline = time.monotonic() + COMMIT_TIMEOUT_S
    while time.monotonic() < deadline:
        if manifest_version(lake) != before:
            return time.monotonic()
        if proc.poll() is not None:
            return None
        time.sleep(0.02)
    proc.kill()
    proc.wait()
    pytest.fail(f"the run neither committed nor ended in {COMMIT_TIMEOUT_S:.0f} s")


def rows(con: duckdb.DuckDBPyConnection, sql: str) -> list[tuple]:
    return con.sql(sql).fetchall()


def check_invariants(lake: Path) -> dict[str, int]:
    """Assert what must hold after any kill; return the current counts."""
    path = lake / lakes.MANIFEST  # absent until the first commit: the lake is empty then
    manifest = json.loads(path.read_text()) if path.exists() else {"tables": {}}
    named = [f for files in manifest["tables"].values() for f in files]
    assert all((lake / f).exists() for f in named), "the manifest names a missing file"
    con = duckdb.connect(str(lake / lakes.CATALOG), read_only=True)
    try:
        counts = {
            v: rows(con, f"select count(*) from {v}")[0][0]
            for v in (
                "articles",
                "paragraphs",
                "paragraph_themes",
                "quarantine",
                "sources",
                "themes",
                "runs",
                "articles_history",
                "paragraphs_history",
                "paragraph_themes_history",
                "sources_history",
            )
        }
        for view, key in (
            ("articles", "article_id"),
            ("sources", "source"),
            ("paragraphs", "paragraph_id"),
            ("articles_history", "article_id, content_hash"),
            ("quarantine", "source"),
            ("paragraph_themes", "paragraph_id, theme_id, taxonomy_version"),
            ("sources_history", "source, run_id"),  # one state per file per run
            ("quarantine_history", "source, reason, content_hash"),  # no file quarantined twice
            ("themes", "taxonomy_version, theme_id"),
        ):
            dupes = rows(con, f"select {key}, count(*) from {view} group by all having count(*) > 1 limit 3")
            assert dupes == [], f"duplicate {key} in {view}: {dupes}"
        # Whole commits: no article without its paragraphs, no paragraph or label without its article.
        assert rows(
            con,
            """select count(*) from articles a where n_paragraphs <> (select count(*) from paragraphs p
                           where p.article_id = a.article_id and p.role <> 'boilerplate')""",
        ) == [(0,)]
        assert rows(
            con,
            """select count(*) from paragraphs_history p anti join articles_history a
                           using (article_id, content_hash)""",
        ) == [(0,)]
        assert rows(
            con,
            """select count(*) from paragraph_themes_history t anti join paragraphs_history p
                           using (paragraph_id)""",
        ) == [(0,)]
        assert rows(
            con,
            """select count(*) from sources s anti join articles_history a using (article_id, content_hash)
                           where s.status = 'article'""",
        ) == [(0,)]
        # Every source the lake knows is exactly one of: article, quarantined, deleted.
        live = rows(con, "select count(*) from sources where status <> 'deleted'")[0][0]
        assert counts["articles"] + counts["quarantine"] == live
        bad_runs = rows(
            con,
            """select run_id from runs where files_new + files_changed + files_unchanged
                               + files_quarantined <> files_seen""",
        )
        assert bad_runs == []
    finally:
        con.close()
    return counts


def current_content(lake: Path) -> dict[str, set]:
    con = duckdb.connect(str(lake / lakes.CATALOG), read_only=True)
    try:
        return {
            "articles": set(rows(con, "select source, content_hash, n_paragraphs, n_words from articles")),
            "quarantine": set(rows(con, "select source, reason, content_hash from quarantine")),
            "paragraphs": set(
                rows(con, "select paragraph_id, article_id, ordinal, role, text from paragraphs")
            ),
            "labels": set(rows(con, "select paragraph_id, theme_id, score, n_terms from paragraph_themes")),
            "sources": set(
                rows(con, "select source, status, content_hash from sources where status <> 'deleted'")
            ),
        }
    finally:
        con.close()


@pytest.mark.slow
def test_killed_runs_leave_whole_commits_and_the_next_run_completes(tmp_path) -> None:
    corpus, lake, taxonomy = tmp_path / "corpus", tmp_path / "lake", tmp_path / "taxonomy.toml"
    make_corpus(corpus)
    taxonomy.write_text(TEST_TAXONOMY)
    env = {**os.environ, "PREFECT_API_URL": str(PREFECT_API_URL.value())}  # the session's test server
    seed = random_seed()
    rng = random.Random(seed)
    kills, mid_run, attempts = 0, 0, 0
    # Seconds from a run's start to its first commit, measured here for each kind of run (this host's
    # pace, however loaded): the kills that need not land after a commit aim within it.
    first_commit: dict[bool, float] = {}
    spread = 0.25  # of that time: how long after a commit a kill waits at most
    pooled = {"kills": 0, "mid_run": 0}
    children: list[subprocess.Popen] = []
    try:
        # Until enough kills have landed, at least MID_RUN of them after a commit (one with the pool on).
        while (kills < KILLS or mid_run < MID_RUN or not pooled["mid_run"]) and attempts < MAX_ATTEMPTS:
            attempts += 1
            if attempts % 4 == 0:
                mutate(corpus, rng, attempts)
            before = manifest_version(lake)
            # Every other kill lands on a run with its pool of batch processes on (the flow's own
            # default); the others on one process. Only the main process is killed, as the OOM
            # killer would; a new session keeps the children's processes together for the clean-up.
            pool = kills % 2 == 1
            # A kill still owed after a commit waits for the run's commit (the manifest's next version),
            # not for a time: on a slow host the run's start-up can outlast any guess.
            after_commit = mid_run < MID_RUN or (pool and not pooled["mid_run"]) or pool not in first_commit
            proc = subprocess.Popen(
                [sys.executable, "-c", RUNNER, str(corpus), str(lake), str(taxonomy)],
                cwd=REPO,
                env={**env, "THEMELAKE_WORKERS": "2" if pool else "1"},
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                text=True,
                start_new_session=True,
            )
            children.append(proc)
            ready = read_line(proc, READY_TIMEOUT_S).strip()
            assert ready == "ready", f"the child printed {ready!r} (seed {seed})"
            started = time.monotonic()
            if after_commit:
                committed = wait_for_commit(proc, lake, before)
                if committed is not None:
                    first_commit[pool] = committed - started
                wait = (committed or time.monotonic()) - started + rng.uniform(0.0, spread * first_commit.get(pool, 0))
            else:
                wait = rng.uniform(0.0, 1.5 * first_commit[pool])  # from start-up to past the first commit
            try:
                proc.wait(timeout=max(0.0, started + wait - time.monotonic()))
                spread /= 2 if after_commit else 1  # it finished first: kill sooner after the next commit
                mutate(corpus, rng, attempts)
                outcome = "finished"
            except subprocess.TimeoutExpired:
                proc.send_signal(signal.SIGKILL)
                proc.wait()
                kills += 1
                pooled["kills"] += pool
                outcome = f"killed after {wait:.2f} s" + (" (pool on)" if pool else "")
                if manifest_version(lake) != before:
                    mid_run += 1
                    pooled["mid_run"] += pool
                    outcome += ", after a commit"
            counts = check_invariants(lake) if (lake / lakes.CATALOG).exists() else {}
            version, articles = manifest_version(lake), counts.get("articles")
            print(f"attempt {attempts}: {outcome}; manifest v{version}, {articles} articles")
    finally:
        for child in children:  # whatever a killed run left running, once the test has looked
            try:
                os.killpg(child.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
    assert kills >= KILLS, f"only {kills} kills landed in {attempts} attempts (seed {seed})"
    assert mid_run >= MID_RUN, f"only {mid_run} kills landed after a commit of the killed run (seed {seed})"
    print(f"kills with the pool on: {pooled['kills']}, after a commit: {pooled['mid_run']}")
    assert pooled["kills"] >= KILLS // 2 and pooled["mid_run"] >= 1, f"{pooled} (seed {seed})"

    # The recovering run uses the pool too.
    summary = ingest_articles(
        source=str(corpus), lake=str(lake), taxonomy=str(taxonomy), batch_size=40, workers=2
    )

    files = {e.path for e in list_sources(corpus)}
    counts = check_invariants(lake)
    assert summary["files_seen"] == len(files)
    assert counts["articles"] + counts["quarantine"] == len(files)
    reference = tmp_path / "reference"
    ingest_articles(source=str(corpus), lake=str(reference), taxonomy=str(taxonomy), batch_size=500)
    recovered, expected = current_content(lake), current_content(reference)
    assert {s for s, _, _ in recovered["sources"]} == files
    for key in expected:  # no loss, no duplicates, nothing stale: the same as one clean run
        assert recovered[key] == expected[key], key
    named = {
        lake / f for fs in json.loads((lake / lakes.MANIFEST).read_text())["tables"].values() for f in fs
    }
    staged = {p for p in (lake / lakes.DATA).rglob("*") if p.is_file() and p.name != lakes.SCHEMA_FILE}
    assert staged == named, "files of killed runs were left behind"
