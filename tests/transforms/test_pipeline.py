from __future__ import annotations

import json
from datetime import UTC, datetime

from transforms.pipeline import ArticleFile, article_id, build_batch
from transforms.taxonomy import parse_taxonomy

TAX = parse_taxonomy('[[themes]]\nid = "war"\nterms = ["war", "troops"]')
NOW = datetime(2026, 1, 1, tzinfo=UTC)


def test_batch_rows_link_articles_paragraphs_and_themes() -> None:
    files = [
        ArticleFile("/in/a.txt", b"War returns\n\nTroops crossed the border.\n\nRead more\n"),
        ArticleFile("/in/b.txt", b""),
    ]
    rows = build_batch(files, TAX, "run-1", NOW)
    assert rows.articles["source"] == ["/in/a.txt"]
    assert rows.articles["title"] == ["War returns"]
    assert rows.paragraphs["role"] == ["title", "body", "boilerplate"]
    assert set(rows.paragraphs["article_id"]) == {article_id("/in/a.txt")}
    labelled = dict(zip(rows.paragraph_themes["paragraph_id"], rows.paragraph_themes["evidence"], strict=True))
    assert len(labelled) == 2  # title and body; the link line is never labelled
    assert [q.reason for q in rows.quarantined] == ["empty"]
    assert rows.quarantined[0].source == "/in/b.txt"


def test_same_content_under_two_names_is_two_articles_with_one_hash() -> None:
    data = b"Headline\n\nSome words about troops."
    rows = build_batch([ArticleFile("/x/1.txt", data), ArticleFile("/x/2.txt", data)], TAX, "r", NOW)
    assert len(set(rows.articles["article_id"])) == 2
    assert len(set(rows.articles["content_hash"])) == 1
    assert len(set(rows.paragraphs["paragraph_id"])) == 4


def test_an_article_in_another_language_gets_places_but_no_english_tone_or_amounts() -> None:
    german = ("Zahlen für 2024\n\nDie Zahlen für 2024 zeigen, dass der Umsatz um 3 Prozent auf 12 Millionen Euro "
              "in Berlin gestiegen ist, sagte die Firma am Dienstag.").encode()
    english = b"Sales rise\n\nSales rose 3 percent to 12 million euros in Berlin, a good result, the firm said."
    rows = build_batch([ArticleFile("/in/de.txt", german), ArticleFile("/in/en.txt", english)], TAX, "r", NOW)
    de, en = article_id("/in/de.txt"), article_id("/in/en.txt")
    assert dict(zip(rows.articles["article_id"], rows.articles["language"], strict=True)) == {de: "de", en: "en"}
    tone = dict(zip(rows.articles["article_id"], rows.articles["tone"], strict=True))
    assert tone[de] is None and tone[en] > 0
    assert set(rows.paragraph_amounts["article_id"]) == {en}
    assert sorted(rows.paragraph_places["article_id"]) == sorted([de, en])  # "Berlin" in both


def _strict(constant: str) -> object:
    raise ValueError(f"not JSON: {constant}")


def test_metadata_is_strict_json_with_nan_and_infinities_as_null() -> None:
    # A record's NaN was stored as a bare NaN, which standard JSON readers (and DuckDB's json) reject.
    line = b'{"text": "Troops crossed the border.", "score": NaN, "range": [1, Infinity, -Infinity], "n": 2.5}\n'
    rows = build_batch([ArticleFile("/in/a.jsonl", line)], TAX, "r", NOW)
    values = [json.loads(m, parse_constant=_strict) for m in rows.articles["metadata"]]
    assert values == [{"score": None, "range": [1, None, None], "n": 2.5}]
