"""A term's "#" is one number (transforms.matching.number_slots): digits with their groups, or a count in words."""

from __future__ import annotations

import pytest

from transforms.matching.themes import label_paragraphs
from transforms.taxonomy import parse_taxonomy

TAXONOMY = parse_taxonomy('[[themes]]\nid = "cuts"\nterms = ["axe # jobs", "# days", "ferry"]\n')


def terms(text: str) -> list[tuple[str, str]]:
    """The (term, text span) of each hit in `text`."""
    return [(e.term, text[e.start : e.end]) for label in label_paragraphs(TAXONOMY, [text]) for e in label.evidence]


@pytest.mark.parametrize(
    "text, span",
    [("Ford to axe 600 jobs", "axe 600 jobs"),
     ("Unilever to axe 3,200 jobs in Europe", "axe 3,200 jobs"),
     ("Firm to axe 6000 jobs", "axe 6000 jobs"),
     ("Airline to axe hundreds of jobs", "axe hundreds of jobs"),
     ("State to axe tens of thousands of jobs", "axe tens of thousands of jobs"),
     ("Bank to AXE 1,000,000 JOBS", "AXE 1,000,000 JOBS"),
     ("A strike of 2.5 days", "2.5 days")],
)
def test_a_slot_takes_one_number_however_written(text: str, span: str) -> None:
    assert terms(text) == [(TAXONOMY.themes[0].terms[0 if "jobs" in span.lower() else 1].text, span)]


@pytest.mark.parametrize(
    "text",
    ["Firm to axe jobs",  # no number: "axe jobs" is a term of its own
     "Council to axe the 2026 jobs fair",  # a word before the number
     "Firm to axe 600 new jobs",  # a word after it
     "Firm to axe 10% of jobs",
     "Firm to axe 6 000 jobs",  # a space between digits: two numbers as often as one
     "Firm to axe thousands jobs",  # a count without "of" is no number
     "Firm to axe 5 and jobs"],
)
def test_a_slot_takes_nothing_but_one_number(text: str) -> None:
    assert terms(text) == []


def test_a_term_without_a_slot_is_found_as_before_beside_slot_terms() -> None:
    assert terms("The ferry left 3 days late") == [("ferry", "ferry"), ("# days", "3 days")]
