"""A wire's dateline naming its place's country or province and no day ("NAIROBI, Kenya (Reuters) -"), or its day
in another language's words ("SANTO DOMINGO, 17 de mayo de 2026 (EFE) -"): the agency in its brackets is the text's
site."""

from __future__ import annotations

import pytest

from transforms.formats import ArticleRecord, read_articles
from transforms.formats.wire_datelines import wire_agency

STORY = " Officials said the measure would take effect next week after talks with unions ended.\n"


def read(text: str) -> ArticleRecord:
    [article] = read_articles(text.encode(), "txt").articles
    return article


@pytest.mark.parametrize(("dateline", "agency"), [
    ("NAIROBI, Kenya (Reuters) -", "Reuters"),
    ("MOMBASA, Kenya (AFP) -", "AFP"),
    ("ALMATY, Kazakhstan (AP) —", "AP"),
    ("TORONTO, Ontario (Reuters) -", "Reuters"),
    ("SAN JOSE, Costa Rica (Reuters) -", "Reuters"),
    ("SANTO DOMINGO, 17 de mayo de 2026 (EFE) -", "EFE"),
    ("MADRID, 22 de enero de 2026 (EFE).-", "EFE"),
])
def test_a_datelines_agency_after_a_region_or_a_day_in_words_is_the_texts_site(dateline: str, agency: str) -> None:
    article = read(f"Workers strike over pay\n\n{dateline}{STORY}")
    assert article.site == agency
    assert article.text.split("\n\n")[1].startswith(dateline)  # the dateline stays the story's


def test_a_spanish_datelines_day_still_dates_the_text() -> None:
    published = read(f"Abinader gana\n\nSANTO DOMINGO, 17 de mayo de 2026 (EFE) -{STORY}").published_at
    assert published is not None and published.date().isoformat() == "2026-05-17"


@pytest.mark.parametrize("line", [
    "NAIROBI, Kenya said on Monday (Reuters) - it would act.",  # a sentence, no region alone
    "NAIROBI, Kenya (pictured above) - a city of five million.",  # an aside in brackets, no agency's name
    "Nairobi, Kenya (Reuters) - Officials said.",  # no place in capitals
    "NAIROBI, Kenya - Officials said.",  # no agency
])
def test_a_line_not_shaped_as_a_datelines_names_no_agency(line: str) -> None:
    found = wire_agency(line)
    assert found is None or found.agency is None
