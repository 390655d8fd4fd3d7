"""A rubric's or a heading's words that open with "By" under a headline ("By Popular Demand") name no writer, in a
text file or a page, by one rule (`byline_rubrics`); a name does, however its surname ends."""

from __future__ import annotations

import pytest

from transforms.formats import ReadOptions, read_articles

STORY = "The company said on Tuesday that sales had risen 12% in the year to March, beating forecasts."


def txt_authors(line: str) -> tuple[tuple[str, ...], list[str]]:
    text = f"Retro console returns to shelves\n\n{line}\n\n{STORY}\n"
    [article] = read_articles(text.encode(), "txt", ReadOptions()).articles
    return article.authors, article.text.split("\n\n")


def html_authors(line: str) -> tuple[str, ...]:
    page = f"<html><body><h1>Retro console returns</h1><p>{line}</p><p>{STORY}</p></body></html>"
    [article] = read_articles(page.encode(), "html", ReadOptions()).articles
    return article.authors


@pytest.mark.parametrize("phrase", [
    "By Popular Demand", "By Public Request", "By Famous Last Words", "By Exclusive Arrangement", "By Design",
    # an adjective before its noun, read by its ending: each was an author in a text file and a page
    "By Unanimous Vote", "By Historical Standards",
])
def test_a_headings_phrase_names_no_author_and_stays_a_paragraph(phrase: str) -> None:
    # "By Popular Demand" was the text's author "Popular Demand", and no paragraph
    authors, paragraphs = txt_authors(phrase)
    assert authors == () and phrase in paragraphs
    assert html_authors(phrase) == ()


@pytest.mark.parametrize(("byline", "expected"), [
    ("By Jane Doe", ("Jane Doe",)),
    ("By Jude Law", ("Jude Law",)),
    ("By Clive Myrie", ("Clive Myrie",)),
    ("By Jill Lawless", ("Jill Lawless",)),
    ("By Jacques Clement", ("Jacques Clement",)),
    ("By Mark Stone, Sky News", ("Mark Stone",)),
    # a surname that ends as an abstract noun or an adjective does, a given name that is an adjective: no rubric
    ("By Hannah Blankenship", ("Hannah Blankenship",)),
    ("By Tom Parchment", ("Tom Parchment",)),
    ("By Menelaos Charalambous", ("Menelaos Charalambous",)),
    ("By Eleni Charalambous and Tom Roe", ("Eleni Charalambous", "Tom Roe")),
    ("By Precious Mthembu", ("Precious Mthembu",)),
])
def test_a_writers_byline_still_names_its_author(byline: str, expected: tuple[str, ...]) -> None:
    authors, paragraphs = txt_authors(byline)
    assert authors == expected and byline not in paragraphs
    assert html_authors(byline) == expected


@pytest.mark.parametrize("phrase", ["By Sheer Luck", "By Royal Decree", "By Special Delivery", "By Pure Chance"])
def test_a_by_idioms_words_name_no_author_in_a_text_or_a_page(phrase: str) -> None:
    # Each was the article's author (in a page, from its byline's element too)
    authors, paragraphs = txt_authors(phrase)
    assert authors == () and phrase in paragraphs
    assert html_authors(phrase) == ()
    page = f"<html><body><h1>Retro console returns</h1><p class='byline'>{phrase}</p><p>{STORY}</p></body></html>"
    assert read_articles(page.encode(), "html", ReadOptions()).articles[0].authors == ()


@pytest.mark.parametrize("byline", ["By Grace Luck", "By Frank Able", "By Young Kim", "By Rich Long", "By Hope Chance",
                                    # "Royal" and "Mere" are given names too (Royal Ford wrote for the Boston Globe)
                                    "By Royal Ford", "By Mere Rangi"])
def test_a_given_name_that_is_a_word_too_still_names_the_writer(byline: str) -> None:
    name = byline.removeprefix("By ")
    authors, paragraphs = txt_authors(byline)
    assert authors == (name,) and byline not in paragraphs
    assert html_authors(byline) == (name,)


@pytest.mark.parametrize("byline", ["By Royal Ford", "By Mere Rangi"])
def test_a_given_name_that_opens_an_idiom_too_names_the_writer_in_a_pages_byline_element(byline: str) -> None:
    # each was no author: "Royal" and "Mere" were read as an idiom's first word whatever followed
    page = f"<html><body><h1>Retro console returns</h1><p class='byline'>{byline}</p><p>{STORY}</p></body></html>"
    assert read_articles(page.encode(), "html", ReadOptions()).articles[0].authors == (byline.removeprefix("By "),)


@pytest.mark.parametrize("phrase", ["By Mere Chance", "By Royal Assent"])
def test_such_a_given_name_before_a_means_noun_is_still_an_idiom(phrase: str) -> None:
    authors, paragraphs = txt_authors(phrase)
    assert authors == () and phrase in paragraphs
