"""An outlet credited as the writer of its own site's story is no author: the article's site says it."""

from __future__ import annotations

import json

import pytest

from transforms.formats import ReadOptions, read_articles

BODY = "The council said on Tuesday that the new budget would cut spending on roads by a fifth."


@pytest.mark.parametrize(("author", "source"), [("BBC News", "BBC News"), ("Reuters", "Reuters"),
                                                 ("Al Jazeera Staff", "Al Jazeera"), ("BBC News", "BBC"),
                                                 ("Spiegel", "Spiegel.de")])
def test_a_records_author_that_is_its_site_is_no_author(author: str, source: str) -> None:
    # It read as an author: the outlet its own most prolific writer, its unsigned stories signed
    record = {"title": "Budget cut", "text": BODY, "author": author, "source": source}
    [article] = read_articles(json.dumps([record]).encode(), "json", ReadOptions()).articles
    assert article.authors == () and article.site == source


@pytest.mark.parametrize(("author", "source"), [("Reuters", "The Guardian"), ("Jane Doe", "BBC News"),
                                                 ("Jane News", "News"),
                                                 # a writer whose site is named after them is still its author
                                                 ("Heather Cox Richardson", "Heather Cox Richardson")])
def test_an_agency_or_a_person_on_a_site_stays_its_author(author: str, source: str) -> None:
    record = {"title": "Budget cut", "text": BODY, "author": author, "source": source}
    [article] = read_articles(json.dumps([record]).encode(), "json", ReadOptions()).articles
    assert article.authors == (author,)


def test_a_json_ld_organisation_that_is_the_pages_site_is_no_author() -> None:
    ld = {"@type": "NewsArticle", "headline": "Budget cut",
          "author": {"@type": "Organization", "name": "Al Jazeera Staff"}}
    page = (f'<html><head><title>Budget cut</title><script type="application/ld+json">{json.dumps(ld)}</script>'
            '<meta property="og:site_name" content="Al Jazeera"></head><body><article><h1>Budget cut</h1>'
            f"<p>{BODY}</p><p>{BODY} More.</p></article></body></html>")
    [article] = read_articles(page.encode(), "html", ReadOptions()).articles
    assert article.authors == () and article.site == "Al Jazeera"


@pytest.mark.parametrize(("author", "source", "authors"), [
    ("Le Monde with AFP", "Le Monde", ("AFP",)),  # as Le Monde's JSON-LD credits an agency's story
    ("Le Monde avec AFP", "Le Monde", ("AFP",)),
    ("Le Monde with AFP", "The Guardian", ("Le Monde", "AFP")),
    ("Reuters with AP", "The Guardian", ("Reuters", "AP")),  # an agency of one word crediting another
    ("AFP avec Reuters", "Le Monde", ("AFP", "Reuters")),
])
def test_an_outlet_with_an_agency_credits_the_agency(author: str, source: str, authors: tuple[str, ...]) -> None:
    # The credit was one author "Le Monde with AFP" (a records file) or "Le Monde" (a page): the agency lost
    record = {"title": "Budget cut", "text": BODY, "author": author, "source": source}
    [article] = read_articles(json.dumps([record]).encode(), "json", ReadOptions()).articles
    assert article.authors == authors


def test_a_pages_outlet_with_an_agency_credits_the_agency() -> None:
    ld = {"@type": "NewsArticle", "headline": "Budget cut",
          "author": [{"@type": "Person", "name": "Le Monde with AFP"}]}
    page = (f'<html><head><title>Budget cut</title><script type="application/ld+json">{json.dumps(ld)}</script>'
            '<meta property="og:site_name" content="Le Monde.fr"></head><body><article><h1>Budget cut</h1>'
            f"<p>{BODY}</p><p>{BODY} More.</p></article></body></html>")
    [article] = read_articles(page.encode(), "html", ReadOptions()).articles
    assert article.authors == ("AFP",)


@pytest.mark.parametrize("author", ["Jane Doe with Tom Roe", "Coffee with Reuters", "Lunch with AP"])
def test_with_before_no_agency_parts_no_credit(author: str) -> None:
    record = {"title": "Budget cut", "text": BODY, "author": author, "source": "The Guardian"}
    [article] = read_articles(json.dumps([record]).encode(), "json", ReadOptions()).articles
    assert article.authors == (author,)
