"""Place names inside a mountain's or an event's name: what a reader of paragraph_places relies on."""

from __future__ import annotations

import pytest

from transforms.enrichments import places
from transforms.enrichments.batch import ParagraphBatch


def found(*paragraphs: str) -> list[tuple[str, str, str]]:
    """Return (text as written, kind, country code) of every place found in one article's paragraphs."""
    batch = ParagraphBatch(list(paragraphs), [f"p{i}" for i in range(len(paragraphs))], ["a"] * len(paragraphs))
    rows = places.rows(batch)
    return list(zip(rows["text"], rows["kind"], rows["country_code"], strict=True))


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a headline in capitals let St Helens, England, through; Mt. Washington was the US capital
        (("Mount St Helens Rumbles Again", "Ash fell on towns in England."), [("England", "region", "GB")]),
        (("Mt. Washington is in New Hampshire.",), [("New Hampshire", "region", "US")]),
        # a mountain named as its country is in it; the town is still a town
        (("Mount Kenya is snowless.",), [("Kenya", "country", "KE")]),
        (("St Helens hosted the final in England.",), [("St Helens", "city", "GB"), ("England", "region", "GB")]),
    ],
)
def test_a_name_after_mount_is_a_mountain_not_a_town(paragraphs: tuple[str, ...], expected: list) -> None:
    assert found(*paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # the US names Athens, Georgia's country, but the Olympics were Greece's
        (("NEW YORK (AP) - The US team at the Athens Olympics won.",),
         [("NEW YORK", "US"), ("US", "US"), ("Athens", "GR")]),
        (("INDIANAPOLIS, United States : Athens Olympic star Michael Phelps swam.",),
         [("INDIANAPOLIS", "US"), ("United States", "US"), ("Athens", "GR")]),
        (("Radcliffe put her failure at the Athens  Olympics behind her, the US press said.",),
         [("Athens", "GR"), ("US", "US")]),
        # every mention of the host's name in the article
        (("The US relay team won gold in Athens.", "The Athens Games closed on Sunday."),
         [("US", "US"), ("Athens", "GR"), ("Athens", "GR")]),
        # a state after the name still says which
        (("ATHENS, Ga. (AP) - The US team at the Athens Olympics won.",),
         [("ATHENS", "US"), ("Ga.", "US"), ("US", "US"), ("Athens", "GR")]),
    ],
)
def test_an_event_named_after_a_capital_is_in_that_capital(paragraphs: tuple[str, ...], expected: list) -> None:
    assert [(written, code) for written, _, code in found(*paragraphs)] == expected


def test_an_event_named_after_a_town_leaves_the_town_to_its_articles_support() -> None:
    # Warwick, England, is smaller than Warwick, Rhode Island: alone it would be the American one
    assert found("Unions backed the Warwick Agreement in England.") == [
        ("Warwick", "city", "GB"), ("England", "region", "GB")]
