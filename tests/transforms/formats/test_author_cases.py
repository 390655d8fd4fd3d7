"""A page's byline in capitals (AP's) names its writer in a name's case, the page's author meta tag's first."""

from __future__ import annotations

import json

import pytest

from transforms.formats import ReadOptions, read_articles

BODY = "The council said on Tuesday that the new budget would cut spending on roads by a fifth."


def page(byline: str, meta: str = "") -> bytes:
    head = f'<meta name="author" content="{meta}">' if meta else ""
    return (f"<html><head><title>Budget cut</title>{head}</head><body><article><h1>Budget cut</h1>"
            f'<div class="byline">{byline}</div><p>{BODY}</p><p>{BODY} More.</p></article></body></html>').encode()


@pytest.mark.parametrize(("byline", "meta", "authors"), [
    ('By <a href="/olga">OLGA R. RODRIGUEZ</a>', "Olga R. Rodriguez", ("Olga R. Rodriguez",)),
    ('By <a href="/m">MCKENZIE DEVEAUX</a>', "McKenzie DeVeaux", ("McKenzie DeVeaux",)),
    ('By <a href="/o">OLGA R. RODRIGUEZ</a> and <a href="/t">TOM ROE</a>', "Olga R. Rodriguez, Tom Roe",
     ("Olga R. Rodriguez", "Tom Roe")),
    ('By <a href="/j">JOSH BOAK</a>', "", ("Josh Boak",)),  # no meta tag: capitalised as a text's wire byline is
])
def test_a_byline_in_capitals_names_its_writer_in_a_names_case(
        byline: str, meta: str, authors: tuple[str, ...]) -> None:
    # The author was "OLGA R. RODRIGUEZ": the byline's type, one writer two authors across a site's pages
    [article] = read_articles(page(byline, meta), "html", ReadOptions()).articles
    assert article.authors == authors


@pytest.mark.parametrize(("byline", "authors"), [("By Jane Doe", ("Jane Doe",)), ("By AFP", ("AFP",))])
def test_a_byline_not_in_capitals_is_kept_as_written(byline: str, authors: tuple[str, ...]) -> None:
    [article] = read_articles(page(byline), "html", ReadOptions()).articles
    assert article.authors == authors


@pytest.mark.parametrize(("byline", "authors"), [("By SEAN O'CONNOR-MCDONALD", ("Sean O'Connor-McDonald",)),
                                                 ("By ANNE SMITH-MCKAY", ("Anne Smith-McKay",))])
def test_a_mc_after_a_hyphen_keeps_its_capital(byline: str, authors: tuple[str, ...]) -> None:
    # Only a word's first "Mc" was read so: the second half of a double-barrelled name was "Mcdonald"
    [article] = read_articles(page(byline), "html", ReadOptions()).articles
    assert article.authors == authors


@pytest.mark.parametrize(("byline", "authors"), [
    ("By JOHN MACLEAN", ("John Maclean",)),  # a page's printed byline a scraper kept in its byline column
    ("By OLGA R. RODRIGUEZ and TOM ROE", ("Olga R. Rodriguez", "Tom Roe")),
    ("JOHN MACLEAN", ("JOHN MACLEAN",)),  # a field's name as its file writes it, no printed byline: as written
    ("By AFP", ("AFP",)),
])
def test_a_records_printed_byline_in_capitals_names_its_writer_in_a_names_case(
    byline: str, authors: tuple[str, ...]
) -> None:
    # It kept the capitals ("JOHN MACLEAN"), as a page's and a text's byline no longer do
    data = f"headline\tbyline\tbody\nBudget cut\t{byline}\t{BODY}\n".encode()
    [article] = read_articles(data, "tsv", ReadOptions()).articles
    assert article.authors == authors


@pytest.mark.parametrize(("original", "authors"), [
    ("By THE ASSOCIATED PRESS", ("The Associated Press",)),
    ("By JANE DOE and TOM ROE", ("Jane Doe", "Tom Roe")),
    ("By Jane McDonald", ("Jane McDonald",)),  # not in capitals: as printed
])
def test_a_byline_objects_printed_original_in_capitals_names_its_writers_in_a_names_case(
    original: str, authors: tuple[str, ...]
) -> None:
    # The NYT Article Search API's byline is an object whose 'original' is the printed byline; it kept the capitals
    # ("THE ASSOCIATED PRESS") that the same byline as a plain field no longer keeps
    doc = {"web_url": "https://n.test/x", "lead_paragraph": BODY, "pub_date": "2024-03-05T10:00:00+0000",
           "byline": {"original": original, "person": []}, "headline": {"main": "Budget cut"}}
    data = json.dumps({"response": {"docs": [doc]}}).encode()
    [article] = read_articles(data, "json", ReadOptions()).articles
    assert article.authors == authors
