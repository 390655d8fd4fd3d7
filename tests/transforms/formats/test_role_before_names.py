"""An office or a role written before the name it belongs to ("By State Senator Ann Lee"), a second writer with a
Vietnamese name of two after a comma ("By Jane Doe, Le Tuan"), and a newsroom's shared mailbox as a feed item's
author: who the byline names."""

from __future__ import annotations

import pytest

from transforms.formats import ReadOptions, read_articles
from transforms.formats.record_authors import authors_of

STORY = "The bill that passed the Senate on Tuesday night will make breakfast free in every public school."


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("By State Senator Ann Lee", ("Ann Lee",)),
        ("By Senator Ann Lee", ("Ann Lee",)),
        ("By Defence Secretary John Healey", ("John Healey",)),
        ("By Governor Maura Healey and Mayor Michelle Wu", ("Maura Healey", "Michelle Wu")),
        ("By Staff Writer Jane Doe", ("Jane Doe",)),
        ("By Staff Writer", ()),  # a role alone names nobody
        ("By Our Correspondent", ()),
        ("By Our Correspondent in Kabul", ()),
        ("By Jane Writer", ("Jane Writer",)),  # a surname that is a role's word
        ("By Senator Lee", ("Senator Lee",)),  # no name of two words after the office: left as written
    ],
)
def test_a_role_before_a_bylines_name_is_no_part_of_it(byline: str, expected: tuple[str, ...]) -> None:
    assert authors_of(byline) == expected


def test_a_text_files_byline_with_its_writers_office_before_the_name() -> None:
    text = f"Free school breakfasts approved\n\nBy State Senator Ann Lee\n\nMarch 12, 2025\n\n{STORY}\n"
    assert read_articles(text.encode(), "txt").articles[0].authors == ("Ann Lee",)


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("By Jane Doe, Le Tuan", ("Jane Doe", "Le Tuan")),
        ("By Tom Roe, Le Hung", ("Tom Roe", "Le Hung")),
        ("By Jane Doe, Lê Hoa", ("Jane Doe", "Lê Hoa")),
        # a paper's name after its article stays no author, of one syllable or more
        ("By Jane Doe, Le Monde", ("Jane Doe",)),
        ("By Jane Doe, Le Soir", ("Jane Doe",)),
        ("By Jane Doe, Le Temps", ("Jane Doe",)),
        ("By Jane Doe, La Vie", ("Jane Doe",)),
        ("By Jane Doe, La Nación", ("Jane Doe",)),
        ("By Jane Doe, La Repubblica", ("Jane Doe",)),
        ("By Jane Doe, La Ley", ("Jane Doe",)),  # "ey" is no Vietnamese vowel group
    ],
)
def test_a_vietnamese_name_of_two_after_a_comma_is_a_second_writer(byline: str, expected: tuple[str, ...]) -> None:
    assert authors_of(byline) == expected


def feed(author: str) -> bytes:
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Gazette</title><item><title>Bridge reopens'
            f"</title><author>{author}</author><pubDate>Wed, 04 Feb 2026 10:00:00 +0000</pubDate><description>The old "
            f"bridge reopened to traffic on Wednesday after six months of repairs.</description></item></channel>"
            f"</rss>").encode()


@pytest.mark.parametrize(
    ("author", "expected"),
    [
        ("desk@gazette.example", ()),  # a newsroom's mailbox: nobody's name
        ("editor@gazette.example", ()),
        ("news@gazette.example (Anna Keller)", ("Anna Keller",)),
        ("jane.smith@gazette.example", ("jane.smith@gazette.example",)),  # a person's address: the only name given
    ],
)
def test_a_feed_items_author_address_of_a_newsroom_mailbox_is_no_author(author: str, expected: tuple[str, ...]) -> None:
    assert read_articles(feed(author), "feed", ReadOptions()).articles[0].authors == expected
