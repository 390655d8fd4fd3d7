"""A page's reading time, however it is written ("6 min read", "5-minute read", "4 min listen", "12 minutes reading
time"), is no writer and no paragraph wherever the readers meet it: a blogging platform's byline line, a head's line
alone, a record's byline. Each reader wrote its own pattern, and each missed some of the others' forms."""

from __future__ import annotations

import json

import pytest

from transforms.formats import ReadOptions, read_articles

STORY = "For a decade, the number 42 bus was the punchline of every local joke in the county, and now it runs on time."
TIMES = ["6 min read", "5-minute read", "4 min listen", "12 minutes reading time", "3 min. read"]


def _txt(text: str) -> tuple[tuple[str, ...], str]:
    article = read_articles(text.encode(), "txt", ReadOptions()).articles[0]
    return article.authors, article.text


@pytest.mark.parametrize("time", TIMES)
def test_a_platforms_byline_line_with_its_reading_time_names_its_writer(time: str) -> None:
    authors, text = _txt(f"Why buses run late\n\nMaya Chen · Jan 22, 2026 · {time}\n\n{STORY}\n")
    assert authors == ("Maya Chen",) and text == f"Why buses run late\n\n{STORY}\n"


@pytest.mark.parametrize("time", TIMES)
def test_a_reading_time_alone_in_a_head_is_no_paragraph(time: str) -> None:
    authors, text = _txt(f"Why buses run late\n\nAnna Berg\n\n5 Mar 2026\n\n{time}\n\n{STORY}\n")
    assert authors == ("Anna Berg",) and text == f"Why buses run late\n\n{STORY}\n"


@pytest.mark.parametrize("time", TIMES)
def test_a_records_byline_with_its_reading_time_names_its_writer(time: str) -> None:
    data = json.dumps([{"title": "Buses", "text": STORY, "author": f"Tom Roe · {time}"}]).encode()
    assert read_articles(data, "json", ReadOptions()).articles[0].authors == ("Tom Roe",)
