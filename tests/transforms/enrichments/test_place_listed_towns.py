"""Two towns listed as places whose names share one country alone: both there, each keeping the other."""

from __future__ import annotations

import pytest

from transforms.enrichments import places
from transforms.enrichments.batch import ParagraphBatch


def found(text: str) -> list[tuple[str, str]]:
    """Return (text as written, country code) of every place found in one paragraph."""
    rows = places.rows(ParagraphBatch([text], ["p"], ["a"]))
    return list(zip(rows["text"], rows["country_code"], strict=True))


@pytest.mark.parametrize(("text", "expected"), [
    # a news town (England's alone) and a town of England among others: both England's
    ("Storm Ciarán brought flooding to Brighton and Lancaster overnight.", [("Brighton", "GB"), ("Lancaster", "GB")]),
    ("Floods reached Lancaster and Brighton.", [("Lancaster", "GB"), ("Brighton", "GB")]),
    # two small towns a word of place introduces, whose names share England alone
    ("Fans travelled from Lancaster and Preston for the final.", [("Lancaster", "GB"), ("Preston", "GB")]),
    ("Police in Lancaster, Preston and Blackpool made arrests.",
     [("Lancaster", "GB"), ("Preston", "GB"), ("Blackpool", "GB")]),
])
def test_towns_listed_together_keep_each_other_in_their_one_common_country(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    # no word of place before two small towns: players, not towns
    "He passed to Bolton and Preston before the break.",
    "Goals from Preston and Bolton sealed it.",
    "Lancaster and Preston were booked.",
])
def test_small_towns_need_a_word_of_place_to_keep_each_other(text: str) -> None:
    assert found(text) == []


def test_a_news_towns_partner_follows_it_where_its_article_places_it() -> None:
    # York is England's news town, but this story's is Pennsylvania's: Lancaster beside it is too (it was England's)
    texts = ["Storms hit York and Lancaster.", "The Pennsylvania governor declared an emergency."]
    rows = places.rows(ParagraphBatch(texts, ["p0", "p1"], ["a", "a"]))
    assert list(zip(rows["text"], rows["country_code"], strict=True)) == [
        ("York", "US"), ("Lancaster", "US"), ("Pennsylvania", "US")]
