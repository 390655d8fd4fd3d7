"""A print edition's copy opening with its paper's name over the day and the headline (PressReader's text files)."""

from __future__ import annotations

import pytest

from transforms.formats import ReadOptions, read_articles
from transforms.paragraphs import paragraph_columns

STORY = "Housing starts fell for a third straight month in November as higher borrowing costs weighed on builders."
MORE = "Starts of new homes dropped 4 per cent from October, the agency said."


@pytest.mark.parametrize("paper", ["The Globe and Mail", "Financial Times", "Toronto Star", "BBC News"])
def test_a_papers_name_over_the_day_and_headline_is_the_site_and_no_paragraph(paper: str) -> None:
    # it was the head's paragraph with the headline under it: no site, and the text had no title
    text = f"{paper}\n7 Dec 2026\nHousing starts slide for third month\nBy JANE SMITH\n\n{STORY}\n\n{MORE}\n"
    [article] = read_articles(text.encode(), "txt", ReadOptions()).articles
    assert article.site == paper
    assert article.published_at is not None and article.published_at.date().isoformat() == "2026-12-07"
    columns = paragraph_columns(article.text, article.title, guess_title=True)
    assert list(zip(columns.role, columns.text, strict=True)) == [
        ("title", "Housing starts slide for third month"), ("body", STORY), ("body", MORE)]


@pytest.mark.parametrize("text", [
    f"The Big Short\n7 Dec 2026\nA film that explains the crash\n\n{STORY}",  # a title-cased headline, no paper's
    f"Fake News\n7 Dec 2026\n{STORY}\n\n{MORE}",  # a headline over its day over the story's first sentence
    f"Housing starts slide\n7 Dec 2026\n\n{STORY}",  # a headline over its day
    f"The Globe and Mail\nHousing starts slide for third month\n\n{STORY}",  # no day under the name
    # a section's heading over its day, no paper's
    f"Breaking News\n7 Dec 2026\nHousing starts slide for third month\n\n{STORY}",
    f"Sports News\n7 Dec 2026\nCity win the derby\n\n{STORY}",
])
def test_no_papers_name_over_a_day_and_headline_no_site(text: str) -> None:
    [article] = read_articles(text.encode(), "txt", ReadOptions()).articles
    assert article.site is None


@pytest.mark.parametrize("credit", ["Staff", "Staff Reporter", "By Staff", "Our Correspondent"])
def test_a_newsrooms_credit_between_the_day_and_the_headline_leaves_the_headline_the_title(credit: str) -> None:
    # PressReader's "Toronto Star / 14 Apr 2026 / Staff" over a blank line and the headline: the credit and the
    # headline were the first paragraph, the text untitled; the credit names no writer
    text = f"Toronto Star\n14 Apr 2026\n{credit}\n\nOntario nurses reject contract offer\n\n{STORY}\n\n{MORE}\n"
    [article] = read_articles(text.encode(), "txt", ReadOptions()).articles
    assert (article.site, article.authors) == ("Toronto Star", ())
    columns = paragraph_columns(article.text, article.title, guess_title=True)
    assert list(zip(columns.role, columns.text, strict=True)) == [
        ("title", "Ontario nurses reject contract offer"), ("body", STORY), ("body", MORE)]


@pytest.mark.parametrize("line", ["Staff cuts loom at hospitals", "Chancellor"])
def test_a_headline_under_the_day_that_is_no_credit_stays_the_title(line: str) -> None:
    text = f"Toronto Star\n14 Apr 2026\n{line}\n\n{STORY}\n\n{MORE}\n"
    [article] = read_articles(text.encode(), "txt", ReadOptions()).articles
    columns = paragraph_columns(article.text, article.title, guess_title=True)
    assert (columns.role[0], columns.text[0]) == ("title", line)


@pytest.mark.parametrize(("masthead", "site"), [
    ("Daily Nation", "Daily Nation"), ("Sunday Nation", "Sunday Nation"), ("Daily Monitor", "Daily Monitor"),
])
def test_a_papers_word_before_nation_or_monitor_is_its_masthead(masthead: str, site: str) -> None:
    text = f"{masthead}\n3 Mar 2026\nStaff Writer\n\nNurses strike in Nairobi\n\n{STORY}\n"
    assert read_articles(text.encode(), "txt").articles[0].site == site
