"""A nation's man after a capital "The" inside a sentence is a title's ("Scorsese's The Irishman", "editor of The
Scotsman"), no mention of the nation; "the Irishman" and a sentence's opening "The Irishman" stay the nation's."""

from __future__ import annotations

import pytest

from transforms.enrichments import places
from transforms.enrichments.batch import ParagraphBatch


def found(text: str) -> list[tuple[str, str]]:
    """Return (text as written, country code) of every place found in a one-paragraph article."""
    rows = places.rows(ParagraphBatch([text], ["p0"], ["a"]))
    return list(zip(rows["text"], rows["country_code"], strict=True))


@pytest.mark.parametrize(("text", "expected"), [
    # a title inside a sentence
    ("Martin Scorsese's The Irishman won no Oscars.", []),
    ("Robert De Niro starred in The Irishman, released on Netflix.", []),
    ("Mr MacDonell, political editor of The Scotsman, said it was a mistake.", []),
    ("He wrote for The Scotsman in Edinburgh.", [("Edinburgh", "GB")]),
    # the nation's man: in lower case, or opening a sentence, a quotation or a paragraph
    ("Mauresmo won in Paris. The Frenchwoman could overtake Davenport.", [("Paris", "FR"), ("Frenchwoman", "FR")]),
    ("The Irishman won the race.", [("Irishman", "IE")]),
    ("Shane Lowry said the Irishman had won.", [("Irishman", "IE")]),
    ('He said: "The Scotsman never gives up."', [("Scotsman", "GB")]),
])
def test_a_nations_man_after_a_capital_the_inside_a_sentence_is_a_title(text: str, expected: list) -> None:
    assert found(text) == expected
