"""themelake's own report pages read back as articles: quarantined as `themelake_report`, not ingested."""

from __future__ import annotations

import pytest

from transforms.formats import FormatError, ReadOptions, read_articles
from transforms.formats.base import THEMELAKE_REPORT

# What a report page shows as text: a heading, the lake's line, sections of counts and quoted evidence.
BODY = """<body><main>
<header><h1>themelake report</h1>
<div class="meta">Lake <code>news-lake</code> · taxonomy war-commentary, version <code>3f2a</code>
· made 2026-12-01
</div>
</header>
<section id="overview"><h2>Overview</h2>
<p>412 articles from 3 sites and 2 folders, 3,118 paragraphs, 1,204 of them labelled with at least one theme;
12 files quarantined.</p></section>
<section id="examples"><h2>Examples</h2>
<p>Air strikes and artillery fire went on along the front line on Sunday, hours before the truce was due to take
effect, officials said, and aid lorries waited at the crossing.</p>
<div class="source"><a href="https://example.org/a">Truce holds</a> · 2026-11-30 · example.org · score 5.67</div>
</section></main></body>"""


def _page(head: str) -> bytes:
    return f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n{head}\n</head>\n{BODY}</html>'.encode()


def _quarantined(data: bytes) -> FormatError:
    with pytest.raises(FormatError) as raised:
        read_articles(data, "html", ReadOptions())
    return raised.value


def test_a_page_themelake_generated_is_quarantined_not_read_as_an_article() -> None:
    # `themelake run LAKE/reports` read each page as an article, its counts and quotes paragraphs with themes.
    error = _quarantined(_page('<meta name="generator" content="themelake 0.1.0">\n'
                               "<title>themelake report: news-lake</title>"))
    assert error.reason == THEMELAKE_REPORT == "themelake_report"
    assert "report page" in error.detail and "not an article" in error.detail and "themelake 0.1.0" in error.detail


def test_an_older_builds_report_page_without_the_tag_is_known_by_its_title_and_heading() -> None:
    older = _quarantined(_page("<title>themelake report: /data/lakes/news</title>"))
    assert older.reason == THEMELAKE_REPORT and "older build" in older.detail
    # An article about themelake, whatever its headline or its site's generator, is an article.
    review = _page('<meta name="generator" content="WordPress 6.5">\n<title>themelake report: a review</title>')
    review = review.replace(b"<h1>themelake report</h1>", b"<h1>A review of themelake's report</h1>")
    assert read_articles(review, "html", ReadOptions()).articles
    headlined = _page("<title>Local news tools: themelake</title>")
    assert read_articles(headlined, "html", ReadOptions()).articles
