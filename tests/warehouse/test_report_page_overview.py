"""The report page's glance: its figures, the last run's time, and what it says of publication dates."""

from __future__ import annotations

from datetime import date

import pytest

from tests.warehouse.report_lake import make_report_lake
from tests.warehouse.report_page import dated_note, page_of
from transforms.report.page import render_page
from warehouse.report import Window, read_report


@pytest.fixture(scope="module")
def lake(tmp_path_factory):
    return make_report_lake(tmp_path_factory.mktemp("report-page-overview"))


def test_the_last_runs_time_names_its_zone(lake) -> None:
    # The header said "made ... UTC", but the last run's "2026-03-10 09:00" named no zone: a reader in New York
    # read it as theirs.
    assert '<p class="meta" id="last-run">Last updated 10 Mar 2026, 09:00 UTC.</p>' in page_of(lake)


def test_the_glance_says_how_many_paragraphs_without_a_theme_are_in_other_languages(tmp_path, lake) -> None:
    # A lake of English, Arabic, Chinese and Russian news said "40% of paragraphs with a theme" and no more: the
    # paragraphs without one were the other languages', which the taxonomy does not label, not English news missed.
    mixed = make_report_lake(tmp_path / "mixed", languages={"quiet.txt": "de"})
    overview = page_of(mixed).split('<section id="overview">')[1].split("</section>")[0]
    assert "Of the 8 paragraphs without a theme, 2 are in 1 article in another language than English (de)." in overview
    assert "without a theme," not in page_of(lake)


def test_the_overview_speaks_of_publication_dates_and_counts_the_articles_without_one(tmp_path) -> None:
    # It said "Dated 2026-01-05 to 2026-03-10": the last day was the ingestion's of the undated articles.
    lake = make_report_lake(tmp_path)
    assert dated_note(page_of(lake)) == ("Published 2026-01-05 to 2026-03-02; 3 of 7 articles have no publication"
                                          " date (dated by ingestion, 2026-03-10).")
    assert dated_note(page_of(lake, Window(since=date(2026, 1, 1), until=date(2026, 1, 31)))) == (
        "Published 2026-01-05 to 2026-01-20; every article has a publication date.")
    assert dated_note(page_of(lake, Window(since=date(2026, 3, 9)))) == (
        "No article has a publication date: all are dated by ingestion, 2026-03-10.")
    # Articles all published on one day: it said "Published 2026-01-05 to 2026-01-05".
    assert dated_note(page_of(lake, Window(since=date(2026, 1, 5), until=date(2026, 1, 5)))) == (
        "Published on 2026-01-05; every article has a publication date.")


def test_one_article_without_a_publication_date_is_counted_in_good_english(tmp_path) -> None:
    # It said "1 of 7 article has no publication date".
    report = read_report(make_report_lake(tmp_path), Window())
    overview = {**report.sections["overview"], "articles_published": 6}
    html = render_page({**report.sections, "overview": overview}, lake=report.lake, made_at=report.made_at,
                       since=None, until=None)
    assert "; 1 of 7 articles has no publication date (dated by ingestion" in dated_note(html)


def test_no_share_of_some_but_not_all_paragraphs_reads_100_or_0_percent(lake) -> None:
    # "100% of paragraphs with a theme" stood beside "Of the 19 paragraphs without a theme" (13,304 of 13,323), and
    # the tone table's "100%" positive of a theme had a paragraph that was not.
    report = read_report(lake, Window())
    tone = report.sections["tone"]
    overview = {**report.sections["overview"], "labelled_share": 13304 / 13323}
    rows = [{**tone["rows"][0], "paragraphs": 959, "positive": 958, "negative": 1}]
    html = render_page({**report.sections, "overview": overview, "tone": {**tone, "rows": rows}}, lake=report.lake,
                       made_at=report.made_at, since=None, until=None)
    assert "<b>99.9%</b><span>of paragraphs with a theme" in html
    assert '<td class="n">959</td>' in html and '<td class="n">99.9%</td><td class="n">0.1%</td></tr>' in html
