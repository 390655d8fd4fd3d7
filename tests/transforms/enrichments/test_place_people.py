"""A town's name before a verb of speech: its authorities' voice where its article says so, else a person's."""

from __future__ import annotations

import pytest

from transforms.enrichments import places
from transforms.enrichments.batch import ParagraphBatch


def found(*paragraphs: str, articles: tuple[str, ...] = ()) -> list[tuple[str, str, str]]:
    """Return (paragraph id, text as written, country code) of every place found in the paragraphs (one article
    unless `articles` gives each paragraph's)."""
    ids = list(articles) or ["a"] * len(paragraphs)
    rows = places.rows(ParagraphBatch(list(paragraphs), [f"p{i}" for i in range(len(paragraphs))], ids))
    return list(zip(rows["paragraph_id"], rows["text"], rows["country_code"], strict=True))


@pytest.mark.parametrize("paragraphs", [
    ("Authorities in the region reported heavy shelling overnight.", "Lugansk said two people were hurt."),
    ("Shelling resumed on Monday. Officials in the east said homes burned. Lugansk said.",),
])
def test_a_towns_authorities_speak_by_its_name(paragraphs: tuple[str, ...]) -> None:
    assert [(text, code) for _, text, code in found(*paragraphs)] == [("Lugansk", "UA")]


@pytest.mark.parametrize("paragraphs", [
    ("Lugansk said two people were hurt.",),  # no word of its authorities: a person's name, as "Walker said"
    ("Officials in the city reported damage.", "Hull said he was happy with the result."),  # he: the person
    ("Officials in the city reported damage.", "Jordan said he would retire."),  # a given name: the person
    ("Officials in the city reported damage.", "Brooklyn said the result was fair."),
])
def test_a_name_before_said_stays_a_persons_without_its_authorities(paragraphs: tuple[str, ...]) -> None:
    assert found(*paragraphs) == []


def test_the_authorities_of_another_article_do_not_count() -> None:
    rows = found("Authorities in the region reported heavy shelling.", "Lugansk said two people were hurt.",
                 articles=("a", "b"))
    assert rows == []


@pytest.mark.parametrize("said", [
    "Hamilton, the Formula One driver, said he would give his prize money to the farmers.",
    "Hamilton, the Mercedes captain, said the appeal had moved him.",
    "Hamilton, the drought-hit farmer's wife, said help came too late.",
])
def test_a_sport_or_family_role_after_a_name_is_a_persons(said: str) -> None:
    batch = ParagraphBatch(["Farmers in western Victoria have been hit by the worst drought in a decade.", said],
                           ["p0", "p1"], ["a", "a"])
    assert list(places.rows(batch)["text"]) == ["Victoria"]  # no Hamilton, Victoria's town
