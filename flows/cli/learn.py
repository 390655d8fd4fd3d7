"""`themelake learn`: learn weighted terms (and theme vectors) per theme from labeled articles."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from flows.cli.app import (
    EMPTY_TAXONOMY,
    SETTINGS,
    FieldOption,
    app,
    err,
    fail,
    out,
    refuse_empty,
    whole_number,
)
from flows.cli.labels import (
    IgnoreUnmappedOption,
    LabeledDir,
    LabelFieldOption,
    MapOption,
    check_labeled_path,
    check_map,
    labeled_articles,
)
from flows.cli.map_file import read_map
from flows.cli.stdout import check_descriptor, is_stdout, write_stdout
from flows.cli.usage_line import PlainUsage

if TYPE_CHECKING:  # the labelling machinery (numpy, the semantic model) loads inside the command
    from rich.console import Console

    from transforms.evaluation import Evaluation, LabeledArticle
    from transforms.taxonomy import Taxonomy


@app.command(cls=PlainUsage)
def learn(
    labeled_dir: LabeledDir,
    map: MapOption,
    output: Annotated[
        str | None,
        typer.Option(
            "-o", "--output",
            help="Taxonomy file to write (its theme vectors beside it); - or /dev/stdout: the taxonomy on "
            "stdout, for a base taxonomy with `semantic = false`.",
            callback=refuse_empty("give a file to write the taxonomy to (-o my-taxonomy.toml)"),
        ),
    ] = None,
    taxonomy: Annotated[
        str | None,
        typer.Option(
            "--taxonomy", help="Base taxonomy to add learned terms to (default: bundled).",
            callback=refuse_empty(EMPTY_TAXONOMY),
        ),
    ] = SETTINGS.taxonomy,
    cv: Annotated[
        int,
        typer.Option(
            "--cv", callback=whole_number(0), help="Cross-validate over this many folds and print the accuracy (0: no)."
        ),
    ] = 0,
    label_field: LabelFieldOption = None,
    field: FieldOption = None,
    ignore_unmapped: IgnoreUnmappedOption = False,
) -> None:
    """Learn weighted terms per theme from labeled articles and write them into a taxonomy file."""
    from transforms.evaluation import LabelMapError, left_out_summary
    from transforms.formats.field_options import MappingError
    from transforms.learning import cross_validate, learn_taxonomy
    from transforms.learning_folds import too_few_articles
    from transforms.taxonomy import TaxonomyError
    from transforms.taxonomy_toml import format_taxonomy
    from warehouse.sources import SourceError
    from warehouse.taxonomy_files import check_taxonomy_output, read_taxonomy, write_taxonomy_file

    # The paths first: asked for -o, a user gave it, to be told only then that the folder was not there.
    try:
        check_labeled_path(labeled_dir, label_field)
        label_map = read_map(map)
    except (LabelMapError, SourceError) as error:
        fail(str(error))
    if not output and not cv:
        fail("say where to write the taxonomy (-o my-taxonomy.toml), or ask for --cv 5")
    if cv == 1:
        fail("--cv needs at least 2 folds (0, the default, is no cross-validation: leave --cv out)")
    # `-o -`, `-o /dev/stdout` (or /dev/fd/1): the taxonomy alone on standard output (flows/cli/stdout.py),
    # what else learn says on stderr.
    check_descriptor(output)  # before learning, not after
    to_stdout = is_stdout(output)
    say = err if to_stdout else out
    try:
        if output and not to_stdout:
            check_taxonomy_output(output)  # before reading and learning, not after
        base = read_taxonomy(taxonomy)
        if output and base.semantic is not None and is_stream(output):  # before reading and learning
            fail(STREAM_NEEDS_A_FILE.format(output=output))
        articles, left_out = labeled_articles(labeled_dir, label_map, label_field, field, ignore_unmapped)
        check_map(label_map, articles, base, map)
        if cv:
            check_folds(articles, cv)
        if left_out:
            say.print(left_out_summary(left_out), highlight=False, soft_wrap=True)
        thin = too_few_articles([a.label for a in articles])
        if thin:
            say.print(f"note: {thin}", highlight=False, soft_wrap=True)
        if cv:
            print_folds(cross_validate(articles, label_map, base, cv), say)
        if to_stdout:
            learned_tax, learned, untelling = learn_taxonomy(articles, label_map, base)
            text = format_taxonomy(learned_tax, learned_header(articles, labeled_dir, map, base), learned, untelling)
            write_stdout(text.encode("utf-8"), "the taxonomy")
            err.print(f"wrote the taxonomy to standard output: {term_summary(learned, untelling)}, taxonomy version "
                      f"{learned_tax.version}", highlight=False, soft_wrap=True)
        elif output:
            learned_tax, learned, untelling = learn_taxonomy(articles, label_map, base)
            learned_tax, sidecar = _with_sidecar(learned_tax, output)
            text = format_taxonomy(learned_tax, learned_header(articles, labeled_dir, map, base), learned, untelling)
            write_taxonomy_file(output, text, sidecar)
            also = f" and theme vectors in {sidecar[0]}" if sidecar else ""
            out.print(f"wrote {output}{also}: {term_summary(learned, untelling)}, "
                      f"taxonomy version {learned_tax.version}", highlight=False, soft_wrap=True, markup=False)
    except (TaxonomyError, LabelMapError, SourceError, MappingError) as error:
        fail(str(error))


# A learned taxonomy with a semantic layer is two files: its theme vectors go in a sidecar the TOML
# names beside itself, and standard output (a descriptor, a device, a pipe) has no "beside" (a sidecar
# in the current folder, or next to whatever stdout leads to, would be a file the user did not name).
STREAM_NEEDS_A_FILE = (
    "-o {output}: the learned taxonomy's theme vectors go in a file beside it, and {output} is a stream "
    "with no beside: name a file (-o my-taxonomy.toml), or learn on a base --taxonomy with semantic = false"
)


def is_stream(output: str) -> bool:
    """Return True for an output that is no file to put a sidecar beside: `-`, one of this process's
    descriptors (/dev/stdout, /dev/fd/3), a device or a pipe."""
    from warehouse.output_files import own_descriptor

    if output == "-" or own_descriptor(output) is not None:
        return True
    return os.path.exists(output) and not os.path.isfile(output) and not os.path.isdir(output)


def term_summary(learned: Mapping[str, Sequence[object]], left_out: Mapping[str, Sequence[str]]) -> str:
    """Return how many terms were learned, and how many base terms left out (when any).

    >>> term_summary({"a": [1, 2]}, {"a": ["x"], "b": []}), term_summary({"a": [1]}, {})
    ('2 learned terms, 1 base term left out', '1 learned term')
    """
    dropped = sum(len(v) for v in left_out.values())
    gone = f", {dropped} base term{'s' if dropped != 1 else ''} left out" if dropped else ""
    n = sum(len(v) for v in learned.values())
    return f"{n} learned term{'s' if n != 1 else ''}{gone}"


def learned_header(articles: list[LabeledArticle], labeled_dir: str, map_path: str, base: Taxonomy) -> list[str]:
    """Return the comment lines a learned taxonomy file starts with: what it was learned from and on."""
    return [
        f"Learned by `themelake learn` from {len(articles)} labeled articles in "
        f"{Path(labeled_dir).name}/ with the label map {Path(map_path).name},",
        f"added to the base taxonomy {base.name!r} (version {base.version}).",
        "Learned terms follow each theme's hand-written ones; edit, remove or re-weight any of them.",
    ]


def check_folds(articles: list[LabeledArticle], cv: int) -> None:
    """Stop unless every fold holds a text and learns from another: folds are dealt by text (copies
    together), and an empty one counted as 0 in the mean, or was learned from nothing."""
    texts = len({a.file.version for a in articles})
    if texts >= cv:
        return
    copies = f" ({texts} different texts)" if texts < len(articles) else ""
    if texts < 2:
        fail(f"cross-validation needs 2 different labeled texts or more, not {texts}")
    fail(f"{len(articles)} labeled articles{copies} cannot fill {cv} folds: use --cv {texts} or fewer")


def _with_sidecar(taxonomy: Taxonomy, output: str) -> tuple[Taxonomy, tuple[str, bytes] | None]:
    """Return the taxonomy naming its theme vectors' sidecar beside the output file, and that
    sidecar's (path, bytes) to write with it; (taxonomy, None) when it has no vectors."""
    from dataclasses import replace

    import numpy as np

    from warehouse.theme_vectors import theme_vectors_bytes

    sem = taxonomy.semantic
    if sem is None or not sem.theme_vectors:
        return taxonomy, None
    from transforms.taxonomy import TaxonomyError

    if is_stream(output):  # said before learning (learn); here for a base read after that check
        raise TaxonomyError(STREAM_NEEDS_A_FILE.format(output=output))
    # Beside the file the name leads to (a link's target): where the TOML, naming it, is read from.
    target = os.path.realpath(output)
    sidecar = os.path.join(os.path.dirname(target), Path(target).stem + ".vectors.npz")
    data = theme_vectors_bytes([t.id for t in taxonomy.themes], np.array(sem.theme_vectors, np.float32))
    return replace(taxonomy, semantic=replace(sem, vectors=os.path.basename(sidecar))), (sidecar, data)


def print_folds(results: list[Evaluation], say: Console) -> None:
    """Print the held-out accuracy of each cross-validation fold and their mean on `say` (stdout, or
    stderr when the taxonomy goes to stdout)."""
    from rich.table import Table

    table = Table(
        "fold", "articles", "accuracy", "macro f1", "coverage", title="cross-validation (held-out folds)"
    )
    for n, r in enumerate(results):
        table.add_row(
            str(n + 1), str(r.n_articles), f"{r.accuracy:.4f}", f"{r.macro_f1:.4f}", f"{r.coverage:.4f}"
        )
    mean = sum(r.accuracy for r in results) / len(results)
    pooled = sum(r.accuracy * r.n_articles for r in results) / sum(r.n_articles for r in results)
    table.add_row("mean", str(sum(r.n_articles for r in results)), f"{mean:.4f}", "", "")
    say.print(table)
    say.print(f"cross-validated accuracy: {mean:.4f} (mean of {len(results)} folds; pooled {pooled:.4f})")
