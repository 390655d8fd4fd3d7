"""A head's line saying where a story was reported or which publication printed it: noted, no paragraph."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from transforms.formats import ArticleRecord, ReadOptions
from transforms.formats.txt import read_txt

_STORY = "The central bank held its main rate at 4.25% on Wednesday, as inflation eased for a third month.\n"


def _article(text: str) -> ArticleRecord:
    return read_txt(text.encode(), ReadOptions()).articles[0]


def test_a_reporting_line_under_the_byline_is_the_dateline_no_paragraph() -> None:
    # The New York Times' page copied as text: the byline, where its writer reported from, the day
    article = _article("Ukraine strikes refinery deep inside Russia\n\nBy Jane Smith\nReporting from Kyiv, Ukraine\n"
                       f"Dec. 3, 2026, 4:12 p.m. ET\n\n{_STORY}")
    assert article.authors == ("Jane Smith",) and article.metadata["dateline"] == "Kyiv, Ukraine"
    assert "Reporting from" not in article.text and article.published_at == datetime(2026, 12, 3, 21, 12, tzinfo=UTC)


def test_a_publication_line_under_a_headline_is_the_site_and_no_part_of_the_headline() -> None:
    # Medium's post copied as text: its publication glued under its headline, then the writer and buttons
    article = _article("Why your model is overfitting\nPublished in Towards Data Science\nMaya Chen\nFollow\n"
                       f"6 min read\nJan 14, 2026\n\n{_STORY}")
    assert article.site == "Towards Data Science" and article.authors == ("Maya Chen",)
    assert article.text.split("\n")[0] == "Why your model is overfitting" and "Published in" not in article.text


@pytest.mark.parametrize("line", [
    "Reporting from the front line has never been more dangerous, the union says.",
    "Published in 2019, the report found that fares had doubled.",
    "Published in London by the Royal Society",
])
def test_a_sentence_that_opens_so_stays(line: str) -> None:
    article = _article(f"Rates held as inflation eases\n{line}\nJan 14, 2026\n\n{_STORY}")
    assert line in article.text and "dateline" not in article.metadata and article.site is None


@pytest.mark.parametrize("head", [
    "Oldest cave painting pushed back to 51,200 years\nPublished in Nature\n\n",
    "Heatwaves doubled in Europe since 1950\n\nPublished in The Lancet Planetary Health\nJan 14, 2026\n\n",
])
def test_a_journal_under_a_science_storys_headline_is_no_site(head: str) -> None:
    # Without a blog platform's buttons the line names the journal that printed the study: it was the text's site
    article = _article(f"{head}{_STORY}")
    assert article.site is None and "Published in" in article.text
