from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

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


SOFT_HYPHENED = {  # "Troops in Berlin" with a soft hyphen in each word, as each format writes one
    "a.txt": "Tro\u00adops in Ber\u00adlin\n\nTro\u00adops crossed into Ber\u00adlin on Monday, as said.".encode(),
    "b.html": b"<html><head><title>Tro&shy;ops in Ber&shy;lin</title></head><body><article><h1>Tro&shy;ops in "
              b"Ber&shy;lin</h1><p>Tro&shy;ops crossed into Ber&shy;lin on Monday, officials said, as more were "
              b"expected.</p></article></body></html>",
    "c.jsonl": b'{"id": 1, "title": "Tro\\u00adops in Ber\\u00adlin", '
               b'"text": "Tro\\u00adops crossed into Ber\\u00adlin on Monday, officials said."}\n',
    "d.rss": b"<rss><channel><item><guid>g</guid><title>Tro&#173;ops in Ber&#173;lin</title><description>&lt;p&gt;"
             b"Tro&amp;shy;ops crossed into Ber&amp;shy;lin on Monday, officials said.&lt;/p&gt;</description></item>"
             b"</channel></rss>",
    "e.md": "# Tro&shy;ops in Ber&shy;lin\n\nTro\u00adops crossed into Ber&shy;lin on Monday, said officials.".encode(),
    "f.csv": "id,title,text\n1,Tro\u00adops in Ber\u00adlin,Tro\u00adops crossed into Ber\u00adlin.\n".encode(),
}


@pytest.mark.parametrize("name", SOFT_HYPHENED)
def test_a_soft_hyphen_inside_a_word_hides_it_from_no_place_label_or_query(name: str) -> None:
    # "Ber\u00adlin" stayed in the text: no place Berlin, no theme for "Troops", no match for a query's "Berlin".
    rows = build_batch([ArticleFile(f"/in/{name}", SOFT_HYPHENED[name])], TAX, "r", NOW)
    assert rows.articles["title"] == ["Troops in Berlin"]
    texts = dict(zip(rows.paragraphs["paragraph_id"], rows.paragraphs["text"], strict=True))
    assert [text for text in texts.values() if "Troops" in text and "Berlin" in text] == list(texts.values())
    assert len(texts) == 2  # the title and the body (an <h1> repeating the title is no paragraph again)
    places = zip(rows.paragraph_places["paragraph_id"], rows.paragraph_places["start"], rows.paragraph_places["end"],
                 strict=True)
    assert sorted(texts[paragraph][start:end] for paragraph, start, end in places) == ["Berlin", "Berlin"]
    assert set(rows.paragraph_themes["paragraph_id"]) == set(texts)  # "Troops", the theme's term, in both
