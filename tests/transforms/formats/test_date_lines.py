"""A head's date line as news sites' pages copy it: a year glued to its time, a mark before the time, an update's day
after the first, a slashed day whose zone says the day comes first."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from transforms.formats.txt_dates import txt_date

_STORY = "Oil rose 4% after the cartel's surprise cut, traders said on Wednesday.\n"


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("December 3, 20264:12 PM GMT", datetime(2026, 12, 3, 16, 12, tzinfo=UTC)),  # Reuters
        ("3 December 2026 • 4:12pm", datetime(2026, 12, 3, 16, 12, tzinfo=UTC)),  # The Telegraph
        ("Published on 03/12/2026 - 14:05 GMT+1", datetime(2026, 12, 3, 13, 5, tzinfo=UTC)),  # Euronews
        ("Publié le 03 décembre 2026 à 16h12, modifié le 03 décembre 2026 à 17h05",
         datetime(2026, 12, 3, 16, 12, tzinfo=UTC)),  # Le Monde
    ],
)
def test_a_date_line_as_a_site_copies_it_dates_the_text_and_is_no_paragraph(line: str, published: datetime) -> None:
    head = txt_date(f"Oil prices jump after OPEC+ cut\n\n{line}\n\n{_STORY}")
    assert head.published == published
    assert line not in head.text and _STORY in head.text


def test_an_update_an_hour_ago_under_the_date_is_no_paragraph() -> None:
    head = txt_date(f"Oil prices jump\n\nBy Jane Smith\n\nDecember 3, 20264:12 PM GMT\nUpdated 2 hours ago\n\n{_STORY}")
    assert head.authors == ("Jane Smith",) and "Updated" not in head.text


def test_a_slashed_day_whose_zone_is_west_of_greenwich_dates_nothing() -> None:
    # its order is no one's: 03/12 is 12 March as often, where the day is not first
    assert txt_date(f"Oil prices jump\n\nPublished on 03/12/2026 - 14:05 ET\n\n{_STORY}").published is None
