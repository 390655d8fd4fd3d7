"""An AMP page: its ad, consent and share components' text is no article text."""

from __future__ import annotations

from transforms.formats import ReadOptions, read_articles

PAGE = """<!doctype html><html ⚡ lang="en"><head><meta charset="utf-8"><title>City plans 10,000 homes</title>
<script async src="https://cdn.ampproject.org/v0.js"></script></head><body>
<amp-consent id="consent" layout="nodisplay"><div><p>We use cookies to improve your experience. Accept all?</p>
<button on="tap:consent.accept">Accept</button></div></amp-consent>
<article><h1>City plans 10,000 homes</h1>
<p>The city council has unveiled plans to build 10,000 homes over the next ten years, a third of them for social
rent.</p>
<amp-ad width="300" height="250" type="doubleclick" data-slot="/1/news"><div fallback>Advertisement</div></amp-ad>
<p>The first 1,500 will be built on former railway land east of the centre, starting in 2027.</p>
<amp-social-share type="twitter"><span>Share on X</span></amp-social-share>
</article></body></html>"""


def test_an_amp_pages_ads_consent_and_share_buttons_are_no_paragraphs() -> None:
    [article] = read_articles(PAGE.encode(), "html", ReadOptions()).articles
    assert article.text.split("\n\n") == [
        "City plans 10,000 homes",
        "The city council has unveiled plans to build 10,000 homes over the next ten years, a third of them for "
        "social rent.",
        "The first 1,500 will be built on former railway land east of the centre, starting in 2027.",
    ]


def test_a_page_that_names_an_amp_component_in_its_text_keeps_it() -> None:
    page = ("<html><head><title>Publishers drop AMP</title></head><body><article><h1>Publishers drop AMP</h1><p>"
            "Several publishers stopped serving AMP pages in 2025, saying the &lt;amp-ad&gt; component earned less "
            "than other ad tags.</p><p>Google no longer requires AMP for its Top Stories.</p></article></body></html>")
    assert "the <amp-ad> component earned" in read_articles(page.encode(), "html", ReadOptions()).articles[0].text
