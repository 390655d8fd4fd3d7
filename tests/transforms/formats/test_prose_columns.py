"""A CSV whose text column has a name no common name matches: its prose column named in the detail, not "links"."""

from __future__ import annotations

import pytest

from transforms.formats import FormatError, ReadOptions, read_articles

PROSE = ("The council voted on Tuesday to close the library. Residents protested outside the hall. The mayor said "
         "budgets were tight. A review will follow in June.")


@pytest.mark.parametrize(("header", "column"), [("Slug,Story Copy,Desk", "Story Copy"), ("headline,Copy,url", "Copy")])
def test_a_column_of_prose_under_an_unknown_name_is_named_with_the_option_that_reads_it(
        header: str, column: str) -> None:
    data = f'{header}\nlibrary-vote,"{PROSE}",https://example.com/a\n'.encode()
    with pytest.raises(FormatError) as error:
        read_articles(data, "csv", ReadOptions())
    assert f"--field text={column}" in str(error.value) and "links to articles" not in str(error.value)
    [article] = read_articles(data, "csv", ReadOptions(fields={"text": column})).articles
    assert "close the library" in article.text


def test_a_column_of_one_line_notes_is_no_prose_and_a_link_list_stays_links() -> None:
    data = b'headline,Notes,url\nLibrary to close,Check the figures with the desk.,https://example.com/a\n'
    with pytest.raises(FormatError, match="links to articles"):
        read_articles(data, "csv", ReadOptions())
