"""`themelake eval` and `learn` on a records file with --label-field: the same figures as the folder form."""

from __future__ import annotations

import csv
import json

from typer.testing import CliRunner

from flows.cli.main import app
from tests.flows.test_labels import LABELED_TAXONOMY

runner = CliRunner()


def labeled_items(data_dir) -> list[dict]:
    """The labeled test folder's articles as records: label, headline, body."""
    items = []
    for path in sorted((data_dir / "labeled").rglob("*.txt")):
        title, _, body = path.read_text("utf-8").partition("\n\n")
        items.append({"id": f"{path.parent.name}-{path.stem}", "section": path.parent.name, "headline": title,
                      "story": body})
    return items


def eval_json(args: list[str]) -> dict:
    result = runner.invoke(app, [*args, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_records_and_folder_forms_give_the_same_figures(data_dir, tmp_path) -> None:
    taxonomy = tmp_path / "t.toml"
    taxonomy.write_text(LABELED_TAXONOMY)
    label_map = str(data_dir / "labeled-map.toml")
    items = labeled_items(data_dir)
    feed = tmp_path / "labeled.jsonl"
    unmapped = {"id": "x", "section": "weather", "headline": "Rain", "story": "Rain fell on the hills all day."}
    feed.write_text("\n".join(json.dumps(i) for i in [*items, unmapped]) + "\n")
    table = tmp_path / "labeled.csv"
    with table.open("w", newline="") as handle:
        writer = csv.DictWriter(handle, ["id", "section", "headline", "story"])
        writer.writeheader()
        writer.writerows(items)
    tabbed = tmp_path / "labeled.tsv"
    with tabbed.open("w", newline="") as handle:
        writer = csv.DictWriter(handle, ["id", "section", "headline", "story"], delimiter="\t")
        writer.writeheader()
        writer.writerows(items)

    folder = eval_json(["eval", str(data_dir / "labeled"), "--map", label_map, "--taxonomy", str(taxonomy)])
    fields = ["--field", "title=headline", "--field", "text=story"]
    common = ["--map", label_map, "--taxonomy", str(taxonomy), "--label-field", "section", *fields]
    from_jsonl = eval_json(["eval", str(feed), *common, "--ignore-unmapped"])
    from_csv = eval_json(["eval", str(table), *common])
    from_tsv = eval_json(["eval", str(tabbed), *common])
    assert folder["n_articles"] == from_jsonl["n_articles"] == from_csv["n_articles"] == from_tsv["n_articles"] == 9
    for key in ("accuracy", "macro_f1", "coverage", "n_body_paragraphs", "per_theme"):
        assert folder[key] == from_jsonl[key] == from_csv[key] == from_tsv[key], key

    # Without --ignore-unmapped, a label the map does not cover is an error, as for folders.
    result = runner.invoke(app, ["eval", str(feed), *common])
    assert result.exit_code == 2 and "weather" in result.output and "Traceback" not in result.output

    learned = tmp_path / "learned.toml"
    result = runner.invoke(app, ["learn", str(feed), *common, "--ignore-unmapped", "-o", str(learned)])
    assert result.exit_code == 0, result.output
    assert eval_json(["eval", str(feed), *common, "--ignore-unmapped"])["accuracy"] <= eval_json(
        ["eval", str(feed), "--map", label_map, "--taxonomy", str(learned), "--label-field", "section", *fields,
         "--ignore-unmapped"]
    )["accuracy"]


def test_label_field_needs_a_records_file(data_dir, tmp_path) -> None:
    args = ["eval", str(data_dir / "labeled"), "--map", str(data_dir / "labeled-map.toml"), "--label-field", "x"]
    result = runner.invoke(app, args)
    assert result.exit_code == 2 and "needs one records file" in result.output
    feed = tmp_path / "news.rss"  # a records file, but not one of labeled articles
    feed.write_text('<rss version="2.0"><channel><item><title>A</title><description>War.</description>'
                    "<category>world</category></item></channel></rss>")
    result = runner.invoke(app, [*args[:1], str(feed), *args[2:]])
    assert result.exit_code == 2 and "needs one records file (.jsonl, .ndjson, .json, .csv or .tsv)" in result.output


def test_records_without_a_label_are_skipped_with_ignore_unmapped_else_an_error(data_dir, tmp_path) -> None:
    taxonomy = tmp_path / "t.toml"
    taxonomy.write_text(LABELED_TAXONOMY)
    feed = tmp_path / "labeled.jsonl"
    unlabelled = [{"id": "n", "section": None, "headline": "Rain", "story": "Rain fell on the hills all day."},
                  {"id": "e", "section": "", "headline": "Sun", "story": "The sun came out at noon."},
                  {"id": "m", "headline": "Fog", "story": "Fog lay on the river until ten."}]
    feed.write_text("\n".join(json.dumps(i) for i in [*labeled_items(data_dir), *unlabelled]) + "\n")
    common = ["--map", str(data_dir / "labeled-map.toml"), "--taxonomy", str(taxonomy), "--label-field", "section",
              "--field", "title=headline", "--field", "text=story"]
    assert eval_json(["eval", str(feed), *common, "--ignore-unmapped"])["n_articles"] == 9
    result = runner.invoke(app, ["eval", str(feed), *common])
    assert result.exit_code == 2 and "record 10 has no label in its 'section' field" in result.output


def test_a_folder_of_records_files_gives_the_figures_of_a_folder_of_text_files(data_dir, tmp_path) -> None:
    # A .jsonl in a label folder counted as one article without a theme, while its records'
    # paragraphs counted in the coverage.
    taxonomy = tmp_path / "t.toml"
    taxonomy.write_text(LABELED_TAXONOMY)
    label_map = str(data_dir / "labeled-map.toml")
    folder = tmp_path / "feeds"
    items = labeled_items(data_dir)
    for label in ("business", "sport", "tech"):
        (folder / label).mkdir(parents=True)
        own = [i for i in items if i["section"] == label]
        (folder / label / "items.jsonl").write_text("\n".join(json.dumps(i) for i in own) + "\n")
    common = ["--map", label_map, "--taxonomy", str(taxonomy)]
    texts = eval_json(["eval", str(data_dir / "labeled"), *common])
    feeds = eval_json(["eval", str(folder), *common, "--field", "title=headline", "--field", "text=story"])
    for key in ("n_articles", "accuracy", "macro_f1", "coverage", "n_body_paragraphs", "per_theme", "confusion"):
        assert feeds[key] == texts[key], key
    assert feeds["left_out"] == []


def test_records_keyed_by_a_url_ending_in_html_are_read_as_text(data_dir, tmp_path) -> None:
    # The record's source ("feed.jsonl#url=...a.html") was taken for an HTML page: no article, no theme.
    taxonomy = tmp_path / "t.toml"
    taxonomy.write_text(LABELED_TAXONOMY)
    items = labeled_items(data_dir)
    for item in items:  # no id: the url is the record's key
        item["url"] = f"https://news.example/{item.pop('id')}.html"
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps(i) for i in items) + "\n")
    common = ["--map", str(data_dir / "labeled-map.toml"), "--taxonomy", str(taxonomy), "--label-field", "section",
              "--field", "title=headline", "--field", "text=story"]
    by_id = eval_json(["eval", str(data_dir / "labeled"), "--map", str(data_dir / "labeled-map.toml"),
                       "--taxonomy", str(taxonomy)])
    by_url = eval_json(["eval", str(feed), *common])
    assert by_url["no_theme"] == [] and by_url["accuracy"] == by_id["accuracy"]


def test_bad_records_are_left_out_and_reported(data_dir, tmp_path) -> None:
    taxonomy = tmp_path / "t.toml"
    taxonomy.write_text(LABELED_TAXONOMY)
    feed = tmp_path / "labeled.jsonl"
    lines = [json.dumps(i) for i in labeled_items(data_dir)]
    feed.write_text("\n".join([*lines[:4], "{not json", *lines[4:]]) + "\n")
    common = ["--map", str(data_dir / "labeled-map.toml"), "--taxonomy", str(taxonomy), "--label-field", "section",
              "--field", "title=headline", "--field", "text=story"]
    figures = eval_json(["eval", str(feed), *common])
    assert figures["n_articles"] == 9
    assert [(x["label"], x["reason"]) for x in figures["left_out"]] == [(None, "malformed_record")]
    table = runner.invoke(app, ["eval", str(feed), *common])
    assert "left out 1 record that run would quarantine: 1 malformed record" in table.output


def test_messages_say_what_a_records_file_needs(data_dir, tmp_path) -> None:
    label_map = str(data_dir / "labeled-map.toml")
    feed = tmp_path / "labeled.jsonl"
    feed.write_text("\n".join(json.dumps(i) for i in labeled_items(data_dir)) + "\n")
    for args, message in [
        (["eval", str(tmp_path / "nope.jsonl"), "--label-field", "x"], "nope.jsonl: records file not found"),
        (["eval", str(feed)], "with files inside (a records file needs --label-field NAME)"),
        (["eval", str(feed), "--label-field", "section", "--field", "text=nosuch"],
         "labeled.jsonl: no labeled records (record 1: no text in field 'nosuch')"),
    ]:
        result = runner.invoke(app, [*args, "--map", label_map])
        assert result.exit_code == 2 and message in result.output, result.output
        assert len(result.output.strip().splitlines()) == 1


def test_a_corpus_whose_last_record_is_cut_off_is_read_but_that_record(data_dir, tmp_path) -> None:
    # A run leaves such a file for a later run, its writer being at work; eval read nothing of it,
    # and stopped: "line 9 is cut off (...): still being written", though a corpus is written once.
    taxonomy = tmp_path / "t.toml"
    taxonomy.write_text(LABELED_TAXONOMY)
    feed = tmp_path / "labeled.jsonl"
    lines = [json.dumps(i) for i in labeled_items(data_dir)]
    feed.write_text("\n".join(lines)[:-20])  # the last record cut off, no end of line
    common = ["--map", str(data_dir / "labeled-map.toml"), "--taxonomy", str(taxonomy), "--label-field", "section",
              "--field", "title=headline", "--field", "text=story"]
    figures = eval_json(["eval", str(feed), *common])
    assert figures["n_articles"] == 8
    assert [(x["label"], x["reason"]) for x in figures["left_out"]] == [(None, "malformed_record")]
    # A records file in a folder of label folders, read the same way.
    folder = tmp_path / "feeds"
    for label in ("business", "sport", "tech"):
        (folder / label).mkdir(parents=True)
        own = "\n".join(json.dumps(i) for i in labeled_items(data_dir) if i["section"] == label)
        (folder / label / "items.jsonl").write_text(own[:-20] if label == "tech" else own + "\n")
    figures = eval_json(["eval", str(folder), "--map", str(data_dir / "labeled-map.toml"), "--taxonomy", str(taxonomy),
                         "--field", "title=headline", "--field", "text=story"])
    assert figures["n_articles"] == 8
    assert [(x["label"], x["reason"]) for x in figures["left_out"]] == [("tech", "malformed_record")]


def test_a_record_whose_label_field_is_empty_is_told_how_to_skip_it(data_dir, tmp_path) -> None:
    # The message said "record 3 has no 'section' field" of a record that has the field, empty, and not how to go on.
    corpus = tmp_path / "labeled.csv"
    corpus.write_text('section,title,text\nsport,Rovers win,"Rovers beat United 3-1."\n,No label,"Some text."\n')
    result = runner.invoke(app, ["eval", str(corpus), "--label-field", "section",
                                 "--map", str(data_dir / "labeled-map.toml")])
    assert result.exit_code == 2
    assert "labeled.csv: record 2 has no label in its 'section' field (--ignore-unmapped skips it)" in result.output
