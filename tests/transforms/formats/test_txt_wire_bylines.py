"""A wire's byline opening a text's first paragraph: its names are the text's authors, the paragraph its story's."""

from __future__ import annotations

import pytest

from tests.conftest import shared_path
from transforms.formats import ArticleRecord, ReadOptions, read_articles


def read(text: str) -> ArticleRecord:
    [article] = read_articles(text.encode(), "txt", ReadOptions()).articles
    return article


@pytest.mark.parametrize(("paragraph", "authors", "story"), [
    # AG News's copy of AP: the byline's line end a gap of spaces (the text had no author, and "WASHINGTON" inside the
    # paragraph was no dateline, no place)
    ("By LAURAN NEERGAARD    WASHINGTON (AP) -- Heart disease and diabetes get all the attention.",
     ("Lauran Neergaard",), "WASHINGTON (AP) -- Heart disease"),
    ("By SARA LEITCH     BRUNSWICK, Maine (AP) -- Astronauts spend years training.",
     ("Sara Leitch",), "BRUNSWICK, Maine (AP) -- Astronauts"),
    ("By MARY O'BRIEN  DUBLIN (AP) -- Rents rose 12 per cent last year.", ("Mary O'Brien",), "DUBLIN (AP) -- Rents"),
    ("By Karen Pallarito, HealthDay Reporter    HealthDayNews -- Determined to nip your sneezing in the bud?",
     ("Karen Pallarito",), "HealthDayNews -- Determined"),
    # one space before the dateline: its place the known place the capitals end with
    ("By JOSH BOAK and FATIMA HUSSEIN WASHINGTON (AP) — President Joe Biden pressed Congress.",
     ("Josh Boak", "Fatima Hussein"), "WASHINGTON (AP) — President"),
    ("By CHRISTOPHER WEBER and STEFANIE DAZIO LOS ANGELES (AP) — A wildfire tore through hillsides.",
     ("Christopher Weber", "Stefanie Dazio"), "LOS ANGELES (AP) — A wildfire"),
    ("By SUZAN FRASER ANKARA, Turkey (AP) — A strong earthquake shook eastern Turkey.",
     ("Suzan Fraser",), "ANKARA, Turkey (AP) — A strong"),
    # a byline its own sentence
    ("By Lee Bowman. The ability to run long distances gave human ancestors an advantage.",
     ("Lee Bowman",), "The ability"),
    ("By Andrew Balls in Washington and Jennifer Hughes in New York. The Fed raised rates.",
     ("Andrew Balls", "Jennifer Hughes"), "The Fed raised rates."),
    ("By Sammy Rozenberg (AP Staff Writer/BoxingScene Staff Writer). BoxingScene was ready.",
     ("Sammy Rozenberg",), "BoxingScene was ready."),
    ("By Dr. Priya Shah. Vaccination rates among children fell again.", ("Dr. Priya Shah",), "Vaccination rates"),
])
def test_a_wire_byline_opening_the_first_paragraph_names_the_authors_and_leaves_the_story(
        paragraph: str, authors: tuple[str, ...], story: str) -> None:
    article = read(f"Heart risks\n\n{paragraph}\n\nMore follows.\n")
    assert article.authors == authors
    assert article.text.split("\n\n")[1].startswith(story)
    assert article.text.endswith("\n\nMore follows.\n")


def test_a_wire_byline_opening_a_long_first_paragraph_is_read_too() -> None:
    # a first paragraph longer than the head's characters kept its byline, and the text had no author
    story = ("The images coming out of the latest hostage crisis in Iraq shocked viewers. " * 12).strip()
    article = read(f"Internet emerges as terrorist tool\n\nBy THOMAS WAGNER     LONDON (AP) -- {story}")
    assert article.authors == ("Thomas Wagner",)
    assert article.text == f"Internet emerges as terrorist tool\n\nLONDON (AP) -- {story}"


@pytest.mark.parametrize("paragraph", [
    "By Tuesday NEW YORK traders had sold most of their bank shares, and the index fell.",
    "By ANY MEASURE, the NHS is in crisis: waiting lists reached a record.",
    "By ALL ACCOUNTS, investors were relieved by the Fed's decision on Wednesday.",
    "By Halloween, stores were already stocking Christmas decorations.",
    "By law, employers must pass the savings on to their staff.",
    "By Channel NewsAsia's Malaysia Correspondent Melissa Goh. KUALA LUMPUR : Malaysia expects to resume exports.",
])
def test_a_paragraph_that_opens_with_by_and_no_byline_stays_as_written(paragraph: str) -> None:
    article = read(f"Markets rally\n\n{paragraph}\n")
    assert article.authors == () and article.text == f"Markets rally\n\n{paragraph}\n"


def test_the_wire_bylines_of_ag_news_name_their_writers_and_open_with_their_datelines() -> None:
    folder = shared_path("corpora", "agnews-dev")  # skips where ../shared is absent
    article = read((folder / "scitech" / "0465.txt").read_text())
    assert article.authors == ("Lauran Neergaard",)
    assert article.text.split("\n\n")[1].startswith("WASHINGTON (AP) -- Heart disease")
