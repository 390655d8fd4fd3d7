"""`themelake eval` and `relabel`: measure and re-apply theme labels (`learn` is flows/cli/learn.py)."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated

import typer

from flows.cli.app import (
    EMPTY_TAXONOMY,
    INTERRUPTED_ONE_COMMIT,
    SETTINGS,
    FieldOption,
    LakeOption,
    TaxonomyOption,
    app,
    err,
    fail,
    note_vectors,
    out,
    refuse_empty,
    run_lake_flow,
    say_leftovers,
    say_waiting,
    whole_number,
)
from flows.cli.tables import print_table
from flows.cli.usage_line import PlainUsage

if TYPE_CHECKING:  # the labelling machinery (numpy, the semantic model) loads inside the commands
    from transforms.evaluation import Evaluation, Explanation, LabeledArticle, LabelMap, LeftOut
    from transforms.taxonomy import Taxonomy

LabeledDir = Annotated[
    str,
    typer.Argument(
        metavar="DIR",  # the README's and the errors' word (`themelake learn DIR`), not the Python name labeled_dir
        help="Folder with one sub-folder of article files per label, or a records file with --label-field.",
        callback=refuse_empty("give the folder of labeled articles (. for the current one), or a records file"),
    ),
]
MapOption = Annotated[
    str,
    typer.Option("--map", help="TOML file mapping each folder name to theme id(s).",
                 callback=refuse_empty("give the TOML file mapping each folder to its theme ids")),
]
LabelFieldOption = Annotated[
    str | None,
    typer.Option("--label-field",
                 help="LABELED is a records file (.jsonl .json .csv .tsv); its labels are in this field.",
                 callback=refuse_empty("give the field holding each record's label, or leave it out for a folder")),
]
IgnoreUnmappedOption = Annotated[
    bool, typer.Option("--ignore-unmapped", help="Skip articles whose label the map does not cover (else an error).")
]


def labeled_articles(
    labeled: str, label_map: LabelMap, label_field: str | None, field: list[str] | None, ignore_unmapped: bool
) -> tuple[list[LabeledArticle], list[LeftOut]]:
    """Return the labeled articles of a folder, or of a records file when a label field is given, and
    what was left out (warehouse.labeled.read_labeled_corpus); raise SourceError when none is left."""
    from transforms.formats.field_options import parse_field_options
    from warehouse.labeled import read_labeled_corpus

    check_labeled_path(labeled, label_field)
    return read_labeled_corpus(labeled, label_map, label_field, parse_field_options(field or []), ignore_unmapped)


def check_labeled_path(labeled: str, label_field: str | None) -> None:
    """Raise SourceError when the labeled folder is not there (a records file, --label-field, says so itself)."""
    import os

    from warehouse.sources import SourceError

    # DIR is the labeled folder (the README's and --help's word), not a run's source: listing it said "source not
    # found".
    if label_field is None and not os.path.lexists(labeled):
        raise SourceError(f"labeled folder not found: {labeled} (no such file or folder; DIR holds one sub-folder "
                          "of article files per label)")


def check_map(label_map: LabelMap, articles: list[LabeledArticle], taxonomy: Taxonomy, map_path: str) -> None:
    """Raise LabelMapError naming the map file when it does not fit the articles or the taxonomy, and
    say, on stderr, which of its labels no article has: a misspelt key is otherwise silent."""
    from transforms.evaluation import check_label_map, unused_map_keys

    check_label_map(label_map, sorted({a.label for a in articles}), taxonomy, source=map_path)
    unused = unused_map_keys(label_map, [a.label for a in articles])
    if unused:
        err.print(f"note: {map_path}: no article has the label(s) {', '.join(unused)}", highlight=False,
                  soft_wrap=True)


@app.command("eval", cls=PlainUsage)
def eval_command(
    labeled_dir: LabeledDir,
    map: MapOption,
    taxonomy: TaxonomyOption = SETTINGS.taxonomy,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object instead of tables.")] = False,
    explain: Annotated[
        int,
        typer.Option(
            "--explain", metavar="N", callback=whole_number(0),
            help="Print N misclassified articles with the evidence of the theme given and the one expected.",
        ),
    ] = 0,
    label_field: LabelFieldOption = None,
    field: FieldOption = None,
    ignore_unmapped: IgnoreUnmappedOption = False,
) -> None:
    """Measure a taxonomy on labeled articles: accuracy, macro F1, per theme, confusions, coverage."""
    from flows.cli.map_file import read_map
    from transforms.evaluation import LabelMapError, evaluate
    from transforms.formats.field_options import MappingError
    from transforms.taxonomy import TaxonomyError
    from warehouse.sources import SourceError
    from warehouse.taxonomy_files import read_taxonomy

    try:
        tax = read_taxonomy(taxonomy)
        note_vectors(tax)
        label_map = read_map(map)
        articles, left_out = labeled_articles(labeled_dir, label_map, label_field, field, ignore_unmapped)
        check_map(label_map, articles, tax, map)
        result = evaluate(articles, label_map, tax, explain=explain, left_out=left_out)
    except (TaxonomyError, LabelMapError, SourceError, MappingError) as error:
        fail(str(error))
    if as_json:
        sys.stdout.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
    else:
        print_evaluation(result)


def print_evaluation(result: Evaluation) -> None:
    """Print the evaluation as tables: summary, per theme, confusions, articles without themes."""
    from rich.markup import escape
    from rich.table import Column, Table

    from transforms.evaluation import left_out_summary

    summary = Table(show_header=False)
    for key in ("n_articles", "accuracy", "macro_f1", "coverage", "n_body_paragraphs"):
        summary.add_row(key.replace("_", " "), str(getattr(result, key)))
    summary.add_row("articles with no theme", str(len(result.no_theme)))
    print_table(summary, f"eval (taxonomy {result.taxonomy_version})")
    if result.left_out:
        out.print(left_out_summary(result.left_out), highlight=False, soft_wrap=True)
    names = result.theme_names
    themes = Table(
        Column("theme", no_wrap=True), "name", "precision", "recall", "f1", "support", "predicted"
    )
    for s in result.per_theme:
        themes.add_row(
            escape(s.theme_id),
            escape(names.get(s.theme_id, "")),
            f"{s.precision:.3f}",
            f"{s.recall:.3f}",
            f"{s.f1:.3f}",
            str(s.support),
            str(s.predicted),
        )
    print_table(themes, "per theme")
    # One row per folder, its primary themes by count: readable with 17 themes in a narrow terminal.
    confusion = Table("folder", "primary themes (count)", show_lines=False)
    for label in sorted(result.confusion):
        row = sorted(result.confusion[label].items(), key=lambda kv: (-kv[1], kv[0]))
        confusion.add_row(escape(label), escape("  ".join(f"{_named(theme, names)} {n}" for theme, n in row)))
    print_table(confusion, "confusions")
    for source in result.no_theme[:20]:
        out.print(f"[yellow]no theme[/] {escape(source)}", highlight=False, soft_wrap=True)
    if len(result.no_theme) > 20:
        out.print(f"... and {len(result.no_theme) - 20} more without a theme")
    for left in result.left_out[:20]:
        out.print(f"[yellow]left out[/] {escape(left.source)} ({left.reason}: {escape(left.detail)})", highlight=False,
                  soft_wrap=True)
    if len(result.left_out) > 20:
        out.print(f"... and {len(result.left_out) - 20} more left out")
    for case in result.explained:
        print_explanation(case, names)


def _named(theme_id: str, names: dict[str, str]) -> str:
    """Return a theme id with its name, e.g. "medtop:15000000 (sport)"."""
    name = names.get(theme_id)
    return f"{theme_id} ({name})" if name and name != theme_id else theme_id


def print_explanation(case: Explanation, names: dict[str, str]) -> None:
    """Print one misclassified article: each theme's article score and its strongest evidence."""
    from rich.markup import escape

    out.print(f"\n[bold]mistake[/] {escape(case.source)} (folder {escape(case.label)})", highlight=False,
              soft_wrap=True)
    for what, side in (("given", case.given), ("expected", case.expected)):
        out.print(f"  {what}: {escape(_named(side.theme_id, names))} score {side.score}", highlight=False)
        for role, word, kind, weight in side.evidence:
            out.print(f"    {weight:7.4f}  {kind:8}  {role:7}  {escape(word)}", highlight=False)
        if not side.evidence:
            out.print("    (no evidence)")


@app.command()
def relabel(
    taxonomy: Annotated[
        str | None, typer.Option(
            "--taxonomy", callback=refuse_empty(EMPTY_TAXONOMY),
            help="Taxonomy TOML file to apply (env THEMELAKE_TAXONOMY, else the bundled one: left out after a "
            "relabel with yours, the lake goes back to it)."
        )
    ] = SETTINGS.taxonomy,
    lake: LakeOption = SETTINGS.lake,
) -> None:
    """Apply a taxonomy to the paragraphs already in the lake, without reading the sources again."""
    from rich.table import Table

    from transforms.taxonomy import TaxonomyError
    from warehouse.lake import LakeError, existing_lake
    from warehouse.taxonomy_files import read_taxonomy

    try:
        tax = read_taxonomy(taxonomy)
        note_vectors(tax)
        existing_lake(lake)
    except (TaxonomyError, LakeError) as error:
        fail(str(error))
    from flows.relabel_record import answer_nothing_to_relabel

    try:  # every paragraph scored with this taxonomy already: recorded without Prefect (flows/relabel_record.py)
        answered = answer_nothing_to_relabel(lake, taxonomy, tax, on_wait=say_waiting, on_recover=say_leftovers)
    except LakeError as error:
        fail(str(error))
    except KeyboardInterrupt:  # its one commit is whole or not made; the lock is let go
        fail(INTERRUPTED_ONE_COMMIT, 130)

    def load() -> Callable[..., dict]:
        from flows.relabel import relabel_paragraphs  # imports Prefect: only when a flow runs

        return relabel_paragraphs

    summary = answered or run_lake_flow(lake, load, (TaxonomyError, LakeError), taxonomy=taxonomy)
    named = f"\"{tax.name}\" (version {tax.version}, {'the bundled one' if taxonomy is None else taxonomy})"
    # A taxonomy of other languages than the lake's "had scored every paragraph": it had scored none.
    others = other_languages_note(lake, tax.languages)
    every = "every paragraph in its languages" if others else "every paragraph"
    if not summary.get("recorded", True):
        out.print(f"nothing to relabel: taxonomy {named} is the lake's current one already and has scored {every}; "
                  "nothing was written", highlight=False, soft_wrap=True)
        if others:
            out.print(others, highlight=False, soft_wrap=True)
        return
    table = Table(show_header=False)
    for key in ("taxonomy_version", "paragraphs_relabelled", "themes_written", "duration_s", "lake"):
        # themes_written, as the `runs` column is named, counts labels: "themes written 32" of a 2-theme taxonomy
        table.add_row("theme labels written" if key == "themes_written" else key.replace("_", " "), str(summary[key]))
    print_table(table, f"relabel {summary['run_id']}")
    out.print(relabel_outcome(named, summary.get("taxonomy_before"), tax.version, answered is not None, every),
              highlight=False, soft_wrap=True)
    if others:
        out.print(others, highlight=False, soft_wrap=True)


def other_languages_note(lake: str, languages: tuple[str, ...]) -> str | None:
    """Return the line on the lake's articles in languages a taxonomy does not declare, None for none (or a
    taxonomy of every language)."""
    from warehouse.labels import articles_in_other_languages

    if not languages:
        return None
    other, total = articles_in_other_languages(lake, languages)
    if not other:
        return None
    which = ("the lake's one article is" if total == 1 else f"all {total:,} of the lake's articles are"
             if other == total else f"{other:,} of the lake's {total:,} articles {'is' if other == 1 else 'are'}")
    declared = ", ".join(languages)
    return f"{which} in a language the taxonomy does not declare (it declares {declared}): stored, not labelled"


def relabel_outcome(named: str, before: str | None, version: str, without_flow: bool,
                    every: str = "every paragraph") -> str:
    """Return what a recorded relabel did to the lake's current taxonomy, in one line.

    >>> print(relabel_outcome('"iptc" (version 1a2b, the bundled one)', "9f8e", "1a2b", False))
    the lake's themes are now taxonomy "iptc" (version 1a2b, the bundled one), in place of version 9f8e
    """
    said = (f"the lake's themes are taxonomy {named}, as before" if before == version
            else f"the lake's themes are now taxonomy {named}" + (f", in place of version {before}" if before else ""))
    if without_flow:
        said += f"; {every} had been scored with it already: recorded without starting Prefect"
    return said
