"""transforms.matching.theme_scores: a label's score, density and share against the taxonomy's thresholds."""

from __future__ import annotations

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from transforms.matching.theme_scores import round4
from transforms.matching.themes import label_paragraphs
from transforms.taxonomy import parse_taxonomy


def test_density_threshold_drops_a_passing_mention_in_a_long_paragraph() -> None:
    tax = parse_taxonomy('[taxonomy]\nmin_density = 0.08\n[[themes]]\nid = "war"\nterms = ["war"]')
    long = "The war was mentioned once in a paragraph about the weather, the roads, the shops and the hills."
    found = label_paragraphs(tax, ["War returns.", long])
    assert [(lb.paragraph, lb.density) for lb in found] == [(0, 0.1)]


def test_min_share_drops_a_passing_mention_beside_the_paragraphs_subject() -> None:
    text = '[taxonomy]\nmin_share = 0.5\n[[themes]]\nid = "war"\nterms = ["troops", "shelling", "front line"]\n' \
           '[[themes]]\nid = "sport"\nterms = ["football"]\n[[themes]]\nid = "economy"\nterms = ["prices"]'
    tax = parse_taxonomy(text)
    passing = "Troops held the front line under shelling; a soldier, a keen football fan, said prices rose."
    both = "Troops and shelling drove prices up, traders said."
    found = [(lb.paragraph, lb.theme_id) for lb in label_paragraphs(tax, [passing, both])]
    # 3.0 for war: football and prices (1.0 each) are passing mentions; 2.0 against 1.0 is not.
    assert found == [(0, "war"), (1, "war"), (1, "economy")]
    off = parse_taxonomy(text.replace("min_share = 0.5", "min_share = 0"))
    assert len(label_paragraphs(off, [passing])) == 3 and off.version != tax.version


@given(st.lists(st.one_of(
    st.floats(min_value=0, max_value=1e6, allow_nan=False),
    st.integers(min_value=0, max_value=10**9).map(lambda n: n / 1e4 + 5e-5),  # halfway, as a decimal reads it
    st.integers(min_value=0, max_value=10**6).map(lambda n: n / 2e4),
), max_size=50))
def test_round4_gives_pythons_round_to_four_places(values: list[float]) -> None:
    assert round4(np.array(values, dtype=np.float64)).tolist() == [round(v, 4) for v in values]
