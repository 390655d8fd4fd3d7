"""The README's example queries (examples/queries/*.sql), as the benchmark times them on the lake's views."""

from __future__ import annotations

import time
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "queries"

# The five kinds of question the README's examples ask, for a checkout without examples/queries.
FALLBACK_QUERIES: dict[str, str] = {
    "themes per article": """
        select article_id, list(theme_id order by paragraphs desc) as themes, sum(paragraphs) as labelled
        from (select article_id, theme_id, count(*) as paragraphs from paragraph_themes group by all)
        group by article_id order by labelled desc limit 20""",
    # The top 20 labels first, then their paragraphs: DuckDB then reads the text of 20 paragraphs
    # (row groups pruned by paragraph_id on a compacted lake), not of every paragraph of the theme.
    "paragraphs of a theme, with evidence": """
        with top as (select paragraph_id, score, evidence from paragraph_themes
                     where theme_id = 'medtop:16000000' order by score desc, paragraph_id limit 20)
        select p.article_id, p.ordinal, top.score, top.evidence, p.text
        from top join paragraphs p using (paragraph_id) order by top.score desc, paragraph_id""",
    "theme co-occurrence": """
        select a.theme_id as theme, b.theme_id as with_theme, count(*) as paragraphs
        from paragraph_themes a join paragraph_themes b
          on a.paragraph_id = b.paragraph_id and a.theme_id < b.theme_id
        group by all order by paragraphs desc limit 20""",
    "top terms per theme": """
        select theme_id, term, n from (
          select theme_id, term, n, row_number() over (partition by theme_id order by n desc, term) as r
          from (select theme_id, e.term as term, count(*) as n
                from paragraph_themes, unnest(evidence) as u(e) group by all))
        where r <= 5 order by theme_id, n desc""",
    "runs": "select run_id, started_at, duration_s, files_seen, articles_written from runs order by started_at desc",
}


def example_queries() -> dict[str, str]:
    """Return the README's example queries by file name, or the built-in kinds when there are none."""
    files = sorted(EXAMPLES.glob("*.sql"))
    return {f.stem: f.read_text("utf-8") for f in files} or FALLBACK_QUERIES


def time_queries(lake: Path, repeat: int = 3) -> dict[str, dict[str, float]]:
    """Return each README query's first (cold) and best warm time, in seconds, and its CPU seconds."""
    from warehouse.catalog import connect

    times = {}
    for name, sql in example_queries().items():
        con = connect(lake)
        try:
            runs, cpu = [], []
            for _ in range(repeat):
                started, cpu_started = time.perf_counter(), time.process_time()
                con.sql(sql).fetchall()
                runs.append(time.perf_counter() - started)
                cpu.append(time.process_time() - cpu_started)
        finally:
            con.close()
        # DuckDB's threads run in this process: CPU seconds / cores is the time on an idle machine.
        times[name] = {"first_s": round(runs[0], 3), "best_s": round(min(runs), 3), "cpu_s": round(min(cpu), 3)}
    return times
