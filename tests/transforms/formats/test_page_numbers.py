"""A PDF's text without form feeds: its pages' numbers alone on their lines are no paragraphs; numbered sections are."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

import transforms.formats.page_numbers as page_numbers
from transforms.formats import ReadOptions
from transforms.formats.txt import read_txt

_WRAPPED = ("The council said the new timetable would start in January and cover every route\n"
            "in the city, with buses every ten minutes on the main corridors.\n")
_PAGE = _WRAPPED * 6  # a PDF's page: a page's lines between its numbers


def _paragraphs(text: str) -> list[str]:
    article = read_txt(text.encode(), ReadOptions()).articles[0]
    return [part.strip() for part in article.text.split("\n\n") if part.strip()]


def test_page_numbers_between_pages_are_no_paragraphs() -> None:
    text = (f"Annual Report on Urban Transport 2026\n\n{_PAGE}\n3\n\n{_PAGE}Passenger groups welcomed the plan but"
            " said fares must stay frozen until the end of\nnext year.\n\n4\n\nThe cabinet approved the report.\n")
    assert "3" not in _paragraphs(text) and "4" not in _paragraphs(text)
    assert "The cabinet approved the report." in _paragraphs(text)


def test_a_list_numbered_from_two_stays() -> None:
    # a story's points numbered 2, 3, 4 alone on their lines after its opening paragraph (the first unnumbered):
    # a few lines apart, where a PDF's pages are a page's lines apart
    text = (f"Transit strike: what changes on Tuesday\n\n{_WRAPPED}\n2\n\nBuses will not run on any route until"
            " Thursday at the earliest, the union said in a\nstatement posted late on Sunday.\n\n3\n\nTrains run"
            " a reduced service, one every twenty minutes on the main lines\ninto the centre.\n\n4\n\n"
            "Talks resume on Wednesday.\n")
    assert ["2", "3", "4"] == [p for p in _paragraphs(text) if p.isdigit()]


def test_numbered_sections_from_one_stay() -> None:
    text = f"Terms of the franchise\n\n{_WRAPPED}\n1\n\nThe operator runs the buses.\n\n2\n\nThe council sets fares.\n"
    assert "1" in _paragraphs(text) and "2" in _paragraphs(text)


def test_a_score_or_year_alone_stays() -> None:
    text = f"Derby day\n\n{_WRAPPED}\n2026\n\nA year of change.\n\n3\n\nGoals in the first half.\n"
    assert "2026" in _paragraphs(text) and "3" in _paragraphs(text)


def test_a_page_of_pages_line_alone_is_no_paragraph() -> None:
    # "Page 3 of 12" alone between two paragraphs, as a PDF's or a print view's footer: it was a body paragraph
    text = "Port strike ends\n\nDockers returned to work on Friday.\n\nPage 3 of 12\n\nThe union said pay would rise.\n"
    assert _paragraphs(text) == ["Port strike ends", "Dockers returned to work on Friday.",
                                 "The union said pay would rise."]


def test_a_sentence_about_a_page_stays() -> None:
    text = "Port strike ends\n\nPage 3 of the report says costs rose.\n\nPage 3 of 12 was missing.\n"
    assert _paragraphs(text)[1:] == ["Page 3 of the report says costs rose.", "Page 3 of 12 was missing."]


class _CountingFooter:
    """`_PAGE_OF` with its rewrites counted."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.rewrites = pattern, 0

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text)

    def sub(self, repl: Callable[[re.Match[str]], str], text: str) -> str:
        self.rewrites += 1
        return self.pattern.sub(repl, text)


def test_a_text_that_says_page_without_a_footer_is_not_rewritten(monkeypatch: pytest.MonkeyPatch) -> None:
    counting = _CountingFooter(page_numbers._PAGE_OF)
    monkeypatch.setattr(page_numbers, "_PAGE_OF", counting)
    story = "The average fare rose.\n\nThe page of the report on coverage was torn.\n"
    assert page_numbers.without_page_numbers(story) == story and counting.rewrites == 0
    assert page_numbers.without_page_numbers("It ended.\n\nPage 3 of 12\n\nPay rises.\n") == "It ended.\n\nPay rises.\n"
    assert counting.rewrites == 1


@pytest.mark.parametrize(("text", "read"), [
    # a tab after its word and no "age " anywhere: kept, as the rule's substring test has always kept it
    ("It ended.\n\nPage\t3 of 12\n\nPay rises.\n", "It ended.\n\nPage\t3 of 12\n\nPay rises.\n"),
    ("It ended.\n\nPAGE\t3\tof\t12\n\nThe average pay rises.\n", "It ended.\n\nThe average pay rises.\n"),
    ("It ended.\n\n page 3 / 12", "It ended."),
])
def test_footers_are_read_where_the_text_says_page(text: str, read: str) -> None:
    assert page_numbers.without_page_numbers(text) == read
