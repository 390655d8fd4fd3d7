"""Records whose text is in a markup column (`content_html`, `body_html`) or in a `summary` alone."""

from __future__ import annotations

import csv
import io
import json

import pytest

from transforms.formats import ReadOptions, read_articles

FIRST = "Somerset council has set its budget: a 4.99% rise in council tax, the most it can raise."
SECOND = "The budget passed by 52 votes to 31."
MARKUP = f'<div class="article-body"><p>{FIRST}</p><p>{SECOND}</p></div>'


def csv_bytes(header: list[str], row: list[str]) -> bytes:
    out = io.StringIO()
    csv.writer(out).writerows([header, row])
    return out.getvalue().encode()


@pytest.mark.parametrize("column", ["content_html", "body_html", "html_content", "Body HTML"])
def test_a_markup_column_is_the_text_read_as_html(column: str) -> None:
    # A scraper's CSV: it was no_text_field, or read by the one-line summary beside it.
    data = csv_bytes(["link", "headline", "summary", column, "date"],
                     ["https://news.test/b", "Budget set", "Council tax to rise.", MARKUP, "2025-03-05"])
    [article] = read_articles(data, "csv", ReadOptions()).articles
    assert article.text == f"Budget set\n\n{FIRST}\n\n{SECOND}"
    assert article.metadata["summary"] == "Council tax to rise."


def test_a_text_column_still_wins_over_a_markup_column() -> None:
    data = csv_bytes(["title", "text", "body_html"], ["Budget set", f"{FIRST}\n\n{SECOND}", "<p>Other.</p>"])
    [article] = read_articles(data, "csv", ReadOptions()).articles
    assert article.text == f"Budget set\n\n{FIRST}\n\n{SECOND}"


@pytest.mark.parametrize("empty", [None, "", "  "])
def test_a_summary_is_the_text_where_the_text_field_holds_none(empty: str | None) -> None:
    lines = [{"title": "Budget set", "content": f"<p>{FIRST}</p>", "summary": "Rates."},
             {"title": "Ferry off", "content": empty, "summary": f"<p>{SECOND}</p>"}]
    result = read_articles("".join(json.dumps(line) + "\n" for line in lines).encode(), "jsonl", ReadOptions())
    assert result.bad == []  # the second was a no_text record
    assert [article.text for article in result.articles] == [f"Budget set\n\n{FIRST}", f"Ferry off\n\n{SECOND}"]
    assert result.articles[1].metadata["text_from"] == "summary"
