"""A byline's credits: reporters and writers are its authors, editors, photographers and designers are not."""

from __future__ import annotations

import json

import pytest

from transforms.formats import ReadOptions, read_articles

STORY = "Oil prices rose on Tuesday after producers agreed to extend output cuts into the new year."


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        # a wire's credit line: each credit was an author, its label and all ("Editing by Ann Lee")
        ("Reporting by Jane Doe and Tom Roe in London; Editing by Ann Lee", ("Jane Doe", "Tom Roe")),
        ("Reporting by Jane Doe; Additional reporting by Tom Roe; Writing by Ann Lee; Editing by Bo Chan and Kim Park",
         ("Jane Doe", "Tom Roe", "Ann Lee")),
        ("By Jane Doe, with additional reporting by Tom Roe", ("Jane Doe", "Tom Roe")),
        ("By Jane Doe with additional reporting by Tom Roe in Berlin", ("Jane Doe", "Tom Roe")),
        ("Story by Jane Doe", ("Jane Doe",)),
        ("Words: Jane Doe | Photos: Tom Roe", ("Jane Doe",)),
        ("Words by Jane Doe, pictures by Tom Roe", ("Jane Doe",)),
        # one who wrote the words and took the pictures (no author), a credit parted by a slash (its slash kept)
        ("Words and pictures by Sam Okafor", ("Sam Okafor",)),
        ("Text: Claire Dubois / Photos: Marc Petit", ("Claire Dubois",)),
        # a brand's reporter is a role, not a second author
        ("By Karen Pallarito, HealthDay Reporter", ("Karen Pallarito",)),
        # an agency in brackets after the name is the writer's outlet (it was the name "Jane Doe (Reuters)")
        ("Jane Doe (Reuters)", ("Jane Doe",)),
        # read as before: a nickname in a name, a title that only looks like a credit
        ("Robert (Bob) Smith", ("Robert (Bob) Smith",)),
        ("jane@example.com (Jane Doe)", ("Jane Doe",)),
    ],
)
def test_a_bylines_credits_name_its_reporters_and_writers(byline: str, expected: tuple[str, ...]) -> None:
    line = json.dumps({"title": "Oil rises", "text": STORY, "byline": byline})
    assert read_articles(line.encode(), "jsonl", ReadOptions()).articles[0].authors == expected


@pytest.mark.parametrize(("byline", "expected"), [
    ("Reuters with additional reporting by Jane Doe", ("Reuters", "Jane Doe")),
    ("AFP with reporting by Ann Lee and Bo Chan", ("AFP", "Ann Lee", "Bo Chan")),
    # a person's outlet beside her stays no author
    ("By Jane Doe, BBC News, with additional reporting by Tom Roe", ("Jane Doe", "Tom Roe")),
])
def test_an_agencys_story_with_a_writers_additional_reporting_names_both(
    byline: str, expected: tuple[str, ...]
) -> None:
    # The agency that leads the byline was left out as the writer's outlet ("Jane Doe" alone)
    data = (json.dumps({"title": "Oil rises", "text": STORY, "author": byline}) + "\n").encode()
    assert read_articles(data, "jsonl", ReadOptions()).articles[0].authors == expected
