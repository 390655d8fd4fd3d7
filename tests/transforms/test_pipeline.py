from __future__ import annotations

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
