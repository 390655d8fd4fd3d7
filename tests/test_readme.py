"""The README and its reference docs (docs/*.md) render as written and state what the code gives."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from tests.readme_text import README, readme_text, stated, text_files


@pytest.mark.parametrize("path", text_files(), ids=lambda p: p.name)
def test_every_code_fence_of_the_readme_closes_its_block(path: Path) -> None:
    # A closing fence with text after it ("``` What makes a good theme:") closes nothing: the prose
    # after it, and the next blocks, rendered as one code block.
    text = path.read_text("utf-8")
    fences = [n for n, line in enumerate(text.splitlines(), 1) if line.startswith("```")]
    blocks = [t for t in MarkdownIt("commonmark").parse(text) if t.type == "fence"]
    assert len(fences) == 2 * len(blocks), "a ``` line opens or closes no block where it stands"
    assert [t.map[0] + 1 for t in blocks] == fences[::2], "a block opens at a line meant to close one"


def test_a_note_under_an_example_output_names_only_days_the_output_shows() -> None:
    # The note under the troops-and-money table named the day of an earlier refresh (2026-12-02)
    # after examples/refresh_readme.py had rewritten the table with its own day.
    text = README.read_text("utf-8")
    for name in sorted(p.name for p in (README.parent / "examples" / "queries").glob("*.sql")):
        after = text[text.index(f"(`{name}`)") :]
        output = re.search(r"```text\n(.*?)```\n(.*?)(?=\n\*\*|\n## )", after, re.S)
        assert output, name
        shown, note = output.group(1), output.group(2)
        assert all(day in shown for day in re.findall(r"\d{4}-\d\d-\d\d", note)), (name, note)


def test_the_worked_example_of_a_label_is_what_the_bundled_taxonomy_gives() -> None:
    # The example said the headline also got politics as a weaker second label, after
    # semantic_min_share 0.75 had left that label of meaning alone out.
    from transforms.labeller import label_texts
    from warehouse.taxonomy_files import read_taxonomy

    text = readme_text()
    example = text[text.index("A worked example, with the bundled taxonomy") :]
    headline = re.search(r'headline \*"(.+?)"\*', example, re.S)
    assert headline
    rows = re.findall(r"^\| (\w+) \| (term|semantic) \| ([\d.]+) \|", example[: example.index("\n\n", 300)], re.M)
    score = re.search(r"Conflict, war and peace: score ([\d.]+)", example)
    assert rows and score
    labels = label_texts(read_taxonomy(), [" ".join(headline.group(1).split())])
    assert "the headline has\none theme" in example
    assert [label.theme_id for label in labels] == ["medtop:16000000"]
    assert [(e.term, e.kind, round(e.weight, 4)) for e in labels[0].evidence] == [
        (term, kind, float(weight)) for term, kind, weight in rows
    ]
    assert round(labels[0].score, 4) == float(score.group(1))


@pytest.mark.slow  # labels the 52 items of benchmarks/untaught
def test_the_untaught_figure_is_what_eval_gives() -> None:
    # The README gave 0.23 for the untaught set after the taxonomy's changes had taken it to 0.29.
    from typer.testing import CliRunner

    from flows.cli.main import app

    figures = {float(f) for f, in stated(r"the bundled taxonomy gets \*\*([\d.]+)\*\* of them right")}
    corpus, label_map = README.parent / "benchmarks" / "untaught", README.parent / "benchmarks" / "untaught-map.toml"
    result = CliRunner().invoke(app, ["eval", str(corpus), "--map", str(label_map), "--json"])
    assert result.exit_code == 0, result.output
    assert figures == {round(json.loads(result.output)["accuracy"], 2)}  # the README's summary and docs/labels.md


NEWER_NEWS = ("news-2015-26", "unseen-2015-26", "news-2020-26", "topics-2020-26", "senses-2020-26", "crime-2020-26",
              "news-2026-late", "news-2026-dec", "news-2025-26-mixed", "news-2025-26-roles",
              "news-2026-winter", "untaught-2026", "news-2026-local", "news-2026-held",
              "news-2026-held2", "news-2026-held3", "news-2026-held4", "news-2026-held5")


@pytest.mark.slow  # labels the 10 to 30 items of one half of a set
@pytest.mark.parametrize("half", ("tuned", "held"))
@pytest.mark.parametrize("name", NEWER_NEWS)
def test_the_newer_news_sets_table_is_what_eval_gives(name: str, half: str) -> None:
    # The paragraphs of docs/labels.md state each set's counts when it was written; a later round's words
    # moved news-2020-26's held half from 11 to 14 and the text, read as the current figure, failed.
    from typer.testing import CliRunner

    from flows.cli.main import app

    ((tuned_n, tuned_right, held_n, held_right),) = stated(
        rf"\| {re.escape(name)} \| (\d+|—) \| (\d+|—) \| (\d+|—) \| (\d+|—) \|")
    n, right = (tuned_n, tuned_right) if half == "tuned" else (held_n, held_right)
    corpus, label_map = README.parent / "benchmarks" / name / half, README.parent / "benchmarks" / f"{name}-map.toml"
    if n == "—":  # a set all tuned on (or all held out): the table says it has no such half, and it has none
        assert not corpus.exists()
        return
    result = CliRunner().invoke(app, ["eval", str(corpus), "--map", str(label_map), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)  # stderr notes the labels the map names and no folder has
    assert (report["n_articles"], report["n_articles"] - len(report["mistakes"])) == (int(n), int(right))


@pytest.mark.slow  # enriches the 50 annotated bbc-dev articles and the corpus's 1,114 for tone
def test_the_enrichment_figures_are_what_the_benchmark_gives() -> None:
    # The quality table kept places at 0.952 recall and the tone means of an earlier build after
    # the places and tone rules had moved them.
    from benchmarks.enrichment_quality import category_tone, score
    from tests.conftest import shared_path

    corpus = shared_path("corpora", "bbc-dev")
    result = score(corpus)
    # Every row and sentence that states them: the README's summary and docs/enrichments.md.
    text = readme_text()
    for label, key in (("places (country level)", "places"), ("amounts (value)", "amounts")):
        found, annotated, right = result[key]
        precision, recall = result[f"{key}_precision"], result[f"{key}_recall"]
        row = f"| {label} | {precision} | {recall} | {found} | {annotated} | {right} |"
        rows = [line for line in text.splitlines() if line.startswith(f"| {label} |")]
        assert rows and set(rows) == {row}
    objects = {f for f, in stated(r"the annotated ones for ([\d.]+) of them")}
    assert objects == {str(result["object_accuracy"])}
    tone = category_tone(corpus)
    means = stated(
        r"category \(all 1,114 articles\): business (\S+), entertainment (\S+), politics (\S+), "
        r"sport (\S+), tech (\S+)\n"
    )
    for means_stated in means:
        assert [float(v.replace("−", "-")) for v in means_stated] == [
            tone[c] for c in ("business", "entertainment", "politics", "sport", "tech")
        ]


def heading_anchors(text: str) -> set[str]:
    """Return the anchors GitHub gives a Markdown file's headings (fenced code's lines are no headings)."""
    anchors, in_fence = set(), False
    for line in text.splitlines():
        in_fence ^= line.startswith("```")
        if not in_fence and (heading := re.match(r"#+ (.+)", line)):
            anchors.add(re.sub(r"[^\w\- ]", "", heading.group(1).lower()).replace(" ", "-"))
    return anchors


def test_every_relative_link_of_the_readme_and_docs_leads_to_a_file_and_heading() -> None:
    # The README's long sections moved into docs/: a link to a doc, or to a heading of one, that
    # a rename leaves dangling sends the reader nowhere.
    for path in text_files():
        for target in re.findall(r"\]\(([^)\s]+\.md(?:#[^)\s]*)?)\)", path.read_text("utf-8")):
            file, _, anchor = target.partition("#")
            linked = (path.parent / file).resolve()
            assert linked.is_file(), f"{path.name} links to {target}, no such file"
            assert not anchor or anchor in heading_anchors(linked.read_text("utf-8")), f"{path.name}: {target}"


def test_every_link_to_a_heading_of_the_same_file_leads_to_one() -> None:
    # The README's command table and the docs' opening lists link to headings of their own file: a
    # heading renamed (or moved to another file) leaves such a link leading nowhere.
    for path in text_files():
        text = path.read_text("utf-8")
        anchors = heading_anchors(text)
        for anchor in re.findall(r"\]\(#([^)\s]+)\)", text):
            assert anchor in anchors, f"{path.name} links to #{anchor}, no such heading there"


def test_the_readme_s_label_figures_are_those_of_docs_labels() -> None:
    # The README's summary repeats the key figures of docs/labels.md's tables: a round that moves
    # one there moves it here too.
    readme, labels = README.read_text("utf-8"), (README.parent / "docs" / "labels.md").read_text("utf-8")
    for corpus in ("bbc-dev", "agnews-dev"):
        summary = re.search(rf"^\| {corpus} \([^|]*\| (\d+) \| ([\d.]+) \| ([\d.]+) \|$", readme, re.M)
        whole = re.search(rf"^\| {corpus}, all \| (\d+) \| ([\d.]+) \|", labels, re.M)
        held = re.search(rf"^\| {corpus}, half B[^|]*\| \d+ \| ([\d.]+) \|", labels, re.M)
        assert summary and whole and held, corpus
        assert summary.groups() == (*whole.groups(), held.group(1)), corpus
    learned = re.search(r"bbc-dev \*\*([\d.]+)\*\*, agnews-dev\s+\*\*([\d.]+)\*\*", readme)
    base = r"With the bundled taxonomy as the base: bbc-dev \*\*([\d.]+)\*\*.*?agnews-dev \*\*([\d.]+)\*\*"
    reference = re.search(base, labels, re.S)
    assert learned and reference
    assert learned.groups() == reference.groups()


def test_the_readme_s_issue_14_table_is_that_of_the_latest_stop() -> None:
    # The README shows the table of docs/performance.md's last "Where this stop leaves issue 14": a new
    # stop's note there moves the README's table with it.
    readme, performance = README.read_text("utf-8"), (README.parent / "docs" / "performance.md").read_text("utf-8")
    stops = re.findall(r"^## Where this stop leaves issue 14 \(build (\w+) against (\w+)\)\n\n.*?\n\n(\|.*?)\n\n",
                       performance, re.M | re.S)
    assert stops
    built, against, table = stops[-1]
    summary = re.search(r"\(build (\w+) against (\w+), both measured.*?\n\n(\|.*?)\n\n", readme, re.S)
    assert summary
    assert summary.groups() == (built, against, table)


def test_the_readme_s_fields_line_of_a_records_file_is_what_a_run_prints() -> None:
    # A run's summary names each records file's mapping ("Fields of FILE: ..."): the README said nothing of it,
    # so a user who saw a column missed (a site under `Outlet Name`) was not told the line was theirs to change.
    from flows.artifacts import input_notes
    from flows.summary_text import plain_text

    mapping = {"feed.csv": {"title": "Headline", "text": "Body"}}
    printed = plain_text("\n".join(input_notes({"mappings": mapping}))).strip().rstrip(".")
    text = README.read_text("utf-8")
    assert f"`{printed}`" in text and '`--field "site=Outlet Name"`' in text, printed
