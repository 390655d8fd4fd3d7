"""An office its holder signs a byline with ("By Rachel Reeves, Chancellor"), in English, German, French, Spanish and
Italian: no second author."""

from __future__ import annotations

import pytest

from transforms.formats import ReadOptions, read_articles
from transforms.formats.record_authors import authors_of

STORY = "The Budget raises taxes by 40 billion pounds to fund public services, the Treasury said on Wednesday."


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("By Rachel Reeves, Chancellor", ("Rachel Reeves",)),
        ("By John Healey, Defence Secretary", ("John Healey",)),
        ("By Tom Roe, Prime Minister", ("Tom Roe",)),
        ("By Sadiq Khan, Mayor of London", ("Sadiq Khan",)),
        ("By Jane Doe, Secretary of State for Health and Social Care", ("Jane Doe",)),
        ("By Ann Lee, Governor of the Bank of England", ("Ann Lee",)),
        ("By Jane Doe, Editor of The Times", ("Jane Doe",)),
        ("By Ann Lee, US Senator", ("Ann Lee",)),
        ("Von Olaf Scholz, Bundeskanzler", ("Olaf Scholz",)),
        ("Von Anna Berg, Außenministerin", ("Anna Berg",)),
        ("Par Jean Dupont, ministre de l'Économie", ("Jean Dupont",)),
        ("Por Ana García, alcaldesa de Madrid", ("Ana García",)),
        ("Di Marco Rossi, sindaco di Roma", ("Marco Rossi",)),
    ],
)
def test_an_office_after_a_bylines_name_is_no_author(byline: str, expected: tuple[str, ...]) -> None:
    assert authors_of(byline) == expected


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("By Jane Minister", ("Jane Minister",)),  # a surname that is an office's word
        ("By Jane Doe of Reuters", ("Jane Doe of Reuters",)),  # no office before its "of": left as it was
        ("By Jane Doe and Tom Mayor", ("Jane Doe", "Tom Mayor")),
    ],
)
def test_a_name_ending_in_an_offices_word_is_still_a_name(byline: str, expected: tuple[str, ...]) -> None:
    assert authors_of(byline) == expected


def test_a_text_files_dated_byline_with_an_office_gives_one_author() -> None:
    text = f"Budget sets out tax rises\n\nBy Rachel Reeves, Chancellor | 30 October 2024\n\n{STORY}"
    [article] = read_articles(text.encode(), "txt", ReadOptions()).articles
    assert article.authors == ("Rachel Reeves",)
