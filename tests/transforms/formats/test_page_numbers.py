"""A PDF's text without form feeds: its pages' numbers alone on their lines are no paragraphs; numbered sections are."""

from __future__ import annotations

from transforms.formats import ReadOptions
from transforms.formats.txt import read_txt

_WRAPPED = ("The council said the new timetable would start in January and cover every route\n"
            "in the city, with buses every ten minutes on the main corridors.\n")


def _paragraphs(text: str) -> list[str]:
    article = read_txt(text.encode(), ReadOptions()).articles[0]
    return [part.strip() for part in article.text.split("\n\n") if part.strip()]


def test_page_numbers_between_pages_are_no_paragraphs() -> None:
    text = (f"Annual Report on Urban Transport 2026\n\n{_WRAPPED}\n3\n\nPassenger groups welcomed the plan but said"
            " fares must stay frozen until the end of\nnext year.\n\n4\n\nThe cabinet approved the report.\n")
    assert "3" not in _paragraphs(text) and "4" not in _paragraphs(text)
    assert "The cabinet approved the report." in _paragraphs(text)


def test_numbered_sections_from_one_stay() -> None:
    text = f"Terms of the franchise\n\n{_WRAPPED}\n1\n\nThe operator runs the buses.\n\n2\n\nThe council sets fares.\n"
    assert "1" in _paragraphs(text) and "2" in _paragraphs(text)


def test_a_score_or_year_alone_stays() -> None:
    text = f"Derby day\n\n{_WRAPPED}\n2026\n\nA year of change.\n\n3\n\nGoals in the first half.\n"
    assert "2026" in _paragraphs(text) and "3" in _paragraphs(text)
