"""What an ingest run shows: a markdown summary and a table of per-theme counts, as Prefect artifacts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from prefect.artifacts import create_markdown_artifact, create_table_artifact

COUNT_LABELS = {
    "files_seen": "files seen",
    "files_new": "files new",
    "files_changed": "files changed",
    "files_unchanged": "files unchanged",
    "files_quarantined": "files quarantined",
    "files_deleted": "files deleted since the last run",
    "articles_written": "articles written",
    "paragraphs_written": "paragraphs written",
    "themes_written": "theme labels written",
}
TOP_THEMES = 10
# A run over a broken folder can quarantine thousands of files; the table in the lake has them all.
MAX_QUARANTINED_LISTED = 50


def _cell(value: Any) -> str:
    """Return a value as one markdown table cell (pipes and newlines would break the row).

    >>> _cell("a|b\\nc")
    'a\\\\|b c'
    """
    return str(value).replace("|", "\\|").replace("\n", " ")


def theme_table(summary: dict) -> list[dict[str, Any]]:
    """Return the run's per-theme label counts, most labelled first, as rows for a table artifact."""
    return [
        {"theme_id": theme_id, "theme": name, "paragraphs": count}
        for theme_id, name, count in summary.get("themes", [])
    ]


def summary_markdown(summary: dict) -> str:
    """Return the run's summary as markdown: counts, top themes, quarantined files, where the lake is."""
    lines = [
        f"# ingest-articles run `{summary['run_id']}`",
        "",
        f"Lake: `{summary['lake']}` (manifest version {summary.get('manifest_version', '?')}); "
        f"taxonomy version `{summary.get('taxonomy_version', '?')}`; {summary.get('duration_s', '?')} s.",
        "",
        "| what | count |",
        "| --- | ---: |",
        *(f"| {label} | {summary.get(key, 0)} |" for key, label in COUNT_LABELS.items()),
        "",
        f"## Top themes of this run ({len(summary.get('themes', []))} labelled)",
        "",
    ]
    top = theme_table(summary)[:TOP_THEMES]
    if top:
        lines += ["| theme | id | paragraphs |", "| --- | --- | ---: |"]
        lines += [f"| {_cell(r['theme'])} | {_cell(r['theme_id'])} | {r['paragraphs']} |" for r in top]
    else:
        lines.append("No theme labels were written in this run.")
    quarantined = summary.get("quarantined", [])
    lines += ["", f"## Quarantined files ({len(quarantined)})", ""]
    if quarantined:
        lines += ["| file | reason | detail |", "| --- | --- | --- |"]
        shown = quarantined[:MAX_QUARANTINED_LISTED]
        lines += [f"| {_cell(src)} | {_cell(reason)} | {_cell(detail)} |" for src, reason, detail in shown]
        if len(quarantined) > len(shown):
            lines += [
                "",
                f"…and {len(quarantined) - len(shown)} more: `select * from quarantine` in the lake.",
            ]
    else:
        lines.append("None.")
    compacted = summary.get("compacted")
    if compacted:
        before, after = compacted["files_before"], compacted["files_after"]
        lines += ["", f"Compacted the lake afterwards: {before} files into {after}."]
    if "report" in summary:  # asked for (--report): the page, or why there is none
        page = summary["report"]
        link = f"Report: [{page}]({Path(page).as_uri()})" if page else "Report: could not be written (see the log)."
        lines += ["", link]
    deleted = summary.get("deleted", [])
    if deleted:
        lines += ["", f"## Deleted since the last run ({len(deleted)})", ""]
        lines += [f"- {_cell(src)}" for src in deleted[:MAX_QUARANTINED_LISTED]]
    return "\n".join(lines) + "\n"


def publish_run_artifacts(summary: dict) -> None:
    """Attach the run's markdown summary and its per-theme counts to the current flow run."""
    create_markdown_artifact(
        key="ingest-summary",
        markdown=summary_markdown(summary),
        description=f"What ingest-articles run {summary['run_id']} read and wrote.",
    )
    create_table_artifact(
        key="ingest-theme-counts",
        table=theme_table(summary),
        description="Paragraph labels written per theme in this run.",
    )
