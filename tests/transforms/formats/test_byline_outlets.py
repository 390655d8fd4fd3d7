"""An outlet in a byline: beside a person it is the writer's outlet, no author; alone (or its staff) it is the author,
the same in a text's head, a page's meta tag or JSON-LD, and a JSON or CSV export's author field."""

from __future__ import annotations

import json

import pytest

from transforms.formats import ReadOptions, read_articles

STORY = "Dock workers in Rotterdam returned to work on Tuesday after a ten-day strike over pay and hours."
MORE = "The union said the deal met most of its demands, and ships began to unload by the evening."


def read_authors(byline: object, format: str) -> tuple[str, ...]:
    """Return the authors read of one article whose byline is `byline`, written as `format` writes one."""
    if format == "txt":
        data = f"Dock strike ends\n\n{byline}\n\n{STORY}\n\n{MORE}\n"
    elif format == "html-meta":
        data = f'<html><head><meta name="author" content="{byline}"><title>Dock strike ends</title></head>'
        data += f"<body><article><h1>Dock strike ends</h1><p>{STORY}</p><p>{MORE}</p></article></body></html>"
    elif format == "html-json-ld":
        node = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Dock strike ends",
                "author": byline}
        data = f'<html><head><script type="application/ld+json">{json.dumps(node)}</script>'
        data += f"<title>Dock strike ends</title></head><body><article><h1>Dock strike ends</h1><p>{STORY}</p>"
        data += f"<p>{MORE}</p></article></body></html>"
    elif format == "jsonl":
        data = json.dumps({"title": "Dock strike ends", "text": STORY, "author": byline})
    else:
        data = f'title,text,author\nDock strike ends,{STORY.replace(",", "")},"{byline}"\n'
    kind = "html" if format.startswith("html") else format
    [article] = read_articles(data.encode(), kind, ReadOptions()).articles
    return article.authors


FORMATS = ["txt", "html-meta", "jsonl", "csv"]


@pytest.mark.parametrize("format", FORMATS)
@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        # the writer's outlet after her name was a second author, "BBC News", in every format
        ("By Jane Doe, BBC News", ("Jane Doe",)),
        ("By Sofia Bettiza, BBC World Service", ("Sofia Bettiza",)),
        ("By Jane Doe, The New York Times", ("Jane Doe",)),
        ("By Jane Doe and Tom Roe, CNN", ("Jane Doe", "Tom Roe")),
        ("By Jane Doe | Associated Press", ("Jane Doe",)),
        ("By Mohd Fadli bin Ahmad, Bernama", ("Mohd Fadli bin Ahmad",)),
        # an outlet alone is the author, as a JSON-LD Organization is; its staff too ("Reuters Staff" gave none)
        ("By BBC Sport", ("BBC Sport",)),
        ("By Reuters Staff", ("Reuters",)),
        # an outlet's reporters are its staff (the author was "Telegraph Reporters")
        ("By Telegraph Reporters", ("Telegraph",)),
        ("By Daily Mail Reporter", ("Daily Mail",)),
    ],
)
def test_an_outlet_after_a_name_is_no_author_and_alone_is_one(byline: str, expected: tuple[str, ...],
                                                              format: str) -> None:
    assert read_authors(byline, format) == expected


@pytest.mark.parametrize(
    ("author", "expected"),
    [
        ([{"@type": "Person", "name": "Jane Doe"}, {"@type": "NewsMediaOrganization", "name": "BBC News"}],
         ("Jane Doe",)),
        ({"@type": "NewsMediaOrganization", "name": "BBC News"}, ("BBC News",)),
        ([{"@type": "Person", "name": "Jane Doe", "url": "https://example.com/jane"}], ("Jane Doe",)),
    ],
    ids=["person-and-outlet", "outlet-alone", "person-with-url"],
)
def test_a_json_ld_outlet_is_read_as_a_bylines(author: object, expected: tuple[str, ...]) -> None:
    assert read_authors(author, "html-json-ld") == expected


@pytest.mark.parametrize(
    ("author", "expected"),
    [
        (["Jane Doe", "BBC News"], ("Jane Doe",)),
        ([{"name": "Jane Doe"}, {"name": "Reuters"}], ("Jane Doe",)),
        (["Reuters", "AFP"], ("Reuters", "AFP")),
        # a profile's address where a name should be (it was the author "https://www.facebook.com/janedoe")
        ("https://www.facebook.com/janedoe", ()),
        (["Jane Doe", "https://twitter.com/janedoe"], ("Jane Doe",)),
    ],
)
def test_an_export_lists_authors_as_a_byline_names_them(author: object, expected: tuple[str, ...]) -> None:
    assert read_authors(author, "jsonl") == expected


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("By Jane Doe, Washington Post", ("Jane Doe",)),
        ("By Jane Doe, Daily Mail", ("Jane Doe",)),
        ("By Jane Doe, USA TODAY", ("Jane Doe",)),
        # surnames that end an outlet's name too: people, after a given name that is also a town's ("Ann")
        ("By Emily Post and Tom Roe", ("Emily Post", "Tom Roe")),
        ("By Tom Press and Ann Star", ("Tom Press", "Ann Star")),
    ],
)
def test_a_word_that_ends_a_surname_too_ends_an_outlet_only_after_a_city_or_a_papers_word(
        byline: str, expected: tuple[str, ...]) -> None:
    assert read_authors(byline, "jsonl") == expected


@pytest.mark.parametrize("format", FORMATS)
def test_the_second_writers_outlet_in_brackets_is_no_author(format: str) -> None:
    # it was a third author, "Le Monde"
    assert read_authors("By Jane Doe and Marie Dupont (Le Monde)", format) == ("Jane Doe", "Marie Dupont")


@pytest.mark.parametrize("format", ["jsonl", "csv"])
@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        # an outlet or a place in brackets after the first name was kept in it ("Marie Dupont (Le Monde)")
        ("Marie Dupont (Le Monde) and Tom Roe", ("Marie Dupont", "Tom Roe")),
        ("Jane Doe (Washington) and Tom Roe (London)", ("Jane Doe", "Tom Roe")),
        # a nickname inside a name stays, and a credit in brackets is read as one
        ("Robert (Bob) Smith and Ann Lee", ("Robert (Bob) Smith", "Ann Lee")),
        ("Reuters (Reporting by Jane Doe)", ("Jane Doe",)),
        # a photo's position in lower case was kept in the name ("Jane Doe (left)")
        ("By Jane Doe (left) and John Roe (right)", ("Jane Doe", "John Roe")),
    ],
)
def test_an_outlet_or_a_place_in_brackets_after_any_name_in_a_records_field_is_no_author(
        byline: str, expected: tuple[str, ...], format: str) -> None:
    assert read_authors(byline, format) == expected
