"""Names whose apposition or aside says what they are (a town, a person's role), waters named after a place written
before their word ("the Kerch Strait"), a town the next name locates abroad, and a party named after its country."""

from __future__ import annotations

import pytest

from transforms.enrichments import places
from transforms.enrichments.batch import ParagraphBatch


def found(text: str) -> set[tuple[str, str]]:
    """Return (text as written, country code) of every place found in a one-paragraph article."""
    rows = places.rows(ParagraphBatch([text], ["p0"], ["a"]))
    return set(zip(rows["text"], rows["country_code"], strict=True))


@pytest.mark.parametrize(("text", "expected"), [
    # a word that is a name, called a town by its apposition or spoken for by its own in an aside
    ("Nice, the city's mayor said, would ban the largest cruise ships from its port from 2025.", {("Nice", "FR")}),
    ("Nice, the Riviera city, hosted the UN Ocean Conference in June 2025.", {("Nice", "FR")}),
    # ... while a role in the apposition is a person's, though the article names the country
    ("Marshall, a city councillor in Dallas, said the vote was rushed.", {("Dallas", "US")}),
    ("Tyler, a state senator from Houston, filed the bill on Monday.", {("Houston", "US")}),
    # a strait or a sea named after a place is the water
    ("Ukraine said it struck a Russian tanker in the Kerch Strait.", {("Ukraine", "UA"), ("Russian", "RU")}),
    ("Chinese warships sailed through the Taiwan Strait on Monday.", {("Chinese", "CN")}),
    # a town the next name locates in another country is no namesake of the gazetteer's abroad; Oldham, a town news
    # names alone, is England's
    ("Mills in the town of Shaw, near Oldham, closed in the 1980s.", {("Oldham", "GB")}),
    # a party named after its country names it
    ("Georgian Dream, the ruling party, suspended EU accession talks in November 2024.",
     {("Georgian Dream", "GE")}),
])
def test_what_the_words_around_a_name_say_it_is(text: str, expected: set[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a club named after its town's district is the district, as "Manchester United" is Manchester
    ("Aston Villa beat Bayern Munich 1-0 at Villa Park in October 2024.", {("Aston", "GB"), ("Munich", "DE")}),
    # a people is no place: Kosovo's Serbs name Kosovo, not Serbia
    ("Kosovo's Serbs boycotted the local elections in the north.", {("Kosovo", "XK")}),
    # ... and a strait of no place's name leaves its town named after it
    ("A Greek-flagged ship ran aground in the Bosphorus Strait near Istanbul.", {("Greek", "GR"), ("Istanbul", "TR")}),
])
def test_clubs_peoples_and_straits_keep_their_rules(text: str, expected: set[tuple[str, str]]) -> None:
    assert found(text) == expected
