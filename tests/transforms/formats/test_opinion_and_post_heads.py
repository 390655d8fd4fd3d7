"""An opinion desk's credit ("By The Editorial Board") names no writer, and a blogging platform's line of a writer,
a day and a reading time ("Maya Chen · Jan 22, 2026 · 4 min read") names its writer and its day."""

from __future__ import annotations

import json

import pytest

from transforms.formats import ReadOptions, read_articles

FIRST = "The central bank held its main rate at 4.25 per cent on Thursday, saying inflation was easing slowly."
SECOND = "Economists had expected the pause after three cuts last year, though two members voted for a reduction."


def text_article(head: str):
    [article] = read_articles(f"The Fed should hold its nerve\n\n{head}\n\n{FIRST}\n\n{SECOND}\n".encode(), "txt",
                              ReadOptions()).articles
    return article


@pytest.mark.parametrize("byline", ["By The Editorial Board", "By the Editorial Board of The Times"])
def test_an_editorial_boards_credit_is_no_author_and_no_paragraph(byline: str) -> None:
    article = text_article(f"{byline}\nJan. 22, 2026")
    assert article.authors == ()
    assert article.published_at is not None and article.published_at.date().isoformat() == "2026-01-22"
    assert "Editorial Board" not in article.text


def test_an_editorial_boards_credit_in_a_record_or_a_pages_metadata_is_no_author() -> None:
    record = {"title": "Hold the line", "author": "By The Editorial Board", "text": FIRST}
    [article] = read_articles(json.dumps(record).encode(), "json", ReadOptions()).articles
    assert article.authors == ()
    page = ('<html><head><script type="application/ld+json">{"@type": "OpinionNewsArticle", '
            '"headline": "Hold the line", "datePublished": "2026-01-22", '
            '"author": {"@type": "Organization", "name": "The Editorial Board"}}'
            f"</script></head><body><article><h1>Hold the line</h1><p>{FIRST}</p></article></body></html>")
    [article] = read_articles(page.encode(), "html", ReadOptions()).articles
    assert article.authors == ()


def test_a_writer_named_board_and_a_sentence_about_a_board_stay() -> None:
    assert text_article("By Lucy Board\nJan. 22, 2026").authors == ("Lucy Board",)
    sentence = "By the editorial board's own admission, the plan failed."
    article = text_article(sentence)
    assert article.authors == () and sentence in article.text


@pytest.mark.parametrize(("line", "day"), [("Maya Chen · Jan 22, 2026 · 4 min read", "2026-01-22"),
                                           ("Priya Nair · 6 min read · Feb 5, 2026", "2026-02-05"),
                                           ("By Maya Chen | Jan 22, 2026 | 4 min read", "2026-01-22")])
def test_a_writer_a_day_and_a_reading_time_are_the_posts_head(line: str, day: str) -> None:
    article = text_article(line)
    assert len(article.authors) == 1 and article.authors[0] in line
    assert article.published_at is not None and article.published_at.date().isoformat() == day
    assert "min read" not in article.text


@pytest.mark.parametrize("line", ["Top Stories · Jan 22, 2026 · 4 min read",
                                  "Breaking News · 22 January 2026 · 3 min read"])
def test_a_sections_reading_time_line_names_no_writer(line: str) -> None:
    assert text_article(line).authors == ()
