"""Relabel, eval and the article rollup, through the flows and the CLI."""

from __future__ import annotations

import json
import shutil

import duckdb
import pytest
from typer.testing import CliRunner

from flows.cli.main import app
from flows.ingest import ingest_articles
from flows.relabel import relabel_paragraphs
from transforms.rollup import rollup
from warehouse.lake import MANIFEST

runner = CliRunner()

LABELED_TAXONOMY = """
[taxonomy]
name = "labeled"
[[themes]]
id = "medtop:04000000"
terms = ["bank", "profit", "share", "market", "price", "company", "firm"]
[[themes]]
id = "medtop:15000000"
terms = ["match", "goal", "coach", "champion", "record", "player", "season"]
[[themes]]
id = "medtop:13000000"
terms = ["phone", "software", "technology", "handset", "computer", "internet"]
"""
# The same themes, but "record" and "share" now count for tech (a taxonomy a user edited).
EDITED_TAXONOMY = (
    LABELED_TAXONOMY.replace('"record", ', "")
    .replace('"share", ', "")
    .replace('["phone"', '["record", "share", "phone"')
)


def eval_args(data_dir, taxonomy) -> list[str]:
    """Return `themelake eval` arguments for the labeled test articles and a taxonomy file."""
    return ["eval", str(data_dir / "labeled"), "--map", str(data_dir / "labeled-map.toml"), "--taxonomy", str(taxonomy)]


def lake_sql(lake: str, sql: str) -> list[tuple]:
    con = duckdb.connect(f"{lake}/themelake.duckdb", read_only=True)
    try:
        return con.sql(sql).fetchall()
    finally:
        con.close()


@pytest.fixture
def labeled_lake(tmp_path, data_dir):
    """A lake ingested from a copy of tests/data/labeled, with the copy deleted afterwards."""
    source = tmp_path / "labeled"
    shutil.copytree(data_dir / "labeled", source)
    (tmp_path / "first.toml").write_text(LABELED_TAXONOMY)
    (tmp_path / "edited.toml").write_text(EDITED_TAXONOMY)
    lake = str(tmp_path / "lake")
    ingest_articles(source=str(source), lake=lake, taxonomy=str(tmp_path / "first.toml"))
    shutil.rmtree(source)  # relabel must not need the sources
    return lake


@pytest.mark.slow
def test_relabel_changes_labels_without_sources_and_views_show_the_new_version(
    labeled_lake, tmp_path
) -> None:
    before = set(lake_sql(labeled_lake, "select paragraph_id, theme_id from paragraph_themes"))
    first_version = lake_sql(labeled_lake, "select taxonomy_version from current_taxonomy")[0][0]
    summary = relabel_paragraphs(lake=labeled_lake, taxonomy=str(tmp_path / "edited.toml"))
    assert summary["paragraphs_relabelled"] > 0 and summary["taxonomy_version"] != first_version
    after = set(lake_sql(labeled_lake, "select paragraph_id, theme_id from paragraph_themes"))
    assert after != before and after - before  # "record" paragraphs are tech now
    versions = lake_sql(labeled_lake, "select distinct taxonomy_version from paragraph_themes")
    assert versions == [(summary["taxonomy_version"],)]
    both = lake_sql(labeled_lake, "select count(distinct taxonomy_version) from paragraph_themes_all")
    assert both == [(2,)]
    assert lake_sql(labeled_lake, "select count(distinct taxonomy_version) from themes") == [(1,)]
    assert lake_sql(labeled_lake, "select count(distinct taxonomy_version) from themes_all") == [(2,)]
    # Relabelling with the same taxonomy again adds nothing.
    count = lake_sql(labeled_lake, "select count(*) from paragraph_themes_all")
    again = relabel_paragraphs(lake=labeled_lake, taxonomy=str(tmp_path / "edited.toml"))
    assert again["themes_written"] == 0
    assert lake_sql(labeled_lake, "select count(*) from paragraph_themes_all") == count


LABELLED = "select count(*) from paragraphs where role in ('title', 'summary', 'body')"


@pytest.mark.slow
def test_relabel_reads_only_paragraphs_no_run_scored_with_its_taxonomy(labeled_lake, tmp_path) -> None:
    first, edited = str(tmp_path / "first.toml"), str(tmp_path / "edited.toml")
    [(n,)] = lake_sql(labeled_lake, LABELLED)
    # The ingest scored every paragraph with the first taxonomy, labelled or not.
    assert relabel_paragraphs(lake=labeled_lake, taxonomy=first)["paragraphs_relabelled"] == 0
    assert relabel_paragraphs(lake=labeled_lake, taxonomy=edited)["paragraphs_relabelled"] == n
    # The relabel scored every article, those it left with no label too (tests/flows/test_relabel_record.py):
    # the next one with the same taxonomy reads nothing and adds nothing.
    again = relabel_paragraphs(lake=labeled_lake, taxonomy=edited)
    assert (again["paragraphs_relabelled"], again["themes_written"]) == (0, 0)
    assert relabel_paragraphs(lake=labeled_lake, taxonomy=first)["paragraphs_relabelled"] == 0
    # Articles ingested later with the first taxonomy: relabelling with it has nothing to read.
    more = tmp_path / "more"
    more.mkdir()
    (more / "a.txt").write_text("Coach hails record season\n\nThe coach said the season was a record.\n")
    (more / "b.txt").write_text("Phone sales rise\n\nThe firm sold more phones and software.\n")
    ingest_articles(source=str(more), lake=labeled_lake, taxonomy=first)
    [(after,)] = lake_sql(labeled_lake, LABELLED)
    assert after - n == 4
    assert relabel_paragraphs(lake=labeled_lake, taxonomy=first)["paragraphs_relabelled"] == 0
    assert relabel_paragraphs(lake=labeled_lake, taxonomy=edited)["paragraphs_relabelled"] == 4
    # The views show the edited taxonomy's labels, of the new articles too.
    new_ones = "select article_id from articles where relative_path in ('a.txt', 'b.txt')"
    labelled_new = f"select count(distinct article_id) from paragraph_themes where article_id in ({new_ones})"
    assert lake_sql(labeled_lake, labelled_new) == [(2,)]


@pytest.mark.slow
def test_an_article_whose_file_came_back_to_earlier_content_is_labelled_by_the_run(tmp_path) -> None:
    # The restored article points at its older rows again, rows no relabel since has seen: the run
    # labels them with its taxonomy (a relabel after it finds nothing left to do).
    (tmp_path / "first.toml").write_text(LABELED_TAXONOMY)
    (tmp_path / "edited.toml").write_text(EDITED_TAXONOMY)
    first, edited, lake = str(tmp_path / "first.toml"), str(tmp_path / "edited.toml"), str(tmp_path / "lake")
    source, away = tmp_path / "in", tmp_path / "away.txt"
    source.mkdir()
    (source / "a.txt").write_text("Coach hails record season\n\nThe coach said the season was a record.\n")
    (source / "b.txt").write_text("Phone sales rise\n\nThe firm sold more phones and software.\n")
    ingest_articles(source=str(source), lake=lake, taxonomy=first)
    shutil.move(source / "a.txt", away)
    ingest_articles(source=str(source), lake=lake, taxonomy=first)  # a.txt deleted
    relabel_paragraphs(lake=lake, taxonomy=edited)
    shutil.move(away, source / "a.txt")
    back = ingest_articles(source=str(source), lake=lake, taxonomy=edited)  # a.txt back, its old rows current
    assert back["articles_written"] == 0 and back["themes_written"] > 0
    assert relabel_paragraphs(lake=lake, taxonomy=edited)["paragraphs_relabelled"] == 0
    labelled = ("select count(*) from paragraph_themes t join articles a using (article_id)"
                " where a.relative_path = 'a.txt'")
    assert lake_sql(lake, labelled)[0][0] > 0


@pytest.mark.slow
def test_article_themes_view_agrees_with_the_python_rollup(labeled_lake) -> None:
    rows = lake_sql(
        labeled_lake,
        "select pt.article_id, p.role, pt.theme_id, pt.score"
        " from paragraph_themes pt join paragraphs p using (paragraph_id)",
    )
    expected = {(t.article_id, t.theme_id, t.score, t.n_paragraphs, t.is_primary) for t in rollup(rows)}
    view = set(
        lake_sql(
            labeled_lake, "select article_id, theme_id, score, n_paragraphs, is_primary from article_themes"
        )
    )
    assert view == expected
    primaries = lake_sql(
        labeled_lake, "select count(*), count(distinct article_id) from article_themes where is_primary"
    )
    assert primaries == [(9, 9)]


@pytest.mark.slow
def test_relabel_cli_with_a_bad_taxonomy_writes_nothing(labeled_lake, tmp_path) -> None:
    manifest = (tmp_path / "lake" / MANIFEST).read_bytes()
    bad = tmp_path / "bad.toml"
    for text, message in [
        ("[[themes]\n", "bad.toml: not valid TOML"),
        (
            '[[themes]]\nid = "a"\nterms = ["x"]\n[[themes]]\nid = "a"\nterms = ["y"]',
            "theme 'a' is defined twice",
        ),
        ('[[themes]]\nid = "a"\nterms = []', "theme 'a': has no terms"),
        ('[[themes]]\nid = "a"\nterms = [""]', "theme 'a': has an empty term"),
        ('[[themes]]\nid = "a"\nterms = [{term = "x", weight = "3"}]', "weight must be a number"),
    ]:
        bad.write_text(text)
        result = runner.invoke(app, ["relabel", "--taxonomy", str(bad), "--lake", labeled_lake])
        assert result.exit_code == 2 and message in result.output and "Traceback" not in result.output
        assert len(result.output.strip().splitlines()) == 1
    assert (tmp_path / "lake" / MANIFEST).read_bytes() == manifest


def test_relabel_cli_needs_an_existing_lake(tmp_path) -> None:
    (tmp_path / "t.toml").write_text(LABELED_TAXONOMY)
    result = runner.invoke(
        app, ["relabel", "--lake", str(tmp_path / "none"), "--taxonomy", str(tmp_path / "t.toml")]
    )
    assert result.exit_code == 2 and "no lake" in result.output
    assert not (tmp_path / "none").exists()


def test_eval_cli_prints_json_with_the_figures(data_dir, tmp_path) -> None:
    taxonomy = tmp_path / "t.toml"
    taxonomy.write_text(LABELED_TAXONOMY)
    args = eval_args(data_dir, taxonomy)
    result = runner.invoke(app, [*args, "--json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)
    assert figures["n_articles"] == 9
    assert 0 < figures["accuracy"] <= 1 and 0 < figures["coverage"] <= 1 and "macro_f1" in figures
    table = runner.invoke(app, args)
    assert table.exit_code == 0 and "confusions" in table.output


def test_eval_cli_errors_are_one_line(data_dir, tmp_path) -> None:
    taxonomy = tmp_path / "t.toml"
    taxonomy.write_text(LABELED_TAXONOMY.replace('id = "medtop:13000000"', 'id = "tech"'))
    args = eval_args(data_dir, taxonomy)
    result = runner.invoke(app, args)
    assert result.exit_code == 2 and "medtop:13000000" in result.output and "not in taxonomy" in result.output
    partial_map = tmp_path / "map.toml"
    partial_map.write_text('business = "medtop:04000000"\n')
    args[3] = str(partial_map)
    result = runner.invoke(app, args)
    assert result.exit_code == 2 and "no theme for folder(s) sport, tech" in result.output
    taxonomy.write_text('[[themes]]\nid = "a"\nterms = []')
    result = runner.invoke(app, args)
    assert result.exit_code == 2 and "t.toml: theme 'a': has no terms" in result.output


def test_run_cli_with_a_bad_taxonomy_writes_no_lake(data_dir, tmp_path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('[[themes]]\nid = "a"\nterms = ["x", {term = "y", weight = "heavy"}]')
    lake = tmp_path / "lake"
    result = runner.invoke(
        app, ["run", str(data_dir / "labeled"), "--lake", str(lake), "--taxonomy", str(bad)]
    )
    assert result.exit_code == 2 and "bad.toml: theme 'a': term 'y': weight must be a number" in result.output
    assert not lake.exists()


def test_learn_cli_writes_a_taxonomy_that_eval_reads(data_dir, tmp_path) -> None:
    base = tmp_path / "base.toml"
    base.write_text(LABELED_TAXONOMY)
    out_file = tmp_path / "learned.toml"
    args = ["--map", str(data_dir / "labeled-map.toml"), "--taxonomy", str(base)]
    result = runner.invoke(app, ["learn", str(data_dir / "labeled"), *args, "-o", str(out_file), "--cv", "3"])
    assert result.exit_code == 0, result.output
    assert "cross-validated accuracy" in result.output and out_file.exists()
    assert out_file.read_text().startswith("# Learned by `themelake learn` from 9 labeled articles")
    # Three articles a folder are too few to learn from well: learn says so, and still writes.
    assert "note: few labeled articles: business (3), sport (3), tech (3)" in " ".join(result.output.split())
    figures = runner.invoke(app, [*eval_args(data_dir, out_file), "--json"])
    assert figures.exit_code == 0 and json.loads(figures.output)["n_articles"] == 9


def test_learn_cli_needs_an_output_or_cv(data_dir) -> None:
    result = runner.invoke(
        app, ["learn", str(data_dir / "labeled"), "--map", str(data_dir / "labeled-map.toml")]
    )
    assert result.exit_code == 2 and "-o" in result.output


def test_learn_cli_refuses_more_folds_than_articles(data_dir, tmp_path) -> None:
    # Empty folds counted as accuracy 0 in the mean: 9 articles over 12 folds said 0.75 at best.
    base = tmp_path / "base.toml"
    base.write_text(LABELED_TAXONOMY)
    args = ["--map", str(data_dir / "labeled-map.toml"), "--taxonomy", str(base), "--cv", "12"]
    result = runner.invoke(app, ["learn", str(data_dir / "labeled"), *args])
    assert result.exit_code == 2 and "9 labeled articles cannot fill 12 folds" in result.output


def test_learn_cli_folds_count_different_texts_not_copies(data_dir, tmp_path) -> None:
    # Copies share a fold: 6 copies of 2 texts cannot fill 3 folds (one would be empty, or learn from nothing).
    base = tmp_path / "base.toml"
    base.write_text(LABELED_TAXONOMY)
    for label in ("business", "sport"):
        (tmp_path / "copies" / label).mkdir(parents=True)
        for n in range(3):
            shutil.copy(data_dir / "labeled" / label / "001.txt", tmp_path / "copies" / label / f"{n}.txt")
    args = ["--map", str(data_dir / "labeled-map.toml"), "--taxonomy", str(base), "--cv", "3"]
    result = runner.invoke(app, ["learn", str(tmp_path / "copies"), *args])
    assert result.exit_code == 2
    assert "6 labeled articles (2 different texts) cannot fill 3 folds: use --cv 2 or fewer" in result.output
    shutil.rmtree(tmp_path / "copies" / "sport")  # 3 copies of one text: no split has two sides
    result = runner.invoke(app, ["learn", str(tmp_path / "copies"), *args[:-1], "2"])
    assert result.exit_code == 2 and "cross-validation needs 2 different labeled texts or more, not 1" in result.output


def quarantined_copy(data_dir, tmp_path):
    """A copy of tests/data/labeled with an empty, a binary and a .pdf file in its folders."""
    folder = tmp_path / "labeled"
    shutil.copytree(data_dir / "labeled", folder)
    (folder / "business" / "empty.txt").write_bytes(b"")
    (folder / "sport" / "photo.txt").write_bytes(b"\x89PNG\r\n\x00\x00\x00\rIHDR")
    (folder / "tech" / "scan.pdf").write_bytes(b"%PDF-1.4 a phone and software")
    return folder


def test_eval_leaves_out_files_run_would_quarantine_and_says_so(data_dir, tmp_path) -> None:
    # Counted as articles without a theme, they lowered the accuracy of a taxonomy they say nothing about.
    taxonomy = tmp_path / "t.toml"
    taxonomy.write_text(LABELED_TAXONOMY)
    args = eval_args(data_dir, taxonomy)
    clean = json.loads(runner.invoke(app, [*args, "--json"]).output)
    args[1] = str(quarantined_copy(data_dir, tmp_path))
    result = runner.invoke(app, [*args, "--json", "--explain", "9"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)
    for key in ("n_articles", "accuracy", "macro_f1", "coverage", "no_theme"):
        assert figures[key] == clean[key], key
    assert [(x["source"].rsplit("/", 1)[1], x["label"], x["reason"]) for x in figures["left_out"]] == [
        ("empty.txt", "business", "empty"), ("photo.txt", "sport", "binary"), ("scan.pdf", "tech", "unsupported_format")
    ]
    shown = {m[0] for m in figures["mistakes"]} | {case["source"] for case in figures["explained"]}
    assert not shown & {x["source"] for x in figures["left_out"]}
    table = runner.invoke(app, args)
    assert "left out 3 files that run would quarantine: 1 empty, 1 binary, 1 unsupported format" in table.output
    learn = runner.invoke(app, ["learn", *args[1:], "--cv", "3"])
    assert learn.exit_code == 0 and "left out 3 files that run would quarantine" in learn.output
    assert "9 labeled articles" not in learn.output and "│ mean │ 9 " in learn.output


@pytest.mark.slow
def test_eval_and_learn_stop_when_no_article_is_left(data_dir, tmp_path) -> None:
    # They printed accuracy 0.0, or wrote a taxonomy of NaN theme vectors, and exited 0.
    taxonomy = tmp_path / "t.toml"
    taxonomy.write_text(LABELED_TAXONOMY)
    other_map = tmp_path / "other.toml"
    other_map.write_text('world = "medtop:04000000"\n')
    folder = str(data_dir / "labeled")
    common = ["--map", str(other_map), "--taxonomy", str(taxonomy), "--ignore-unmapped"]
    learned = tmp_path / "learned.toml"
    for args in (["eval", folder, *common], ["eval", folder, *common, "--json"],
                 ["learn", folder, *common, "--cv", "2"], ["learn", folder, *common, "-o", str(learned)]):
        result = runner.invoke(app, args)
        assert result.exit_code == 2, args
        assert "no labeled articles the map covers: their labels are business, sport, tech" in result.output
        assert len(result.output.strip().splitlines()) == 1 and "cannot fill" not in result.output
    assert not learned.exists() and not (tmp_path / "learned.vectors.npz").exists()

    only_bad = tmp_path / "bad"
    (only_bad / "tech").mkdir(parents=True)
    (only_bad / "tech" / "empty.txt").write_bytes(b"")
    (only_bad / "tech" / "scan.pdf").write_bytes(b"%PDF-1.4")
    for command in ("eval", "learn"):
        result = runner.invoke(app, [command, str(only_bad), "--map", str(data_dir / "labeled-map.toml"), "--cv", "2"]
                               if command == "learn" else [command, str(only_bad), "--map", str(other_map)])
        assert result.exit_code == 2
        assert "no labeled articles: left out 2 files that run would quarantine: 1 empty, 1 unsupported format" in (
            result.output.replace("\n", "")
        )


@pytest.mark.slow  # two more flow runs: kept out of the edit-test loop
def test_run_with_a_new_taxonomy_labels_the_older_articles_too(tmp_path, data_dir) -> None:
    source = tmp_path / "labeled"
    shutil.copytree(data_dir / "labeled" / "sport", source / "sport")
    (tmp_path / "first.toml").write_text(LABELED_TAXONOMY)
    (tmp_path / "edited.toml").write_text(EDITED_TAXONOMY)
    lake = str(tmp_path / "lake")
    ingest_articles(source=str(source), lake=lake, taxonomy=str(tmp_path / "first.toml"))
    shutil.copytree(data_dir / "labeled" / "tech", source / "tech")
    second = ingest_articles(source=str(source), lake=lake, taxonomy=str(tmp_path / "edited.toml"))
    assert second["files_new"] == 3 and second["files_unchanged"] == 3
    labelled = lake_sql(lake, "select count(distinct article_id) from paragraph_themes")
    assert labelled == [(6,)]  # the three sport articles from the first run carry the new version's labels
    assert lake_sql(lake, "select distinct taxonomy_version from paragraph_themes") == [
        (second["taxonomy_version"],)
    ]


@pytest.mark.slow  # two more flow runs: kept out of the edit-test loop
def test_eval_and_the_lake_give_the_same_primary_themes(tmp_path, data_dir) -> None:
    taxonomy = tmp_path / "t.toml"
    taxonomy.write_text(LABELED_TAXONOMY)
    lake = str(tmp_path / "lake")
    ingest_articles(source=str(data_dir / "labeled"), lake=lake, taxonomy=str(taxonomy))
    in_lake = lake_sql(
        lake,
        "select split_part(a.relative_path, '/', 1) as folder, t.theme_id, count(*)"
        " from article_themes t join articles a using (article_id) where t.is_primary group by all",
    )
    result = runner.invoke(app, [*eval_args(data_dir, taxonomy), "--json"])
    confusion = json.loads(result.output)["confusion"]
    assert {(f, t, n) for f, row in confusion.items() for t, n in row.items()} == set(in_lake)


def test_eval_prints_folder_and_file_names_as_they_are(data_dir, tmp_path) -> None:
    # Rich read "[b]usiness" as markup: the folder showed as "usiness" in bold.
    corpus = tmp_path / "corpus"
    shutil.copytree(data_dir / "labeled", corpus)
    (corpus / "business").rename(corpus / "[b]usiness")
    label_map = tmp_path / "map.toml"
    label_map.write_text((data_dir / "labeled-map.toml").read_text().replace("business =", '"[b]usiness" ='))
    (tmp_path / "t.toml").write_text(LABELED_TAXONOMY)
    result = runner.invoke(app, ["eval", str(corpus), "--map", str(label_map), "--taxonomy", str(tmp_path / "t.toml"),
                                 "--explain", "3"])
    assert result.exit_code == 0, result.output
    assert "[b]usiness" in result.output


def test_eval_names_a_map_key_no_article_has(data_dir, tmp_path) -> None:
    # A misspelt key ("sprot") was silent: its folder's articles still need a key, but the typo did not show.
    base = tmp_path / "base.toml"
    base.write_text(LABELED_TAXONOMY)
    extra = tmp_path / "map.toml"
    extra.write_text((data_dir / "labeled-map.toml").read_text() + '\nsprot = "medtop:15000000"\n')
    result = runner.invoke(app, ["eval", str(data_dir / "labeled"), "--map", str(extra), "--taxonomy", str(base)])
    assert result.exit_code == 0, result.output
    assert "no article has the label(s) sprot" in " ".join(result.output.split())
    extra.write_text((data_dir / "labeled-map.toml").read_text().replace("medtop:15000000", "sport"))
    result = runner.invoke(app, ["eval", str(data_dir / "labeled"), "--map", str(extra), "--taxonomy", str(base)])
    assert result.exit_code == 2 and f"{extra}: theme id(s) not in taxonomy 'labeled': sport" in result.output


@pytest.mark.slow  # three flow runs
def test_articles_a_failed_run_labelled_with_another_taxonomy_are_labelled_by_the_next_run(
    tmp_path, data_dir, monkeypatch
) -> None:
    # A run with another --taxonomy that committed its batches and then failed (or was killed), then a
    # run back on the lake's taxonomy: the files were unchanged, the lake's taxonomy too, and the
    # articles that run wrote kept no label of the lake's taxonomy (none showed a theme).
    import flows.ingest
    from flows.unchanged_run import answer_unchanged_run
    from warehouse.labels import unfinished_articles

    source = tmp_path / "labeled"
    shutil.copytree(data_dir / "labeled" / "sport", source / "sport")
    (tmp_path / "first.toml").write_text(LABELED_TAXONOMY)
    (tmp_path / "edited.toml").write_text(EDITED_TAXONOMY)
    first, edited, lake = str(tmp_path / "first.toml"), str(tmp_path / "edited.toml"), str(tmp_path / "lake")
    done = ingest_articles(source=str(source), lake=lake, taxonomy=first)
    shutil.copytree(data_dir / "labeled" / "tech", source / "tech")

    def fail(*args, **kwargs):
        raise RuntimeError("the run stops after its batches")

    with monkeypatch.context() as patched:
        patched.setattr(flows.ingest, "commit_run", fail)
        with pytest.raises(RuntimeError, match="stops after its batches"):
            ingest_articles(source=str(source), lake=lake, taxonomy=edited, batch_size=1)
    tech = "select article_id from articles where relative_path like 'tech/%'"
    assert len(lake_sql(lake, tech)) == 3  # the failed run's batches are committed
    assert len(unfinished_articles(lake, done["taxonomy_version"])) == 3
    parameters = {"source": str(source), "lake": lake, "taxonomy": first, "batch_size": 100}
    assert answer_unchanged_run(parameters) is None  # the flow must run: it has articles to label

    again = ingest_articles(source=str(source), lake=lake, taxonomy=first)

    assert again["files_unchanged"] == 6 and again["themes_written"] > 0
    assert again["taxonomy_version"] == done["taxonomy_version"]
    labelled = lake_sql(lake, f"select count(distinct article_id) from article_themes where article_id in ({tech})")
    assert labelled == [(3,)]
    assert unfinished_articles(lake, done["taxonomy_version"]) == []
    # Once labelled, an unchanged re-run is answered without a flow run again, and labels nothing.
    assert answer_unchanged_run(parameters)["themes_written"] == 0
