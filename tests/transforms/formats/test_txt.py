"""Text files: as before, and a leading YAML front-matter block gives metadata and is not a paragraph."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from transforms.formats import ReadOptions, read_articles
from transforms.formats.base import FormatError
from transforms.paragraphs import split_paragraphs
from transforms.undecodable import UndecodableText

FRONT = b"""---
title: Rain at last
date: 2022-09-23T08:15:00+01:00
url: https://ledger.example/rain
authors: [Jane Doe, Tom Roe]
source: Daily Ledger
language: en-GB
desk: weather
---
Rain at last

Farmers welcomed the first rain in weeks.
"""


def test_front_matter_gives_metadata_and_is_not_a_paragraph() -> None:
    article = read_articles(FRONT, "txt", ReadOptions()).articles[0]
    assert (article.title, article.url, article.site, article.language) == (
        "Rain at last", "https://ledger.example/rain", "Daily Ledger", "en",
    )
    assert article.published_at == datetime(2022, 9, 23, 7, 15, tzinfo=UTC)
    assert article.authors == ("Jane Doe", "Tom Roe")
    assert article.metadata == {"desk": "weather"}
    texts = [p.text for p in split_paragraphs(article.text)]
    assert texts == ["Rain at last", "Farmers welcomed the first rain in weeks."]


def test_text_without_front_matter_is_the_whole_text() -> None:
    article = read_articles(b"Headline\n\n--- a rule, not front matter\n", "txt", ReadOptions()).articles[0]
    assert article.text == "Headline\n\n--- a rule, not front matter\n"
    assert article.title is None and article.metadata == {}


def test_unreadable_front_matter_date_is_null_with_a_note() -> None:
    article = read_articles(b"---\ndate: the day after tomorrow\n---\nBody.\n", "txt", ReadOptions()).articles[0]
    assert article.published_at is None
    assert article.metadata == {"date_unparsed": "the day after tomorrow"}


@pytest.mark.parametrize("fmt", ["txt", "md"])
def test_a_lone_surrogate_escape_in_front_matter_is_a_replacement_character(fmt: str) -> None:
    # YAML reads "\ud83d" (an emoji cut in half) as a lone surrogate, which failed the run at its first write.
    data = b'---\ntitle: "Cut \\ud83d"\ntags: ["\\udc00"]\n---\n\nThe bank raised rates.\n'
    [article] = read_articles(data, fmt, ReadOptions()).articles
    assert (article.title, article.metadata) == ("Cut \ufffd", {"tags": ["\ufffd"]})


def test_a_surrogate_pair_escape_in_front_matter_is_its_character() -> None:
    # Front matter written by a JSON encoder (Python's json.dumps) escapes an emoji as a pair; YAML
    # reads each half alone, and the title's emoji became two replacement characters.
    data = b'---\ntitle: "Smile \\ud83d\\ude00"\ntags: ["\\ud83d\\ude00 \\ud83d"]\n---\n\nThe bank raised rates.\n'
    [article] = read_articles(data, "md", ReadOptions()).articles
    assert (article.title, article.metadata) == ("Smile \U0001f600", {"tags": ["\U0001f600 \ufffd"]})


@pytest.mark.parametrize("data", [b"---\ntitle: Only a title\n---\n", b"+++\ntitle = \"Only a title\"\n+++\n\n  \n"])
def test_a_text_file_of_nothing_but_front_matter_is_no_article(data: bytes) -> None:
    # an article needs a paragraph: its front matter alone is a quarantine row, as a page without text is
    with pytest.raises(FormatError) as raised:
        read_articles(data, "txt", ReadOptions())
    assert raised.value.reason == "no_article_text"
    assert raised.value.detail == "a text file with nothing but its front matter"


def test_a_text_file_of_a_headline_alone_is_an_article() -> None:
    assert read_articles(b"Rain at last\n", "txt", ReadOptions()).articles[0].text == "Rain at last\n"


@pytest.mark.parametrize("fmt", ["txt", "md"])
def test_a_text_of_zero_width_characters_is_only_white_space(fmt: str) -> None:
    # It was an article of one invisible paragraph.
    with pytest.raises(UndecodableText) as raised:
        read_articles("\u200b\u200c\n\u200d\u2060 \ufeff\n".encode(), fmt, ReadOptions())
    assert raised.value.reason == "whitespace_only"
