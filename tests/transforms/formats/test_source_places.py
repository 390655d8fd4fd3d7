"""A news database's source line: the outlet's name the site, a bracketed place at its end kept beside it."""

from __future__ import annotations

import pytest

from transforms.formats.source_places import source_name


@pytest.mark.parametrize(("line", "name", "place"), [
    ("The Age (Melbourne, Australia)", "The Age", "Melbourne, Australia"),
    ("The Guardian (London)", "The Guardian", "London"),
    ("Sydney Morning Herald (Australia)", "Sydney Morning Herald", "Australia"),
    ("Stoke-on-Trent Sentinel (Stoke-on-Trent, England)", "Stoke-on-Trent Sentinel", "Stoke-on-Trent, England")])
def test_a_bracketed_place_is_moved_off_the_outlets_name(line: str, name: str, place: str) -> None:
    assert source_name(line) == (name, place)


@pytest.mark.parametrize("line", ["Financial Times (FT.com)", "The Washington Post (Online)", "Reuters (2nd edition)",
                                  "BBC Monitoring (Middle East - Political)", "The Guardian", "AT&T (Q&A) Wire",
                                  "Lloyd's List"])
def test_a_bracket_that_is_no_place_or_no_bracket_keeps_the_line(line: str) -> None:
    assert source_name(line) == (line, None)
