"""A page's topic tag and reading time in its head, copied as text: no writer, no paragraph; its day the text's."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from transforms.formats.txt_dates import txt_date

_STORY = "The central bank held its main rate at 4.25% on Wednesday, as inflation eased for a third month.\n"


def test_an_institution_over_the_date_beside_a_follow_button_is_no_writer() -> None:
    head = txt_date(f"Rates held as inflation eases\nFederal Reserve\nFollow\nJan 14, 2026\n\n{_STORY}")
    assert head.authors == () and head.published == datetime(2026, 1, 14, tzinfo=UTC)
    assert "Follow" not in head.text


def test_a_tag_beside_a_day_and_a_reading_time_dates_the_text_and_names_nobody() -> None:
    head = txt_date(f"Arsenal stretch lead\n\nPremier League · Jan 22, 2026 · 5 min read\n\n{_STORY}")
    assert head.authors == () and head.published == datetime(2026, 1, 22, tzinfo=UTC)
    assert "min read" not in head.text


def test_a_reading_time_under_a_kicker_is_no_paragraph() -> None:
    head = txt_date(f"EU agrees steel tariffs\n\nWorld\n3 min read\nJan 14, 2026\n\n{_STORY}")
    assert head.authors == () and "min read" not in head.text and _STORY in head.text


def test_a_reading_time_after_an_icon_is_a_button_and_the_name_over_the_date_its_writer() -> None:
    head = txt_date(f"How we fixed the buses\n\nMaya Chen\n⏱ 6 min read\nJan 22, 2026\n\n{_STORY}")
    assert head.authors == ("Maya Chen",) and "min read" not in head.text


@pytest.mark.parametrize("tag", ["Six Nations", "Champions League", "Grand Slam", "Formula One", "Winter Olympics"])
def test_a_competition_beside_a_day_and_a_reading_time_names_nobody(tag: str) -> None:
    head = txt_date(f"Ireland edge France in Dublin thriller\n{tag} · Feb 7, 2026 · 4 min read\n\n{_STORY}")
    assert head.authors == () and head.published == datetime(2026, 2, 7, tzinfo=UTC)
    assert tag not in head.text


def test_a_writer_whose_surname_is_a_competition_word_is_still_the_writer() -> None:
    head = txt_date(f"Ireland edge France in Dublin thriller\nMaya Nations · Feb 7, 2026 · 4 min read\n\n{_STORY}")
    assert head.authors == ("Maya Nations",)
