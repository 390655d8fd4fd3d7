"""Placeholder text ("Lorem ipsum dolor sit amet."), however short, is no English: a notice or minutes file holding
only it gets no theme, while an English paragraph quoting Latin keeps its labels."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from transforms.articles import ArticleFile
from transforms.language import other_languages
from transforms.pipeline import build_batch
from warehouse.taxonomy_files import read_taxonomy

NOW = datetime(2026, 1, 1, tzinfo=UTC)


@pytest.fixture(scope="module")
def iptc():
    return read_taxonomy()


@pytest.mark.parametrize("text", ["Lorem ipsum dolor sit amet.", "Lorem ipsum.", "LOREM IPSUM DOLOR SIT AMET"])
def test_a_short_placeholder_paragraph_is_latin(text: str) -> None:
    assert other_languages([text]) == ["la"]


@pytest.mark.parametrize("title", ["Minutes", "Notice"])
def test_a_file_of_placeholder_text_gets_no_theme(iptc, title: str) -> None:
    text = f"{title}\n\nLorem ipsum dolor sit amet.\n"
    rows = build_batch([ArticleFile("/in/placeholder.txt", text.encode())], iptc, "run", NOW)
    assert rows.paragraph_themes["paragraph_id"] == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Police raid homes after flooding leaves hundreds displaced", None),  # short English stays English
    ("Designers fill mock-ups with lorem ipsum until the copy arrives", None),  # English about placeholder text
    ("Habeas corpus ruling upheld", None),  # a short Latin phrase in an English headline
    ("Lorem ipsum: the filler text designers use is 500 years old", None),  # English that opens with the filler
    ('"Dum spiro spero" is the school motto, the head said.', None),  # English quoting Latin
])
def test_short_english_is_not_read_as_placeholder(text: str, expected: str | None) -> None:
    assert other_languages([text]) == [expected]


@pytest.mark.parametrize("text", [
    "Lorem Ipsum Studio wins design award",  # a firm named after the filler, in a headline without function words
    "Lorem Ipsum Generator",  # a product's name as a heading
    "Lorem ipsum generators reviewed",
])
def test_english_naming_the_filler_without_its_latin_is_not_placeholder(text: str) -> None:
    # only the filler's own run ("lorem ipsum dolor ...", or the two words alone) is placeholder text
    assert other_languages([text]) == [None]
