"""What an amount counts in a headline in Title Case, where every word has a capital, the counted noun's too."""

from __future__ import annotations

import pytest

from transforms.enrichments import amounts
from transforms.enrichments.batch import ParagraphBatch


def objects(text: str) -> list[tuple[str, str | None]]:
    """Return (text as written, object) of every amount of one paragraph."""
    rows = amounts.rows(ParagraphBatch([text], ["p"], ["a"]))
    return list(zip(rows["text"], rows["object"], strict=True))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the noun, lower-cased as prose writes it (they had none: a capitalised word was a name's)
        ("Motorola to Cut 1,000 Jobs, Take Charge", [("1,000", "jobs")]),
        ("Eli Lilly to Cut 575 US Jobs", [("575", "jobs")]),  # letters in capitals stay a name's
        ("MCI to Take $3.5 Billion Charge in 3Q", [("$3.5 Billion", "charge")]),
        ("Oil Price Steadies After 5 Percent Slide", [("5 Percent", "slide")]),
        ("Myanmar Releases Hundreds of Prisoners", [("Hundreds of", "prisoners")]),
        # a people is counted even where a capital follows it, as every word has one
        ("Study: 39 Million Americans In Working Poor Families", [("39 Million", "Americans")]),
        # a function word or a unit's dimension is still none
        ("Retail Sales Fall 0.3 Percent in August", [("0.3 Percent", None)]),
        ("Tokyo Stocks Finish 2.6 Percent Higher", [("2.6 Percent", None)]),
        # a score's team and a label are none
        ("Sports: Braves 6 Rockies 4", [("6", None)]),
        ("Att: 50,430 Ref: S Dunn (Gloucestershire).", [("50,430", None)]),
    ],
)
def test_a_headline_in_title_case_counts_its_capitalised_noun(text: str, expected: list) -> None:
    assert objects(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # not Title Case: a capitalised word after a number is a name's, as before
        ("He sold 3 Ford Focus cars to them.", [("3", "cars")]),
        ("Rivals of the £400 Apple...", [("£400", None)]),
        ("Tony Blair and Gordon Brown met 300 MPs", [("300", "MPs")]),
        ("They beat the 6 Nations Championship holders", [("6", "holders")]),
    ],
)
def test_a_capitalised_word_in_a_sentence_is_still_a_name(text: str, expected: list) -> None:
    assert objects(text) == expected
