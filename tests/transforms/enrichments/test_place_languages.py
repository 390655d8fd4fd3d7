"""A language's name is no place: "in English", "French-speaking", "He speaks English and French" name no country,
while the same demonyms before a noun ("English football", "in Spanish waters") still name theirs."""

from __future__ import annotations

import pytest

from transforms.enrichments import places
from transforms.enrichments.batch import ParagraphBatch
from transforms.enrichments.place_names import gazetteer
from transforms.enrichments.place_table import places_toml


def found(text: str) -> list[tuple[str, str]]:
    """Return (text as written, country code) of every place found in a one-paragraph article."""
    rows = places.rows(ParagraphBatch([text], ["p1"], ["a"]))
    return list(zip(rows["text"], rows["country_code"], strict=True))


LANGUAGES = frozenset("English French Welsh German Spanish Chinese Russian Polish Swedish".split())


@pytest.mark.parametrize("text", [
    "The film is in English.",
    "An English-language daily said.",
    "He speaks English and French.",
    "Lessons in English and Welsh.",
    "The book was translated into German by her son.",
    "French-speaking voters backed him.",
    "Spanish speakers were the largest group.",
    "The DVD has English subtitles and subtitles in Arabic.",
    "She is fluent in Chinese.",
    "a Russian-language channel",
    "Millions want to learn Chinese.",
    "The musical will be performed in Swedish for the first time.",
    "translated from French into English",
    "the only English-speaking country of the bloc",
    "He said 'help me' in Polish while struggling through his homily in French...",
])
def test_a_language_names_no_country(text: str) -> None:
    assert [t for t, _ in found(text) if t in LANGUAGES] == []


@pytest.mark.parametrize("text", [
    "The app is available in English or Hindi.",
    "Readers may write in English or Swahili to the editor.",
    "Letters may be written in Hindi or English.",
    "Signs are in Arabic, Hebrew and English.",
    "He speaks Mandarin, English and French fluently.",
    "Please write in English or ...",
])
def test_a_language_in_a_list_with_languages_that_are_no_place_names_no_country(text: str) -> None:
    """A list of languages goes on through languages that are no demonym of the gazetteer ("Hindi", "Swahili",
    "Arabic"): "in English or Hindi" is two languages, no UK."""
    assert [t for t, _ in found(text) if t in LANGUAGES] == []


def test_a_list_of_languages_before_a_noun_is_still_of_nations() -> None:
    assert found("Money flowed into English and Arabic newspapers.") == [("English", "GB")]


def test_a_language_leaves_the_places_around_it() -> None:
    assert found("Bono said in French at Cannes, France, that the Swedish musical opens in Stockholm.") == [
        ("Cannes", "FR"), ("France", "FR"), ("Swedish", "SE"), ("Stockholm", "SE")]


@pytest.mark.parametrize(("text", "country"), [
    ("English football is booming.", "GB"),
    ("French troops landed.", "FR"),
    ("Boats were seized in Spanish waters.", "ES"),
    ("The English coach said he was pleased.", "GB"),
    ("Welsh rugby is in crisis.", "GB"),
    ("the German economy grew", "DE"),
    ("Investors in English football clubs", "GB"),
    ("There is a crisis in French politics.", "FR"),
    ("Money flowed into Chinese and other Asian markets.", "CN"),
])
def test_a_demonym_before_a_noun_is_still_its_nation(text: str, country: str) -> None:
    assert [code for _, code in found(text)][:1] == [country]


def test_a_list_with_a_nation_that_is_no_language_is_of_nations() -> None:
    assert found("Talks in English and American football") == [("English", "GB"), ("American", "US")]
    assert found("attacks from Russian, Belarusian and Chechen forces") == [("Russian", "RU"), ("Belarusian", "BY")]


def test_every_language_is_a_demonym_of_the_gazetteer() -> None:
    table = gazetteer()
    assert [name for name in places_toml()["languages"]["names"] if len(table.get(name, ())) != 1] == []


def test_no_other_language_is_a_place_of_the_gazetteer() -> None:
    """A list of languages goes on through [languages]' `others` as through no place: none may be a place's name."""
    table = gazetteer()
    assert [name for name in places_toml()["languages"]["others"] if name in table] == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Leaflets were printed in Haitian Creole for voters in Miami.", [("Miami", "US")]),
    ("Jamaican Patois and British Sign Language were taught.", []),
    ("Mauritian Creole is spoken by most islanders.", []),
    # the nation's elsewhere in the article: the demonym before any other word
    ("Haitian migrants speak Haitian Creole.", [("Haitian", "HT")]),
])
def test_a_demonym_before_creole_patois_or_sign_language_is_the_language(text: str, expected: list) -> None:
    assert found(text) == expected
