"""What an ingest run shows: a markdown summary and a table of per-theme counts, as Prefect artifacts."""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from pathlib import Path
from typing import Any

from flows.counted import counted
from flows.parameter_words import in_parameter_words
from warehouse import storage

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
    "places_written": "places found (paragraph_places)",
    "amounts_written": "amounts found (paragraph_amounts)",
}
TOP_THEMES = 10
# A run over a broken folder can quarantine thousands of files; the table in the lake has them all.
MAX_QUARANTINED_LISTED = 50


# Characters markdown would read as markup in a file name or a detail ("a_*b*_c.docx" in italics,
# "[x](y)" as a link): each is written with a backslash before it, which renders as the character.
MARKUP_CHARACTERS = r"\\`*_\[\]<>|#~"  # a regex character class's contents (flows/summary_text.py reads them back)
_MARKUP = re.compile(f"([{MARKUP_CHARACTERS}])")
# Control characters in a file name ("esc\x1b[31mRED.txt") would recolour a terminal the plain-text
# summary, or a run's log, is printed to: shown as \xNN instead (a newline or tab as a space).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def visible(text: str) -> str:
    r"""Return text (a file name, a detail) with its control characters as \xNN, safe to print on one line.

    >>> visible("esc\x1b[31mRED.txt"), visible("two\nlines")
    ('esc\\x1b[31mRED.txt', 'two lines')
    """
    return control_escaped(text.replace("\n", " ").replace("\t", " "))


def control_escaped(text: str) -> str:
    r"""Return text with its control characters but newline and tab as \xNN: safe to print as it is.

    >>> control_escaped("esc\x1b[31mRED\nnext")
    'esc\\x1b[31mRED\nnext'
    """
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def _cell(value: Any) -> str:
    """Return a value as one markdown table cell, shown as it is: its markup characters escaped (a pipe
    would also break the row) and newlines as spaces.

    >>> _cell("a|b\\nc"), _cell("a_*b*_c.docx"), _cell("esc\\x1bRED")
    ('a\\\\|b c', 'a\\\\_\\\\*b\\\\*\\\\_c.docx', 'esc\\\\x1bRED')
    """
    return visible(_MARKUP.sub(r"\\\1", str(value)))


def _code(value: Any) -> str:
    """Return a value for a markdown code span (where backslashes stay as they are): no backquotes.

    >>> _code("a`b_c")
    "a'b_c"
    """
    return visible(str(value).replace("`", "'"))


def theme_table(summary: dict) -> list[dict[str, Any]]:
    """Return the run's per-theme label counts, most labelled first, as rows for a table artifact."""
    return [
        {"theme_id": theme_id, "theme": name, "paragraphs": count}
        for theme_id, name, count in summary.get("themes", [])
    ]


def quarantined_count(new: int, still: int) -> str:
    """Return how many files a run quarantined, and how many stay quarantined from before.

    >>> quarantined_count(0, 4), quarantined_count(2, 4), quarantined_count(3, 0)
    ('4 still, none new', '2 new, 4 still', '3')
    """
    if not still:
        return str(new)
    return f"{new} new, {still} still" if new else f"{still} still, none new"


# Said by a run that had nothing to do, answered before Prefect started (flows/unchanged_run.py).
NO_FLOW_RUN = "Nothing to read, nothing deleted: recorded in `runs` without starting Prefect (no flow run)."


def no_flow_run_line(summary: Mapping[str, Any]) -> str:
    """Return the line of a run answered without Prefect: nothing to read, or files touched (their time moved) whose
    bytes, hashed, were unchanged, which "nothing to read" would deny (they were read, to be hashed).

    >>> no_flow_run_line({"files_touched": 2})
    '2 files touched, their bytes unchanged: recorded in `runs` without starting Prefect (no flow run).'
    """
    touched = int(summary.get("files_touched") or 0)
    if not touched:
        return NO_FLOW_RUN
    bytes_unchanged = "its bytes unchanged" if touched == 1 else "their bytes unchanged"
    return f"{counted(touched, 'file')} touched, {bytes_unchanged}: {NO_FLOW_RUN.partition(': ')[2]}"


def _themes_shown(themes: int) -> str:
    """Return the heading's count of the run's themes with labels, and how many of them the table lists."""
    if themes > TOP_THEMES:
        return f"the {TOP_THEMES} of {themes} themes with labels that have the most"
    return f"{counted(themes, 'theme')} with labels"


def summary_markdown(summary: dict, parameters: Collection[str] = ()) -> str:
    """Return the run's summary as markdown: counts, top themes, quarantined files, where the lake is (its hints
    in the words of a deployment's run's `parameters`, if given: input_notes)."""
    lines = [
        f"# ingest-articles run `{summary['run_id']}`",
        "",
        f"Lake: `{summary['lake']}` (manifest version {summary.get('manifest_version', '?')}); "
        f"taxonomy version `{summary.get('taxonomy_version', '?')}`; {summary.get('duration_s', '?')} s.",
        *(["", no_flow_run_line(summary)] if summary.get("without_flow_run") else []),
        "",
        *([_cell(summary["source_left_out"]) + ".", ""] if summary.get("source_left_out") else []),
        "| what | count |",
        "| --- | ---: |",
        *(f"| {label} | {summary.get(key, 0)} |" for key, label in COUNT_LABELS.items()),
        "",
        f"## Top themes of this run ({_themes_shown(len(summary.get('themes', [])))})",
        "",
    ]
    top = theme_table(summary)[:TOP_THEMES]
    if top:
        lines += ["| theme | id | paragraphs |", "| --- | --- | ---: |"]
        lines += [f"| {_cell(r['theme'])} | {_cell(r['theme_id'])} | {r['paragraphs']} |" for r in top]
    else:
        lines.append("No theme labels were written in this run.")
    relabelled = summary.get("relabelled")
    if relabelled:
        lines += [
            "",
            f"The taxonomy changed (the lake's was `{relabelled['previous_taxonomy']}`): older articles were "
            f"relabelled with this one, {counted(relabelled['labels'], 'label')}, counted above.",
        ]
    quarantined = summary.get("quarantined", [])
    still = summary.get("still_quarantined", 0)
    lines += ["", f"## Quarantined files ({quarantined_count(len(quarantined), still)})", ""]
    if quarantined:
        lines += ["| file | reason | detail |", "| --- | --- | --- |"]
        shown = quarantined[:MAX_QUARANTINED_LISTED]
        lines += [f"| {_cell(src)} | {_cell(reason)} | {_cell(detail)} |" for src, reason, detail in shown]
        if len(quarantined) > len(shown):
            lines += [
                "",
                f"…and {len(quarantined) - len(shown)} more: `select * from quarantine` in the lake.",
            ]
        if still:
            lines += ["", f"{counted(still, 'more file', 'more files')} still quarantined from earlier runs."]
    elif still:
        lines.append(f"{counted(still, 'file')} still quarantined (none new): `select * from quarantine` lists them.")
    else:
        lines.append("None.")
    compacted = summary.get("compacted")
    if compacted:
        before, after = compacted["files_before"], compacted["files_after"]
        version = f" (manifest version {compacted['manifest_version']})" if compacted.get("manifest_version") else ""
        lines += ["", f"Compacted the lake afterwards: {counted(before, 'file')} into {after}{version}."]
    if "report" in summary:  # asked for (--report): the page, or why there is none
        page = summary["report"]
        # a lake's page in a bucket: its s3:// URL
        uri = (page if storage.is_url(page) else Path(page).as_uri()) if page else None
        link = f"Report: [{page}]({uri})" if page else "Report: could not be written (see the log)."
        lines += ["", link]
    deleted = summary.get("deleted", [])
    if deleted:
        lines += ["", f"## Deleted since the last run ({len(deleted)})", ""]
        lines += [f"- {_cell(src)}" for src in deleted[:MAX_QUARANTINED_LISTED]]
    return "\n".join(lines + input_notes(summary, parameters)) + "\n"


def input_notes(summary: dict, parameters: Collection[str] = ()) -> list[str]:
    """Return the summary's lines on inputs: records files' mappings and bad records, languages, left-out files.

    `parameters`: a deployment's run's, whose hints name them where the CLI's name its options
    (flows/parameter_words.py): "`include` names one to read it", not "`--include`"."""
    lines: list[str] = []

    def hint(text: str) -> str:
        return in_parameter_words(text, parameters) if parameters else text

    for warning in [*summary.get("glob_warnings", []), *summary.get("field_warnings", [])]:
        lines += ["", f"Warning: {hint(_cell(warning))}."]
    for source, mapping in summary.get("mappings", {}).items():
        used = ", ".join(f"{name}={field}" for name, field in mapping.items())
        lines += ["", f"Fields of `{_code(source)}`: {_cell(used)} {hint('(change with `--field NAME=FIELD`)')}."]
    bad = summary.get("bad_records", [])
    if bad:
        lines += ["", f"## Quarantined records ({len(bad)})", "", "| record | reason | detail |", "| --- | --- | --- |"]
        shown = bad[:MAX_QUARANTINED_LISTED]
        lines += [f"| {_cell(src)} | {_cell(reason)} | {_cell(detail)} |" for src, reason, detail in shown]
    unfinished = summary.get("unfinished", [])
    if unfinished:
        lines += [
            "", f"## Files still being written ({len(unfinished)})", "",
            "Their last record is cut off: their complete records were read, none they lack was deleted, and the "
            "next run reads them again.", "", "| file | detail |", "| --- | --- |",
        ]
        lines += [f"| {_cell(src)} | {_cell(detail)} |" for src, detail in unfinished[:MAX_QUARANTINED_LISTED]]
    trailing = summary.get("gzip_trailing", [])
    if trailing:
        lines += [
            "", f"## Gzip files with data after their stream ({len(trailing)})", "",
            "What their gzip stream holds was read (every member of it); the bytes after it, which are not gzip "
            "(a download that appended an error page, a file overwritten in place), were left out, as `gzip -d` "
            "leaves them.", "", "| file | detail |", "| --- | --- |",
        ]
        lines += [f"| {_cell(src)} | {_cell(detail)} |" for src, detail in trailing[:MAX_QUARANTINED_LISTED]]
    if summary.get("records_deleted"):
        gone = counted(summary["records_deleted"], "record gone from its file", "records gone from their files")
        lines += ["", f"{gone} since the last run: deleted."]
    if summary.get("not_labelled"):
        lines += [
            "",
            f"{counted(summary['not_labelled'], 'article')} in a language the taxonomy does not declare: stored, "
            "not labelled.",
        ]
    left_out = [path for path in summary.get("left_out", []) if not path.endswith("/")]
    if left_out:
        lines += [
            "",
            f"Left out {counted(len(left_out), 'repository file')} (README, LICENSE, "
            f"CHANGELOG): {_cell(', '.join(left_out[:10]))}"
            f" {hint('(`--include` names one to read it)')}.",
        ]
    saved = [path for path in summary.get("left_out", []) if path.endswith("/")]  # folders
    if saved:
        whose, folders = ("page's", "folder") if len(saved) == 1 else ("pages'", "folders")
        lines += [
            "",
            f"Left out {len(saved)} saved {whose} resource {folders} (X_files beside X.html): "
            f"{_cell(', '.join(saved[:10]))}",
        ]
    return lines


def publish_run_artifacts(summary: dict, parameters: Collection[str] = ()) -> None:
    """Attach the run's markdown summary and its per-theme counts to the current flow run (`parameters`: those
    of a deployment's run, which its hints name: input_notes)."""
    from prefect.artifacts import create_markdown_artifact, create_table_artifact  # the CLI's summary needs none

    create_markdown_artifact(
        key="ingest-summary",
        markdown=summary_markdown(summary, parameters),
        description=f"What ingest-articles run {summary['run_id']} read and wrote.",
    )
    create_table_artifact(
        key="ingest-theme-counts",
        table=theme_table(summary),
        description="Paragraph labels written per theme in this run.",
    )
