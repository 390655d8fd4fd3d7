"""A byline's job title before the name, or a beat's role after it without a comma: the person's name alone."""

from __future__ import annotations

import pytest

from transforms.formats.txt_bylines import undated_names
from transforms.formats.txt_dates import txt_date


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Director of Research Jane Smith", ("Jane Smith",)),
        ("By Deputy Mayor for Transport Seb Dance", ("Seb Dance",)),  # "Dance" a surname, though a beat's word
        ("By Jane Smith, Research Director", ("Jane Smith",)),
        ("By Jane Smith Political correspondent", ("Jane Smith",)),  # "Political" no rubric's adjective here
        ("By Popular Demand", ()),
        ("By Jane Director", ("Jane Director",)),
        ("By Head of Markets Research Tom Roe", ("Tom Roe",)),  # a head of a desk, no role noun in the office
        ("By Global Head of Equities Ann Lee", ("Ann Lee",)),
        ("By Chief of Staff Jane Smith", ("Jane Smith",)),
        ("By Jane Smith, head of markets research", ("Jane Smith",)),  # after the name: her office, no author
        ("By Jane Head", ("Jane Head",)),
    ],
)
def test_a_byline_names_its_writer_without_the_job_title(line: str, names: tuple[str, ...]) -> None:
    assert undated_names(line) == names


def test_a_name_and_its_beat_over_the_date_is_the_writer() -> None:
    # The Guardian's page copied as text: the name and role, the day, its "Share" button
    head = txt_date("Ministers to review rail fares\n\nJane Smith Political correspondent\nWed 3 Dec 2026 16.12 GMT\n"
                    "Share\n\nFares will rise by 4.6% in March.\n")
    assert head.authors == ("Jane Smith",)
    assert "correspondent" not in head.text and "Share" not in head.text
