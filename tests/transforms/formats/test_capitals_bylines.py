"""A wire's byline without "By": a name in capitals, a comma, its agency ("JOHN SMITH, Reuters")."""

from __future__ import annotations

import pytest

from transforms.formats import ReadOptions, read_articles

STORY = "Oil prices fell on Monday as weak data from China stoked demand worries among traders."


@pytest.mark.parametrize(("line", "authors"), [("JOHN SMITH, Reuters", ("John Smith",)),
                                               ("MARIA LOPEZ, Bloomberg News", ("Maria Lopez",)),
                                               ("JOHN SMITH, Associated Press", ("John Smith",))])
def test_a_name_in_capitals_before_its_agency_is_the_writer(line: str, authors: tuple[str, ...]) -> None:
    [article] = read_articles(f"Oil falls on demand worries\n\n{line}\n\n{STORY}\n".encode(), "txt",
                              ReadOptions()).articles
    assert article.authors == authors
    assert line not in article.text and STORY in article.text


@pytest.mark.parametrize("line", ["NEW YORK, Reuters", "JOHN SMITH, chairman of the board", "BREAKING NEWS, Reuters"])
def test_a_place_or_a_name_before_no_outlet_is_no_byline(line: str) -> None:
    [article] = read_articles(f"Oil falls on demand worries\n\n{line}\n\n{STORY}\n".encode(), "txt",
                              ReadOptions()).articles
    assert article.authors == () and line in article.text
