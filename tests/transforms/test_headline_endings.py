"""A text file's first line that ends with a character reference's ";" is its headline, as AG News's items are."""

from __future__ import annotations

import pytest

from transforms.paragraphs import BODY, TITLE, split_paragraphs


@pytest.mark.parametrize(
    "first_line",
    [
        "World News: Zimbabwe jails UK  #39;coup plotter #39;",
        "Ontario commission accuses fund managers of improper &lt;b&gt;...&lt;/b&gt;",
        "Gamers hit stores for release of  quot;PlayStation Portable quot;",
        "Minister quits over &quot;cash for honours&quot;",
        "Zimbabwe jails UK &#x27;coup plotter&#x27;",
    ],
    ids=["number-without-ampersand", "cut-headline-in-bold", "name-without-ampersand", "name", "hex"],
)
def test_a_first_line_ending_in_a_character_reference_is_the_headline(first_line: str) -> None:
    # Its ";" was read as a sentence's: the item had no headline, its title a body paragraph (91 of agnews-dev).
    paragraphs = split_paragraphs(f"{first_line}\n\nThe British leader of a group of mercenaries was jailed.\n")
    assert [(p.role, p.text) for p in paragraphs][0] == (TITLE, first_line)


@pytest.mark.parametrize(
    "first_line",
    ["Irish eyes turn to Clements ;", "Prices rose sharply;", "Ce qu'il faut retenir :", "The bank said;"],
)
def test_a_first_line_ending_in_a_sentences_punctuation_is_no_headline(first_line: str) -> None:
    paragraphs = split_paragraphs(f"{first_line}\n\nThe bank raised its rates on Tuesday.\n")
    assert paragraphs[0].role == BODY
