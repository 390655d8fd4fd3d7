"""The report page's strongest paragraphs: what their numbers are, their source lines, links and languages."""

from __future__ import annotations

from datetime import date

import pytest

from tests.browser import visit
from tests.warehouse.report_lake import add_article, make_report_lake
from tests.warehouse.report_page import need_chromium, page_of, section_note
from warehouse.report_files import write_page


@pytest.fixture(scope="module")
def lake(tmp_path_factory):
    return make_report_lake(tmp_path_factory.mktemp("report-page-examples"))


def test_the_examples_and_places_say_what_their_numbers_are(lake) -> None:
    # Each example ended "score 2.00" and the places table counted "paragraphs", neither saying what they were.
    html = page_of(lake)
    assert "the score under each is the sum of its evidence's weights for the theme" in section_note(html, "why")
    assert "score 2.00" in html.split('<section id="why">')[1]
    places = section_note(html, "places")
    assert "paragraphs is how many of the theme's paragraphs name the place" in places and "ISO code" in places


# Where each example's title link and date are drawn, and which way its paragraph runs.
_SOURCE_LINES = """() => [...document.querySelectorAll('#why blockquote')].map(quote => {
    const line = quote.querySelector('.source'), link = line.querySelector('a');
    const walk = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
    let node, at = -1;
    while ((node = walk.nextNode()) && (at = node.data.search(/\\d{4}-\\d\\d-\\d\\d/)) < 0) {}
    const x = (i) => { const r = document.createRange(); r.setStart(node, at + i); r.setEnd(node, at + i + 1);
                       return r.getBoundingClientRect().left; };
    return {title: link.textContent, link: link.getBoundingClientRect().left, date_first: x(0), date_last: x(9),
            direction: getComputedStyle(quote.querySelector('p')).direction};
})"""


@pytest.mark.slow
def test_right_to_left_titles_and_paragraphs_keep_the_source_line_in_order(tmp_path) -> None:
    # An Arabic title took the date and source into its right-to-left run: the line read
    # "<source> · 01-03-2023 · <title>" for 2023-03-01, and the Arabic paragraph ran left to right.
    need_chromium()
    lake = make_report_lake(tmp_path / "lake", places=False)
    add_article(lake, "الأخبار/ar.txt", "حرب وتجارة\n\nالحرب تؤثر على التجارة: war and troops.\n", date(2023, 3, 1))
    seen = visit(write_page(tmp_path / "report.html", page_of(lake)), probe=_SOURCE_LINES)
    lines = {line["title"]: line for line in seen.probed}
    arabic, english = lines["حرب وتجارة"], lines["Border report"]
    for line in (arabic, english):
        assert line["link"] < line["date_first"] < line["date_last"], line  # title, then the date as written
    assert arabic["direction"] == "rtl" and english["direction"] == "ltr"


# The page's width, and the rightmost end of any example's text (its paragraph and its source line).
_EXAMPLES_RIGHT = """() => ({page: document.documentElement.scrollWidth, window: document.documentElement.clientWidth,
    right: Math.max(...[...document.querySelectorAll('#why blockquote p, #why .source')].map(e => {
        const text = document.createRange(); text.selectNodeContents(e);
        return Math.round(text.getBoundingClientRect().right); }))})"""


@pytest.mark.slow
def test_a_long_url_in_an_example_wraps_at_a_phones_width(tmp_path) -> None:
    # A word longer than the window (a URL in a paragraph, a file's name in the source line; agnews-dev's tags
    # written as entities) ran past a phone's screen, and the whole page scrolled sideways.
    need_chromium()
    lake = make_report_lake(tmp_path / "lake", places=False)
    url = "https://www.example.org/world/war/" + "-".join(["ceasefire_talks_collapse"] * 6) + ".html"
    add_article(lake, "news/" + "x" * 70 + ".txt", f"War\n\nThe war goes on and troops advance, see {url} today.\n",
                date(2026, 1, 9))
    seen = visit(write_page(tmp_path / "report.html", page_of(lake)), probe=_EXAMPLES_RIGHT, width=390)
    shown = seen.probed
    assert url[:30] in seen.text and shown["page"] <= shown["window"], shown
    assert shown["right"] <= shown["window"], shown


@pytest.mark.slow
def test_an_examples_paragraph_carries_its_articles_language(tmp_path) -> None:
    # Marked up as the page's English, a French paragraph was read aloud as English.
    html = page_of(make_report_lake(tmp_path, language="fr"))
    assert '<p dir="auto" lang="fr">' in html and '<p dir="auto">' not in html
