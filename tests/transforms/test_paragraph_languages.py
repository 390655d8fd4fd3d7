"""A paragraph in another language inside an English article: no labels of an English taxonomy, no tone, no amounts."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from transforms.articles import ArticleFile
from transforms.language import other_languages
from transforms.pipeline import build_batch
from transforms.taxonomy import parse_taxonomy

TAXONOMY = """
[taxonomy]
name = "t"
languages = ["en"]
[[themes]]
id = "war"
name = "war"
terms = ["troops", "war", "guerre", "soldats", "refugees", "réfugiés"]
"""
NOW = datetime(2026, 1, 1, tzinfo=UTC)
ENGLISH = ("European leaders meeting in Paris agreed on Thursday to send more aid to the refugees of the war, "
           "pledging an extra 2 billion euros over two years, a good result for the host countries.")
FRENCH = ("Les dirigeants européens réunis à Paris ont convenu jeudi d'augmenter l'aide aux réfugiés de la "
          "guerre, en promettant 2 milliards d'euros supplémentaires sur deux ans, un bon résultat.")
QUOTE = ('"Nous ne reculerons pas, cette réforme est nécessaire pour sauver notre système," the president told '
         "reporters, meaning that the government would not back down on the war against inflation.")
BILINGUAL = f"Aid for refugees agreed\n\n{ENGLISH}\n\n{FRENCH}\n\n{QUOTE}\n"


@pytest.mark.parametrize(("text", "expected"), [
    (ENGLISH, None),
    (FRENCH, "fr"),
    (QUOTE, None),  # an English paragraph quoting French is English
    ("Die Staats- und Regierungschefs der EU einigten sich am Donnerstag in Brüssel auf mehr Hilfe.", "de"),
    ("Police raid homes after flooding leaves hundreds displaced", None),  # no function word, still English
    ("Grève à la SNCF", None),  # too short to say
    ("国务院总理在记者会见上表示，政府将继续推进经济改革，扩大对外开放。", "zh"),
])
def test_other_languages_finds_paragraphs_surely_not_english(text: str, expected: str | None) -> None:
    assert other_languages([text]) == [expected]


def _by_paragraph(rows, column: str) -> dict[int, object]:
    p = rows.paragraphs
    return dict(zip(p["ordinal"], p[column], strict=True))


def test_a_french_paragraph_of_an_english_article_gets_places_but_no_labels_tone_or_amounts() -> None:
    rows = build_batch([ArticleFile("/in/bilingual.txt", BILINGUAL.encode())], parse_taxonomy(TAXONOMY), "run", NOW)
    assert rows.articles["language"] == ["en"]
    ids = _by_paragraph(rows, "paragraph_id")
    english, french, quote = ids[1], ids[2], ids[3]
    labelled = set(rows.paragraph_themes["paragraph_id"])
    # "réfugiés" and "guerre" are terms of the taxonomy, yet the English taxonomy does not label French
    assert english in labelled and french not in labelled
    assert quote in labelled  # an English paragraph quoting French is labelled by its English words
    tone = _by_paragraph(rows, "tone")
    assert tone[1] is not None and tone[2] is None and tone[3] is not None
    amounts = rows.paragraph_amounts
    # "2 milliards d'euros" read with English words was 2 "milliards"
    assert french not in amounts["paragraph_id"] and english in amounts["paragraph_id"]
    assert french in rows.paragraph_places["paragraph_id"]  # a place's name is read in any language
    # the article's tone is its English paragraphs' (mean weighted by words)
    assert rows.articles["tone"][0] is not None


def test_a_taxonomy_without_languages_labels_the_french_paragraph_but_it_gets_no_tone() -> None:
    taxonomy = parse_taxonomy(TAXONOMY.replace('languages = ["en"]', ""))
    rows = build_batch([ArticleFile("/in/bilingual.txt", BILINGUAL.encode())], taxonomy, "run", NOW)
    french = _by_paragraph(rows, "paragraph_id")[2]
    assert french in rows.paragraph_themes["paragraph_id"]
    assert _by_paragraph(rows, "tone")[2] is None
