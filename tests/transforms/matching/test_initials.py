"""An initial's full stop joins a phrase as one space does (transforms.matching.initials): "E. coli" is "e coli"."""

from __future__ import annotations

import pytest

from transforms.matching.themes import label_paragraphs
from transforms.taxonomy import parse_taxonomy

TAXONOMY = parse_taxonomy('[[themes]]\nid = "health"\nterms = ["e coli", "mr smith", "plan b"]\n')


def spans(text: str) -> list[str]:
    return [text[e.start : e.end] for label in label_paragraphs(TAXONOMY, [text]) for e in label.evidence]


@pytest.mark.parametrize("text, span", [("E. coli found", "E. coli"), ("An E. Coli case", "E. Coli"),
                                        ("E.coli found", "E.coli"), ("E coli found", "E coli")])
def test_an_initial_and_its_full_stop_read_as_one_space(text: str, span: str) -> None:
    assert spans(text) == [span]


@pytest.mark.parametrize("text", ["Mr. Smith", "Coli signs for Genoa", "E.. coli", "E.  coli", "The E, coli"])
def test_no_other_gap_is_one_space(text: str) -> None:
    # two letters are no initial ("Mr."); two signs or two spaces are no full stop and one space
    assert spans(text) == []


def test_a_single_letter_ending_a_sentence_ends_a_phrase_as_before() -> None:
    assert spans("They chose plan B. Then they left") == ["plan B"]
